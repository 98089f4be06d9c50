// Capped exponential backoff with jitter around one API call. Retries only what the error
// classification says is worth retrying; every other error surfaces on the first attempt.

import { raceAbort } from './abort';
import { Clock, Deadline, remainingMs, throwIfDone } from './clock';
import { CloudError, GATEWAY_STATE_CODES, OperationAbortedError, toCloudError } from './errors';

export interface RetryPolicy {
  /** Delay before the first retry. */
  initialDelayMs: number;
  /** Upper bound of any single delay. */
  maxDelayMs: number;
  multiplier: number;
  /** Attempts (including the first) for throttling and transient errors. Busy errors retry until the deadline. */
  maxAttempts: number;
  /** How long an outage (OUTAGE_CODES) is ridden out, from its first error, before the call fails. */
  outageWindowMs: number;
}

/**
 * Errors that mean the service could not be reached at all: nothing listening (a service or emulator restarting),
 * a connection reset, a name that does not resolve. They are retried for a window of time rather than a number
 * of attempts, each delay at most OUTAGE_MAX_DELAY_MS so the service is seen again soon after it is back.
 */
export const OUTAGE_CODES: readonly string[] = ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN'];
export const OUTAGE_MAX_DELAY_MS = 2_000;

/** Seconds to ride out an outage (README, "Configure"). */
export const OUTAGE_WINDOW_ENV = 'ALICLOUDVPN_OUTAGE_RETRY_SECONDS';
export const DEFAULT_OUTAGE_WINDOW_MS = 30_000;

/** The outage window the environment sets: a number of seconds from 0 to 3600; anything else is an error that names the variable. */
export function outageWindowMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[OUTAGE_WINDOW_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_OUTAGE_WINDOW_MS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600) {
    throw new Error(`${OUTAGE_WINDOW_ENV} must be a number of seconds from 0 to 3600 (the default is ${DEFAULT_OUTAGE_WINDOW_MS / 1000}); unset it or fix its value`);
  }
  return Math.round(seconds * 1000);
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 15_000,
  multiplier: 2,
  maxAttempts: 8,
  outageWindowMs: DEFAULT_OUTAGE_WINDOW_MS,
};

/** The default policy with the environment's outage window. */
export function retryPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, outageWindowMs: outageWindowMs(env) };
}

export interface RetryObserver {
  (info: { attempt: number; delayMs: number; error: CloudError }): void;
}

export interface RetryOptions {
  deadline: Deadline;
  policy?: RetryPolicy;
  /** Returns a number in [0, 1); injectable so tests get exact delays. */
  random?: () => number;
  onRetry?: RetryObserver;
  /** Human description for timeout messages, e.g. "CreateVpnConnection". */
  what: string;
  /**
   * Runs before each retry of a retryable error; whatever it throws ends the retries instead.
   * Lets a caller that can look at the world turn an ambiguous answer into a final one (see
   * waiters.ts gatewayGoneProbe).
   */
  probe?: RetryProbe;
  /**
   * When a busy answer is retried: the delay the caller's schedule gives (gatewayPacing.ts), or undefined for the
   * backoff. Whether it is retried is still decided here; a paced retry is the caller's wait, which it reports
   * itself (onRetry is not told).
   */
  pace?: RetryPace;
}

export type RetryPace = (error: CloudError) => number | undefined;

export type RetryProbe = (error: CloudError) => Promise<void>;

/**
 * Delay before retry number `attempt` (1-based): base·multiplier^(attempt-1), capped, then
 * "equal jitter" (half fixed, half random) so concurrent callers spread out without ever
 * retrying immediately.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.initialDelayMs * Math.pow(policy.multiplier, attempt - 1));
  const jittered = exp / 2 + (exp / 2) * random();
  const floor = retryAfterMs !== undefined ? Math.min(retryAfterMs, policy.maxDelayMs) : 0;
  return Math.round(Math.max(jittered, floor));
}

export function isOutage(error: CloudError): boolean {
  return OUTAGE_CODES.includes(error.code);
}

/**
 * The one decision on whether an error is retried: how many attempts (the first included) it gets; 1 is none.
 * What the error is comes from errors.ts (classify); everything else about retrying is decided here. Outages
 * retry for a window of time (outageWindowMs), busy errors until the deadline: the gateway always settles
 * eventually. Not so the codes a gateway that is being deleted also answers (GATEWAY_STATE_CODES): without a
 * probe to tell "busy" from "going away", retrying those for the whole budget would only delay a failure, so
 * they get the ordinary attempt budget.
 */
export function attemptsFor(error: CloudError, policy: RetryPolicy, probed: boolean): number {
  if (!error.retryable) return 1;
  if (isOutage(error)) return Number.POSITIVE_INFINITY;
  if (error.errorClass !== 'busy') return policy.maxAttempts;
  if (!probed && GATEWAY_STATE_CODES.includes(error.code)) return policy.maxAttempts;
  return Number.POSITIVE_INFINITY;
}

export async function withRetry<T>(call: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const policy = opts.policy ?? DEFAULT_RETRY_POLICY;
  const random = opts.random ?? Math.random;
  const clock: Clock = opts.deadline.clock;
  let outageSince: number | undefined;
  for (let attempt = 1; ; attempt++) {
    throwIfDone(opts.deadline, opts.what);
    let error: CloudError;
    try {
      return await raceDeadline(call(), opts.deadline, opts.what);
    } catch (e) {
      if (e instanceof OperationAbortedError) throw e;
      error = toCloudError(e);
    }
    if (attempt >= attemptsFor(error, policy, opts.probe !== undefined)) throw error;
    const outage = isOutage(error);
    outageSince = outage ? (outageSince ?? clock.now()) : undefined;
    if (outageSince !== undefined && clock.now() - outageSince >= policy.outageWindowMs) throw error;
    if (opts.probe) await raceDeadline(opts.probe(error), opts.deadline, opts.what);
    const paced = error.errorClass === 'busy' ? opts.pace?.(error) : undefined;
    const backoff = paced ?? backoffDelay(attempt, policy, random, error.retryAfterMs);
    const delayMs = outage ? Math.min(backoff, OUTAGE_MAX_DELAY_MS) : backoff;
    if (delayMs >= remainingMs(opts.deadline)) throwIfDone({ ...opts.deadline, at: clock.now() }, opts.what, error);
    if (paced === undefined) opts.onRetry?.({ attempt, delayMs, error });
    await clock.sleep(delayMs, opts.deadline.signal);
  }
}

/** How a look-up made after a failure is retried: the failed operation's budget may be spent (a timeout is one such failure). */
export const AFTER_FAILURE_BUDGET = { attempts: 3, ms: 30_000 };

/**
 * The retries of one operation: its deadline, policy and randomness, and a status line while a retry goes on
 * (info is the resource's status line: a retry shows there instead of as silence). Every API call an operation
 * makes goes through run; nothing else decides whether an error is retried.
 */
export class Retrier {
  constructor(
    readonly deadline: Deadline,
    readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    readonly random: () => number = Math.random,
    private readonly log?: (message: string) => void,
  ) {}

  /** Calls until an answer, an error not worth retrying, or the deadline; `probe` runs before each retry, `pace` times a busy one. */
  run<T>(what: string, call: () => Promise<T>, probe?: RetryProbe, pace?: RetryPace): Promise<T> {
    return withRetry(call, { deadline: this.deadline, policy: this.policy, random: this.random, what, probe, pace, onRetry: this.onRetry(what) });
  }

  /**
   * A retrier for what must still be found out after the operation failed (did a lost create make the
   * connection?): a few attempts within a budget of its own, not cancelled by the operation's signal.
   */
  afterFailure(): Retrier {
    const clock = this.deadline.clock;
    const policy = { ...this.policy, maxAttempts: AFTER_FAILURE_BUDGET.attempts, outageWindowMs: Math.min(this.policy.outageWindowMs, AFTER_FAILURE_BUDGET.ms) };
    return new Retrier({ at: clock.now() + AFTER_FAILURE_BUDGET.ms, clock }, policy, this.random, this.log);
  }

  private onRetry(what: string): RetryObserver | undefined {
    const log = this.log;
    if (!log) return undefined;
    return ({ attempt, delayMs, error }) =>
      log(`retrying ${what} after ${error.code}${error.requestId ? ` (request ${error.requestId})` : ''} (attempt ${attempt + 1}, in ${(delayMs / 1000).toFixed(1)} s)`);
  }
}

/**
 * Stops waiting for a call when the deadline passes or the signal aborts. The request may still
 * reach the service; the deterministic ClientToken makes the next attempt safe.
 */
export async function raceDeadline<T>(p: Promise<T>, deadline: Deadline, what: string): Promise<T> {
  if (deadline.at === Number.POSITIVE_INFINITY && !deadline.signal) return p;
  const stop = new AbortController();
  const timedOut = deadline.clock.sleep(Math.max(0, remainingMs(deadline)), stop.signal).then(
    () => {
      throw new OperationAbortedError(`${what}: timed out`, 'timeout');
    },
    () => new Promise<never>(() => undefined),
  );
  try {
    return await raceAbort(Promise.race([p, timedOut]), deadline.signal, `${what}: cancelled`);
  } finally {
    stop.abort();
  }
}
