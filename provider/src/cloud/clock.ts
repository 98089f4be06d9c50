// Time as a dependency: the default reads the global timers at call time, so sinon's fake timers
// (which replace the globals) drive every wait and backoff in tests.

import { raceAbort } from './abort';
import { OperationAbortedError } from './errors';

export interface Clock {
  now(): number;
  /** Resolves after ms; rejects with OperationAbortedError when signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

// setTimeout fires at once for delays above 2^31-1 ms; clamp so "forever" stays long.
const MAX_TIMER_MS = 2_147_483_647;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const elapsed = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, Math.min(MAX_TIMER_MS, Math.max(0, ms)));
    });
    return raceAbort(elapsed, signal, 'operation cancelled').finally(() => clearTimeout(timer));
  },
};

/** A point in time after which an operation gives up, plus the cancellation signal. */
export interface Deadline {
  /** Epoch ms; Infinity when unbounded. */
  at: number;
  signal?: AbortSignal;
  clock: Clock;
}

export function remainingMs(d: Deadline): number {
  return d.at - d.clock.now();
}

export function throwIfDone(d: Deadline, what: string, lastError?: unknown): void {
  if (d.signal?.aborted) throw new OperationAbortedError(`${what}: cancelled`, 'cancelled', lastError);
  if (remainingMs(d) <= 0) {
    const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
    throw new OperationAbortedError(`${what}: timed out${detail}`, 'timeout', lastError);
  }
}
