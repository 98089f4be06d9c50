// When to look at a VPN gateway again. Each connection change keeps its gateway `updating` for a while, and
// work on one gateway is serialised (gatewayLock.ts), so every millisecond a wait overshoots the end of a busy
// period is added once per connection on that gateway. A fixed schedule either overshoots or polls often;
// instead each gateway's busy periods, as observed through this port, say when the next one will end: the
// first poll goes just past the expected end and the estimate is corrected by what that poll sees.
// And a gateway the provider has just seen active, with nothing sent to it since, needs no look at all.

import { MAX_POLL_MS, POLL_MS, PollSchedule, geometricSchedule } from './polling';
import type { VpnGatewayInfo } from './port';

export interface PacingOptions {
  /** First interval when nothing is known yet; grows by half each poll up to maxPollMs (polling.ts). */
  pollMs: number;
  maxPollMs: number;
  /** How long "seen active, nothing sent since" stands in for a look at the gateway. */
  settledForMs: number;
  /** Smallest step by which the expected end of a busy period is probed. */
  minStepMs: number;
  /** The step as a fraction of the expected busy period. */
  stepFraction: number;
}

export const DEFAULT_PACING: PacingOptions = {
  pollMs: POLL_MS,
  maxPollMs: MAX_POLL_MS,
  settledForMs: 30_000,
  minStepMs: 25,
  stepFraction: 0.02,
};

/**
 * What is known of a gateway's busy periods, as offsets from the answer to the change that started one:
 * `busyAt` was still updating, `activeAt` was active again.
 */
export interface BusyBounds {
  busyAt: number;
  activeAt: number;
  /** Waits in a row whose first poll already found the gateway active. */
  calmWaits: number;
}

interface GatewayRecord {
  /** Answer time of the last change this process sent; undefined when it is not known whether one is pending. */
  changedAt?: number;
  /** The gateway as last seen active after the last change, and when. */
  settled?: { info: VpnGatewayInfo; at: number };
  bounds?: BusyBounds;
}

export class GatewayPacing {
  private readonly gateways = new Map<string, GatewayRecord>();
  /** The bounds learned last on any gateway: a first guess for a gateway not yet observed. */
  private lastBounds?: BusyBounds;

  constructor(readonly options: PacingOptions = DEFAULT_PACING) {}

  private record(key: string): GatewayRecord {
    let r = this.gateways.get(key);
    if (!r) {
      r = {};
      this.gateways.set(key, r);
    }
    return r;
  }

  /** The gateway as last seen active, when nothing has been sent to it since and that was recent. */
  settled(key: string, now: number): VpnGatewayInfo | undefined {
    const s = this.gateways.get(key)?.settled;
    if (!s || now - s.at > this.options.settledForMs) return undefined;
    return s.info;
  }

  /** A change to the gateway was accepted (answered at `at`): it is busy from about then. */
  changed(key: string, at: number): void {
    const r = this.record(key);
    r.changedAt = at;
    r.settled = undefined;
  }

  /**
   * A change ended without a clear answer (an error, a lost response): the gateway may or may not be busy, so
   * the next wait looks at once and learns nothing about busy periods.
   */
  unsure(key: string): void {
    const r = this.record(key);
    r.changedAt = undefined;
    r.settled = undefined;
  }

  /** The polls of one wait for the gateway to become active. */
  schedule(key: string): PollSchedule {
    const options = this.options;
    const r = this.record(key);
    const since = r.changedAt;
    if (since === undefined) return this.observing(r, geometricSchedule(options.pollMs, options.maxPollMs));
    const learn = (b: BusyBounds): void => {
      r.bounds = b;
      this.lastBounds = b;
    };
    return this.observing(r, new PacedSchedule(since, r.bounds ?? this.lastBounds, options, learn));
  }

  /** Wraps a schedule so an active answer settles the gateway. */
  private observing(r: GatewayRecord, inner: PollSchedule): PollSchedule {
    return {
      nextDelay: (now) => inner.nextDelay(now),
      observe: (sentAt, answeredAt, gateway) => {
        inner.observe(sentAt, answeredAt, gateway);
        if (gateway.status === 'active') {
          r.settled = { info: gateway, at: answeredAt };
          r.changedAt = undefined;
        } else {
          r.settled = undefined;
        }
      },
    };
  }
}

/**
 * Polls around the expected end of the busy period that began at `since`. With both bounds known it probes
 * between them (halving the gap, never by less than a step); past the last known active offset, or with
 * nothing known, it steps forward, each step half again as long. A wait whose first poll already finds the
 * gateway active moves the lower bound down, by a quarter step and twice as far with each such wait in a row,
 * so a service that has become faster is found within a few changes, at the price of one extra poll every few
 * waits while it stays the same.
 */
class PacedSchedule implements PollSchedule {
  private busyAt: number;
  private activeAt: number | undefined;
  private step: number;
  private sawBusy = false;
  private readonly calmWaits: number;

  constructor(
    private readonly since: number,
    prior: BusyBounds | undefined,
    private readonly options: PacingOptions,
    private readonly learn: (bounds: BusyBounds) => void,
  ) {
    this.busyAt = prior?.busyAt ?? 0;
    this.activeAt = prior?.activeAt;
    this.calmWaits = prior?.calmWaits ?? 0;
    this.step = prior ? this.minStep(prior.activeAt) : options.pollMs;
  }

  private minStep(expectedMs: number): number {
    return Math.max(this.options.minStepMs, Math.round(expectedMs * this.options.stepFraction));
  }

  /** The offset from `since` at which the next poll should be sent. */
  private target(): number {
    if (this.activeAt !== undefined && this.activeAt > this.busyAt) {
      const probe = Math.max(this.busyAt + this.minStep(this.activeAt), (this.busyAt + this.activeAt) / 2);
      return Math.min(this.activeAt, probe);
    }
    return this.busyAt + this.step;
  }

  nextDelay(now: number): number {
    return Math.max(0, Math.round(this.since + this.target() - now));
  }

  observe(sentAt: number, answeredAt: number, gateway: VpnGatewayInfo): void {
    if (gateway.status !== 'active') {
      const offset = sentAt - this.since;
      if (this.activeAt === undefined || offset >= this.activeAt) {
        // Slower than anything seen before: step out from here as if nothing were known, further each time.
        if (this.activeAt !== undefined) this.step = Math.max(this.options.pollMs, this.minStep(this.activeAt));
        else if (this.sawBusy) this.step = Math.min(this.options.maxPollMs, Math.round(this.step * 1.5));
        this.activeAt = undefined;
      }
      this.busyAt = Math.max(this.busyAt, offset);
      this.sawBusy = true;
      return;
    }
    const activeAt = answeredAt - this.since;
    if (this.sawBusy) {
      this.learn({ busyAt: Math.min(this.busyAt, activeAt), activeAt, calmWaits: 0 });
      return;
    }
    // Only a busy answer in this wait proves how late the period still ran; without one, let the lower bound
    // drift down so a shorter busy period is found.
    const calmWaits = this.calmWaits + 1;
    const drift = (this.minStep(activeAt) / 4) * 2 ** (calmWaits - 1);
    this.learn({ busyAt: Math.max(0, Math.min(this.busyAt - drift, activeAt)), activeAt, calmWaits });
  }
}

const perPort = new WeakMap<object, GatewayPacing>();

/** The pacing of everything sent through one port: what one provider configuration has observed. */
export function pacingFor(port: object): GatewayPacing {
  let p = perPort.get(port);
  if (!p) {
    p = new GatewayPacing();
    perPort.set(port, p);
  }
  return p;
}
