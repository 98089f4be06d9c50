// `make demo` twice, then `make demo-destroy`, through the demo tool itself (tools/demo), in its own state
// directory, stack and port so it runs beside a developer's own demo.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { freePort } from '../support/ports';
import { REPO_ROOT } from '../support/pulumi';

const execFileAsync = promisify(execFile);
const DEMO = path.join(REPO_ROOT, 'tools', 'demo', 'dist', 'main.js');

/**
 * What the emulator saved when the demo stopped it: its connections (deleted ones included) and the ClientTokens
 * of the mutating calls it carried out. A run that changed or created anything changes one or the other.
 */
function savedConnections(demoDir: string): unknown {
  const state = JSON.parse(fs.readFileSync(path.join(demoDir, 'emulator-state.json'), 'utf8')) as Record<string, unknown>;
  return { vpnConnections: state.vpnConnections, idempotency: state.idempotency };
}

describe('make demo', function () {
  let demoDir: string | undefined;
  let portsDemoDir: string | undefined;
  // Pulumi.yaml keeps stack config in .demo/config of the clone; leave no empty directory behind if we made it.
  const repoDemo = path.join(REPO_ROOT, '.demo');
  const repoDemoExisted = fs.existsSync(repoDemo);

  after(function () {
    for (const dir of [demoDir, portsDemoDir]) if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    if (!repoDemoExisted) {
      for (const dir of [path.join(repoDemo, 'config'), repoDemo]) {
        if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
      }
    }
  });

  it('deploys the quickstart, is a no-op when run again, and demo-destroy removes it all', async function () {
    demoDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-demo-')), 'demo');
    const stack = `e2e${process.pid}`;
    const env = { ...process.env, ALICLOUDVPN_DEMO_DIR: demoDir, ALICLOUDVPN_DEMO_STACK: stack, ALICLOUDVPN_DEMO_PORT: String(await freePort()), NO_COLOR: '1' };
    const run = (command: string) => execFileAsync(process.execPath, [DEMO, command], { env, cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 });

    const first = await run('up');
    assert.match(first.stdout, /\+ 2 created/, first.stdout);
    assert.match(first.stdout, /VPN connection vco-\w+: status \w+, state active/, first.stdout);
    assert.match(first.stdout, /^ {2}master tunnel tun-\w+ to customer gateway cgw-\w+ \(office primary uplink, 203\.0\.113\.10\)$/m, first.stdout);
    assert.match(first.stdout, /^ {2}slave {2}tunnel tun-\w+ to customer gateway cgw-\w+ \(backup uplink, 203\.0\.113\.11\)$/m, first.stdout);
    assert.match(first.stdout, /OUTPUT\s+VALUE[\s\S]*connectionId\s+vco-/, 'prints the stack output table');
    assert.match(first.stdout, /^\s+tunnels\s+\[\{"customerGatewayId":"cgw-\w+","role":"master","tunnelId":"tun-\w+"\},\{[^\n]*"role":"slave"/m, first.stdout);
    assert.match(first.stderr, /dual-tunnel VPN gateway vpn-\w+/, first.stderr);

    const second = await run('up');
    const update = second.stdout.slice(second.stdout.indexOf('Updating ('));
    assert.match(update, /2 unchanged/, second.stdout);
    assert.doesNotMatch(update, /created|updated|replaced|deleted/, `a second make demo must change nothing:\n${second.stdout}`);
    const gatewayIds = (stderr: string) =>
      stderr.split('\n').filter((l) => /^\[demo\] .*gateway/.test(l)).join('\n').match(/\b(vpn|cgw)-\w+/g) ?? [];
    assert.equal(gatewayIds(first.stderr).length, 3, first.stderr);
    assert.deepEqual(gatewayIds(second.stderr), gatewayIds(first.stderr), 'the second run finds the same gateways by name');

    await run('destroy');
    assert.ok(!fs.existsSync(demoDir), 'demo-destroy removes the demo directory');
    assert.ok(!fs.existsSync(path.join(REPO_ROOT, '.demo', 'config', `Pulumi.${stack}.yaml`)), 'and the stack config');
  });

  // Issue #13, point 1: `make demo`, then `ALICLOUDVPN_DEMO_PORT=… make demo` planned a replacement whose delete
  // went to the old port, and from then on both make demo and make demo-destroy failed.
  it('keeps the connection untouched when ALICLOUDVPN_DEMO_PORT changes and changes back, and demo-destroy works from a third port', async function () {
    portsDemoDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-demo-ports-')), 'demo');
    const dir = portsDemoDir;
    const stack = `e2eports${process.pid}`;
    const [portA, portB, portC] = [await freePort(), await freePort(), await freePort()];
    const run = (command: string, port: number) =>
      execFileAsync(process.execPath, [DEMO, command], {
        env: { ...process.env, ALICLOUDVPN_DEMO_DIR: dir, ALICLOUDVPN_DEMO_STACK: stack, ALICLOUDVPN_DEMO_PORT: String(port), NO_COLOR: '1' },
        cwd: REPO_ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
    const connectionId = (stdout: string) => stdout.match(/VPN connection (vco-\w+): status/)?.[1];

    const first = await run('up', portA);
    assert.match(first.stdout, /\+ 2 created/, first.stdout);
    const id = connectionId(first.stdout);
    assert.ok(id, first.stdout);
    const deployed = savedConnections(dir);

    for (const port of [portB, portA]) {
      const again = await run('up', port);
      const update = again.stdout.slice(again.stdout.indexOf('Updating ('));
      assert.doesNotMatch(update, /replace|created|deleted/, `a new demo port must not touch the connection:\n${again.stdout}`);
      assert.match(update, /2 unchanged/, again.stdout);
      assert.equal(connectionId(again.stdout), id, 'the same connection');
      assert.deepEqual(savedConnections(dir), deployed, `no call changed any connection (port ${port})`);
    }

    await run('destroy', portC);
    assert.ok(!fs.existsSync(dir), 'demo-destroy removes the demo directory');
  });
});
