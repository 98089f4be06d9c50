// The emulator used from a project of one's own, outside this repository, the two ways its README says: a tarball
// packed here, or the clone's emulator/ directory. `npx alicloudvpn-emulator` must then run the installed package,
// never ask the registry for one (there is none).
import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import { REPO_ROOT } from '../support/pulumi';
import { newProject, npm, NPM_ENV as ENV, npx as npxBin, packWorkspace, projectsRoot } from './support/npmProject';

function npx(args: string[], cwd: string) {
  return npxBin('alicloudvpn-emulator', args, cwd);
}

describe('alicloudvpn-emulator installed outside the repository', function () {
  const projects = projectsRoot('alicloudvpn-emulator-package-');

  it('installs from a tarball packed here and serves gateways from npx alicloudvpn-emulator', async function () {
    const { tarball, listing } = await packWorkspace('alicloudvpn-emulator', projects());
    assert.ok(listing.includes('package/bin/alicloudvpn-emulator') && listing.includes('package/dist/cli.js'), listing.join('\n'));

    const project = newProject(projects(), 'my-project');
    await npm(['install', '--prefer-offline', '--save-dev', tarball], project);
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
    const project = newProject(projects(), 'from-clone');
    await npm(['install', '--prefer-offline', '--save-dev', path.join(REPO_ROOT, 'emulator')], project);
    assert.match((await npx(['--help'], project)).stdout, /^Usage: alicloudvpn-emulator \[options\]/);
  });
});
