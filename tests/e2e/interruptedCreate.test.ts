// A CI runner kills `pulumi up` (and every process it started) while creates are in flight. The API still
// commits them. Re-running must adopt those connections, not duplicate them: the provider's ClientToken is
// derived from the URN, so the re-issued CreateVpnConnection returns the connection the killed run started.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { EmulatorProcess, seedGateways } from '../support/emulator';
import { PulumiWorkspace, resourcesOfType } from '../support/pulumi';
import { e2eContext, liveConnections, VPN_CONNECTION_TYPE } from './support/stacks';

const CONNECTIONS = 4;
const CREATE_LATENCY_MS = 4000;

describe('pulumi up killed during create', function () {
  const ctx = e2eContext();

  it('leaves no plugin or program process running once the CLI is gone', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu);
    const single = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId });
    try {
      await single.cliOk(['config', 'set', '--secret', 'psk', 'e2e-killed-psk-1234']);
      await emu.control.faults({ action: 'CreateVpnConnection', kind: 'latency', latencyMs: CREATE_LATENCY_MS, count: 1 });
      await upUntilCreating(single, /VpnConnection branch creating/);
      // The engine starts plugins in their own process groups, so each must notice the engine is gone by itself
      // (the language host polls the engine's health; a provider has to do the same).
      const deadline = Date.now() + 15_000;
      let left = processesIn(single.dir);
      while (left.length > 0 && Date.now() < deadline) {
        await sleep(500);
        left = processesIn(single.dir);
      }
      const described = left.map((pid) => `${pid}: ${fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')}`);
      for (const pid of left) process.kill(pid, 'SIGKILL');
      assert.deepEqual(described, [], 'processes still running 15 s after the CLI was killed');
    } finally {
      await emu.control.clearFaults();
      await sleep(CREATE_LATENCY_MS);
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
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'latency', latencyMs: CREATE_LATENCY_MS, count: CONNECTIONS * 2 });

    const killed = await upUntilCreating(ws);
    assert.equal(killed.signal, 'SIGKILL');
    // The held requests commit after the CLI is gone: these are the would-be orphans.
    const orphans = await waitForConnections(emu, vpnGatewayIds, 1);
    assert.ok(orphans.length >= 1, 'at least one create reached the API before the kill');
    const exported = await ws.exportStack();
    assert.ok((exported.deployment.pending_operations ?? []).some((op) => op.type === 'creating'), 'the checkpoint records the interrupted creates');

    await emu.control.clearFaults();
    // Not asserted here (the test above is about it): don't let a surviving plugin outlive the suite.
    for (const pid of processesIn(ws.dir)) process.kill(pid, 'SIGKILL');
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

/** Processes whose working directory is inside `dir`: the plugins and program a CLI run in `dir` started. */
function processesIn(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = fs.readlinkSync(`/proc/${entry}/cwd`).replace(/ \(deleted\)$/, '');
      if (cwd === dir || cwd.startsWith(`${dir}/`)) pids.push(Number(entry));
    } catch {
      // The process ended, or is not ours to inspect.
    }
  }
  return pids;
}

/** Starts `pulumi up` in its own process group and SIGKILLs the whole group once a connection is being created. */
async function upUntilCreating(
  ws: PulumiWorkspace,
  creating = /VpnConnection branch-\d+ creating/,
): Promise<{ signal: NodeJS.Signals | null }> {
  const child = ws.spawn(['up', '--yes', '--skip-preview'], undefined, { detached: true });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (_code, signal) => resolve({ signal })));
  const deadline = Date.now() + 120_000;
  while (!creating.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`pulumi up never started a create:\n${output}`);
    await sleep(100);
  }
  await sleep(CREATE_LATENCY_MS / 2);
  process.kill(-(child.pid as number), 'SIGKILL');
  return exited;
}

async function waitForConnections(emu: EmulatorProcess, vpnGatewayIds: string[], atLeast: number) {
  const deadline = Date.now() + CREATE_LATENCY_MS * 4;
  for (;;) {
    const live = await liveConnections(emu, vpnGatewayIds);
    if (live.length >= atLeast || Date.now() > deadline) {
      await sleep(CREATE_LATENCY_MS); // let every held request commit
      return liveConnections(emu, vpnGatewayIds);
    }
    await sleep(100);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
