// The processes a Pulumi CLI run started (plugins, language hosts, programs), found by their working directory,
// and the one way tests wait for them to go and reap what stays. The engine starts plugins in process groups of
// their own, so killing the CLI's group does not reach them: each must notice the engine is gone by itself.
import * as fs from 'fs';

/** How long a plugin or program may outlive a killed CLI before a test calls it a survivor. */
export const EXIT_ALLOWANCE_MS = 15_000;
const POLL_MS = 100;

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

/** `pid: command line` of a process, for an assertion message ('' once it has ended). */
export function describeProcess(pid: number): string {
  try {
    return `${pid}: ${fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()}`;
  } catch {
    return `${pid}: (ended)`;
  }
}

/** SIGKILLs each pid that is still there. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone in the meantime.
    }
  }
}

/**
 * Waits, up to `allowanceMs`, for every process started in `dir` to exit by itself; returns as soon as none is
 * left. Those still running at the deadline are described, then SIGKILLed, and returned (a test asserts none).
 */
export async function reapProcessesIn(dir: string, allowanceMs = EXIT_ALLOWANCE_MS): Promise<string[]> {
  const deadline = Date.now() + allowanceMs;
  let left = processesIn(dir);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    left = processesIn(dir);
  }
  const described = left.map(describeProcess);
  killAll(left);
  return described;
}

/** Polls `cond` until it holds; fails after `timeoutMs` with `context()` in the message. */
export async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, context: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms:\n${context()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
