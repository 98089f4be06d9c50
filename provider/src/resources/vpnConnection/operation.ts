// One lifecycle operation: its budget, retries, gateway waits and per-gateway serialisation, with the
// dependencies tests replace (clock, randomness, locks, policies).

import {
  Clock,
  Deadline,
  GatewayLocks,
  RetryObserver,
  GatewayPacing,
  RetryPolicy,
  VpcPort,
  VpnConnectionBody,
  VpnGatewayInfo,
  DEFAULT_RETRY_POLICY,
  retryPolicyFromEnv,
  gatewayGoneProbe,
  gatewayLockKey,
  gatewayLocks,
  pacingFor,
  systemClock,
  waitForGatewayActive,
  withRetry,
} from '../../cloud';
import { OperationContext } from '../resource';
import { VpnConnectionArgs } from './types';

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

export type Args = VpnConnectionArgs & { regionId: string };

export class Operation {
  readonly deadline: Deadline;
  private readonly pacing: GatewayPacing;

  constructor(
    readonly port: VpcPort,
    readonly ctx: OperationContext,
    readonly deps: LifecycleDeps,
  ) {
    const budget = ctx.timeoutMs !== undefined && ctx.timeoutMs > 0 ? ctx.timeoutMs : deps.defaultTimeoutMs;
    this.deadline = { at: deps.clock.now() + budget, signal: ctx.signal, clock: deps.clock };
    this.pacing = deps.pacing ?? pacingFor(port);
  }

  log(level: 'debug' | 'info' | 'warning', message: string): void {
    this.ctx.log?.(level, message);
  }

  /**
   * Retries a call; given the gateway it acts on (a change: create, modify or delete), a gateway-state error makes
   * the retry look at the gateway, so one being deleted ends the operation at once instead of at the deadline,
   * and the outcome tells the gateway's pacing when the busy period it starts began.
   */
  retry<T>(what: string, call: () => Promise<T>, gateway?: { regionId: string; vpnGatewayId: string }): Promise<T> {
    const key = gateway ? gatewayLockKey(gateway.regionId, gateway.vpnGatewayId) : undefined;
    const tracked =
      key === undefined
        ? call
        : async (): Promise<T> => {
            try {
              const result = await call();
              this.pacing.changed(key, this.deps.clock.now());
              return result;
            } catch (e) {
              this.pacing.unsure(key);
              throw e;
            }
          };
    return withRetry(tracked, {
      deadline: this.deadline,
      policy: this.deps.retryPolicy,
      random: this.deps.random,
      what,
      probe: gateway ? gatewayGoneProbe(this.port, gateway.regionId, gateway.vpnGatewayId, this.ctx.signal) : undefined,
      onRetry: this.retryStatus(what),
    });
  }

  /** Info is the resource's status line: a retry that goes on shows there instead of as silence. */
  private retryStatus(what: string): RetryObserver {
    return ({ attempt, delayMs, error }) =>
      this.log(
        'info',
        `retrying ${what} after ${error.code}${error.requestId ? ` (request ${error.requestId})` : ''} (attempt ${attempt + 1}, in ${(delayMs / 1000).toFixed(1)} s)`,
      );
  }

  /**
   * Resolves once the gateway is active. A gateway this process saw active, with nothing sent to it since (the
   * previous operation on it ended with this same wait), is taken as it was seen: the service answers a change
   * on a busy gateway with a busy error, which the retry absorbs.
   */
  waitActive(regionId: string, vpnGatewayId: string): Promise<VpnGatewayInfo> {
    const key = gatewayLockKey(regionId, vpnGatewayId);
    const seen = this.pacing.settled(key, this.deps.clock.now());
    if (seen) return Promise.resolve(seen);
    return waitForGatewayActive(this.port, regionId, vpnGatewayId, {
      deadline: this.deadline,
      schedule: this.pacing.schedule(key),
      log: (m) => this.log('info', m),
      retry: { policy: this.deps.retryPolicy, random: this.deps.random, onRetry: this.retryStatus(`DescribeVpnGateway ${vpnGatewayId}`) },
    });
  }

  exclusive<T>(regionId: string, vpnGatewayId: string, fn: () => Promise<T>): Promise<T> {
    return this.deps.locks.runExclusive(gatewayLockKey(regionId, vpnGatewayId), fn, this.ctx.signal);
  }

  describe(regionId: string, vpnConnectionId: string): Promise<VpnConnectionBody> {
    return this.retry(`DescribeVpnConnection ${vpnConnectionId}`, () =>
      this.port.describeVpnConnection({ regionId, vpnConnectionId }, { signal: this.ctx.signal }),
    );
  }
}

/** The defaults with the environment's outage window (read per operation: a bad value fails that operation), then the overrides. */
export function deps(overrides?: Partial<LifecycleDeps>): LifecycleDeps {
  return { ...DEFAULT_LIFECYCLE_DEPS, retryPolicy: retryPolicyFromEnv(), ...overrides };
}
