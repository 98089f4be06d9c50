// The retries of one operation: every call goes through Retrier.run; a look-up after a failure gets its own budget.
import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import { AFTER_FAILURE_BUDGET, CloudError, DEFAULT_RETRY_POLICY, OperationAbortedError, Retrier, attemptsFor, systemClock, toCloudError } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { apiError } from './apiError';
import { settleWith } from './fakeTime';

describe('Retrier: the retries of one operation', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 1_000_000 })));
  afterEach(() => clock.restore());

  const settle = <T>(p: Promise<T>): Promise<T> => settleWith(clock, p);

  it('retries what the classification says is retryable and says so on the status line', async () => {
    const logs: string[] = [];
    const r = new Retrier({ at: Date.now() + 600_000, clock: systemClock }, DEFAULT_RETRY_POLICY, () => 0, (m) => logs.push(m));
    const call = sinon.stub();
    call.onCall(0).rejects(apiError('Throttling.User', 400));
    call.onCall(1).resolves('ok');
    assert.equal(await settle(r.run('DescribeX', call)), 'ok');
    assert.deepEqual(logs, ['retrying DescribeX after Throttling.User (request RID-1) (attempt 2, in 0.3 s)']);
  });

  it('surfaces an error the caller must fix on the first attempt', async () => {
    const r = new Retrier({ at: Date.now() + 600_000, clock: systemClock });
    const call = sinon.stub().rejects(apiError('IllegalParam.X', 400));
    await assert.rejects(settle(r.run('CreateX', call)), (e: CloudError) => e.code === 'IllegalParam.X');
    assert.equal(call.callCount, 1);
  });

  it('after a failure, looks again a few times on a budget of its own, even when the operation was cancelled or out of time', async () => {
    const ac = new AbortController();
    ac.abort();
    const spent = new Retrier({ at: Date.now() - 1, clock: systemClock, signal: ac.signal }, DEFAULT_RETRY_POLICY, () => 0);
    await assert.rejects(settle(spent.run('X', async () => 1)), OperationAbortedError);
    const after = spent.afterFailure();
    const call = sinon.stub().rejects(apiError('InternalError', 500));
    await assert.rejects(settle(after.run('DescribeVpnConnections', call)), (e: CloudError) => e.code === 'InternalError');
    assert.equal(call.callCount, AFTER_FAILURE_BUDGET.attempts);
    call.reset();
    call.resolves(['vco-1']);
    assert.deepEqual(await settle(spent.afterFailure().run('DescribeVpnConnections', call)), ['vco-1']);
  });

  it('decides in one place how many attempts an error gets', () => {
    const p = DEFAULT_RETRY_POLICY;
    const of = (e: Error): CloudError => toCloudError(e);
    assert.equal(attemptsFor(of(apiError('IllegalParam.X', 400)), p, false), 1);
    assert.equal(attemptsFor(of(apiError('Throttling.User', 400)), p, false), p.maxAttempts);
    assert.equal(attemptsFor(of(apiError('InternalError', 500)), p, false), p.maxAttempts);
    assert.equal(attemptsFor(of(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })), p, false), Infinity, 'an outage: the window decides');
    assert.equal(attemptsFor(of(apiError('VpnGateway.Configuring', 400)), p, false), Infinity, 'busy: until the deadline');
    assert.equal(attemptsFor(of(apiError('IncorrectStatus.VpnGateway', 400)), p, false), p.maxAttempts, 'busy or going, unprobed');
    assert.equal(attemptsFor(of(apiError('IncorrectStatus.VpnGateway', 400)), p, true), Infinity, 'busy or going, probed');
  });
});
