import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { DeleteVpnConnectionRequest, DescribeVpnGatewayRequest } from '@alicloud/vpc20160428';
import { EMULATOR_BIN, seedGateways, startEmulator, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { createConnection, REGION } from './helpers';

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [EMULATOR_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('emulator process and control API', () => {
  let emu: EmulatorProcess;
  before(async () => {
    emu = await startEmulator({ extraArgs: ['--access-key-secret', 'custom-secret-value'] });
  });
  after(async () => emu.stop());

  it('prints a first stdout line with only the endpoint and the access key id', async () => {
    const child = spawn(process.execPath, [EMULATOR_BIN, '--port', '0', '--access-key-secret', 'do-not-print'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const line = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().split('\n')[0])));
    child.kill('SIGTERM');
    const hello = JSON.parse(line) as Record<string, string>;
    assert.deepEqual(Object.keys(hello), ['endpoint', 'accessKeyId']);
    assert.match(hello.endpoint, /^127\.0\.0\.1:\d+$/);
    assert.equal(hello.accessKeyId, 'LTAI5tEmulatorAccessKey');
    assert.ok(!line.includes('do-not-print'));
  });

  it('accepts the credential pair given on the command line', async () => {
    assert.equal(emu.accessKeySecret, 'custom-secret-value');
    await seedGateways(emu);
  });

  it('exits 2 with usage for an unknown flag, and prints usage for --help', async () => {
    const bad = await runCli(['--bogus']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Usage: alicloudvpn-emulator/);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--busy-ms N/);
  });

  it('answers health', async () => {
    assert.deepEqual(await emu.control.health(), { status: 'ok' });
  });

  it('dumps every resource, including deleted connections, with RegionId and Deleted', async () => {
    await emu.control.reset();
    const gw = await seedGateways(emu, { count: 2 });
    const client = vpcClient(emu);
    const gone = await createConnection(client, gw);
    await emu.control.advanceClock(5000);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: gone }));
    await emu.control.advanceClock(5000);
    const kept = await createConnection(client, gw, { customerGatewayId: gw.customerGatewayIds[1] });
    const state = await emu.control.state();
    assert.deepEqual(Object.keys(state).sort(), ['customerGateways', 'vpnConnections', 'vpnGateways']);
    assert.equal(state.vpnGateways[0].VpnGatewayId, gw.vpnGatewayId);
    assert.equal(state.vpnGateways[0].RegionId, REGION);
    assert.equal(state.customerGateways.length, 2);
    const byId = new Map(state.vpnConnections.map((c) => [c.VpnConnectionId, c]));
    assert.equal(byId.get(gone)?.Deleted, true);
    assert.equal(byId.get(gone)?.State, 'deleted');
    assert.equal(byId.get(kept)?.Deleted, false);
    assert.equal(byId.get(kept)?.RegionId, REGION);
    assert.equal(typeof byId.get(kept)?.IkeConfig.Psk, 'string');
  });

  it('moves the model clock forward so busy windows end without sleeping', async () => {
    await emu.control.reset();
    const client = vpcClient(emu);
    const gw = await seedGateways(emu);
    await createConnection(client, gw);
    const busy = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(busy.body!.status, 'updating');
    await emu.control.advanceClock(60_000);
    const idle = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(idle.body!.status, 'active');
  });

  it('counts requests per action and how they ended, until reset or cleared', async () => {
    await emu.control.reset();
    const client = vpcClient(emu);
    const gw = await seedGateways(emu);
    await emu.control.clearStats();
    await createConnection(client, gw);
    await assert.rejects(createConnection(client, gw, { localSubnet: '10.9.0.0/24' }), /VpnGateway.Configuring/);
    await emu.control.faults({ action: 'DescribeVpnGateway', kind: 'throttle', count: 1 });
    await assert.rejects(client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId })), /Throttling/);
    const stats = await emu.control.stats();
    assert.deepEqual(stats.CreateVpnConnection, { requests: 2, succeeded: 1, errors: { 'VpnGateway.Configuring': 1 } });
    assert.deepEqual(stats.DescribeVpnGateway, { requests: 1, succeeded: 0, errors: { 'Throttling.User': 1 } });
    await emu.control.clearStats();
    assert.deepEqual(await emu.control.stats(), {});
  });

  it('reset clears every resource and loads the given seed', async () => {
    await emu.control.reset({ vpnGateways: [{ VpnGatewayId: 'vpn-r1', RegionId: REGION }], customerGateways: [] });
    const state = await emu.control.state();
    assert.deepEqual(state.vpnGateways.map((g) => g.VpnGatewayId), ['vpn-r1']);
    assert.equal(state.vpnConnections.length, 0);
  });

  it('rejects an invalid seed on reset with HTTP 400', async () => {
    await assert.rejects(emu.control.reset({ vpnGateways: [{ RegionId: REGION } as never] }), /HTTP 400.*VpnGatewayId/);
  });

  it('answers 404 for an unknown control route', async () => {
    const res = await fetch(`${emu.baseUrl}/__emulator/nothing`);
    assert.equal(res.status, 404);
  });
});
