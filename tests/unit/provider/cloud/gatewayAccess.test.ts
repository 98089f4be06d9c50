// The one owner of "may this change go to the gateway now?", as any resource that changes something on a VPN
// gateway uses it: the cloud port (its DescribeVpnGateway) and the clock are the only stubs.
import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import { GatewayAccess, GatewayLocks, GatewayNotUsableError, GatewayPacing, Retrier, VpcPort, isGatewayGoing, systemClock } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { apiError } from './apiError';
import { settleWith } from './fakeTime';

const GW = { regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1' };

function gatewayPort(...statuses: string[]): { port: Pick<VpcPort, 'describeVpnGateway'>; describe: sinon.SinonStub } {
  const describe = sinon.stub();
  statuses.forEach((status, i) => describe.onCall(i).resolves({ vpnGatewayId: 'vpn-1', status, tunnelMode: 'single' }));
  describe.resolves({ vpnGatewayId: 'vpn-1', status: statuses[statuses.length - 1] ?? 'active', tunnelMode: 'single' });
  return { port: { describeVpnGateway: describe }, describe };
}

describe('GatewayAccess: one owner of gateway readiness, pacing and serialisation', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 25) })));
  afterEach(() => clock.restore());

  function access(port: Pick<VpcPort, 'describeVpnGateway'>, signal?: AbortSignal, logs: string[] = []): GatewayAccess {
    const retrier = new Retrier({ at: Date.now() + 600_000, clock: systemClock, signal }, undefined, () => 0, (m) => logs.push(m));
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
