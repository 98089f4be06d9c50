import { strict as assert } from 'node:assert';
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { CheckRequest, ConfigureRequest, CreateRequest, ReadRequest } from '@pulumi/pulumi/proto/provider_pb';
import { CreateVpnConnectionRequest } from '@alicloud/vpc20160428';
import { seedGateways, startEmulator, vpcClient, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import {
  at,
  cleanEnv,
  grpcError,
  initFailedDetail,
  isSecret,
  plain,
  secret,
  startFakeEngine,
  startPlugin,
  struct,
  type FakeEngine,
  type PluginProcess,
  type Wire,
} from '../../support/plugin';
import { recordNetwork } from '../../support/offMachine';
import { configureChecked, configureForEmulator, REGION, TYPE, urnOf } from './fixture';

const PSK = 'failure-test-psk-K9x1';

// Codes after which the engine treats the resource's state as unknown: expected failures never use them.
const UNRECOVERABLE = [grpc.status.UNKNOWN, grpc.status.INTERNAL, grpc.status.DATA_LOSS];

function connectionInputs(g: SeededGateways, customerGatewayId = g.customerGatewayId): Wire {
  return {
    vpnGatewayId: g.vpnGatewayId,
    customerGatewayId,
    localSubnets: ['10.10.0.0/24'],
    remoteSubnets: ['192.168.10.0/24'],
    ikeConfig: { psk: secret(PSK) },
  };
}

async function checked(plugin: PluginProcess, name: string, news: Wire): Promise<Wire> {
  const resp = await plugin.rpc.check(
    new CheckRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setOlds(struct({})).setNews(struct(news)),
  );
  assert.deepEqual(resp.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`), []);
  return plain(resp.getInputs());
}

function createRequest(name: string, props: Wire, timeoutSeconds: number): CreateRequest {
  return new CreateRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(struct(props)).setTimeout(timeoutSeconds);
}

// A gateway stays busy far longer than any test: the waits end on the engine's timeout or a Cancel, never on the
// window, and the test waits for events (the plugin asking about the gateway), not for time to pass.
const BUSY_MS = 600_000;

describe('plugin failure handling over gRPC: partial creates, missing gateways, Cancel and missing credentials end in recoverable, clear errors', function () {
  this.timeout(120_000);

  let engine: FakeEngine;
  let emu: EmulatorProcess;

  before(async () => {
    engine = await startFakeEngine();
    // Gateways stay "updating" after each change for longer than any timeout here.
    emu = await startEmulator({ busyMs: BUSY_MS });
  });

  after(async () => {
    await emu?.stop();
    await engine?.stop();
  });

  describe('with a configured provider', () => {
    let plugin: PluginProcess;
    let gateways: SeededGateways;

    before(async () => {
      gateways = await seedGateways(emu, { region: REGION, count: 2, advanceClockMs: BUSY_MS });
      plugin = await startPlugin({ engineAddress: engine.address });
      await configureForEmulator(plugin, emu);
    });

    after(async () => {
      await plugin?.stop();
    });

    it('reports a connection that was created but did not settle in time as ErrorResourceInitFailed', async () => {
      const props = await checked(plugin, 'conn-partial', connectionInputs(gateways));
      const err = await grpcError(plugin.rpc.create(createRequest('conn-partial', props, 2)));
      assert.ok(!UNRECOVERABLE.includes(err.code), `code ${err.code} must be recoverable`);
      const detail = initFailedDetail(err);
      assert.ok(detail, `expected ErrorResourceInitFailed details, got: ${err.code} ${err.details}`);
      assert.match(detail.getId(), /^vco-/);
      assert.ok(detail.getReasonsList().length > 0);
      const properties = plain(detail.getProperties());
      assert.equal(properties.vpnGatewayId, gateways.vpnGatewayId);
      assert.ok(isSecret(properties.ikeConfig) || isSecret(at(properties, 'ikeConfig.psk')), 'PSK secret in partial state');
      assert.ok(!err.details.includes(PSK));
      const state = await emu.control.state();
      assert.ok(state.vpnConnections.some((c) => c.VpnConnectionId === detail.getId()), 'the connection exists remotely');
    });

    it('fails a create on a missing VPN gateway with a recoverable code and a clear message', async () => {
      const props = await checked(plugin, 'conn-nogw', { ...connectionInputs(gateways), vpnGatewayId: 'vpn-doesnotexist000001' });
      const err = await grpcError(plugin.rpc.create(createRequest('conn-nogw', props, 30)));
      assert.ok(!UNRECOVERABLE.includes(err.code), `code ${err.code} must be recoverable`);
      assert.equal(initFailedDetail(err), undefined);
      assert.match(err.details, /vpn-doesnotexist000001/);
      assert.ok(!err.details.includes(PSK));
    });

    it('returns an empty id from Read for a connection that does not exist', async () => {
      const resp = await plugin.rpc.read(
        new ReadRequest().setId('vco-doesnotexist000001').setUrn(urnOf('ghost')).setType(TYPE).setProperties(struct({ regionId: REGION })),
      );
      assert.equal(resp.getId(), '');
    });

    it('rejects a resource type it does not serve with INVALID_ARGUMENT', async () => {
      const err = await grpcError(
        plugin.rpc.check(
          new CheckRequest().setUrn('urn:pulumi:dev::proj::alicloudvpn:index:Other::x').setType('alicloudvpn:index:Other').setNews(struct({})),
        ),
      );
      assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
      assert.match(err.details, /alicloudvpn:index:Other/);
    });
  });

  describe('Cancel', () => {
    it('stops an in-flight create that is waiting for a busy gateway', async () => {
      const gateways = await seedGateways(emu, { region: REGION, count: 2, advanceClockMs: BUSY_MS });
      const plugin = await startPlugin({ engineAddress: engine.address });
      try {
        await configureForEmulator(plugin, emu);
        // Another change on the same gateway (made straight through the API) keeps it "updating"; the create waits.
        await vpcClient(emu).createVpnConnection(new CreateVpnConnectionRequest({
          regionId: REGION, vpnGatewayId: gateways.vpnGatewayId, customerGatewayId: gateways.customerGatewayIds[0],
          localSubnet: '10.99.0.0/16', remoteSubnet: '172.31.0.0/16', name: 'other-change',
        }));
        const second = await checked(plugin, 'conn-second', connectionInputs(gateways, gateways.customerGatewayIds[1]));
        await emu.control.clearStats();
        const started = Date.now();
        const pending = grpcError(plugin.rpc.create(createRequest('conn-second', second, 120)));
        // Cancel once the plugin has heard from the service that the gateway is busy, so it lands in the wait.
        for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
          const stats = await emu.control.stats();
          const busyAnswers = Object.values(stats.CreateVpnConnection?.errors ?? {}).reduce((a, b) => a + b, 0);
          if ((stats.DescribeVpnGateway?.succeeded ?? 0) > 0 || busyAnswers > 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await plugin.rpc.cancel(new Empty());
        const err = await pending;
        const elapsed = Date.now() - started;
        assert.ok(elapsed < 5_000, `create returned ${elapsed} ms after it started; Cancel should stop the wait`);
        assert.ok(!UNRECOVERABLE.includes(err.code), `code ${err.code} must be recoverable`);
        assert.equal(initFailedDetail(err), undefined, 'nothing was created, so no partial result');
        const state = await emu.control.state();
        assert.ok(!state.vpnConnections.some((c) => c.CustomerGatewayId === gateways.customerGatewayIds[1]));
      } finally {
        await plugin.stop();
      }
    });
  });

  describe('without credentials', () => {
    it('refuses a configuration with an access key id but no secret, naming the missing key', async () => {
      const plugin = await startPlugin({ engineAddress: engine.address });
      try {
        const err = await grpcError(
          plugin.rpc.configure(new ConfigureRequest().setArgs(struct({ region: REGION, accessKeyId: emu.accessKeyId }))),
        );
        assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
        assert.match(err.details, /accessKeySecret/);
      } finally {
        await plugin.stop();
      }
    });

    // The metadata probe is off (cleanEnv), as in every test; the guard refuses and records any other
    // destination off the machine, such as the lookup of "undefined" the SDK's own chain made.
    it('still previews, and fails a real create with a recoverable error', async () => {
      const gateways = await seedGateways(emu, { region: REGION, advanceClockMs: BUSY_MS });
      const network = recordNetwork();
      const plugin = await startPlugin({ engineAddress: engine.address, env: cleanEnv({ HOME: '/nonexistent', ...network.env }) });
      try {
        await configureChecked(plugin, { region: REGION, endpoint: emu.endpoint, protocol: 'http' });
        const props = await checked(plugin, 'conn-nocreds', connectionInputs(gateways));
        const preview = await plugin.rpc.create(createRequest('conn-nocreds', props, 30).setPreview(true));
        assert.equal(preview.getId(), '');
        const err = await grpcError(plugin.rpc.create(createRequest('conn-nocreds', props, 30)));
        assert.ok(!UNRECOVERABLE.includes(err.code), `code ${err.code} must be recoverable: ${err.details}`);
        assert.match(err.details, /no Alibaba Cloud credentials found\. Set them with `pulumi config set alicloudvpn:accessKeyId <AccessKey ID>`/);
        assert.match(err.details, /`pulumi config set --secret alicloudvpn:accessKeySecret <AccessKey secret>`/);
        assert.match(err.details, /ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
        assert.doesNotMatch(err.details, /ENOTFOUND|undefined/);
        const state = await emu.control.state();
        assert.ok(!state.vpnConnections.some((c) => c.VpnGatewayId === gateways.vpnGatewayId));
        assert.deepEqual(network.guardedPids().length, 1, `the plugin ran without the guard:\n${network.lines().join('\n')}`);
        assert.deepEqual(network.offMachine(), [], 'the no-credentials path tried to reach something off the machine');
      } finally {
        await plugin.stop();
        network.remove();
      }
    });
  });
});
