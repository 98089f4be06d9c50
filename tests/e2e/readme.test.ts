// Runs the READMEs' commands as written, so they cannot drift from what the code does: the quickstart's `make demo`
// and the marked blocks of README.md, and the marked blocks of every example's README (support/readmeBlocks.ts).
// Each README runs with bash in its own copy of the clone, with a HOME of its own (so a `~/.pulumi` it leaves behind
// shows), and starts its own emulator as the README says. Only the port is substituted: a free one for the
// README's fixed port, through the override the README documents for the demo. README.md's `make demo` is the
// quickstart's one deployment in this tier: after "Look around" the test checks it and takes the demo through re-runs
// and demo-destroy (support/quickstartDemo.ts). The README's deployment of an example
// is that example's one deployment in this tier: between its deploy and teardown blocks the shell pauses, and the test
// takes the example through the rest of a user's lifecycle (support/exampleLifecycle.ts) on the README's own stack.
import { strict as assert } from 'assert';
import { execFile, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { emulatorControl } from '../support/emulator';
import { freePort } from '../support/ports';
import { pulumiBinDir, PulumiWorkspace, REPO_ROOT } from '../support/pulumi';
import { EXAMPLE_LIFECYCLES, runExampleLifecycle } from './support/exampleLifecycle';
import { assertDemoLifecycle, assertFirstRun } from './support/quickstartDemo';
import { stageClone, untracked } from './support/clones';
import { firstBlock, runnableBlocks } from './support/readmeBlocks';

const execFileAsync = promisify(execFile);

const EXAMPLE_PORT = '18080';
const DEMO_PORT = '17788';
// Covered by tests/e2e/pipeline.test.ts, which runs the same run-here.sh.
const NOT_RUN = new Set(['pipeline']);

interface Run { code: number | null; output: string }

/** The README's shell, stopped between two blocks: its working directory and exported environment. */
interface PausedShell { cwd: string; env: NodeJS.ProcessEnv }

/** Where a script stops for the test (runInCopy replaces it with the commands that wait). */
const PAUSE = '# readme-test: pause';

describe('README commands, as written', function () {
  const copies: string[] = [];
  before(function () {
    pulumiBinDir();
  });
  after(function () {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('README.md: make demo, then every marked block ("Look around", "Practise drift", installing the plugin, a project of your own); then the quickstart as deployed, make demo on another port and back changing nothing, and make demo-destroy', async function () {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const makeDemo = firstBlock(readme).split('\n').find((l) => /^make demo\b/.test(l));
    assert.ok(makeDemo, 'the README opens with make demo');
    const blocks = runnableBlocks(readme);
    assert.ok(blocks.some((b) => b.includes('make -s demo-emulator &')), 'Look around starts the demo\'s own emulator');
    const ports: [number, number, number] = [await freePort(), await freePort(), await freePort()];
    const port = String(ports[0]);
    const script = [makeDemo, ...blocks, PAUSE].join('\n').replaceAll(DEMO_PORT, port);
    const run = await runInCopy(copies, script, { ALICLOUDVPN_DEMO_PORT: port }, (shell) =>
      assertDemoLifecycle({ dir: shell.cwd, ws: PulumiWorkspace.attach(shell.cwd, 'demo', shell.env), env: shell.env }, ports),
    );
    assert.equal(run.code, 0, run.output);
    assertFirstRun(run.output);
    assert.match(run.output, /^\s+tunnelPsks\s+\{"master":"[^"]+","slave":"[^"]+"\}$/m, `--show-secrets shows the generated PSKs:\n${run.output}`);
    assert.match(run.output, /^vpn-\w+\tdual-tunnel\t/m, 'gateway list shows the demo\'s dual-tunnel gateway');
    assert.match(run.output, /^alicloudvpn\s+resource\s+\d+\.\d+\.\d+\s/m, `pulumi plugin ls lists the installed plugin:\n${run.output}`);
    assert.match(run.output, /^vco-\w+: changed Name, RemoteSubnet$/m, `connection modify names what it changed:\n${run.output}`);
    assert.match(run.output, /drift found/, `the report finds the drift:\n${run.output}`);
    const refresh = run.output.slice(run.output.indexOf('Refreshing'));
    assert.doesNotMatch(refresh.slice(0, refresh.indexOf('Previewing')), /deleted/, `refresh keeps the demo's connection:\n${run.output}`);
  });

  const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter((e) => fs.existsSync(path.join(REPO_ROOT, 'examples', e, 'README.md')));
  for (const example of examples.filter((e) => !NOT_RUN.has(e))) {
    const lifecycle = EXAMPLE_LIFECYCLES[example];
    const title = lifecycle
      ? 'every marked block, in one shell; between deploy and teardown, no perpetual diff, a nested in-place update and a replacement on a new customer gateway'
      : 'every marked block, in one shell';
    it(`examples/${example}/README.md: ${title}`, async function () {
      const blocks = runnableBlocks(fs.readFileSync(path.join(REPO_ROOT, 'examples', example, 'README.md'), 'utf8'));
      assert.ok(blocks.length > 0, 'the README marks the blocks a user runs');
      const port = String(await freePort());
      if (lifecycle) assert.equal(blocks.length, 2, 'the README deploys in its first block and tears down in its second');
      const script = lifecycle ? [blocks[0], PAUSE, blocks[1]] : blocks;
      const endpoint = `127.0.0.1:${port}`;
      const run = await runInCopy(copies, script.join('\n').replaceAll(EXAMPLE_PORT, port), {}, lifecycle && (async (shell) => {
        const ws = PulumiWorkspace.attach(shell.cwd, 'dev', shell.env);
        const newCustomerGateway = async () => {
          const args = ['customer-gateway', 'create', '--endpoint', endpoint, '--ip-address', '198.51.100.11', ...(lifecycle.customerGatewayFlags ?? [])];
          return (await execFileAsync('alicloudvpn-emulator', args, { cwd: shell.cwd, env: shell.env })).stdout.trim();
        };
        await runExampleLifecycle(ws, emulatorControl(`http://${endpoint}`), lifecycle, newCustomerGateway);
      }));
      assert.equal(run.code, 0, run.output);
      assert.match(run.output, /\+ \d+ created/, run.output);
      // With the lifecycle: the one connection left after its replacement, and the stack (and the dynamic variant's
      // StackIdentity resource).
      const teardown = example === 'dynamic' ? 3 : 2;
      assert.match(run.output, lifecycle ? new RegExp(`- ${teardown} deleted`) : /- \d+ deleted/, run.output);
    });
  }
});

/**
 * Runs `script` with bash (stopping at the first failing command) in a fresh copy of the clone, then checks that it
 * left neither `~/.pulumi` nor a file git would offer to commit. At a PAUSE line the shell waits while `paused` runs.
 */
async function runInCopy(
  copies: string[],
  script: string,
  env: Record<string, string>,
  paused?: (shell: PausedShell) => Promise<void>,
): Promise<Run> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-readme-'));
  copies.push(root);
  const clone = stageClone(path.join(root, 'clone'));
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  const hook = path.join(root, 'hook');
  fs.mkdirSync(hook);
  execFileSync('mkfifo', [path.join(hook, 'paused'), path.join(hook, 'resume')]);
  const pause = [`env -0 > '${hook}/env'`, `pwd > '${hook}/cwd'`, `echo > '${hook}/paused'`, `read -r _ < '${hook}/resume'`].join('\n');
  const before = untracked(clone);
  const running = bash(script.replace(PAUSE, pause), clone, { ...cleanEnv(home), ...env });
  if (paused) await whilePaused(hook, running, paused);
  const run = await running;
  if (run.code === 0) {
    assert.ok(!fs.existsSync(path.join(home, '.pulumi')), 'the commands leave no ~/.pulumi');
    const left = untracked(clone).filter((f) => !before.includes(f));
    assert.deepEqual(left, [], 'the commands leave no file git does not ignore');
  }
  return run;
}

/**
 * Waits for the shell to reach its pause, runs `during` with the shell's directory and environment, then lets the
 * shell go on (whether `during` passed or not, so the README's teardown runs either way).
 */
async function whilePaused(hook: string, running: Promise<Run>, during: (shell: PausedShell) => Promise<void>): Promise<void> {
  const pausedFifo = path.join(hook, 'paused');
  const reached = await Promise.race([fs.promises.readFile(pausedFifo).then(() => true), running.then(() => false)]);
  if (!reached) {
    // The script ended before its pause (its output says why): release the read still waiting on the fifo.
    fs.closeSync(fs.openSync(pausedFifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    return;
  }
  const env = Object.fromEntries(
    fs.readFileSync(path.join(hook, 'env'), 'utf8').split('\0').filter((e) => e.includes('=')).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]),
  );
  const shell = { cwd: fs.readFileSync(path.join(hook, 'cwd'), 'utf8').trim(), env };
  let failure: unknown;
  try {
    await during(shell);
  } catch (err) {
    failure = err;
  }
  await fs.promises.writeFile(path.join(hook, 'resume'), 'go\n');
  if (failure !== undefined) {
    await running;
    throw failure;
  }
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
