import * as grpc from '@grpc/grpc-js';
import * as loader from '@pulumi/pulumi/proto/codegen/loader_pb';
import * as loaderGrpc from '@pulumi/pulumi/proto/codegen/loader_grpc_pb';
import { parsePcl } from './pcl/parse';
import type { BodyItem } from './pcl/syntax';
import { packagesUsed, toTypeScript } from './pcl/typescript';

interface SchemaLanguageInfo {
  language?: { nodejs?: { packageName?: string } };
}

/**
 * GenerateProgram for the engine (used by `pulumi import` and `pulumi convert`): PCL files in, `index.ts` out.
 * The npm module for each package comes from its schema (`language.nodejs.packageName`) via the engine's loader.
 */
export async function generateProgram(sources: ReadonlyMap<string, string>, loaderTarget: string): Promise<Map<string, string>> {
  const items: BodyItem[] = [];
  for (const name of [...sources.keys()].sort()) items.push(...parsePcl(sources.get(name) ?? ''));
  const modules = new Map<string, string>();
  for (const pkg of packagesUsed(items)) {
    const name = loaderTarget ? await npmModuleFromSchema(loaderTarget, pkg) : undefined;
    if (name) modules.set(pkg, name);
  }
  return new Map([['index.ts', toTypeScript(items, modules)]]);
}

async function npmModuleFromSchema(loaderTarget: string, pkg: string): Promise<string | undefined> {
  const client = new loaderGrpc.LoaderClient(loaderTarget, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': 400 * 1024 * 1024,
  });
  try {
    const res = await new Promise<loader.GetSchemaResponse>((resolve, reject) =>
      client.getSchema(new loader.GetSchemaRequest().setPackage(pkg), (err, r) => (err ? reject(err) : resolve(r))),
    );
    const schema = JSON.parse(Buffer.from(res.getSchema_asU8()).toString('utf8')) as SchemaLanguageInfo;
    return schema.language?.nodejs?.packageName;
  } catch {
    // Without a schema the conventional `@pulumi/<pkg>` name is the best guess, as the Go codegen does.
    return undefined;
  } finally {
    client.close();
  }
}
