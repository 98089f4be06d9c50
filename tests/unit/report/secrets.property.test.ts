// No secret value ever reaches a report: secrets planted into the previews recorded from the real engine, in every
// form the engine (or `--show-secrets`) can print them, never show in the Markdown or the JSON.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildReport, parsePreview, renderJson, renderMarkdown } from 'pulumi-alicloudvpn-report';
import { previewText, SCENARIOS } from './fixtures';

const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

type Form = 'value' | 'plaintext' | 'ciphertext' | 'nested' | 'show-secrets';

/** A secret as the engine writes it in each form; `show-secrets` is the bare value (`preview --show-secrets`). */
function secretIn(form: Form, secret: string): unknown {
  switch (form) {
    case 'value':
      return { [SIG_KEY]: SECRET_SIG, value: secret };
    case 'plaintext':
      return { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(secret) };
    case 'ciphertext':
      return { [SIG_KEY]: SECRET_SIG, ciphertext: secret };
    case 'nested':
      return { [SIG_KEY]: SECRET_SIG, value: { psk: secret, ikeEncAlg: secret, list: [secret] } };
    case 'show-secrets':
      return secret;
  }
}

interface Plan {
  secret: string;
  form: Form;
  /** Indices (modulo the number of candidates) of objects whose keys get a secret too. */
  targets: number[];
}

/**
 * Every "[secret]" the engine printed becomes the planted secret (a bare value only where the property is a PSK,
 * as `--show-secrets` prints it); then the chosen objects of the states get a secret under one of their own keys
 * (or a new one), so a secret also lands where the detailed diff points and where nothing was secret before.
 */
function plant(doc: unknown, plan: Plan): unknown {
  const candidates: Array<Record<string, unknown>> = [];
  const walk = (value: unknown, key: string | undefined, inState: boolean): unknown => {
    if (value === '[secret]') return plan.form === 'show-secrets' && key !== 'psk' ? secretIn('value', plan.secret) : secretIn(plan.form, plan.secret);
    if (Array.isArray(value)) return value.map((v) => walk(v, undefined, inState));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = walk(v, k, inState || k === 'oldState' || k === 'newState');
    if (inState) candidates.push(out);
    return out;
  };
  const planted = walk(doc, undefined, false);
  const form: Form = plan.form === 'show-secrets' ? 'value' : plan.form;
  for (const target of plan.targets) {
    if (candidates.length === 0) break;
    const object = candidates[target % candidates.length];
    const keys = Object.keys(object);
    const key = keys.length > 0 && target % 3 !== 0 ? keys[target % keys.length] : `planted${target}`;
    object[key] = secretIn(form, plan.secret);
  }
  return planted;
}

function reports(doc: unknown): string {
  const report = buildReport(parsePreview(JSON.stringify(doc)));
  return `${renderMarkdown(report)}\n${renderJson(report)}`;
}

describe('report secrets (property)', () => {
  const scenarios = Object.keys(SCENARIOS);
  const baselines = new Map(scenarios.map((s) => [s, reports(JSON.parse(previewText(s)))]));

  it('never prints a secret planted anywhere in a recorded preview, in any form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        fc.stringMatching(/^[A-Za-z0-9~!@#$%^&*()_+={}[\];:,.<>/?-]{8,40}$/),
        fc.constantFrom<Form>('value', 'plaintext', 'ciphertext', 'nested', 'show-secrets'),
        fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
        (scenario, secret, form, targets) => {
          // A "secret" that the report prints anyway (an algorithm name, an id) proves nothing.
          fc.pre(!(baselines.get(scenario) as string).includes(secret) && !secret.includes('[secret]'));
          const output = reports(plant(JSON.parse(previewText(scenario)), { secret, form, targets }));
          assert.ok(!output.includes(secret), `the report printed the planted secret ${JSON.stringify(secret)} (${form})`);
          const jsonEscaped = JSON.stringify(secret).slice(1, -1);
          assert.ok(!output.includes(jsonEscaped), 'the report printed the planted secret, JSON-escaped');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the recorded previews free of plaintext PSKs (the recorder set them as secrets)', () => {
    for (const s of scenarios) assert.ok(!/fixture-(?:master-)?psk/.test(previewText(s)), `${s}.preview.json holds a PSK`);
  });
});
