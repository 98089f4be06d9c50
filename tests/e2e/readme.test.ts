// Runs the READMEs' commands as written, so they cannot drift from what the code does: the quickstart's `make demo`
// and the "Look around" block of README.md, and the marked blocks of every example's README (support/readmeBlocks.ts).
// Each README runs with bash in its own copy of the clone, with a HOME of its own (so a `~/.pulumi` it leaves behind
// shows), and starts its own emulator as the README says. Only the port is substituted: a free one for the
// README's fixed port, through the override the README documents for the demo.
import { strict as assert } from 'assert';
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from '../support/ports';
import { pulumiBinDir, REPO_ROOT } from '../support/pulumi';
import { firstBlock, runnableBlocks } from './support/readmeBlocks';

const EXAMPLE_PORT = '18080';
const DEMO_PORT = '17788';
// Covered by tests/e2e/pipeline.test.ts, which runs the same run-here.sh.
const NOT_RUN = new Set(['pipeline']);

interface Run { code: number | null; output: string }

describe('README commands, as written', function () {
  const copies: string[] = [];
  before(function () {
    pulumiBinDir();
  });
  after(function () {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
    // The shared CLI cache's Node language host launcher points at the clone that last ran the installer: a copy
    // made here is gone now, so point it back at this clone.
    pulumiBinDir();
    execFileSync(path.join(REPO_ROOT, 'scripts', 'install-pulumi.sh'), { stdio: ['ignore', 'ignore', 'inherit'] });
  });

  it('README.md: make demo, then every command of "Look around"', async function () {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const makeDemo = firstBlock(readme).split('\n').find((l) => /^make demo\b/.test(l));
    assert.ok(makeDemo, 'the README opens with make demo');
    const blocks = runnableBlocks(readme);
    assert.ok(blocks.some((b) => b.includes('make -s demo-emulator &')), 'Look around starts the demo\'s own emulator');
    const port = String(await freePort());
    const run = await runInCopy(copies, [makeDemo, ...blocks].join('\n').replaceAll(DEMO_PORT, port), { ALICLOUDVPN_DEMO_PORT: port });
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /^\s+tunnelPsks\s+\{"master":"[^"]+","slave":"[^"]+"\}$/m, `--show-secrets shows the generated PSKs:\n${run.output}`);
    assert.match(run.output, /^vpn-\w+\tdual-tunnel\t/m, 'gateway list shows the demo\'s dual-tunnel gateway');
    const refresh = run.output.slice(run.output.indexOf('Refreshing'));
    assert.doesNotMatch(refresh.slice(0, refresh.indexOf('Previewing')), /deleted/, `refresh keeps the demo's connection:\n${run.output}`);
  });

  const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter((e) => fs.existsSync(path.join(REPO_ROOT, 'examples', e, 'README.md')));
  for (const example of examples.filter((e) => !NOT_RUN.has(e))) {
    it(`examples/${example}/README.md: every marked block, in one shell`, async function () {
      const blocks = runnableBlocks(fs.readFileSync(path.join(REPO_ROOT, 'examples', example, 'README.md'), 'utf8'));
      assert.ok(blocks.length > 0, 'the README marks the blocks a user runs');
      const port = String(await freePort());
      const run = await runInCopy(copies, blocks.join('\n').replaceAll(EXAMPLE_PORT, port), {});
      assert.equal(run.code, 0, run.output);
      assert.match(run.output, /\+ \d+ created/, run.output);
      assert.match(run.output, /- \d+ deleted/, run.output);
    });
  }
});

/**
 * Runs `script` with bash (stopping at the first failing command) in a fresh copy of the clone, then checks that it
 * left neither `~/.pulumi` nor a file git would offer to commit.
 */
async function runInCopy(copies: string[], script: string, env: Record<string, string>): Promise<Run> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-readme-'));
  copies.push(root);
  const clone = stageClone(path.join(root, 'clone'));
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  const before = untracked(clone);
  const run = await bash(script, clone, { ...cleanEnv(home), ...env });
  if (run.code === 0) {
    assert.ok(!fs.existsSync(path.join(home, '.pulumi')), 'the commands leave no ~/.pulumi');
    const left = untracked(clone).filter((f) => !before.includes(f));
    assert.deepEqual(left, [], 'the commands leave no file git does not ignore');
  }
  return run;
}

/** The clone's files and build outputs, with node_modules linked (timestamps kept, so make sees nothing to do). */
function stageClone(dir: string): string {
  const skip = /^(\.git|node_modules|\.demo|tests\/dist)$|(^|\/)(\.pulumi-state|\.pulumi-home|Pulumi\.[^/]+\.yaml)$/;
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

function untracked(dir: string): string[] {
  return execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\n').filter((l) => l !== '');
}

/** The user's environment as a newcomer has it: no Pulumi settings, a HOME of their own, the caches kept. */
function cleanEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('PULUMI_') || key.startsWith('ALICLOUDVPN_') || key.startsWith('ALIBABA_CLOUD_')) delete env[key];
  const realHome = os.homedir();
  return {
    ...env,
    HOME: home,
    ALICLOUDVPN_CACHE: path.join(process.env.XDG_CACHE_HOME ?? path.join(realHome, '.cache'), 'alicloudvpn'),
    npm_config_cache: path.join(realHome, '.npm'),
    npm_config_update_notifier: 'false',
    GOPATH: process.env.GOPATH ?? path.join(realHome, 'go'),
    GOCACHE: process.env.GOCACHE ?? path.join(realHome, '.cache', 'go-build'),
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
    PULUMI_SKIP_UPDATE_CHECK: 'true',
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
    // Speed only, as in every e2e workspace: the examples are type-checked by `tsc -b`.
    PULUMI_NODEJS_TRANSPILE_ONLY: 'true',
    NO_COLOR: '1',
  };
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  // Its own process group, so whatever the script left running in the background goes with it.
  const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // The group is already gone: the script stopped what it started.
      }
    });
    // 'close' waits for every holder of the pipes, background processes included.
    child.once('close', (code) => resolve({ code, output: `$ ${script.split('\n').join('\n$ ')}\n${output}` }));
  });
}
