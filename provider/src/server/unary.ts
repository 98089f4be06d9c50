// Adapts async handlers to grpc-js unary callbacks: every thrown error becomes a status the
// engine understands, with secrets masked, and the call's own cancellation becomes an AbortSignal.

import type * as grpc from '@grpc/grpc-js';
import { toServiceError, type ServiceError } from './errors';
import type { Redactor } from './redact';

/** Thrown by a handler that has already built its gRPC error (ResourceInitFailed, say). */
export class PreparedError extends Error {
  constructor(readonly serviceError: ServiceError) {
    super(serviceError.message);
    this.name = 'PreparedError';
  }
}

export type UnaryHandler<Req, Res> = (req: Req, signal: AbortSignal) => Promise<Res> | Res;

export function unary<Req, Res>(redactor: Redactor, handler: UnaryHandler<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const abort = new AbortController();
    call.on('cancelled', () => abort.abort());
    Promise.resolve()
      .then(() => handler(call.request, abort.signal))
      .then(
        (res) => callback(null, res),
        (err: unknown) =>
          callback(err instanceof PreparedError ? err.serviceError : toServiceError(err, redactor), null),
      );
  };
}
