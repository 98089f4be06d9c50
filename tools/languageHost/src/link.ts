// Link (used by `pulumi convert` and `pulumi package add` for a package with no published SDK): points the
// program's package.json at the locally generated SDK, under the npm name the package's schema gives
// (`language.nodejs.packageName`), as Pulumi's Node host does; the engine installs dependencies afterwards.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as loader from '@pulumi/pulumi/proto/codegen/loader_pb';
import * as loaderGrpc from '@pulumi/pulumi/proto/codegen/loader_grpc_pb';
import type { PackageDependency } from '@pulumi/pulumi/proto/plugin_pb';

export interface LinkTarget {
  pkg: PackageDependency;
  /** Where the generated SDK was written. */
  path: string;
}

interface SchemaNodeInfo {
  name?: string;
  namespace?: string;
  language?: { nodejs?: { packageName?: string } };
}

/** The npm name of a package, by the same rule as Pulumi's codegen (`@pulumi/<name>` when the schema names none). */
export function npmName(schema: SchemaNodeInfo, fallbackName: string): string {
  if (schema.language?.nodejs?.packageName) return schema.language.nodejs.packageName;
  const name = schema.name ?? fallbackName;
  return schema.namespace ? `@${schema.namespace}/${name}` : `@pulumi/${name}`;
}

async function schemaOf(loaderTarget: string, pkg: PackageDependency): Promise<SchemaNodeInfo> {
  const client = new loaderGrpc.LoaderClient(loaderTarget, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': 400 * 1024 * 1024,
  });
  const req = new loader.GetSchemaRequest().setPackage(pkg.getName()).setVersion(pkg.getVersion()).setDownloadUrl(pkg.getServer());
  const param = pkg.getParameterization();
  if (param) {
    req.setParameterization(
      new loader.Parameterization().setName(param.getName()).setVersion(param.getVersion()).setValue(param.getValue_asU8()),
    );
  }
  try {
    const res = await new Promise<loader.GetSchemaResponse>((resolve, reject) =>
      client.getSchema(req, (err, r) => (err ? reject(err) : resolve(r))),
    );
    return JSON.parse(Buffer.from(res.getSchema_asU8()).toString('utf8')) as SchemaNodeInfo;
  } finally {
    client.close();
  }
}

/** Adds `"<npm name>": "file:<relative path>"` to the program's dependencies; returns the import lines to show. */
export async function linkPackages(programDirectory: string, loaderTarget: string, targets: readonly LinkTarget[]): Promise<string> {
  const manifestPath = path.join(programDirectory, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { dependencies?: Record<string, string> };
  const isTypeScript = fs.existsSync(path.join(programDirectory, 'tsconfig.json'));
  const imports: string[] = [];
  for (const target of targets) {
    const name = npmName(await schemaOf(loaderTarget, target.pkg), target.pkg.getName());
    const relative = path.relative(programDirectory, path.resolve(programDirectory, target.path)) || '.';
    manifest.dependencies = { ...manifest.dependencies, [name]: `file:${relative}` };
    const local = target.pkg.getName().replace(/[-_](\w)/g, (_m, c: string) => c.toUpperCase());
    imports.push(isTypeScript ? `  import * as ${local} from "${name}";` : `  const ${local} = require("${name}");`);
  }
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  if (imports.length === 0) return '';
  const language = isTypeScript ? 'TypeScript' : 'JavaScript';
  return `You can import the SDK in your ${language} code with:\n\n${imports.join('\n')}\n`;
}
