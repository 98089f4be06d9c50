// `make bench`: the real CLI and plugin against the emulator process; prints one table and writes
// bench/results/<mode>.json and bench/results/latest.json. BENCH=quick runs the figures the targets name
// (N = 48 over G = 4 at busy 2000 ms, N = 500 over G = 50 at --parallel 64, cold start, preview and refresh of 200,
// RSS at 96 and 500); BENCH=full adds the
// whole matrix (about 30 minutes); BENCH=inprocess runs the older in-process benchmarks of the resource code.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkThroughput } from './checkThroughput';
import { emptyPreview, fleet, FleetResult, largeStack } from './cliScenarios';
import { coldStart } from './coldStart';
import { createMany } from './createMany';
import { BenchResults, rows } from './report';

export function table(rs: Record<string, string | number>[]): string {
  const cols = [...new Set(rs.flatMap((r) => Object.keys(r)))];
  const cell = (r: Record<string, string | number>, c: string): string => String(r[c] ?? '');
  const widths = cols.map((c) => Math.max(c.length, ...rs.map((r) => cell(r, c).length)));
  const line = (vals: string[]): string => `| ${vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  return [line(cols), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rs.map((r) => line(cols.map((c) => cell(r, c))))].join('\n');
}

// The target fleet once more with the engine sending every operation at once: what is left is the provider's.
// The 500-connection fleet over 50 gateways is the large rollout target (and the plugin's RSS at 500); run again
// with PULUMI_SKIP_CHECKPOINTS, it shows how much of its time is the engine rewriting the whole state per step.
const QUICK: { connections: number; gateways: number; busyMs: number; parallel?: number; skipCheckpoints?: boolean }[] = [
  { connections: 48, gateways: 4, busyMs: 2000 },
  { connections: 48, gateways: 4, busyMs: 2000, parallel: 48 },
  { connections: 96, gateways: 12, busyMs: 200 },
  { connections: 500, gateways: 50, busyMs: 2000, parallel: 64 },
  { connections: 500, gateways: 50, busyMs: 2000, parallel: 64, skipCheckpoints: true },
];

function fullMatrix(): typeof QUICK {
  const out: typeof QUICK = [];
  for (const busyMs of [200, 2000]) for (const connections of [12, 48, 96]) for (const gateways of [1, 4, 12]) out.push({ connections, gateways, busyMs });
  return [...out, QUICK[1], QUICK[3], QUICK[4]];
}

function machine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}, load ${load} at start`;
}

/** BENCH_ONLY=N: only the fleets of N connections, without cold start or the 200-connection stack; nothing is written. */
function only(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.BENCH_ONLY;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`BENCH_ONLY=${raw}: expected a number of connections (48, 96 or 500), or unset it`);
  return n;
}

async function cli(mode: 'quick' | 'full'): Promise<void> {
  const picked = only();
  const results: BenchResults = { mode, machine: machine(), startedAt: new Date().toISOString(), emptyPreviewMs: 0, fleets: [] };
  if (picked === undefined) results.coldStart = await coldStart(20);
  results.emptyPreviewMs = (await emptyPreview()).medianMs;
  const fleets = (mode === 'quick' ? QUICK : fullMatrix()).filter((s) => picked === undefined || s.connections === picked);
  if (fleets.length === 0) throw new Error(`BENCH_ONLY=${picked}: no ${mode} fleet has ${picked} connections`);
  for (const s of fleets) {
    const parallel = s.parallel === undefined ? '' : `, --parallel ${s.parallel}`;
    const skip = s.skipCheckpoints ? ', PULUMI_SKIP_CHECKPOINTS' : '';
    process.stderr.write(`bench: ${s.connections} connections over ${s.gateways} gateway(s), busy ${s.busyMs} ms${parallel}${skip}\n`);
    const r: FleetResult = await fleet({ connections: s.connections, gateways: s.gateways }, s.busyMs, s.parallel, s.skipCheckpoints);
    results.fleets.push(r);
  }
  if (picked === undefined) {
    process.stderr.write('bench: preview and refresh of 200 connections\n');
    results.large = await largeStack(200);
  }
  results.machine += `; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at end`;
  console.log(`${results.machine}\n`);
  console.log(table(rows(results)));
  if (picked !== undefined) return;
  const dir = path.join(__dirname, '..', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  fs.writeFileSync(path.join(dir, `${mode}.json`), json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
}

async function inProcess(): Promise<void> {
  console.log(table(checkThroughput()));
  console.log();
  console.log(table(await createMany([{ connections: 6, gateways: 1, busyMs: 200 }, { connections: 12, gateways: 6, busyMs: 200 }])));
}

async function main(): Promise<void> {
  const mode = process.env.BENCH || 'full';
  if (mode === 'inprocess') return inProcess();
  if (mode !== 'quick' && mode !== 'full') throw new Error(`BENCH=${mode}: expected quick, full or inprocess`);
  return cli(mode);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
