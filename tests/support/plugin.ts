// Starts the `pulumi-resource-alicloudvpn` plugin as the engine does (a child process that prints
// its port on stdout) and talks to it over gRPC with the stubs @pulumi/pulumi ships. Also a tiny
// fake Engine service that records the plugin's Log calls, and wire helpers that spell the
// engine's encodings out independently of the provider's codec.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { EngineService } from '@pulumi/pulumi/proto/engine_grpc_pb';
import type { LogRequest } from '@pulumi/pulumi/proto/engine_pb';
import { ResourceProviderClient } from '@pulumi/pulumi/proto/provider_grpc_pb';
import { ErrorResourceInitFailed } from '@pulumi/pulumi/proto/provider_pb';
import type * as prov from '@pulumi/pulumi/proto/provider_pb';
import type { PluginAttach, PluginInfo } from '@pulumi/pulumi/proto/plugin_pb';
import { Status } from '@pulumi/pulumi/proto/status_pb';

// ---------------------------------------------------------------------------------------------
// Wire helpers (the engine's encodings, spelled out from the protocol).

export const SIG_KEY = '4dabf18193072939515e22adb298388d';
export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
export const UNKNOWN = {
  string: '04da6b54-80e4-46f7-96ec-b56ff0331ba9',
  bool: '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7',
  number: '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  array: '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2',
  object: 'dd056dcd-154b-4c76-9bd3-c8f88648b5ff',
} as const;

export type Wire = Record<string, unknown>;

export function secret(value: unknown): Wire {
  return { [SIG_KEY]: SECRET_SIG, value };
}

export function isSecret(v: unknown): v is { value: unknown } {
  return typeof v === 'object' && v !== null && (v as Wire)[SIG_KEY] === SECRET_SIG;
}

/** The value inside a secret wrapper, or the value itself. */
export function reveal(v: unknown): unknown {
  return isSecret(v) ? v.value : v;
}

export function struct(value: Wire): Struct {
  return Struct.fromJavaScript(value as Record<string, never>);
}

export function plain(s: Struct | undefined): Wire {
  return s ? (s.toJavaScript() as Wire) : {};
}

/** The value at `a.b.c` in a wire object, looking through secret wrappers of the parents. */
export function at(obj: Wire, dotted: string): unknown {
  let cur: unknown = obj;
  for (const key of dotted.split('.')) {
    if (isSecret(cur)) cur = cur.value;
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Wire)[key];
  }
  return cur;
}

/** The ErrorResourceInitFailed detail carried by a gRPC error, if any. */
export function initFailedDetail(err: grpc.ServiceError): ErrorResourceInitFailed | undefined {
  const [bin] = err.metadata?.get('grpc-status-details-bin') ?? [];
  if (!bin) return undefined;
  const status = Status.deserializeBinary(new Uint8Array(bin as Buffer));
  for (const any of status.getDetailsList()) {
    const detail = any.unpack(ErrorResourceInitFailed.deserializeBinary, 'pulumirpc.ErrorResourceInitFailed');
    if (detail) return detail;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Fake engine: only Log matters to a resource provider.

export interface LogEntry {
  severity: number;
  message: string;
  urn: string;
  ephemeral: boolean;
}

export interface FakeEngine {
  address: string;
  logs: LogEntry[];
  /** grpc.health.v1 Check calls answered so far (the plugin polls them to notice a killed CLI). */
  healthChecks(): number;
  stop(): Promise<void>;
}

/** The engine's grpc.health.v1 Check, with raw bytes: an empty request, an empty (SERVING unset) reply. */
const HEALTH_SERVICE: grpc.ServiceDefinition = {
  check: {
    path: '/grpc.health.v1.Health/Check',
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  },
};

export async function startFakeEngine(): Promise<FakeEngine> {
  const server = new grpc.Server();
  const logs: LogEntry[] = [];
  server.addService(EngineService, {
    log: (call: grpc.ServerUnaryCall<LogRequest, Empty>, callback: grpc.sendUnaryData<Empty>) => {
      const r = call.request;
      logs.push({ severity: r.getSeverity(), message: r.getMessage(), urn: r.getUrn(), ephemeral: r.getEphemeral() });
      callback(null, new Empty());
    },
  });
  let healthChecks = 0;
  server.addService(HEALTH_SERVICE, {
    check: (_call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
      healthChecks += 1;
      callback(null, Buffer.alloc(0));
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return {
    address: `127.0.0.1:${port}`,
    logs,
    healthChecks: () => healthChecks,
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// The plugin process.

type UnaryMethod<Req, Res> = (
  req: Req,
  metadata: grpc.Metadata,
  options: Partial<grpc.CallOptions>,
  callback: (err: grpc.ServiceError | null, res: Res) => void,
) => grpc.ClientUnaryCall;

export type Rpc<Req, Res> = (req: Req, opts?: { timeoutMs?: number }) => Promise<Res>;

const DEFAULT_CALL_TIMEOUT_MS = 60_000;

function promisify<Req, Res>(client: ResourceProviderClient, method: UnaryMethod<Req, Res>): Rpc<Req, Res> {
  return (req, opts) =>
    new Promise<Res>((resolve, reject) => {
      const deadline = Date.now() + (opts?.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
      method.call(client, req, new grpc.Metadata(), { deadline }, (err, res) => (err ? reject(err) : resolve(res)));
    });
}

/** Promise-returning versions of the ResourceProvider methods. */
export interface ProviderRpc {
  handshake: Rpc<prov.ProviderHandshakeRequest, prov.ProviderHandshakeResponse>;
  getPluginInfo: Rpc<Empty, PluginInfo>;
  getSchema: Rpc<prov.GetSchemaRequest, prov.GetSchemaResponse>;
  checkConfig: Rpc<prov.CheckRequest, prov.CheckResponse>;
  diffConfig: Rpc<prov.DiffRequest, prov.DiffResponse>;
  configure: Rpc<prov.ConfigureRequest, prov.ConfigureResponse>;
  check: Rpc<prov.CheckRequest, prov.CheckResponse>;
  diff: Rpc<prov.DiffRequest, prov.DiffResponse>;
  create: Rpc<prov.CreateRequest, prov.CreateResponse>;
  read: Rpc<prov.ReadRequest, prov.ReadResponse>;
  update: Rpc<prov.UpdateRequest, prov.UpdateResponse>;
  delete: Rpc<prov.DeleteRequest, Empty>;
  cancel: Rpc<Empty, Empty>;
  attach: Rpc<PluginAttach, Empty>;
  invoke: Rpc<prov.InvokeRequest, prov.InvokeResponse>;
  call: Rpc<prov.CallRequest, prov.CallResponse>;
  construct: Rpc<prov.ConstructRequest, prov.ConstructResponse>;
  parameterize: Rpc<prov.ParameterizeRequest, prov.ParameterizeResponse>;
  getMapping: Rpc<prov.GetMappingRequest, prov.GetMappingResponse>;
  getMappings: Rpc<prov.GetMappingsRequest, prov.GetMappingsResponse>;
}

function providerRpc(c: ResourceProviderClient): ProviderRpc {
  return {
    handshake: promisify(c, c.handshake),
    getPluginInfo: promisify(c, c.getPluginInfo),
    getSchema: promisify(c, c.getSchema),
    checkConfig: promisify(c, c.checkConfig),
    diffConfig: promisify(c, c.diffConfig),
    configure: promisify(c, c.configure),
    check: promisify(c, c.check),
    diff: promisify(c, c.diff),
    create: promisify(c, c.create),
    read: promisify(c, c.read),
    update: promisify(c, c.update),
    delete: promisify(c, c.delete),
    cancel: promisify(c, c.cancel),
    attach: promisify(c, c.attach),
    invoke: promisify(c, c.invoke),
    call: promisify(c, c.call),
    construct: promisify(c, c.construct),
    parameterize: promisify(c, c.parameterize),
    getMapping: promisify(c, c.getMapping),
    getMappings: promisify(c, c.getMappings),
  };
}

export interface PluginOptions {
  /** Engine address passed as the positional argument (omit to start without one). */
  engineAddress?: string;
  /** Extra flags before the address, e.g. ['--logtostderr', '-v=9']. */
  flags?: string[];
  /** Environment for the plugin; defaults to a copy of this process's without Alibaba credentials. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export interface PluginProcess {
  port: number;
  address: string;
  client: ResourceProviderClient;
  rpc: ProviderRpc;
  /** Everything the plugin wrote to stdout (the port line included). */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export const PLUGIN_BIN = path.join(
  path.dirname(require.resolve('pulumi-resource-alicloudvpn/package.json')),
  'bin',
  'pulumi-resource-alicloudvpn',
);

const START_TIMEOUT_MS = 10_000;
const CREDENTIAL_ENV = /^(ALIBABA_CLOUD_|ALICLOUD_)/;

/**
 * The environment minus any Alibaba Cloud settings the developer's shell happens to have, with the ECS
 * metadata probe kept off: the filter would drop it with the credentials, and a plugin without
 * credentials would then ask 100.100.100.200.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!CREDENTIAL_ENV.test(k)) env[k] = v;
  return { ...env, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ...extra };
}

function waitForPort(child: ChildProcessWithoutNullStreams, out: { stdout: string; stderr: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`plugin printed no port within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${err.message}\nstderr:\n${out.stderr}`));
    };
    child.stdout.on('data', () => {
      const newline = out.stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      const port = Number(out.stdout.slice(0, newline).trim());
      if (Number.isInteger(port) && port > 0) resolve(port);
      else fail(new Error(`plugin's first stdout line is not a port: ${JSON.stringify(out.stdout.slice(0, newline))}`));
    });
    child.once('exit', (code) => fail(new Error(`plugin exited with ${code} before printing its port`)));
  });
}

export async function startPlugin(opts: PluginOptions = {}): Promise<PluginProcess> {
  const args = [PLUGIN_BIN, ...(opts.flags ?? []), ...(opts.engineAddress ? [opts.engineAddress] : [])];
  const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env ?? cleanEnv(), stdio: 'pipe' });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await waitForPort(child, out);
  const address = `127.0.0.1:${port}`;
  const client = new ResourceProviderClient(address, grpc.credentials.createInsecure());
  return {
    port,
    address,
    client,
    rpc: providerRpc(client),
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    exited,
    stop: async () => {
      client.close();
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Awaits a call that must fail and returns its gRPC error. */
export async function grpcError(p: Promise<unknown>): Promise<grpc.ServiceError> {
  try {
    await p;
  } catch (err) {
    return err as grpc.ServiceError;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
