// The poll schedule against a simulated gateway whose busy periods have a known length: time is a number the
// test moves, so where each poll lands is exact.
import { strict as assert } from 'assert';
import { GatewayPacing, MAX_POLL_MS, POLL_MS, VpnGatewayInfo, geometricSchedule, pollIntervals } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { apiError } from './apiError';

const KEY = 'cn-hangzhou/vpn-1';
const LATENCY_MS = 5;

function gateway(status: string): VpnGatewayInfo {
  return { vpnGatewayId: 'vpn-1', status, tunnelMode: 'single' };
}

interface WaitOutcome {
  polls: number;
  /** How long after the busy period ended the active answer arrived. */
  overshootMs: number;
  endedAt: number;
}

/** One change at `changedAt` that keeps the gateway busy for `busyMs`, then one wait driven by the schedule. */
function changeAndWait(pacing: GatewayPacing, changedAt: number, busyMs: number): WaitOutcome {
  pacing.changed(KEY, changedAt);
  const end = changedAt + busyMs;
  const schedule = pacing.schedule(KEY);
  let now = changedAt;
  for (let polls = 1; polls < 100; polls++) {
    now += schedule.nextDelay(now);
    const sentAt = now;
    now += LATENCY_MS;
    const status = sentAt < end ? 'updating' : 'active';
    schedule.observe(sentAt, now, gateway(status));
    if (status === 'active') return { polls, overshootMs: now - end, endedAt: now };
  }
  throw new Error('the gateway never became active');
}

function run(pacing: GatewayPacing, busyMs: number[]): WaitOutcome[] {
  let at = 1_000_000;
  return busyMs.map((b) => {
    const outcome = changeAndWait(pacing, at, b);
    at = outcome.endedAt + 10;
    return outcome;
  });
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('gateway pacing', () => {
  it('without a known change, looks at once and then at intervals growing by half', () => {
    const s = geometricSchedule(250, 3_000);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      delays.push(s.nextDelay(0));
      s.observe(0, 0, gateway('updating'));
    }
    assert.deepEqual(delays, [0, 250, 375, 563, 845, 1268, 1902, 2853]);
  });

  it('after a few changes, finds the end of a steady 2000 ms busy period with about one poll and overshoots by less than a step', () => {
    const outcomes = run(new GatewayPacing(), Array(24).fill(2_000));
    const steady = outcomes.slice(4);
    assert.ok(sum(steady.map((o) => o.polls)) / steady.length <= 1.5, `polls per wait: ${steady.map((o) => o.polls).join(' ')}`);
    for (const o of steady) assert.ok(o.overshootMs <= 40 + 2 * LATENCY_MS, `overshoot ${o.overshootMs} ms`);
  });

  it('keeps a 200 ms busy period within the smallest step', () => {
    const outcomes = run(new GatewayPacing(), Array(24).fill(200));
    const steady = outcomes.slice(4);
    assert.ok(sum(steady.map((o) => o.polls)) / steady.length <= 1.5);
    for (const o of steady) assert.ok(o.overshootMs <= 25 + 2 * LATENCY_MS, `overshoot ${o.overshootMs} ms`);
  });

  it('follows a gateway that has become slower, without polling at small steps all the way', () => {
    const pacing = new GatewayPacing();
    run(pacing, Array(8).fill(1_000));
    const [slower] = run(pacing, [6_000]);
    assert.ok(slower.polls <= 10, `${slower.polls} polls`);
    const after = run(pacing, Array(6).fill(6_000)).slice(2);
    for (const o of after) assert.ok(o.polls <= 2 && o.overshootMs <= 120 + 2 * LATENCY_MS, JSON.stringify(o));
  });

  it('notices a gateway that has become faster within a few changes', () => {
    const pacing = new GatewayPacing();
    run(pacing, Array(8).fill(2_000));
    const outcomes = run(pacing, Array(12).fill(1_500));
    const last = outcomes.slice(-4);
    for (const o of last) assert.ok(o.overshootMs <= 40 + 2 * LATENCY_MS, `overshoot ${o.overshootMs} ms`);
  });

  it('uses what one gateway taught as the first guess for another', () => {
    const pacing = new GatewayPacing();
    run(pacing, Array(6).fill(2_000));
    pacing.changed('cn-hangzhou/vpn-2', 0);
    assert.ok(pacing.schedule('cn-hangzhou/vpn-2').nextDelay(0) >= 1_900);
  });

  describe('settled gateways', () => {
    it('stands in for a look until something is sent to the gateway or the look is old', () => {
      const pacing = new GatewayPacing();
      const [o] = run(pacing, [2_000]);
      assert.equal(pacing.settled(KEY, o.endedAt + 1)?.status, 'active');
      assert.equal(pacing.settled(KEY, o.endedAt + pacing.options.settledForMs + 1), undefined);
      pacing.changed(KEY, o.endedAt + 2);
      assert.equal(pacing.settled(KEY, o.endedAt + 3), undefined);
    });

    it('is forgotten after a change without a clear answer, and the next wait looks at once', () => {
      const pacing = new GatewayPacing();
      const [o] = run(pacing, [2_000]);
      pacing.unsure(KEY);
      assert.equal(pacing.settled(KEY, o.endedAt + 1), undefined);
      assert.equal(pacing.schedule(KEY).nextDelay(o.endedAt + 1), 0);
    });

    it('is not set by a wait that saw the gateway busy last', () => {
      const pacing = new GatewayPacing();
      pacing.changed(KEY, 0);
      const s = pacing.schedule(KEY);
      s.observe(300, 305, gateway('updating'));
      assert.equal(pacing.settled(KEY, 306), undefined);
    });
  });
});

interface TrustedOutcome {
  /** Changes refused as busy before the one accepted. */
  refusals: number;
  overshootMs: number;
  endedAt: number;
}

/**
 * One change sent on trust after the busy period of the change answered at `changedAt`: no look, the change itself
 * is the poll, refused with VpnGateway.Configuring while the gateway is busy. Undefined when the pacing does not trust.
 */
function trustedChange(pacing: GatewayPacing, changedAt: number, busyMs: number): TrustedOutcome | undefined {
  const end = changedAt + busyMs;
  let now = changedAt + LATENCY_MS;
  if (pacing.trusted(KEY, now) === undefined) return undefined;
  now += pacing.schedule(KEY).nextDelay(now);
  for (let refusals = 0; refusals < 100; refusals++) {
    const sentAt = now;
    now += LATENCY_MS;
    if (sentAt >= end) {
      pacing.changed(KEY, now, sentAt);
      return { refusals, overshootMs: now - end, endedAt: now };
    }
    pacing.failed(KEY, sentAt, apiError('VpnGateway.Configuring', 400));
    now += pacing.retryDelay(KEY, now) ?? Number.NaN;
  }
  throw new Error('the change was never accepted');
}

/** Changes in a row, each sent on trust once the pacing trusts, each answered change starting a busy period. */
function trustedRun(pacing: GatewayPacing, busyMs: number[], start = 1_000_000): { looked: number; outcomes: TrustedOutcome[]; endedAt: number } {
  let at = start;
  let looked = 0;
  const outcomes: TrustedOutcome[] = [];
  for (const b of busyMs) {
    const trusted = trustedChange(pacing, at, b);
    if (trusted === undefined) {
      looked++;
      const o = changeAndWait(pacing, at, b);
      at = o.endedAt + 1;
      pacing.changed(KEY, at);
    } else {
      outcomes.push(trusted);
      at = trusted.endedAt;
    }
  }
  return { looked, outcomes, endedAt: at };
}

describe('gateway pacing: changes on trust', () => {
  it('trusts the end of a busy period its own change began once it has learned the period on that gateway, and not before', () => {
    const pacing = new GatewayPacing();
    assert.equal(pacing.trusted(KEY, 0), undefined, 'nothing known');
    pacing.changed(KEY, 0);
    assert.equal(pacing.trusted(KEY, 1), undefined, 'a change, but never a look');
    const [o] = run(pacing, Array(6).fill(2_000)).slice(-1);
    pacing.changed(KEY, o.endedAt + 10);
    assert.equal(pacing.trusted(KEY, o.endedAt + 11)?.status, 'active', 'a look, a learned period and a change of its own');
    const due = pacing.schedule(KEY).nextDelay(o.endedAt + 11);
    assert.ok(due >= 1_900 && due <= 2_100, `sent ${due} ms after the change`);
  });

  it('does not trust a gateway in an unknown state, one whose last look is old, nor one learned only on another gateway', () => {
    const pacing = new GatewayPacing();
    const [o] = run(pacing, [2_000, 2_000]).slice(-1);
    pacing.changed(KEY, o.endedAt + 10);
    pacing.unsure(KEY);
    assert.equal(pacing.trusted(KEY, o.endedAt + 11), undefined, 'unsure');
    pacing.changed(KEY, o.endedAt + 20);
    assert.equal(pacing.trusted(KEY, o.endedAt + pacing.options.settledForMs + 1), undefined, 'last look too old');
    pacing.changed('cn-hangzhou/vpn-2', 0);
    assert.equal(pacing.trusted('cn-hangzhou/vpn-2', 1), undefined, 'another gateway');
  });

  it('sends a steady 2000 ms gateway its changes without looks, with fewer refusals than a look each, overshooting by less than a step', () => {
    const { looked, outcomes } = trustedRun(new GatewayPacing(), Array(24).fill(2_000));
    assert.ok(looked <= 2, `${looked} changes waited with looks`);
    const steady = outcomes.slice(4);
    assert.ok(sum(steady.map((o) => o.refusals)) / steady.length <= 0.5, `refusals per change: ${steady.map((o) => o.refusals).join(' ')}`);
    for (const o of steady) assert.ok(o.overshootMs <= 40 + 2 * LATENCY_MS, `overshoot ${o.overshootMs} ms`);
  });

  it('learns from a busy refusal: a gateway that has become slower is followed by retries at the schedule, then trusted again', () => {
    const pacing = new GatewayPacing();
    const faster = trustedRun(pacing, Array(8).fill(1_000));
    const { looked, outcomes } = trustedRun(pacing, Array(8).fill(3_000), faster.endedAt);
    assert.equal(looked, 0, 'a refusal is a look: no describe is needed');
    assert.ok(outcomes[0].refusals >= 1 && outcomes[0].refusals <= 10, `${outcomes[0].refusals} refusals`);
    for (const o of outcomes.slice(3)) assert.ok(o.refusals <= 2 && o.overshootMs <= 60 + 2 * LATENCY_MS, JSON.stringify(o));
  });

  it('takes any other failure of a change on trust as an unknown state: the next wait looks', () => {
    const pacing = new GatewayPacing();
    const [o] = run(pacing, [2_000, 2_000]).slice(-1);
    pacing.changed(KEY, o.endedAt + 10);
    pacing.failed(KEY, o.endedAt + 2_100, apiError('InternalError', 500));
    assert.equal(pacing.trusted(KEY, o.endedAt + 2_200), undefined);
    assert.equal(pacing.retryDelay(KEY, o.endedAt + 2_200), undefined, 'the retry backs off as for any error');
    assert.equal(pacing.schedule(KEY).nextDelay(o.endedAt + 2_200), 0, 'the next wait looks at once');
  });

  it('learns nothing from a change accepted long after the period was due to end', () => {
    const pacing = new GatewayPacing();
    const [o] = run(pacing, [2_000, 2_000, 2_000]).slice(-1);
    pacing.changed(KEY, o.endedAt + 10);
    const before = pacing.schedule(KEY).nextDelay(o.endedAt + 10);
    pacing.changed(KEY, o.endedAt + 60_005, o.endedAt + 60_000);
    assert.equal(pacing.schedule(KEY).nextDelay(o.endedAt + 60_005), before, 'the same expected end as before the late change');
  });
});

describe('polling intervals: one source for every wait', () => {
  it('starts at POLL_MS and grows by half up to MAX_POLL_MS, for a wait with pacing and without', () => {
    const it = pollIntervals();
    const first = Array.from({ length: 9 }, () => it.next().value);
    assert.deepEqual(first, [250, 375, 563, 845, 1268, 1902, 2853, 3000, 3000]);
    assert.equal(first[0], POLL_MS);
    assert.equal(first[8], MAX_POLL_MS);
    assert.deepEqual([new GatewayPacing().options.pollMs, new GatewayPacing().options.maxPollMs], [POLL_MS, MAX_POLL_MS]);
  });
});
