import { strict as assert } from 'node:assert';
import * as grpc from '@grpc/grpc-js';
import { CheckRequest, ConfigureRequest, CreateRequest, DiffRequest, DiffResponse, PropertyDiff } from '@pulumi/pulumi/proto/provider_pb';
import {
  grpcError,
  isSecret,
  plain,
  secret,
  startPlugin,
  struct,
  UNKNOWN,
  type FakeEngine,
  type PluginProcess,
} from '../../support/plugin';
import { pluginSuite } from './fixture';

const PROVIDER_URN = 'urn:pulumi:dev::proj::pulumi:providers:alicloudvpn::default';
const PROVIDER_TYPE = 'pulumi:providers:alicloudvpn';

const emulatorConfig = {
  region: 'cn-hangzhou',
  accessKeyId: 'LTAI-test-id',
  accessKeySecret: 'test-access-key-secret',
  endpoint: '127.0.0.1:9',
  protocol: 'http',
};

function checkConfigRequest(news: Record<string, unknown>): CheckRequest {
  return new CheckRequest().setUrn(PROVIDER_URN).setType(PROVIDER_TYPE).setName('default').setOlds(struct({})).setNews(struct(news));
}

function diffConfigRequest(olds: Record<string, unknown>, news: Record<string, unknown>): DiffRequest {
  return new DiffRequest()
    .setUrn(PROVIDER_URN)
    .setType(PROVIDER_TYPE)
    .setName('default')
    .setId('provider-id')
    .setOlds(struct(olds))
    .setOldInputs(struct(olds))
    .setNews(struct(news));
}

describe('provider configuration over gRPC', () => {
  let engine: FakeEngine;
  let plugin: PluginProcess;
  pluginSuite((s) => ({ engine, plugin } = s));

  describe('CheckConfig', () => {
    it('returns the inputs with accessKeySecret and securityToken wrapped as secrets', async () => {
      const resp = await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, securityToken: 'sts-token-value' }));
      assert.deepEqual(resp.getFailuresList(), []);
      const inputs = plain(resp.getInputs());
      assert.ok(isSecret(inputs.accessKeySecret));
      assert.equal(inputs.accessKeySecret.value, 'test-access-key-secret');
      assert.ok(isSecret(inputs.securityToken));
      assert.equal(inputs.region, 'cn-hangzhou');
      assert.equal(inputs.endpoint, '127.0.0.1:9');
    });

    it('adds a stack identity the first time and returns the recorded one after that, whatever the news', async () => {
      const first = plain((await plugin.rpc.checkConfig(checkConfigRequest(emulatorConfig))).getInputs());
      assert.match(String(first.stackIdentity), /^[0-9a-f]{32}$/);
      const again = await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, endpoint: '127.0.0.1:10' }).setOlds(struct(first)));
      assert.equal(plain(again.getInputs()).stackIdentity, first.stackIdentity);
      const other = plain((await plugin.rpc.checkConfig(checkConfigRequest(emulatorConfig))).getInputs());
      assert.notEqual(other.stackIdentity, first.stackIdentity, 'a new stack draws its own');
    });

    it('refuses a change to the cloud when Configure carried no stack identity (CheckConfig was skipped), before any API call', async () => {
      const other = await startPlugin({ engineAddress: engine.address });
      try {
        await other.rpc.configure(new ConfigureRequest().setAcceptsecrets(true).setArgs(struct(emulatorConfig)));
        const props = struct({ vpnGatewayId: 'vpn-x', customerGatewayId: 'cgw-x', localSubnets: ['10.0.0.0/24'], remoteSubnets: ['10.1.0.0/24'], regionId: 'cn-hangzhou' });
        const urn = 'urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::c';
        const err = await grpcError(other.rpc.create(new CreateRequest().setUrn(urn).setType('alicloudvpn:index:VpnConnection').setName('c').setProperties(props)));
        assert.equal(err.code, grpc.status.FAILED_PRECONDITION);
        assert.match(err.details, /carry no stack identity, which its CheckConfig adds/);
      } finally {
        await other.stop();
      }
    });

    it('keeps secrets the engine sent as secrets wrapped', async () => {
      const resp = await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, accessKeyId: secret('LTAI-secret-id') }));
      assert.ok(isSecret(plain(resp.getInputs()).accessKeyId));
    });

    it('fails a bad protocol with the property name and the allowed values', async () => {
      const resp = await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, protocol: 'ftp' }));
      const [f] = resp.getFailuresList();
      assert.equal(f.getProperty(), 'protocol');
      assert.match(f.getReason(), /http, https/);
    });

    it('fails an endpoint written with a scheme', async () => {
      const resp = await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, endpoint: 'http://127.0.0.1:9' }));
      assert.deepEqual(
        resp.getFailuresList().map((f) => f.getProperty()),
        ['endpoint'],
      );
      assert.match(resp.getFailuresList()[0].getReason(), /without a scheme/);
    });

    it('accepts unknown values during preview and returns them as unknowns', async () => {
      const resp = await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, region: UNKNOWN.string }));
      assert.deepEqual(resp.getFailuresList(), []);
      assert.equal(plain(resp.getInputs()).region, UNKNOWN.string);
    });

    it('warns about an unrecognised key through the engine log, attached to the provider URN', async () => {
      await plugin.rpc.checkConfig(checkConfigRequest({ ...emulatorConfig, regoin: 'cn-shanghai' }));
      const deadline = Date.now() + 5_000;
      while (!engine.logs.some((l) => l.message.includes('regoin')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const entry = engine.logs.find((l) => l.message.includes('regoin'));
      assert.ok(entry, 'expected a warning about alicloudvpn:regoin');
      assert.equal(entry.urn, PROVIDER_URN);
      assert.ok(engine.logs.every((l) => !l.message.includes('test-access-key-secret')));
    });
  });

  describe('DiffConfig', () => {
    it('reports no changes for the same configuration', async () => {
      const resp = await plugin.rpc.diffConfig(diffConfigRequest(emulatorConfig, { ...emulatorConfig, version: '0.1.0' }));
      assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_NONE);
      assert.equal(resp.getHasdetaileddiff(), true);
    });

    it('updates the provider in place when the region changes (each connection\'s own diff decides)', async () => {
      const resp = await plugin.rpc.diffConfig(diffConfigRequest(emulatorConfig, { ...emulatorConfig, region: 'cn-shanghai' }));
      assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_SOME);
      assert.deepEqual(resp.getReplacesList(), []);
      assert.equal(resp.getDetaileddiffMap().get('region')?.getKind(), PropertyDiff.Kind.UPDATE);
    });

    it('updates the provider in place when the endpoint changes (it is how the API is reached, not where connections live)', async () => {
      const resp = await plugin.rpc.diffConfig(diffConfigRequest(emulatorConfig, { ...emulatorConfig, endpoint: '127.0.0.1:10' }));
      assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_SOME);
      assert.deepEqual(resp.getReplacesList(), []);
      assert.equal(resp.getDetaileddiffMap().get('endpoint')?.getKind(), PropertyDiff.Kind.UPDATE);
    });

    it('updates in place when only the credentials change', async () => {
      const resp = await plugin.rpc.diffConfig(
        diffConfigRequest(emulatorConfig, { ...emulatorConfig, accessKeyId: 'LTAI-other', accessKeySecret: 'other-secret' }),
      );
      assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_SOME);
      assert.deepEqual(resp.getReplacesList(), []);
      assert.deepEqual(resp.getDiffsList(), ['accessKeyId', 'accessKeySecret']);
    });
  });

  describe('Configure', () => {
    it('reads the deprecated variables map and answers with the protocol features', async () => {
      const req = new ConfigureRequest().setAcceptsecrets(true).setAcceptresources(true);
      for (const [k, v] of Object.entries(emulatorConfig)) req.getVariablesMap().set(`alicloudvpn:config:${k}`, v);
      const resp = await plugin.rpc.configure(req);
      assert.equal(resp.getAcceptsecrets(), true);
      assert.equal(resp.getSupportspreview(), true);
      assert.equal(resp.getAcceptresources(), true);
      assert.equal(resp.getAcceptoutputs(), false);
    });

    it('reads args with secrets, ignoring the version key', async () => {
      const req = new ConfigureRequest()
        .setAcceptsecrets(true)
        .setAcceptresources(true)
        .setArgs(struct({ ...emulatorConfig, accessKeySecret: secret('test-access-key-secret'), version: '0.1.0' }));
      const resp = await plugin.rpc.configure(req);
      assert.equal(resp.getSupportspreview(), true);
    });

    it('does not fail when a value is unknown during preview', async () => {
      const req = new ConfigureRequest().setAcceptsecrets(true).setArgs(struct({ ...emulatorConfig, region: UNKNOWN.string }));
      const resp = await plugin.rpc.configure(req);
      assert.equal(resp.getAcceptsecrets(), true);
    });

    it('rejects an invalid configuration with INVALID_ARGUMENT naming the key, never the secret', async () => {
      const req = new ConfigureRequest().setArgs(struct({ protocol: 'gopher', accessKeySecret: secret('do-not-print-me') }));
      const err = await grpcError(plugin.rpc.configure(req));
      assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
      assert.match(err.details, /alicloudvpn:protocol/);
      assert.ok(!err.details.includes('do-not-print-me'));
    });
  });
});
