import { strict as assert } from 'node:assert';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import {
  configFromVariables,
  diffConfig,
  explicitSettings,
  hasUnknownConfig,
  unrecognizedConfigKeys,
  validateConfig,
} from 'pulumi-resource-alicloudvpn/dist/server/providerConfig';

describe('provider configuration', () => {
  describe('variables', () => {
    it('strips the alicloudvpn:config: prefix the engine puts on variable keys', () => {
      assert.deepEqual(
        configFromVariables([
          ['alicloudvpn:config:region', 'cn-hangzhou'],
          ['alicloudvpn:config:accessKeyId', 'AKID'],
          ['alicloudvpn:endpoint', '127.0.0.1:8080'],
        ]),
        { region: 'cn-hangzhou', accessKeyId: 'AKID', endpoint: '127.0.0.1:8080' },
      );
    });
  });

  describe('validation', () => {
    it('accepts a complete emulator configuration', () => {
      assert.deepEqual(
        validateConfig({
          region: 'cn-hangzhou',
          accessKeyId: 'AKID',
          accessKeySecret: 'secret',
          endpoint: '127.0.0.1:8080',
          protocol: 'http',
          version: '0.1.0',
        }),
        [],
      );
    });

    it('names the property and the allowed values for a bad protocol', () => {
      const [f] = validateConfig({ protocol: 'ftp' });
      assert.equal(f.property, 'protocol');
      assert.match(f.reason, /alicloudvpn:protocol/);
      assert.match(f.reason, /http, https/);
    });

    it('rejects an endpoint with a scheme and points at the protocol setting', () => {
      const [f] = validateConfig({ endpoint: 'http://127.0.0.1:8080' });
      assert.equal(f.property, 'endpoint');
      assert.match(f.reason, /without a scheme/);
      assert.match(f.reason, /alicloudvpn:protocol/);
    });

    it('rejects an endpoint that is not host:port', () => {
      const [f] = validateConfig({ endpoint: 'host/with/path' });
      assert.equal(f.property, 'endpoint');
    });

    it('rejects a region that is not a region id', () => {
      const [f] = validateConfig({ region: 'Hangzhou' });
      assert.equal(f.property, 'region');
    });

    it('rejects non-string and empty values', () => {
      const failures = validateConfig({ region: 42, accessKeyId: '' });
      assert.deepEqual(failures.map((f) => f.property).sort(), ['accessKeyId', 'region']);
      assert.match(failures.find((f) => f.property === 'region')!.reason, /must be a string/);
    });

    it('requires the access key pair together, without echoing the secret', () => {
      const failures = validateConfig({ accessKeySecret: 'very-secret-value' });
      assert.ok(failures.some((f) => f.property === 'accessKeyId'));
      assert.ok(failures.every((f) => !f.reason.includes('very-secret-value')));
    });

    it('does not judge values that are unknown during preview', () => {
      assert.deepEqual(validateConfig({ region: new Unknown(), endpoint: new Unknown() }), []);
      assert.ok(hasUnknownConfig({ region: new Unknown() }));
      assert.ok(!hasUnknownConfig({ region: 'cn-hangzhou' }));
    });

    it('passes only known, non-empty strings to settings resolution', () => {
      assert.deepEqual(explicitSettings({ region: 'cn-hangzhou', endpoint: new Unknown(), protocol: '', other: 'x' }), {
        region: 'cn-hangzhou',
      });
    });

    it('flags keys that are neither ours nor the engine’s', () => {
      assert.deepEqual(unrecognizedConfigKeys({ region: 'x', regoin: 'y', version: '1', __internal: {} }), ['regoin']);
    });
  });

  describe('DiffConfig', () => {
    const base = { region: 'cn-hangzhou', endpoint: '127.0.0.1:8080', accessKeyId: 'A', accessKeySecret: 'S' };

    it('reports no change for identical configuration, ignoring the engine’s version key', () => {
      const d = diffConfig({ ...base, version: '0.1.0' }, { ...base, version: '0.2.0' });
      assert.equal(d.changes, false);
      assert.deepEqual(d.diffs, []);
    });

    it('updates without replacing when the region changes: each resource decides by its own effective region', () => {
      const d = diffConfig(base, { ...base, region: 'cn-shanghai' });
      assert.deepEqual(d.replaces, []);
      assert.equal(d.detailedDiff.region.kind, 'update');
    });

    it('updates without replacing when the endpoint changes, is added or is removed (it is how the API is reached)', () => {
      const { endpoint: _e, ...noEndpoint } = base;
      const alias = diffConfig(base, { ...base, endpoint: 'localhost:8080' });
      assert.equal(alias.changes, true);
      assert.deepEqual(alias.replaces, []);
      assert.equal(alias.detailedDiff.endpoint.kind, 'update');
      assert.equal(diffConfig(noEndpoint, base).detailedDiff.endpoint.kind, 'add');
      assert.equal(diffConfig(base, noEndpoint).detailedDiff.endpoint.kind, 'delete');
      assert.deepEqual(diffConfig(base, noEndpoint).replaces, []);
    });

    it('updates without replacing when the endpoint, protocol and credentials all change at once', () => {
      const d = diffConfig(base, { ...base, endpoint: '10.0.0.1:443', protocol: 'https', accessKeyId: 'B', securityToken: 'T' });
      assert.deepEqual(d.replaces, []);
      assert.deepEqual(d.diffs, ['accessKeyId', 'endpoint', 'protocol', 'securityToken']);
    });

    it('updates without replacing when only credentials or protocol change', () => {
      const d = diffConfig(base, { ...base, accessKeyId: 'B', accessKeySecret: 'T', protocol: 'http' });
      assert.equal(d.changes, true);
      assert.deepEqual(d.replaces, []);
      assert.deepEqual(d.diffs, ['accessKeyId', 'accessKeySecret', 'protocol']);
      assert.equal(d.detailedDiff.protocol.kind, 'add');
    });

    it('treats a region not known yet as a change, never a replacement', () => {
      const d = diffConfig(base, { ...base, region: new Unknown() });
      assert.deepEqual(d.diffs, ['region']);
      assert.deepEqual(d.replaces, []);
    });
  });
});
