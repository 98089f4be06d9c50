// alicloudvpn-report used from a project of one's own, outside this repository, the two ways tools/report/README.md
// says: a tarball packed here, or the clone's tools/report directory. The installed command reads a real preview
// and refuses what is not one.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/pulumi';
import { newProject, npm, NPM_ENV, packWorkspace, projectsRoot } from './support/npmProject';

const PREVIEWS = path.join(REPO_ROOT, 'tests', 'fixtures', 'previews');

/** `<stdin> | npx --no-install alicloudvpn-report [args]` in `project`. */
function report(project: string, stdin: string, args: string[] = []) {
  const r = spawnSync('npx', ['--no-install', 'alicloudvpn-report', ...args], { cwd: project, env: NPM_ENV, input: stdin, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkInstalled(project: string): void {
  const update = report(project, fs.readFileSync(path.join(PREVIEWS, 'update.preview.json'), 'utf8'));
  assert.equal(update.code, 2, update.stderr);
  assert.match(update.stdout, /^<!-- alicloudvpn-report -->\n## alicloudvpn preview on stack `dev`: 1 to update/);
  const miswired = report(project, '{"connectionId":"vco-bp1abc","tunnelPsks":{"master":"Pkg-planted-Psk-9"}}');
  assert.equal(miswired.code, 1);
  assert.equal(miswired.stdout, '');
  assert.match(miswired.stderr, /not the output of `pulumi preview --json`: pipe `pulumi preview --json`/);
  assert.ok(!miswired.stderr.includes('Pkg-planted-Psk-9'), 'the error does not quote the input');
}

describe('alicloudvpn-report installed outside the repository', function () {
  const projects = projectsRoot('alicloudvpn-report-package-');

  it('installs from a tarball packed here (npm pack -w pulumi-alicloudvpn-report)', async function () {
    const { tarball, listing } = await packWorkspace('pulumi-alicloudvpn-report', projects());
    assert.ok(listing.includes('package/bin/alicloudvpn-report') && listing.includes('package/dist/cli.js'), listing.join('\n'));
    const project = newProject(projects(), 'from-tarball');
    await npm(['install', '--prefer-offline', '--save-dev', tarball], project);
    checkInstalled(project);
  });

  it('installs from the clone\'s tools/report directory', async function () {
    const project = newProject(projects(), 'from-clone');
    await npm(['install', '--prefer-offline', '--save-dev', path.join(REPO_ROOT, 'tools', 'report')], project);
    checkInstalled(project);
  });
});
