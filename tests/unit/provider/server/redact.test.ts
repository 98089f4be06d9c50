import { strict as assert } from 'node:assert';
import { Redactor } from 'pulumi-resource-alicloudvpn/dist/server/redact';

describe('secret redaction', () => {
  it('masks every registered secret wherever it appears', () => {
    const r = new Redactor();
    r.add(['psk-value-1', 'token-abc']);
    assert.equal(r.apply('psk-value-1 and token-abc and psk-value-1'), '[secret] and [secret] and [secret]');
  });

  it('masks the longer secret first when one contains another', () => {
    const r = new Redactor();
    r.add(['abcd', 'abcdefgh']);
    assert.equal(r.apply('x abcdefgh y'), 'x [secret] y');
  });

  it('ignores values too short to mask without mangling ordinary text', () => {
    const r = new Redactor();
    r.add(['a', 'ab']);
    assert.equal(r.apply('a cab'), 'a cab');
  });
});
