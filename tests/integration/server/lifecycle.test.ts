import type { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { strict as assert } from 'node:assert';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import {
  CheckRequest,
  CreateRequest,
  DeleteRequest,
  DiffRequest,
  DiffResponse,
  PropertyDiff,
  ProviderHandshakeRequest,
  ReadRequest,
  UpdateRequest,
} from '@pulumi/pulumi/proto/provider_pb';
import { seedGateways, startEmulator, type SeededGateways } from '../../support/emulator';
import {
  at,
  isSecret,
  plain,
  reveal,
  secret,
  startFakeEngine,
  startPlugin,
  struct,
  UNKNOWN,
  type FakeEngine,
  type PluginProcess,
  type Wire,
} from '../../support/plugin';
import { configureForEmulator, REGION, TYPE, urnOf, waitForLog } from './fixture';

const PSK = 'server-test-psk-7Hq2';

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

async function connectionCount(emu: Emulator): Promise<number> {
  const state = (await emu.control.state()) as { vpnConnections?: { Deleted?: boolean }[] };
  return (state.vpnConnections ?? []).filter((c) => !c.Deleted).length;
}

describe('VpnConnection lifecycle over gRPC against the emulator', function () {
  this.timeout(120_000);

  let engine: FakeEngine;
  let emu: Emulator;
  let plugin: PluginProcess;
  let gateways: SeededGateways;
  let inputs: Wire;
  let checked: Wire;
  let id: string;
  let outputs: Wire;
  let providerInputs: Struct;

  before(async () => {
    engine = await startFakeEngine();
    // The provider first looks 250 ms after a change: the busy window leaves it half a second to find the gateway
    // still updating on a loaded machine (the progress test reads that wait's line).
    emu = await startEmulator({ busyMs: 800 });
    gateways = await seedGateways(emu, { region: REGION });
    plugin = await startPlugin({ engineAddress: engine.address });
    await plugin.rpc.handshake(new ProviderHandshakeRequest().setEngineAddress(engine.address));
    providerInputs = await configureForEmulator(plugin, emu, { version: '0.1.0' });
    inputs = {
      vpnGatewayId: gateways.vpnGatewayId,
      customerGatewayId: gateways.customerGatewayId,
      localSubnets: ['10.0.0.0/24'],
      remoteSubnets: ['192.168.0.0/24'],
      name: 'conn-one',
      ikeConfig: secret({ psk: PSK, ikeEncAlg: 'aes' }),
    };
  });

  after(async () => {
    await plugin?.stop();
    await emu?.stop();
    await engine?.stop();
  });

  function checkRequest(name: string, news: Wire, olds: Wire = {}): CheckRequest {
    return new CheckRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setOlds(struct(olds)).setNews(struct(news));
  }

  it('Check validates, fills defaults and keeps the PSK secret in the returned inputs', async () => {
    const resp = await plugin.rpc.check(checkRequest('conn-one', inputs));
    assert.deepEqual(resp.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), []);
    checked = plain(resp.getInputs());
    assert.ok(isSecret(checked.ikeConfig) || isSecret(at(checked, 'ikeConfig.psk')), 'PSK must stay secret');
    assert.equal(reveal(at(checked, 'ikeConfig.psk')), PSK);
    assert.deepEqual(checked.localSubnets, ['10.0.0.0/24']);
  });

  it('Check wraps a PSK the program sent in plaintext', async () => {
    const resp = await plugin.rpc.check(checkRequest('conn-plain', { ...inputs, ikeConfig: { psk: PSK } }));
    assert.ok(isSecret(at(plain(resp.getInputs()), 'ikeConfig.psk')));
  });

  it('Check reports a bad nested value with its property path before any API call', async () => {
    const resp = await plugin.rpc.check(checkRequest('conn-bad', { ...inputs, ikeConfig: { ikeEncAlg: 'rot13' } }));
    // A nested path leads the reason: as the property, the engine would print `value {<nil>}` beside it.
    const failure = resp.getFailuresList().find((f) => f.getReason().startsWith('ikeConfig.ikeEncAlg: '));
    assert.ok(failure, 'expected a failure at ikeConfig.ikeEncAlg');
    assert.equal(failure.getProperty(), '');
    assert.match(failure.getReason(), /"rot13" is not a valid value; allowed values: .*aes256/);
  });

  it('Check accepts unknown values during preview', async () => {
    const resp = await plugin.rpc.check(checkRequest('conn-unknown', { ...inputs, vpnGatewayId: UNKNOWN.string }));
    assert.deepEqual(resp.getFailuresList(), []);
    assert.equal(plain(resp.getInputs()).vpnGatewayId, UNKNOWN.string);
  });

  it('a preview Create returns unknowns for computed outputs and creates nothing', async () => {
    const resp = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf('conn-one')).setType(TYPE).setName('conn-one').setProperties(struct(checked)).setPreview(true),
    );
    assert.equal(resp.getId(), '');
    const props = plain(resp.getProperties());
    assert.equal(props.vpnConnectionId, UNKNOWN.string);
    assert.equal(props.vpnGatewayId, gateways.vpnGatewayId);
    assert.equal(await connectionCount(emu), 0);
  });

  it('Create returns the id and outputs with the PSK wrapped as a secret', async () => {
    const resp = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf('conn-one')).setType(TYPE).setName('conn-one').setProperties(struct(checked)).setTimeout(60),
    );
    id = resp.getId();
    assert.match(id, /^vco-/);
    outputs = plain(resp.getProperties());
    assert.equal(outputs.vpnConnectionId, id);
    const psk = at(outputs, 'ikeConfig.psk');
    assert.ok(isSecret(outputs.ikeConfig) || isSecret(psk), 'PSK must be secret in outputs');
    assert.ok(!JSON.stringify(outputs).includes(UNKNOWN.string), 'no unknowns outside previews');
    assert.equal(await connectionCount(emu), 1);
  });

  it('logs progress to the engine against the resource URN and never the PSK', async () => {
    const waiting = (m: string, urn: string) => urn === urnOf('conn-one') && m.includes(`waiting for VPN gateway ${gateways.vpnGatewayId}`);
    await waitForLog(engine, waiting);
    assert.ok(
      engine.logs.some((l) => waiting(l.message, l.urn)),
      `expected "waiting for VPN gateway ${gateways.vpnGatewayId} …" attached to the URN; got ${JSON.stringify(engine.logs)}`,
    );
    assert.ok(engine.logs.filter((l) => waiting(l.message, l.urn)).every((l) => l.ephemeral), 'progress is ephemeral status');
    assert.ok(engine.logs.every((l) => !l.message.includes(PSK)));
    assert.ok(engine.logs.every((l) => !l.message.includes(emu.accessKeySecret)));
    assert.equal(plugin.stdout(), `${plugin.port}\n`);
  });

  function diffRequest(news: Wire): DiffRequest {
    return new DiffRequest()
      .setId(id)
      .setUrn(urnOf('conn-one'))
      .setType(TYPE)
      .setName('conn-one')
      .setOlds(struct(outputs))
      .setOldInputs(struct(checked))
      .setNews(struct(news));
  }

  async function checkedNews(news: Wire): Promise<Wire> {
    const resp = await plugin.rpc.check(checkRequest('conn-one', news, checked));
    assert.deepEqual(resp.getFailuresList().map((f) => f.getReason()), []);
    return plain(resp.getInputs());
  }

  it('Diff reports no change for the same inputs', async () => {
    const resp = await plugin.rpc.diff(diffRequest(checked));
    assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_NONE);
    assert.equal(resp.getHasdetaileddiff(), true);
  });

  it('Diff shows a nested algorithm change as an in-place update at its path', async () => {
    const news = await checkedNews({ ...inputs, ikeConfig: secret({ psk: PSK, ikeEncAlg: 'aes256' }) });
    const resp = await plugin.rpc.diff(diffRequest(news));
    assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_SOME);
    assert.deepEqual(resp.getReplacesList(), []);
    assert.deepEqual(resp.getDiffsList(), ['ikeConfig']);
    assert.equal(resp.getDetaileddiffMap().get('ikeConfig.ikeEncAlg')?.getKind(), PropertyDiff.Kind.UPDATE);
  });

  it('Diff marks a new VPN gateway as a replacement', async () => {
    const news = await checkedNews({ ...inputs, vpnGatewayId: 'vpn-another0000000001' });
    const resp = await plugin.rpc.diff(diffRequest(news));
    assert.ok(resp.getReplacesList().includes('vpnGatewayId'));
    assert.equal(resp.getDetaileddiffMap().get('vpnGatewayId')?.getKind(), PropertyDiff.Kind.UPDATE_REPLACE);
  });

  function updateRequest(news: Wire, preview: boolean): UpdateRequest {
    return new UpdateRequest()
      .setId(id)
      .setUrn(urnOf('conn-one'))
      .setType(TYPE)
      .setName('conn-one')
      .setOlds(struct(outputs))
      .setOldInputs(struct(checked))
      .setNews(struct(news))
      .setTimeout(60)
      .setPreview(preview);
  }

  it('a preview Update returns the expected outputs and changes nothing remotely', async () => {
    const news = await checkedNews({ ...inputs, ikeConfig: secret({ psk: PSK, ikeEncAlg: 'aes256' }) });
    const before = JSON.stringify(await emu.control.state());
    const resp = await plugin.rpc.update(updateRequest(news, true));
    const props = plain(resp.getProperties());
    assert.equal(at(props, 'ikeConfig.ikeEncAlg'), 'aes256');
    assert.equal(props.vpnConnectionId, id);
    assert.equal(JSON.stringify(await emu.control.state()), before);
  });

  it('Update applies the change and keeps the PSK secret', async () => {
    const news = await checkedNews({ ...inputs, ikeConfig: secret({ psk: PSK, ikeEncAlg: 'aes256' }) });
    const resp = await plugin.rpc.update(updateRequest(news, false));
    outputs = plain(resp.getProperties());
    checked = news;
    assert.equal(at(outputs, 'ikeConfig.ikeEncAlg'), 'aes256');
    assert.ok(isSecret(outputs.ikeConfig) || isSecret(at(outputs, 'ikeConfig.psk')));
  });

  it('Read refreshes live state with the PSK secret in properties and inputs', async () => {
    const resp = await plugin.rpc.read(
      new ReadRequest().setId(id).setUrn(urnOf('conn-one')).setType(TYPE).setName('conn-one').setProperties(struct(outputs)).setInputs(struct(checked)),
    );
    assert.equal(resp.getId(), id);
    const props = plain(resp.getProperties());
    const ins = plain(resp.getInputs());
    assert.equal(at(props, 'ikeConfig.ikeEncAlg'), 'aes256');
    assert.ok(isSecret(props.ikeConfig) || isSecret(at(props, 'ikeConfig.psk')));
    assert.ok(isSecret(ins.ikeConfig) || isSecret(at(ins, 'ikeConfig.psk')));
  });

  it('Read for an import, given the id alone, returns properties and inputs', async () => {
    const resp = await plugin.rpc.read(new ReadRequest().setId(id).setUrn(urnOf('imported')).setType(TYPE).setName('imported'));
    assert.equal(resp.getId(), id);
    const props = plain(resp.getProperties());
    const ins = plain(resp.getInputs());
    assert.equal(props.vpnGatewayId, gateways.vpnGatewayId);
    assert.equal(ins.vpnGatewayId, gateways.vpnGatewayId);
    assert.deepEqual(ins.localSubnets, ['10.0.0.0/24']);
    assert.ok(isSecret(at(props, 'ikeConfig.psk')), 'the imported PSK is a secret');
  });

  it('Delete removes the connection, a later Read reports it gone with an empty id, and a Delete of the gone connection succeeds', async () => {
    await plugin.rpc.delete(
      new DeleteRequest().setId(id).setUrn(urnOf('conn-one')).setType(TYPE).setName('conn-one').setProperties(struct(outputs)).setOldInputs(struct(checked)).setTimeout(60),
    );
    assert.equal(await connectionCount(emu), 0);
    const resp = await plugin.rpc.read(
      new ReadRequest().setId(id).setUrn(urnOf('conn-one')).setType(TYPE).setName('conn-one').setProperties(struct(outputs)).setInputs(struct(checked)),
    );
    assert.equal(resp.getId(), '');
    // The engine retries a delete whose answer it lost: the connection is already gone, and that is success.
    await plugin.rpc.delete(
      new DeleteRequest().setId(id).setUrn(urnOf('conn-one')).setType(TYPE).setName('conn-one').setProperties(struct(outputs)),
    );
    assert.equal(await connectionCount(emu), 0);
  });

  it('Create with a service-generated PSK returns it as a secret', async () => {
    const news = { ...inputs, name: 'conn-generated', ikeConfig: { ikeEncAlg: 'aes' } };
    const checkResp = await plugin.rpc.check(checkRequest('conn-generated', news));
    assert.deepEqual(checkResp.getFailuresList().map((f) => f.getReason()), []);
    const resp = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf('conn-generated')).setType(TYPE).setName('conn-generated').setProperties(checkResp.getInputs()).setTimeout(60),
    );
    const props = plain(resp.getProperties());
    const psk = at(props, 'ikeConfig.psk');
    assert.ok(isSecret(psk), 'the generated PSK is wrapped at ikeConfig.psk');
    assert.equal(typeof psk.value, 'string');
    assert.ok((psk.value as string).length > 0);
    await plugin.rpc.delete(
      new DeleteRequest().setId(resp.getId()).setUrn(urnOf('conn-generated')).setType(TYPE).setProperties(resp.getProperties()).setTimeout(60),
    );
  });

  it('keeps any input the program marked secret secret in the outputs', async () => {
    const news = { ...inputs, name: secret('secret-name'), ikeConfig: { psk: PSK } };
    const checkResp = await plugin.rpc.check(checkRequest('conn-secret-name', news));
    assert.ok(isSecret(plain(checkResp.getInputs()).name));
    const resp = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf('conn-secret-name')).setType(TYPE).setProperties(checkResp.getInputs()).setPreview(true),
    );
    assert.ok(isSecret(plain(resp.getProperties()).name));
  });

  it('keeps the connection when `up --replace` (no Diff) re-creates it with identical inputs and then deletes the old id', async () => {
    // The engine's targeted replace: Check without olds, Create, then Delete of the old id.
    const name = 'conn-targeted-replace';
    const news = { ...inputs, name };
    const first = await plugin.rpc.check(checkRequest(name, news));
    const created = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(first.getInputs()).setTimeout(60),
    );
    const again = await plugin.rpc.check(checkRequest(name, news));
    const replacement = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(again.getInputs()).setTimeout(60),
    );
    assert.equal(replacement.getId(), created.getId(), 'one connection per gateway pair: the token replays it');
    await plugin.rpc.delete(
      new DeleteRequest().setId(created.getId()).setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(created.getProperties()).setTimeout(60),
    );
    assert.equal(await connectionCount(emu), 1, 'the delete of the replaced id must not remove the live connection');
    await waitForLog(engine, (m, urn) => urn === urnOf(name) && m.includes('a newer generation of this resource adopted it'));
    assert.ok(engine.logs.some((l) => l.urn === urnOf(name) && l.message.includes('deleteBeforeReplace')));
    assert.equal(at(plain(replacement.getProperties()), 'generation'), 2, 'the adopting create raised the generation');
    const refreshed = await plugin.rpc.read(
      new ReadRequest().setId(created.getId()).setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(replacement.getProperties()).setInputs(again.getInputs()),
    );
    assert.equal(refreshed.getId(), created.getId(), 'a refresh keeps the adopted connection');
    assert.equal(at(plain(refreshed.getProperties()), 'generation'), 2);
    await plugin.rpc.delete(
      new DeleteRequest().setId(created.getId()).setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(replacement.getProperties()).setTimeout(60),
    );
    assert.equal(await connectionCount(emu), 0, 'the current generation deletes it');
  });

  it('keeps an adopted connection when the old generation\'s Delete arrives in another plugin process', async () => {
    // A replacement planned in one process and carried out across two: the new provider's process creates
    // (and adopts), the old provider's process deletes the "old" id. Nothing in memory connects them.
    const name = 'conn-two-processes';
    const news = { ...inputs, name };
    const first = await plugin.rpc.check(checkRequest(name, news));
    const created = await plugin.rpc.create(
      new CreateRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(first.getInputs()).setTimeout(60),
    );
    assert.equal(at(plain(created.getProperties()), 'generation'), 1);
    const other = await startPlugin({ engineAddress: engine.address });
    try {
      // The same stack's provider, as the engine recorded it: its CheckConfig keeps the stack identity.
      await configureForEmulator(other, emu, { version: '0.1.0' }, providerInputs);
      const again = await other.rpc.check(checkRequest(name, news));
      const replacement = await other.rpc.create(
        new CreateRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(again.getInputs()).setTimeout(60),
      );
      assert.equal(replacement.getId(), created.getId());
      const oldDelete = new DeleteRequest().setId(created.getId()).setUrn(urnOf(name)).setType(TYPE).setName(name);
      await plugin.rpc.delete(oldDelete.setProperties(created.getProperties()).setTimeout(60));
      assert.equal(await connectionCount(emu), 1, 'the superseded generation\'s delete, from the first process, keeps it');
      await other.rpc.delete(
        new DeleteRequest().setId(created.getId()).setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(replacement.getProperties()).setTimeout(60),
      );
      assert.equal(await connectionCount(emu), 0);
    } finally {
      await other.stop();
    }
  });

  it('still answers GetPluginInfo after the lifecycle (no crash, nothing on stdout)', async () => {
    await plugin.rpc.getPluginInfo(new Empty());
    assert.equal(plugin.stdout(), `${plugin.port}\n`);
  });
});
