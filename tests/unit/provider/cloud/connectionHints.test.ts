// The socket errors a newcomer meets first, explained in the user's terms with the setting that fixes
// them; code, class and action stay so retry decisions do not change.
import { strict as assert } from 'assert';
import { CloudError, explainConnectionError, plainSettingHint, toCloudError } from 'pulumi-resource-alicloudvpn/dist/cloud';
// Not re-exported by cloud/index: it loads @alicloud/credentials, which the plugin loads only with the SDK.
import { noCredentialsMessage } from 'pulumi-resource-alicloudvpn/dist/cloud/credentialChain';
import { configSettingHint } from 'pulumi-resource-alicloudvpn/dist/server/settingHint';

function socketError(code: string, message: string): CloudError {
  return toCloudError(Object.assign(new Error(message), { code }), { action: 'DescribeVpnGateway' });
}

const emulator = { endpoint: '127.0.0.1:8080', protocol: 'http' as const };

describe('connection errors in the user\'s terms', () => {
  it('explains a refused loopback connection as a stopped emulator, naming the emulator command and the endpoint setting', () => {
    const e = explainConnectionError(socketError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8080'), emulator, configSettingHint) as CloudError;
    assert.equal(e.code, 'ECONNREFUSED');
    assert.equal(e.errorClass, 'transient');
    assert.equal(e.action, 'DescribeVpnGateway');
    assert.match(e.message, /^DescribeVpnGateway: cannot reach the VPC API at 127\.0\.0\.1:8080 \(http\): connection refused/);
    // With the walkthrough's state file: an emulator started without one serves none of the stack's connections.
    assert.match(e.message, /Is the emulator running\? Start it in the project directory .*`npx alicloudvpn-emulator --port 8080 --state \.\/emulator-state\.json`.*`make demo-emulator`/);
    assert.match(e.message, /`pulumi config set alicloudvpn:endpoint <host:port>`/);
  });

  it('names the endpoint setting, not the emulator, for a refused remote endpoint', () => {
    const target = { endpoint: 'vpc.example.internal:443', protocol: 'https' as const };
    const e = explainConnectionError(socketError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443'), target, configSettingHint) as CloudError;
    assert.doesNotMatch(e.message, /emulator/);
    assert.match(e.message, /alicloudvpn:endpoint/);
  });

  it('explains EPROTO against https as a plain-HTTP endpoint and gives the protocol command', () => {
    const raw = socketError('EPROTO', 'write EPROTO 40B8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number');
    assert.equal(raw.errorClass, 'fatal');
    const e = explainConnectionError(raw, { endpoint: '127.0.0.1:8080', protocol: 'https' }, configSettingHint) as CloudError;
    assert.match(e.message, /answered without TLS \(EPROTO\): it speaks plain HTTP.*but protocol is https/);
    assert.match(e.message, /`pulumi config set alicloudvpn:protocol http`$/);
    assert.doesNotMatch(e.message, /SSL routines|wrong version number/);
  });

  it('leaves answers from the service and unexplained codes alone', () => {
    const service = toCloudError(Object.assign(new Error('x'), { code: 'Throttling', statusCode: 400 }), { action: 'X' });
    assert.equal(explainConnectionError(service, emulator, configSettingHint), service);
    const reset = socketError('ECONNRESET', 'socket hang up');
    assert.equal(explainConnectionError(reset, emulator, configSettingHint), reset);
  });

  it('phrases settings as arguments when the caller gives no hint of its own (the dynamic provider)', () => {
    const e = explainConnectionError(socketError('EPROTO', 'x'), { endpoint: 'h:1', protocol: 'https' }, plainSettingHint) as CloudError;
    assert.match(e.message, /protocol: "http"$/);
  });

  it('says which settings to set when no credentials are found, and keeps the secret one --secret', () => {
    const m = noCredentialsMessage(configSettingHint, { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' });
    assert.match(m, /^no Alibaba Cloud credentials found\. Set them with `pulumi config set alicloudvpn:accessKeyId <AccessKey ID>`/);
    assert.match(m, /`pulumi config set --secret alicloudvpn:accessKeySecret <AccessKey secret>`/);
    assert.match(m, /ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
    assert.match(m, /ECS RAM role is off \(ALIBABA_CLOUD_ECS_METADATA_DISABLED=true\)/);
  });
});
