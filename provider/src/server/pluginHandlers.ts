// The plugin-level methods: Handshake, GetPluginInfo, GetSchema, Attach, Cancel, the conversion
// mappings, and the methods a resource-only provider does not offer.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { PluginInfo, type PluginAttach } from '@pulumi/pulumi/proto/plugin_pb';
import {
  GetMappingResponse,
  GetMappingsResponse,
  GetSchemaResponse,
  ProviderHandshakeResponse,
  type GetSchemaRequest,
  type ProviderHandshakeRequest,
} from '@pulumi/pulumi/proto/provider_pb';
import { RpcError } from './errors';
import type { ProviderState } from './providerState';

/**
 * Answered identically by Handshake and Configure, as the protocol requires. Output values are
 * only ever sent to Construct and Call, which this provider does not implement.
 */
export const PROTOCOL_FEATURES = { acceptSecrets: true, acceptResources: true, acceptOutputs: false } as const;

// dist/server → the package root, where package.json and schema.json ship.
const PACKAGE_ROOT = path.join(__dirname, '..', '..');

function readPackageFile(name: string): string {
  return readFileSync(path.join(PACKAGE_ROOT, name), 'utf8');
}

let cachedVersion: string | undefined;
export function pluginVersion(): string {
  cachedVersion ??= (JSON.parse(readPackageFile('package.json')) as { version: string }).version;
  return cachedVersion;
}

let cachedSchema: string | undefined;
function schemaText(): string {
  if (cachedSchema === undefined) {
    try {
      cachedSchema = readPackageFile('schema.json');
    } catch (err) {
      throw new RpcError(grpc.status.NOT_FOUND, `the package schema is missing from ${PACKAGE_ROOT}: ${(err as Error).message}`);
    }
  }
  return cachedSchema;
}

export class PluginHandlers {
  constructor(private readonly state: ProviderState) {}

  handshake(req: ProviderHandshakeRequest): ProviderHandshakeResponse {
    this.state.logger.connect(req.getEngineAddress());
    return new ProviderHandshakeResponse()
      .setAcceptSecrets(PROTOCOL_FEATURES.acceptSecrets)
      .setAcceptResources(PROTOCOL_FEATURES.acceptResources)
      .setAcceptOutputs(PROTOCOL_FEATURES.acceptOutputs)
      .setSupportsAutonamingConfiguration(false);
  }

  getPluginInfo(): PluginInfo {
    return new PluginInfo().setVersion(pluginVersion());
  }

  getSchema(req: GetSchemaRequest): GetSchemaResponse {
    if (req.getSubpackageName()) {
      throw new RpcError(grpc.status.NOT_FOUND, `this provider has no sub-package "${req.getSubpackageName()}"`);
    }
    return new GetSchemaResponse().setSchema(schemaText());
  }

  attach(req: PluginAttach): Empty {
    this.state.logger.connect(req.getAddress());
    return new Empty();
  }

  cancel(): Empty {
    this.state.cancel();
    return new Empty();
  }

  // No mappings from other ecosystems: an empty answer, which the engine reads as "none".
  getMapping(): GetMappingResponse {
    return new GetMappingResponse();
  }

  getMappings(): GetMappingsResponse {
    return new GetMappingsResponse();
  }
}

export function unimplemented(method: string): never {
  throw new RpcError(grpc.status.UNIMPLEMENTED, `${method} is not implemented by the alicloudvpn provider`);
}
