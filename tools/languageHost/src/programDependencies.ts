import { execFile } from 'child_process';
import { promisify } from 'util';

const execFileAsync = promisify(execFile);

interface NpmLsNode {
  version?: string;
  dependencies?: Record<string, NpmLsNode>;
}

/** Installed dependencies of the program as `npm ls` reports them (npm exits non-zero on mere warnings). */
export async function listProgramDependencies(
  programDirectory: string,
  transitive: boolean,
): Promise<Array<{ name: string; version: string }>> {
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync('npm', ['ls', '--json', ...(transitive ? ['--all'] : ['--depth=0'])], {
      cwd: programDirectory,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (err) {
    stdout = (err as { stdout?: string }).stdout ?? '';
    if (!stdout) throw new Error(`failed to get node dependencies: ${(err as Error).message}`);
  }
  const tree = JSON.parse(stdout) as NpmLsNode;
  const result: Array<{ name: string; version: string }> = [];
  const seen = new Set<string>();
  const walk = (node: NpmLsNode): void => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      const key = `${name}@${child.version ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ name, version: child.version ?? '' });
      if (transitive) walk(child);
    }
  };
  walk(tree);
  return result;
}
