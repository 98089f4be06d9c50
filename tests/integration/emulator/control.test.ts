import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { DeleteVpnConnectionRequest, DescribeVpnGatewayRequest } from '@alicloud/vpc20160428';
import { EMULATOR_BIN, seedGateways, startEmulator, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { createConnection, REGION } from './helpers';

/** A raw control request with exactly these headers, as a web page or a DNS-rebound name would send (Host too). */
function rawControl(emu: EmulatorProcess, method: string, route: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: emu.host, port: emu.port, method, path: `/__emulator/${route}`, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

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
    assert.deepEqual(Object.keys(state).sort(), ['customerGateways', 'vpcs', 'vpnConnections', 'vpnGateways', 'vpnRouteEntries']);
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

  describe('refuses what a web page could send', () => {
    const own = () => `127.0.0.1:${emu.port}`;
    async function stillThere(): Promise<void> {
      assert.equal((await emu.control.state()).vpnGateways.length, 1, 'the refused request changed nothing');
    }
    beforeEach(async () => {
      await emu.control.reset({ vpnGateways: [{ VpnGatewayId: 'vpn-kept', RegionId: REGION }], customerGateways: [] });
    });

    it('a foreign Origin, even with a JSON body, with 403', async () => {
      const res = await rawControl(emu, 'POST', 'reset', { host: own(), origin: 'https://evil.example', 'content-type': 'application/json' }, '{}');
      assert.equal(res.status, 403);
      assert.match(JSON.parse(res.body).error, /refuses cross-origin requests \(Origin header\): call it from a program/);
      const nullOrigin = await rawControl(emu, 'POST', 'reset', { host: own(), origin: 'null' });
      assert.equal(nullOrigin.status, 403);
      await stillThere();
    });

    it('a body that is not JSON (text/plain, a form, no type) with 415', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
        const headers: Record<string, string> = { host: own(), ...(type ? { 'content-type': type } : {}) };
        const res = await rawControl(emu, 'POST', 'reset', headers, '{}');
        assert.equal(res.status, 415, `content type ${type}`);
        assert.match(JSON.parse(res.body).error, /takes request bodies as JSON only: send Content-Type: application\/json/);
      }
      await stillThere();
    });

    it('a Host that is not the address it listens on (a DNS-rebound name), with 403', async () => {
      for (const host of [`evil.example:${emu.port}`, '127.0.0.1:1', `localhost.evil.example:${emu.port}`]) {
        const res = await rawControl(emu, 'POST', 'reset', { host });
        assert.equal(res.status, 403, `Host ${host}`);
        assert.match(JSON.parse(res.body).error, new RegExp(`answers only requests addressed to 127\\.0\\.0\\.1:${emu.port} or localhost:${emu.port} \\(Host header\\)`));
      }
      await stillThere();
    });

    it('but answers its own origin, localhost, and JSON with a charset', async () => {
      const sameOrigin = await rawControl(emu, 'GET', 'health', { host: `localhost:${emu.port}`, origin: `http://localhost:${emu.port}` });
      assert.equal(sameOrigin.status, 200, sameOrigin.body);
      const charset = await rawControl(emu, 'POST', 'faults', { host: own(), 'content-type': 'application/json; charset=utf-8' }, '[]');
      assert.equal(charset.status, 200, charset.body);
    });
  });
});
