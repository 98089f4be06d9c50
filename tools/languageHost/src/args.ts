/** Command line of a language host as the engine launches it: flags first, the engine address last. */
export interface HostArgs {
  engineAddress?: string;
  tracing?: string;
  showVersion: boolean;
}

// The engine may prepend Go-style flags (`-v=9`, `--logtostderr`, `--tracing URL`); only the ones that change our
// behaviour are kept, the rest are accepted and ignored so a verbose `pulumi -v` run still starts the host.
const FLAGS_WITH_VALUE = new Set(['tracing', 'runtime', 'root']);

export function parseHostArgs(argv: readonly string[]): HostArgs {
  const result: HostArgs = { showVersion: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let value = eq >= 0 ? body.slice(eq + 1) : undefined;
    if (value === undefined && FLAGS_WITH_VALUE.has(name) && i + 1 < argv.length) value = argv[++i];
    if (name === 'tracing' && value) result.tracing = value;
    if (name === 'version') result.showVersion = true;
    if (name === 'runtime' && value && value !== 'nodejs') {
      throw new Error(`unsupported runtime: ${value}`);
    }
  }
  if (positional.length > 0) result.engineAddress = positional[0];
  return result;
}
