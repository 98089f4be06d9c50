// The report's behaviour on the recorded previews, and its building blocks.
import { strict as assert } from 'node:assert';
import { buildReport, parsePreview, Report } from 'pulumi-alicloudvpn-report';
import { parsePath, formatPath } from 'pulumi-alicloudvpn-report/dist/propertyPath';
import { code, cell, fenced } from 'pulumi-alicloudvpn-report/dist/markdownText';
import { displayValue } from 'pulumi-alicloudvpn-report/dist/displayValue';
import { previewText } from './fixtures';

function report(scenario: string): Report {
  return buildReport(parsePreview(previewText(scenario)));
}

describe('report model', () => {
  it('names dual-tunnel paths by the tunnel role, not its position', () => {
    const [office] = report('dual-tunnel-update').resources;
    const ike = office.fields.find((f) => f.path === 'tunnelOptions[0].tunnelIkeConfig.ikeEncAlg');
    assert.ok(ike, 'the engine path is kept');
    assert.equal(ike.label, 'tunnelOptions[master].tunnelIkeConfig.ikeEncAlg');
    assert.deepEqual([ike.before, ike.after], ['aes256', 'aes192']);
  });

  it('names the nested property that forces a replacement', () => {
    const [office] = report('dual-tunnel-replace').resources;
    assert.equal(office.action, 'replace');
    assert.deepEqual(office.replacementCauses, ['tunnelOptions[slave].customerGatewayId']);
    assert.deepEqual(office.warnings.map((w) => w.kind), ['outage']);
    assert.match(office.warnings[0].message, /tunnelOptions\[slave\]\.customerGatewayId/);
  });

  it('warns that effectImmediately renegotiates a live connection on update', () => {
    const [branch] = report('update').resources;
    assert.deepEqual(branch.warnings.map((w) => w.kind), ['renegotiation']);
  });

  it('does not warn of renegotiation for a tags-only update, which never calls Modify', () => {
    const [office] = report('dual-tunnel-tags').resources;
    assert.equal(office.action, 'update');
    assert.deepEqual(office.fields.map((f) => f.label), ['tags.env']);
    assert.deepEqual(office.warnings, []);
  });

  it('shows a changed secret as changed, with both values hidden', () => {
    const psk = report('update').resources[0].fields.find((f) => f.path === 'ikeConfig.psk');
    assert.deepEqual(psk && [psk.before, psk.after], ['[secret]', '[secret]']);
  });

  it('warns of the outage of a deleted connection', () => {
    const [branch] = report('delete').resources;
    assert.equal(branch.action, 'delete');
    assert.deepEqual(branch.warnings.map((w) => w.kind), ['deletion']);
  });

  it('finds drift in preview --refresh: the refresh step against the refreshed state, status ignored', () => {
    const { drift } = report('drift');
    assert.equal(drift.length, 1);
    assert.equal(drift[0].kind, 'changed');
    assert.deepEqual(drift[0].fields.map((f) => f.label), ['ikeConfig.ikeEncAlg', 'ikeConfig.ikeLifetime', 'remoteSubnets']);
  });

  it('finds the same drift in refresh --preview-only, without mistaking it for a plan', () => {
    const r = report('refresh-drift');
    assert.deepEqual(r.resources, []);
    assert.deepEqual(r.drift.map((d) => d.fields.map((f) => f.label)), [['ikeConfig.ikeEncAlg', 'ikeConfig.ikeLifetime', 'remoteSubnets']]);
  });

  it('reports a connection deleted outside Pulumi as drift, and its re-creation as the plan', () => {
    const r = report('drift-deleted');
    assert.deepEqual(r.drift.map((d) => d.kind), ['deleted']);
    assert.deepEqual(r.resources.map((c) => c.action), ['create']);
    const refreshOnly = report('refresh-drift-deleted');
    assert.deepEqual([refreshOnly.drift.map((d) => d.kind), refreshOnly.resources], [['deleted'], []]);
  });

  it('carries error diagnostics of a failed preview', () => {
    const r = buildReport(parsePreview(JSON.stringify({
      steps: [],
      diagnostics: [{ severity: 'error', message: 'error: property ikeConfig.ikeEncAlg value has a problem\n' }, { severity: 'info', message: 'x' }],
    })));
    assert.deepEqual(r.errors, ['property ikeConfig.ikeEncAlg value has a problem']);
  });

  it('drops the config section, which --show-secrets fills with secret values', () => {
    const doc = parsePreview(JSON.stringify({ config: { 'p:psk': 'hunter2-plain' }, steps: [] })) as unknown as Record<string, unknown>;
    assert.ok(!JSON.stringify(doc).includes('hunter2-plain'));
  });

  it('refuses input that is not the JSON of a preview', () => {
    assert.throws(() => parsePreview(''), /empty/);
    assert.throws(() => parsePreview('Previewing update (dev):'), /not JSON/);
    assert.throws(() => parsePreview('[]'), /JSON but not an object/);
    assert.throws(() => parsePreview('{"steps": {}}'), /not an array/);
  });
});

describe('report building blocks', () => {
  it('parses and writes property paths with indices and quoted keys', () => {
    assert.deepEqual(parsePath('tunnelOptions[0].tunnelIkeConfig.psk'), ['tunnelOptions', 0, 'tunnelIkeConfig', 'psk']);
    assert.deepEqual(parsePath('tags["cost.center"]'), ['tags', 'cost.center']);
    assert.deepEqual(parsePath('remoteSubnets[1]'), ['remoteSubnets', 1]);
    assert.equal(formatPath(['tags', 'cost.center']), 'tags["cost.center"]');
    assert.equal(formatPath(['tunnelOptions', 1, 'role'], () => 'slave'), 'tunnelOptions[slave].role');
  });

  it('keeps any text inert in Markdown: backticks in code spans, pipes in cells, fences in blocks', () => {
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('`x'), '`` `x ``');
    assert.equal(cell('a|b\nc\rd'), 'a\\|b\\nc\\rd');
    assert.deepEqual(fenced('```\nx'), ['````text', '```', 'x', '````']);
  });

  it('shortens long values and never prints a certificate', () => {
    assert.deepEqual(displayValue('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'), { kind: 'literal', text: '(PEM, 58 characters)' });
    const long = displayValue('x'.repeat(200));
    assert.equal(long.kind === 'literal' && long.text.length, 80);
    assert.deepEqual(displayValue('04da6b54-80e4-46f7-96ec-b56ff0331ba9'), { kind: 'unknown' });
    assert.deepEqual(displayValue(undefined), { kind: 'absent' });
  });
});
