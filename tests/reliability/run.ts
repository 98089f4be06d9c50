// `make reliability`: every cell of the fault matrix on the full fleet, printed as a table (docs/reliability.md).
// Arguments filter the scenarios by id substring: `node tests/dist/reliability/run.js mix kill:update`.
// Exits non-zero when an invariant broke.
import { startEmulator } from '../support/emulator';
import { E2E_BUSY_MS } from '../e2e/support/stacks';
import { FULL_FLEET } from './fleet';
import { FULL_SCENARIOS, runMatrix } from './matrix';
import { formatDetails, formatTable, formatTotals } from './table';

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const scenarios = FULL_SCENARIOS.filter((s) => filters.length === 0 || filters.some((f) => s.id.includes(f)));
  const emu = await startEmulator({ busyMs: E2E_BUSY_MS });
  try {
    const started = Date.now();
    const results = await runMatrix(emu, scenarios, FULL_FLEET, {
      log: (line) => process.stderr.write(`${line}\n`),
      onResult: (r) => {
        process.stderr.write(`${r.scenario.id}: ${r.violations.length === 0 ? 'invariants hold' : 'INVARIANTS BROKEN'} (${(r.wallMs / 1000).toFixed(1)} s)\n`);
        if (r.violations.length > 0 || r.failedRuns.length > 0) process.stderr.write(`${formatDetails(r)}\n`);
      },
    });
    console.log(formatTable(results));
    console.log();
    console.log(formatTotals(results));
    console.log(`run wall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (results.some((r) => r.violations.length > 0)) process.exitCode = 1;
  } finally {
    await emu.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
