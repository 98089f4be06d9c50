// Where a pre-shared key can sit in plaintext: the stack's config file and the program's own source. The policy
// sees only the provider's checked inputs, in which the PSK is always a secret (the provider marks it so before any
// policy runs, and @pulumi/policy unwraps secrets for validateResource), so it cannot tell from the inputs how the
// program gave the key. It looks for the key's value in the files a person writes instead (sourceFiles.ts), and
// never prints it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { programSourceFiles, runtimeOf } from './sourceFiles';

const MAX_FILE_BYTES = 512 * 1024;
const CONFIG_FILE = /^Pulumi(?:\.[^.]+)?\.ya?ml$/;

export interface PlaintextHit {
  /** Relative to the project directory. */
  file: string;
  /** The stack's or project's config file rather than a program file. */
  configFile: boolean;
}

export class ProjectFiles {
  private readonly directories = new Map<string, string | undefined>();
  private readonly fileLists = new Map<string, string[]>();
  private readonly texts = new Map<string, string | undefined>();

  /** `candidates`: directories that may be the Pulumi project (the analyzer's launch directory, $PWD). */
  constructor(private readonly candidates: ReadonlyArray<string | undefined>) {}

  /** The directory of the project named `project`: the first candidate whose Pulumi.yaml names it. */
  directory(project: string): string | undefined {
    if (!this.directories.has(project)) {
      const found = this.candidates.find((dir): dir is string => dir !== undefined && dir !== '' && projectName(dir) === project);
      this.directories.set(project, found);
    }
    return this.directories.get(project);
  }

  /** The first file of the project that holds `value` as a whole token: the stack config first, then the program. */
  findPlaintext(value: string, project: string, stack: string): PlaintextHit | undefined {
    const dir = this.directory(project);
    if (!dir || value === '') return undefined;
    const token = tokenPattern(value);
    for (const file of this.files(dir, stack)) {
      const text = this.read(file);
      if (text !== undefined && token.test(text)) {
        const name = path.basename(file);
        return { file: path.relative(dir, file), configFile: CONFIG_FILE.test(name) };
      }
    }
    return undefined;
  }

  private files(dir: string, stack: string): string[] {
    const key = `${dir}\0${stack}`;
    let files = this.fileLists.get(key);
    if (!files) {
      const configs = [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`, 'Pulumi.yaml', 'Pulumi.yml'].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
      const project = this.read(path.join(dir, 'Pulumi.yaml')) ?? this.read(path.join(dir, 'Pulumi.yml')) ?? '';
      // The stack's config is searched even when git ignores it: a key in it is in plaintext all the same.
      const sources = programSourceFiles(dir, runtimeOf(project)).filter((f) => !CONFIG_FILE.test(path.basename(f)));
      files = [...configs, ...sources];
      this.fileLists.set(key, files);
    }
    return files;
  }

  private read(file: string): string | undefined {
    if (!this.texts.has(file)) {
      try {
        this.texts.set(file, fs.statSync(file).size <= MAX_FILE_BYTES ? fs.readFileSync(file, 'utf8') : undefined);
      } catch {
        this.texts.set(file, undefined);
      }
    }
    return this.texts.get(file);
  }
}

function projectName(dir: string): string | undefined {
  for (const name of ['Pulumi.yaml', 'Pulumi.yml']) {
    try {
      const match = /^name:\s*["']?([^"'\s#]+)/m.exec(fs.readFileSync(path.join(dir, name), 'utf8'));
      if (match) return match[1];
    } catch {
      // Not this file name; try the other.
    }
  }
  return undefined;
}

/** `value` standing alone: delimited by quotes, whitespace, `:` or `=` before, and a quote, space or `,;)]#` after. */
function tokenPattern(value: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?:^|[\\s"'\`=:(,\\[])${escaped}(?=$|[\\s"'\`,;)\\]#])`, 'm');
}
