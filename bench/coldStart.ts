// Plugin cold start: spawn → the port line on stdout, as the engine waits for it. The file is executed as the
// engine executes it, through its `#!` line (provider/bin).
import { spawn } from 'child_process';
import { PLUGIN_BIN } from './pluginWrapper';

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(PLUGIN_BIN, [], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.once('error', reject);
    child.stdout.once('data', () => {
      resolve(Number(process.hrtime.bigint() - start) / 1e6);
      child.kill('SIGKILL');
    });
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function coldStart(spawns = 20): Promise<{ medianMs: number; p90Ms: number; spawns: number }> {
  // Two spawns first, not counted: the engine starts a plugin whose files the OS has cached, not the first
  // process after a build (that one is slower by whatever the disk takes, and varies with it).
  for (let i = 0; i < 2; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < spawns; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(percentile(times, 50)), p90Ms: Math.round(percentile(times, 90)), spawns };
}
