import { strict as assert } from 'assert';
import { resolveCloudSettings } from 'pulumi-resource-alicloudvpn/dist/cloud';

describe('cloud settings', () => {
  it('prefers explicit credentials over every environment variable', () => {
    const { settings, failures } = resolveCloudSettings(
      { accessKeyId: 'AK', accessKeySecret: 'SK', region: 'cn-shanghai' },
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'envAK', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'envSK', ALICLOUD_REGION: 'cn-beijing' },
    );
    assert.deepEqual(failures, []);
    assert.deepEqual(settings.credentials, { accessKeyId: 'AK', accessKeySecret: 'SK' });
    assert.equal(settings.credentialSource, 'explicit');
    assert.equal(settings.region, 'cn-shanghai');
  });

  it('reads ALIBABA_CLOUD_* before ALICLOUD_*', () => {
    const { settings } = resolveCloudSettings(
      {},
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'a', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'b', ALIBABA_CLOUD_SECURITY_TOKEN: 't', ALICLOUD_ACCESS_KEY: 'c', ALICLOUD_SECRET_KEY: 'd', ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou', ALICLOUD_REGION: 'cn-beijing' },
    );
    assert.deepEqual(settings.credentials, { accessKeyId: 'a', accessKeySecret: 'b', securityToken: 't' });
    assert.equal(settings.region, 'cn-hangzhou');
  });

  it('falls back to the ALICLOUD_* names pulumi-alicloud users set', () => {
    const { settings } = resolveCloudSettings({}, { ALICLOUD_ACCESS_KEY: 'c', ALICLOUD_SECRET_KEY: 'd', ALICLOUD_REGION: 'cn-beijing' });
    assert.deepEqual(settings.credentials, { accessKeyId: 'c', accessKeySecret: 'd' });
    assert.equal(settings.credentialSource, 'ALICLOUD_*');
    assert.equal(settings.region, 'cn-beijing');
  });

  it('leaves credentials to the default chain when nothing is set, with explicit 10 s / 30 s timeouts', () => {
    const { settings, failures } = resolveCloudSettings({}, {});
    assert.deepEqual(failures, []);
    assert.equal(settings.credentials, undefined);
    assert.equal(settings.credentialSource, 'default-chain');
    assert.equal(settings.connectTimeoutMs, 10_000);
    assert.equal(settings.readTimeoutMs, 30_000);
    assert.equal(settings.protocol, 'https');
  });

  it('takes the protocol from an endpoint URL and strips the scheme', () => {
    const { settings, failures } = resolveCloudSettings({ endpoint: 'http://127.0.0.1:4567/' }, {});
    assert.deepEqual(failures, []);
    assert.equal(settings.endpoint, '127.0.0.1:4567');
    assert.equal(settings.protocol, 'http');
  });

  it('reports half-set credentials and bad options without echoing secrets', () => {
    const { failures } = resolveCloudSettings({ accessKeySecret: 'TOPSECRET', protocol: 'ftp', endpoint: 'a b', connectTimeoutMs: -1 }, { ALICLOUD_SECRET_KEY: 'ENVSECRET' });
    const props = failures.map((f) => f.property).sort();
    assert.deepEqual(props, ['accessKeyId', 'connectTimeoutMs', 'endpoint', 'protocol']);
    for (const f of failures) assert.ok(!f.reason.includes('TOPSECRET') && !f.reason.includes('ENVSECRET'));
  });
});
