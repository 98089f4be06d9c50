// One stack driven through the real Pulumi CLI (scripts/install-pulumi.sh), with its own local backend and
// PULUMI_HOME in a temp directory, as tests/support/pulumi.ts does for the e2e tests.
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const STACK = 'bench';
const RUN_TIMEOUT_MS = 30 * 60_000;

let binDir: string | undefined;

function pulumiBinDir(): string {
  binDir ??= execFileSync(path.join(REPO_ROOT, 'scripts', 'install-pulumi.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop() as string;
  return binDir;
}

export interface RunResult {
  wallMs: number;
  stdout: string;
}

export class CliWorkspace {
  readonly programDir: string;
  readonly rssDir: string;
  private readonly env: NodeJS.ProcessEnv;

  private constructor(readonly root: string, env: NodeJS.ProcessEnv, private readonly endpoint: string) {
    this.programDir = path.join(root, 'program');
    this.rssDir = path.join(root, 'rss');
    this.env = env;
  }

  /** A workspace whose plugin reaches the emulator at `endpoint` with the given AccessKey (and `extra` settings). */
  static create(endpoint: string, accessKeyId: string, accessKeySecret: string, extra: NodeJS.ProcessEnv = {}): CliWorkspace {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-bench-'));
    for (const d of ['program', 'backend', 'home', 'rss']) fs.mkdirSync(path.join(root, d));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATH: `${pulumiBinDir()}${path.delimiter}${process.env.PATH ?? ''}`,
      PULUMI_HOME: path.join(root, 'home'),
      PULUMI_BACKEND_URL: `file://${path.join(root, 'backend')}`,
      PULUMI_CONFIG_PASSPHRASE: 'alicloudvpn-bench',
      PULUMI_SKIP_UPDATE_CHECK: 'true',
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      ALIBABA_CLOUD_ACCESS_KEY_ID: accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: accessKeySecret,
      ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou',
      ALICLOUDVPN_BENCH_RSS_DIR: path.join(root, 'rss'),
      NO_COLOR: '1',
      ...extra,
    };
    delete env.PULUMI_ACCESS_TOKEN;
    return new CliWorkspace(root, env, endpoint);
  }

  /** `pulumi stack init` plus the provider's endpoint settings; call after the program is written. */
  async init(): Promise<void> {
    await this.run(['stack', 'init', STACK]);
    const file = path.join(this.programDir, `Pulumi.${STACK}.yaml`);
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\s*$/, '\n') : '';
    fs.writeFileSync(file, `${existing}config:\n  alicloudvpn:endpoint: "${this.endpoint}"\n  alicloudvpn:protocol: http\n`);
  }

  /** Runs `pulumi <args> --non-interactive`; fails with the CLI's output on a non-zero exit. */
  run(args: string[]): Promise<RunResult> {
    const start = process.hrtime.bigint();
    const child = spawn('pulumi', [...args, '--non-interactive'], { cwd: this.programDir, env: this.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, RUN_TIMEOUT_MS);
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
        if (code === 0) resolve({ wallMs, stdout: out });
        else reject(new Error(`pulumi ${args.join(' ')} exited ${code ?? signal}\n${out.slice(-4000)}`));
      });
    });
  }

  /** `parallel`: the engine's --parallel; its default here is 4 × cores (8 on 2 cores). */
  up(parallel?: number): Promise<RunResult> {
    return this.run(['up', '--yes', '--skip-preview', ...parallelFlag(parallel)]);
  }

  previewNoChanges(parallel?: number): Promise<RunResult> {
    return this.run(['preview', '--expect-no-changes', ...parallelFlag(parallel)]);
  }

  refresh(): Promise<RunResult> {
    return this.run(['refresh', '--yes', '--skip-preview']);
  }

  destroy(parallel?: number): Promise<RunResult> {
    return this.run(['destroy', '--yes', '--skip-preview', ...parallelFlag(parallel)]);
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

function parallelFlag(parallel: number | undefined): string[] {
  return parallel === undefined ? [] : ['--parallel', String(parallel)];
}
