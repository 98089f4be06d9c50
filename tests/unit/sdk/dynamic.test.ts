import { strict as assert } from 'node:assert';
import * as pulumi from '@pulumi/pulumi';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import * as resource from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import * as dynamic from 'pulumi-alicloudvpn-dynamic';
import * as runtime from 'pulumi-alicloudvpn-dynamic/runtime';
import { serializedProvider } from 'pulumi-alicloudvpn-dynamic/dist/serializedProvider';
import { installMocks, isWireSecret, registered, type Registration } from './mocks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireFromString = require('require-from-string') as (code: string) => { handler: () => pulumi.dynamic.ResourceProvider };

const UNKNOWN_STRING = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const SEED = 'urn:pulumi:unit::alicloudvpn-sdk-test::pulumi-nodejs:dynamic/alicloudvpn:VpnConnection::conn';
const STACK = '5ac40000000000000000000000000004';

const VALID = {
  vpnGatewayId: 'vpn-bp1q8bgx4xnkm0001',
  customerGatewayId: 'cgw-bp1hgslrq1afztya0001',
  localSubnets: ['10.1.1.0/24'],
  remoteSubnets: ['10.2.1.0/24'],
};
const CLOUD = {
  region: 'cn-shanghai',
  endpoint: '127.0.0.1:8080',
  protocol: 'http',
  accessKeyId: 'LTAI-test',
  accessKeySecret: 'secret-1',
};

function hostInputs(resourceInputs: Record<string, unknown>, cloud: Record<string, unknown> = CLOUD) {
  return { ...resourceInputs, __cloud: cloud, __clientTokenSeed: SEED, __stackIdentity: STACK, __provider: 'serialized' };
}

/** The provider exactly as the dynamic-provider host gets it: serialized text, loaded back. */
async function deserializedProvider(): Promise<pulumi.dynamic.ResourceProvider> {
  const serialized = await pulumi.runtime.serializeFunction(() => serializedProvider, { allowSecrets: false });
  return requireFromString(serialized.text).handler();
}

const ENV_KEYS = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_REGION_ID',
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
  'ALICLOUD_REGION',
  'ALICLOUD_REGION_ID',
];

describe('sdk dynamic VpnConnection', () => {
  const savedEnv: Record<string, string | undefined> = {};
  before(() => {
    for (const key of ENV_KEYS) {
      savedEnv[key] = process.env[key];
      delete process.env[key];
    }
  });
  after(() => {
    for (const key of ENV_KEYS) {
      if (savedEnv[key] === undefined) delete process.env[key];
      else process.env[key] = savedEnv[key];
    }
  });

  it('loads at runtime as pulumi-alicloudvpn-dynamic', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('pulumi-alicloudvpn-dynamic') as typeof dynamic;
    assert.equal(typeof loaded.VpnConnection, 'function');
    assert.equal(loaded.VpnConnection, dynamic.VpnConnection);
  });

  describe('serialized provider', () => {
    it('serializes to a small closure that requires the run-time module instead of capturing it', async () => {
      const serialized = await pulumi.runtime.serializeFunction(() => serializedProvider, { allowSecrets: false });
      assert.match(serialized.text, /require\(RUNTIME_MODULE\)/);
      assert.match(serialized.text, /pulumi-alicloudvpn-dynamic\/runtime/);
      assert.doesNotMatch(serialized.text, /grpc|@alicloud|ipaddr/);
      assert.ok(serialized.text.length < 4000, `serialized provider is ${serialized.text.length} characters`);
    });

    it('rejects invalid inputs at check with exactly the failures of the shared resource check', async () => {
      const provider = await deserializedProvider();
      const news = { ...VALID, localSubnets: [], ikeConfig: { ikeEncAlg: 'aes512', ikeLifetime: 90000 } };
      const expected = resource.check({}, news, { defaultRegion: CLOUD.region });
      assert.ok(expected.failures.length >= 3, 'the shared check rejects these inputs');
      const result = await provider.check!({}, hostInputs(news));
      assert.deepEqual(result.failures, expected.failures);
    });

    it('returns the checked inputs with defaults filled in and the hidden settings kept', async () => {
      const provider = await deserializedProvider();
      const result = await provider.check!({}, hostInputs(VALID));
      assert.deepEqual(result.failures, []);
      const expected = resource.check({}, VALID, { defaultRegion: CLOUD.region });
      const inputs = result.inputs as Record<string, unknown>;
      assert.equal(inputs.regionId, 'cn-shanghai', 'the region comes from the cloud settings');
      assert.deepEqual(inputs.ikeConfig, expected.inputs.ikeConfig);
      assert.deepEqual(inputs.__cloud, CLOUD);
      assert.equal(inputs.__clientTokenSeed, SEED);
    });
  });

  describe('run-time provider', () => {
    it('lets preview unknowns through check and hands them back as sentinels', async () => {
      const result = await runtime.check({}, hostInputs({ ...VALID, vpnGatewayId: UNKNOWN_STRING }));
      assert.deepEqual(result.failures, []);
      assert.equal((result.inputs as Record<string, unknown>).vpnGatewayId, UNKNOWN_STRING);
      const direct = resource.check({}, { ...VALID, vpnGatewayId: new Unknown('string') }, { defaultRegion: CLOUD.region });
      assert.deepEqual(direct.failures, []);
    });

    it('reports bad cloud settings under the cloud argument, before any API call', async () => {
      const result = await runtime.check({}, hostInputs(VALID, { ...CLOUD, protocol: 'ftp', endpoint: 'not a host' }));
      const properties = (result.failures ?? []).map((f) => f.property).sort();
      assert.deepEqual(properties, ['cloud.endpoint', 'cloud.protocol']);
      for (const f of result.failures ?? []) assert.doesNotMatch(f.reason, /secret-1/);
    });

    it('reports a missing regionId when neither the resource nor the cloud settings name a region', async () => {
      const { region: _region, ...noRegion } = CLOUD;
      void _region;
      const result = await runtime.check({}, hostInputs(VALID, noRegion));
      assert.deepEqual((result.failures ?? []).map((f) => f.property), ['regionId']);
    });

    it('reports a missing ClientToken seed', async () => {
      const { __clientTokenSeed: _seed, ...inputs } = hostInputs(VALID);
      void _seed;
      const result = await runtime.check({}, inputs);
      assert.deepEqual((result.failures ?? []).map((f) => f.property), ['__clientTokenSeed']);
    });

    describe('diff', () => {
      async function checked(inputs: Record<string, unknown>, cloud: Record<string, unknown> = CLOUD) {
        const result = await runtime.check({}, hostInputs(inputs, cloud));
        assert.deepEqual(result.failures, []);
        return result.inputs as Record<string, unknown>;
      }
      async function stateFor(inputs: Record<string, unknown>, cloud: Record<string, unknown> = CLOUD) {
        const { __provider: _p, ...checkedInputs } = await checked(inputs, cloud);
        void _p;
        const resourceInputs = Object.fromEntries(Object.entries(checkedInputs).filter(([k]) => !k.startsWith('__')));
        return { ...checkedInputs, vpnConnectionId: 'vco-1', status: 'ipsec_sa_established', state: 'active', __inputs: resourceInputs };
      }

      it('reports no change for the same inputs and settings', async () => {
        const result = await runtime.diff('vco-1', await stateFor(VALID), await checked(VALID));
        assert.equal(result.changes, false);
        assert.deepEqual(result.replaces, []);
      });

      it('delegates resource changes to the shared diff: an algorithm updates in place', async () => {
        const next = { ...VALID, ikeConfig: { ikeEncAlg: 'aes256' } };
        const result = await runtime.diff('vco-1', await stateFor(VALID), await checked(next));
        const shared = resource.diff({
          id: 'vco-1',
          oldOutputs: (await stateFor(VALID)) as Record<string, unknown>,
          oldInputs: (await stateFor(VALID)).__inputs,
          newInputs: Object.fromEntries(Object.entries(await checked(next)).filter(([k]) => !k.startsWith('__'))),
        });
        assert.equal(result.changes, true);
        assert.deepEqual(result.replaces, shared.replaces);
        assert.deepEqual(result.replaces, []);
      });

      it('replaces for another VPN gateway, with the shared diff\'s delete-before-replace choice', async () => {
        const next = { ...VALID, vpnGatewayId: 'vpn-other0001' };
        const result = await runtime.diff('vco-1', await stateFor(VALID), await checked(next));
        assert.equal(result.changes, true);
        assert.deepEqual(result.replaces, ['vpnGatewayId']);
        assert.equal(result.deleteBeforeReplace, false);
      });

      it('stores rotated credentials in place without replacing the connection', async () => {
        const rotated = { ...CLOUD, accessKeySecret: 'secret-2' };
        const result = await runtime.diff('vco-1', await stateFor(VALID), await checked(VALID, rotated));
        assert.equal(result.changes, true);
        assert.deepEqual(result.replaces, []);
      });

      it('stores another endpoint and protocol in place: how the API is reached is not where the connection lives', async () => {
        const elsewhere = { ...CLOUD, endpoint: 'localhost:8080', protocol: 'https' };
        const result = await runtime.diff('vco-1', await stateFor(VALID), await checked(VALID, elsewhere));
        assert.equal(result.changes, true);
        assert.deepEqual(result.replaces, []);
      });
    });

    it('fails an operation with bad cloud settings without calling the API', async () => {
      const props = { ...hostInputs(VALID, { ...CLOUD, protocol: 'ftp' }), vpnConnectionId: 'vco-1' };
      await assert.rejects(runtime.remove('vco-1', props), /invalid cloud settings: protocol: allowed values: http, https/);
      await assert.rejects(runtime.create(hostInputs(VALID, { ...CLOUD, protocol: 'ftp' })), /invalid cloud settings/);
    });
  });

  describe('resource', () => {
    let registrations: Registration[];
    beforeEach(async () => {
      registrations = await installMocks();
    });
    afterEach(() => {
      for (const key of ENV_KEYS) delete process.env[key];
    });

    it('registers a dynamic resource carrying the serialized provider, a URN-equivalent seed and secret cloud settings', async () => {
      process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAI-env';
      process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'env-secret';
      process.env.ALIBABA_CLOUD_REGION_ID = 'cn-beijing';
      const conn = new dynamic.VpnConnection('conn', {
        ...VALID,
        ikeConfig: { psk: 'k3y', ikeEncAlg: 'aes' },
        cloud: { endpoint: '127.0.0.1:8080', protocol: 'http' },
      });
      await registered(conn);
      const reg = registrations.find((r) => r.name === 'conn');
      assert.ok(reg);
      assert.equal(reg.type, 'pulumi-nodejs:dynamic/alicloudvpn:VpnConnection');
      assert.equal(typeof reg.wire.__provider, 'string');
      assert.match(reg.wire.__provider as string, /pulumi-alicloudvpn-dynamic\/runtime/);
      assert.equal(reg.wire.__clientTokenSeed, SEED);
      assert.ok(isWireSecret(reg.wire.__cloud), 'the cloud settings travel as one secret');
      assert.deepEqual(reg.wire.__cloud.value, {
        region: 'cn-beijing',
        endpoint: '127.0.0.1:8080',
        protocol: 'http',
        accessKeyId: 'LTAI-env',
        accessKeySecret: 'env-secret',
      });
      const ike = reg.wire.ikeConfig as Record<string, unknown>;
      assert.ok(isWireSecret(ike.psk) && ike.psk.value === 'k3y');
      assert.equal(ike.ikeEncAlg, 'aes');
      assert.deepEqual(reg.additionalSecretOutputs.sort(), ['__cloud', '__inputs', 'ikeConfig', 'tunnelOptions']);
      for (const key of ['vpnGatewayId', 'customerGatewayId', 'localSubnets', 'remoteSubnets']) {
        assert.deepEqual(reg.wire[key], VALID[key as keyof typeof VALID]);
      }
    });

    it('prefers explicit cloud settings over the environment', async () => {
      process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAI-env';
      process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'env-secret';
      const conn = new dynamic.VpnConnection('explicit', {
        ...VALID,
        cloud: { ...CLOUD, accessKeySecret: pulumi.secret('explicit-secret') },
      });
      await registered(conn);
      const reg = registrations.find((r) => r.name === 'explicit');
      assert.ok(reg && isWireSecret(reg.wire.__cloud));
      assert.deepEqual(reg.wire.__cloud.value, { ...CLOUD, accessKeySecret: 'explicit-secret' });
    });

    it('refuses to construct without a required input', () => {
      const { remoteSubnets: _r, ...partial } = VALID;
      void _r;
      assert.throws(
        () => new dynamic.VpnConnection('partial', partial as dynamic.VpnConnectionArgs),
        /Missing required property 'remoteSubnets'/,
      );
    });
  });
});
