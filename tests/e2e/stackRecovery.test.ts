// What the state and the service hold after the failures a stack's identity must survive, through the real CLI:
// the plugin process killed mid-create (the orphans command finds what the engine could not record), an
// adopting create that fails during `up --replace`, and the service gone for a few seconds during a fleet `up`.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways, startEmulator, type EmulatorProcess } from '../support/emulator';
import { describeProcess, processesIn, until } from '../support/processes';
import { PulumiWorkspace, REPO_ROOT, resourcesOfType } from '../support/pulumi';
import { e2eContext, liveConnections, VPN_CONNECTION_TYPE } from './support/stacks';

const PLUGIN = path.join(REPO_ROOT, 'provider', 'bin', 'pulumi-resource-alicloudvpn');

async function recorded(ws: PulumiWorkspace): Promise<string[]> {
  return resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE).map((r) => r.id ?? '').sort();
}

async function live(emu: EmulatorProcess, gateways: string[]): Promise<string[]> {
  return (await liveConnections(emu, gateways)).map((c) => c.VpnConnectionId).sort();
}

/** Whether every CreateVpnConnection the emulator received (at least `atLeast`) has been answered, held ones included. */
async function createsAnswered(emu: EmulatorProcess, atLeast: number): Promise<boolean> {
  const s = (await emu.control.stats()).CreateVpnConnection;
  const answered = s === undefined ? 0 : s.succeeded + Object.values(s.errors).reduce((a, b) => a + b, 0);
  return s !== undefined && s.requests >= atLeast && answered === s.requests;
}

async function createsReceived(emu: EmulatorProcess): Promise<number> {
  return (await emu.control.stats()).CreateVpnConnection?.requests ?? 0;
}

/** The plugin processes a workspace's CLI started. */
function pluginPids(ws: PulumiWorkspace): number[] {
  return processesIn(ws.dir).filter((pid) => describeProcess(pid).includes('pulumi-resource-alicloudvpn'));
}

describe('stack identity after failures: live connections are the recorded ones, or the orphans command names them', function () {
  const ctx = e2eContext();

  it('the plugin killed mid-create: orphans lists the connections the state lacks, and its import lines bring them in', async function () {
    const emu = ctx.emu;
    const gateways = [await seedGateways(emu, { count: 1 }), await seedGateways(emu, { count: 0 })];
    const ids = gateways.map((g) => g.vpnGatewayId);
    const ws = await ctx.example('fleet', { vpnGatewayIds: JSON.stringify(ids), customerGatewayIds: JSON.stringify(gateways[0].customerGatewayIds), count: 2 });
    await emu.control.clearStats();
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'latency', latencyMs: 3000, count: 2 });
    const up = ws.cli(['up', '--yes', '--skip-preview']);
    await until(async () => (await createsReceived(emu)) >= 2, 120_000);
    for (const pid of pluginPids(ws)) process.kill(pid, 'SIGKILL');
    assert.notEqual((await up).code, 0, 'the CLI fails when its plugin dies');
    await until(() => createsAnswered(emu, 2), 120_000);
    const made = await live(emu, ids);
    assert.equal(made.length, 2, 'the held creates were carried out');
    assert.deepEqual(await recorded(ws), [], 'the engine recorded neither');

    const exported = (await ws.cliOk(['stack', 'export', '--show-secrets'])).stdout;
    const listing = spawnSync(PLUGIN, ['orphans'], { input: exported, env: ws.env, encoding: 'utf8' });
    assert.equal(listing.status, 0, listing.stderr);
    const lines = listing.stdout.trim().split('\n');
    const named = lines.map((l) => l.match(new RegExp(`^pulumi import ${VPN_CONNECTION_TYPE} (branch-\\d) (vco-\\w+)$`)));
    assert.ok(named.every((m) => m !== null), listing.stdout);
    assert.deepEqual(named.map((m) => m![2]).sort(), made, 'one line per connection the state lacks');
    // Each line names the resource that made the connection (the fleet names its connections after its resources).
    const byId = new Map((await liveConnections(emu, ids)).map((c) => [c.VpnConnectionId, c.Name]));
    for (const m of named) assert.equal(byId.get(m![2]), m![1]);
    assert.match(listing.stderr, /2 connection\(s\) of this stack are not in its state/);
    for (const line of lines) await ws.cliOk([...line.split(' ').slice(1), '--yes', '--protect=false']);
    assert.deepEqual(await recorded(ws), made, 'the import lines brought both into the stack');
    const again = spawnSync(PLUGIN, ['orphans'], { input: (await ws.cliOk(['stack', 'export', '--show-secrets'])).stdout, env: ws.env, encoding: 'utf8' });
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /no connection of this stack is missing from its state/);
    await ws.up();
    assert.deepEqual(await live(emu, ids), made, 'the program takes them over without a duplicate');
    await ws.destroy();
    assert.deepEqual(await live(emu, ids), []);
  });

  it('up --replace whose adopting create fails: the state records the adopted connection, and destroy deletes it', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu, { count: 1 });
    const ws = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId });
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'replace-psk-4Tz8']);
    await ws.up();
    const [id] = await recorded(ws);
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'replace-psk-5Ux9']);
    // An error the provider does not retry, so the adopting create fails at once.
    await emu.control.faults({ action: 'ModifyVpnConnectionAttribute', kind: 'forbidden', count: 100 });
    const urn = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE)[0].urn;
    const failed = await ws.cli(['up', '--yes', '--skip-preview', '--replace', urn]);
    assert.notEqual(failed.code, 0, failed.stdout);
    assert.match(failed.stdout + failed.stderr, new RegExp(`VPN connection ${id} was adopted but not brought to the inputs`));
    const records = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE);
    assert.ok(records.length >= 1 && records.every((r) => r.id === id), `the state records the adopted connection: ${JSON.stringify(records.map((r) => r.id))}`);
    const [conn] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal(conn?.VpnConnectionId, id);
    const tags = (conn as unknown as { Tags?: { Tag?: { Key: string; Value: string }[] } }).Tags?.Tag ?? [];
    const liveGeneration = Number(tags.find((t) => t.Key === 'alicloudvpn-generation')?.Value);
    const newest = Math.max(...records.map((r) => Number(r.outputs?.generation)));
    assert.equal(newest, liveGeneration, 'a record of the live generation: destroy deletes the connection, not only keeps it');
    await emu.control.clearFaults();
    await ws.destroy();
    assert.deepEqual(await live(emu, [gw.vpnGatewayId]), [], 'destroy leaves no live connection');
    assert.deepEqual(await recorded(ws), []);
  });

  it('the service stopped and restarted during a fleet up: the creates ride it out and the state matches the service', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-outage-'));
    const stateFile = path.join(dir, 'emulator-state.json');
    let emu = await startEmulator({ stateFile, busyMs: 250 });
    try {
      const gateways = [await seedGateways(emu, { count: 2 }), await seedGateways(emu, { count: 0 }), await seedGateways(emu, { count: 0 })];
      const ids = gateways.map((g) => g.vpnGatewayId);
      const ws = await ctx.program({
        programDir: path.join(REPO_ROOT, 'examples', 'fleet'),
        config: { 'alicloudvpn:endpoint': emu.endpoint, vpnGatewayIds: JSON.stringify(ids), customerGatewayIds: JSON.stringify(gateways[0].customerGatewayIds), count: 6 },
      });
      let output = '';
      const up = ws.cli(['up', '--yes', '--skip-preview'], { onOutput: (chunk) => (output += chunk) });
      await until(async () => (await createsReceived(emu)) >= 1, 120_000);
      const port = emu.port;
      await emu.stop();
      // The outage lasts until the provider has met it several times (a call retried for the third time after the
      // connection was refused), then the service is back on the same port with the same state.
      await until(() => /retrying .* after ECONNREFUSED \(attempt [4-9]/.test(output), 120_000, () => output);
      emu = await startEmulator({ stateFile, busyMs: 250, extraArgs: ['--port', String(port)] });
      const result = await up;
      assert.equal(result.code, 0, result.stdout + result.stderr);
      const state = await recorded(ws);
      assert.equal(state.length, 6);
      assert.deepEqual(await live(emu, ids), state, 'every connection is recorded, none twice');
      await ws.destroy();
      assert.deepEqual(await live(emu, ids), []);
    } finally {
      await emu.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
