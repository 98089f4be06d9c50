// Signature verification for the two schemes the SDK generations send:
// ACS3-HMAC-SHA256 in an Authorization header, and the legacy RPC HMAC-SHA1 `Signature` parameter.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Errors } from './errors';
import { rfc3986 } from './protocol';

export interface Credentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** When set, a request carrying a security token must carry exactly this one. */
  readonly stsToken?: string;
}

export interface SignedRequest {
  readonly method: string;
  readonly pathname: string;
  readonly headers: IncomingHttpHeaders;
  readonly query: ReadonlyArray<[string, string]>;
  readonly form: ReadonlyArray<[string, string]>;
  readonly body: Buffer;
}

/** The real gateway tolerates 15 minutes of clock skew either way. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

/** Remembers nonces for twice the skew window, after which a replay fails the timestamp check anyway. */
export class NonceCache {
  private readonly seen = new Map<string, number>();

  /** Records the nonce; false when it was already used. */
  claim(nonce: string, now: number): boolean {
    if (this.seen.size > 10_000) this.prune(now);
    const expiry = this.seen.get(nonce);
    if (expiry !== undefined && expiry > now) return false;
    this.seen.set(nonce, now + 2 * MAX_SKEW_MS);
    return true;
  }

  clear(): void {
    this.seen.clear();
  }

  private prune(now: number): void {
    for (const [nonce, expiry] of this.seen) if (expiry <= now) this.seen.delete(nonce);
  }
}

const ACS3 = 'ACS3-HMAC-SHA256';

/** Throws the ApiError the real service would answer with, or returns when the request is authentic. */
export function verifyRequest(req: SignedRequest, creds: Credentials, nonces: NonceCache, now: number): void {
  const authorization = header(req.headers, 'authorization');
  if (authorization !== undefined && authorization.startsWith(`${ACS3} `)) {
    verifyAcs3(req, authorization, creds, nonces, now);
    return;
  }
  if (authorization !== undefined && authorization.startsWith('ACS3-')) throw Errors.unsupportedSignatureMethod();
  if (req.query.some(([k]) => k === 'Signature')) {
    verifyRpc(req, creds, nonces, now);
    return;
  }
  throw Errors.missingSignature();
}

function verifyAcs3(req: SignedRequest, authorization: string, creds: Credentials, nonces: NonceCache, now: number): void {
  const fields = parseAuthorization(authorization.slice(ACS3.length + 1));
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!credential || signedHeaders === undefined || !signature) throw Errors.missingSignature();
  if (credential !== creds.accessKeyId) throw Errors.accessKeyNotFound();

  checkTimestamp(header(req.headers, 'x-acs-date'), now);

  const payloadHash = createHash('sha256').update(req.body).digest('hex');
  const declaredHash = header(req.headers, 'x-acs-content-sha256');
  if (declaredHash !== undefined && declaredHash !== payloadHash) throw Errors.contentSha256Mismatch();

  const names = signedHeaders.split(';').filter((n) => n.length > 0);
  const canonicalHeaders = names.map((n) => `${n}:${(header(req.headers, n) ?? '').trim()}\n`).join('');
  const canonicalQuery = [...req.query]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${k}=${rfc3986(v)}`)
    .join('&');
  const canonicalRequest = [req.method, req.pathname, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const stringToSign = `${ACS3}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const expected = createHmac('sha256', creds.accessKeySecret).update(stringToSign).digest('hex');
  if (!safeEqual(expected, signature.toLowerCase())) throw Errors.signatureDoesNotMatch();

  checkSecurityToken(header(req.headers, 'x-acs-security-token'), creds);
  claimNonce(header(req.headers, 'x-acs-signature-nonce'), nonces, now);
}

function verifyRpc(req: SignedRequest, creds: Credentials, nonces: NonceCache, now: number): void {
  const query = new Map(req.query);
  const method = query.get('SignatureMethod');
  if (method !== undefined && method !== 'HMAC-SHA1') throw Errors.unsupportedSignatureMethod();
  const accessKeyId = query.get('AccessKeyId');
  if (!accessKeyId) throw Errors.missing('AccessKeyId');
  if (accessKeyId !== creds.accessKeyId) throw Errors.accessKeyNotFound();

  checkTimestamp(query.get('Timestamp'), now);

  const signed = new Map<string, string>();
  for (const [k, v] of [...req.query, ...req.form]) if (k !== 'Signature' && !signed.has(k)) signed.set(k, v);
  const canonical = [...signed.keys()]
    .sort()
    .map((k) => `${rfc3986(k)}=${rfc3986(signed.get(k) ?? '')}`)
    .join('&');
  const stringToSign = `${req.method}&${rfc3986('/')}&${rfc3986(canonical)}`;
  const expected = createHmac('sha1', `${creds.accessKeySecret}&`).update(stringToSign).digest('base64');
  if (!safeEqual(expected, query.get('Signature') ?? '')) throw Errors.signatureDoesNotMatch();

  checkSecurityToken(query.get('SecurityToken'), creds);
  claimNonce(query.get('SignatureNonce'), nonces, now);
}

function parseAuthorization(rest: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return fields;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function checkTimestamp(value: string | undefined, now: number): void {
  if (value === undefined || value === '') throw Errors.missing('Timestamp');
  if (!TIMESTAMP.test(value)) throw Errors.timestampFormat();
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw Errors.timestampFormat();
  if (Math.abs(now - at) > MAX_SKEW_MS) throw Errors.timestampExpired();
}

function checkSecurityToken(token: string | undefined, creds: Credentials): void {
  if (token === undefined || token === '' || creds.stsToken === undefined) return;
  if (token !== creds.stsToken) throw Errors.securityTokenMismatch();
}

function claimNonce(nonce: string | undefined, nonces: NonceCache, now: number): void {
  if (nonce === undefined || nonce === '') throw Errors.missing('SignatureNonce');
  if (!nonces.claim(nonce, now)) throw Errors.nonceUsed();
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
