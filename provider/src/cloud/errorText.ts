// What a CloudError message may contain. The SDK's own errors carry the request URL (every query
// parameter, IkeConfig and its PSK included) and the whole response body, so messages are built
// from named parts instead; the little free text that remains (a socket error, the service's own
// message) is cut before any URL and masked for the request's secrets in every encoding they
// travel in, because the server's redactor only knows their raw form.

import { escape as querystringEscape } from 'querystring';

/** Where a request line or URL starts inside a free-text message (httpx appends `POST http://…?…`). */
const REQUEST_DETAIL_STARTS: readonly RegExp[] = [
  /(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|\/)/,
  /[A-Za-z][A-Za-z0-9+.-]*:\/\//,
  /\/\?/,
];

/** Cuts a message at the first request line, URL or query string; everything after it goes. */
export function stripRequestDetails(message: string): string {
  let cut = message.length;
  for (const re of REQUEST_DETAIL_STARTS) {
    const m = re.exec(message);
    if (m && m.index < cut) cut = m.index;
  }
  return message.slice(0, cut).replace(/[\s.,:;]+$/, '');
}

export const SECRET_MASK = '[secret]';
// A one-character PSK is legal; masking it would shred every message.
const MIN_SECRET_LENGTH = 4;

function jsonEscaped(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

/** JSON encoders that escape HTML-significant characters (Go's encoding/json, for one). */
function jsonHtmlEscaped(s: string): string {
  return jsonEscaped(s).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** application/x-www-form-urlencoded, as form bodies carry it ('~' escaped, spaces as '+'). */
function formEncoded(s: string): string {
  return new URLSearchParams({ v: s }).toString().slice(2);
}

function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The forms a secret takes on the wire: raw, percent-encoded, JSON-escaped (once or nested), and combinations. */
export function secretForms(secret: string): string[] {
  const bases = [secret, jsonEscaped(secret), jsonEscaped(jsonEscaped(secret)), jsonHtmlEscaped(secret)];
  const forms = new Set<string>();
  for (const b of bases) {
    for (const f of [b, encodeURIComponent(b), rfc3986(b), querystringEscape(b), formEncoded(b), encodeURIComponent(encodeURIComponent(b))]) forms.add(f);
  }
  return [...forms];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Masks every form of every secret; case-insensitive because percent-escapes come in either case. */
export function redactSecrets(text: string, secrets: readonly string[] | undefined): string {
  const forms = new Set<string>();
  for (const s of secrets ?? []) if (s.length >= MIN_SECRET_LENGTH) for (const f of secretForms(s)) forms.add(f);
  if (forms.size === 0) return text;
  // Longest first, so a form that contains another is masked whole.
  const pattern = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return text.replace(new RegExp(pattern, 'gi'), SECRET_MASK);
}
