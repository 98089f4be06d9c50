// Waits for a VPN gateway to settle. Create/Modify/Delete of a connection put the gateway into
// `updating`; the next call on that gateway only succeeds once it is `active` again.

import { Deadline, remainingMs, throwIfDone } from './clock';
import { CloudError, GATEWAY_STATE_CODES, OperationAbortedError, isGatewayNotFound } from './errors';
import { PROGRESS_EVERY_MS, PollSchedule, geometricSchedule } from './polling';
import { VpcPort, VpnGatewayInfo } from './port';
import { Retrier, RetryProbe } from './retry';

export interface WaitOptions {
  deadline: Deadline;
  /** When to poll (gatewayPacing.ts); it is told every answer. Default: polling.ts's intervals. */
  schedule?: PollSchedule;
  log?: (message: string) => void;
  /** How each look is retried; default: the deadline with the default policy. */
  retrier?: Retrier;
  /**
   * The gateway as it will be once the schedule's first delay has passed, taken without a look: the end of a busy
   * period this process's own change began, whose length it has learned (gatewayPacing.ts, trusted).
   */
  trusted?: VpnGatewayInfo;
}

function elapsed(ms: number): string {
  return ms >= 1_000 ? `, ${Math.round(ms / 1000)} s` : '';
}

/** Gateway states that will never become active by waiting. */
const HOPELESS_STATES = ['deleting', 'deleted'];

/** A gateway gone or being deleted: whatever was to change on it goes with it (a connection cannot outlive its gateway). */
export function isGatewayGoing(e: unknown): boolean {
  return isGatewayNotFound(e) || (e instanceof GatewayNotUsableError && e.gateway.status === 'deleting');
}

export class GatewayNotUsableError extends Error {
  constructor(message: string, public readonly gateway: VpnGatewayInfo) {
    super(message);
    this.name = 'GatewayNotUsableError';
  }
}

export async function waitForGatewayActive(
  port: Pick<VpcPort, 'describeVpnGateway'>,
  regionId: string,
  vpnGatewayId: string,
  opts: WaitOptions,
): Promise<VpnGatewayInfo> {
  const what = `waiting for VPN gateway ${vpnGatewayId} to become active`;
  const clock = opts.deadline.clock;
  const schedule = opts.schedule ?? geometricSchedule();
  const retrier = opts.retrier ?? new Retrier(opts.deadline);
  let lastStatus: string | undefined;
  const started = clock.now();
  let loggedAt = started;
  for (;;) {
    const delay = schedule.nextDelay(clock.now());
    if (delay > 0) await pause(delay, opts.deadline, what, lastStatus);
    if (opts.trusted) return opts.trusted;
    const sentAt = clock.now();
    const gw = await retrier.run(`DescribeVpnGateway ${vpnGatewayId}`, () => port.describeVpnGateway({ regionId, vpnGatewayId }, { signal: opts.deadline.signal }));
    schedule.observe(sentAt, clock.now(), gw);
    if (gw.status === 'active') return gw;
    if (HOPELESS_STATES.includes(gw.status)) {
      throw new GatewayNotUsableError(`VPN gateway ${vpnGatewayId} is ${gw.status}; it cannot take changes`, gw);
    }
    const now = clock.now();
    if (gw.status !== lastStatus || now - loggedAt >= PROGRESS_EVERY_MS) {
      opts.log?.(`waiting for VPN gateway ${vpnGatewayId} (${gw.status})${elapsed(now - started)}`);
      lastStatus = gw.status;
      loggedAt = now;
    }
  }
}

async function pause(ms: number, deadline: Deadline, what: string, status: string | undefined): Promise<void> {
  try {
    throwIfDone(deadline, what);
    await deadline.clock.sleep(Math.min(ms, remainingMs(deadline)), deadline.signal);
    throwIfDone(deadline, what);
  } catch (e) {
    if (e instanceof OperationAbortedError) {
      const seen = status === undefined ? '' : ` (status ${status})`;
      throw new OperationAbortedError(`${what}: ${e.reason === 'timeout' ? 'timed out' : 'cancelled'}${seen}`, e.reason);
    }
    throw e;
  }
}

/**
 * A retry probe for changes on this gateway (to its connections, its routes or itself). `IncorrectStatus.VpnGateway`
 * means "busy" while the gateway updates and "never" once it is being deleted, and only the gateway's
 * status tells which; so on that code the probe asks, and a gateway that is deleting (or gone)
 * ends the retries at once with the same terminal errors waitForGatewayActive gives. Any other
 * failure of the probe's own Describe leaves the decision to the retry loop: the probe only
 * shortens a wait, it never turns a retryable answer into a failure by itself.
 */
export function gatewayGoneProbe(port: Pick<VpcPort, 'describeVpnGateway'>, regionId: string, vpnGatewayId: string, signal?: AbortSignal): RetryProbe {
  return async (error: CloudError) => {
    if (!GATEWAY_STATE_CODES.includes(error.code)) return;
    let gw: VpnGatewayInfo;
    try {
      gw = await port.describeVpnGateway({ regionId, vpnGatewayId }, { signal });
    } catch (e) {
      if (isGatewayNotFound(e) || e instanceof OperationAbortedError) throw e;
      return;
    }
    if (HOPELESS_STATES.includes(gw.status)) {
      throw new GatewayNotUsableError(`VPN gateway ${vpnGatewayId} is ${gw.status}; it cannot take changes (${error.code})`, gw);
    }
  };
}
