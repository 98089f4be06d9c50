// A project of one's own, outside this repository, into which a package of this clone is installed the ways its
// README says (a tarball packed here, or the clone's directory), and `npx --no-install` to run what it installed
// (it fails instead of asking the registry, which has none of these packages).
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { REPO_ROOT } from '../../support/pulumi';

export const execFileAsync = promisify(execFile);
export const NPM_ENV = { ...process.env, ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

export function npm(args: string[], cwd: string) {
  return execFileAsync('npm', args, { cwd, env: NPM_ENV, maxBuffer: 16 * 1024 * 1024 });
}

export function npx(bin: string, args: string[], cwd: string) {
  return execFileAsync('npx', ['--no-install', bin, ...args], { cwd, env: NPM_ENV });
}

export function newProject(root: string, name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }, null, 2));
  return dir;
}

/** `npm pack -w <workspace>` into `dir`; the tarball's path and file list, checked to hold only the built package. */
export async function packWorkspace(workspace: string, dir: string): Promise<{ tarball: string; listing: string[] }> {
  await npm(['pack', '-w', workspace, '--pack-destination', dir], REPO_ROOT);
  const name = fs.readdirSync(dir).find((f) => f.startsWith(`${workspace}-`) && f.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack -w ${workspace} wrote no tarball into ${dir}`);
  const tarball = path.join(dir, name);
  const listing = (await execFileAsync('tar', ['-tzf', tarball])).stdout.split('\n');
  if (listing.some((f) => f.startsWith('package/src/') || f.endsWith('.tsbuildinfo'))) throw new Error(`${name} holds more than the built package`);
  return { tarball, listing };
}

/** A new temporary directory for the projects of this `describe`, removed after it; call inside the `describe`. */
export function projectsRoot(prefix: string): () => string {
  let root = '';
  before(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  after(function () {
    fs.rmSync(root, { recursive: true, force: true });
  });
  return () => root;
}
