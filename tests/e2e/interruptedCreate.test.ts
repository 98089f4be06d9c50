// A CI runner kills `pulumi up` (and every process it started) while creates are in flight. The API still
// commits them. Re-running must adopt those connections, not duplicate them: the provider's ClientToken is
// derived from the URN, so the re-issued CreateVpnConnection returns the connection the killed run started.
// Every wait is on an event (a step line, a request reaching the emulator, the emulator answering what it held,
// processes exiting); the hold only has to outlast the moment between a create reaching the emulator and the kill.
import { strict as assert } from 'assert';
import { EmulatorProcess, seedGateways, waitForAnswers } from '../support/emulator';
import { processesIn, reapProcessesIn, EXIT_ALLOWANCE_MS, killAll, until } from '../support/processes';
import { PulumiWorkspace, resourcesOfType } from '../support/pulumi';
import { e2eContext, liveConnections, VPN_CONNECTION_TYPE } from './support/stacks';

const CONNECTIONS = 4;
/** How long the emulator holds a create before it commits: the kill lands in between. */
const CREATE_HOLD_MS = 3000;

describe('pulumi up killed during create: no process outlives the CLI, and the next up adopts what the killed one started', function () {
  const ctx = e2eContext();

  it('leaves no plugin or program process running once the CLI is gone', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu);
    const single = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId });
    try {
      await single.cliOk(['config', 'set', '--secret', 'psk', 'e2e-killed-psk-1234']);
      await emu.control.faults({ action: 'CreateVpnConnection', kind: 'latency', latencyMs: CREATE_HOLD_MS, count: 1 });
      await upUntilCreating(single, emu, /VpnConnection branch creating/);
      // The engine starts plugins in their own process groups, so each must notice the engine is gone by itself
      // (the language host polls the engine's health; a provider has to do the same).
      const survivors = await reapProcessesIn(single.dir);
      assert.deepEqual(survivors, [], `processes still running ${EXIT_ALLOWANCE_MS / 1000} s after the CLI was killed`);
    } finally {
      await emu.control.clearFaults();
      await waitForAnswers(emu);
      await single.cliOk(['cancel', '--yes']);
      await single.cliOk(['refresh', '--yes', '--skip-preview', '--clear-pending-creates']);
      await single.cli(['destroy', '--yes', '--skip-preview']);
    }
  });

  it('ends, after cancel and a second up, with exactly one connection per resource and no orphan', async function () {
    const emu = ctx.emu;
    const gateways = [await seedGateways(emu, { count: 2 }), await seedGateways(emu, { count: 0 }), await seedGateways(emu, { count: 0 })];
    const vpnGatewayIds = gateways.map((g) => g.vpnGatewayId);
    const ws = await ctx.example('fleet', {
      vpnGatewayIds: JSON.stringify(vpnGatewayIds),
      customerGatewayIds: JSON.stringify(gateways[0].customerGatewayIds),
      count: CONNECTIONS,
    });
    // Every create is held before it commits, so the kill lands while the requests are in flight.
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'latency', latencyMs: CREATE_HOLD_MS, count: CONNECTIONS * 2 });

    const killed = await upUntilCreating(ws, emu);
    assert.equal(killed.signal, 'SIGKILL');
    // Not asserted here (the test above is about it): once no plugin is left to send more, the held requests
    // commit after the CLI is gone: these are the would-be orphans.
    killAll(processesIn(ws.dir));
    await waitForAnswers(emu);
    const orphans = await liveConnections(emu, vpnGatewayIds);
    assert.ok(orphans.length >= 1, 'at least one create reached the API before the kill');
    const exported = await ws.exportStack();
    assert.ok((exported.deployment.pending_operations ?? []).some((op) => op.type === 'creating'), 'the checkpoint records the interrupted creates');

    await emu.control.clearFaults();
    // The killed CLI left its lock behind; in Pulumi 3.248 `pulumi cancel` removes it on a file backend.
    const locked = await ws.cli(['up', '--yes', '--skip-preview']);
    assert.notEqual(locked.code, 0);
    assert.match(locked.stderr + locked.stdout, /locked/);
    await ws.cliOk(['cancel', '--yes']);

    const rerun = await ws.up();
    assert.match(rerun.stdout + rerun.stderr, /interrupted while creating/, 'the engine warns about the pending creates');
    const live = await liveConnections(emu, vpnGatewayIds);
    assert.equal(live.length, CONNECTIONS, `exactly one connection per resource: ${live.map((c) => c.VpnConnectionId).join(', ')}`);
    for (const orphan of orphans) {
      assert.ok(live.some((c) => c.VpnConnectionId === orphan.VpnConnectionId), `connection ${orphan.VpnConnectionId} was adopted, not duplicated`);
    }
    const inState = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE).map((r) => r.id).sort();
    assert.deepEqual(inState, live.map((c) => c.VpnConnectionId).sort(), 'state and cloud agree');

    // 3.248 keeps the stale pending-create entries until a refresh drops them.
    await ws.cliOk(['refresh', '--yes', '--skip-preview', '--clear-pending-creates']);
    assert.deepEqual((await ws.exportStack()).deployment.pending_operations ?? [], []);
    const clean = await ws.preview(['--expect-no-changes']);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);

    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, vpnGatewayIds), []);
  });
});

/**
 * Starts `pulumi up` in its own process group and SIGKILLs the whole group once a connection is being created and
 * its CreateVpnConnection has reached the emulator (which holds it CREATE_HOLD_MS before committing).
 */
async function upUntilCreating(
  ws: PulumiWorkspace,
  emu: EmulatorProcess,
  creating = /VpnConnection branch-\d+ creating/,
): Promise<{ signal: NodeJS.Signals | null }> {
  await emu.control.clearStats(); // counts from earlier runs on this emulator must not look like this run's create
  const child = ws.spawn(['up', '--yes', '--skip-preview'], undefined, { detached: true });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (_code, signal) => resolve({ signal })));
  try {
    await until(() => creating.test(output) || child.exitCode !== null, 120_000, () => output);
    await until(async () => ((await emu.control.stats()).CreateVpnConnection?.requests ?? 0) > 0 || child.exitCode !== null, 60_000, () => output);
  } catch (err) {
    process.kill(-(child.pid as number), 'SIGKILL');
    throw err;
  }
  if (child.exitCode !== null) throw new Error(`pulumi up ended before a create reached the emulator:\n${output}`);
  process.kill(-(child.pid as number), 'SIGKILL');
  return exited;
}
