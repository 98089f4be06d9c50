import { strict as assert } from 'assert';
import { OperationAbortedError, raceAbort } from 'pulumi-resource-alicloudvpn/dist/cloud';

describe('raceAbort: the one way a wait ends on Cancel', () => {
  it('settles as the promise does when nothing aborts, and without a signal returns the promise itself', async () => {
    const ac = new AbortController();
    assert.equal(await raceAbort(Promise.resolve(7), ac.signal, 'x'), 7);
    await assert.rejects(raceAbort(Promise.reject(new Error('boom')), ac.signal, 'x'), /boom/);
    const p = Promise.resolve(1);
    assert.equal(raceAbort(p, undefined, 'x'), p);
  });

  it('rejects with a cancelled OperationAbortedError carrying the message once the signal aborts, while the work is pending', async () => {
    const ac = new AbortController();
    const pending = raceAbort(new Promise<never>(() => undefined), ac.signal, 'waiting for X: cancelled');
    ac.abort();
    const e = await pending.catch((x: unknown) => x);
    assert.ok(e instanceof OperationAbortedError);
    assert.equal(e.reason, 'cancelled');
    assert.equal(e.message, 'waiting for X: cancelled');
  });

  it('rejects at once for a signal that has already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(raceAbort(Promise.resolve(1), ac.signal, 'late'), (e: OperationAbortedError) => e.reason === 'cancelled');
  });

  it('removes its listener when the promise settles, so a long-lived signal does not collect them', async () => {
    const ac = new AbortController();
    let added = 0;
    let removed = 0;
    const add = ac.signal.addEventListener.bind(ac.signal);
    const remove = ac.signal.removeEventListener.bind(ac.signal);
    ac.signal.addEventListener = ((...args: Parameters<typeof add>) => (added++, add(...args))) as typeof add;
    ac.signal.removeEventListener = ((...args: Parameters<typeof remove>) => (removed++, remove(...args))) as typeof remove;
    for (let i = 0; i < 5; i++) await raceAbort(Promise.resolve(i), ac.signal, 'x');
    await raceAbort(Promise.reject(new Error('no')), ac.signal, 'x').catch(() => undefined);
    assert.deepEqual([added, removed], [6, 6]);
  });
});
