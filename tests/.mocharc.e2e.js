'use strict';
// The tiers that run the real Pulumi CLI: tests/e2e and tests/reliability, in one pool of three workers on the two
// cores this targets: a CLI run keeps about one core busy, and the files also wait (gateway busy windows, polls,
// processes starting), which a third worker fills (README, "Development"). Mocha hands files to the workers in the
// order of `spec`; the longest go first, so that the workers finish together instead of one starting the longest
// file last.
const fs = require('fs');
const path = require('path');

const DIST = path.join(__dirname, 'dist');
// From the durations of a full run (the rest follow in path order).
const LONGEST_FIRST = [
  'e2e/readme', 'reliability/faultMatrix', 'e2e/stackIdentity', 'e2e/readmes/branchOffice', 'e2e/policy', 'e2e/pipeline',
  'e2e/readmes/fleet', 'e2e/stackRecovery', 'e2e/readmes/branchOfficeGo', 'e2e/readmes/basic', 'e2e/readmes/dynamic', 'e2e/badInputs',
  'e2e/providerRegion', 'e2e/interruptedCreate',
  'e2e/readmes/branchOfficeYaml',
];

/** The compiled test files of a tier whose source still exists (tsc -b leaves a deleted test's output behind). */
function testFiles(tier) {
  const dir = path.join(DIST, tier);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.test.js') && fs.existsSync(path.join(__dirname, tier, f.replace(/\.js$/, '.ts'))))
    .map((f) => path.join(dir, f))
    .sort();
}

const all = [...testFiles('e2e'), ...testFiles('reliability')];
const first = LONGEST_FIRST.map((name) => path.join(DIST, `${name}.test.js`)).filter((f) => all.includes(f));

module.exports = {
  spec: [...first, ...all.filter((f) => !first.includes(f))],
  parallel: true,
  jobs: 3,
  require: ['tests/support/testEnv.js'],
  reporter: 'tests/support/summaryReporter.js',
  timeout: 600000,
  'enable-source-maps': true,
};
