// The VpnRouteEntry and VpnPbrRouteEntry resources through the real plugin process and the real emulator process,
// in the engine's order of calls (engineSteps.ts): check's rules at preview, weight, priority and publication
// changed in place, replacements, `up --replace` (the route kept; made anew with deleteBeforeReplace), drift,
// import by the composite id, a next hop that is no connection, a route another stack made, and routes on one busy
// gateway queued behind each other.
import { strict as assert } from 'node:assert';
import {
  CreateVpnConnectionRequest, CreateVpnPbrRouteEntryRequest, CreateVpnRouteEntryRequest, DescribeVpnPbrRouteEntriesRequest,
  DescribeVpnRouteEntriesRequest, ModifyVpnRouteEntryWeightRequest,
} from '@alicloud/vpc20160428';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { seedGateways, vpcClient } from '../../support/emulator';
import { grpcError, type Wire } from '../../support/plugin';
import { createDualConnection } from '../emulator/dualTunnelHelpers';
import { EngineResource } from './engineSteps';
import { connectedSuite, REGION } from './fixture';
import { assertKeptWarnings, assertReplaceKeeps } from './targetedReplace';

const DBR = 'alicloudvpn:index:VpnRouteEntry';
const PBR = 'alicloudvpn:index:VpnPbrRouteEntry';

describe('VpnRouteEntry and VpnPbrRouteEntry through the engine\'s calls against the emulator', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 200 });
  let gw = '';
  let vco = '';
  let vco2 = '';

  /** A gateway with `count` connections, made outside the provider; the gateway is active when it returns. */
  async function gatewayWithConnections(count: number): Promise<{ vpnGatewayId: string; connections: string[] }> {
    const { vpnGatewayId, customerGatewayIds } = await seedGateways(suite.emu, { count });
    const client = vpcClient(suite.emu);
    const connections: string[] = [];
    for (const [i, customerGatewayId] of customerGatewayIds.entries()) {
      const made = await client.createVpnConnection(new CreateVpnConnectionRequest({
        regionId: REGION, vpnGatewayId, customerGatewayId, localSubnet: '10.0.0.0/16', remoteSubnet: `172.${16 + i}.0.0/16`,
      }));
      connections.push(made.body!.vpnConnectionId!);
      await suite.emu.control.advanceClock(1_000);
    }
    return { vpnGatewayId, connections };
  }

  before(async () => {
    ({ vpnGatewayId: gw, connections: [vco, vco2] } = await gatewayWithConnections(2));
  });

  async function liveRoutes(vpnGatewayId = gw) {
    const resp = await vpcClient(suite.emu).describeVpnRouteEntries(new DescribeVpnRouteEntriesRequest({ regionId: REGION, vpnGatewayId, pageSize: 50 }));
    return resp.body!.vpnRouteEntries?.vpnRouteEntry ?? [];
  }

  async function livePbrRoutes(vpnGatewayId = gw) {
    const resp = await vpcClient(suite.emu).describeVpnPbrRouteEntries(new DescribeVpnPbrRouteEntriesRequest({ regionId: REGION, vpnGatewayId, pageSize: 50 }));
    return resp.body!.vpnPbrRouteEntries?.vpnPbrRouteEntry ?? [];
  }

  it('rejects each documented rule at preview with the property path, before any API call', async () => {
    const route = new EngineResource(suite.plugin, 'bad', DBR);
    const failures = await route.checkFailures({ vpnGatewayId: 'gw-1', routeDest: '0.0.0.0/0', nextHop: 'cgw-1', weight: 50, description: 'https://x' });
    assert.deepEqual(failures.map((f) => f.split(': ')[0]).sort(), ['description', 'nextHop', 'routeDest', 'vpnGatewayId', 'weight'], failures.join('\n'));
    const pbr = new EngineResource(suite.plugin, 'bad-pbr', PBR);
    const pbrFailures = await pbr.checkFailures({ vpnGatewayId: gw, routeSource: '192.168.1.1/24', routeDest: '10.0.0.0/24', nextHop: vco, priority: 0 });
    assert.deepEqual(pbrFailures.map((f) => f.split(': ')[0]).sort(), ['priority', 'routeSource'], pbrFailures.join('\n'));
    assert.ok(pbrFailures.some((f) => f.includes('write the network address 192.168.1.0/24')), pbrFailures.join('\n'));
  });

  it('creates a destination-based route, changes weight and publication in place, and replaces on a destination or description change', async () => {
    const route = new EngineResource(suite.plugin, 'office', DBR);
    const inputs: Wire = { vpnGatewayId: gw, routeDest: '10.10.0.0/24', nextHop: vco, description: 'to the office' };
    assert.equal(await route.up(inputs), 'create');
    assert.equal(route.id, `${gw}:10.10.0.0/24:${vco}`);
    assert.equal(route.outputs.weight, 100);
    assert.equal(route.outputs.publishVpc, true);
    assert.equal(route.outputs.state, 'published');
    assert.equal(typeof route.outputs.createTime, 'number');
    assert.equal((await route.preview(inputs)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);

    const standby = { ...inputs, weight: 0 };
    const diff = await route.preview(standby);
    assert.deepEqual(diff.getReplacesList(), []);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()], ['weight']);
    const id = route.id;
    assert.equal(await route.up(standby), 'update');
    assert.equal(route.id, id);
    assert.equal(route.outputs.weight, 0);
    assert.deepEqual((await liveRoutes()).filter((r) => r.routeDest === '10.10.0.0/24').map((r) => r.weight), [0]);

    const unpublished = { ...standby, publishVpc: false };
    assert.equal(await route.up(unpublished), 'update');
    assert.equal(route.outputs.state, 'normal');
    assert.equal((await liveRoutes()).find((r) => r.routeDest === '10.10.0.0/24')?.state, 'normal');

    const moved = { ...unpublished, routeDest: '10.11.0.0/24' };
    const replace = await route.preview(moved);
    assert.deepEqual(replace.getReplacesList(), ['routeDest']);
    assert.equal(replace.getDeletebeforereplace(), false);
    assert.equal(await route.up(moved), 'replace');
    assert.equal(route.id, `${gw}:10.11.0.0/24:${vco}`);
    assert.deepEqual((await liveRoutes()).map((r) => r.routeDest).filter((d) => d?.startsWith('10.1')), ['10.11.0.0/24']);

    // The same route with another description: the old one goes first (the gateway refuses the same route twice).
    const renamed = { ...moved, description: 'to the new office' };
    assert.equal((await route.preview(renamed)).getDeletebeforereplace(), true);
    assert.equal(await route.up(renamed), 'replace');
    assert.equal(route.outputs.description, 'to the new office');
    await route.destroy();
    assert.deepEqual((await liveRoutes()).filter((r) => r.routeDest === '10.11.0.0/24'), []);
  });

  it('creates a policy-based route, changes priority and weight in place, and replaces on a source change', async () => {
    const route = new EngineResource(suite.plugin, 'policy', PBR);
    const inputs: Wire = { vpnGatewayId: gw, routeSource: '192.168.1.0/24', routeDest: '10.20.0.0/24', nextHop: vco };
    assert.equal(await route.up(inputs), 'create');
    assert.equal(route.id, `${gw}:192.168.1.0/24:10.20.0.0/24:${vco}`);
    assert.equal(route.outputs.priority, 10);

    const changed = { ...inputs, priority: 20, weight: 0 };
    const diff = await route.preview(changed);
    assert.deepEqual(diff.getReplacesList(), []);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()].sort(), ['priority', 'weight']);
    assert.equal(await route.up(changed), 'update');
    const live = (await livePbrRoutes()).find((r) => r.routeDest === '10.20.0.0/24');
    assert.equal(live?.priority, 20);
    assert.equal(live?.weight, 0);

    assert.equal(await route.up({ ...changed, publishVpc: false }), 'update');
    assert.equal((await livePbrRoutes()).find((r) => r.routeDest === '10.20.0.0/24')?.state, 'normal');

    const resourced = { ...changed, publishVpc: false, routeSource: '192.168.2.0/24' };
    assert.deepEqual((await route.preview(resourced)).getReplacesList(), ['routeSource']);
    assert.equal(await route.up(resourced), 'replace');
    assert.deepEqual((await livePbrRoutes()).filter((r) => r.routeDest === '10.20.0.0/24').map((r) => r.routeSource), ['192.168.2.0/24']);
    await route.destroy();
    assert.deepEqual((await livePbrRoutes()).filter((r) => r.routeDest === '10.20.0.0/24'), []);
  });

  it('up --replace with unchanged inputs (no Diff) keeps the route its replacement took over, again and again', async () => {
    const route = new EngineResource(suite.plugin, 'replaced', DBR);
    const inputs: Wire = { vpnGatewayId: gw, routeDest: '10.70.0.0/24', nextHop: vco, weight: 0 };
    await route.up(inputs);
    const { createTime } = route.outputs;
    const live = async () => (await liveRoutes()).filter((r) => r.routeDest === '10.70.0.0/24').map((r) => [r.nextHop, r.createTime]);
    assert.deepEqual(await live(), [[vco, createTime]]);
    await assertReplaceKeeps(suite.engine, route, inputs, 'destination-based route', live);
    assert.equal(route.outputs.createTime, createTime, 'the replayed create returns the same route');
    await route.destroy();
    assert.deepEqual(await live(), []);
  });

  it('up --replace with deleteBeforeReplace deletes the route first and makes it anew under the same id', async () => {
    const route = new EngineResource(suite.plugin, 'replaced-dbr', DBR);
    const inputs: Wire = { vpnGatewayId: gw, routeDest: '10.71.0.0/24', nextHop: vco };
    await route.up(inputs);
    const { id, outputs: { createTime } } = route;
    await route.upReplace(inputs, { deleteBeforeReplace: true });
    assert.equal(route.id, id, 'a route\'s id is its key');
    assert.notEqual(route.outputs.createTime, createTime, 'the token replays the deleted route, so the create moves to the next token');
    assert.deepEqual((await liveRoutes()).filter((r) => r.routeDest === '10.71.0.0/24').map((r) => r.createTime), [route.outputs.createTime]);
    await assertKeptWarnings(suite.engine, route, 'destination-based route', 0);
    await route.destroy();
  });

  it('reports a weight changed out of band on refresh and restores it on up', async () => {
    const route = new EngineResource(suite.plugin, 'drifted', DBR);
    const inputs = { vpnGatewayId: gw, routeDest: '10.30.0.0/24', nextHop: vco };
    await route.up(inputs);
    await suite.emu.control.advanceClock(1_000);
    await vpcClient(suite.emu).modifyVpnRouteEntryWeight(new ModifyVpnRouteEntryWeightRequest({
      regionId: REGION, vpnGatewayId: gw, routeDest: '10.30.0.0/24', nextHop: vco, weight: 100, newWeight: 0,
    }));
    await route.refresh();
    assert.equal(route.outputs.weight, 0);
    assert.equal(route.inputs.weight, 0, 'refresh keeps the inputs the user set, with live values');
    const diff = await route.preview(inputs);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()], ['weight']);
    assert.deepEqual(diff.getReplacesList(), []);
    assert.equal(await route.up(inputs), 'update');
    assert.equal((await liveRoutes()).find((r) => r.routeDest === '10.30.0.0/24')?.weight, 100);
    await route.destroy();
  });

  it('imports routes made outside Pulumi by their composite ids into inputs that preview with no changes', async () => {
    const client = vpcClient(suite.emu);
    await suite.emu.control.advanceClock(1_000);
    await client.createVpnRouteEntry(new CreateVpnRouteEntryRequest({ regionId: REGION, vpnGatewayId: gw, routeDest: '10.40.0.0/24', nextHop: vco2, weight: 0, publishVpc: false }));
    await suite.emu.control.advanceClock(1_000);
    await client.createVpnPbrRouteEntry(new CreateVpnPbrRouteEntryRequest({
      regionId: REGION, vpnGatewayId: gw, routeSource: '192.168.4.0/24', routeDest: '10.40.0.0/24', nextHop: vco2, weight: 100, publishVpc: true, priority: 30,
    }));
    await suite.emu.control.advanceClock(1_000);

    const route = new EngineResource(suite.plugin, 'imported', DBR);
    await route.import(`${gw}:10.40.0.0/24:${vco2}`);
    assert.deepEqual(route.inputs, { vpnGatewayId: gw, routeDest: '10.40.0.0/24', nextHop: vco2, weight: 0, publishVpc: false, regionId: REGION });
    assert.equal((await route.preview(route.inputs)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);

    // Another tool's order (gateway, next hop, source, destination) names the same route.
    const pbr = new EngineResource(suite.plugin, 'imported-pbr', PBR);
    await pbr.import(`${gw}:${vco2}:192.168.4.0/24:10.40.0.0/24`);
    assert.deepEqual(pbr.inputs, {
      vpnGatewayId: gw, routeSource: '192.168.4.0/24', routeDest: '10.40.0.0/24', nextHop: vco2, weight: 100, priority: 30, publishVpc: true, regionId: REGION,
    });
    assert.equal((await pbr.preview(pbr.inputs)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);

    const missing = new EngineResource(suite.plugin, 'missing', DBR);
    await missing.import(`${gw}:10.41.0.0/24:${vco2}`);
    assert.equal(missing.id, '', 'a route the gateway does not have reads as gone');
    const err = await grpcError(new EngineResource(suite.plugin, 'malformed', DBR).import('10.40.0.0/24'));
    assert.match(err.details, /is not the id of a destination-based route; it is written `<vpnGatewayId>:<routeDest>:<nextHop>`/);

    await route.destroy();
    await pbr.destroy();
    assert.deepEqual((await liveRoutes()).filter((r) => r.routeDest === '10.40.0.0/24'), []);
    assert.deepEqual((await livePbrRoutes()).filter((r) => r.routeDest === '10.40.0.0/24'), []);
  });

  it('says nextHop is not a connection of the gateway, or vpnGatewayId no gateway, when it is none', async () => {
    const route = new EngineResource(suite.plugin, 'nowhere', DBR);
    const err = await grpcError(route.up({ vpnGatewayId: gw, routeDest: '10.50.0.0/24', nextHop: 'vco-bp1doesnotexist0000' }));
    assert.match(err.details, new RegExp(`nextHop: vco-bp1doesnotexist0000 is not an IPsec-VPN connection of VPN gateway ${gw} in region ${REGION} \\(InvalidVpnConnectionInstanceId.NotFound`));
    assert.match(err.details, /Set nextHop to the id of a connection on this gateway/);
    const noGateway = await grpcError(new EngineResource(suite.plugin, 'no-gateway', DBR).up({ vpnGatewayId: 'vpn-bp1doesnotexist0000', routeDest: '10.50.0.0/24', nextHop: vco }));
    assert.match(noGateway.details, new RegExp(`vpnGatewayId: VPN gateway vpn-bp1doesnotexist0000 does not exist in region ${REGION}`));
  });

  it('refuses at create what the gateway decides: 100.64.0.0/10 on a single-tunnel gateway, a weight on a dual-tunnel one', async () => {
    const shared = await grpcError(new EngineResource(suite.plugin, 'shared', DBR).up({ vpnGatewayId: gw, routeDest: '100.64.8.0/24', nextHop: vco }));
    assert.match(shared.details, /routeDest: 100.64.8.0\/24 overlaps 100.64.0.0\/10, which a single-tunnel VPN gateway .* does not take/);
    const dual = await seedGateways(suite.emu, { tunnelMode: 'dual' });
    const hop = await createDualConnection(vpcClient(suite.emu), dual);
    await suite.emu.control.advanceClock(1_000);
    const route = new EngineResource(suite.plugin, 'dual', DBR);
    const weighted = await grpcError(route.up({ vpnGatewayId: dual.vpnGatewayId, routeDest: '100.64.8.0/24', nextHop: hop, weight: 0 }));
    assert.match(weighted.details, /weight: VPN gateway .* is a dual-tunnel gateway.*Remove weight \(or set it to 100\)/);
    assert.equal(await route.up({ vpnGatewayId: dual.vpnGatewayId, routeDest: '100.64.8.0/24', nextHop: hop }), 'create');
    await route.destroy();
  });

  it('takes back its own route after its state was lost, and refuses one it did not make, naming the import', async () => {
    const inputs = { vpnGatewayId: gw, routeDest: '10.60.0.0/24', nextHop: vco };
    const route = new EngineResource(suite.plugin, 'owned', DBR);
    await route.up(inputs);
    // The re-run after the state was lost is another command: another plugin process, which remembers the adoption.
    const again = new EngineResource(await suite.nextCommand(), 'owned', DBR);
    assert.equal(await again.up(inputs), 'create');
    assert.equal(again.id, route.id, 'the ClientToken replays the route this resource made');
    assert.equal((await liveRoutes()).filter((r) => r.routeDest === '10.60.0.0/24').length, 1);

    const other = new EngineResource(suite.plugin, 'intruder', DBR);
    const err = await grpcError(other.up(inputs));
    assert.match(err.details, /VpnRouteEntry.AlreadyExists: the destination-based route .* already exists on VPN gateway .* and this resource did not make it/);
    assert.ok(err.details.includes(`\`pulumi import ${DBR} intruder ${gw}:10.60.0.0/24:${vco}\``), err.details);
    await route.destroy();

    // Made again after a destroy, the route is a new one: the replayed token's route is gone, the next token makes it.
    const recreated = new EngineResource(suite.plugin, 'owned', DBR);
    assert.equal(await recreated.up(inputs), 'create');
    assert.equal((await liveRoutes()).filter((r) => r.routeDest === '10.60.0.0/24').length, 1);
    await recreated.destroy();
  });

  it('queues routes created together on one busy gateway instead of colliding there', async () => {
    const { vpnGatewayId, connections: [hop] } = await gatewayWithConnections(1);
    await suite.emu.control.clearStats();
    const routes = ['10.70.0.0/24', '10.71.0.0/24', '10.72.0.0/24'].map((dest, i) => [new EngineResource(suite.plugin, `busy-${i}`, DBR), dest] as const);
    const pbr = new EngineResource(suite.plugin, 'busy-pbr', PBR);
    const steps = await Promise.all([
      ...routes.map(([r, routeDest]) => r.up({ vpnGatewayId, routeDest, nextHop: hop })),
      pbr.up({ vpnGatewayId, routeSource: '192.168.7.0/24', routeDest: '10.73.0.0/24', nextHop: hop }),
    ]);
    assert.deepEqual(steps, ['create', 'create', 'create', 'create']);
    const stats = await suite.emu.control.stats();
    for (const action of ['CreateVpnRouteEntry', 'CreateVpnPbrRouteEntry']) {
      assert.deepEqual(stats[action]?.errors ?? {}, {}, `${action} collided on the busy gateway: ${JSON.stringify(stats[action])}`);
    }
    assert.equal((await liveRoutes(vpnGatewayId)).length, 3);
    await Promise.all([...routes.map(([r]) => r.up({ vpnGatewayId, routeDest: r.inputs.routeDest, nextHop: hop, weight: 0 })), pbr.destroy()]);
    assert.deepEqual((await liveRoutes(vpnGatewayId)).map((r) => r.weight), [0, 0, 0]);
    await Promise.all(routes.map(([r]) => r.destroy()));
    const after = await suite.emu.control.stats();
    // A change that follows one not waited for (a delete) goes at the learned end of that one's busy period without
    // a look: the gateway may refuse it as still busy, the answer a look would have given, never more than once a change.
    for (const action of ['ModifyVpnRouteEntryWeight', 'DeleteVpnRouteEntry', 'DeleteVpnPbrRouteEntry']) {
      const { succeeded = 0, errors = {} } = after[action] ?? {};
      const { 'VpnGateway.Configuring': refusals = 0, ...others } = errors as Record<string, number>;
      assert.deepEqual(others, {}, `${action} failed on the busy gateway: ${JSON.stringify(after[action])}`);
      assert.ok(refusals <= succeeded, `${action} collided on the busy gateway: ${JSON.stringify(after[action])}`);
    }
    assert.deepEqual(await liveRoutes(vpnGatewayId), []);
  });
});
