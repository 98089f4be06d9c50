import { describeExit, ProgramRun, programArguments, programEnvironment } from './programCommand';
import { spawnTracked, waitForExit } from './childProcesses';
import type { RuntimeOptions } from './runtimeOptions';

// Overridable for tests of the host itself, as the Go host allows.
const RUN_MODULE = process.env.PULUMI_LANGUAGE_NODEJS_RUN_PATH || '@pulumi/pulumi/cmd/run';

/**
 * Resolves @pulumi/pulumi's `cmd/run` from the program's directory, as `node` would for the program's own imports,
 * so the program runs on the SDK version it depends on.
 */
export function locateModule(moduleName: string, programDirectory: string, installHint: string): string {
  try {
    return require.resolve(moduleName, { paths: [programDirectory] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') {
      throw new Error(`It looks like the Pulumi SDK has not been installed. Have you run ${installHint}?`);
    }
    throw err;
  }
}

export interface RunOutcome {
  error: string;
  bail: boolean;
}

/** Runs the program in a fresh `node` process; its stdout/stderr go straight to ours, which the engine displays. */
export async function runProgram(run: ProgramRun, options: RuntimeOptions): Promise<RunOutcome> {
  let runPath: string;
  try {
    runPath = locateModule(RUN_MODULE, run.programDirectory, 'pulumi install');
  } catch (err) {
    return { error: (err as Error).message, bail: false };
  }
  const child = spawnTracked(process.execPath, programArguments(run, runPath, options), {
    cwd: run.programDirectory,
    env: { ...process.env, ...programEnvironment(run, options) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    const exit = await waitForExit(child);
    return describeExit(exit.code, exit.signal);
  } catch (err) {
    return { error: `Problem executing program (could not run language executor): ${(err as Error).message}`, bail: false };
  }
}
