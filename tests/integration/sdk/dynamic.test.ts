// The dynamic-provider variant (`pulumi-alicloudvpn-dynamic`) as Pulumi's dynamic-provider host runs
// it: the provider object serialized the way `pulumi.dynamic.Resource` does, loaded back from that
// text, and driven through check/diff/create/read/update/delete with Struct round trips, against the
// real emulator process over HTTP. Nothing of ours is mocked.
import { strict as assert } from 'node:assert';
import { CreateVpnConnectionRequest, DescribeVpnConnectionRequest, DescribeVpnGatewayRequest } from '@alicloud/vpc20160428';
import { DYNAMIC_MODULE, DYNAMIC_TYPE } from 'pulumi-alicloudvpn-dynamic';
import { snapshotCloudSettings } from 'pulumi-alicloudvpn-dynamic/dist/cloudSettings';
import { serializedProvider } from 'pulumi-alicloudvpn-dynamic/dist/serializedProvider';
import { seedGateways, startEmulator, vpcClient, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { DynamicHost, loadProvider, serializeProvider, type Wire } from './dynamicHost';

const REGION = 'cn-hangzhou';
const PSK = 'dynamic-test-psk-9Kp3';
// Long enough that a create right after another change on the gateway really finds it "updating".
const BUSY_MS = 1_000;

/** The stack identity the program's StackIdentity resource would have drawn. */
const STACK = '5ac40000000000000000000000000005';
const seedFor = (name: string) => `urn:pulumi:it::alicloudvpn-dynamic::pulumi-nodejs:dynamic/${DYNAMIC_MODULE}:${DYNAMIC_TYPE}::${name}`;

describe('dynamic VpnConnection through the dynamic-provider host against the emulator', function () {
  this.timeout(60_000);
  let emu: EmulatorProcess;
  let gw: SeededGateways;
  let providerText: string;
  let host: DynamicHost;

  before(async () => {
    emu = await startEmulator({ busyMs: BUSY_MS });
    providerText = await serializeProvider(serializedProvider);
  });
  after(async () => emu?.stop());

  beforeEach(async () => {
    await emu.control.reset();
    gw = await seedGateways(emu, { region: REGION, count: 3 });
    // A fresh host per test, as each deployment starts its own host process.
    host = new DynamicHost();
  });

  /** What the program registers (secrets already unwrapped: the host does not accept secrets). */
  function programInputs(name: string, resource: Wire = {}): Wire {
    // Empty environment: the snapshot must come from the explicit settings alone.
    const cloud = snapshotCloudSettings(
      { endpoint: emu.endpoint, protocol: 'http', region: REGION, accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret },
      {},
    );
    return {
      vpnGatewayId: gw.vpnGatewayId,
      customerGatewayId: gw.customerGatewayId,
      localSubnets: ['10.1.1.0/24'],
      remoteSubnets: ['10.2.1.0/24'],
      ...resource,
      __cloud: cloud,
      __clientTokenSeed: seedFor(name),
      __stackIdentity: STACK,
      __provider: providerText,
    };
  }

  async function checked(olds: Wire, news: Wire): Promise<Wire> {
    const result = await host.check(olds, news);
    assert.deepEqual(result.failures, []);
    return result.inputs;
  }

  async function describeConnection(id: string) {
    const res = await vpcClient(emu).describeVpnConnection(new DescribeVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id }));
    return res.body!;
  }

  async function liveConnections() {
    return (await emu.control.state()).vpnConnections.filter((c) => !c.Deleted);
  }

  it('serializes to text that loads back into a provider with every lifecycle method', () => {
    const provider = loadProvider(providerText) as unknown as Record<string, unknown>;
    for (const method of ['check', 'diff', 'create', 'read', 'update', 'delete']) {
      assert.equal(typeof provider[method], 'function', `${method} is served`);
    }
    assert.match(providerText, /pulumi-alicloudvpn-dynamic\/runtime/);
  });

  it('checks, creates, adopts on re-run, reads, diffs, updates in place and deletes one connection', async () => {
    const ike = { psk: PSK, ikeEncAlg: 'aes256', ikeAuthAlg: 'sha1' };
    const inputs = await checked({}, programInputs('lifecycle', { name: 'dyn-edge', ikeConfig: ike }));
    assert.equal(inputs.regionId, REGION, 'the region comes from the cloud settings');
    assert.equal((inputs.ikeConfig as Wire).ikeEncAlg, 'aes256');
    assert.equal(inputs.__clientTokenSeed, seedFor('lifecycle'));
    assert.equal(inputs.__provider, providerText, 'the host keeps the provider with the inputs');
    assert.deepEqual(await liveConnections(), [], 'check calls no API');

    // Create.
    const created = await host.create(inputs);
    assert.match(created.id, /^vco-/);
    const outs = created.props;
    assert.equal(outs.vpnConnectionId, created.id);
    assert.equal(outs.name, 'dyn-edge');
    assert.equal(outs.__provider, providerText);
    assert.equal(outs.__clientTokenSeed, seedFor('lifecycle'));
    assert.equal((outs.ikeConfig as Wire).psk, PSK);
    assert.equal((outs.ikeConfig as Wire).localId, gw.vpnGatewayIp, 'LocalId defaults to the gateway IP');
    const remote = await describeConnection(created.id);
    assert.equal(remote.vpnGatewayId, gw.vpnGatewayId);
    assert.equal(remote.customerGatewayId, gw.customerGatewayId);
    assert.equal(remote.ikeConfig!.ikeEncAlg, 'aes256');
    assert.equal(remote.ikeConfig!.psk, PSK);

    // A run killed after the create, run again: same seed, same ClientToken, the same connection.
    const again = await host.create(inputs);
    assert.equal(again.id, created.id);
    const all = (await emu.control.state()).vpnConnections;
    assert.equal(all.length, 1, `exactly one connection: ${all.map((c) => c.VpnConnectionId).join(', ')}`);
    assert.equal(all[0].VpnConnectionId, created.id);

    // Refresh: nothing drifted, so the next diff is empty.
    const refreshed = await host.read(created.id, outs);
    assert.equal(refreshed.id, created.id);
    assert.equal(refreshed.props.name, 'dyn-edge');
    assert.equal((refreshed.props.ikeConfig as Wire).ikeEncAlg, 'aes256');
    assert.equal(refreshed.props.__provider, providerText);
    assert.ok(refreshed.inputs, 'read hands back inputs for later diffs');
    assert.equal(refreshed.inputs.__clientTokenSeed, seedFor('lifecycle'));
    const same = await host.diff(created.id, refreshed.props, inputs);
    assert.equal(same.changes, false);
    assert.deepEqual(same.replaces, []);

    // Another IKE encryption algorithm is an in-place update.
    const newInputs = await checked(inputs, programInputs('lifecycle', { name: 'dyn-edge', ikeConfig: { ...ike, ikeEncAlg: 'aes192' } }));
    const change = await host.diff(created.id, refreshed.props, newInputs);
    assert.equal(change.changes, true);
    assert.deepEqual(change.replaces, [], 'an algorithm change does not replace the connection');

    const updated = await host.update(created.id, refreshed.props, newInputs);
    assert.equal((updated.ikeConfig as Wire).ikeEncAlg, 'aes192');
    assert.equal((updated.ikeConfig as Wire).psk, PSK, 'the PSK survives the update');
    assert.equal(updated.vpnConnectionId, created.id);
    assert.equal(updated.__provider, providerText);
    const afterUpdate = await describeConnection(created.id);
    assert.equal(afterUpdate.ikeConfig!.ikeEncAlg, 'aes192');
    assert.equal(afterUpdate.ikeConfig!.ikeAuthAlg, 'sha1');
    assert.equal(afterUpdate.vpnConnectionId, created.id, 'updated in place, not recreated');
    assert.equal((await liveConnections()).length, 1);
    const settled = await host.diff(created.id, updated, newInputs);
    assert.equal(settled.changes, false, 'no diff right after the update');

    // Delete, then a refresh finds it gone.
    await host.delete(created.id, updated);
    assert.deepEqual(await liveConnections(), []);
    const state = await emu.control.state();
    assert.ok(state.vpnConnections.every((c) => c.Deleted), 'the emulator has no live connection');
    const gone = await host.read(created.id, updated);
    assert.equal(gone.id, '');
    assert.equal(host.loadedProviders, 1, 'the host deserialized the provider once and reused it');
  });

  it('rejects invalid inputs at check with property paths and allowed values, before any API call', async () => {
    const result = await host.check({}, programInputs('invalid', {
      localSubnets: ['10.1.1.0/33'],
      ikeConfig: { ikeEncAlg: 'aes512' },
    }));
    const byProperty = new Map(result.failures.map((f) => [f.property, f.reason]));
    assert.match(byProperty.get('ikeConfig.ikeEncAlg')!, /"aes512" is not a valid value; allowed values:.*aes256/);
    assert.deepEqual([...byProperty.keys()].sort(), ['ikeConfig.ikeEncAlg', 'localSubnets[0]']);
    assert.match(byProperty.get('localSubnets[0]')!, /"10\.1\.1\.0\/33" is not an IPv4 CIDR block/);
    assert.deepEqual((await emu.control.state()).vpnConnections, []);
  });

  it('reports bad cloud settings under the cloud argument without leaking the secret', async () => {
    const news = programInputs('bad-cloud');
    const result = await host.check({}, { ...news, __cloud: { ...(news.__cloud as Wire), protocol: 'ftp' } });
    assert.deepEqual(result.failures.map((f) => f.property), ['cloud.protocol']);
    assert.match(result.failures[0].reason, /http, https/);
    for (const f of result.failures) assert.ok(!f.reason.includes(emu.accessKeySecret));
  });

  it('creates on a gateway that another change left busy, once the gateway is active again', async () => {
    // Another client's create leaves the gateway "updating" for BUSY_MS.
    const client = vpcClient(emu);
    await client.createVpnConnection(new CreateVpnConnectionRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayIds[1],
      localSubnet: '10.5.1.0/24', remoteSubnet: '10.6.1.0/24',
    }));
    const gateway = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(gateway.body!.status, 'updating', 'the gateway is busy when the create starts');

    const created = await host.create(await checked({}, programInputs('busy')));
    assert.match(created.id, /^vco-/);
    assert.equal((await describeConnection(created.id)).customerGatewayId, gw.customerGatewayId);
    assert.equal((await liveConnections()).length, 2);
  });

  it('serializes concurrent creates on one gateway inside the host process', async () => {
    const [a, b] = await Promise.all([
      checked({}, programInputs('pair-a', { customerGatewayId: gw.customerGatewayIds[0] })).then((i) => host.create(i)),
      checked({}, programInputs('pair-b', { customerGatewayId: gw.customerGatewayIds[1], localSubnets: ['10.1.2.0/24'] })).then((i) => host.create(i)),
    ]);
    assert.notEqual(a.id, b.id);
    const live = await liveConnections();
    assert.deepEqual(live.map((c) => c.VpnConnectionId).sort(), [a.id, b.id].sort());
    assert.deepEqual(live.map((c) => c.CustomerGatewayId).sort(), [gw.customerGatewayIds[0], gw.customerGatewayIds[1]].sort());
  });
});
