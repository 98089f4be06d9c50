// `make demo` through the demo tool itself (tools/demo), in its own state directory, stack and port so it runs beside
// a developer's own: the one deployment of the quickstart (Pulumi.yaml + quickstart/) in this file. The first run is
// checked as the demo prints it and as the stack and the service hold it (outputs, tunnels, secrets); later runs on
// another port and back change nothing; demo-destroy from a third port removes it all. Also `make demo` with its port
// taken. README.md's `make demo` and "Look around" run as written in tests/e2e/readme.test.ts.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { liveConnections, startEmulator, type EmulatorConnection } from '../support/emulator';
import { recordNetwork } from '../support/offMachine';
import { freePort } from '../support/ports';
import { pulumiBinDir, REPO_ROOT } from '../support/pulumi';

const execFileAsync = promisify(execFile);
const DEMO = path.join(REPO_ROOT, 'tools', 'demo', 'dist', 'main.js');
const DEMO_PASSPHRASE = 'alicloudvpn-demo';

/**
 * What the emulator saved when the demo stopped it: its connections (deleted ones included) and the ClientTokens
 * of the mutating calls it carried out. A run that changed or created anything changes one or the other.
 */
function savedConnections(demoDir: string): unknown {
  const state = JSON.parse(fs.readFileSync(path.join(demoDir, 'emulator-state.json'), 'utf8')) as Record<string, unknown>;
  return { vpnConnections: state.vpnConnections, idempotency: state.idempotency };
}

interface LiveTunnel {
  Role: string;
  TunnelId: string;
  CustomerGatewayId: string;
  TunnelIkeConfig?: { Psk?: string };
}

/** The tunnels of a dual-tunnel connection as the emulator's state lists them (master first). */
function liveTunnels(conn: EmulatorConnection): LiveTunnel[] {
  const spec = conn.TunnelOptionsSpecification as { TunnelOptions?: LiveTunnel[] } | undefined;
  return spec?.TunnelOptions ?? [];
}

describe('make demo', function () {
  let root: string | undefined;
  // Pulumi.yaml keeps stack config in .demo/config of the clone; leave no empty directory behind if we made it.
  const repoDemo = path.join(REPO_ROOT, '.demo');
  const repoDemoExisted = fs.existsSync(repoDemo);

  after(function () {
    if (root) fs.rmSync(root, { recursive: true, force: true });
    if (!repoDemoExisted) {
      for (const dir of [path.join(repoDemo, 'config'), repoDemo]) {
        if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
      }
    }
  });

  it('deploys the quickstart with generated tunnel PSKs kept secret, changes nothing when run again on another port and back, and demo-destroy from a third port removes it all', async function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-demo-'));
    const demoDir = path.join(root, 'demo');
    const stack = `e2e${process.pid}`;
    const [portA, portB, portC] = [await freePort(), await freePort(), await freePort()];
    const run = (command: string, port: number) =>
      execFileAsync(process.execPath, [DEMO, command], {
        env: { ...process.env, ALICLOUDVPN_DEMO_DIR: demoDir, ALICLOUDVPN_DEMO_STACK: stack, ALICLOUDVPN_DEMO_PORT: String(port), NO_COLOR: '1' },
        cwd: REPO_ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
    // The demo's own stack, read with the CLI as README.md's "Look around" does.
    const stackCli = async (...args: string[]) =>
      (
        await execFileAsync('pulumi', [...args, '--stack', stack, '--non-interactive'], {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            PATH: `${pulumiBinDir()}${path.delimiter}${process.env.PATH ?? ''}`,
            PULUMI_HOME: path.join(demoDir, 'home'),
            PULUMI_BACKEND_URL: `file://${path.join(demoDir, 'state')}`,
            PULUMI_CONFIG_PASSPHRASE: DEMO_PASSPHRASE,
            PULUMI_SKIP_UPDATE_CHECK: 'true',
            NO_COLOR: '1',
          },
          maxBuffer: 16 * 1024 * 1024,
        })
      ).stdout;
    const connectionId = (stdout: string) => stdout.match(/VPN connection (vco-\w+): status/)?.[1];
    const gatewayIds = (stderr: string) =>
      stderr.split('\n').filter((l) => /^\[demo\] .*gateway/.test(l)).join('\n').match(/\b(vpn|cgw)-\w+/g) ?? [];

    // The first run: what the demo prints.
    const first = await run('up', portA);
    assert.match(first.stdout, /\+ 2 created/, first.stdout);
    assert.match(first.stdout, /VPN connection vco-\w+: status \w+, state active/, first.stdout);
    assert.match(first.stdout, /^ {2}master tunnel tun-\w+ to customer gateway cgw-\w+ \(office primary uplink, 203\.0\.113\.10\)$/m, first.stdout);
    assert.match(first.stdout, /^ {2}slave {2}tunnel tun-\w+ to customer gateway cgw-\w+ \(backup uplink, 203\.0\.113\.11\)$/m, first.stdout);
    assert.match(first.stdout, /OUTPUT\s+VALUE[\s\S]*connectionId\s+vco-/, 'prints the stack output table');
    assert.match(first.stdout, /^\s+tunnels\s+\[\{"customerGatewayId":"cgw-\w+","role":"master","tunnelId":"tun-\w+"\},\{[^\n]*"role":"slave"/m, first.stdout);
    assert.match(first.stderr, /dual-tunnel VPN gateway vpn-\w+/, first.stderr);
    assert.equal(gatewayIds(first.stderr).length, 3, first.stderr);
    const id = connectionId(first.stdout);
    assert.ok(id, first.stdout);

    // The quickstart as the stack and the service hold it: the demo's own emulator, on its saved state.
    const outputs = JSON.parse(await stackCli('stack', 'output', '--json', '--show-secrets')) as Record<string, unknown>;
    const emu = await startEmulator({ stateFile: path.join(demoDir, 'emulator-state.json') });
    let conns: EmulatorConnection[];
    try {
      conns = await liveConnections(emu);
    } finally {
      await emu.stop();
    }
    assert.equal(conns.length, 1, 'one connection');
    const [conn] = conns;
    assert.equal(outputs.connectionId, conn.VpnConnectionId);
    assert.equal(outputs.vpnGatewayId, conn.VpnGatewayId);
    assert.equal(outputs.state, 'active');
    assert.equal(outputs.status, conn.Status);
    assert.equal(conn.CustomerGatewayId, '', 'no connection-level customer gateway on a dual-tunnel connection');
    const [primary, backup] = gatewayIds(first.stderr).filter((g) => g.startsWith('cgw-'));
    const live = liveTunnels(conn);
    assert.deepEqual(
      live.map((t) => [t.Role, t.CustomerGatewayId]),
      [['master', primary], ['slave', backup]],
      'the master tunnel goes to the primary uplink, the slave tunnel to the backup',
    );
    for (const t of live) assert.match(t.TunnelId, /^tun-/);
    assert.deepEqual(outputs.tunnels, live.map((t) => ({ role: t.Role, tunnelId: t.TunnelId, customerGatewayId: t.CustomerGatewayId })));
    const psks = live.map((t) => t.TunnelIkeConfig?.Psk);
    assert.ok(psks.every((p) => typeof p === 'string' && p.length > 0), 'the service generated a PSK for each tunnel');
    assert.notEqual(psks[0], psks[1]);
    assert.deepEqual(outputs.tunnelPsks, { master: psks[0], slave: psks[1] }, '--show-secrets shows each tunnel\'s generated PSK');
    const masked = await stackCli('stack', 'output', '--json');
    assert.equal((JSON.parse(masked) as Record<string, unknown>).tunnelPsks, '[secret]');
    const checkpoint = await stackCli('stack', 'export');
    for (const psk of psks) {
      assert.ok(!masked.includes(String(psk)), 'no PSK in the outputs without --show-secrets');
      assert.ok(!checkpoint.includes(String(psk)), 'no PSK in plaintext in the state');
    }
    assert.deepEqual(outputs.localSubnets, ['10.0.0.0/16']);
    assert.deepEqual(outputs.remoteSubnets, ['192.168.10.0/24', '192.168.20.0/24']);

    // Run again, on another port (alicloudvpn:endpoint moves with it) and back: nothing changes.
    const deployed = savedConnections(demoDir);
    for (const port of [portB, portA]) {
      const again = await run('up', port);
      const update = again.stdout.slice(again.stdout.indexOf('Updating ('));
      assert.match(update, /2 unchanged/, again.stdout);
      assert.doesNotMatch(update, /replace|created|updated|deleted/, `a second make demo, on port ${port}, must change nothing:\n${again.stdout}`);
      assert.equal(connectionId(again.stdout), id, 'the same connection');
      assert.deepEqual(gatewayIds(again.stderr), gatewayIds(first.stderr), 'the run finds the same gateways by name');
      assert.deepEqual(savedConnections(demoDir), deployed, `no call changed any connection (port ${port})`);
    }

    await run('destroy', portC);
    assert.ok(!fs.existsSync(demoDir), 'demo-destroy removes the demo directory');
    assert.ok(!fs.existsSync(path.join(REPO_ROOT, '.demo', 'config', `Pulumi.${stack}.yaml`)), 'and the stack config');
  });

  it('with its port taken: names the port and ALICLOUDVPN_DEMO_PORT, and sends nothing off the machine', async function () {
    const network = recordNetwork();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    const demoDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-demo-port-')), 'demo');
    try {
      const env = { ...process.env, ...network.env, ALICLOUDVPN_DEMO_DIR: demoDir, ALICLOUDVPN_DEMO_STACK: `e2e${process.pid}`, ALICLOUDVPN_DEMO_PORT: String(port), NO_COLOR: '1' };
      const err = await execFileAsync(process.execPath, [DEMO, 'up'], { env, cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
        () => assert.fail('the demo ran with its port taken'),
        (e: { code: number; stderr: string }) => e,
      );
      assert.equal(err.code, 1);
      assert.match(err.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use \\(EADDRINUSE\\): stop what holds it, or run with ALICLOUDVPN_DEMO_PORT=<free port>`));
      assert.ok(network.guardedPids().length > 0, `no Node process ran with the network guard:\n${network.lines().join('\n')}`);
      assert.deepEqual(network.offMachine(), [], 'something tried to reach a destination off the machine');
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
      fs.rmSync(path.dirname(demoDir), { recursive: true, force: true });
      network.remove();
    }
  });
});
