// How often the provider looks again at something it waits for (a gateway to become active, a deleted
// connection to disappear) when nothing better is known: the one source of the polling intervals.

import type { VpnGatewayInfo } from './port';

/** The first interval between two looks. */
export const POLL_MS = 250;
/** The longest interval: each interval is half again as long as the one before, up to this. */
export const MAX_POLL_MS = 3_000;
/** A wait this long without news says so again, with the time waited, so the status line shows it is alive. */
export const PROGRESS_EVERY_MS = 5_000;

/** The intervals between looks: POLL_MS, then half again as long each time, up to MAX_POLL_MS. */
export function* pollIntervals(pollMs = POLL_MS, maxPollMs = MAX_POLL_MS): Generator<number, never> {
  for (let delay = pollMs; ; delay = Math.min(maxPollMs, Math.round(delay * 1.5))) yield delay;
}

/** One wait's polls: when to send the next, and what each answer teaches. */
export interface PollSchedule {
  /** Milliseconds from `now` until the next poll should be sent (0: now). */
  nextDelay(now: number): number;
  /** Records one answered poll. */
  observe(sentAt: number, answeredAt: number, gateway: VpnGatewayInfo): void;
}

/** The schedule when nothing is known of the gateway: look now, then at pollIntervals. */
export function geometricSchedule(pollMs = POLL_MS, maxPollMs = MAX_POLL_MS): PollSchedule {
  const intervals = pollIntervals(pollMs, maxPollMs);
  let delay = 0;
  return {
    nextDelay: () => delay,
    observe: () => {
      delay = intervals.next().value;
    },
  };
}
