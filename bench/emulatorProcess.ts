// Starts the real emulator process on an ephemeral port for the benchmarks (no test helpers here:
// bench is its own project).
import { spawn, ChildProcess } from 'child_process';
import * as path from 'path';
import { createInterface } from 'readline';

export const BENCH_ACCESS_KEY_SECRET = 'bench-access-key-secret';

export interface BenchEmulator {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  reset(seed: unknown): Promise<void>;
  state(): Promise<{ vpnConnections: { VpnConnectionId: string; Deleted: boolean }[] }>;
  /** Requests per action since the last clearStats, and the error codes they were answered with. */
  stats(): Promise<Record<string, ActionStats>>;
  clearStats(): Promise<void>;
  stop(): Promise<void>;
}

export interface ActionStats {
  requests: number;
  succeeded: number;
  errors: Record<string, number>;
}

export function startEmulator(busyMs: number, extraArgs: string[] = []): Promise<BenchEmulator> {
  const bin = path.join(path.dirname(require.resolve('alicloudvpn-emulator/package.json')), 'bin', 'alicloudvpn-emulator');
  const child: ChildProcess = spawn(process.execPath, [bin, '--port', '0', '--busy-ms', String(busyMs), '--access-key-secret', BENCH_ACCESS_KEY_SECRET, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const hello = JSON.parse(line) as { endpoint: string; accessKeyId: string };
      const base = `http://${hello.endpoint}/__emulator`;
      const control = async (method: string, route: string, body?: unknown): Promise<unknown> => {
        const res = await fetch(`${base}/${route}`, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        if (!res.ok) throw new Error(`emulator ${route}: HTTP ${res.status} ${text}`);
        return text === '' ? undefined : JSON.parse(text);
      };
      resolve({
        endpoint: hello.endpoint,
        accessKeyId: hello.accessKeyId,
        accessKeySecret: BENCH_ACCESS_KEY_SECRET,
        reset: async (seed) => void (await control('POST', 'reset', seed)),
        state: async () => (await control('GET', 'state')) as Awaited<ReturnType<BenchEmulator['state']>>,
        stats: async () => ((await control('GET', 'stats')) as { actions: Record<string, ActionStats> }).actions,
        clearStats: async () => void (await control('DELETE', 'stats')),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
