// One typed error for everything the VPC API or the network throws, classified by code lists
// (never by message text) so retry and not-found decisions are made in one place.

import { redactSecrets, stripRequestDetails } from './errorText';

export type ErrorClass = 'throttling' | 'transient' | 'busy' | 'not-found' | 'idempotency-mismatch' | 'fatal';

export const THROTTLING_CODES: readonly string[] = [
  'Throttling',
  'Throttling.User',
  'Throttling.Api',
  'Throttling.System',
  'Rejected.Throttling',
  'ServiceUnavailable',
  'RequestThrottled',
];

/** Any code containing this is throttling (the SDK itself raises ThrottlingError on the same test). */
const THROTTLING_MARKER = 'Throttling';

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

/**
 * Busy codes the service also answers when the gateway is being deleted or is gone (Terraform treats
 * `IncorrectStatus.VpnGateway` after a gateway delete as terminal). The code alone cannot tell the
 * two apart, so retry.ts retries them until the deadline only when a probe can ask the gateway.
 */
export const GATEWAY_STATE_CODES: readonly string[] = ['IncorrectStatus.VpnGateway'];

/** Busy codes that say the VPN gateway itself is still updating (not a connection or a task of its own). */
export const GATEWAY_BUSY_CODES: readonly string[] = ['VpnGateway.Configuring', ...GATEWAY_STATE_CODES];

/** A change refused because its VPN gateway is still updating: nothing was changed. */
export function isGatewayBusy(e: unknown): boolean {
  return GATEWAY_BUSY_CODES.includes(toCloudError(e).code);
}

/** What the service answers for an unknown connection id (HTTP 404). */
export const VPN_CONNECTION_NOT_FOUND = 'InvalidVpnConnectionInstanceId.NotFound';
export const VPN_GATEWAY_NOT_FOUND = 'InvalidVpnGatewayInstanceId.NotFound';

export const NOT_FOUND_CODES: readonly string[] = [VPN_CONNECTION_NOT_FOUND, 'InvalidVpnConnectionId.NotFound'];

export const GATEWAY_NOT_FOUND_CODES: readonly string[] = [VPN_GATEWAY_NOT_FOUND];

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
  'ENOTFOUND',
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
    /** The API action that failed, when the message leads with it (connectionHints.ts rewrites the rest). */
    public readonly action?: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }

  get retryable(): boolean {
    return this.errorClass === 'throttling' || this.errorClass === 'transient' || this.errorClass === 'busy';
  }
}

export function classify(code: string, statusCode: number | undefined): ErrorClass {
  if (THROTTLING_CODES.includes(code) || code.includes(THROTTLING_MARKER)) return 'throttling';
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

/** What the caller knows about the failed request, for the message. */
export interface ErrorContext {
  /** The API action, e.g. `CreateVpnConnection`; leads the message. */
  action?: string;
  /** Values masked wherever the message quotes free text (PSKs of the request). */
  secrets?: readonly string[];
}

export interface ServiceErrorParts {
  code: string;
  statusCode: number;
  requestId?: string;
  /** The service's own Message, as its error body says it. */
  serviceMessage?: string;
  retryAfterMs?: number;
}

function lead(ctx: ErrorContext): string {
  return ctx.action ? `${ctx.action}: ` : '';
}

/** Where an answer came from, as messages quote it: `HTTP 400, RequestId …`. */
export function answerRef(statusCode: number, requestId: string | undefined): string {
  return [`HTTP ${statusCode}`, ...(requestId ? [`RequestId ${requestId}`] : [])].join(', ');
}

/** A CloudError for an answer the service gave (or one the port derives from an answer, such as an empty Describe). */
export function serviceError(parts: ServiceErrorParts, ctx: ErrorContext = {}): CloudError {
  const where = answerRef(parts.statusCode, parts.requestId);
  const said = parts.serviceMessage ? `: ${redactSecrets(parts.serviceMessage, ctx.secrets)}` : '';
  return new CloudError(
    `${lead(ctx)}${parts.code}${said} (${where})`,
    parts.code,
    parts.statusCode,
    parts.requestId,
    classify(parts.code, parts.statusCode),
    parts.retryAfterMs,
    ctx.action,
  );
}

/**
 * A response the port cannot use (cut-off JSON, a body without the id it must carry): the request
 * may have reached the service, so the caller retries it under the same ClientToken.
 */
export function invalidResponse(detail: string, ctx: ErrorContext = {}, statusCode?: number, requestId?: string): CloudError {
  return new CloudError(`${lead(ctx)}invalid response from the service: ${detail}`, 'InvalidResponse', statusCode, requestId, 'transient');
}

/** Free text from the SDK or the socket: cut before the request URL, secrets masked. */
function freeText(message: string, ctx: ErrorContext): string {
  return redactSecrets(stripRequestDetails(message), ctx.secrets);
}

/**
 * Converts whatever the SDK or the socket threw into a CloudError. The message is built here from
 * the action, code, HTTP status, request id and the service's Message; never from the SDK's own
 * message (which appends the request URL with every query parameter) or its `data` (the whole
 * response body, which for Describe holds PSKs).
 */
export function toCloudError(e: unknown, ctx: ErrorContext = {}): CloudError {
  if (e instanceof CloudError) {
    // Raised inside the SDK's call by our own code (the credential chain): it lacks only the action.
    if (e.action !== undefined || ctx.action === undefined) return e;
    return new CloudError(`${ctx.action}: ${e.message}`, e.code, e.statusCode, e.requestId, e.errorClass, e.retryAfterMs, ctx.action);
  }
  const err = (e ?? {}) as Record<string, unknown>;
  const message = typeof err.message === 'string' ? err.message : String(e);
  const statusCode = typeof err.statusCode === 'number' ? err.statusCode : undefined;
  const data = (err.data !== null && typeof err.data === 'object' ? err.data : {}) as Record<string, unknown>;
  const requestId = str(err.requestId) ?? str(data.RequestId) ?? str(data.requestId);
  const rawCode = str(err.code);
  if (e instanceof SyntaxError) {
    // An empty or cut-off body: the response was dropped after the service may have acted. The
    // parser's message quotes the body (a Describe body holds PSKs), so it is not repeated.
    return invalidResponse('the body is not valid JSON', ctx, statusCode, requestId);
  }
  if (statusCode !== undefined) {
    const code = rawCode ?? (statusCode >= 500 ? 'ServerError' : 'ClientError');
    const retryAfterMs = typeof err.retryAfter === 'number' && err.retryAfter > 0 ? err.retryAfter : undefined;
    const serviceMessage = str(data.Message) ?? str(data.message);
    return serviceError({ code, statusCode, requestId, serviceMessage, retryAfterMs }, ctx);
  }
  if (rawCode !== undefined && NETWORK_ERROR_CODES.includes(rawCode)) {
    return new CloudError(`${lead(ctx)}network error: ${freeText(message, ctx)}`, rawCode, undefined, undefined, 'transient', undefined, ctx.action);
  }
  if (typeof err.name === 'string' && NETWORK_ERROR_NAMES.includes(err.name)) {
    return new CloudError(`${lead(ctx)}network error: ${freeText(message, ctx)}`, 'NetworkError', undefined, undefined, 'transient', undefined, ctx.action);
  }
  // Thrown before anything was sent (missing credentials, bad config, a TLS handshake with a plain
  // HTTP server): retrying cannot help.
  const code = rawCode ?? 'ClientError';
  const text = freeText(message, ctx);
  return new CloudError(`${lead(ctx)}${text.startsWith(code) ? text : `${code}: ${text}`}`, code, statusCode, requestId, 'fatal', undefined, ctx.action);
}

/** `e` with another message: code, status, request id, class and action stay, so retry decisions do not change. */
export function reworded(e: CloudError, message: string): CloudError {
  return new CloudError(message, e.code, e.statusCode, e.requestId, e.errorClass, e.retryAfterMs, e.action);
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
