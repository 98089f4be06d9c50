// SIGKILL of the Pulumi CLI (and everything in its process group) part-way through an operation, as a lost CI
// runner does it. The engine starts plugins in process groups of their own, so those must notice by themselves
// (tests/e2e/interruptedCreate.test.ts asserts that); any that outlive the allowance are reaped (support/processes).
import { reapProcessesIn, until } from '../support/processes';
import { PulumiWorkspace } from '../support/pulumi';

export interface KillOutcome {
  /** Milliseconds between the first step line and the SIGKILL. */
  delayMs: number;
  /** False when the CLI finished before the chosen moment (the scenario then degenerates to a clean run). */
  killedWhileRunning: boolean;
  output: string;
  /** Plugin or program processes still running EXIT_ALLOWANCE_MS after the kill (reaped). */
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
  try {
    await until(() => step.test(output) || child.exitCode !== null, 120_000, () => `pulumi ${args.join(' ')} never reached ${step}:\n${output}`);
  } catch (err) {
    process.kill(-(child.pid as number), 'SIGKILL');
    throw err;
  }
  if (child.exitCode !== null) throw new Error(`pulumi ${args.join(' ')} ended before ${step}:\n${output}`);
  // The seeded moment of the kill, measured from the first step line: what is being varied, not a wait for an event.
  await new Promise((r) => setTimeout(r, delayMs));
  const killedWhileRunning = child.exitCode === null && child.signalCode === null;
  if (killedWhileRunning) process.kill(-(child.pid as number), 'SIGKILL');
  await exited;
  return { delayMs, killedWhileRunning, output, survivors: (await reapProcessesIn(ws.dir)).length };
}
