// The poll schedule against a simulated gateway whose busy periods have a known length: time is a number the
// test moves, so where each poll lands is exact.
import { strict as assert } from 'assert';
import { GatewayPacing, MAX_POLL_MS, POLL_MS, VpnGatewayInfo, geometricSchedule, pollIntervals } from 'pulumi-resource-alicloudvpn/dist/cloud';

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
