import { strict as assert } from 'assert';
import { CloudError, classify, toCloudError } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { apiError } from './apiError';

describe('cloud errors', () => {
  const table: [string, number | undefined, string][] = [
    ['Throttling.User', 400, 'throttling'],
    ['Throttling', 400, 'throttling'],
    ['ServiceUnavailable', 503, 'throttling'],
    ['Rejected.Throttling', 400, 'throttling'],
    ['Throttling.Resource.VpnConnection', 400, 'throttling'],
    ['QPS.Throttling.Api', 400, 'throttling'],
    ['Forbidden.Throttling', 403, 'throttling'],
    ['VpnGateway.Configuring', 400, 'busy'],
    ['IncorrectStatus.VpnGateway', 400, 'busy'],
    ['OperationConflict', 400, 'busy'],
    ['VpnTask.CONFLICT', 400, 'busy'],
    ['VpnConnection.Configuring', 400, 'busy'],
    ['TaskConflict', 400, 'busy'],
    ['InternalError', 500, 'transient'],
    ['SomethingNew', 502, 'transient'],
    ['InvalidVpnConnectionInstanceId.NotFound', 404, 'not-found'],
    ['IdempotentParameterMismatch', 400, 'idempotency-mismatch'],
    ['InvalidVpnConnection.AlreadyExists', 400, 'fatal'],
    ['IllegalParam.LocalSubnet', 400, 'fatal'],
    ['Forbidden', 403, 'fatal'],
    ['ECONNRESET', undefined, 'transient'],
  ];
  for (const [code, status, cls] of table) {
    it(`classifies ${code} (${status ?? 'no response'}) as ${cls}`, () => assert.equal(classify(code, status), cls));
  }

  it('keeps code, HTTP status, request id and retry-after from an SDK error', () => {
    const e = toCloudError(apiError('Throttling.User', 400, { retryAfter: 1200 }));
    assert.ok(e instanceof CloudError);
    assert.deepEqual([e.code, e.statusCode, e.requestId, e.errorClass, e.retryAfterMs, e.retryable], ['Throttling.User', 400, 'RID-1', 'throttling', 1200, true]);
  });

  it('treats dropped connections, timeouts and cut-off bodies as transient', () => {
    assert.equal(toCloudError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).errorClass, 'transient');
    assert.equal(toCloudError(Object.assign(new Error('ReadTimeout(30000)'), { name: 'RequestTimeoutError' })).errorClass, 'transient');
    assert.equal(toCloudError(new SyntaxError('Unexpected end of JSON input')).errorClass, 'transient');
  });

  it('never retries an error thrown before sending (missing credentials)', () => {
    const e = toCloudError(Object.assign(new Error('InvalidCredentials'), { code: 'InvalidCredentials' }));
    assert.equal(e.retryable, false);
  });
});
