'use strict';
// Prints the sum of the counts each tier's reporter appended to the file named on the command line.
const fs = require('fs');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const counts = JSON.parse(line);
  for (const k of Object.keys(total)) total[k] += counts[k];
}
process.stdout.write(`\ntotal: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
