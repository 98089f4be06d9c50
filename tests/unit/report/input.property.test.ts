// What alicloudvpn-report refuses: any input that is not the JSON `pulumi preview --json` prints exits 1 with a
// message naming the fix, writes no report, and never quotes the input (it may be a secret, or hold one).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CliIo, run } from 'pulumi-alicloudvpn-report';
import { previewText } from './fixtures';

interface Outcome { code: number; out: string; err: string }

function report(stdin: string): Outcome {
  const o = { out: '', err: '' };
  const io: CliIo = {
    readStdin: () => stdin,
    readFile: () => stdin,
    writeFile: () => undefined,
    stdout: (t) => void (o.out += t),
    stderr: (t) => void (o.err += t),
  };
  return { code: run([], io), ...o };
}

const FIX = /pipe `pulumi preview --json` \(or `pulumi preview --refresh --json`\) into alicloudvpn-report/;
const SECRET = 'Hunter2-plant3d-Psk';

describe('report input', () => {
  it('refuses JSON that is not a preview, such as `pulumi stack output --json`, with exit 1 and the fix', () => {
    const stackOutput = JSON.stringify({ connectionId: 'vco-bp1abc', status: 'ipsec_sa_established', tunnelPsks: { master: SECRET } }, null, 2);
    const cases: Array<[string, RegExp]> = [
      ['{"foo":1}', /a JSON object with 1 key a preview never prints \(such as `pulumi stack output --json` prints\)/],
      [stackOutput, /a JSON object with 3 keys a preview never prints/],
      ['{}', /without the steps, diagnostics or change summary of a preview/],
      ['{"config":{"p:psk":"x"}}', /without the steps, diagnostics or change summary/],
      ['[]', /JSON but not an object/],
      ['"vco-bp1abc"', /JSON but not an object/],
      ['null', /JSON but not an object/],
      ['{"steps": {}}', /whose `steps` is not an array/],
      ['{"steps": [{"op": "same"}]}', /whose steps\[0\] has no op or urn/],
      ['{"changeSummary": 3}', /whose `changeSummary` is not an object/],
      ['', /the input is empty/],
      ['error: no stack selected', /the input is not JSON/],
    ];
    for (const [stdin, reason] of cases) {
      const r = report(stdin);
      assert.equal(r.code, 1, stdin);
      assert.equal(r.out, '', `no report for ${stdin}`);
      assert.match(r.err, reason, stdin);
      assert.match(r.err, FIX, stdin);
    }
    assert.ok(!report(stackOutput).err.includes(SECRET));
  });

  it('still reads every form of a real preview, a failed one included', () => {
    assert.equal(report(previewText('no-change')).code, 0);
    assert.equal(report(JSON.stringify({ diagnostics: [{ severity: 'error', message: 'error: boom\n' }] })).code, 1);
    assert.match(report(JSON.stringify({ diagnostics: [{ severity: 'error', message: 'error: boom\n' }] })).out, /### Errors/);
  });

  it('never quotes the input it refuses, whatever it is', () => {
    const planted = fc.oneof(
      // Text around the secret: shell output, broken JSON, a token on its own.
      fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}${SECRET}${b}`),
      // JSON values holding it anywhere: a stack output, a stack export, an array.
      fc.jsonValue().map((v) => JSON.stringify({ [SECRET]: v, value: [v, SECRET] })),
      fc.jsonValue().map((v) => JSON.stringify([v, { steps: SECRET }])),
      // A preview-shaped document with the secret where a preview holds none.
      fc.constantFrom('steps', 'diagnostics', 'changeSummary').map((k) => JSON.stringify({ [k]: SECRET })),
      fc.string().map((s) => `{"steps": [${JSON.stringify(s)}, "${SECRET}`),
    );
    fc.assert(fc.property(planted, (stdin) => {
      const r = report(stdin);
      if (r.code !== 1) return;
      assert.ok(!r.err.includes(SECRET), `the error quoted the input: ${r.err}`);
      assert.ok(!r.err.includes(SECRET.slice(0, 8)) && !r.err.includes(SECRET.slice(-8)), `the error quoted part of the input: ${r.err}`);
    }), { numRuns: 300 });
  });
});
