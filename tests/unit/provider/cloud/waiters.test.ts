import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import {
  CloudError, GatewayNotUsableError, OperationAbortedError, VpcPort, gatewayGoneProbe, isGatewayNotFound, systemClock, toCloudError,
  waitForGatewayActive, withRetry,
} from 'pulumi-resource-alicloudvpn/dist/cloud';
import { PROGRESS_EVERY_MS } from 'pulumi-resource-alicloudvpn/dist/cloud/polling';
import { apiError } from './apiError';

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

  it('says again every few seconds, with the time waited, while the status stays the same', async () => {
    const describe = sinon.stub();
    for (let i = 0; i < 40; i++) describe.onCall(i).resolves({ vpnGatewayId: 'vpn-1', status: 'updating' });
    describe.onCall(40).resolves({ vpnGatewayId: 'vpn-1', status: 'active' });
    const logs: string[] = [];
    const done = waitForGatewayActive({ describeVpnGateway: describe } as unknown as VpcPort, 'r', 'vpn-1', {
      deadline: { at: Date.now() + 10 * 60_000, clock: systemClock },
      log: (m) => logs.push(m),
    });
    await clock.runAllAsync();
    await done;
    assert.equal(logs[0], 'waiting for VPN gateway vpn-1 (updating)');
    assert.ok(logs.length > 2, `expected repeated progress, got ${JSON.stringify(logs)}`);
    for (const m of logs.slice(1)) assert.match(m, /^waiting for VPN gateway vpn-1 \(updating\), \d+ s$/);
    const seconds = logs.slice(1).map((m) => Number(/(\d+) s$/.exec(m)?.[1]));
    for (let i = 1; i < seconds.length; i++) assert.ok(seconds[i] - seconds[i - 1] >= PROGRESS_EVERY_MS / 1000, `too often: ${JSON.stringify(logs)}`);
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

  describe('gatewayGoneProbe', () => {
    const incorrectStatus = () => toCloudError(apiError('IncorrectStatus.VpnGateway', 400));
    const gwPort = (describe: sinon.SinonStub) => ({ describeVpnGateway: describe }) as unknown as VpcPort;

    it('turns IncorrectStatus.VpnGateway from a deleting gateway into a terminal GatewayNotUsableError', async () => {
      const describe = sinon.stub().resolves({ vpnGatewayId: 'vpn-1', status: 'deleting', tunnelMode: 'single' });
      const call = sinon.stub().rejects(apiError('IncorrectStatus.VpnGateway', 400));
      const settled = withRetry(call, {
        deadline: { at: Date.now() + 20 * 60_000, clock: systemClock },
        what: 'CreateVpnConnection',
        probe: gatewayGoneProbe(gwPort(describe), 'cn-hangzhou', 'vpn-1'),
      }).catch((e: unknown) => e);
      await clock.tickAsync(0);
      const e = (await settled) as GatewayNotUsableError;
      assert.ok(e instanceof GatewayNotUsableError);
      assert.equal(e.gateway.status, 'deleting');
      assert.match(e.message, /vpn-1 is deleting.*IncorrectStatus\.VpnGateway/);
      assert.equal(call.callCount, 1, 'no retry once the gateway is known to be going away');
      assert.deepEqual(describe.firstCall.args[0], { regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1' });
    });

    it('rethrows gateway-not-found: the gateway is already gone', async () => {
      const describe = sinon.stub().rejects(toCloudError(apiError('InvalidVpnGatewayInstanceId.NotFound', 404)));
      const e = await gatewayGoneProbe(gwPort(describe), 'r', 'vpn-1')(incorrectStatus()).catch((x: unknown) => x);
      assert.ok(isGatewayNotFound(e));
    });

    it('lets the retry go on while the gateway is only updating, or when its own Describe fails', async () => {
      const probe = gatewayGoneProbe(gwPort(sinon.stub().resolves({ vpnGatewayId: 'vpn-1', status: 'updating', tunnelMode: 'single' })), 'r', 'vpn-1');
      await probe(incorrectStatus());
      const flaky = gatewayGoneProbe(gwPort(sinon.stub().rejects(toCloudError(apiError('Throttling.User', 400)))), 'r', 'vpn-1');
      await flaky(incorrectStatus());
    });

    it('asks nothing for other busy codes (they never mean the gateway is going away)', async () => {
      const describe = sinon.stub();
      await gatewayGoneProbe(gwPort(describe), 'r', 'vpn-1')(toCloudError(apiError('VpnGateway.Configuring', 400)) as CloudError);
      assert.equal(describe.callCount, 0);
    });
  });
});
