import { strict as assert } from 'node:assert';
import { Faults, parseFaultSpec } from 'alicloudvpn-emulator/dist/faults';

describe('emulator faults', () => {
  it('fires a counted fault `count` times for its action only', () => {
    const faults = new Faults();
    faults.add(parseFaultSpec({ action: 'CreateVpnConnection', kind: 'throttle', count: 2 }));
    assert.equal(faults.draw('DescribeVpnConnections').reject, undefined);
    assert.equal(faults.draw('CreateVpnConnection').reject, 'throttle');
    assert.equal(faults.draw('CreateVpnConnection').reject, 'throttle');
    assert.equal(faults.draw('CreateVpnConnection').reject, undefined);
    assert.deepEqual(faults.list(), []);
  });

  it('draws the same pattern for the same seed', () => {
    const run = () => {
      const faults = new Faults();
      faults.add(parseFaultSpec({ kind: 'server-error', rate: 0.3, seed: 7 }));
      return Array.from({ length: 50 }, () => faults.draw('X').reject ?? 'ok');
    };
    assert.deepEqual(run(), run());
    assert.ok(run().includes('server-error'));
  });

  it('combines latency and drop-after-commit', () => {
    const faults = new Faults();
    faults.add(parseFaultSpec({ kind: 'latency', latencyMs: 20, count: 1 }));
    faults.add(parseFaultSpec({ kind: 'drop-after-commit', count: 1 }));
    assert.deepEqual(faults.draw('X'), { reject: undefined, latencyMs: 20, dropAfterCommit: true });
  });

  it('rejects malformed specs', () => {
    assert.throws(() => parseFaultSpec({ kind: 'latency' }), /latencyMs/);
    assert.throws(() => parseFaultSpec({ kind: 'throttle', count: 0 }), /count/);
    assert.throws(() => parseFaultSpec([]), /object/);
  });
});
