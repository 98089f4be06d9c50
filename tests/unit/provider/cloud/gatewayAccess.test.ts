// The one owner of "may this change go to the gateway now?", as any resource that changes something on a VPN
// gateway uses it: the cloud port (its DescribeVpnGateway) and the clock are the only stubs.
import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import {
  DEFAULT_RETRY_POLICY, GatewayAccess, GatewayLocks, GatewayNotUsableError, GatewayPacing, Retrier, RetryPolicy, VpcPort, VpnGatewayInfo, isGatewayGoing, systemClock,
} from 'pulumi-resource-alicloudvpn/dist/cloud';
import { apiError } from './apiError';
import { settleWith } from './fakeTime';

const GW = { regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1' };

function gatewayPort(...statuses: string[]): { port: Pick<VpcPort, 'describeVpnGateway'>; describe: sinon.SinonStub } {
  const describe = sinon.stub();
  statuses.forEach((status, i) => describe.onCall(i).resolves({ vpnGatewayId: 'vpn-1', status, tunnelMode: 'single' }));
  describe.resolves({ vpnGatewayId: 'vpn-1', status: statuses[statuses.length - 1] ?? 'active', tunnelMode: 'single' });
  return { port: { describeVpnGateway: describe }, describe };
}

/**
 * A gateway the service keeps `updating` for busyMs() after each change it accepts, refusing changes meanwhile
 * with VpnGateway.Configuring; every attempt of a change is recorded with its ClientToken and time.
 */
function busyGateway(busyMs: () => number) {
  let busyUntil = 0;
  const attempts: { token: string; at: number; accepted: boolean }[] = [];
  const describe = sinon.spy(async (): Promise<VpnGatewayInfo> => ({ vpnGatewayId: 'vpn-1', status: Date.now() < busyUntil ? 'updating' : 'active', tunnelMode: 'single' }));
  const change = (token: string) => async (): Promise<string> => {
    const accepted = Date.now() >= busyUntil;
    attempts.push({ token, at: Date.now(), accepted });
    if (!accepted) throw apiError('VpnGateway.Configuring', 400);
    busyUntil = Date.now() + busyMs();
    return token;
  };
  return { port: { describeVpnGateway: describe }, describe, change, attempts, refusals: () => attempts.filter((a) => !a.accepted).length };
}

describe('GatewayAccess: one owner of gateway readiness, pacing and serialisation', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 25) })));
  afterEach(() => clock.restore());

  function access(port: Pick<VpcPort, 'describeVpnGateway'>, signal?: AbortSignal, logs: string[] = [], policy?: RetryPolicy): GatewayAccess {
    const retrier = new Retrier({ at: Date.now() + 600_000, clock: systemClock, signal }, policy, () => 0, (m) => logs.push(m));
    return new GatewayAccess(port, retrier, { locks: new GatewayLocks(), pacing: new GatewayPacing(), signal, log: (m) => logs.push(m) });
  }

  const settle = <T>(p: Promise<T>): Promise<T> => settleWith(clock, p);

  it('waits until the gateway is active, saying so on the status line', async () => {
    const { port, describe } = gatewayPort('updating', 'updating', 'active');
    const logs: string[] = [];
    const gw = await settle(access(port, undefined, logs).ready(GW));
    assert.equal(gw.status, 'active');
    assert.equal(describe.callCount, 3);
    assert.deepEqual(logs, ['waiting for VPN gateway vpn-1 (updating)']);
  });

  it('takes a gateway it saw active, with nothing sent since, as it was seen; a change sent makes the next ready look again', async () => {
    const { port, describe } = gatewayPort('active');
    const g = access(port);
    await settle(g.ready(GW));
    await settle(g.ready(GW));
    assert.equal(describe.callCount, 1, 'the second ready needs no look');
    await settle(g.change(GW, 'CreateX', async () => 'made'));
    await settle(g.ready(GW));
    assert.equal(describe.callCount, 2, 'after a change the gateway is looked at again');
  });

  it('retries a busy answer to a change and ends at once when the gateway turns out to be deleting', async () => {
    const { port } = gatewayPort('deleting');
    const call = sinon.stub().rejects(apiError('IncorrectStatus.VpnGateway', 400));
    const e = await settle(access(port).change(GW, 'DeleteX', call)).catch((x: unknown) => x);
    assert.ok(e instanceof GatewayNotUsableError, String(e));
    assert.equal(isGatewayGoing(e), true);
    assert.equal(call.callCount, 1);
  });

  it('absorbs a busy answer on a gateway that is only updating, then succeeds', async () => {
    const { port } = gatewayPort('updating');
    const call = sinon.stub();
    call.onCall(0).rejects(apiError('VpnGateway.Configuring', 400));
    call.onCall(1).resolves('ok');
    assert.equal(await settle(access(port).change(GW, 'ModifyX', call)), 'ok');
  });

  it('after a change that failed, the next ready looks at the gateway instead of trusting what it saw', async () => {
    const { port, describe } = gatewayPort('active');
    const g = access(port);
    await settle(g.ready(GW));
    await settle(g.change(GW, 'CreateX', () => Promise.reject(apiError('IllegalParam.X', 400)))).catch(() => undefined);
    await settle(g.ready(GW));
    assert.equal(describe.callCount, 2);
  });

  describe('changes on trust', () => {
    /** ready, then the change, n times in a row (as a destroy sends them); the tokens are `prefix-i`. */
    async function changes(g: GatewayAccess, sim: ReturnType<typeof busyGateway>, n: number, prefix: string): Promise<void> {
      for (let i = 0; i < n; i++) {
        await settle(g.ready(GW));
        await settle(g.change(GW, 'DeleteX', sim.change(`${prefix}-${i}`)));
      }
    }

    it('looks at the gateway for the first changes, then sends each change at the expected end of the last one without a look', async () => {
      const sim = busyGateway(() => 2_000);
      const g = access(sim.port);
      await changes(g, sim, 1, 'first');
      assert.equal(sim.describe.callCount, 1, 'the first change looks');
      await changes(g, sim, 1, 'second');
      const learning = sim.describe.callCount;
      assert.ok(learning > 1, 'the second change waits with looks: its busy period is not known yet');
      await changes(g, sim, 10, 'trusted');
      assert.equal(sim.describe.callCount, learning, 'no look once the period is learned');
      const accepted = sim.attempts.filter((a) => a.accepted);
      assert.equal(accepted.length, 12);
      const last = accepted.slice(-4);
      for (let i = 1; i < last.length; i++) assert.ok(last[i].at - last[i - 1].at <= 2_000 + 45, `sent ${last[i].at - last[i - 1].at} ms after the last change`);
      assert.ok(sim.refusals() <= 8, `${sim.refusals()} refusals for 10 changes`);
    });

    it('retries a change the gateway refused as busy at the time the pacing gives, not the backoff, with the same ClientToken, and learns the longer period', async () => {
      let busy = 2_000;
      const sim = busyGateway(() => busy);
      const logs: string[] = [];
      const g = access(sim.port, undefined, logs, { ...DEFAULT_RETRY_POLICY, initialDelayMs: 20_000, maxDelayMs: 60_000 });
      await changes(g, sim, 8, 'learn');
      const looks = sim.describe.callCount;
      busy = 2_500;
      await changes(g, sim, 1, 'longer');
      await changes(g, sim, 1, 'slower');
      const slower = sim.attempts.filter((a) => a.token === 'slower-0');
      assert.ok(slower.length >= 2 && !slower[0].accepted, 'the first attempt is refused');
      assert.ok(logs.includes('waiting for VPN gateway vpn-1 (updating)'), logs.join('\n'));
      assert.ok(!logs.some((m) => m.includes('VpnGateway.Configuring')), `a refusal on trust is a wait, not a retry: ${logs.join('\n')}`);
      const previous = sim.attempts.filter((a) => a.accepted && a.token === 'longer-0')[0];
      assert.deepEqual(sim.attempts.slice(sim.attempts.indexOf(previous) + 1), slower, 'every attempt since is the same request');
      await changes(g, sim, 4, 'after');
      assert.equal(sim.describe.callCount, looks, 'refusals stand in for looks');
      assert.ok(slower[slower.length - 1].at - previous.at < 2_500 + 1_000, 'retried on the schedule: the backoff would wait 10 s or more');
      const after = sim.attempts.filter((a) => a.token.startsWith('after'));
      assert.ok(after.filter((a) => !a.accepted).length <= 4, `${after.length} attempts for 4 changes`);
    });

    it('looks again after a change that failed for another reason, and when waiting for the gateway to settle', async () => {
      const sim = busyGateway(() => 2_000);
      const g = access(sim.port);
      await changes(g, sim, 4, 'learn');
      let looks = sim.describe.callCount;
      await settle(g.ready(GW));
      await settle(g.change(GW, 'CreateX', () => Promise.reject(apiError('IllegalParam.X', 400)))).catch(() => undefined);
      await settle(g.ready(GW));
      assert.ok(sim.describe.callCount > looks, 'an unknown outcome: the next change looks');
      await settle(g.change(GW, 'CreateX', sim.change('made')));
      await changes(g, sim, 2, 'learn-again');
      await settle(g.ready(GW));
      looks = sim.describe.callCount;
      await settle(g.change(GW, 'ModifyX', sim.change('modify')));
      await settle(g.settle(GW));
      assert.ok(sim.describe.callCount > looks, 'settle looks even when the period is known');
    });
  });

  it('serialises work on one gateway and runs other gateways in parallel', async () => {
    const { port } = gatewayPort('active');
    const g = access(port);
    const order: string[] = [];
    const work = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 100));
      order.push(`${name} end`);
    };
    await settle(Promise.all([g.exclusive(GW, work('a')), g.exclusive(GW, work('b')), g.exclusive({ ...GW, vpnGatewayId: 'vpn-2' }, work('c'))]));
    assert.deepEqual(order.slice(0, 2), ['a start', 'c start'], 'another gateway does not wait');
    assert.ok(order.indexOf('b start') > order.indexOf('a end'), order.join(', '));
  });

  it('leaves the queue when cancelled while waiting for the gateway', async () => {
    const { port } = gatewayPort('active');
    const ac = new AbortController();
    const g = access(port, ac.signal);
    const holder = g.exclusive(GW, () => new Promise((r) => setTimeout(r, 10_000)));
    const queued = g.exclusive(GW, async () => 'ran').catch((e: Error) => e.message);
    await clock.tickAsync(1);
    ac.abort();
    assert.equal(await queued, 'cancelled while waiting for the gateway lock');
    await settle(holder);
  });

  it('a gateway gone or deleting is "going"; one merely updating is not', () => {
    assert.equal(isGatewayGoing(new GatewayNotUsableError('x', { vpnGatewayId: 'vpn-1', status: 'deleting' } as never)), true);
    assert.equal(isGatewayGoing(new GatewayNotUsableError('x', { vpnGatewayId: 'vpn-1', status: 'deleted' } as never)), false);
    assert.equal(isGatewayGoing(new Error('other')), false);
  });
});
