import { strict as assert } from 'node:assert';
import Client, {
  CreateVpnPbrRouteEntryRequest, CreateVpnRouteEntryRequest, DeleteVpnConnectionRequest, DeleteVpnPbrRouteEntryRequest,
  DeleteVpnRouteEntryRequest, DescribeVpnGatewayRequest, DescribeVpnPbrRouteEntriesRequest, DescribeVpnRouteEntriesRequest,
  ModifyVpnPbrRouteEntryPriorityRequest, ModifyVpnPbrRouteEntryWeightRequest, ModifyVpnRouteEntryWeightRequest, PublishVpnRouteEntryRequest,
} from '@alicloud/vpc20160428';
import { seedGateways, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { createDualConnection } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { createConnection, expectApiError, REGION, settle } from './helpers';

const CONFIGURING: [string, number, string] = ['VpnGateway.Configuring', 400, 'The specified service is configuring.'];

describe('emulator VPN gateway routes', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  let vco: string;
  emulatorSuite({ resetEach: true, gateways: {} }, (s) => ({ emu, client, gw } = s));
  beforeEach(async () => {
    vco = await createConnection(client, gw, { localSubnet: '0.0.0.0/0', remoteSubnet: '0.0.0.0/0' });
    await settle(emu);
  });

  const dbr = (over: Partial<ConstructorParameters<typeof CreateVpnRouteEntryRequest>[0] & object> = {}) =>
    client.createVpnRouteEntry(new CreateVpnRouteEntryRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, routeDest: '192.168.10.0/24', nextHop: vco, weight: 100, publishVpc: true, ...over,
    }));
  const dbrRoutes = async () => (await client.describeVpnRouteEntries(new DescribeVpnRouteEntriesRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }))).body!;
  const gwStatus = async () => (await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }))).body!.status;

  it('creates a destination-based route, describes it, and leaves the gateway updating', async () => {
    const res = (await dbr({ description: 'office' })).body!;
    assert.deepEqual([res.vpnInstanceId, res.routeDest, res.nextHop, res.weight, res.state, res.overlayMode, res.description],
      [gw.vpnGatewayId, '192.168.10.0/24', vco, 100, 'published', 'Ipsec', 'office']);
    assert.equal(await gwStatus(), 'updating');
    const listed = await dbrRoutes();
    assert.equal(listed.totalCount, 1);
    const item = listed.vpnRouteEntries!.vpnRouteEntry![0];
    assert.deepEqual([item.routeDest, item.nextHop, item.weight, item.state, item.routeEntryType], ['192.168.10.0/24', vco, 100, 'published', 'custom']);
  });

  it('refuses route changes while the gateway is busy, each one making it busy again', async () => {
    await dbr();
    await expectApiError(dbr({ routeDest: '192.168.11.0/24' }), ...CONFIGURING);
    await settle(emu);
    const sel = { regionId: REGION, vpnGatewayId: gw.vpnGatewayId, routeDest: '192.168.10.0/24', nextHop: vco, weight: 100 };
    await client.modifyVpnRouteEntryWeight(new ModifyVpnRouteEntryWeightRequest({ ...sel, newWeight: 0 }));
    await expectApiError(client.deleteVpnRouteEntry(new DeleteVpnRouteEntryRequest({ ...sel, weight: 0 })), ...CONFIGURING);
    await settle(emu);
    await client.publishVpnRouteEntry(new PublishVpnRouteEntryRequest({ ...sel, routeType: 'dbr', publishVpc: false }));
    assert.deepEqual([(await dbrRoutes()).vpnRouteEntries!.vpnRouteEntry![0].weight, (await dbrRoutes()).vpnRouteEntries!.vpnRouteEntry![0].state], [0, 'normal']);
    await settle(emu);
    await expectApiError(client.deleteVpnRouteEntry(new DeleteVpnRouteEntryRequest(sel)),
      'InvalidRouteEntry.NotFound', 404, 'The specified route entry does not exist.');
    await client.deleteVpnRouteEntry(new DeleteVpnRouteEntryRequest({ ...sel, weight: 0 }));
    assert.equal((await dbrRoutes()).totalCount, 0);
  });

  it('checks next hop, weight, destination and duplicates', async () => {
    await expectApiError(dbr({ nextHop: 'vco-nope' }), 'InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.');
    await expectApiError(dbr({ weight: 50 }), 'IllegalParam.Weight', 400, 'The specified "Weight" (50) is invalid.');
    await expectApiError(dbr({ routeDest: '0.0.0.0/0' }), 'IllegalParam.RouteDest', 400, 'The specified "RouteDest" (0.0.0.0/0) is invalid.');
    await expectApiError(dbr({ routeDest: '192.168.10.1/24' }), 'IllegalParam.RouteDest', 400, 'The specified "RouteDest" (192.168.10.1/24) is invalid.');
    await expectApiError(client.createVpnRouteEntry(new CreateVpnRouteEntryRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId, routeDest: '10.0.0.0/8', nextHop: vco, weight: 0 })),
      'MissingPublishVpc', 400, 'PublishVpc is mandatory for this action.');
    await expectApiError(dbr({ dryRun: true }), 'DryRunOperation', 400, 'Request validation has been passed with DryRun flag set.');
    await dbr();
    await settle(emu);
    await expectApiError(dbr(), 'VpnRouteEntry.AlreadyExists', 400, 'The specified route entry already exists.');
  });

  it('refuses a destination-based route into 100.64.0.0/10 on a single-tunnel gateway, and takes it as a policy-based route', async () => {
    for (const routeDest of ['100.64.0.0/10', '100.100.1.0/24', '100.0.0.0/8']) {
      await expectApiError(dbr({ routeDest }), 'IllegalParam.RouteDest', 400, `The specified "RouteDest" (${routeDest}) is invalid.`);
    }
    await dbr({ routeDest: '100.128.0.0/24' });
    await settle(emu);
    await client.createVpnPbrRouteEntry(new CreateVpnPbrRouteEntryRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, routeSource: '10.1.0.0/24', routeDest: '100.64.0.0/24', nextHop: vco, weight: 100, publishVpc: false,
    }));
  });

  it('keeps weight 100 for the routes of a dual-tunnel gateway, whose tunnels are the active and standby links', async () => {
    const dual = await seedGateways(emu, { tunnelMode: 'dual' });
    const hop = await createDualConnection(client, dual);
    await settle(emu);
    const made = (await client.createVpnRouteEntry(new CreateVpnRouteEntryRequest({
      regionId: REGION, vpnGatewayId: dual.vpnGatewayId, routeDest: '100.64.0.0/24', nextHop: hop, weight: 0, publishVpc: true,
    }))).body!;
    assert.equal(made.weight, 100);
    await settle(emu);
    const sel = { regionId: REGION, vpnGatewayId: dual.vpnGatewayId, routeDest: '100.64.0.0/24', nextHop: hop };
    await client.modifyVpnRouteEntryWeight(new ModifyVpnRouteEntryWeightRequest({ ...sel, weight: 100, newWeight: 0 }));
    const listed = (await client.describeVpnRouteEntries(new DescribeVpnRouteEntriesRequest({ regionId: REGION, vpnGatewayId: dual.vpnGatewayId }))).body!;
    assert.deepEqual(listed.vpnRouteEntries!.vpnRouteEntry!.map((r) => r.weight), [100]);
  });

  it('replays CreateVpnRouteEntry for the same ClientToken, even while the gateway is busy', async () => {
    const first = (await dbr({ clientToken: 'route-1' })).body!;
    const again = (await dbr({ clientToken: 'route-1' })).body!;
    assert.equal(again.createTime, first.createTime);
    await expectApiError(dbr({ clientToken: 'route-1', weight: 0 }), 'IdempotentParameterMismatch', 400,
      'Request uses a client token in a previous request but is not identical to that request.');
    assert.equal((await dbrRoutes()).totalCount, 1);
  });

  it('refuses to delete a connection that is the next hop of a route', async () => {
    await dbr();
    await settle(emu);
    await expectApiError(client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: vco })),
      'DependencyViolation.VpnRouteEntry', 400, 'The specified vpn connection is the next hop of vpn route entries.');
  });

  it('creates policy-based routes with a priority, changes weight and priority, and deletes them', async () => {
    const base = { regionId: REGION, vpnGatewayId: gw.vpnGatewayId, routeSource: '10.1.0.0/24', routeDest: '192.168.10.0/24', nextHop: vco };
    const res = (await client.createVpnPbrRouteEntry(new CreateVpnPbrRouteEntryRequest({ ...base, weight: 100, publishVpc: false }))).body!;
    assert.deepEqual([res.routeSource, res.priority, res.state, res.weight], ['10.1.0.0/24', 10, 'normal', 100]);
    await settle(emu);
    await client.modifyVpnPbrRouteEntryWeight(new ModifyVpnPbrRouteEntryWeightRequest({ ...base, weight: 100, newWeight: 0 }));
    await expectApiError(client.modifyVpnPbrRouteEntryPriority(new ModifyVpnPbrRouteEntryPriorityRequest({ ...base, weight: 0, priority: 10, newPriority: 5 })), ...CONFIGURING);
    await settle(emu);
    await expectApiError(client.modifyVpnPbrRouteEntryPriority(new ModifyVpnPbrRouteEntryPriorityRequest({ ...base, weight: 0, priority: 10, newPriority: 101 })),
      'IllegalParam.NewPriority', 400, 'The specified "NewPriority" (101) is invalid.');
    await client.modifyVpnPbrRouteEntryPriority(new ModifyVpnPbrRouteEntryPriorityRequest({ ...base, weight: 0, priority: 10, newPriority: 5 }));
    const listed = (await client.describeVpnPbrRouteEntries(new DescribeVpnPbrRouteEntriesRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }))).body!;
    const item = listed.vpnPbrRouteEntries!.vpnPbrRouteEntry![0];
    assert.deepEqual([listed.totalCount, item.routeSource, item.weight, item.priority], [1, '10.1.0.0/24', 0, 5]);
    await settle(emu);
    await client.deleteVpnPbrRouteEntry(new DeleteVpnPbrRouteEntryRequest({ ...base, weight: 0, priority: 5 }));
    assert.equal((await emu.control.state()).vpnRouteEntries.length, 0);
  });
});
