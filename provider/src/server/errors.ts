// gRPC errors the engine can act on. It treats UNKNOWN, INTERNAL and DATA_LOSS as "the resource's
// state is unknown" and marks the run as possibly corrupt, so no expected failure uses them.
// A resource that exists remotely although the operation failed travels as an
// ErrorResourceInitFailed detail, so the engine records it instead of leaking it.

import * as grpc from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Status } from '@pulumi/pulumi/proto/status_pb';
import { ErrorResourceInitFailed } from '@pulumi/pulumi/proto/provider_pb';
import type { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { CloudError, OperationAbortedError, type ErrorClass } from '../cloud/errors';
import type { Redactor } from './redact';

export const STATUS_DETAILS_KEY = 'grpc-status-details-bin';
export const RESOURCE_INIT_FAILED_TYPE = 'pulumirpc.ErrorResourceInitFailed';

/** An error raised by the server itself, with the status code it should carry. */
export class RpcError extends Error {
  constructor(
    public readonly code: grpc.status,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

export type ServiceError = Partial<grpc.StatusObject> & { code: grpc.status; message: string };

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || (err as { code?: unknown }).code === 'ABORT_ERR');
}

// The gRPC code only tells the engine the failure is well understood (anything but UNKNOWN,
// INTERNAL, DATA_LOSS); the message tells the user what happened.
const CODE_BY_CLASS: Readonly<Record<ErrorClass, grpc.status | undefined>> = {
  throttling: grpc.status.RESOURCE_EXHAUSTED,
  transient: grpc.status.UNAVAILABLE,
  busy: grpc.status.ABORTED,
  'not-found': grpc.status.NOT_FOUND,
  'idempotency-mismatch': grpc.status.FAILED_PRECONDITION,
  fatal: undefined,
};

function codeForHttpStatus(status: number | undefined): grpc.status {
  if (status === 400) return grpc.status.INVALID_ARGUMENT;
  if (status === 401) return grpc.status.UNAUTHENTICATED;
  if (status === 403) return grpc.status.PERMISSION_DENIED;
  if (status === 404) return grpc.status.NOT_FOUND;
  if (status === 429) return grpc.status.RESOURCE_EXHAUSTED;
  if (status !== undefined && status >= 500) return grpc.status.UNAVAILABLE;
  return grpc.status.FAILED_PRECONDITION;
}

/** The status code for any error thrown while serving a request. */
export function statusCodeFor(err: unknown): grpc.status {
  if (err instanceof RpcError) return err.code;
  if (err instanceof OperationAbortedError) {
    return err.reason === 'timeout' ? grpc.status.DEADLINE_EXCEEDED : grpc.status.CANCELLED;
  }
  if (err instanceof CloudError) return CODE_BY_CLASS[err.errorClass] ?? codeForHttpStatus(err.statusCode);
  if (isAbort(err)) return grpc.status.CANCELLED;
  return grpc.status.FAILED_PRECONDITION;
}

export function messageOf(err: unknown): string {
  if (err instanceof CloudError) {
    const withCode = err.message.includes(err.code) ? err.message : `${err.code}: ${err.message}`;
    return err.requestId && !withCode.includes(err.requestId) ? `${withCode} (RequestId ${err.requestId})` : withCode;
  }
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

export function toServiceError(err: unknown, redactor: Redactor): ServiceError {
  const message = redactor.apply(messageOf(err));
  return { code: statusCodeFor(err), message, details: message };
}

export interface InitFailure {
  id: string;
  properties: Struct;
  inputs: Struct;
  reasons: string[];
}

/** A failure whose resource nonetheless exists: the engine records `id` and `properties`. */
export function resourceInitFailedError(code: grpc.status, message: string, failure: InitFailure): ServiceError {
  const detail = new ErrorResourceInitFailed()
    .setId(failure.id)
    .setProperties(failure.properties)
    .setInputs(failure.inputs)
    .setReasonsList(failure.reasons);
  const any = new Any();
  any.pack(detail.serializeBinary(), RESOURCE_INIT_FAILED_TYPE);
  const status = new Status().setCode(code).setMessage(message);
  status.addDetails(any);
  const metadata = new grpc.Metadata();
  metadata.add(STATUS_DETAILS_KEY, Buffer.from(status.serializeBinary()));
  return { code, message, details: message, metadata };
}
