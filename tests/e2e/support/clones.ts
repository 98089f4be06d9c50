// Copies of this clone in temp directories, for tests that run commands as a user of another clone would.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../support/pulumi';

/**
 * The clone's files and build outputs copied to `dir`, with node_modules linked (timestamps kept, so make sees
 * nothing to do) and a git repository of its own. Its `.pulumi-bin` is left out: `make -s pulumi-bin` in the copy
 * makes the copy's own.
 */
export function stageClone(dir: string): string {
  const skip = /^(\.git|node_modules|\.demo|\.pulumi-bin|tests\/dist)$|(^|\/)(\.pulumi-state|\.pulumi-home|Pulumi\.[^/]+\.yaml)$/;
  fs.cpSync(REPO_ROOT, dir, {
    recursive: true,
    preserveTimestamps: true,
    filter: (src) => !skip.test(path.relative(REPO_ROOT, src)),
  });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  execFileSync('make', ['-q', 'install'], { cwd: dir, stdio: 'ignore' });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

/** The files git would offer to commit in `dir`. */
export function untracked(dir: string): string[] {
  return execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\n').filter((l) => l !== '');
}
