// The service's answers a setting fixes (a bad AccessKey pair, a gateway the region does not have), explained
// with the setting's source and the command that fixes it; never with the AccessKey secret.
import { strict as assert } from 'assert';
import {
  CloudError,
  EMULATOR_STATE_FILE,
  emulatorStartCommand,
  explainCredentialError,
  explainGatewayError,
  isSettingsError,
  plainSettingHint,
  toCloudError,
  type CredentialTarget,
} from 'pulumi-resource-alicloudvpn/dist/cloud';
import { configSettingHint } from 'pulumi-resource-alicloudvpn/dist/server/settingHint';
import { apiError } from './apiError';

const SECRET = 'the-access-key-secret-Zx9';
const serviceMessage = (code: string) => ({ data: { Code: code, RequestId: 'RID-1', Message: `service text ${SECRET}` } });

function answer(code: string, statusCode: number, action = 'CreateVpnConnection'): CloudError {
  return toCloudError(apiError(code, statusCode, serviceMessage(code)), { action });
}

function explained(code: string, statusCode: number, target: CredentialTarget, hint = configSettingHint): CloudError {
  const e = explainCredentialError(answer(code, statusCode), target, hint) as CloudError;
  assert.ok(!e.message.includes(SECRET), `the message carries the secret: ${e.message}`);
  return e;
}

describe('credential errors in the user\'s terms', () => {
  it('SignatureDoesNotMatch: names the AccessKey ID, the provider settings it came from and the commands that set the pair', () => {
    const e = explained('SignatureDoesNotMatch', 400, { credentialSource: 'explicit', accessKeyId: 'LTAI5tSomeKey' });
    assert.equal(e.code, 'SignatureDoesNotMatch');
    assert.equal(e.errorClass, 'fatal');
    assert.equal(e.action, 'CreateVpnConnection');
    assert.match(e.message, /^CreateVpnConnection: SignatureDoesNotMatch: the service rejected the request's signature: the AccessKey secret is not the one that belongs to AccessKey ID LTAI5tSomeKey \(the pair came from the provider's accessKeyId and accessKeySecret settings\)/);
    assert.match(e.message, /Set the right pair: `pulumi config set alicloudvpn:accessKeyId <AccessKey ID>` and `pulumi config set --secret alicloudvpn:accessKeySecret <AccessKey secret>`/);
    assert.match(e.message, /\(HTTP 400, RequestId RID-1\)$/);
  });

  it('InvalidAccessKeyId.NotFound from the environment: names the variables and says the provider settings win', () => {
    const e = explained('InvalidAccessKeyId.NotFound', 404, { credentialSource: 'ALIBABA_CLOUD_*', accessKeyId: 'LTAI5tGone' });
    assert.match(e.message, /the service does not know AccessKey ID LTAI5tGone \(it came from the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET\)/);
    assert.match(e.message, /Either export the right pair in ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or set the pair in the provider settings, which take precedence: `pulumi config set alicloudvpn:accessKeyId/);
  });

  it('names ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY and the default chain as sources', () => {
    assert.match(explained('SignatureDoesNotMatch', 400, { credentialSource: 'ALICLOUD_*', accessKeyId: 'k' }).message, /ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY/);
    const chain = explained('SignatureDoesNotMatch', 400, { credentialSource: 'default-chain' });
    assert.match(chain.message, /belongs to the AccessKey ID \(the pair came from the default credential chain \(an Alibaba Cloud CLI profile/);
    assert.match(chain.message, /Either correct the profile or credentials file it read, or set the pair in the provider settings/);
  });

  it('phrases the fix as arguments for the dynamic provider', () => {
    assert.match(explained('SignatureDoesNotMatch', 400, { credentialSource: 'explicit', accessKeyId: 'k' }, plainSettingHint).message, /accessKeySecret: "<AccessKey secret>"/);
  });

  it('leaves other answers and socket errors alone', () => {
    const other = answer('Throttling', 400);
    assert.equal(explainCredentialError(other, { credentialSource: 'explicit' }, configSettingHint), other);
    const socket = toCloudError(Object.assign(new Error('x'), { code: 'SignatureDoesNotMatch' }), {});
    assert.equal(explainCredentialError(socket, { credentialSource: 'explicit' }, configSettingHint), socket);
  });

  it('counts credential and endpoint failures as settings errors, not the service\'s other answers', () => {
    assert.ok(isSettingsError(answer('SignatureDoesNotMatch', 400)));
    assert.ok(isSettingsError(answer('InvalidAccessKeyId.NotFound', 404)));
    assert.ok(isSettingsError(new CloudError('x', 'NoCredentials', undefined, undefined, 'fatal')));
    assert.ok(isSettingsError(new CloudError('x', 'ECONNREFUSED', undefined, undefined, 'transient')));
    assert.ok(!isSettingsError(answer('InvalidVpnGatewayInstanceId.NotFound', 404)));
    assert.ok(!isSettingsError(new Error('SignatureDoesNotMatch')));
  });
});

describe('an unknown VPN gateway in the user\'s terms', () => {
  const req = { regionId: 'cn-shanghai', vpnGatewayId: 'vpn-foo' };
  const notFound = () => answer('InvalidVpnGatewayInstanceId.NotFound', 404, 'DescribeVpnGateway');

  it('names the region asked and how to choose another; on the emulator, the command that lists its gateways', () => {
    const e = explainGatewayError(notFound(), req, { endpoint: '127.0.0.1:8080', protocol: 'http' }, configSettingHint) as CloudError;
    assert.equal(e.code, 'InvalidVpnGatewayInstanceId.NotFound');
    assert.equal(e.statusCode, 404);
    assert.match(e.message, /^VPN gateway vpn-foo does not exist in region cn-shanghai\. Check the gateway id, and that the region is the gateway's: set regionId on the resource, or the provider's region with `pulumi config set alicloudvpn:region <region id>`\./);
    assert.match(e.message, /On the emulator, `npx alicloudvpn-emulator gateway list --endpoint 127\.0\.0\.1:8080 --region cn-shanghai` lists the gateways of that region\./);
    assert.match(e.message, /\(InvalidVpnGatewayInstanceId\.NotFound, HTTP 404, RequestId RID-1\)$/);
  });

  it('does not mention the emulator for a remote endpoint', () => {
    const e = explainGatewayError(notFound(), req, { protocol: 'https' }, configSettingHint) as CloudError;
    assert.doesNotMatch(e.message, /emulator/);
    assert.match(e.message, /alicloudvpn:region/);
  });

  it('leaves other errors alone', () => {
    const other = answer('InvalidVpnConnectionInstanceId.NotFound', 404);
    assert.equal(explainGatewayError(other, req, { protocol: 'https' }, configSettingHint), other);
  });
});

describe('the emulator command the hints give', () => {
  it('starts the emulator with the state file the README\'s walkthrough uses', () => {
    assert.equal(emulatorStartCommand('127.0.0.1:18080'), `npx alicloudvpn-emulator --port 18080 --state ${EMULATOR_STATE_FILE}`);
    assert.equal(EMULATOR_STATE_FILE, './emulator-state.json');
  });
});
