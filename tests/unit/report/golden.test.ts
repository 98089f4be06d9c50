// The report of every preview recorded from the real engine, against its reviewed golden file.
// UPDATE_GOLDEN=1 rewrites the goldens; review the diff before committing it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildReport, EXIT_CODES, outcomeOf, parsePreview, renderJson, renderMarkdown } from 'pulumi-alicloudvpn-report';
import { PREVIEWS_DIR, previewText, recordedScenarios, SCENARIOS } from './fixtures';

function checkGolden(file: string, actual: string): void {
  const full = path.join(PREVIEWS_DIR, file);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(full, actual);
  assert.ok(fs.existsSync(full), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`);
  assert.equal(actual, fs.readFileSync(full, 'utf8'), `${file} differs from the report (UPDATE_GOLDEN=1 rewrites it)`);
}

describe('report goldens (previews recorded from the real engine)', () => {
  it('has a golden scenario for every recorded preview and a recording for every scenario', () => {
    assert.deepEqual(recordedScenarios(), Object.keys(SCENARIOS).sort());
  });

  for (const [scenario, exitCode] of Object.entries(SCENARIOS)) {
    describe(scenario, () => {
      const report = () => buildReport(parsePreview(previewText(scenario)));

      it(`renders the golden Markdown (${scenario}.md)`, () => {
        checkGolden(`${scenario}.md`, renderMarkdown(report()));
      });

      it(`renders the golden JSON (${scenario}.report.json)`, () => {
        checkGolden(`${scenario}.report.json`, renderJson(report()));
      });

      it(`exits ${exitCode}`, () => {
        assert.equal(EXIT_CODES[outcomeOf(report())], exitCode);
      });
    });
  }
});
