import { strict as assert } from 'node:assert';
import Client, {
  CreateCustomerGatewayRequest, CreateVpnGatewayRequest, DeleteCustomerGatewayRequest, DeleteVpnConnectionRequest,
  DeleteVpnGatewayRequest, DescribeCustomerGatewayRequest, DescribeCustomerGatewaysRequest, DescribeVpnGatewayRequest,
  DescribeVpnGatewaysRequest,
} from '@alicloud/vpc20160428';
import { seedGateways, waitForGatewayActive, type EmulatorProcess } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { createConnection, connectionRequest, expectApiError, REGION, settle } from './helpers';

describe('emulator VPN gateways and customer gateways', () => {
  let emu: EmulatorProcess;
  let client: Client;
  emulatorSuite({ resetEach: true }, (s) => ({ emu, client } = s));

  const describeGw = async (id: string) =>
    (await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: id }))).body!;

  it('creates a VPN gateway that is init or provisioning, then active after the gateway-ready time', async () => {
    const res = await client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 20, name: 'edge-gw' }));
    const id = res.body!.vpnGatewayId!;
    assert.match(id, /^vpn-/);
    assert.equal(res.body!.name, 'edge-gw');
    assert.equal(typeof res.body!.orderId, 'number');
    const d = await describeGw(id);
    assert.ok(['init', 'provisioning'].includes(d.status!), d.status);
    assert.equal(d.vpnType, 'Normal');
    assert.equal(d.businessStatus, 'Normal');
    assert.equal(d.vpcId, 'vpc-bp1emulatortest');
    assert.equal(d.spec, '20M');
    assert.match(d.internetIp!, /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(typeof d.createTime, 'number');
    assert.equal(typeof d.enableBgp, 'boolean');
    await waitForGatewayActive(client, REGION, id);
    assert.equal((await describeGw(id)).status, 'active');
  });

  it('answers VpnGateway.Configuring for a connection on a gateway still provisioning', async () => {
    const gw = await client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10 }));
    const cgw = await client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '198.51.100.1' }));
    await expectApiError(
      client.createVpnConnection(connectionRequest({
        regionId: REGION, vpnGatewayId: gw.body!.vpnGatewayId!, customerGatewayId: cgw.body!.customerGatewayId!,
        tunnelMode: 'single', vpnGatewayIp: '', vpnGatewayDisasterRecoveryIp: '', customerGatewayIp: '', customerGatewayIds: [], customerGatewayIps: [],
      })),
      'VpnGateway.Configuring', 400, 'The specified service is configuring.',
    );
  });

  it('creates NationalStandard gateways', async () => {
    const res = await client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, vpnType: 'NationalStandard' }));
    assert.equal((await describeGw(res.body!.vpnGatewayId!)).vpnType, 'NationalStandard');
  });

  it('validates CreateVpnGateway parameters', async () => {
    await expectApiError(client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, bandwidth: 10 })),
      'MissingVpcId', 400, 'VpcId is mandatory for this action.');
    await expectApiError(client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest' })),
      'MissingBandwidth', 400, 'Bandwidth is mandatory for this action.');
    await expectApiError(client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, vpnType: 'Quantum' })),
      'IllegalParam.VpnType', 400, 'The specified "VpnType" (Quantum) is invalid.');
  });

  it('lists VPN gateways with status and VPC filters', async () => {
    const a = await seedGateways(emu);
    const b = await client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-quickstart0000000001', bandwidth: 10 }));
    const all = await client.describeVpnGateways(new DescribeVpnGatewaysRequest({ regionId: REGION }));
    assert.equal(all.body!.totalCount, 2);
    const active = await client.describeVpnGateways(new DescribeVpnGatewaysRequest({ regionId: REGION, status: 'active' }));
    assert.deepEqual(active.body!.vpnGateways!.vpnGateway!.map((g) => g.vpnGatewayId), [a.vpnGatewayId]);
    const byVpc = await client.describeVpnGateways(new DescribeVpnGatewaysRequest({ regionId: REGION, vpcId: 'vpc-quickstart0000000001' }));
    assert.deepEqual(byVpc.body!.vpnGateways!.vpnGateway!.map((g) => g.vpnGatewayId), [b.body!.vpnGatewayId]);
  });

  it('answers InvalidVpnGatewayInstanceId.NotFound for an unknown gateway', async () => {
    await expectApiError(client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: 'vpn-nope' })),
      'InvalidVpnGatewayInstanceId.NotFound', 404, 'The specified vpn gateway instance id does not exist.');
    await expectApiError(client.deleteVpnGateway(new DeleteVpnGatewayRequest({ regionId: REGION, vpnGatewayId: 'vpn-nope' })),
      'InvalidVpnGatewayInstanceId.NotFound', 404, 'The specified vpn gateway instance id does not exist.');
  });

  it('refuses to delete a gateway with connections, then deletes it: deleting, then gone', async () => {
    const gw = await seedGateways(emu);
    const conn = await createConnection(client, gw);
    await settle(emu);
    await expectApiError(client.deleteVpnGateway(new DeleteVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId })),
      'VpnDependencyViolation.VpnConnection', 400, 'The specified vpn gateway has vpn connections.');
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: conn }));
    await expectApiError(client.deleteVpnGateway(new DeleteVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId })),
      'VpnGateway.Configuring', 400, 'The specified service is configuring.');
    await settle(emu);
    await client.deleteVpnGateway(new DeleteVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal((await describeGw(gw.vpnGatewayId)).status, 'deleting');
    await expectApiError(client.createVpnConnection(connectionRequest(gw)),
      'IncorrectStatus.VpnGateway', 400, 'The status of the specified vpn gateway is incorrect.');
    await settle(emu);
    await expectApiError(client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId })),
      'InvalidVpnGatewayInstanceId.NotFound', 404, 'The specified vpn gateway instance id does not exist.');
  });

  it('creates, describes, lists and deletes customer gateways', async () => {
    const res = await client.createCustomerGateway(new CreateCustomerGatewayRequest({
      regionId: REGION, ipAddress: '198.51.100.20', asn: '65020', name: 'branch', description: 'branch office', authKey: 'bgp-md5',
    }));
    const id = res.body!.customerGatewayId!;
    assert.match(id, /^cgw-/);
    assert.equal(res.body!.ipAddress, '198.51.100.20');
    const d = (await client.describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id }))).body!;
    assert.equal(d.asn, 65020);
    assert.equal(d.name, 'branch');
    assert.equal(d.description, 'branch office');
    assert.equal(d.authKey, 'bgp-md5');
    const list = await client.describeCustomerGateways(new DescribeCustomerGatewaysRequest({ regionId: REGION }));
    assert.deepEqual(list.body!.customerGateways!.customerGateway!.map((c) => c.customerGatewayId), [id]);
    await client.deleteCustomerGateway(new DeleteCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id }));
    await expectApiError(client.describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id })),
      'InvalidCustomerGatewayInstanceId.NotFound', 404, 'The specified customer gateway instance id does not exist.');
  });

  it('validates CreateCustomerGateway parameters', async () => {
    await expectApiError(client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION })),
      'MissingIpAddress', 400, 'IpAddress is mandatory for this action.');
    await expectApiError(client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '300.1.1.1' })),
      'IllegalParam.IpAddress', 400, 'The specified "IpAddress" (300.1.1.1) is invalid.');
    await expectApiError(client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '1.1.1.1', asn: '4294967296' })),
      'IllegalParam.Asn', 400, 'The specified "Asn" (4294967296) is invalid.');
  });

  it('refuses to delete a customer gateway an IPsec connection uses', async () => {
    const gw = await seedGateways(emu);
    await createConnection(client, gw);
    await expectApiError(client.deleteCustomerGateway(new DeleteCustomerGatewayRequest({ regionId: REGION, customerGatewayId: gw.customerGatewayId })),
      'DependencyViolation.VpnConnection', 400, 'The specified customer gateway is used by vpn connections.');
  });

  it('loads seeded gateways active, with their VpnType and BusinessStatus', async () => {
    await emu.control.reset({
      vpnGateways: [{ VpnGatewayId: 'vpn-seeded1', RegionId: 'cn-shanghai', VpnType: 'NationalStandard', VpcId: 'vpc-s', Name: 'sm-gw', BusinessStatus: 'FinancialLocked' }],
      customerGateways: [{ CustomerGatewayId: 'cgw-seeded1', RegionId: 'cn-shanghai', IpAddress: '1.2.3.4', Asn: 65001 }],
    });
    const d = (await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: 'cn-shanghai', vpnGatewayId: 'vpn-seeded1' }))).body!;
    assert.equal(d.status, 'active');
    assert.equal(d.vpnType, 'NationalStandard');
    assert.equal(d.businessStatus, 'FinancialLocked');
    assert.equal(d.name, 'sm-gw');
    const c = (await client.describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: 'cn-shanghai', customerGatewayId: 'cgw-seeded1' }))).body!;
    assert.equal(c.asn, 65001);
  });
});
