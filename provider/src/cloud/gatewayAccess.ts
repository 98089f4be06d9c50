// The one owner of "may this change go to the VPN gateway now?", for every resource that changes something on a
// gateway (a connection today; the gateway itself, route entries next): changes on one gateway are serialised in
// this process (gatewayLock.ts), each waits for the gateway to be active (waiters.ts) at the times its observed
// busy periods suggest (gatewayPacing.ts), and each change's outcome tells the pacing when a busy period began
// or, for a change sent on trust at the expected end of one, whether it had ended.

import { GatewayLocks, gatewayLockKey, gatewayLocks } from './gatewayLock';
import { GatewayPacing, pacingFor } from './gatewayPacing';
import type { VpcPort, VpnGatewayInfo } from './port';
import { Retrier } from './retry';
import { gatewayGoneProbe, waitForGatewayActive } from './waiters';

/** A VPN gateway, as every resource that changes something on it names it. */
export interface GatewayRef {
  regionId: string;
  vpnGatewayId: string;
}

export interface GatewayAccessOptions {
  /** Default: the process-wide table. */
  locks?: GatewayLocks;
  /** Default: what this port has observed (pacingFor). */
  pacing?: GatewayPacing;
  /** Cancels a queued or waiting change. */
  signal?: AbortSignal;
  /** The resource's status line. */
  log?: (message: string) => void;
}

/** One operation's access to the gateways it changes; retries and the deadline are the operation's (retrier). */
export class GatewayAccess {
  private readonly locks: GatewayLocks;
  private readonly pacing: GatewayPacing;

  constructor(
    private readonly port: Pick<VpcPort, 'describeVpnGateway'>,
    private readonly retrier: Retrier,
    private readonly options: GatewayAccessOptions = {},
  ) {
    this.locks = options.locks ?? gatewayLocks;
    this.pacing = options.pacing ?? pacingFor(port);
  }

  /** Runs fn once every earlier holder of the gateway is done; nothing else changes it meanwhile in this process. */
  exclusive<T>(gw: GatewayRef, fn: () => Promise<T>): Promise<T> {
    return this.locks.runExclusive(gatewayLockKey(gw.regionId, gw.vpnGatewayId), fn, this.options.signal);
  }

  /**
   * Resolves when a change may be sent to the gateway. A gateway this process saw active, with nothing sent to it
   * since, is taken as it was seen; one whose busy period began with this process's own change, of a length it
   * has learned, is taken as last seen once that period is expected to end (the change is then the look: see
   * change). The service answers a change on a busy gateway with a busy error, which the retry absorbs.
   * Rejects with GatewayNotUsableError for a gateway being deleted (isGatewayGoing).
   */
  ready(gw: GatewayRef): Promise<VpnGatewayInfo> {
    return this.wait(gw, true);
  }

  /**
   * Resolves once the gateway is seen active: after a change, for what then reads the state the change made (a
   * connection's or the gateway's `active` state, which the service reports once the gateway has settled).
   */
  settle(gw: GatewayRef): Promise<VpnGatewayInfo> {
    return this.wait(gw, false);
  }

  private wait(gw: GatewayRef, mayTrust: boolean): Promise<VpnGatewayInfo> {
    const key = gatewayLockKey(gw.regionId, gw.vpnGatewayId);
    const now = this.retrier.deadline.clock.now();
    const seen = this.pacing.settled(key, now);
    if (seen) return Promise.resolve(seen);
    return waitForGatewayActive(this.port, gw.regionId, gw.vpnGatewayId, {
      deadline: this.retrier.deadline,
      schedule: this.pacing.schedule(key),
      trusted: mayTrust ? this.pacing.trusted(key, now) : undefined,
      log: this.options.log,
      retrier: this.retrier,
    });
  }

  /**
   * Sends one change to the gateway (a create, modify or delete on it), retried with the same request (and so
   * the same ClientToken); a gateway-state error makes the retry look at the gateway, so one being deleted ends
   * the change at once instead of at the deadline. An answer tells the pacing a busy period began. A refusal
   * because the gateway is still busy, of a change sent on trust, is what a look would have seen: the pacing
   * learns from it and times the next attempt. Any other error leaves it unsure, so the next wait looks at once.
   */
  async change<T>(gw: GatewayRef, what: string, call: () => Promise<T>): Promise<T> {
    const key = gatewayLockKey(gw.regionId, gw.vpnGatewayId);
    const clock = this.retrier.deadline.clock;
    const tracked = async (): Promise<T> => {
      const sentAt = clock.now();
      try {
        const result = await call();
        this.pacing.changed(key, clock.now(), sentAt);
        return result;
      } catch (e) {
        this.pacing.failed(key, sentAt, e);
        throw e;
      }
    };
    const probe = gatewayGoneProbe(this.port, gw.regionId, gw.vpnGatewayId, this.options.signal);
    let waiting = false;
    const pace = (): number | undefined => {
      const delay = this.pacing.retryDelay(key, clock.now());
      if (delay !== undefined && !waiting) this.options.log?.(`waiting for VPN gateway ${gw.vpnGatewayId} (updating)`);
      waiting ||= delay !== undefined;
      return delay;
    };
    return this.retrier.run(what, tracked, probe, pace);
  }
}
