import type { RuntimeOptions } from './runtimeOptions';

/** What the engine asks us to run (the fields of a RunRequest that shape the node command line). */
export interface ProgramRun {
  monitorAddress: string;
  engineAddress: string;
  organization: string;
  project: string;
  stack: string;
  rootDirectory: string;
  programDirectory: string;
  entryPoint: string;
  dryRun: boolean;
  parallel: number;
  tracing?: string;
  args: string[];
  config: Record<string, string>;
  configSecretKeys: string[];
}

/** Argument vector for `node` that starts @pulumi/pulumi's `cmd/run` the way that entry point parses it (minimist). */
export function programArguments(run: ProgramRun, runPath: string, options: RuntimeOptions): string[] {
  const args = [...options.nodeargs, runPath];
  const add = (flag: string, value: string | undefined): void => {
    if (value) args.push(`--${flag}`, value);
  };
  add('monitor', run.monitorAddress);
  add('engine', run.engineAddress);
  add('organization', run.organization);
  add('project', run.project);
  add('root-directory', run.rootDirectory);
  add('stack', run.stack);
  add('pwd', run.programDirectory);
  if (run.dryRun) args.push('--dry-run');
  add('parallel', String(run.parallel));
  add('tracing', run.tracing);
  // The engine always names an entry point, "." for the program directory itself.
  args.push(run.entryPoint || '.');
  args.push(...run.args);
  return args;
}

/** Environment additions: config in the `<ns>:config:<name>` form every @pulumi/pulumi version reads, plus TS switches. */
export function programEnvironment(run: ProgramRun, options: RuntimeOptions): Record<string, string> {
  const env: Record<string, string> = {
    PULUMI_CONFIG: JSON.stringify(legacyConfigKeys(run.config)),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(run.configSecretKeys),
  };
  if (options.typescript) env.PULUMI_NODEJS_TYPESCRIPT = 'true';
  if (options.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = options.tsconfig;
  return env;
}

export function legacyConfigKeys(config: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    const first = key.indexOf(':');
    if (first <= 0) throw new Error(`configuration key ${JSON.stringify(key)} is not namespaced (<namespace>:<name>)`);
    const namespace = key.slice(0, first);
    let name = key.slice(first + 1);
    if (name.startsWith('config:')) name = name.slice('config:'.length);
    out[`${namespace}:config:${name}`] = value;
  }
  return out;
}

/** Exit code @pulumi/pulumi uses after it has already shown the user an actionable message. */
export const EXIT_AFTER_USER_MESSAGE = 32;

export function describeExit(code: number | null, signal: NodeJS.Signals | null): { error: string; bail: boolean } {
  if (code === 0) return { error: '', bail: false };
  if (code === EXIT_AFTER_USER_MESSAGE) return { error: '', bail: true };
  if (code !== null) return { error: `Program exited with non-zero exit code: ${code}`, bail: false };
  return { error: `Program exited unexpectedly: killed by signal ${signal ?? 'unknown'}`, bail: false };
}
