// The VpnGateway resource through the real plugin process and the real emulator process, in the engine's order of
// calls (engineSteps.ts): check's rules at preview, create waiting through init and provisioning with the state on
// the status line, single- and dual-tunnel outputs, in-place and replacing changes, drift, import, delete waiting
// and its refusals (connections on the gateway, a Subscription gateway, another stack's gateway), ClientToken
// replay adoption, `up --replace` (the gateway kept; made anew with deleteBeforeReplace), and a gateway change
// serialised with a connection created on the same gateway.
import { strict as assert } from 'node:assert';
import {
  CreateCustomerGatewayRequest, CreateVpnConnectionRequest, CreateVpnGatewayRequest, DeleteVpnConnectionRequest, DescribeVpnGatewayRequest,
  DescribeVpnGatewaysRequest, DescribeVpnGatewaysRequestTag, ModifyVpnGatewayAttributeRequest, TagResourcesRequest, TagResourcesRequestTag,
} from '@alicloud/vpc20160428';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { SEED_DISASTER_RECOVERY_VSWITCH_ID, SEED_VSWITCH_ID, vpcClient } from '../../support/emulator';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { grpcError, initFailedDetail, startPlugin, type Wire } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { configureForEmulator, connectedSuite, REGION, waitForLog } from './fixture';
import { assertKeptWarnings, assertReplaceKeeps } from './targetedReplace';

const TYPE = 'alicloudvpn:index:VpnGateway';
const VPC_ID = 'vpc-bp1emulatortest';

describe('VpnGateway through the engine\'s calls against the emulator', function () {
  this.timeout(120_000);
  // A new gateway is `init` for 750 ms, then `provisioning` until 3 s; a deleted one `deleting` for 800 ms. The
  // provider first looks 250 ms after a change: the windows leave it half a second to see each state on a loaded
  // machine (the tests read the progress lines of each).
  const suite = connectedSuite({ busyMs: 800, extraArgs: ['--gateway-ready-ms', '3000'] });
  const base: Wire = { vpcId: VPC_ID, vswitchId: SEED_VSWITCH_ID, bandwidth: 10, vpnGatewayName: 'office-gw', description: 'branch offices', tags: { env: 'test' } };

  async function liveGw(id: string) {
    const resp = await vpcClient(suite.emu).describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: id }));
    return resp.body!;
  }
  const tagsOf = (body: Awaited<ReturnType<typeof liveGw>>) => Object.fromEntries((body.tags?.tag ?? []).map((t) => [t.key, t.value]));
  const logsOf = (gw: EngineResource) => suite.engine.logs.filter((l) => l.urn === gw.urn).map((l) => l.message);

  /** The live gateways carrying the resource's ownership tag. */
  async function ownedGws(gw: EngineResource): Promise<string[]> {
    const owner = tagsOf(await liveGw(gw.id))['alicloudvpn-owner'];
    assert.ok(owner, 'the gateway carries an ownership tag');
    const resp = await vpcClient(suite.emu).describeVpnGateways(new DescribeVpnGatewaysRequest({
      regionId: REGION, pageSize: 50, tag: [new DescribeVpnGatewaysRequestTag({ key: 'alicloudvpn-owner', value: owner })],
    }));
    return (resp.body!.vpnGateways?.vpnGateway ?? []).map((g) => g.vpnGatewayId!);
  }

  async function tagStack(id: string, stack: string): Promise<void> {
    await vpcClient(suite.emu).tagResources(new TagResourcesRequest({
      regionId: REGION, resourceType: 'VPNGATEWAY', resourceId: [id], tag: [new TagResourcesRequestTag({ key: 'alicloudvpn-stack', value: stack })],
    }));
  }

  it('rejects every documented rule at preview with the property path, before any API call', async () => {
    const gw = new EngineResource(suite.plugin, 'bad', TYPE);
    const failures = await gw.checkFailures({
      vpcId: VPC_ID, bandwidth: 30, sslConnections: 5, period: 1, vpnType: 'SM', networkType: 'internet', paymentType: 'PREPAY',
      vpnGatewayName: '1gw', description: 'https://x', disasterRecoveryVswitchId: 'vsw-2', tags: { 'acs:k': 'v' },
    });
    // A failure at a property the inputs do not hold leads its reason (the engine would print the value at a property).
    const paths = failures.map((f) => f.replace(/^: /, '').split(': ')[0]);
    assert.deepEqual(paths.sort(), ['bandwidth', 'description', 'networkType', 'paymentType', 'sslConnections', 'tags["acs:k"]', 'vpnGatewayName', 'vpnType', 'vswitchId'].sort(), failures.join('\n'));
    for (const [input, path, words] of [
      [{ bandwidth: 10, networkType: 'private' }, 'bandwidth', 'allowed values: 200, 1000'],
      [{ bandwidth: 10, enableSsl: true, sslConnections: 3 }, 'sslConnections', 'allowed values: 5, 10'],
      [{ bandwidth: 10, period: 2 }, 'period', 'only used with paymentType: Subscription'],
      [{ bandwidth: 10, paymentType: 'Subscription', period: 11 }, 'period', 'allowed values: 1, 2'],
      [{ bandwidth: 10, vpnGatewayName: 'x'.repeat(101) }, 'vpnGatewayName', '2 to 100 characters'],
      [{ bandwidth: 10, description: 'd'.repeat(101) }, 'description', '1 to 100'],
      [{}, 'bandwidth', 'required'],
    ] as const) {
      const got = (await gw.checkFailures({ vpcId: VPC_ID, ...input })).map((f) => f.replace(/^: /, ''));
      assert.ok(got.some((f) => f.startsWith(`${path}:`) && f.includes(words)), `${JSON.stringify(input)}: ${got.join('\n')}`);
    }
    assert.deepEqual(await suite.emu.control.stats(), {}, 'check calls no action');
  });

  it('creates a single-tunnel gateway, waiting through init and provisioning on the status line, then changes it in place and replaces it', async () => {
    const gw = new EngineResource(suite.plugin, 'single', TYPE);
    assert.equal(await gw.up(base), 'create');
    assert.match(gw.id, /^vpn-/);
    const logs = logsOf(gw);
    for (const words of [`VPN gateway ${gw.id} ordered`, `waiting for VPN gateway ${gw.id} (init)`, `waiting for VPN gateway ${gw.id} (provisioning)`, `VPN gateway ${gw.id} is active`]) {
      assert.ok(logs.some((m) => m.includes(words)), `no "${words}" in:\n${logs.join('\n')}`);
    }
    const o = gw.outputs;
    assert.equal(o.vpnGatewayId, gw.id);
    assert.equal(o.status, 'active');
    assert.equal(o.tunnelMode, 'single');
    assert.match(String(o.internetIp), /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(o.disasterRecoveryInternetIp, undefined);
    assert.deepEqual([o.bandwidth, o.spec, o.enableIpsec, o.enableSsl, o.sslMaxConnections, o.paymentType, o.networkType, o.vpnType], [10, '10M', true, false, 0, 'PayAsYouGo', 'public', 'Normal']);
    assert.equal(o.description, 'branch offices', 'the description is set once the gateway is active');
    assert.equal(typeof o.endTime, 'number');
    assert.equal(o.businessStatus, 'Normal');
    assert.deepEqual(o.tags, { env: 'test' });
    const liveTags = tagsOf(await liveGw(gw.id));
    assert.ok(liveTags['alicloudvpn-owner']?.endsWith(':single') && liveTags['alicloudvpn-stack'] && liveTags.env === 'test', JSON.stringify(liveTags));

    assert.equal((await gw.preview(base)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);
    const inPlace = { ...base, vpnGatewayName: 'office-gw-2', description: 'renamed', autoPropagate: true, tags: { env: 'prod', team: 'net' } };
    const diff = await gw.preview(inPlace);
    assert.deepEqual(diff.getReplacesList(), []);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()].sort(), ['autoPropagate', 'description', 'tags.env', 'tags.team', 'vpnGatewayName']);
    const id = gw.id;
    assert.equal(await gw.up(inPlace), 'update');
    assert.equal(gw.id, id);
    const after = await liveGw(id);
    assert.deepEqual([after.name, after.description, after.autoPropagate], ['office-gw-2', 'renamed', true]);
    assert.deepEqual(gw.outputs.tags, { env: 'prod', team: 'net' });
    assert.ok(tagsOf(after)['alicloudvpn-owner'], 'the provider\'s tags stay');

    for (const change of [{ bandwidth: 20 }, { vswitchId: SEED_DISASTER_RECOVERY_VSWITCH_ID }, { vpnType: 'NationalStandard' }, { paymentType: 'Subscription' }]) {
      assert.deepEqual((await gw.preview({ ...inPlace, ...change })).getReplacesList(), Object.keys(change));
    }
    // SSL-VPN brings its default client count (5) with it.
    assert.deepEqual((await gw.preview({ ...inPlace, enableSsl: true })).getReplacesList().sort(), ['enableSsl', 'sslConnections']);
    assert.equal(await gw.up({ ...inPlace, bandwidth: 20 }), 'replace');
    assert.notEqual(gw.id, id);
    assert.equal(gw.outputs.spec, '20M');
    await assert.rejects(liveGw(id), /InvalidVpnGatewayInstanceId.NotFound/);
    const newId = gw.id;
    await gw.destroy();
    assert.ok(logsOf(gw).some((m) => m.includes(`waiting for VPN gateway ${newId} to be deleted (deleting)`)), logsOf(gw).join('\n'));
    await assert.rejects(liveGw(newId), /InvalidVpnGatewayInstanceId.NotFound/);
  });

  it('creates a dual-tunnel gateway with both public addresses', async () => {
    const gw = new EngineResource(suite.plugin, 'dual', TYPE);
    await gw.up({ vpcId: VPC_ID, vswitchId: SEED_VSWITCH_ID, disasterRecoveryVswitchId: SEED_DISASTER_RECOVERY_VSWITCH_ID, bandwidth: 10, enableSsl: true });
    assert.equal(gw.outputs.tunnelMode, 'dual');
    assert.match(String(gw.outputs.disasterRecoveryInternetIp), /^\d+\.\d+\.\d+\.\d+$/);
    assert.notEqual(gw.outputs.disasterRecoveryInternetIp, gw.outputs.internetIp);
    assert.equal(gw.outputs.disasterRecoveryVswitchId, SEED_DISASTER_RECOVERY_VSWITCH_ID);
    assert.deepEqual([gw.outputs.sslConnections, gw.outputs.sslMaxConnections], [5, 5]);
    await gw.destroy();
  });

  it('reports a name, description, route propagation and tags changed out of band on refresh and restores them on up', async () => {
    const gw = new EngineResource(suite.plugin, 'drifted', TYPE);
    await gw.up(base);
    const client = vpcClient(suite.emu);
    await client.modifyVpnGatewayAttribute(new ModifyVpnGatewayAttributeRequest({ regionId: REGION, vpnGatewayId: gw.id, name: 'console-name', description: 'changed in the console', autoPropagate: true }));
    await client.tagResources(new TagResourcesRequest({ regionId: REGION, resourceType: 'VPNGATEWAY', resourceId: [gw.id], tag: [new TagResourcesRequestTag({ key: 'env', value: 'console' })] }));
    await gw.refresh();
    assert.deepEqual([gw.outputs.vpnGatewayName, gw.outputs.description, gw.outputs.autoPropagate, gw.outputs.tags], ['console-name', 'changed in the console', true, { env: 'console' }]);
    assert.deepEqual(gw.inputs.vpnGatewayName, 'console-name', 'refresh keeps the inputs the program set, with live values');
    const diff = await gw.preview(base);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()].sort(), ['description', 'tags.env', 'vpnGatewayName']);
    assert.equal(await gw.up(base), 'update');
    const live = await liveGw(gw.id);
    assert.deepEqual([live.name, live.description, tagsOf(live).env], ['office-gw', 'branch offices', 'test']);
    await gw.destroy();
  });

  it('imports a gateway made outside Pulumi into inputs that preview with no changes', async () => {
    const client = vpcClient(suite.emu);
    const made = await client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: VPC_ID, vSwitchId: SEED_VSWITCH_ID, bandwidth: 50, name: 'console-gw', enableSsl: true, sslConnections: 10 }));
    const id = made.body!.vpnGatewayId!;
    const gw = new EngineResource(suite.plugin, 'imported', TYPE);
    await gw.import(id);
    assert.equal(gw.id, id);
    assert.deepEqual(gw.inputs, { vpcId: VPC_ID, vswitchId: SEED_VSWITCH_ID, bandwidth: 50, enableSsl: true, sslConnections: 10, vpnGatewayName: 'console-gw', regionId: REGION });
    const diff = await gw.preview(gw.inputs);
    assert.equal(diff.getChanges(), DiffResponse.DiffChanges.DIFF_NONE, [...diff.getDetaileddiffMap().keys()].join(', '));
    await gw.destroy();
  });

  it('refuses destroy while a connection uses the gateway, naming the connection, and deletes once it is gone', async () => {
    const gw = new EngineResource(suite.plugin, 'used', TYPE);
    await gw.up(base);
    const client = vpcClient(suite.emu);
    const cgw = await client.createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '203.0.113.40' }));
    const conn = await client.createVpnConnection(new CreateVpnConnectionRequest({ regionId: REGION, vpnGatewayId: gw.id, customerGatewayId: cgw.body!.customerGatewayId, localSubnet: '10.0.0.0/16', remoteSubnet: '172.16.0.0/16' }));
    const connId = conn.body!.vpnConnectionId!;
    const err = await grpcError(gw.destroy());
    assert.match(err.details, new RegExp(`VPN gateway ${gw.id} cannot be deleted: VPN connection ${connId} still uses it \\(VpnDependencyViolation.VpnConnection\\)`));
    assert.match(err.details, /Delete those connections first/);
    await suite.emu.control.advanceClock(1_000);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: connId }));
    const id = gw.id;
    await gw.destroy();
    await assert.rejects(liveGw(id), /InvalidVpnGatewayInstanceId.NotFound/);
  });

  it('serialises a gateway change with a connection created on the same gateway: neither meets a busy gateway', async () => {
    const gw = new EngineResource(suite.plugin, 'shared', TYPE);
    await gw.up(base);
    const cgw = await vpcClient(suite.emu).createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '203.0.113.41' }));
    const conn = new EngineResource(suite.plugin, 'on-shared');
    await suite.emu.control.clearStats();
    const [step] = await Promise.all([
      gw.up({ ...base, description: 'changed beside a connection' }),
      conn.up({ vpnGatewayId: gw.id, customerGatewayId: cgw.body!.customerGatewayId, localSubnets: ['10.1.0.0/24'], remoteSubnets: ['192.168.1.0/24'] }),
    ]);
    assert.equal(step, 'update');
    const stats = await suite.emu.control.stats();
    for (const action of ['ModifyVpnGatewayAttribute', 'CreateVpnConnection']) {
      assert.equal(stats[action]?.succeeded, 1, JSON.stringify(stats));
      assert.deepEqual(stats[action]?.errors ?? {}, {}, `${action} met errors: ${JSON.stringify(stats[action])}`);
    }
    await conn.destroy();
    await gw.destroy();
  });

  it('up --replace with unchanged inputs (no Diff) keeps the gateway its replacement took over, again and again', async () => {
    const gw = new EngineResource(suite.plugin, 'replaced', TYPE);
    await gw.up(base);
    const id = gw.id;
    assert.deepEqual(await ownedGws(gw), [id]);
    await assertReplaceKeeps(suite.engine, gw, base, 'VPN gateway', async () => [await ownedGws(gw), (await liveGw(id)).status]);
    assert.equal(gw.outputs.vpnGatewayId, id);
    await gw.destroy();
    await assert.rejects(liveGw(id), /InvalidVpnGatewayInstanceId.NotFound/);
  });

  it('up --replace with deleteBeforeReplace deletes the gateway first and makes a new one', async () => {
    const gw = new EngineResource(suite.plugin, 'replaced-dbr', TYPE);
    await gw.up(base);
    const old = gw.id;
    await gw.upReplace(base, { deleteBeforeReplace: true });
    assert.notEqual(gw.id, old, 'the token replays the deleted gateway, so the create moves to the next token');
    await assert.rejects(liveGw(old), /InvalidVpnGatewayInstanceId.NotFound/);
    assert.deepEqual(await ownedGws(gw), [gw.id]);
    await assertKeptWarnings(suite.engine, gw, 'VPN gateway', 0);
    await gw.destroy();
  });

  it('adopts the gateway its ClientToken replays when the state lost it, bringing tags and description to the inputs', async () => {
    const first = new EngineResource(suite.plugin, 'replayed', TYPE);
    await first.up(base);
    const again = new EngineResource(suite.plugin, 'replayed', TYPE);
    assert.equal(await again.up({ ...base, description: 'adopted', tags: { env: 'again' } }), 'create');
    assert.equal(again.id, first.id);
    assert.ok(logsOf(again).some((m) => m.includes(`adopting VPN gateway ${first.id}`)), logsOf(again).join('\n'));
    const live = await liveGw(first.id);
    assert.deepEqual([live.description, tagsOf(live).env], ['adopted', 'again']);
    // `pulumi destroy` is another command: its plugin never saw the adoption (the replacement guard's memory).
    again.plugin = await suite.nextCommand();
    await again.destroy();
    await assert.rejects(liveGw(first.id), /InvalidVpnGatewayInstanceId.NotFound/);
  });

  it('never adopts, changes or deletes a gateway carrying another stack\'s tag', async () => {
    const gw = new EngineResource(suite.plugin, 'foreign', TYPE);
    await gw.up(base);
    const id = gw.id;
    const ownStack = tagsOf(await liveGw(id))['alicloudvpn-stack'];
    await tagStack(id, 'another-stack-identity');
    const up = await grpcError(gw.up({ ...base, description: 'mine now' }));
    assert.match(up.details, new RegExp(`VPN gateway ${id} was made by another stack: .*so this update leaves it untouched.*pulumi state delete`));
    const del = await grpcError(gw.destroy());
    assert.match(del.details, /so this delete leaves it untouched/);
    const replay = await grpcError(new EngineResource(suite.plugin, 'foreign', TYPE).up(base));
    assert.match(replay.details, /so this create leaves it untouched.*ClientToken replays it/);
    const live = await liveGw(id);
    assert.equal(live.description, 'branch offices');
    await tagStack(id, ownStack);
    await gw.destroy();
    await assert.rejects(liveGw(id), /InvalidVpnGatewayInstanceId.NotFound/);
  });

  it('ends a create whose gateway never becomes active at the operation\'s timeout, as a partial create that records the gateway', async () => {
    // A Subscription gateway ordered without autoPay waits in `init` for a payment the emulator never makes.
    const gw = new EngineResource(suite.plugin, 'unpaid', TYPE);
    const err = await grpcError(gw.up({ ...base, paymentType: 'Subscription', autoPay: false }, 2));
    assert.match(err.details, /VPN gateway vpn-\w+ was created but not finished: waiting for VPN gateway vpn-\w+ to become active: timed out \(status init\)/);
    assert.ok(logsOf(gw).some((m) => m.includes('autoPay is not set: pay its order in the console')), logsOf(gw).join('\n'));
    const id = /VPN gateway (vpn-\w+)/.exec(err.details)![1];
    assert.equal((await liveGw(id)).status, 'init', 'the gateway is left for the stack to record');
    gw.id = id;
    const del = await grpcError(gw.destroy(2));
    assert.match(del.details, /is a Subscription \(pre-paid\) gateway: the API cannot release it/, 'refused at once, not after waiting for the payment');
  });

  it('stops waiting for a new gateway on Cancel, recording the gateway as a partial create', async () => {
    // Cancel ends every operation of the plugin it goes to: this one has a plugin of its own.
    const plugin = await startPlugin({ engineAddress: suite.engine.address });
    try {
      await configureForEmulator(plugin, suite.emu);
      const gw = new EngineResource(plugin, 'cancelled', TYPE);
      const started = Date.now();
      const pending = grpcError(gw.up({ ...base, paymentType: 'Subscription' }, 120));
      await waitForLog(suite.engine, (m, urn) => urn === gw.urn && m.includes('(init)'), 10_000);
      await plugin.rpc.cancel(new Empty());
      const err = await pending;
      assert.ok(Date.now() - started < 10_000, `the create returned ${Date.now() - started} ms after it started`);
      assert.match(err.details, /VPN gateway vpn-\w+ was created but not finished: .*cancelled/);
      assert.match(String(initFailedDetail(err)?.getId()), /^vpn-/, 'the gateway is recorded');
    } finally {
      await plugin.stop();
    }
  });

  it('refuses to destroy a Subscription gateway the API cannot release, saying so and how to keep or end it', async () => {
    const gw = new EngineResource(suite.plugin, 'prepaid', TYPE);
    await gw.up({ ...base, paymentType: 'Subscription', period: 3, autoPay: true });
    assert.equal(gw.outputs.paymentType, 'Subscription');
    assert.equal(gw.outputs.period, 3);
    const err = await grpcError(gw.destroy());
    assert.match(err.details, new RegExp(`VPN gateway ${gw.id} is a Subscription \\(pre-paid\\) gateway: the API cannot release it before its end time \\(\\d{4}-.*\\) \\(ForbiddenRelease\\)`));
    assert.match(err.details, /still billed.*pulumi state delete 'urn:pulumi:dev::proj::alicloudvpn:index:VpnGateway::prepaid'/);
    assert.equal((await liveGw(gw.id)).status, 'active', 'the gateway is still there');
  });
});
