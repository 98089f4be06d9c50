import { strict as assert } from 'node:assert';
import Client, {
  CreateCustomerGatewayRequest, CreateVpnGatewayRequest, DeleteCustomerGatewayRequest, DeleteVpnGatewayRequest,
  DescribeCustomerGatewayRequest, DescribeVpnGatewayRequest, ListTagResourcesRequest, ListTagResourcesRequestTag,
  ModifyCustomerGatewayAttributeRequest, ModifyVpnGatewayAttributeRequest, TagResourcesRequest, TagResourcesRequestTag,
} from '@alicloud/vpc20160428';
import type { EmulatorProcess } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { expectApiError, REGION } from './helpers';

const READY_MS = 40_000;

describe('emulator VPN gateway attributes, states and customer gateway changes', () => {
  let emu: EmulatorProcess;
  let client: Client;
  emulatorSuite({ resetEach: true, start: { extraArgs: ['--gateway-ready-ms', String(READY_MS)] } }, (s) => ({ emu, client } = s));

  type GatewayArgs = Partial<ConstructorParameters<typeof CreateVpnGatewayRequest>[0] & object>;
  const create = async (over: GatewayArgs = {}) => (await client.createVpnGateway(new CreateVpnGatewayRequest({
    regionId: REGION, vpcId: 'vpc-bp1emulatortest', vSwitchId: 'vsw-bp1emulatortest', bandwidth: 10, ...over,
  }))).body!.vpnGatewayId!;
  const describe_ = async (id: string) => (await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: id }))).body!;

  it('goes init, provisioning, active over the gateway-ready time on the model clock', async () => {
    const id = await create();
    assert.equal((await describe_(id)).status, 'init');
    await emu.control.advanceClock(READY_MS / 4);
    assert.equal((await describe_(id)).status, 'provisioning');
    await emu.control.advanceClock((READY_MS * 3) / 4);
    assert.equal((await describe_(id)).status, 'active');
  });

  it('returns the purchase attributes: network type, IPsec/SSL, charge type and end time', async () => {
    const id = await create({ bandwidth: 200, networkType: 'private', enableIpsec: false, enableSsl: true, sslConnections: 50 });
    const d = await describe_(id);
    assert.deepEqual([d.networkType, d.ipsecVpn, d.sslVpn, d.sslMaxConnections, d.spec, d.chargeType, d.endTime],
      ['private', 'disable', 'enable', 50, '200M', 'PostPaid', 32503651200000]);
    assert.equal(d.vSwitchId, 'vsw-bp1emulatortest');
  });

  it('validates Bandwidth, NetworkType, InstanceChargeType, Period and SslConnections', async () => {
    await expectApiError(create({ bandwidth: 7 }), 'IllegalParam.Bandwidth', 400, 'The specified "Bandwidth" (7) is invalid.');
    await expectApiError(create({ bandwidth: 10, networkType: 'private' }), 'IllegalParam.Bandwidth', 400, 'The specified "Bandwidth" (10) is invalid.');
    await expectApiError(create({ networkType: 'vpc' }), 'IllegalParam.NetworkType', 400, 'The specified "NetworkType" (vpc) is invalid.');
    await expectApiError(create({ instanceChargeType: 'MONTHLY' }), 'IllegalParam.InstanceChargeType', 400, 'The specified "InstanceChargeType" (MONTHLY) is invalid.');
    await expectApiError(create({ instanceChargeType: 'PREPAY', period: 10 }), 'IllegalParam.Period', 400, 'The specified "Period" (10) is invalid.');
    await expectApiError(create({ enableSsl: true, sslConnections: 3 }), 'IllegalParam.SslConnections', 400, 'The specified "SslConnections" (3) is invalid.');
  });

  it('refuses to release a PREPAY gateway with ForbiddenRelease; without AutoPay it stays init', async () => {
    const paid = await create({ instanceChargeType: 'PREPAY', period: 1, autoPay: true });
    const unpaid = await create({ instanceChargeType: 'PREPAY', period: 12 });
    await emu.control.advanceClock(READY_MS);
    const d = await describe_(paid);
    assert.deepEqual([d.status, d.chargeType], ['active', 'PrePaid']);
    assert.equal(d.endTime, d.createTime! + 30 * 24 * 3600 * 1000);
    assert.equal((await describe_(unpaid)).status, 'init');
    await expectApiError(client.deleteVpnGateway(new DeleteVpnGatewayRequest({ regionId: REGION, vpnGatewayId: paid })),
      'ForbiddenRelease', 400, 'Forbidden to release a prepaid instance within validity period.');
  });

  it('replays CreateVpnGateway for the same ClientToken and refuses other parameters with it', async () => {
    const first = await create({ clientToken: 'gw-token-1', name: 'edge' });
    assert.equal(await create({ clientToken: 'gw-token-1', name: 'edge' }), first);
    await expectApiError(create({ clientToken: 'gw-token-1', name: 'other' }), 'IdempotentParameterMismatch', 400,
      'Request uses a client token in a previous request but is not identical to that request.');
    assert.equal((await emu.control.state()).vpnGateways.length, 1);
  });

  it('ModifyVpnGatewayAttribute changes Name, Description and AutoPropagate, then the gateway is updating', async () => {
    const id = await create({ name: 'before' });
    const modify = (over: Partial<ConstructorParameters<typeof ModifyVpnGatewayAttributeRequest>[0] & object>) =>
      client.modifyVpnGatewayAttribute(new ModifyVpnGatewayAttributeRequest({ regionId: REGION, vpnGatewayId: id, ...over }));
    await expectApiError(modify({ name: 'early' }), 'VpnGateway.Configuring', 400, 'The specified service is configuring.');
    await emu.control.advanceClock(READY_MS);
    const res = (await modify({ description: 'branch uplinks', autoPropagate: true, clientToken: 'mod-1' })).body!;
    assert.deepEqual([res.name, res.description, res.autoPropagate, res.status], ['before', 'branch uplinks', true, 'updating']);
    assert.equal((await modify({ description: 'branch uplinks', autoPropagate: true, clientToken: 'mod-1' })).body!.description, 'branch uplinks');
    await expectApiError(modify({ name: 'busy' }), 'VpnGateway.Configuring', 400, 'The specified service is configuring.');
    await emu.control.advanceClock(READY_MS);
    await expectApiError(modify({ description: 'https://x' }), 'IllegalParam.Description', 400, 'The specified "Description" (https://x) is invalid.');
    await modify({ name: 'after' });
    const d = await describe_(id);
    assert.deepEqual([d.name, d.description, d.autoPropagate], ['after', 'branch uplinks', true]);
  });

  it('tags VPN gateways (VPNGATEWAY) and customer gateways (CUSTOMERGATEWAY)', async () => {
    const gw = await create();
    const cgw = (await client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '198.51.100.7' }))).body!.customerGatewayId!;
    for (const [type, id] of [['VPNGATEWAY', gw], ['CUSTOMERGATEWAY', cgw]]) {
      await client.tagResources(new TagResourcesRequest({ regionId: REGION, resourceType: type, resourceId: [id], tag: [new TagResourcesRequestTag({ key: 'env', value: 'prod' })] }));
      const listed = (await client.listTagResources(new ListTagResourcesRequest({
        regionId: REGION, resourceType: type, tag: [new ListTagResourcesRequestTag({ key: 'env', value: 'prod' })],
      }))).body!.tagResources!.tagResource!;
      assert.deepEqual(listed.map((t) => [t.resourceId, t.resourceType, t.tagKey, t.tagValue]), [[id, type, 'env', 'prod']]);
    }
    assert.deepEqual((await describe_(gw)).tags!.tag!.map((t) => [t.key, t.value]), [['env', 'prod']]);
    await expectApiError(client.tagResources(new TagResourcesRequest({
      regionId: REGION, resourceType: 'VPNGATEWAY', resourceId: [cgw], tag: [new TagResourcesRequestTag({ key: 'a', value: 'b' })],
    })), 'InvalidResourceId.NotFound', 404, 'The specified ResourceIds are not found in our records.');
  });

  it('ModifyCustomerGatewayAttribute changes Name, Description and AuthKey at once, never echoing the key', async () => {
    const id = (await client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '198.51.100.8', asn: '65001', name: 'office' }))).body!.customerGatewayId!;
    const res = (await client.modifyCustomerGatewayAttribute(new ModifyCustomerGatewayAttributeRequest({
      regionId: REGION, customerGatewayId: id, description: 'primary uplink', authKey: 'md5-secret', clientToken: 'cgw-mod-1',
    }))).body!;
    assert.deepEqual([res.customerGatewayId, res.name, res.description, res.ipAddress], [id, 'office', 'primary uplink', '198.51.100.8']);
    assert.equal(JSON.stringify(res).includes('md5-secret'), false);
    const d = (await client.describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id }))).body!;
    assert.deepEqual([d.description, d.authKey, d.asn], ['primary uplink', 'md5-secret', 65001]);
    const bad = await expectApiError(client.modifyCustomerGatewayAttribute(new ModifyCustomerGatewayAttributeRequest({
      regionId: REGION, customerGatewayId: id, authKey: 'has space',
    })), 'IllegalParam.AuthKey', 400, 'The specified "AuthKey" is invalid.');
    assert.equal(JSON.stringify(bad.data).includes('has space'), false);
    await expectApiError(client.modifyCustomerGatewayAttribute(new ModifyCustomerGatewayAttributeRequest({ regionId: REGION, customerGatewayId: 'cgw-nope', name: 'x' })),
      'InvalidCustomerGatewayInstanceId.NotFound', 404, 'The specified customer gateway instance id does not exist.');
    await client.deleteCustomerGateway(new DeleteCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id }));
  });
});
