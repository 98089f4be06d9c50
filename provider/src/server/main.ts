// Entry point of the `pulumi-resource-alicloudvpn` plugin. The engine reads the gRPC port from
// the first line of stdout; anything else written there would corrupt that handshake or show up
// as an unattributed message, so console output is redirected to the engine log. A person running
// the binary gets --help, --version and the subcommands instead, and the process exits.

import { format } from 'node:util';
import { parseArgs, UsageError } from './args';
import { EngineLogger } from './engineLog';
import { ProviderState } from './providerState';
import { Redactor } from './redact';
import { startServer } from './grpcServer';
import { watchEngine } from './engineHealth';
import { pluginVersion } from './pluginHandlers';
import { BINARY, SYNOPSIS, usage, type Subcommand } from './usage';
import type { LogLevel } from '../resources/resource';

function redirectConsole(logger: EngineLogger): void {
  const to = (level: LogLevel) => (...args: unknown[]) => logger.log(level, format(...args));
  console.log = to('debug');
  console.info = to('info');
  console.debug = to('debug');
  console.warn = to('warning');
  console.error = to('error');
}

/** Commands a person runs, `pulumi-resource-alicloudvpn <name> …`; --help lists them. One entry per subcommand. */
const SUBCOMMANDS: readonly Subcommand[] = [
  {
    name: 'orphans',
    args: '[--region <region-id>]... [--file <export.json>]',
    summary: 'list the connections this stack made that its state lacks (read from `pulumi stack export --show-secrets` on stdin), with their `pulumi import` lines',
    run: async (argv) => (await import('../orphans/main')).orphansMain(argv),
  },
];

export async function main(argv: readonly string[]): Promise<void> {
  const subcommand = SUBCOMMANDS.find((c) => c.name === argv[0]);
  if (subcommand) {
    process.exitCode = await subcommand.run(argv.slice(1));
    return;
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${BINARY}: ${err.message}\nusage: ${SYNOPSIS} (--help says more)\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(usage(SUBCOMMANDS, pluginVersion()));
    return;
  }
  if (args.version) {
    process.stdout.write(`${pluginVersion()}\n`);
    return;
  }

  const redactor = new Redactor();
  const logger = new EngineLogger(args.engineAddress, { redactor, logToStderr: args.logToStderr, verbosity: args.verbosity });
  redirectConsole(logger);
  const state = new ProviderState(logger, redactor);
  const { server, port } = await startServer(state);
  process.stdout.write(`${port}\n`);

  const shutdown = (): void => {
    state.cancel();
    server.tryShutdown(() => {
      void logger.flush().finally(() => {
        logger.close();
        process.exit(0);
      });
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  if (args.engineAddress) watchEngine(args.engineAddress, shutdown);
}
