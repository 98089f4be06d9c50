// The emulator used from a project of one's own, outside this repository, the two ways its README says: a tarball
// packed here, or the clone's emulator/ directory. `npx alicloudvpn-emulator` must then run the installed package,
// never ask the registry for one (there is none).
import { strict as assert } from 'assert';
import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createInterface } from 'readline';
import { promisify } from 'util';
import { REPO_ROOT } from '../support/pulumi';

const execFileAsync = promisify(execFile);
const ENV = { ...process.env, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function npm(args: string[], cwd: string) {
  return execFileAsync('npm', args, { cwd, env: ENV, maxBuffer: 16 * 1024 * 1024 });
}

/** `npx --no-install` fails instead of downloading when the command is not installed in the project. */
function npx(args: string[], cwd: string) {
  return execFileAsync('npx', ['--no-install', 'alicloudvpn-emulator', ...args], { cwd, env: ENV });
}

function newProject(root: string, name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }, null, 2));
  return dir;
}

describe('alicloudvpn-emulator installed outside the repository', function () {
  let root: string;
  before(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-emulator-package-'));
  });
  after(function () {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('installs from a tarball packed here and serves gateways from npx alicloudvpn-emulator', async function () {
    await npm(['pack', '-w', 'alicloudvpn-emulator', '--pack-destination', root], REPO_ROOT);
    const tarball = fs.readdirSync(root).find((f) => /^alicloudvpn-emulator-.*\.tgz$/.test(f));
    assert.ok(tarball, 'npm pack wrote the tarball');
    const listing = (await execFileAsync('tar', ['-tzf', path.join(root, tarball)])).stdout.split('\n');
    assert.ok(listing.includes('package/bin/alicloudvpn-emulator') && listing.includes('package/dist/cli.js'), listing.join('\n'));
    assert.ok(!listing.some((f) => f.startsWith('package/src/') || f.endsWith('.tsbuildinfo')), 'only the built package');

    const project = newProject(root, 'my-project');
    await npm(['install', '--prefer-offline', '--save-dev', path.join(root, tarball)], project);
    assert.match((await npx(['--help'], project)).stdout, /^Usage: alicloudvpn-emulator \[options\]/);

    const stateFile = path.join(project, 'emulator-state.json');
    const server = spawn('npx', ['--no-install', 'alicloudvpn-emulator', '--port', '0', '--state', stateFile], {
      cwd: project, env: ENV, stdio: ['ignore', 'pipe', 'inherit'], detached: true,
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const hello = await new Promise<string>((resolve, reject) => {
        createInterface({ input: server.stdout! }).once('line', resolve);
        server.once('exit', (code) => reject(new Error(`the emulator exited (${code}) before its handshake`)));
      });
      const { endpoint } = JSON.parse(hello) as { endpoint: string };
      assert.match(endpoint, /^127\.0\.0\.1:\d+$/);
      const id = (await npx(['gateway', 'create', '--endpoint', endpoint, '--dual-tunnel'], project)).stdout.trim();
      assert.match(id, /^vpn-\w+$/);
      assert.match((await npx(['gateway', 'list', '--endpoint', endpoint], project)).stdout, new RegExp(`^${id}\\tdual-tunnel\\t`));
    } finally {
      // npx runs the emulator as its child: stop the whole group this test started.
      process.kill(-server.pid!, 'SIGTERM');
      await exited;
    }
    assert.match(fs.readFileSync(stateFile, 'utf8'), /vpn-\w+/, 'the emulator saved its state on SIGTERM');
  });

  it('installs from the clone\'s emulator directory', async function () {
    const project = newProject(root, 'from-clone');
    await npm(['install', '--prefer-offline', '--save-dev', path.join(REPO_ROOT, 'emulator')], project);
    assert.match((await npx(['--help'], project)).stdout, /^Usage: alicloudvpn-emulator \[options\]/);
  });
});
