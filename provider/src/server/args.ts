// The command line the engine starts every resource plugin with:
// `pulumi-resource-<pkg> [--logtostderr] [-v=N] [--tracing URL] <engineAddress>`, plus the flags a person
// types (--help, --version). Flags the engine may add in later versions are tolerated rather than fatal.

export interface PluginArgs {
  engineAddress?: string;
  logToStderr: boolean;
  verbosity: number;
  tracing?: string;
  /** --help or -h: print the usage and exit. */
  help?: true;
  /** --version: print the version and exit. */
  version?: true;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function parseVerbosity(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`invalid verbosity "${value}": expected a non-negative integer`);
  return n;
}

export function parseArgs(argv: readonly string[]): PluginArgs {
  const out: PluginArgs = { logToStderr: false, verbosity: 0 };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('-') ? splitFlag(arg) : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`flag ${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--logtostderr':
      case '-logtostderr':
        out.logToStderr = inline === undefined || inline !== 'false';
        break;
      case '-v':
      case '--v':
        out.verbosity = parseVerbosity(value());
        break;
      case '--tracing':
      case '-tracing':
        out.tracing = value();
        break;
      case '--help':
      case '-help':
      case '-h':
        out.help = true;
        break;
      case '--version':
      case '-version':
        out.version = true;
        break;
      default:
        if (flag.startsWith('-')) break;
        positional.push(arg);
    }
  }
  if (positional.length > 1) {
    throw new UsageError(`expected at most one engine address, got ${positional.length}: ${positional.join(' ')}`);
  }
  out.engineAddress = positional[0];
  return out;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
