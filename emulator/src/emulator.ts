// In-process entry point: build the core, listen, and hand back the endpoint.
import type { AddressInfo } from 'node:net';
import { EmulatorCore } from './core';
import { readSeedFile, type SeedDocument } from './seed';
import { createServer } from './server';

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  accessKeyId: 'LTAI5tEmulatorAccessKey',
  accessKeySecret: 'emulator-access-key-secret',
  busyMs: 2000,
  quota: 10,
  routeQuota: 500,
} as const;

export interface EmulatorOptions {
  readonly host?: string;
  /** 0 picks an ephemeral port. */
  readonly port?: number;
  readonly accessKeyId?: string;
  readonly accessKeySecret?: string;
  /** When set, requests carrying a security token must carry this one. */
  readonly stsToken?: string;
  readonly stateFile?: string;
  readonly seedFile?: string;
  readonly seed?: SeedDocument;
  readonly busyMs?: number;
  /** How long a new VPN gateway takes to become active; default: busyMs. */
  readonly gatewayReadyMs?: number;
  readonly quota?: number;
  readonly routeQuota?: number;
}

export interface RunningEmulator {
  /** `host:port`, the form Config.endpoint takes. */
  readonly endpoint: string;
  readonly host: string;
  readonly port: number;
  readonly accessKeyId: string;
  readonly core: EmulatorCore;
  /** Stops listening, drops open connections and saves state. */
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? DEFAULTS.host;
  const accessKeyId = options.accessKeyId ?? DEFAULTS.accessKeyId;
  const core = new EmulatorCore({
    credentials: { accessKeyId, accessKeySecret: options.accessKeySecret ?? DEFAULTS.accessKeySecret, stsToken: options.stsToken },
    settings: {
      busyMs: options.busyMs ?? DEFAULTS.busyMs,
      gatewayReadyMs: options.gatewayReadyMs ?? options.busyMs ?? DEFAULTS.busyMs,
      quota: options.quota ?? DEFAULTS.quota,
      routeQuota: options.routeQuota ?? DEFAULTS.routeQuota,
    },
    stateFile: options.stateFile,
    seed: options.seed ?? (options.seedFile ? readSeedFile(options.seedFile) : undefined),
  });
  const server = createServer(core);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULTS.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    endpoint: `${host}:${port}`,
    host,
    port,
    accessKeyId,
    core,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => core.save());
      return closed;
    },
  };
}
