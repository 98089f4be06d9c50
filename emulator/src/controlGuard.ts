// Who may use the unsigned control API: a loopback client that names the address the emulator listens on (no
// other Host, so a DNS-rebound name is refused), sends no foreign Origin (a web page's request carries its own)
// and sends its body as JSON (a page can send text/plain or a form without asking first). Programs such as the
// emulator's own commands, the tests and the benchmarks send no Origin and JSON bodies, and pass.
import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface Refusal {
  readonly status: 403 | 415;
  readonly error: string;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The `host:port` forms that name the socket's own address: `127.0.0.1:P` or `[::1]:P`, and `localhost:P`. */
export function ownHosts(localAddress: string, localPort: number): string[] {
  const address = localAddress.replace(/^::ffff:/, '');
  return [address.includes(':') ? `[${address}]:${localPort}` : `${address}:${localPort}`, `localhost:${localPort}`];
}

function hasBody(req: IncomingMessage): boolean {
  return Number(header(req, 'content-length') ?? '0') > 0 || header(req, 'transfer-encoding') !== undefined;
}

/** Undefined when the request may use the control API; otherwise the answer to give. */
export function refuseControl(req: IncomingMessage): Refusal | undefined {
  const remote = req.socket.remoteAddress ?? '';
  if (!LOOPBACK.has(remote)) return { status: 403, error: 'the control API answers loopback clients only: call it from this machine' };
  const own = ownHosts(req.socket.localAddress ?? '', req.socket.localPort ?? 0);
  const host = (header(req, 'host') ?? '').toLowerCase();
  if (!own.includes(host)) {
    return { status: 403, error: `the control API answers only requests addressed to ${own.join(' or ')} (Host header): call it at that address` };
  }
  const origin = header(req, 'origin');
  if (origin !== undefined && !own.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { status: 403, error: 'the control API refuses cross-origin requests (Origin header): call it from a program, not from a web page' };
  }
  const type = header(req, 'content-type');
  const json = type !== undefined && /^application\/json\s*(?:;|$)/i.test(type);
  if ((type !== undefined || hasBody(req)) && !json) {
    return { status: 415, error: 'the control API takes request bodies as JSON only: send Content-Type: application/json' };
  }
  return undefined;
}
