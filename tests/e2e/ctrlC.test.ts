// Ctrl-C while the provider waits for a busy VPN gateway. The engine forwards the interrupt as Cancel; the wait
// must end at once (not when the gateway settles minutes later), no CreateVpnConnection may be sent after it, and
// the stack must be left with nothing pending, so the next `up` simply creates the connection.
import { strict as assert } from 'assert';
import type { ChildProcess } from 'child_process';
import { CreateVpnConnectionRequest } from '@alicloud/vpc20160428';
import { EmulatorProcess, startEmulator, vpcClient, type SeedDocument } from '../support/emulator';
import { PulumiWorkspace, resourcesOfType } from '../support/pulumi';
import { reapProcessesIn, until } from '../support/processes';
import { exampleWorkspace, liveConnections, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

/** Far longer than the test: only a cancelled wait can end before the gateway settles. */
const BUSY_MS = 600_000;
const GATEWAY = 'vpn-ctrlcbusygateway01';
const SEED: SeedDocument = {
  vpnGateways: [{ VpnGatewayId: GATEWAY, RegionId: REGION, InternetIp: '47.96.10.20' }],
  customerGateways: [
    { CustomerGatewayId: 'cgw-ctrlcstack0000001', RegionId: REGION, IpAddress: '203.0.113.10' },
    { CustomerGatewayId: 'cgw-ctrlcbusy00000001', RegionId: REGION, IpAddress: '203.0.113.11' },
  ],
};

describe('Ctrl-C during a long gateway wait: the CLI stops at once, sends no create, leaves nothing pending', function () {
  let emu: EmulatorProcess;
  let ws: PulumiWorkspace | undefined;

  before(async function () {
    emu = await startEmulator({ busyMs: BUSY_MS });
  });
  after(async function () {
    await ws?.dispose();
    await emu?.stop();
  });

  it('stops the CLI promptly, sends no create, leaves nothing pending, and the next up creates the connection', async function () {
    await emu.control.reset(SEED);
    ws = await exampleWorkspace('basic', emu, { vpnGatewayId: GATEWAY, customerGatewayId: 'cgw-ctrlcstack0000001' });
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'ctrl-c-psk-123456']);
    // Another team's change on the same gateway keeps it `updating` for BUSY_MS.
    await vpcClient(emu).createVpnConnection(new CreateVpnConnectionRequest({
      regionId: REGION, vpnGatewayId: GATEWAY, customerGatewayId: 'cgw-ctrlcbusy00000001',
      localSubnet: '10.99.0.0/16', remoteSubnet: '172.31.0.0/16', name: 'other-team',
    }));
    await emu.control.clearStats();

    const child = ws.spawn(['up', '--yes', '--skip-preview'], undefined, { detached: true });
    const output = collect(child);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await until(() => /VpnConnection branch creating/.test(output.text) || child.exitCode !== null, 120_000, () => output.text);
    // The interrupt lands in the provider's wait: it has had the gateway's answer (updating), so it now waits.
    await until(async () => ((await emu.control.stats()).DescribeVpnGateway?.succeeded ?? 0) > 0 || hasCreate(await emu.control.stats()), 60_000, () => output.text);
    assert.equal(child.exitCode, null, `pulumi up ended before the interrupt:\n${output.text}`);

    // A terminal's Ctrl-C goes to the whole foreground process group, the CLI and what it started in that group.
    process.kill(-(child.pid as number), 'SIGINT');
    const code = await Promise.race([exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000))]);
    if (code === 'still running') process.kill(-(child.pid as number), 'SIGKILL');
    assert.notEqual(code, 'still running', `pulumi up did not stop within 60 s of Ctrl-C:\n${output.text}`);
    assert.notEqual(code, 0, 'an interrupted up reports failure');
    assert.match(output.text, /cancel|interrupt/i, 'the CLI says the update was cancelled');

    const stats = await emu.control.stats();
    assert.equal(stats.CreateVpnConnection?.requests ?? 0, 0, 'no CreateVpnConnection after Ctrl-C');
    assert.deepEqual(await reapProcessesIn(ws.dir), [], 'no plugin or program process outlives the CLI');
    const exported = await ws.exportStack();
    assert.deepEqual(exported.deployment.pending_operations ?? [], [], 'nothing pending: the create never started');
    assert.deepEqual(resourcesOfType(exported, VPN_CONNECTION_TYPE), []);

    // The other change finishes; a plain `up` (no cancel, no refresh) now creates the connection.
    await emu.control.advanceClock(BUSY_MS);
    const rerun = ws.spawn(['up', '--yes', '--skip-preview']);
    const rerunOutput = collect(rerun);
    const rerunExit = new Promise<number | null>((resolve) => rerun.once('exit', (c) => resolve(c)));
    // Its own create makes the gateway busy for BUSY_MS again: move the clock past that too.
    await until(async () => hasCreate(await emu.control.stats()) || rerun.exitCode !== null, 120_000, () => rerunOutput.text);
    await emu.control.advanceClock(BUSY_MS);
    assert.equal(await rerunExit, 0, rerunOutput.text);
    const mine = (await liveConnections(emu, [GATEWAY])).filter((c) => c.Name === 'branch-office');
    assert.equal(mine.length, 1, 'exactly one connection for the resource');
    const inState = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE);
    assert.deepEqual(inState.map((r) => r.id), [mine[0].VpnConnectionId]);
  });
});

function hasCreate(stats: Record<string, { succeeded: number }>): boolean {
  return (stats.CreateVpnConnection?.succeeded ?? 0) > 0;
}

function collect(child: ChildProcess): { text: string } {
  const out = { text: '' };
  child.stdout?.on('data', (c: Buffer) => (out.text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out.text += c.toString()));
  return out;
}
