// Wire format of the RPC-style API: parameters arrive in the query string and, for
// TunnelOptionsSpecification, in an x-www-form-urlencoded body; answers are JSON envelopes.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ApiError } from './errors';

export type Params = Readonly<Record<string, string>>;

/** Decoded key/value pairs in arrival order; duplicates keep the first value. */
export function parsePairs(encoded: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, v] of new URLSearchParams(encoded)) out.push([k, v]);
  return out;
}

/** URLSearchParams treats `+` as a space, which is right for forms and for the SDK's query strings. */
export function parseQueryString(url: string): Array<[string, string]> {
  const q = url.indexOf('?');
  return q < 0 ? [] : parsePairs(url.slice(q + 1));
}

export function mergeParams(...sources: Array<Array<[string, string]>>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const source of sources) {
    for (const [k, v] of source) if (!(k in params)) params[k] = v;
  }
  return params;
}

export type Nested = { [key: string]: string | Nested };

/**
 * Reads a 1-based flattened array (`Tags.1.Key`, `TunnelOptionsSpecification.2.TunnelIkeConfig.Psk`)
 * into objects ordered by index. Nested dotted keys become nested objects.
 */
export function readList(params: Params, prefix: string): Nested[] {
  const byIndex = new Map<number, Nested>();
  const head = `${prefix}.`;
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(head)) continue;
    const [indexText, ...path] = key.slice(head.length).split('.');
    const index = Number(indexText);
    if (!Number.isInteger(index) || index < 1 || path.length === 0) continue;
    let node: Nested = byIndex.get(index) ?? {};
    byIndex.set(index, node);
    for (let i = 0; i < path.length - 1; i++) {
      const next: string | Nested | undefined = node[path[i]];
      if (typeof next === 'object') node = next;
      else {
        const created: Nested = {};
        node[path[i]] = created;
        node = created;
      }
    }
    node[path[path.length - 1]] = value;
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/** Reads a 1-based flattened list of plain values (`ResourceId.1=a&ResourceId.2=b`), ordered by index. */
export function readValues(params: Params, prefix: string): string[] {
  const head = `${prefix}.`;
  return Object.entries(params)
    .filter(([key]) => key.startsWith(head) && /^[1-9]\d*$/.test(key.slice(head.length)))
    .map(([key, value]) => [Number(key.slice(head.length)), value] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, value]) => value);
}

/** RFC 3986 percent-encoding as Alibaba's signers apply it. */
export function rfc3986(value: string): string {
  return encodeURIComponent(value)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');
}

export function newRequestId(): string {
  return randomUUID().toUpperCase();
}

const JSON_TYPE = 'application/json;charset=utf-8';

export function writeSuccess(res: ServerResponse, requestId: string, body: object): void {
  const payload = JSON.stringify({ RequestId: requestId, ...body });
  res.writeHead(200, { 'content-type': JSON_TYPE, 'x-acs-request-id': requestId, 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

export function writeError(res: ServerResponse, requestId: string, hostId: string, err: ApiError): void {
  const payload = JSON.stringify({
    RequestId: requestId,
    HostId: hostId,
    Code: err.code,
    Message: err.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(err.code)}&product=Vpc&requestId=${requestId}`,
  });
  res.writeHead(err.httpStatus, { 'content-type': JSON_TYPE, 'x-acs-request-id': requestId, 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

export function writeJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
