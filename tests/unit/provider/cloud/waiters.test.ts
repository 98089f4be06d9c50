import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import { OperationAbortedError, VpcPort, systemClock, waitForGatewayActive } from 'pulumi-resource-alicloudvpn/dist/cloud';

describe('cloud waiters', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => clock.restore());

  function port(statuses: string[]): VpcPort & { describeVpnGateway: sinon.SinonStub } {
    const describe = sinon.stub();
    statuses.forEach((s, i) => describe.onCall(i).resolves({ vpnGatewayId: 'vpn-1', status: s, vpnType: 'Normal' }));
    return { describeVpnGateway: describe } as unknown as VpcPort & { describeVpnGateway: sinon.SinonStub };
  }

  it('polls until the gateway is active and logs each new status once', async () => {
    const p = port(['updating', 'updating', 'active']);
    const logs: string[] = [];
    const done = waitForGatewayActive(p, 'cn-hangzhou', 'vpn-1', { deadline: { at: Date.now() + 60_000, clock: systemClock }, log: (m) => logs.push(m) });
    await clock.runAllAsync();
    assert.equal((await done).status, 'active');
    assert.equal(p.describeVpnGateway.callCount, 3);
    assert.deepEqual(logs, ['waiting for VPN gateway vpn-1 (updating)']);
  });

  it('times out with the status it was stuck in', async () => {
    const describe = sinon.stub().resolves({ vpnGatewayId: 'vpn-1', status: 'updating' });
    const settled = waitForGatewayActive({ describeVpnGateway: describe } as unknown as VpcPort, 'r', 'vpn-1', {
      deadline: { at: Date.now() + 10_000, clock: systemClock },
    }).catch((e: unknown) => e);
    await clock.runAllAsync();
    const e = (await settled) as OperationAbortedError;
    assert.equal(e.reason, 'timeout');
    assert.match(e.message, /vpn-1 to become active: timed out \(status updating\)/);
  });

  it('fails at once for a gateway being deleted', async () => {
    await assert.rejects(
      waitForGatewayActive(port(['deleting']), 'r', 'vpn-1', { deadline: { at: Date.now() + 10_000, clock: systemClock } }),
      /vpn-1 is deleting/,
    );
  });
});
