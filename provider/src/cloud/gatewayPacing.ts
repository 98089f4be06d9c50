// When to look at a VPN gateway again. Each connection change keeps its gateway `updating` for a while, and
// work on one gateway is serialised (gatewayLock.ts), so every millisecond a wait overshoots the end of a busy
// period is added once per connection on that gateway. A fixed schedule either overshoots or polls often;
// instead each gateway's busy periods, as observed through this port, say when the next one will end: the
// first poll goes just past the expected end and the estimate is corrected by what that poll sees.
// A gateway the provider has just seen active, with nothing sent to it since, needs no look at all; nor does one
// whose busy period began with this process's own change and whose busy periods it has learned: the next change
// goes at the expected end without a look, and is itself the poll (accepted: the gateway was active; refused as
// busy: it was still updating, and the change is sent again at the schedule's next time).

import { isGatewayBusy } from './errors';
import { MAX_POLL_MS, POLL_MS, PollSchedule, geometricSchedule } from './polling';
import type { VpnGatewayInfo } from './port';

export interface PacingOptions {
  /** First interval when nothing is known yet; grows by half each poll up to maxPollMs (polling.ts). */
  pollMs: number;
  maxPollMs: number;
  /**
   * How long a look at the gateway stands in for another: "seen active, nothing sent since", and the attributes
   * a change on trust is checked against.
   */
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

interface Look {
  info: VpnGatewayInfo;
  at: number;
}

interface GatewayRecord {
  /** Answer time of the last change this process sent; undefined when it is not known whether one is pending. */
  changedAt?: number;
  /** The wait for the end of the busy period that began at changedAt, fed by looks and by changes sent on trust. */
  wait?: PacedSchedule;
  /** The gateway as last seen active after the last change, and when. */
  settled?: Look;
  /** The gateway as last seen active at all (its attributes), and when. */
  seen?: Look;
  /** Learned on this gateway (lastBounds is only a first guess for it). */
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

  /**
   * The gateway as last seen, when the next change may go without a look: the busy period it is in began with
   * this process's own change, answered (not a gateway in an unknown state, nor one changed by anyone else since
   * a look), its busy periods have been learned on it, and it was looked at recently (what a change is checked
   * against). The wait is then the schedule's first delay, with no poll.
   */
  trusted(key: string, now: number): VpnGatewayInfo | undefined {
    const r = this.gateways.get(key);
    if (r?.changedAt === undefined || r.bounds === undefined || r.seen === undefined) return undefined;
    if (now - r.seen.at > this.options.settledForMs) return undefined;
    return r.seen.info;
  }

  /**
   * A change to the gateway was accepted (sent at `sentAt`, answered at `answeredAt`): it is busy from about then.
   * One sent while a busy period of this process's own was pending, without a look, found the gateway active.
   */
  changed(key: string, answeredAt: number, sentAt?: number): void {
    const r = this.record(key);
    if (sentAt !== undefined && r.changedAt !== undefined) this.waitOf(r, r.changedAt).active(sentAt, answeredAt);
    r.changedAt = answeredAt;
    r.wait = undefined;
    r.settled = undefined;
  }

  /**
   * A change failed. Refused because the gateway is still busy, while a busy period of this process's own was
   * pending: what a look would have seen (the refusal changed nothing), so the wait goes on and learns from it.
   * Anything else leaves the gateway unsure.
   */
  failed(key: string, sentAt: number, error: unknown): void {
    const r = this.record(key);
    if (r.changedAt !== undefined && isGatewayBusy(error)) this.waitOf(r, r.changedAt).busy(sentAt);
    else this.unsure(key);
  }

  /** After a busy refusal failed() learned from: when to send the change again; undefined when no wait of this process's own is pending. */
  retryDelay(key: string, now: number): number | undefined {
    const r = this.gateways.get(key);
    if (r?.changedAt === undefined) return undefined;
    return this.waitOf(r, r.changedAt).nextDelay(now);
  }

  /**
   * A change ended without a clear answer (an error, a lost response): the gateway may or may not be busy, so
   * the next wait looks at once and learns nothing about busy periods.
   */
  unsure(key: string): void {
    const r = this.record(key);
    r.changedAt = undefined;
    r.wait = undefined;
    r.settled = undefined;
  }

  /** The polls of one wait for the gateway to become active. */
  schedule(key: string): PollSchedule {
    const options = this.options;
    const r = this.record(key);
    const since = r.changedAt;
    if (since === undefined) return this.observing(r, geometricSchedule(options.pollMs, options.maxPollMs));
    return this.observing(r, this.waitOf(r, since));
  }

  /** The wait for the end of the busy period that began at `since`: one per period, whatever feeds it. */
  private waitOf(r: GatewayRecord, since: number): PacedSchedule {
    if (r.wait === undefined) {
      const learn = (b: BusyBounds): void => {
        r.bounds = b;
        this.lastBounds = b;
      };
      r.wait = new PacedSchedule(since, r.bounds ?? this.lastBounds, this.options, learn);
    }
    return r.wait;
  }

  /** Wraps a schedule so an active answer settles the gateway. */
  private observing(r: GatewayRecord, inner: PollSchedule): PollSchedule {
    return {
      nextDelay: (now) => inner.nextDelay(now),
      observe: (sentAt, answeredAt, gateway) => {
        inner.observe(sentAt, answeredAt, gateway);
        if (gateway.status === 'active') {
          r.settled = { info: gateway, at: answeredAt };
          r.seen = r.settled;
          r.changedAt = undefined;
          r.wait = undefined;
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
 * waits while it stays the same. An active answer to a poll sent well after its time (a change that came late)
 * teaches nothing, and none raises the upper bound this wait still holds.
 */
class PacedSchedule implements PollSchedule {
  private busyAt: number;
  private activeAt: number | undefined;
  private step: number;
  private sawBusy = false;
  private readonly calmWaits: number;
  /** When the last poll was due (absolute). */
  private dueAt: number | undefined;

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
    this.dueAt = this.since + this.target();
    return Math.max(0, Math.round(this.dueAt - now));
  }

  observe(sentAt: number, answeredAt: number, gateway: VpnGatewayInfo): void {
    if (gateway.status !== 'active') this.busy(sentAt);
    else this.active(sentAt, answeredAt);
  }

  /** The gateway was still updating when a poll (or a change) sent at `sentAt` reached it. */
  busy(sentAt: number): void {
    const offset = sentAt - this.since;
    if (this.activeAt === undefined || offset >= this.activeAt) {
      // Slower than anything seen before: step out from here as if nothing were known, further each time.
      if (this.activeAt !== undefined) this.step = Math.max(this.options.pollMs, this.minStep(this.activeAt));
      else if (this.sawBusy) this.step = Math.min(this.options.maxPollMs, Math.round(this.step * 1.5));
      this.activeAt = undefined;
    }
    this.busyAt = Math.max(this.busyAt, offset);
    this.sawBusy = true;
  }

  /** The gateway was active when a poll (or a change) sent at `sentAt`, answered at `answeredAt`, reached it. */
  active(sentAt: number, answeredAt: number): void {
    const activeAt = Math.min(answeredAt - this.since, this.activeAt ?? Number.POSITIVE_INFINITY);
    if (this.sawBusy) {
      this.learn({ busyAt: Math.min(this.busyAt, activeAt), activeAt, calmWaits: 0 });
      return;
    }
    if (this.dueAt === undefined || sentAt > this.dueAt + this.minStep(activeAt)) return;
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
