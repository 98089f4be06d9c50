import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import { CloudError, DEFAULT_OUTAGE_WINDOW_MS, DEFAULT_RETRY_POLICY, OUTAGE_MAX_DELAY_MS, OperationAbortedError, outageWindowMs, backoffDelay, systemClock, withRetry } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { apiError } from './apiError';

describe('cloud retry', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => clock.restore());

  const deadline = (ms = 600_000, signal?: AbortSignal) => ({ at: Date.now() + ms, clock: systemClock, signal });

  it('grows delays exponentially with equal jitter and caps them', () => {
    const p = DEFAULT_RETRY_POLICY;
    assert.equal(backoffDelay(1, p, () => 0), 250);
    assert.equal(backoffDelay(1, p, () => 0.999999), 500);
    assert.equal(backoffDelay(3, p, () => 0), 1000);
    assert.equal(backoffDelay(20, p, () => 0.999999), 15_000);
    assert.equal(backoffDelay(1, p, () => 0, 4000), 4000);
  });

  it('retries throttling, 5xx, network errors and busy codes until the call succeeds', async () => {
    const call = sinon.stub();
    call.onCall(0).rejects(apiError('Throttling.User', 400));
    call.onCall(1).rejects(apiError('InternalError', 500));
    call.onCall(2).rejects(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    call.onCall(3).rejects(apiError('VpnGateway.Configuring', 400));
    call.onCall(4).resolves('done');
    const delays: number[] = [];
    const p = withRetry(call, { deadline: deadline(), random: () => 0, what: 'X', onRetry: (i) => delays.push(i.delayMs) });
    await clock.runAllAsync();
    assert.equal(await p, 'done');
    assert.equal(call.callCount, 5);
    assert.deepEqual(delays, [250, 500, 1000, 2000]);
  });

  it('times the retry of a busy answer by the caller\'s schedule when it gives one, and backs off from anything else', async () => {
    const call = sinon.stub();
    call.onCall(0).rejects(apiError('VpnGateway.Configuring', 400));
    call.onCall(1).rejects(apiError('InternalError', 500));
    call.onCall(2).rejects(apiError('VpnGateway.Configuring', 400));
    call.onCall(3).resolves('done');
    const delays: number[] = [];
    const paces: string[] = [];
    const pace = (e: CloudError): number | undefined => (paces.push(e.code), paces.length === 1 ? 40 : undefined);
    const p = withRetry(call, { deadline: deadline(), random: () => 0, what: 'X', pace, onRetry: (i) => delays.push(i.delayMs) });
    await clock.runAllAsync();
    assert.equal(await p, 'done');
    assert.deepEqual(paces, ['VpnGateway.Configuring', 'VpnGateway.Configuring'], 'asked for busy answers only');
    assert.deepEqual(delays, [500, 1000], 'the backoff where it gives no delay; its own delay is its wait, not reported as a retry');
    assert.equal(clock.now, 1_000_000 + 40 + 500 + 1000);
  });

  it('never retries other 4xx errors', async () => {
    const call = sinon.stub().rejects(apiError('IllegalParam.LocalSubnet', 400));
    await assert.rejects(withRetry(call, { deadline: deadline(), what: 'X' }), (e: CloudError) => e.code === 'IllegalParam.LocalSubnet');
    assert.equal(call.callCount, 1);
  });

  it('gives up on transient errors after maxAttempts', async () => {
    const call = sinon.stub().rejects(apiError('InternalError', 500));
    const settled = withRetry(call, { deadline: deadline(), random: () => 0, what: 'X' }).catch((e: unknown) => e);
    await clock.runAllAsync();
    assert.equal(((await settled) as CloudError).code, 'InternalError');
    assert.equal(call.callCount, DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('rides out an outage (a refused connection) for the outage window, then fails with the outage error', async () => {
    const call = sinon.stub().rejects(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }));
    const start = Date.now();
    const settled = withRetry(call, { deadline: deadline(), random: () => 0, what: 'X' }).catch((e: unknown) => e);
    await clock.runAllAsync();
    assert.equal(((await settled) as CloudError).code, 'ECONNREFUSED');
    const elapsed = Date.now() - start;
    assert.ok(elapsed >= DEFAULT_OUTAGE_WINDOW_MS && elapsed < DEFAULT_OUTAGE_WINDOW_MS + OUTAGE_MAX_DELAY_MS, `gave up after ${elapsed} ms`);
    assert.ok(call.callCount > DEFAULT_RETRY_POLICY.maxAttempts, `${call.callCount} attempts: more than the transient budget`);
  });

  it('succeeds when the service is back within the window (reset, DNS failure, refused)', async () => {
    const codes = ['ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED'];
    const call = sinon.stub();
    codes.forEach((code, i) => call.onCall(i).rejects(Object.assign(new Error(`boom ${code}`), { code })));
    call.onCall(codes.length).resolves('ok');
    const settled = withRetry(call, { deadline: deadline(), random: () => 0, what: 'X' });
    await clock.runAllAsync();
    assert.equal(await settled, 'ok');
  });

  it('takes the outage window from ALICLOUDVPN_OUTAGE_RETRY_SECONDS and rejects a bad value naming the variable', () => {
    assert.equal(outageWindowMs({}), DEFAULT_OUTAGE_WINDOW_MS);
    assert.equal(outageWindowMs({ ALICLOUDVPN_OUTAGE_RETRY_SECONDS: '2.5' }), 2500);
    assert.equal(outageWindowMs({ ALICLOUDVPN_OUTAGE_RETRY_SECONDS: '0' }), 0);
    assert.throws(() => outageWindowMs({ ALICLOUDVPN_OUTAGE_RETRY_SECONDS: 'soon' }), /ALICLOUDVPN_OUTAGE_RETRY_SECONDS must be a number of seconds from 0 to 3600/);
  });

  it('keeps retrying busy codes past maxAttempts, until the deadline, then times out naming the last error', async () => {
    const call = sinon.stub().rejects(apiError('VpnGateway.Configuring', 400));
    const settled = withRetry(call, { deadline: deadline(120_000), random: () => 0, what: 'CreateVpnConnection' }).catch((e: unknown) => e);
    await clock.runAllAsync();
    const e = (await settled) as OperationAbortedError;
    assert.ok(e instanceof OperationAbortedError);
    assert.equal(e.reason, 'timeout');
    assert.ok(call.callCount > DEFAULT_RETRY_POLICY.maxAttempts);
    assert.match(e.message, /CreateVpnConnection: timed out \(last error: .*VpnGateway.Configuring/);
  });

  it('stops promptly when the signal aborts during a backoff', async () => {
    const ac = new AbortController();
    const call = sinon.stub().rejects(apiError('Throttling.User', 400));
    const settled = withRetry(call, { deadline: deadline(600_000, ac.signal), random: () => 0, what: 'X' }).catch((e: unknown) => e);
    await clock.tickAsync(10);
    ac.abort();
    await clock.tickAsync(0);
    const e = (await settled) as OperationAbortedError;
    assert.equal(e.reason, 'cancelled');
    assert.equal(call.callCount, 1);
  });

  it('stops waiting for a call that outlives the deadline', async () => {
    const call = sinon.stub().returns(new Promise(() => undefined));
    const settled = withRetry(call, { deadline: deadline(3_000), what: 'DescribeVpnConnection' }).catch((e: unknown) => e);
    await clock.tickAsync(3_001);
    const e = (await settled) as OperationAbortedError;
    assert.equal(e.reason, 'timeout');
  });

  it('gives IncorrectStatus.VpnGateway only the ordinary attempt budget when no probe can ask the gateway', async () => {
    const call = sinon.stub().rejects(apiError('IncorrectStatus.VpnGateway', 400));
    const settled = withRetry(call, { deadline: deadline(20 * 60_000), random: () => 0, what: 'DeleteVpnConnection' }).catch((e: unknown) => e);
    await clock.runAllAsync();
    assert.equal(((await settled) as CloudError).code, 'IncorrectStatus.VpnGateway');
    assert.equal(call.callCount, DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('keeps retrying IncorrectStatus.VpnGateway past maxAttempts while the probe finds nothing final', async () => {
    const call = sinon.stub();
    for (let i = 0; i < 10; i++) call.onCall(i).rejects(apiError('IncorrectStatus.VpnGateway', 400));
    call.onCall(10).resolves('done');
    const probe = sinon.stub().resolves();
    const p = withRetry(call, { deadline: deadline(20 * 60_000), random: () => 0, what: 'X', probe });
    await clock.runAllAsync();
    assert.equal(await p, 'done');
    assert.equal(probe.callCount, 10);
    assert.ok(probe.firstCall.args[0] instanceof CloudError);
  });

  it('ends the retries with whatever the probe throws, before any backoff', async () => {
    const call = sinon.stub().rejects(apiError('IncorrectStatus.VpnGateway', 400));
    const final = new Error('gateway is deleting');
    const probe = sinon.stub().rejects(final);
    const settled = withRetry(call, { deadline: deadline(), random: () => 0, what: 'X', probe }).catch((e: unknown) => e);
    await clock.tickAsync(0);
    assert.equal(await settled, final);
    assert.equal(call.callCount, 1);
  });

  it('never probes an error it will not retry', async () => {
    const probe = sinon.stub().resolves();
    const call = sinon.stub().rejects(apiError('IllegalParam.LocalSubnet', 400));
    await assert.rejects(withRetry(call, { deadline: deadline(), what: 'X', probe }));
    assert.equal(probe.callCount, 0);
  });
});
