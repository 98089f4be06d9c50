// A CI runner kills `pulumi up` (and every process it started) while creates are in flight. The API still
// commits them. Re-running must adopt those connections, not duplicate them: the provider's ClientToken is
// derived from the URN, so the re-issued CreateVpnConnection returns the connection the killed run started.
import { strict as assert } from 'assert';
import { EmulatorProcess, seedGateways, startEmulator } from '../support/emulator';
import { PulumiWorkspace, resourcesOfType } from '../support/pulumi';
import { E2E_BUSY_MS, exampleWorkspace, liveConnections, VPN_CONNECTION_TYPE } from './support/stacks';

const CONNECTIONS = 4;
const CREATE_LATENCY_MS = 3000;

describe('pulumi up killed during create', function () {
  let emu: EmulatorProcess;
  let ws: PulumiWorkspace | undefined;

  before(async function () {
    emu = await startEmulator({ busyMs: E2E_BUSY_MS });
  });

  after(async function () {
    await ws?.dispose();
    await emu?.stop();
  });

  it('ends, after cancel and a second up, with exactly one connection per resource and no orphan', async function () {
    const gateways = [await seedGateways(emu, { count: 2 }), await seedGateways(emu, { count: 0 }), await seedGateways(emu, { count: 0 })];
    const vpnGatewayIds = gateways.map((g) => g.vpnGatewayId);
    ws = await exampleWorkspace('fleet', emu, {
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

/** Starts `pulumi up` in its own process group and SIGKILLs the whole group once a connection is being created. */
async function upUntilCreating(ws: PulumiWorkspace): Promise<{ signal: NodeJS.Signals | null }> {
  const child = ws.spawn(['up', '--yes', '--skip-preview'], undefined, { detached: true });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (_code, signal) => resolve({ signal })));
  const deadline = Date.now() + 120_000;
  while (!/VpnConnection branch-\d+ creating/.test(output)) {
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
