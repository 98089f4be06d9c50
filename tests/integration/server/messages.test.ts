// The messages a setting fixes, from the plugin process over gRPC against a real emulator process: each names
// the setting in use and the command that fixes it, and none carries the AccessKey secret.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { CheckRequest, CreateRequest, DeleteRequest } from '@pulumi/pulumi/proto/provider_pb';
import { seedGateways, startEmulator, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { cleanEnv, grpcError, PLUGIN_BIN, plain, secret, startFakeEngine, startPlugin, struct, type FakeEngine, type PluginProcess, type Wire } from '../../support/plugin';
import { configureChecked, configureForEmulator, REGION, TYPE, urnOf } from './fixture';

const execFileAsync = promisify(execFile);
const PSK = 'messages-psk-Q7w2';
const WRONG_SECRET = 'not-the-emulator-secret-Hq3';

describe('plugin messages that name the fix, over gRPC against the emulator', function () {
  this.timeout(60_000);
  let engine: FakeEngine;
  let emu: EmulatorProcess;
  let gateways: SeededGateways;
  const plugins: PluginProcess[] = [];

  before(async () => {
    engine = await startFakeEngine();
    emu = await startEmulator();
    gateways = await seedGateways(emu, { region: REGION });
  });

  after(async () => {
    for (const p of plugins) await p.stop();
    await emu?.stop();
    await engine?.stop();
  });

  async function plugin(env: NodeJS.ProcessEnv = {}): Promise<PluginProcess> {
    const p = await startPlugin({ engineAddress: engine.address, env: cleanEnv({ HOME: '/nonexistent', ...env }) });
    plugins.push(p);
    return p;
  }

  function inputs(extra: Wire = {}): Wire {
    return {
      vpnGatewayId: gateways.vpnGatewayId,
      customerGatewayId: gateways.customerGatewayId,
      localSubnets: ['10.20.0.0/24'],
      remoteSubnets: ['192.168.20.0/24'],
      ikeConfig: { psk: secret(PSK) },
      ...extra,
    };
  }

  async function createError(p: PluginProcess, name: string, news: Wire): Promise<grpc.ServiceError> {
    const checked = await p.rpc.check(new CheckRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setOlds(struct({})).setNews(struct(news)));
    assert.deepEqual(checked.getFailuresList().map((f) => f.getReason()), []);
    const req = new CreateRequest().setUrn(urnOf(name)).setType(TYPE).setName(name).setProperties(struct(plain(checked.getInputs()))).setTimeout(30);
    return grpcError(p.rpc.create(req));
  }

  function assertNoSecrets(text: string): void {
    for (const s of [WRONG_SECRET, emu.accessKeySecret, PSK]) assert.ok(!text.includes(s), `the message carries a secret: ${text}`);
  }

  it('SignatureDoesNotMatch: names the AccessKey ID, the provider settings it came from and the config commands', async () => {
    const p = await plugin();
    await configureForEmulator(p, emu, { accessKeySecret: secret(WRONG_SECRET) });
    const err = await createError(p, 'conn-badsecret', inputs());
    assert.match(err.details, new RegExp(`SignatureDoesNotMatch: the service rejected the request's signature: the AccessKey secret is not the one that belongs to AccessKey ID ${emu.accessKeyId} \\(the pair came from the provider's accessKeyId and accessKeySecret settings\\)`));
    assert.match(err.details, /Set the right pair: `pulumi config set alicloudvpn:accessKeyId <AccessKey ID>` and `pulumi config set --secret alicloudvpn:accessKeySecret <AccessKey secret>`/);
    assertNoSecrets(err.details);
  });

  it('InvalidAccessKeyId.NotFound from the environment: names the variables it came from', async () => {
    const p = await plugin({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tNoSuchKey', ALIBABA_CLOUD_ACCESS_KEY_SECRET: WRONG_SECRET });
    await configureChecked(p, { region: REGION, endpoint: emu.endpoint, protocol: 'http' });
    const err = await createError(p, 'conn-nokey', inputs());
    assert.match(err.details, /InvalidAccessKeyId\.NotFound: the service does not know AccessKey ID LTAI5tNoSuchKey \(it came from the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET\)/);
    assert.match(err.details, /Either export the right pair in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or set the pair in the provider settings/);
    assertNoSecrets(err.details);
  });

  it('an unknown gateway: names the region, regionId / alicloudvpn:region and the emulator command that lists gateways', async () => {
    const p = await plugin();
    await configureForEmulator(p, emu);
    const err = await createError(p, 'conn-nogw', inputs({ vpnGatewayId: 'vpn-foo' }));
    assert.notEqual(err.code, grpc.status.INTERNAL);
    assert.match(err.details, /^vpnGatewayId: VPN gateway vpn-foo does not exist in region cn-hangzhou\. Check the gateway id, and that the region is the gateway's: set regionId on the resource, or the provider's region with `pulumi config set alicloudvpn:region <region id>`\./);
    assert.ok(err.details.includes(`\`npx alicloudvpn-emulator gateway list --endpoint ${emu.endpoint} --region cn-hangzhou\``), err.details);
  });

  it('a Delete failing on the credentials says destroy uses the recorded settings and names --run-program', async () => {
    const p = await plugin();
    await configureForEmulator(p, emu, { accessKeySecret: secret(WRONG_SECRET) });
    const req = new DeleteRequest().setId('vco-recorded0001').setUrn(urnOf('conn-recorded')).setType(TYPE).setTimeout(30)
      .setProperties(struct({ ...inputs(), regionId: REGION, vpnConnectionId: 'vco-recorded0001' }));
    const err = await grpcError(p.rpc.delete(req));
    assert.equal(err.code, grpc.status.INVALID_ARGUMENT, err.details);
    assert.match(err.details, /SignatureDoesNotMatch: the service rejected the request's signature/);
    assert.match(err.details, /Note: `pulumi destroy` uses the provider settings the stack's last update recorded, not the stack config as it is now\. If you have fixed them in the config since, run `pulumi destroy --run-program`/);
    assertNoSecrets(err.details);
  });

  it('--help and -h print what the binary is and exit 0 without serving; --version prints the version', async () => {
    for (const flag of ['--help', '-h']) {
      const { stdout, stderr } = await execFileAsync(process.execPath, [PLUGIN_BIN, flag], { env: cleanEnv(), timeout: 10_000 });
      assert.match(stdout, /^pulumi-resource-alicloudvpn \S+: the Pulumi resource provider plugin for Alibaba Cloud IPsec-VPN connections/);
      assert.match(stdout, /The Pulumi engine starts this binary itself/);
      assert.match(stdout, /--version/);
      assert.doesNotMatch(stdout, /^\d+$/m, 'printed a port');
      assert.equal(stderr, '');
    }
    const { stdout } = await execFileAsync(process.execPath, [PLUGIN_BIN, '--version'], { env: cleanEnv(), timeout: 10_000 });
    assert.match(stdout, /^\d+\.\d+\.\d+\S*\n$/);
  });
});
