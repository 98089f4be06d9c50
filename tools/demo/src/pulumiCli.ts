import { execFileSync, spawn } from 'child_process';
import * as path from 'path';

/** Runs the repo's installer and returns the directory holding `pulumi` and its companions (last stdout line). */
export function installPulumi(root: string): string {
  const out = execFileSync(path.join(root, 'scripts', 'install-pulumi.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = out.trim().split('\n');
  return lines[lines.length - 1];
}

export interface PulumiEnvOptions {
  binDir: string;
  home: string;
  backendDir: string;
  passphrase: string;
}

/** The environment every CLI call of the demo uses: a local file backend, no update checks, no plugin downloads. */
export function pulumiEnv(opts: PulumiEnvOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${opts.binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    PULUMI_HOME: opts.home,
    PULUMI_BACKEND_URL: `file://${opts.backendDir}`,
    PULUMI_CONFIG_PASSPHRASE: opts.passphrase,
    PULUMI_SKIP_UPDATE_CHECK: 'true',
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
  };
}

/** Runs `pulumi <args>` with the terminal attached; rejects on a non-zero exit. */
export function pulumiInteractive(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pulumi', args, { cwd, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`pulumi ${args[0]} failed (${code ?? signal})`)),
    );
  });
}

/** Runs `pulumi <args>` and returns its stdout; stderr goes to the terminal unless `quiet`. */
export function pulumiCapture(args: string[], cwd: string, env: NodeJS.ProcessEnv, quiet = false): string {
  return execFileSync('pulumi', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'] });
}
