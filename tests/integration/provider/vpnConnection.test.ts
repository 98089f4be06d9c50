// The VpnConnection lifecycle through the real @alicloud/vpc20160428 client, over HTTP, against the
// real emulator process. Nothing of ours is mocked.
import { strict as assert } from 'assert';
import { createVpcPort, resolveCloudSettings, VpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { check, create, diff, read, remove, update } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { OperationContext, PropertyMap } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import { EmulatorProcess, SeededGateways, seedGateways, startEmulator } from '../../support/emulator';

const STACK = '5ac40000000000000000000000000003';
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIUEmulatorTestCertificate\n-----END CERTIFICATE-----';

describe('VpnConnection lifecycle against the emulator', function () {
  this.timeout(60_000);
  let emu: EmulatorProcess;
  let port: VpcPort;
  let gw: SeededGateways;
  let logs: string[];
  let urnCounter = 0;

  before(async () => {
    emu = await startEmulator();
    const { settings, failures } = resolveCloudSettings(
      { endpoint: emu.endpoint, protocol: 'http', accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, region: 'cn-hangzhou' },
      {},
    );
    assert.deepEqual(failures, []);
    port = createVpcPort(settings);
  });
  after(async () => emu?.stop());

  beforeEach(async () => {
    await emu.control.reset();
    gw = await seedGateways(emu, { count: 3 });
    logs = [];
  });

  function ctx(name = `c${++urnCounter}`): OperationContext {
    return { urn: `urn:pulumi:test::proj::alicloudvpn:index:VpnConnection::${name}`, stack: STACK, log: (level, m) => logs.push(`${level}: ${m}`), timeoutMs: 30_000 };
  }

  function checked(extra: Record<string, unknown> = {}, cgw = gw.customerGatewayId): PropertyMap {
    const r = check(
      {},
      { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: cgw, localSubnets: ['10.1.1.0/24', '10.1.2.0/24'], remoteSubnets: ['10.2.1.0/24'], ...extra },
      { defaultRegion: 'cn-hangzhou' },
    );
    assert.deepEqual(r.failures, []);
    return r.inputs;
  }

  async function liveConnections() {
    return (await emu.control.state()).vpnConnections.filter((c) => !c.Deleted);
  }

  it('creates, reads, updates in place and deletes a connection with no spurious diffs', async () => {
    const c = ctx('full');
    const inputs = checked({ name: 'edge', ikeConfig: { ikeEncAlg: 'aes256', ikeAuthAlg: 'sha1' }, healthCheckConfig: { enable: true, dip: '192.168.1.2', sip: '10.1.1.1' } });
    const { id, outputs } = await create(port, inputs, c);
    assert.match(id, /^vco-/);
    const ike = outputs.ikeConfig as Record<string, unknown>;
    assert.equal(typeof ike.psk, 'string', 'the generated PSK is read back');
    assert.equal(ike.localId, gw.vpnGatewayIp, 'LocalId defaults to the gateway IP');
    assert.equal(ike.ikeEncAlg, 'aes256');
    // The policy was not given: the service reports its default.
    assert.deepEqual(outputs.healthCheckConfig, { enable: true, dip: '192.168.1.2', sip: '10.1.1.1', interval: 3, retry: 3, policy: 'revoke_route' });
    assert.deepEqual(diff({ id, oldOutputs: outputs, oldInputs: inputs, newInputs: inputs }).changes, false);

    const refreshed = await read(port, { id, oldOutputs: outputs, oldInputs: inputs }, c);
    assert.equal(refreshed.id, id);
    assert.equal(diff({ id, oldOutputs: refreshed.outputs, oldInputs: inputs, newInputs: inputs }).changes, false);

    const newInputs = checked({ name: 'edge2', localSubnets: ['10.1.2.0/24', '10.1.3.0/24'], ikeConfig: { ikeEncAlg: 'aes192', ikeAuthAlg: 'sha1' }, healthCheckConfig: { enable: true, dip: '192.168.1.2', sip: '10.1.1.1' } });
    const d = diff({ id, oldOutputs: refreshed.outputs, oldInputs: inputs, newInputs });
    assert.deepEqual(d.replaces, []);
    assert.ok(d.detailedDiff['ikeConfig.ikeEncAlg'] && d.detailedDiff.name);
    const updated = await update(port, { id, oldOutputs: refreshed.outputs, oldInputs: inputs, newInputs }, c);
    assert.equal(updated.name, 'edge2');
    assert.equal((updated.ikeConfig as Record<string, unknown>).ikeEncAlg, 'aes192');
    assert.equal((updated.ikeConfig as Record<string, unknown>).psk, ike.psk, 'the generated PSK survives an update');
    assert.equal(diff({ id, oldOutputs: updated, oldInputs: newInputs, newInputs }).changes, false);

    await remove(port, { id, outputs: updated }, c);
    assert.deepEqual(await liveConnections(), []);
    assert.deepEqual(await read(port, { id, oldOutputs: updated }, c), { id: '', outputs: {}, inputs: {} });
  });

  it('creates two connections on one gateway concurrently', async () => {
    const [a, b] = await Promise.all([
      create(port, checked({}, gw.customerGatewayIds[0]), ctx()),
      create(port, checked({}, gw.customerGatewayIds[1]), ctx()),
    ]);
    assert.notEqual(a.id, b.id);
    assert.deepEqual((await liveConnections()).map((c) => c.VpnConnectionId).sort(), [a.id, b.id].sort());
  });

  it('makes exactly one connection when the first create response is dropped after commit', async () => {
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'drop-after-commit', count: 1 });
    const { id } = await create(port, checked(), ctx());
    assert.ok(logs.some((l) => /^info: retrying CreateVpnConnection after /.test(l)), `the dropped response was retried: ${logs.join('\n')}`);
    const live = await liveConnections();
    assert.equal(live.length, 1);
    assert.equal(live[0].VpnConnectionId, id);
  });

  it('retries throttling and server errors', async () => {
    await emu.control.faults([
      { action: 'CreateVpnConnection', kind: 'throttle', count: 2 },
      { action: 'DescribeVpnConnection', kind: 'server-error', count: 2 },
    ]);
    const { id } = await create(port, checked(), ctx());
    assert.equal((await liveConnections()).length, 1);
    assert.ok(logs.some((l) => /retrying CreateVpnConnection after Throttling/.test(l)), logs.join('\n'));
    assert.ok(id);
  });

  it('adopts the connection a killed run made when the same create runs again', async () => {
    const c = ctx('rerun');
    const first = await create(port, checked(), c);
    const again = await create(port, checked(), c);
    assert.equal(again.id, first.id);
    assert.equal((await liveConnections()).length, 1);
  });

  it('creates a fresh connection after destroy, then create with identical inputs', async () => {
    const c = ctx('recreate');
    const first = await create(port, checked(), c);
    await remove(port, { id: first.id, outputs: first.outputs }, c);
    const second = await create(port, checked(), c);
    assert.notEqual(second.id, first.id);
    assert.deepEqual((await liveConnections()).map((x) => x.VpnConnectionId), [second.id]);
  });

  it('refuses to adopt the old connection on `up --replace` and asks for deleteBeforeReplace', async () => {
    const c = ctx('replace');
    const first = await create(port, checked(), c);
    await assert.rejects(create(port, checked(), { ...c, replacingId: first.id }), /InvalidVpnConnection.AlreadyExists.*deleteBeforeReplace: true/s);
    assert.deepEqual((await liveConnections()).map((x) => x.VpnConnectionId), [first.id]);
  });

  it('reports a deleted connection as gone on read and deletes a missing one successfully', async () => {
    const c = ctx();
    const { id, outputs } = await create(port, checked(), c);
    await remove(port, { id, outputs }, c);
    assert.equal((await read(port, { id, oldOutputs: outputs }, c)).id, '');
    await remove(port, { id, outputs }, c);
    await remove(port, { id: 'vco-doesnotexist0000', outputs: { regionId: 'cn-hangzhou', vpnGatewayId: gw.vpnGatewayId } }, c);
  });

  it('imports a connection by id alone', async () => {
    const { id } = await create(port, checked({ name: 'imported', bgpConfig: { enableBgp: true, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' } }), ctx());
    const imported = await read(port, { id }, ctx());
    assert.equal(imported.id, id);
    assert.equal(imported.inputs.name, 'imported');
    const rechecked = check(imported.inputs, imported.inputs, { defaultRegion: 'cn-hangzhou' });
    assert.deepEqual(rechecked.failures, []);
    assert.equal(diff({ id, oldOutputs: imported.outputs, oldInputs: imported.inputs, newInputs: rechecked.inputs }).changes, false);
  });

  it('creates an SM connection on a NationalStandard gateway and rejects a Normal config there', async () => {
    const sm = await seedGateways(emu, { vpnType: 'NationalStandard' });
    const smInputs = check({}, { vpnGatewayId: sm.vpnGatewayId, customerGatewayId: sm.customerGatewayId, localSubnets: ['10.5.0.0/16'], remoteSubnets: ['10.6.0.0/16'], remoteCaCertificate: CERT }, { defaultRegion: 'cn-hangzhou' });
    assert.deepEqual(smInputs.failures, []);
    const { outputs } = await create(port, smInputs.inputs, ctx());
    assert.equal((outputs.ikeConfig as Record<string, unknown>).ikeEncAlg, 'sm4');
    assert.equal(outputs.remoteCaCertificate, CERT);

    const normalOnSm = check({}, { ...smInputs.inputs, remoteCaCertificate: undefined, ikeConfig: undefined, ipsecConfig: undefined, customerGatewayId: gw.customerGatewayIds[2] }, { defaultRegion: 'cn-hangzhou' });
    await assert.rejects(create(port, { ...normalOnSm.inputs, vpnGatewayId: sm.vpnGatewayId }, ctx()), /NationalStandard \(SM\) gateway: set remoteCaCertificate/);
  });
});
