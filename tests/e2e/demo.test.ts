// `make demo` through the demo tool itself (tools/demo) where it fails before deploying anything. The quickstart's one
// deployment, with the demo's re-runs on other ports and demo-destroy, runs from README.md's own `make demo` in
// tests/e2e/readme.test.ts (support/quickstartDemo.ts).
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { recordNetwork } from '../support/offMachine';
import { REPO_ROOT } from '../support/pulumi';

const execFileAsync = promisify(execFile);
const DEMO = path.join(REPO_ROOT, 'tools', 'demo', 'dist', 'main.js');

describe('make demo', function () {
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
