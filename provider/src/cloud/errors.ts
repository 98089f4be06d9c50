// One typed error for everything the VPC API or the network throws, classified by code lists
// (never by message text) so retry and not-found decisions are made in one place.

export type ErrorClass = 'throttling' | 'transient' | 'busy' | 'not-found' | 'idempotency-mismatch' | 'fatal';

export const THROTTLING_CODES: readonly string[] = [
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'Throttling.System',
  'ServiceUnavailable',
  'RequestThrottled',
];

/** The service is busy with other work on the same gateway or connection; the call will succeed later. */
export const BUSY_CODES: readonly string[] = [
  'VpnGateway.Configuring',
  'IncorrectStatus.VpnGateway',
  'OperationConflict',
  'VpnTask.CONFLICT',
  'VpnConnection.Configuring',
  'Appliance.Configuring',
  'TaskConflict',
];

export const NOT_FOUND_CODES: readonly string[] = [
  'InvalidVpnConnectionInstanceId.NotFound',
  'InvalidVpnConnectionId.NotFound',
];

export const GATEWAY_NOT_FOUND_CODES: readonly string[] = ['InvalidVpnGatewayInstanceId.NotFound'];

export const TRANSIENT_SERVER_CODES: readonly string[] = ['InternalError', 'UnknownError', 'ServiceTimeout'];

/** Node/socket error codes meaning the request or its response was lost on the way. */
export const NETWORK_ERROR_CODES: readonly string[] = [
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
];

/** Error names the SDK's HTTP layer (httpx) uses for timeouts. */
const NETWORK_ERROR_NAMES: readonly string[] = ['RequestTimeoutError', 'ReadTimeoutError', 'ConnectTimeoutError'];

export const IDEMPOTENCY_MISMATCH_CODES: readonly string[] = ['IdempotentParameterMismatch'];

export const ALREADY_EXISTS_CODES: readonly string[] = ['InvalidVpnConnection.AlreadyExists'];

export class CloudError extends Error {
  constructor(
    message: string,
    /** The API error code, or a network error code (ECONNRESET), or 'NetworkError'/'InvalidResponse'. */
    public readonly code: string,
    /** HTTP status; undefined when no response arrived. */
    public readonly statusCode: number | undefined,
    public readonly requestId: string | undefined,
    public readonly errorClass: ErrorClass,
    /** Milliseconds the service asked us to wait (x-acs-retry-after), when it said so. */
    public readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'CloudError';
  }

  get retryable(): boolean {
    return this.errorClass === 'throttling' || this.errorClass === 'transient' || this.errorClass === 'busy';
  }
}

export function classify(code: string, statusCode: number | undefined): ErrorClass {
  if (THROTTLING_CODES.includes(code) || code.startsWith('Throttling')) return 'throttling';
  if (BUSY_CODES.includes(code)) return 'busy';
  if (NOT_FOUND_CODES.includes(code)) return 'not-found';
  if (IDEMPOTENCY_MISMATCH_CODES.includes(code)) return 'idempotency-mismatch';
  if (TRANSIENT_SERVER_CODES.includes(code)) return 'transient';
  if (NETWORK_ERROR_CODES.includes(code)) return 'transient';
  if (statusCode === undefined) return 'transient';
  if (statusCode >= 500) return 'transient';
  return 'fatal';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && v !== 'undefined' ? v : undefined;
}

/**
 * Converts whatever the SDK or the socket threw into a CloudError. The SDK's own message carries
 * the service message and request id, never credentials (those only live in headers).
 */
export function toCloudError(e: unknown): CloudError {
  if (e instanceof CloudError) return e;
  const err = (e ?? {}) as Record<string, unknown>;
  const message = typeof err.message === 'string' ? err.message : String(e);
  const statusCode = typeof err.statusCode === 'number' ? err.statusCode : undefined;
  const data = (err.data ?? {}) as Record<string, unknown>;
  const requestId = str(err.requestId) ?? str(data.RequestId) ?? str(data.requestId);
  const rawCode = str(err.code);
  if (statusCode !== undefined && rawCode !== undefined) {
    const retryAfter = typeof err.retryAfter === 'number' && err.retryAfter > 0 ? err.retryAfter : undefined;
    return new CloudError(message, rawCode, statusCode, requestId, classify(rawCode, statusCode), retryAfter);
  }
  if (rawCode !== undefined && NETWORK_ERROR_CODES.includes(rawCode)) {
    return new CloudError(`network error: ${message}`, rawCode, undefined, undefined, 'transient');
  }
  if (typeof err.name === 'string' && NETWORK_ERROR_NAMES.includes(err.name)) {
    return new CloudError(`network error: ${message}`, 'NetworkError', undefined, undefined, 'transient');
  }
  if (e instanceof SyntaxError) {
    // An empty or cut-off body: the response was dropped after the service may have acted.
    return new CloudError(`invalid response from the service: ${message}`, 'InvalidResponse', statusCode, requestId, 'transient');
  }
  if (statusCode !== undefined && statusCode >= 500) {
    return new CloudError(message, 'ServerError', statusCode, requestId, 'transient');
  }
  // Thrown before anything was sent (missing credentials, bad config): retrying cannot help.
  return new CloudError(message, rawCode ?? 'ClientError', statusCode, requestId, 'fatal');
}

export function isNotFound(e: unknown): boolean {
  return e instanceof CloudError && e.errorClass === 'not-found';
}

export function isGatewayNotFound(e: unknown): boolean {
  return e instanceof CloudError && GATEWAY_NOT_FOUND_CODES.includes(e.code);
}

export function isAlreadyExists(e: unknown): boolean {
  return e instanceof CloudError && ALREADY_EXISTS_CODES.includes(e.code);
}

export function isIdempotencyMismatch(e: unknown): boolean {
  return e instanceof CloudError && e.errorClass === 'idempotency-mismatch';
}

/** Raised when an operation runs out of its time budget or is cancelled. */
export class OperationAbortedError extends Error {
  constructor(message: string, public readonly reason: 'timeout' | 'cancelled', public readonly lastError?: unknown) {
    super(message);
    this.name = 'OperationAbortedError';
  }
}
