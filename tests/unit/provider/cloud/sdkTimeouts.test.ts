// The SDK's HTTP layer uses the connect timeout as a socket idle timeout that also runs while the answer is
// awaited: what the SDK is given decides how long a request really waits.
import { strict as assert } from 'assert';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS, READ_TIMEOUT_ENV, requestWaitMs, resolveCloudSettings, sdkTimeouts } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { createSdkClient } from 'pulumi-resource-alicloudvpn/dist/cloud/client';

describe('SDK timeouts', () => {
  it('never gives the SDK a connect timeout shorter than the read timeout, so the read timeout applies', () => {
    assert.deepEqual(sdkTimeouts({ connectTimeoutMs: 10_000, readTimeoutMs: 30_000 }), { connectTimeout: 30_000, readTimeout: 30_000 });
    assert.deepEqual(sdkTimeouts({ connectTimeoutMs: 60_000, readTimeoutMs: 30_000 }), { connectTimeout: 60_000, readTimeout: 30_000 });
  });

  it('makes a request wait the read timeout with the defaults (30 s, not the 10 s connect timeout)', () => {
    assert.equal(requestWaitMs({ connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS, readTimeoutMs: DEFAULT_READ_TIMEOUT_MS }), DEFAULT_READ_TIMEOUT_MS);
  });

  it('hands those values to the SDK client createSdkClient builds', () => {
    const { settings } = resolveCloudSettings({ endpoint: '127.0.0.1:1', protocol: 'http', accessKeyId: 'id', accessKeySecret: 'secret-value', region: 'cn-hangzhou' }, {});
    const client = createSdkClient(settings) as unknown as { _connectTimeout: number; _readTimeout: number };
    assert.equal(client._connectTimeout, DEFAULT_READ_TIMEOUT_MS);
    assert.equal(client._readTimeout, DEFAULT_READ_TIMEOUT_MS);
  });

  it(`takes the read timeout from ${READ_TIMEOUT_ENV} when readTimeoutMs is not given`, () => {
    const from = (env: NodeJS.ProcessEnv, explicit: { readTimeoutMs?: number } = {}) => resolveCloudSettings(explicit, env);
    assert.equal(from({ [READ_TIMEOUT_ENV]: '3' }).settings.readTimeoutMs, 3_000);
    assert.equal(requestWaitMs(from({ [READ_TIMEOUT_ENV]: '3' }).settings), 3_000, 'a shorter read timeout is what a request waits');
    assert.equal(from({ [READ_TIMEOUT_ENV]: '3' }, { readTimeoutMs: 20_000 }).settings.readTimeoutMs, 20_000, 'the explicit setting wins');
    assert.equal(from({}).settings.readTimeoutMs, DEFAULT_READ_TIMEOUT_MS);
  });

  it(`rejects a ${READ_TIMEOUT_ENV} that is not whole seconds from 1 to 600, naming the variable and the allowed values`, () => {
    for (const bad of ['0', '601', '2.5', '3s', '-1']) {
      const { settings, failures } = resolveCloudSettings({}, { [READ_TIMEOUT_ENV]: bad });
      assert.equal(settings.readTimeoutMs, DEFAULT_READ_TIMEOUT_MS);
      assert.deepEqual(failures.map((f) => f.property), [READ_TIMEOUT_ENV], bad);
      assert.match(failures[0].reason, /whole number of seconds between 1 and 600/);
    }
  });
});
