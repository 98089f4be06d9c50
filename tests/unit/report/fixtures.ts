// The previews recorded from the real engine (tests/fixtures/previews/record.ts) and their golden reports.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PREVIEWS_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'previews');

/** Every recorded scenario, with the exit code its report must give. */
export const SCENARIOS: Readonly<Record<string, number>> = {
  create: 2,
  'no-change': 0,
  update: 2,
  replace: 2,
  delete: 2,
  drift: 3,
  'refresh-drift': 3,
  'drift-deleted': 3,
  'refresh-drift-deleted': 3,
  'dual-tunnel-create': 2,
  'dual-tunnel-tags': 2,
  'dual-tunnel-update': 2,
  'dual-tunnel-replace': 2,
};

export function previewText(scenario: string): string {
  return fs.readFileSync(path.join(PREVIEWS_DIR, `${scenario}.preview.json`), 'utf8');
}

export function recordedScenarios(): string[] {
  return fs.readdirSync(PREVIEWS_DIR).filter((f) => f.endsWith('.preview.json')).map((f) => f.slice(0, -'.preview.json'.length)).sort();
}
