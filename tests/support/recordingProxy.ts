// A local HTTP proxy in front of the emulator that records every request's API parameters (the query string and
// the form body, each as the service reads it) and forwards the request unchanged, headers and signature
// included, so the emulator still verifies every signature.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  /** The x-acs-action header, or the Action parameter (legacy RPC signature). */
  action: string;
  query: Record<string, string>;
  body: Record<string, string>;
  /** The HTTP status the emulator answered with. */
  status: number;
}

export interface RecordingProxy {
  /** host:port for a client's endpoint setting. */
  endpoint: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Parameters in name order, so a record is compared by content, not by the order a client wrote them. */
function params(text: string): Record<string, string> {
  const pairs = [...new URLSearchParams(text)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(pairs);
}

export async function startRecordingProxy(target: { host: string; port: number }): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://proxy');
      const query = params(url.search.slice(1));
      const form = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      const record: RecordedRequest = {
        action: String(req.headers['x-acs-action'] ?? query.Action ?? ''),
        query,
        body: form ? params(raw.toString('utf8')) : {},
        status: 0,
      };
      requests.push(record);
      const upstream = http.request(
        { host: target.host, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          record.status = answer.statusCode ?? 0;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (e) => {
        res.writeHead(502);
        res.end(String(e));
      });
      upstream.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
