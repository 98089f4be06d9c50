import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Client, { CreateVpnGatewayRequest, DescribeVpnGatewayRequest, DescribeVpnGatewaysRequest } from '@alicloud/vpc20160428';
import { seedGateways, startEmulator, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { createDualConnection } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { connectionRequest, expectApiError, REGION } from './helpers';

describe('emulator VPN gateway tunnel mode', () => {
  let emu: EmulatorProcess;
  let client: Client;
  emulatorSuite({ resetEach: true }, (s) => ({ emu, client } = s));

  const describeGw = async (id: string, regionId = REGION) =>
    (await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId, vpnGatewayId: id }))).body!;

  it('makes a dual-tunnel gateway when CreateVpnGateway names a DisasterRecoveryVSwitchId', async () => {
    const res = await client.createVpnGateway(new CreateVpnGatewayRequest({
      regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, vSwitchId: 'vsw-bp1emulatortest', disasterRecoveryVSwitchId: 'vsw-bp1emulatordr',
    }));
    const d = await describeGw(res.body!.vpnGatewayId!);
    assert.equal(d.vSwitchId, 'vsw-bp1emulatortest');
    assert.equal(d.disasterRecoveryVSwitchId, 'vsw-bp1emulatordr');
    assert.match(d.disasterRecoveryInternetIp!, /^\d+\.\d+\.\d+\.\d+$/);
    assert.notEqual(d.disasterRecoveryInternetIp, d.internetIp);
    const listed = (await client.describeVpnGateways(new DescribeVpnGatewaysRequest({ regionId: REGION }))).body!.vpnGateways!.vpnGateway![0];
    assert.equal(listed.disasterRecoveryVSwitchId, 'vsw-bp1emulatordr');
    assert.equal(listed.disasterRecoveryInternetIp, d.disasterRecoveryInternetIp);
  });

  it('makes a single-tunnel gateway without it, which reports no disaster-recovery fields', async () => {
    const res = await client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, vSwitchId: 'vsw-bp1emulatortest' }));
    const d = await describeGw(res.body!.vpnGatewayId!);
    assert.equal(d.disasterRecoveryVSwitchId, undefined);
    assert.equal(d.disasterRecoveryInternetIp, undefined);
  });

  it('answers MissingVSwitchId for a DisasterRecoveryVSwitchId without a VSwitchId', async () => {
    await expectApiError(
      client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, disasterRecoveryVSwitchId: 'vsw-bp1emulatordr' })),
      'MissingVSwitchId', 400, 'VSwitchId is mandatory for this action.',
    );
  });

  it('seeds dual-tunnel gateways from DisasterRecoveryVSwitchId or TunnelMode, and single-tunnel ones by default', async () => {
    await emu.control.reset({
      vpnGateways: [
        { VpnGatewayId: 'vpn-drvsw', RegionId: REGION, DisasterRecoveryVSwitchId: 'vsw-dr', DisasterRecoveryInternetIp: '47.0.0.2', InternetIp: '47.0.0.1' },
        { VpnGatewayId: 'vpn-dualmode', RegionId: REGION, TunnelMode: 'dual' },
        { VpnGatewayId: 'vpn-singlemode', RegionId: REGION, TunnelMode: 'single' },
        { VpnGatewayId: 'vpn-default', RegionId: REGION },
      ],
      customerGateways: [
        { CustomerGatewayId: 'cgw-one', RegionId: REGION, IpAddress: '198.51.100.1' },
        { CustomerGatewayId: 'cgw-two', RegionId: REGION, IpAddress: '198.51.100.2' },
      ],
    });
    const drvsw = await describeGw('vpn-drvsw');
    assert.deepEqual([drvsw.disasterRecoveryVSwitchId, drvsw.disasterRecoveryInternetIp], ['vsw-dr', '47.0.0.2']);
    assert.ok((await describeGw('vpn-dualmode')).disasterRecoveryInternetIp);
    assert.equal((await describeGw('vpn-singlemode')).disasterRecoveryInternetIp, undefined);
    assert.equal((await describeGw('vpn-default')).disasterRecoveryInternetIp, undefined);

    const seeded = (id: string) => ({
      regionId: REGION, vpnGatewayId: id, tunnelMode: 'dual' as const, vpnGatewayIp: '', vpnGatewayDisasterRecoveryIp: '',
      customerGatewayId: 'cgw-one', customerGatewayIp: '', customerGatewayIds: ['cgw-one', 'cgw-two'], customerGatewayIps: [],
    });
    const id = await createDualConnection(client, seeded('vpn-drvsw'));
    const tunnels = (await emu.control.state()).vpnConnections.find((c) => c.VpnConnectionId === id)!
      .TunnelOptionsSpecification as { TunnelOptions: Array<{ InternetIp: string }> };
    assert.deepEqual(tunnels.TunnelOptions.map((t) => t.InternetIp), ['47.0.0.1', '47.0.0.2']);
    await expectApiError(client.createVpnConnection(connectionRequest(seeded('vpn-dualmode'))),
      'OperationUnsupported.SingleTunnelParameter', 400, 'The parameter "CustomerGatewayId" is not supported in dual-tunnel mode.');
  });

  it('refuses a seed with an unknown TunnelMode, or a single-tunnel gateway with disaster-recovery fields', async () => {
    for (const gw of [{ TunnelMode: 'triple' }, { TunnelMode: 'single', DisasterRecoveryVSwitchId: 'vsw-dr' }]) {
      await assert.rejects(
        emu.control.reset({ vpnGateways: [{ VpnGatewayId: 'vpn-bad', RegionId: REGION, ...gw } as never] }),
        /HTTP 400/,
      );
    }
  });
});

describe('emulator VPN gateway tunnel mode across restarts (--state)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'emu-mode-'));
  });

  it('keeps a dual-tunnel gateway dual after a restart', async () => {
    const stateFile = path.join(dir, 'state.json');
    const first = await startEmulator({ stateFile });
    const gw = await seedGateways(first, { tunnelMode: 'dual' });
    await first.stop();
    const second = await startEmulator({ stateFile });
    try {
      const d = (await vpcClient(second).describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }))).body!;
      assert.equal(d.disasterRecoveryInternetIp, gw.vpnGatewayDisasterRecoveryIp);
      await createDualConnection(vpcClient(second), gw);
    } finally {
      await second.stop();
    }
  });

  it('loads gateways from a state file written before tunnel modes as single-tunnel gateways', async () => {
    const stateFile = path.join(dir, 'state.json');
    writeFileSync(stateFile, JSON.stringify({
      version: 1,
      vpnGateways: [{
        VpnGatewayId: 'vpn-old0001', RegionId: REGION, VpcId: 'vpc-old', VSwitchId: '', Name: '', Description: '', VpnType: 'Normal',
        BusinessStatus: 'Normal', InternetIp: '47.1.1.1', Bandwidth: 10, CreateTime: 1, readyAt: 0, busyUntil: 0, deleteAt: null, Tags: [],
      }],
      customerGateways: [{ CustomerGatewayId: 'cgw-old0001', RegionId: REGION, IpAddress: '198.51.100.9', Asn: null, AuthKey: '', Name: '', Description: '', CreateTime: 1, Tags: [] }],
      vpnConnections: [],
      idempotency: [],
    }));
    const emu = await startEmulator({ stateFile });
    try {
      const client = vpcClient(emu);
      const d = (await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: 'vpn-old0001' }))).body!;
      assert.equal(d.disasterRecoveryInternetIp, undefined);
      const res = await client.createVpnConnection(connectionRequest({
        regionId: REGION, vpnGatewayId: 'vpn-old0001', tunnelMode: 'single', vpnGatewayIp: '47.1.1.1', vpnGatewayDisasterRecoveryIp: '',
        customerGatewayId: 'cgw-old0001', customerGatewayIp: '198.51.100.9', customerGatewayIds: ['cgw-old0001'], customerGatewayIps: ['198.51.100.9'],
      }));
      assert.match(res.body!.vpnConnectionId!, /^vco-/);
    } finally {
      await emu.stop();
    }
  });
});
