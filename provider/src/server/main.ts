// Entry point of the `pulumi-resource-alicloudvpn` plugin. The engine reads the gRPC port from
// the first line of stdout; anything else written there would corrupt that handshake or show up
// as an unattributed message, so console output is redirected to the engine log.

import { format } from 'node:util';
import { parseArgs, UsageError } from './args';
import { EngineLogger } from './engineLog';
import { ProviderState } from './providerState';
import { Redactor } from './redact';
import { startServer } from './grpcServer';
import { watchEngine } from './engineHealth';
import type { LogLevel } from '../resources/resource';

function redirectConsole(logger: EngineLogger): void {
  const to = (level: LogLevel) => (...args: unknown[]) => logger.log(level, format(...args));
  console.log = to('debug');
  console.info = to('info');
  console.debug = to('debug');
  console.warn = to('warning');
  console.error = to('error');
}

export async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === 'orphans') {
    const { orphansMain } = await import('../orphans/main');
    process.exitCode = await orphansMain(argv.slice(1));
    return;
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`pulumi-resource-alicloudvpn: ${err.message}\n`);
    process.stderr.write('usage: pulumi-resource-alicloudvpn [--logtostderr] [-v=N] [--tracing URL] <engineAddress>\n');
    process.exitCode = 2;
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
