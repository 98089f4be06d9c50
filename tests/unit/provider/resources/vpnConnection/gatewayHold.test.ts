// What a create holds its VPN gateway for: the change and the wait for the gateway to settle, nothing else. The
// service serialises changes per gateway, so whatever else runs while the gateway is held adds to every change
// queued behind it; and a wait the previous operation just finished is not done again.
import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import { ApiRequest, GatewayLocks, GatewayPacing, VpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { check, create } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { serviceBody } from './serviceBody';
import { sent } from './sentRequest';

const REGION = 'cn-hangzhou';
const STACK = '5ac40000000000000000000000000002';

function inputs(customerGatewayId: string): Record<string, unknown> {
  return check({}, { vpnGatewayId: 'vpn-gw1', customerGatewayId, localSubnets: ['10.1.1.0/24'], remoteSubnets: ['10.2.1.0/24'] }, { defaultRegion: REGION }).inputs;
}

describe('what a create holds its gateway for', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 25) })));
  afterEach(() => clock.restore());

  /** A port that records the order of calls; Describe of a connection waits until `describes` is released. */
  function recordingPort(): { port: VpcPort; calls: string[]; releaseDescribes: () => void } {
    const calls: string[] = [];
    let release!: () => void;
    const describes = new Promise<void>((r) => (release = r));
    let n = 0;
    // Describe echoes the tags the create sent (the ownership tag among them), as the service does.
    const sentTags = new Map<string, Array<{ key: string; value: string }>>();
    const port = {
      defaultRegion: REGION,
      listVpnConnectionIds: async () => {
        calls.push('list');
        return [];
      },
      describeVpnGateway: async () => {
        calls.push('gateway');
        return { vpnGatewayId: 'vpn-gw1', status: 'active', vpnType: 'Normal', tunnelMode: 'single' };
      },
      createVpnConnection: async (req: ApiRequest) => {
        n++;
        calls.push(`create ${n}`);
        sentTags.set(`vco-${n}`, sent(req).tags ?? []);
        return { vpnConnectionId: `vco-${n}`, createTime: Date.now() };
      },
      describeVpnConnection: async (req: { vpnConnectionId: string }) => {
        calls.push(`describe ${req.vpnConnectionId}`);
        await describes;
        const tags = (sentTags.get(req.vpnConnectionId) ?? []).map((t) => ({ Key: t.key, Value: t.value }));
        return serviceBody({
          VpnConnectionId: req.vpnConnectionId, VpnGatewayId: 'vpn-gw1', CustomerGatewayId: 'cgw-1', LocalSubnet: '10.1.1.0/24', RemoteSubnet: '10.2.1.0/24',
          Tags: { Tag: tags },
        });
      },
    } as unknown as VpcPort;
    return { port, calls, releaseDescribes: release };
  }

  it('lets the next create on the gateway change it while the previous one still reads its connection, without looking at the gateway again', async () => {
    const { port, calls, releaseDescribes } = recordingPort();
    const deps = { locks: new GatewayLocks(), pacing: new GatewayPacing(), random: () => 0 };
    const urn = (name: string): string => `urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::${name}`;
    const first = create(port, inputs('cgw-1'), { urn: urn('a'), stack: STACK }, deps);
    const second = create(port, inputs('cgw-2'), { urn: urn('b'), stack: STACK }, deps);
    await clock.tickAsync(10_000);
    // No Describe has answered yet, and the second create has changed the gateway all the same.
    assert.ok(calls.includes('describe vco-1') && calls.includes('create 2'), calls.join(', '));
    // Two looks at the gateway before the second change: the first create's, before and after its own change.
    // The second create took the first one's last look as it was.
    const looks = calls.slice(0, calls.indexOf('create 2')).filter((c) => c === 'gateway');
    assert.equal(looks.length, 2, calls.join(', '));
    releaseDescribes();
    await clock.tickAsync(10_000);
    assert.deepEqual((await Promise.all([first, second])).map((r) => r.id), ['vco-1', 'vco-2']);
  });
});
