import * as fs from 'fs';
import * as path from 'path';

/** A plugin a program needs, as announced by an installed package's `package.json` → `pulumi` block. */
export interface RequiredPackage {
  name: string;
  kind: 'resource';
  version: string;
  server: string;
  parameterization?: { name: string; version: string; value: Uint8Array };
}

interface PackageJson {
  name?: string;
  version?: string;
  pulumi?: {
    resource?: boolean;
    name?: string;
    version?: string;
    server?: string;
    parameterization?: { name: string; version: string; value: string };
  };
}

/**
 * Finds every installed package that ships a Pulumi resource plugin, in the node_modules directories Node would
 * resolve the program's imports from: the program directory's and each ancestor's (npm workspaces hoist there).
 */
export function findRequiredPackages(programDirectory: string): { packages: RequiredPackage[]; errors: string[] } {
  const found = new Map<string, RequiredPackage>();
  const errors: string[] = [];
  const visited = new Set<string>();
  let dir = path.resolve(programDirectory);
  for (;;) {
    scanNodeModules(path.join(dir, 'node_modules'), found, errors, visited);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { packages: [...found.values()], errors };
}

function scanNodeModules(dir: string, found: Map<string, RequiredPackage>, errors: string[], visited: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(real, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(real, entry.name);
    if (entry.name.startsWith('@')) {
      scanNodeModules(full, found, errors, visited);
    } else if (entry.isDirectory() || entry.isSymbolicLink()) {
      scanPackage(full, found, errors, visited);
    }
  }
}

function scanPackage(dir: string, found: Map<string, RequiredPackage>, errors: string[], visited: Set<string>): void {
  const manifest = path.join(dir, 'package.json');
  if (fs.existsSync(manifest)) {
    try {
      const info = JSON.parse(fs.readFileSync(manifest, 'utf8')) as PackageJson;
      const pkg = toRequiredPackage(info);
      if (pkg) found.set(`${pkg.name}@${pkg.version}`, pkg);
    } catch (err) {
      errors.push(`reading ${manifest}: ${(err as Error).message}`);
    }
  }
  scanNodeModules(path.join(dir, 'node_modules'), found, errors, visited);
}

/** Applies the engine's naming rules: `@pulumi/x` packages may omit `pulumi.name`, third-party ones may not. */
export function toRequiredPackage(info: PackageJson): RequiredPackage | undefined {
  const pulumi = info.pulumi;
  if (!pulumi || pulumi.resource !== true) return undefined;
  let name = pulumi.name;
  if (!name) {
    if (!info.name) throw new Error('missing expected "name" property');
    if (!info.name.startsWith('@pulumi/')) {
      throw new Error(`missing property "name" for the third-party plugin '${info.name}' inside package.json under the "pulumi" section`);
    }
    name = info.name.slice('@pulumi/'.length);
  }
  const rawVersion = pulumi.version || info.version;
  if (!rawVersion) throw new Error('missing expected "version" property');
  const version = rawVersion.startsWith('v') ? rawVersion : `v${rawVersion}`;
  const result: RequiredPackage = { name, kind: 'resource', version, server: pulumi.server ?? '' };
  if (pulumi.parameterization) {
    result.parameterization = {
      name: pulumi.parameterization.name,
      version: pulumi.parameterization.version,
      value: Buffer.from(pulumi.parameterization.value ?? '', 'base64'),
    };
  }
  return result;
}
