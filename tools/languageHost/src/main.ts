import * as grpc from '@grpc/grpc-js';
import * as languageGrpc from '@pulumi/pulumi/proto/language_grpc_pb';
import { parseHostArgs } from './args';
import { interruptAll, runningCount } from './childProcesses';
import { watchEngine } from 'pulumi-resource-alicloudvpn/dist/server/engineHealth';
import { HostState, languageRuntimeService } from './service';

// Large programs send big RunRequests/outputs; match the engine's own 400 MiB limit rather than gRPC's 4 MiB default.
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/**
 * pulumi-language-nodejs: the engine's LanguageRuntime for Node programs. Prints its port as the first stdout line,
 * then serves until the engine goes away.
 */
export async function main(argv: readonly string[]): Promise<void> {
  let args;
  try {
    args = parseHostArgs(argv);
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n`);
    process.exit(1);
  }
  if (args.showVersion) {
    process.stdout.write(`${(require('@pulumi/pulumi/package.json') as { version: string }).version}\n`);
    return;
  }
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  let stopWatching: (() => void) | undefined;
  // The engine stops plugins with SIGINT and waits 5 s before SIGKILL: exit as soon as our children are gone.
  const shutdown = (): void => {
    stopWatching?.();
    server.forceShutdown();
    interruptAll(2000);
    const exitWhenIdle = (): void => {
      if (runningCount() === 0) process.exit(0);
    };
    setInterval(exitWhenIdle, 50).unref();
    setTimeout(() => process.exit(0), 2500).unref();
    exitWhenIdle();
  };
  const watch = (address: string): void => {
    stopWatching?.();
    stopWatching = watchEngine(address, shutdown);
  };
  const state: HostState = { engineAddress: args.engineAddress, tracing: args.tracing, onEngineAddress: watch };
  server.addService(languageGrpc.LanguageRuntimeService, languageRuntimeService(state));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  if (args.engineAddress) watch(args.engineAddress);
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.stdout.write(`${port}\n`);
}
