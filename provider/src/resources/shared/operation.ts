// One lifecycle operation: its budget, its retries (cloud/retry.ts Retrier) and, for a resource whose changes are
// changes of a VPN gateway, its access to that gateway (cloud/gatewayAccess.ts), with the dependencies tests
// replace (clock, randomness, locks, pacing, policy).

import {
  Clock,
  Deadline,
  GatewayAccess,
  GatewayLocks,
  GatewayPacing,
  Retrier,
  RetryPolicy,
  VpcPort,
  DEFAULT_RETRY_POLICY,
  retryPolicyFromEnv,
  gatewayLocks,
  systemClock,
} from '../../cloud';
import { OperationContext } from '../resource';

export interface LifecycleDeps {
  clock: Clock;
  random: () => number;
  locks: GatewayLocks;
  /** What has been observed of each gateway's busy periods; default: one table per port (pacingFor). */
  pacing?: GatewayPacing;
  retryPolicy: RetryPolicy;
  /** Budget of an operation whose context gives none. */
  defaultTimeoutMs: number;
  /** How many tokens of the deterministic sequence a create may try before giving up. */
  maxTokenSequence: number;
  /** How many Modify rounds an update tries when a token replays an earlier, identical update. */
  maxModifyRounds: number;
}

export const DEFAULT_LIFECYCLE_DEPS: LifecycleDeps = {
  clock: systemClock,
  random: Math.random,
  locks: gatewayLocks,
  retryPolicy: DEFAULT_RETRY_POLICY,
  defaultTimeoutMs: 20 * 60_000,
  maxTokenSequence: 32,
  maxModifyRounds: 3,
};

/** An operation's deadline: its context's budget, else the default one. */
export function operationDeadline(ctx: OperationContext, deps: LifecycleDeps): Deadline {
  const budget = ctx.timeoutMs !== undefined && ctx.timeoutMs > 0 ? ctx.timeoutMs : deps.defaultTimeoutMs;
  return { at: deps.clock.now() + budget, signal: ctx.signal, clock: deps.clock };
}

/** The defaults with the environment's outage window (read per operation: a bad value fails that operation), then the overrides. */
export function deps(overrides?: Partial<LifecycleDeps>): LifecycleDeps {
  return { ...DEFAULT_LIFECYCLE_DEPS, retryPolicy: retryPolicyFromEnv(), ...overrides };
}

/** An operation's budget and retries; retry waits are reported on the status line. */
export class LifecycleOperation {
  readonly deadline: Deadline;
  readonly retrier: Retrier;

  constructor(
    readonly port: VpcPort,
    readonly ctx: OperationContext,
    readonly deps: LifecycleDeps,
  ) {
    this.deadline = operationDeadline(ctx, deps);
    this.retrier = new Retrier(this.deadline, deps.retryPolicy, deps.random, (m) => this.log('info', m));
  }

  log(level: 'debug' | 'info' | 'warning', message: string): void {
    this.ctx.log?.(level, message);
  }

  /** A call that changes nothing on a VPN gateway (a read, a tag), retried within the operation's budget. */
  retry<T>(what: string, call: () => Promise<T>): Promise<T> {
    return this.retrier.run(what, call);
  }
}

/** The operation of a resource whose every change is a change of its VPN gateway (a connection, a route, the gateway itself). */
export class GatewayOperation extends LifecycleOperation {
  /** Every change goes through here: serialised with the other changes to the same gateway, paced, waited for. */
  readonly gateways: GatewayAccess;

  constructor(port: VpcPort, ctx: OperationContext, deps: LifecycleDeps) {
    super(port, ctx, deps);
    this.gateways = new GatewayAccess(port, this.retrier, { locks: deps.locks, pacing: deps.pacing, signal: ctx.signal, log: (m) => this.log('info', m) });
  }
}
