import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Redactor } from 'pulumi-resource-alicloudvpn/dist/server/redact';

// Every character a PSK may hold, as documented.
const PSK_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~!`@#$%^&*()_-+={}[]|;:",.<>/?'.split('');
const psk = fc.array(fc.constantFrom(...PSK_CHARS), { minLength: 4, maxLength: 100 }).map((a) => a.join(''));

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

  it('masks a PSK from the whole allowed charset in its raw, percent-, form- and JSON-escaped forms', () => {
    fc.assert(
      fc.property(psk, (secret) => {
        const r = new Redactor();
        r.add([secret]);
        const forms = [
          secret,
          encodeURIComponent(secret),
          new URLSearchParams({ v: secret }).toString().slice(2),
          JSON.stringify(secret).slice(1, -1),
          encodeURIComponent(JSON.stringify({ Psk: secret })),
        ];
        for (const form of forms) {
          const out = r.apply(`before ${form} after`);
          assert.ok(!out.includes(form), `${JSON.stringify(form)} survived in ${JSON.stringify(out)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
