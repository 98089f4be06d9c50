// SIGKILL of the Pulumi CLI (and everything in its process group) part-way through an operation, as a lost CI
// runner does it. The engine starts plugins in process groups of their own, so those must notice by themselves
// (tests/e2e/interruptedCreate.test.ts asserts that); any that outlive the grace period are reaped here, by pid.
import * as fs from 'fs';
import { PulumiWorkspace } from '../support/pulumi';

export interface KillOutcome {
  /** Milliseconds between the first step line and the SIGKILL. */
  delayMs: number;
  /** False when the CLI finished before the chosen moment (the scenario then degenerates to a clean run). */
  killedWhileRunning: boolean;
  output: string;
  /** Plugin or program processes still running 15 s after the kill (reaped). */
  survivors: number;
}

/**
 * Runs `pulumi <args>` in its own process group, waits for `step` to show in its output (the engine has started
 * the first resource operation), then `delayMs` more, and kills the group.
 */
export async function killDuring(ws: PulumiWorkspace, args: string[], step: RegExp, delayMs: number): Promise<KillOutcome> {
  const child = ws.spawn(args, undefined, { detached: true });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  while (!step.test(output)) {
    if (child.exitCode !== null) throw new Error(`pulumi ${args.join(' ')} ended before ${step}:\n${output}`);
    if (Date.now() > deadline) {
      process.kill(-(child.pid as number), 'SIGKILL');
      throw new Error(`pulumi ${args.join(' ')} never reached ${step}:\n${output}`);
    }
    await sleep(50);
  }
  await sleep(delayMs);
  const killedWhileRunning = child.exitCode === null && child.signalCode === null;
  if (killedWhileRunning) process.kill(-(child.pid as number), 'SIGKILL');
  await exited;
  return { delayMs, killedWhileRunning, output, survivors: await reapSurvivors(ws.dir) };
}

/** Waits up to 15 s for the processes the killed CLI started to exit by themselves, then kills the rest by pid. */
async function reapSurvivors(dir: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  let left = processesIn(dir);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(250);
    left = processesIn(dir);
  }
  for (const pid of left) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone in the meantime.
    }
  }
  return left.length;
}

/** Processes whose working directory is inside `dir`: the plugins and program a CLI run in `dir` started. */
export function processesIn(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = fs.readlinkSync(`/proc/${entry}/cwd`).replace(/ \(deleted\)$/, '');
      if (cwd === dir || cwd.startsWith(`${dir}/`)) pids.push(Number(entry));
    } catch {
      // The process ended, or is not ours to inspect.
    }
  }
  return pids;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
