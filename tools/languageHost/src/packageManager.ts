import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { RuntimeOptions } from './runtimeOptions';

export type PackageManagerName = 'npm' | 'yarn' | 'pnpm' | 'bun';

const LOCKFILES: ReadonlyArray<[string, PackageManagerName]> = [
  ['yarn.lock', 'yarn'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lockb', 'bun'],
  ['bun.lock', 'bun'],
  ['package-lock.json', 'npm'],
];

/** `auto` picks by lockfile in the directory (as the Go host does), npm when there is none. */
export function choosePackageManager(option: RuntimeOptions['packagemanager'], dir: string): PackageManagerName {
  if (option !== 'auto') return option;
  for (const [file, name] of LOCKFILES) {
    if (fs.existsSync(path.join(dir, file))) return name;
  }
  return 'npm';
}

/** Install command line for a package manager, quiet enough to stream into the CLI's output. */
export function installCommand(pm: PackageManagerName, production: boolean): [string, string[]] {
  switch (pm) {
    case 'npm':
      return ['npm', ['install', '--loglevel=error', '--no-audit', '--no-fund', ...(production ? ['--omit=dev'] : [])]];
    case 'yarn':
      return ['yarn', ['install', ...(production ? ['--production'] : [])]];
    case 'pnpm':
      return ['pnpm', ['install', ...(production ? ['--prod'] : [])]];
    case 'bun':
      return ['bun', ['install', ...(production ? ['--production'] : [])]];
  }
}

interface WorkspaceManifest {
  workspaces?: string[] | { packages?: string[] };
}

/**
 * The npm/yarn workspace root that lists `programDirectory` as a member, if any: installing there is what makes the
 * workspace's hoisted node_modules (and its lockfile) stay consistent.
 */
export function findWorkspaceRoot(programDirectory: string): string | undefined {
  const target = path.resolve(programDirectory);
  let dir = path.dirname(target);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as WorkspaceManifest;
      const patterns = Array.isArray(parsed.workspaces) ? parsed.workspaces : parsed.workspaces?.packages ?? [];
      if (patterns.some((pattern) => workspacePatternMatches(dir, pattern, target))) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function workspacePatternMatches(root: string, pattern: string, target: string): boolean {
  const relative = path.relative(root, target).split(path.sep);
  const parts = pattern.replace(/^\.\//, '').replace(/\/$/, '').split('/');
  if (parts.includes('**')) return relative.length >= parts.indexOf('**');
  if (parts.length !== relative.length) return false;
  return parts.every((part, i) => part === '*' || part === relative[i]);
}

/**
 * The package manager's version for About, which the CLI asks for on every preview and update. npm's comes from the
 * package.json of the npm installed beside this Node (no process to start); another's, or an npm elsewhere, from
 * `<pm> --version`. Undefined when neither answers: the version is informational.
 */
export function packageManagerVersion(pm: PackageManagerName): string | undefined {
  if (pm === 'npm') {
    try {
      const manifest = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'package.json');
      const version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
      if (typeof version === 'string') return version;
    } catch {
      // Not installed beside this Node: ask the npm on PATH.
    }
  }
  try {
    return execFileSync(pm, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
