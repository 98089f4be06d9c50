// The fault matrix: scenarios (a fault kind on one mutating action, a seeded random mix over every action, or a
// SIGKILL of the CLI) × invariants, through the real Pulumi CLI against the emulator. A scenario deploys the fleet,
// re-runs `up` (or `destroy`) until it succeeds, within MAX_RUNS and with only the recovery commands the README
// documents (`pulumi cancel`, `pulumi refresh --clear-pending-creates`), never by touching the service itself, and
// records what it took. Used by faultMatrix.test.ts (CI size) and run.ts (`make reliability`).
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_RETRY_POLICY, requestWaitMs } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { ActionStats, EmulatorProcess, FaultSpec, waitForAnswers } from '../support/emulator';
import * as fs from 'fs';
import * as path from 'path';
import { CliResult, PulumiWorkspace } from '../support/pulumi';
import {
  createFleet,
  deployedViolations,
  destroyedViolations,
  duplicateViolations,
  Fleet,
  FleetSize,
  FLEET_READ_TIMEOUT_SECONDS,
  untracked,
  UPDATE_FROM,
  UPDATE_TO,
  updatedViolations,
  viewFleet,
} from './fleet';
import { killDuring } from './processKill';

export type MutatingAction = 'CreateVpnConnection' | 'ModifyVpnConnectionAttribute' | 'DeleteVpnConnection';
export const MUTATING_ACTIONS: readonly MutatingAction[] = ['CreateVpnConnection', 'ModifyVpnConnectionAttribute', 'DeleteVpnConnection'];
export type FaultKind = FaultSpec['kind'];
export const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'server-error', 'drop-after-commit', 'latency'];

/** The three CLI phases of a scenario: `up`, `up` after an input change, `destroy`. */
export type Phase = 'create' | 'update' | 'delete';
const PHASES: readonly Phase[] = ['create', 'update', 'delete'];
export const PHASE_OF: Readonly<Record<MutatingAction, Phase>> = {
  CreateVpnConnection: 'create',
  ModifyVpnConnectionAttribute: 'update',
  DeleteVpnConnection: 'delete',
};
const ACTION_OF: Readonly<Record<Phase, MutatingAction>> = {
  create: 'CreateVpnConnection',
  update: 'ModifyVpnConnectionAttribute',
  delete: 'DeleteVpnConnection',
};
const STEP_LINE: Readonly<Record<Phase, RegExp>> = {
  create: /VpnConnection branch-\d+ creating/,
  update: /VpnConnection branch-\d+ updating/,
  delete: /VpnConnection branch-\d+ deleting/,
};

/** How long the SDK waits for an answer with the fleet's read timeout (cloud/sdkTimeouts.ts). */
export const SDK_WAIT_MS = requestWaitMs({ connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS, readTimeoutMs: FLEET_READ_TIMEOUT_SECONDS * 1000 });
/** Latency of the `latency` cells: slightly beyond what the SDK waits, so the answer arrives after it gave up. */
export const SLOW_ANSWER_MS = SDK_WAIT_MS + 1_500;
/** Latency that holds the mutating calls of a kill scenario in flight, so the SIGKILL lands mid-operation. */
const HOLD_MS = 1_000;
/** CLI runs a phase may take before the scenario fails. */
export const MAX_RUNS = 5;

export type Scenario =
  | { id: string; type: 'none' }
  /** `count` faults of `kind` on the first requests of `action` (default per kind: see faultCount). */
  | { id: string; type: 'fault'; kind: FaultKind; action: MutatingAction; count?: 'burst' | 'exhaust' }
  /** Every action, every phase: each request fails with probability `rate` (throttle, 5xx or dropped answer). */
  | { id: string; type: 'mix'; rate: number; seed: number }
  /** SIGKILL of the CLI process group at a seeded moment of a phase. */
  | { id: string; type: 'kill'; phase: Phase; seed: number };

function faultScenario(kind: FaultKind, action: MutatingAction, count: 'burst' | 'exhaust' = 'burst'): Scenario {
  return { id: `${kind}:${action}${count === 'exhaust' ? ':exhaust' : ''}`, type: 'fault', kind, action, count };
}
const mix = (percent: number): Scenario => ({ id: `mix:${percent}`, type: 'mix', rate: percent / 100, seed: percent });
const kill = (phase: Phase, seed: number): Scenario => ({ id: `kill:${phase}`, type: 'kill', phase, seed });

/**
 * `make test`: a lost answer and a late one on create, one mix (throttling, server errors and lost answers on every
 * action of every phase, so each fault kind meets every mutating action), and both process faults. A single kind on
 * a single action is `make reliability`'s, beside the retry tests of tests/integration/provider.
 */
export const CI_SCENARIOS: readonly Scenario[] = [
  faultScenario('drop-after-commit', 'CreateVpnConnection'),
  faultScenario('latency', 'CreateVpnConnection'),
  mix(30),
  kill('update', 6),
  kill('delete', 11),
];

/** `make reliability`: every cell, plus retry budgets exhausted on each action, a baseline and every kill. */
export const FULL_SCENARIOS: readonly Scenario[] = [
  { id: 'none', type: 'none' },
  ...FAULT_KINDS.flatMap((kind) => MUTATING_ACTIONS.map((action) => faultScenario(kind, action))),
  faultScenario('drop-after-commit', 'CreateVpnConnection', 'exhaust'),
  faultScenario('throttle', 'ModifyVpnConnectionAttribute', 'exhaust'),
  faultScenario('server-error', 'DeleteVpnConnection', 'exhaust'),
  mix(10),
  mix(30),
  mix(50),
  kill('create', 3),
  kill('update', 6),
  kill('delete', 11),
];

export interface FaultsHit {
  throttled: number;
  serverErrors: number;
  dropped: number;
  /** Answers slower than the SDK waits (latency cells). */
  slow: number;
}

export interface ScenarioResult {
  scenario: Scenario;
  size: FleetSize;
  /** CLI runs each phase took to succeed (undefined: the scenario has no such phase, or it never got there). */
  runs: Partial<Record<Phase, number>>;
  /** Recovery commands run besides the re-runs, in order. */
  recoveries: string[];
  apiCalls: number;
  apiCallsByAction: Record<string, number>;
  faults: FaultsHit;
  /** Error answers the service gave on its own (busy gateway, not-found while a delete is confirmed), by code. */
  serviceErrors: Record<string, number>;
  /** Most live connections the checkpoint did not know between two runs (adopted by the next run). */
  untrackedBetweenRuns: number;
  /** Live connections after the final destroy. */
  leftAfterDestroy: number;
  wallMs: number;
  kill?: {
    phase: Phase;
    delayMs: number;
    killedWhileRunning: boolean;
    survivors: number;
    /** The killed CLI left its lock on the backend (then `pulumi cancel` releases it). */
    locked: boolean;
    /** Pending operations the killed run left in the checkpoint. */
    pendingAfterKill: number;
  };
  /** Broken invariants; empty when the scenario passed. */
  violations: string[];
  /** Why failed runs failed (last lines of their output). */
  failedRuns: string[];
}

export interface RunOptions {
  maxRuns?: number;
  /** Progress lines (a phase starting, a run failing). */
  log?: (line: string) => void;
}

/** A short, stable label for tables and test titles. */
export function scenarioLabel(s: Scenario): string {
  switch (s.type) {
    case 'none':
      return 'no fault (baseline)';
    case 'fault': {
      const what = s.kind === 'latency' ? `latency ${SLOW_ANSWER_MS / 1000} s (> ${SDK_WAIT_MS / 1000} s SDK wait)` : s.kind;
      return s.count === 'exhaust' ? `${what}, retries exhausted` : what;
    }
    case 'mix':
      return `mix ${Math.round(s.rate * 100)} % (seed ${s.seed})`;
    case 'kill':
      return `SIGKILL during ${s.phase === 'delete' ? 'destroy' : s.phase}`;
  }
}

export function scenarioTarget(s: Scenario): string {
  if (s.type === 'fault') return s.action;
  if (s.type === 'mix') return 'every action';
  if (s.type === 'kill') return `${ACTION_OF[s.phase]} in flight`;
  return '-';
}

/** Runs one scenario on a reset emulator; never throws for a broken invariant (see `violations`). */
export async function runScenario(emu: EmulatorProcess, scenario: Scenario, size: FleetSize, opts: RunOptions = {}): Promise<ScenarioResult> {
  const started = Date.now();
  const result: ScenarioResult = {
    scenario,
    size,
    runs: {},
    recoveries: [],
    apiCalls: 0,
    apiCallsByAction: {},
    faults: { throttled: 0, serverErrors: 0, dropped: 0, slow: 0 },
    serviceErrors: {},
    untrackedBetweenRuns: 0,
    leftAfterDestroy: 0,
    wallMs: 0,
    violations: [],
    failedRuns: [],
  };
  await emu.control.reset();
  const fleet = await createFleet(emu, size);
  await emu.control.clearStats();
  const run = new ScenarioRun(emu, fleet, scenario, result, opts);
  try {
    await run.all();
  } catch (e) {
    result.violations.push((e as Error).message);
  } finally {
    await emu.control.clearFaults();
    result.leftAfterDestroy = (await viewFleet(emu, fleet).catch(() => undefined))?.live.length ?? -1;
    tally(result, await emu.control.stats());
    result.wallMs = Date.now() - started;
    await fleet.ws.dispose();
  }
  return result;
}

/** Runs the scenarios one after another (two cores: never in parallel), reporting each as it ends. */
export async function runMatrix(
  emu: EmulatorProcess,
  scenarios: readonly Scenario[],
  size: FleetSize,
  opts: RunOptions & { onResult?: (r: ScenarioResult) => void } = {},
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    const r = await runScenario(emu, s, size, opts);
    results.push(r);
    opts.onResult?.(r);
  }
  return results;
}

const INJECTED_CODES: Readonly<Record<string, keyof FaultsHit>> = { 'Throttling.User': 'throttled', ServiceUnavailable: 'serverErrors' };

function tally(result: ScenarioResult, stats: Record<string, ActionStats>): void {
  for (const [action, s] of Object.entries(stats)) {
    result.apiCalls += s.requests;
    result.apiCallsByAction[action] = s.requests;
    let errors = 0;
    for (const [code, n] of Object.entries(s.errors)) {
      errors += n;
      const injected = INJECTED_CODES[code];
      if (injected) result.faults[injected] += n;
      else result.serviceErrors[code] = (result.serviceErrors[code] ?? 0) + n;
    }
    // A dropped answer is counted as neither a success nor an error.
    result.faults.dropped += s.requests - s.succeeded - errors;
  }
}

class ScenarioRun {
  private readonly maxRuns: number;
  private readonly random: () => number;

  constructor(
    private readonly emu: EmulatorProcess,
    private readonly fleet: Fleet,
    private readonly scenario: Scenario,
    private readonly result: ScenarioResult,
    private readonly opts: RunOptions,
  ) {
    this.maxRuns = opts.maxRuns ?? MAX_RUNS;
    this.random = mulberry32(scenario.type === 'kill' || scenario.type === 'mix' ? scenario.seed : 1);
  }

  async all(): Promise<void> {
    const s = this.scenario;
    const withUpdate = s.type === 'mix' || (s.type === 'fault' && s.action === 'ModifyVpnConnectionAttribute') || (s.type === 'kill' && s.phase === 'update');
    await this.phase('create', () => this.converge('up', 'create'));
    this.check('after up', deployedViolations(await this.view(), this.fleet.size.connections));
    await this.noDrift('after up');
    if (withUpdate) {
      this.fleet.ws.editProgram(UPDATE_FROM, UPDATE_TO);
      await this.phase('update', () => this.converge('up', 'update'));
      const view = await this.view();
      this.check('after the update', [...deployedViolations(view, this.fleet.size.connections), ...updatedViolations(view)]);
      await this.noDrift('after the update');
    }
    await this.phase('delete', () => this.converge('destroy', 'delete'));
    this.check('after destroy', destroyedViolations(await this.view()));
  }

  private log(line: string): void {
    this.opts.log?.(`[${this.scenario.id}] ${line}`);
  }

  private view() {
    return viewFleet(this.emu, this.fleet);
  }

  private check(when: string, violations: string[]): void {
    this.result.violations.push(...violations.map((v) => `${when}: ${v}`));
  }

  /** Arms the scenario's faults for one phase, runs it, records the runs it took, disarms. */
  private async phase(phase: Phase, body: () => Promise<number>): Promise<void> {
    this.log(`${phase}`);
    const specs = this.faultsFor(phase);
    if (specs.length > 0) await this.emu.control.faults(specs);
    try {
      const s = this.scenario;
      this.result.runs[phase] = s.type === 'kill' && s.phase === phase ? await this.killThenRecover(phase) : await body();
    } finally {
      this.result.faults.slow += await this.slowAnswersFired(specs);
      await this.emu.control.clearFaults();
    }
  }

  private faultsFor(phase: Phase): FaultSpec[] {
    const s = this.scenario;
    if (s.type === 'fault' && PHASE_OF[s.action] === phase) {
      if (s.kind === 'latency') {
        // The first call on every gateway is held; each is a create (or modify, delete) the provider gave up on.
        return [{ action: s.action, kind: 'latency', latencyMs: SLOW_ANSWER_MS, count: this.fleet.size.gateways }];
      }
      return [{ action: s.action, kind: s.kind, count: faultCount(s.count ?? 'burst', this.fleet.size) }];
    }
    if (s.type === 'mix') {
      // Three independent draws per request whose union has probability `rate`.
      const each = 1 - Math.pow(1 - s.rate, 1 / 3);
      const kinds: FaultKind[] = ['throttle', 'server-error', 'drop-after-commit'];
      return kinds.map((kind, k) => ({ kind, rate: each, seed: s.seed * 100 + PHASES.indexOf(phase) * 10 + k }));
    }
    if (s.type === 'kill' && s.phase === phase) return [{ action: ACTION_OF[phase], kind: 'latency', latencyMs: HOLD_MS }];
    return [];
  }

  /** How many of the armed latency faults fired (a count-limited rule retires, and leaves the list, once spent). */
  private async slowAnswersFired(armed: FaultSpec[]): Promise<number> {
    const slow = armed.filter((f) => f.kind === 'latency' && f.count !== undefined);
    if (slow.length === 0) return 0;
    const res = await fetch(`${this.emu.baseUrl}/__emulator/faults`);
    const { faults } = (await res.json()) as { faults: Array<{ kind: string; remaining: number | null }> };
    const remaining = faults.filter((f) => f.kind === 'latency').reduce((n, f) => n + (f.remaining ?? 0), 0);
    return slow.reduce((n, f) => n + (f.count ?? 0), 0) - remaining;
  }

  /** Re-runs `pulumi up` or `pulumi destroy` until it succeeds; returns how many runs that took. */
  private async converge(command: 'up' | 'destroy', phase: Phase, alreadyRun = 0): Promise<number> {
    const args = [command, '--yes', '--skip-preview'];
    for (let run = alreadyRun + 1; run <= this.maxRuns; run++) {
      const r = await this.fleet.ws.cli(args);
      if (r.code === 0) {
        await this.clearPendingOperations();
        return run;
      }
      this.log(`${command} run ${run} failed`);
      this.result.failedRuns.push(`${phase} run ${run}: ${tail(r)}`);
      await this.afterFailedRun(r);
    }
    throw new Error(`${phase}: pulumi ${command} did not succeed within ${this.maxRuns} runs`);
  }

  private async afterFailedRun(r: CliResult): Promise<void> {
    if (/locked/i.test(r.stdout + r.stderr)) await this.recover(['cancel', '--yes']);
    const view = await this.view();
    this.check('between runs', duplicateViolations(view));
    this.result.untrackedBetweenRuns = Math.max(this.result.untrackedBetweenRuns, untracked(view).length);
  }

  /** What the README prescribes once a run has left pending operations in the checkpoint. */
  private async clearPendingOperations(): Promise<void> {
    for (let attempt = 1; (await this.view()).pendingOperations > 0; attempt++) {
      if (attempt > this.maxRuns) throw new Error('pending operations survive refresh --clear-pending-creates');
      await this.recover(['refresh', '--yes', '--skip-preview', '--clear-pending-creates']);
    }
  }

  private async recover(args: string[]): Promise<CliResult> {
    this.result.recoveries.push(args.filter((a) => !['--yes', '--skip-preview'].includes(a)).join(' '));
    const r = await this.fleet.ws.cli(args);
    if (r.code !== 0) this.result.failedRuns.push(`pulumi ${args.join(' ')}: ${tail(r)}`);
    return r;
  }

  /**
   * The kill scenario's phase: the CLI is killed at a seeded moment while the mutating calls are held in flight,
   * the held calls commit once it is gone, then the README's recovery: `pulumi cancel` (the lock the killed CLI
   * left), the same command again until it succeeds, `pulumi refresh --clear-pending-creates` if pending entries
   * are left. The killed run counts as run 1.
   */
  private async killThenRecover(phase: Phase): Promise<number> {
    const command = phase === 'delete' ? 'destroy' : 'up';
    const perGateway = Math.ceil(this.fleet.size.connections / this.fleet.size.gateways);
    const delayMs = Math.floor(this.random() * HOLD_MS * perGateway);
    const outcome = await killDuring(this.fleet.ws, [command, '--yes', '--skip-preview'], STEP_LINE[phase], delayMs);
    this.log(`killed ${command} ${delayMs} ms after its first step${outcome.killedWhileRunning ? '' : ' (it had already finished)'}`);
    // The processes the killed CLI started are gone (killDuring), so nothing more is sent: let what was held commit.
    await waitForAnswers(this.emu);
    await this.emu.control.clearFaults();
    const view = await this.view();
    const locked = backendLocked(this.fleet.ws);
    this.result.kill = { phase, delayMs, killedWhileRunning: outcome.killedWhileRunning, survivors: outcome.survivors, locked, pendingAfterKill: view.pendingOperations };
    this.check('right after the kill', duplicateViolations(view));
    if (outcome.survivors > 0) this.check('after the kill', [`${outcome.survivors} plugin or program processes outlived the CLI by 15 s`]);
    if (locked) await this.recover(['cancel', '--yes']);
    return this.converge(command, phase, 1);
  }

  /** The program, the checkpoint and the service agree: `preview --refresh --expect-no-changes`. */
  private async noDrift(when: string): Promise<void> {
    const r = await this.fleet.ws.preview(['--refresh', '--expect-no-changes']);
    if (r.code !== 0) this.check(when, [`preview --refresh --expect-no-changes failed: ${tail(r)}`]);
  }
}

/**
 * A burst gives each connection about two failed attempts, which the provider absorbs within one run; an exhausted
 * budget spends the retry policy's every attempt on the first call of each gateway, so that run fails.
 */
function faultCount(count: 'burst' | 'exhaust', size: FleetSize): number {
  return count === 'burst' ? 2 * size.connections : DEFAULT_RETRY_POLICY.maxAttempts * size.gateways;
}

function tail(r: CliResult, lines = 6): string {
  const text = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() !== '');
  return text.slice(-lines).join(' | ');
}

/** mulberry32: the kill moments are reproducible from the scenario's seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A file backend keeps the lock of a running update under .pulumi/locks. */
function backendLocked(ws: PulumiWorkspace): boolean {
  const dir = path.join(ws.root, 'backend', '.pulumi', 'locks');
  return fs.existsSync(dir) && fs.readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.json'));
}
