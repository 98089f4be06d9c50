// The cloud port's TagResources / UnTagResources and the gateway tunnel mode
// (DisasterRecoveryVSwitchId) against the real emulator process.
import { strict as assert } from 'assert';
import { CreateVpnGatewayRequest } from '@alicloud/vpc20160428';
import { VpcPort, createVpcPort, resolveCloudSettings } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { toCreateRequest } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { describedTags } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/wire';
import { EmulatorProcess, SeededGateways, seedGateways, startEmulator, vpcClient, waitForGatewayActive } from '../../support/emulator';

const REGION = 'cn-hangzhou';

describe('cloud port tags and gateway tunnel mode against the emulator', function () {
  this.timeout(60_000);
  let emu: EmulatorProcess;
  let port: VpcPort;
  let gw: SeededGateways;

  before(async () => {
    emu = await startEmulator();
    const { settings, failures } = resolveCloudSettings(
      { endpoint: emu.endpoint, protocol: 'http', region: REGION, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret },
      {},
    );
    assert.deepEqual(failures, []);
    port = createVpcPort(settings);
  });
  after(async () => emu?.stop());

  beforeEach(async () => {
    await emu.control.reset();
    gw = await seedGateways(emu);
  });

  const settle = () => emu.control.advanceClock(10_000);

  async function tagsOf(vpnConnectionId: string): Promise<Record<string, string>> {
    const body = await port.describeVpnConnection({ regionId: REGION, vpnConnectionId });
    return { ...describedTags(body) };
  }

  async function gatewayWith(disasterRecoveryVSwitchId?: string): Promise<string> {
    const client = vpcClient(emu);
    const created = await client.createVpnGateway(new CreateVpnGatewayRequest({
      regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, vpnType: 'Normal', vSwitchId: 'vsw-primary', disasterRecoveryVSwitchId,
    }));
    const id = created.body!.vpnGatewayId!;
    await waitForGatewayActive(client, REGION, id);
    return id;
  }

  it('reports tunnelMode dual for a gateway with a disaster-recovery vSwitch, single for one without', async () => {
    const dual = await port.describeVpnGateway({ regionId: REGION, vpnGatewayId: await gatewayWith('vsw-disaster-recovery') });
    assert.equal(dual.tunnelMode, 'dual');
    assert.equal(dual.status, 'active');
    const single = await port.describeVpnGateway({ regionId: REGION, vpnGatewayId: await gatewayWith() });
    assert.equal(single.tunnelMode, 'single');
  });

  it('adds and overwrites tags with TagResources and removes only the named keys with UnTagResources', async () => {
    const { vpnConnectionId } = await port.createVpnConnection(toCreateRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId,
      localSubnets: ['10.1.0.0/24'], remoteSubnets: ['192.168.0.0/24'], tags: { env: 'dev', owner: 'net' },
    }));
    await settle();
    assert.deepEqual(await tagsOf(vpnConnectionId), { env: 'dev', owner: 'net' });

    await port.tagVpnConnection({ regionId: REGION, vpnConnectionId, tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: 'edge' }] });
    assert.deepEqual(await tagsOf(vpnConnectionId), { env: 'prod', owner: 'net', team: 'edge' });

    await port.untagVpnConnection({ regionId: REGION, vpnConnectionId, tagKeys: ['owner', 'team'] });
    assert.deepEqual(await tagsOf(vpnConnectionId), { env: 'prod' });
  });
});
