// Names and values reach the Markdown report as they are in the preview: whatever they hold (line breaks alone
// or in pairs, pipes, backticks, invisible characters), every table row stays one row with its columns.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildReport, parsePreview, renderMarkdown } from 'pulumi-alicloudvpn-report';
import { previewText } from './fixtures';

/** The recorded tags-only update, with the connection's name and the new tag value replaced. */
function taggedPreview(name: string, tagValue: string): string {
  const doc = JSON.parse(previewText('dual-tunnel-tags')) as { steps: Array<Record<string, unknown>> };
  const rename = (urn: string) => urn.replace(/::office$/, `::${name}`);
  const text = JSON.stringify(doc, (key, value: unknown) => (key === 'urn' && typeof value === 'string' ? rename(value) : value));
  const renamed = JSON.parse(text) as { steps: Array<{ op: string; newState: { inputs: { tags: Record<string, string> } } }> };
  const update = renamed.steps.find((s) => s.op === 'update');
  assert.ok(update, 'the fixture updates the connection');
  update.newState.inputs.tags.env = tagValue;
  return JSON.stringify(renamed);
}

/** The `|` that end cells (GFM: a `|` preceded by a backslash is part of the cell). */
function cellBoundaries(row: string): number {
  return (row.match(/(?<!\\)\|/g) ?? []).length;
}

function checkTables(markdown: string): void {
  assert.deepEqual(markdown.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/), markdown.split('\n'), 'no line break but \\n');
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|---/.test(lines[i])) continue;
    const columns = cellBoundaries(lines[i - 1]);
    for (let j = i + 1; j < lines.length && lines[j] !== ''; j++) {
      assert.ok(lines[j].startsWith('| ') && lines[j].endsWith(' |'), `row ${j}: ${lines[j]}`);
      assert.equal(cellBoundaries(lines[j]), columns, `row ${j} has the header's columns: ${lines[j]}`);
    }
  }
}

describe('report tables', () => {
  it('keep each row whole for \\r, \\n, | and backticks in a name or a tag value', () => {
    const markdown = renderMarkdown(buildReport(parsePreview(taggedPreview('off\rice|`a`', 'stag\r\ning|``x\\|\u2028'))));
    checkTables(markdown);
    assert.match(markdown, /^\| `` off\\rice\\\|`a` `` \| VPN connection \| update in place \| 1 property \|$/m);
    assert.match(markdown, /^\| `tags\.env` \| `prod` \| ```stag\\r\\ning\\\|``x\\\\\|\\u2028``` \|$/m);
  });

  it('keep each row whole for any name and tag value', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(fc.property(text.filter((s) => s !== '' && !s.includes(':')), text, (name, value) => {
      checkTables(renderMarkdown(buildReport(parsePreview(taggedPreview(name, value)))));
    }), { numRuns: 300 });
  });
});
