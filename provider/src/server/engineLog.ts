// Diagnostics go to the engine's Log service, attached to a resource URN, so the CLI shows them
// under the right resource. stdout carries only the port; stderr is used only when the engine
// asked for it with --logtostderr.

import * as grpc from '@grpc/grpc-js';
import { EngineClient } from '@pulumi/pulumi/proto/engine_grpc_pb';
import { LogRequest, LogSeverity } from '@pulumi/pulumi/proto/engine_pb';
import type { LogLevel } from '../resources/resource';
import type { Redactor } from './redact';

const SEVERITY: Readonly<Record<LogLevel, LogSeverity>> = {
  debug: LogSeverity.DEBUG,
  info: LogSeverity.INFO,
  warning: LogSeverity.WARNING,
  error: LogSeverity.ERROR,
};

// A log call must never hold up or fail a resource operation.
const LOG_DEADLINE_MS = 5_000;

export interface EngineLoggerOptions {
  redactor: Redactor;
  logToStderr?: boolean;
  /** With --logtostderr, debug messages are echoed to stderr only from this -v level up. */
  verbosity?: number;
}

export class EngineLogger {
  private client: EngineClient | undefined;
  private address: string | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(address: string | undefined, private readonly opts: EngineLoggerOptions) {
    this.connect(address);
  }

  /** Handshake and Attach may name an engine address after start-up. */
  connect(address: string | undefined): void {
    if (!address || address === this.address) return;
    this.client?.close();
    this.address = address;
    this.client = new EngineClient(address, grpc.credentials.createInsecure());
  }

  log(level: LogLevel, message: string, urn = '', ephemeral = false): void {
    const text = this.opts.redactor.apply(message);
    if (this.opts.logToStderr && (level !== 'debug' || (this.opts.verbosity ?? 0) >= 9)) {
      process.stderr.write(`${level.toUpperCase()} ${urn ? `${urn}: ` : ''}${text}\n`);
    }
    const client = this.client;
    if (!client) return;
    const req = new LogRequest().setSeverity(SEVERITY[level]).setMessage(text).setUrn(urn).setEphemeral(ephemeral);
    // Chained so the engine receives messages in the order they were written.
    this.pending = this.pending.then(
      () =>
        new Promise<void>((resolve) => {
          client.log(req, new grpc.Metadata(), { deadline: Date.now() + LOG_DEADLINE_MS }, () => resolve());
        }),
    );
  }

  /** Resolves once every message logged so far has been delivered (or given up on). */
  flush(): Promise<void> {
    return this.pending;
  }

  close(): void {
    this.client?.close();
    this.client = undefined;
  }
}
