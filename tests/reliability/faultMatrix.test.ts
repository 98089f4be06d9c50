// The fault matrix at CI size (matrix.ts CI_SCENARIOS on 4 connections over 2 VPN gateways) through the real Pulumi
// CLI: whatever the service or the machine does, re-running `up` and `destroy` as the README says converges with
// every declared connection made exactly once, the checkpoint naming exactly the live connections, no drift, and
// nothing left after destroy. Timings are printed, not asserted. `make reliability` runs every cell on 12 connections.
import { strict as assert } from 'assert';
import { EmulatorProcess, startEmulator } from '../support/emulator';
import { E2E_BUSY_MS } from '../e2e/support/stacks';
import { CI_FLEET } from './fleet';
import { CI_SCENARIOS, runScenario, Scenario, ScenarioResult, scenarioLabel, scenarioTarget, SDK_WAIT_MS, SLOW_ANSWER_MS } from './matrix';
import { formatDetails, formatTable, formatTotals } from './table';

describe('fault matrix under the real Pulumi CLI: whatever the service or the machine does, re-running up and destroy converges with each connection made once', function () {
  let emu: EmulatorProcess | undefined;
  const results: ScenarioResult[] = [];

  before(async function () {
    emu = await startEmulator({ busyMs: E2E_BUSY_MS });
  });

  after(async function () {
    await emu?.stop();
    if (results.length > 0) console.log(`\n${formatTable(results)}\n\n${formatTotals(results)}\n`);
  });

  for (const scenario of CI_SCENARIOS) {
    it(`${scenarioLabel(scenario)} on ${scenarioTarget(scenario)}: converges with each connection once, state equal to the service, none left after destroy`, async function () {
      const result = await runScenario(emu as EmulatorProcess, scenario, CI_FLEET);
      results.push(result);
      assert.deepEqual(result.violations, [], formatDetails(result));
      assert.equal(result.leftAfterDestroy, 0);
      assertExercised(scenario, result);
    });
  }
});

/** A scenario whose fault never fired proves nothing: fail rather than pass vacuously. */
function assertExercised(scenario: Scenario, result: ScenarioResult): void {
  const { throttled, serverErrors, dropped, slow } = result.faults;
  if (scenario.type === 'kill') {
    assert.ok(result.kill?.killedWhileRunning, `the CLI had finished before the SIGKILL:\n${formatDetails(result)}`);
  } else if (scenario.type === 'fault' && scenario.kind === 'latency') {
    // The emulator answers after SLOW_ANSWER_MS whatever happens; only a retry shows the SDK gave up first.
    assert.ok(slow > 0, 'no answer was slowed down');
    // Without a retry each connection sees the action once.
    assert.ok(
      (result.apiCallsByAction[scenario.action] ?? 0) > CI_FLEET.connections,
      `${scenario.action} was never retried: an answer ${SLOW_ANSWER_MS} ms late no longer outlasts what the SDK waits (${SDK_WAIT_MS} ms); raise SLOW_ANSWER_MS`,
    );
  } else if (scenario.type !== 'none') {
    assert.ok(throttled + serverErrors + dropped > 0, `no fault fired:\n${formatDetails(result)}`);
  }
}
