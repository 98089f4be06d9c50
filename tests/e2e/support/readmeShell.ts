// A README's marked blocks run as a user runs them: with bash, in a fresh copy of the clone, with a HOME of its own
// (so a `~/.pulumi` it leaves behind shows) and the caches kept. A script can stop at a PAUSE line while the test
// takes what the README deployed through more of a user's lifecycle, then goes on to the README's teardown.
import { strict as assert } from 'assert';
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stageClone, untracked } from './clones';

export interface Run { code: number | null; output: string }

/** The README's shell, stopped between two blocks: its working directory and exported environment. */
export interface PausedShell { cwd: string; env: NodeJS.ProcessEnv }

/** Where a script stops for the test (runInCopy replaces it with the commands that wait). */
export const PAUSE = '# readme-test: pause';

/**
 * Runs `script` with bash (stopping at the first failing command) in a fresh copy of the clone, then checks that it
 * left neither `~/.pulumi` nor a file git would offer to commit. At a PAUSE line the shell waits while `paused` runs.
 */
export async function runInCopy(
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
