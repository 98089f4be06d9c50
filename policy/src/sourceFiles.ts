// The files of a Pulumi project that a person writes: the program's source in the project's language. Not data a
// tool writes there (an emulator's state file, a stack export, build output), which holds a secret PSK in plaintext
// as a matter of course: JSON and other data formats are not program source, and neither is anything git ignores.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const MAX_FILES = 2000;
const MAX_DEPTH = 6;
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', 'venv', '__pycache__']);

/** Program source by Pulumi runtime (`runtime:` in Pulumi.yaml); YAML programs are Pulumi.yaml and Main.yaml. */
const SOURCE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  nodejs: ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'],
  python: ['py'],
  go: ['go'],
  dotnet: ['cs', 'fs', 'vb'],
  java: ['java', 'kt', 'scala', 'groovy'],
  yaml: ['yaml', 'yml'],
};
const ANY_SOURCE = [...new Set(Object.values(SOURCE_EXTENSIONS).flat())];

/** The project's runtime name, from `runtime: nodejs` or `runtime: { name: nodejs }` in its Pulumi.yaml text. */
export function runtimeOf(projectFileText: string): string | undefined {
  const match = /^runtime:[ \t]*["']?(\w+)/m.exec(projectFileText) ?? /^runtime:[ \t]*\r?\n[ \t]+name:[ \t]*["']?(\w+)/m.exec(projectFileText);
  return match?.[1];
}

/**
 * The program's source files below `dir`, breadth first: the runtime's extensions (every language's when the
 * runtime is unknown), skipping dependencies, hidden directories (VCS, Pulumi's own state) and git-ignored files.
 */
export function programSourceFiles(dir: string, runtime: string | undefined): string[] {
  const extensions = new Set(SOURCE_EXTENSIONS[runtime ?? ''] ?? ANY_SOURCE);
  const isSource = (name: string) => extensions.has(path.extname(name).slice(1).toLowerCase());
  return withoutIgnored(dir, walk(dir, isSource));
}

function walk(root: string, isSource: (name: string) => boolean): string[] {
  const found: string[] = [];
  let level = [root];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0 && found.length < MAX_FILES; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.')) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) next.push(full);
        else if (entry.isFile() && isSource(entry.name) && found.length < MAX_FILES) found.push(full);
      }
    }
    level = next;
  }
  return found;
}

/** `files` less those git ignores, when `dir` is in a git work tree (otherwise, or without git, all of them). */
function withoutIgnored(dir: string, files: string[]): string[] {
  if (files.length === 0) return files;
  const relative = files.map((f) => path.relative(dir, f));
  const result = spawnSync('git', ['check-ignore', '-z', '--stdin'], { cwd: dir, input: `${relative.join('\0')}\0`, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  // 0: some are ignored, 1: none is, 128: not a work tree; an error: no git.
  if (result.error || result.status !== 0) return files;
  const ignored = new Set(result.stdout.split('\0'));
  return files.filter((_, i) => !ignored.has(relative[i]));
}
