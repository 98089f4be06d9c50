// The CLI benchmarks: a fleet rolled out, previewed, updated and destroyed through the real engine and plugin
// against the emulator process, with the emulator's own per-action counters for the API calls.
import * as path from 'path';
import { CallCounts, countCalls } from './calls';
import { CliWorkspace, RunResult } from './cliWorkspace';
import { BenchEmulator, startEmulator } from './emulatorProcess';
import { takePeakRssMb, writePluginWrapper } from './pluginWrapper';
import { Fleet, seedFor, writeProgram } from './program';

/** No per-gateway quota in the way of the largest fleets. */
const EMULATOR_LIMITS = ['--quota', '1000', '--route-quota', '1000000'];

export interface StepResult {
  wallMs: number;
  calls: CallCounts;
  peakRssMb?: number;
}

export interface FleetResult extends Fleet {
  busyMs: number;
  /** The engine's --parallel when not its default. */
  parallel?: number;
  /** Run with PULUMI_SKIP_CHECKPOINTS=true: the engine writes the state once at the end instead of after every step. */
  skipCheckpoints?: boolean;
  /** ceil(N / G) × busy: no rollout can be faster while the service serialises work per gateway. */
  boundMs: number;
  rollout: StepResult;
  /** A no-change preview of the rolled-out stack: the engine's fixed cost for a stack of this size. */
  preview: StepResult;
  update: StepResult;
  destroy: StepResult;
}

export interface LargeStackResult {
  connections: number;
  preview: StepResult;
  refresh: StepResult;
  rolloutPeakRssMb?: number;
}

interface Stack {
  emu: BenchEmulator;
  ws: CliWorkspace;
  step(run: () => Promise<RunResult>): Promise<StepResult>;
  program(ikePfs?: string): void;
  dispose(): Promise<void>;
}

async function stack(f: Fleet, busyMs: number, env: NodeJS.ProcessEnv = {}): Promise<Stack> {
  const emu = await startEmulator(busyMs, EMULATOR_LIMITS);
  await emu.reset(seedFor(f));
  const ws = CliWorkspace.create(emu.endpoint, emu.accessKeyId, emu.accessKeySecret, env);
  const pluginDir = writePluginWrapper(path.join(ws.root, 'plugin'));
  const program = (ikePfs?: string): void => writeProgram(ws.programDir, f, pluginDir, ikePfs);
  program();
  try {
    await ws.init();
  } catch (e) {
    ws.dispose();
    await emu.stop();
    throw e;
  }
  return {
    emu,
    ws,
    program,
    step: async (run) => {
      await emu.clearStats();
      takePeakRssMb(ws.rssDir);
      const r = await run();
      const calls = countCalls(await emu.stats());
      const peakRssMb = takePeakRssMb(ws.rssDir);
      return peakRssMb === undefined ? { wallMs: r.wallMs, calls } : { wallMs: r.wallMs, calls, peakRssMb };
    },
    dispose: async () => {
      ws.dispose();
      await emu.stop();
    },
  };
}

async function liveConnections(emu: BenchEmulator): Promise<number> {
  return (await emu.state()).vpnConnections.filter((c) => !c.Deleted).length;
}

export async function fleet(f: Fleet, busyMs: number, parallel?: number, skipCheckpoints = false): Promise<FleetResult> {
  const s = await stack(f, busyMs, skipCheckpoints ? { PULUMI_SKIP_CHECKPOINTS: 'true' } : {});
  try {
    const rollout = await s.step(() => s.ws.up(parallel));
    const live = await liveConnections(s.emu);
    if (live !== f.connections) throw new Error(`rollout left ${live} connections, expected ${f.connections}`);
    const preview = await s.step(() => s.ws.previewNoChanges(parallel));
    s.program('group5');
    const update = await s.step(() => s.ws.up(parallel));
    const destroy = await s.step(() => s.ws.destroy(parallel));
    const left = await liveConnections(s.emu);
    if (left !== 0) throw new Error(`destroy left ${left} connections`);
    const boundMs = Math.ceil(f.connections / f.gateways) * busyMs;
    const result: FleetResult = { ...f, busyMs, boundMs, rollout, preview, update, destroy };
    if (parallel !== undefined) result.parallel = parallel;
    if (skipCheckpoints) result.skipCheckpoints = true;
    return result;
  } finally {
    await s.dispose();
  }
}

/** A no-change preview and a refresh of a large stack (rolled out with a service that is never busy). */
export async function largeStack(connections: number): Promise<LargeStackResult> {
  const s = await stack({ connections, gateways: 10 }, 0);
  try {
    const rollout = await s.step(() => s.ws.up());
    const preview = await s.step(() => s.ws.previewNoChanges());
    const refresh = await s.step(() => s.ws.refresh());
    return { connections, preview, refresh, rolloutPeakRssMb: rollout.peakRssMb };
  } finally {
    await s.dispose();
  }
}

/** The engine's own fixed cost: a no-change preview of an empty stack (median of `runs`). */
export async function emptyPreview(runs = 3): Promise<{ medianMs: number; runs: number }> {
  const s = await stack({ connections: 0, gateways: 1 }, 0);
  try {
    await s.ws.up();
    const walls: number[] = [];
    for (let i = 0; i < runs; i++) walls.push((await s.ws.previewNoChanges()).wallMs);
    walls.sort((a, b) => a - b);
    return { medianMs: Math.round(walls[Math.floor(walls.length / 2)]), runs };
  } finally {
    await s.dispose();
  }
}
