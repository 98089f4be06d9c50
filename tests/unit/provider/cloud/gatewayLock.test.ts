import { strict as assert } from 'assert';
import { GatewayLocks } from 'pulumi-resource-alicloudvpn/dist/cloud';

describe('cloud gateway locks', () => {
  it('runs work on one gateway one at a time, in order, and other gateways in parallel', async () => {
    const locks = new GatewayLocks();
    const events: string[] = [];
    const gate = (name: string, ms: number) => () =>
      new Promise<void>((resolve) => {
        events.push(`start ${name}`);
        setTimeout(() => {
          events.push(`end ${name}`);
          resolve();
        }, ms);
      });
    await Promise.all([
      locks.runExclusive('r/vpn-1', gate('a1', 20)),
      locks.runExclusive('r/vpn-1', gate('a2', 5)),
      locks.runExclusive('r/vpn-2', gate('b1', 5)),
    ]);
    assert.deepEqual(events.slice(0, 2).sort(), ['start a1', 'start b1']);
    assert.ok(events.indexOf('start a2') > events.indexOf('end a1'));
    assert.equal(locks.size, 0);
  });

  it('releases the lock when the work throws', async () => {
    const locks = new GatewayLocks();
    await assert.rejects(locks.runExclusive('k', async () => Promise.reject(new Error('boom'))));
    assert.equal(await locks.runExclusive('k', async () => 'next'), 'next');
  });

  it('lets a queued caller leave when its signal aborts, without running its work', async () => {
    const locks = new GatewayLocks();
    let release!: () => void;
    const first = locks.runExclusive('k', () => new Promise<void>((r) => (release = r)));
    const ac = new AbortController();
    let ran = false;
    const second = locks.runExclusive('k', async () => void (ran = true), ac.signal);
    ac.abort();
    await assert.rejects(second, /cancelled while waiting for the gateway lock/);
    release();
    await first;
    assert.equal(ran, false);
  });
});
