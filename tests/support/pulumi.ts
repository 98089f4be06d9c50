// Runs the real Pulumi CLI (scripts/install-pulumi.sh) on a copy of a program, with a fresh local file backend and
// PULUMI_HOME per workspace, so e2e tests never share state with each other or with the developer's own stacks.
import { execFileSync, spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const PASSPHRASE = 'alicloudvpn-e2e';

let cachedBinDir: string | undefined;

/**
 * This clone's `.pulumi-bin`, holding `pulumi`, the language hosts and `pulumi-resource-pulumi-nodejs` (installed
 * once per test process; see scripts/install-pulumi.sh).
 */
export function pulumiBinDir(): string {
  if (!cachedBinDir) {
    const out = execFileSync(path.join(REPO_ROOT, 'scripts', 'install-pulumi.sh'), {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cachedBinDir = out.trim().split('\n').pop() as string;
  }
  return cachedBinDir;
}

/** The machine's shared cache the bin directory's Go language host is linked from (scripts/install-pulumi.sh). */
export function pulumiCacheDir(): string {
  return path.dirname(path.dirname(fs.realpathSync(path.join(pulumiBinDir(), 'pulumi-language-go'))));
}

/** A version scripts/pulumi-version.env pins (`PULUMI_YAML_VERSION`, ...); the hosts we build report it. */
export function pinnedVersion(key: string): string {
  const env = fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'pulumi-version.env'), 'utf8');
  const match = new RegExp(`^${key}=(\\S+)$`, 'm').exec(env);
  if (!match) throw new Error(`scripts/pulumi-version.env pins no ${key}`);
  return match[1];
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface WorkspaceOptions {
  /** Directory of the program to copy (an example, or a directory a test wrote). */
  programDir: string;
  stack?: string;
  /** Plain stack config written straight into Pulumi.<stack>.yaml (no CLI round trip per key). */
  config?: Record<string, string | number | boolean>;
  /** Extra environment for every CLI call (e.g. credentials the provider reads). */
  env?: Record<string, string>;
}

/**
 * A copy of a Pulumi program in a temp directory, with node_modules linked to the repo's and `plugins.providers`
 * paths made absolute, plus its own backend and PULUMI_HOME.
 */
export class PulumiWorkspace {
  readonly root: string;
  readonly dir: string;
  readonly stack: string;
  readonly env: NodeJS.ProcessEnv;

  private constructor(root: string, dir: string, stack: string, env: NodeJS.ProcessEnv) {
    this.root = root;
    this.dir = dir;
    this.stack = stack;
    this.env = env;
  }

  static async create(opts: WorkspaceOptions): Promise<PulumiWorkspace> {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-e2e-'));
    const dir = path.join(root, 'program');
    try {
      copyProgram(opts.programDir, dir);
    } catch (err) {
      fs.rmSync(root, { recursive: true, force: true });
      throw err;
    }
    fs.mkdirSync(path.join(root, 'backend'));
    fs.mkdirSync(path.join(root, 'home'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...opts.env,
      // provider/bin: the plugin of programs without a `plugins:` block (examples/basic, a `pulumi new` template).
      PATH: [pulumiBinDir(), path.join(REPO_ROOT, 'provider', 'bin'), process.env.PATH ?? ''].join(path.delimiter),
      PULUMI_HOME: path.join(root, 'home'),
      // metadata=skip: no `.attrs` sidecar beside each state file, which the file backend writes in place and a
      // killed CLI can leave empty (every later command then fails with `failed to load checkpoint: EOF`).
      PULUMI_BACKEND_URL: `file://${path.join(root, 'backend')}?metadata=skip`,
      PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
      PULUMI_SKIP_UPDATE_CHECK: 'true',
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
      // The examples are type-checked by `tsc -b` (project references); every run only needs them transpiled.
      PULUMI_NODEJS_TRANSPILE_ONLY: 'true',
      NO_COLOR: '1',
      // No cloud is reachable from a test: the credential chain must not probe the ECS metadata address.
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    };
    delete env.PULUMI_ACCESS_TOKEN;
    const ws = new PulumiWorkspace(root, dir, opts.stack ?? 'e2e', env);
    try {
      await ws.cliOk(['stack', 'init', ws.stack]);
      if (opts.config) ws.appendConfig(opts.config);
    } catch (err) {
      await ws.dispose();
      throw err;
    }
    return ws;
  }

  /**
   * A workspace on a program someone else set up (a README's commands, run in a shell): its directory, stack and
   * environment as they are. dispose() removes `dir`.
   */
  static attach(dir: string, stack: string, env: NodeJS.ProcessEnv): PulumiWorkspace {
    return new PulumiWorkspace(dir, dir, stack, env);
  }

  /** Adds plain (non-secret) keys to Pulumi.<stack>.yaml, which `stack init` created with the encryption salt. */
  appendConfig(config: Record<string, string | number | boolean>): void {
    const file = path.join(this.dir, `Pulumi.${this.stack}.yaml`);
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const hasSection = /^config:\s*$/m.test(existing);
    const lines = Object.entries(config).map(([k, v]) => `  ${k}: ${JSON.stringify(String(v))}`);
    fs.writeFileSync(file, `${existing.replace(/\s*$/, '\n')}${hasSection ? '' : 'config:\n'}${lines.join('\n')}\n`);
  }

  /** Runs `pulumi <args>` in the program directory; never rejects on a non-zero exit (see cliOk). */
  /** Runs `pulumi <args>`; `onOutput` sees stdout and stderr as they arrive, for a test that acts mid-run. */
  cli(args: string[], opts: { env?: Record<string, string>; timeoutMs?: number; onOutput?: (chunk: string) => void } = {}): Promise<CliResult> {
    return collect(this.spawn(args, opts.env), opts.timeoutMs ?? 300_000, opts.onOutput);
  }

  /** Runs `pulumi <args>` and fails with the CLI's own output when it exits non-zero. */
  async cliOk(args: string[], opts: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliResult> {
    const result = await this.cli(args, opts);
    if (result.code !== 0) {
      throw new Error(`pulumi ${args.join(' ')} exited ${result.code ?? result.signal}\n${result.stdout}\n${result.stderr}`);
    }
    return result;
  }

  /**
   * Starts `pulumi <args>` without waiting (for tests that interrupt or kill the CLI). `detached` puts it in its own
   * process group, so a test can kill it together with the plugins and program it started.
   */
  spawn(args: string[], env?: Record<string, string>, opts: { detached?: boolean } = {}): ChildProcess {
    return spawn('pulumi', [...args, '--non-interactive'], {
      cwd: this.dir,
      env: { ...this.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: opts.detached ?? false,
    });
  }

  up(extra: string[] = []): Promise<CliResult> {
    return this.cliOk(['up', '--yes', '--skip-preview', ...extra]);
  }

  preview(extra: string[] = []): Promise<CliResult> {
    return this.cli(['preview', ...extra]);
  }

  destroy(): Promise<CliResult> {
    return this.cliOk(['destroy', '--yes', '--skip-preview']);
  }

  async outputs(): Promise<Record<string, unknown>> {
    return JSON.parse((await this.cliOk(['stack', 'output', '--json', '--show-secrets'])).stdout) as Record<string, unknown>;
  }

  /** From `pulumi about --json`: the program's language and the language plugins the CLI runs it with. */
  async languageHosts(): Promise<{ language?: string; hosts: Array<{ name: string; version: string | null }> }> {
    const about = JSON.parse((await this.cliOk(['about', '--json'])).stdout) as {
      runtime?: { language?: string };
      plugins?: Array<{ name: string; kind: string; version: string | null }>;
    };
    const hosts = (about.plugins ?? []).filter((p) => p.kind === 'language').map(({ name, version }) => ({ name, version }));
    return { language: about.runtime?.language, hosts };
  }

  /** The checkpoint as `pulumi stack export` prints it (secrets stay encrypted unless asked otherwise). */
  async exportStack(showSecrets = false): Promise<StackExport> {
    const args = ['stack', 'export', ...(showSecrets ? ['--show-secrets'] : [])];
    return JSON.parse((await this.cliOk(args)).stdout) as StackExport;
  }

  readProgram(file = 'index.ts'): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }

  writeProgram(text: string, file = 'index.ts'): void {
    fs.writeFileSync(path.join(this.dir, file), text);
  }

  /** Replaces exactly one occurrence of `from` in the program, failing loudly if the example changed shape. */
  editProgram(from: string | RegExp, to: string, file = 'index.ts'): void {
    const text = this.readProgram(file);
    const matches = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from, 'g')) ?? []).length;
    if (matches !== 1) throw new Error(`expected exactly one ${String(from)} in ${file}, found ${matches}`);
    this.writeProgram(text.replace(from, to), file);
  }

  async dispose(): Promise<void> {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

export interface StackResource {
  urn: string;
  type: string;
  id?: string;
  custom?: boolean;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
}

export interface StackExport {
  version: number;
  deployment: {
    resources?: StackResource[];
    pending_operations?: Array<{ resource: StackResource; type: string }>;
    [key: string]: unknown;
  };
}

/** Resources of one type in an exported checkpoint. */
export function resourcesOfType(exported: StackExport, type: string): StackResource[] {
  return (exported.deployment.resources ?? []).filter((r) => r.type === type);
}

function collect(child: ChildProcess, timeoutMs: number, onOutput?: (chunk: string) => void): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const read = (append: (chunk: string) => void) => (c: Buffer) => {
    append(c.toString());
    onOutput?.(c.toString());
  };
  child.stdout?.on('data', read((chunk) => (stdout += chunk)));
  child.stderr?.on('data', read((chunk) => (stderr += chunk)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pulumi did not finish within ${timeoutMs / 1000} s\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Copies a program (skipping state and stack files) and makes it runnable from outside the repo. */
function copyProgram(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) => !/(^|\/)(node_modules|bin|Pulumi\.[^/]+\.yaml)$/.test(path.relative(from, src)),
  });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
  const projectFile = path.join(to, 'Pulumi.yaml');
  const text = fs.readFileSync(projectFile, 'utf8');
  // `path:` entries are relative to the original program; make them absolute for the copy.
  fs.writeFileSync(
    projectFile,
    text.replace(/^(\s*(?:-\s+)?path:\s*)(\S+)\s*$/gm, (_m, prefix: string, rel: string) =>
      `${prefix}${path.isAbsolute(rel) ? rel : path.resolve(from, rel)}`,
    ),
  );
}
