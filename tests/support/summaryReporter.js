'use strict';
// Mocha's spec output plus one closing line in the form CI reads in any language:
// "N passed, N failed, N skipped". With MOCHA_TOTALS_FILE set, each run also appends its counts
// there, so `make test` can close its three tiers with one total line (tests/support/printTotals.js).
const fs = require('fs');
const Mocha = require('mocha');
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || {};
      const counts = { passed: s.passes || 0, failed: s.failures || 0, skipped: s.pending || 0 };
      process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      if (process.env.MOCHA_TOTALS_FILE) fs.appendFileSync(process.env.MOCHA_TOTALS_FILE, `${JSON.stringify(counts)}\n`);
    });
  }
}
module.exports = SummaryReporter;
