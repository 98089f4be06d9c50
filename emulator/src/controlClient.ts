// A small client of the control API for the `gateway` and `customer-gateway` commands.
const CONNECT_WAIT_MS = 60_000;
const CONNECT_RETRY_MS = 200;

export interface ControlClient {
  get(route: string): Promise<unknown>;
  post(route: string, body: unknown): Promise<unknown>;
}

/** `127.0.0.1:17788` (the form the provider's `alicloudvpn:endpoint` takes) or `http://127.0.0.1:17788`. */
export function baseUrl(endpoint: string): string {
  const url = new URL(/^[a-z]+:\/\//i.test(endpoint) ? endpoint : `http://${endpoint}`);
  if (url.protocol !== 'http:') throw new Error(`the emulator speaks plain http, not ${url.protocol.replace(':', '')} (--endpoint ${endpoint})`);
  return url.origin;
}

function refused(err: unknown): boolean {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code === 'ECONNREFUSED';
}

function unreachable(err: unknown, origin: string): Error {
  const cause = (err as { cause?: Error }).cause;
  return cause instanceof Error ? new Error(`cannot reach the emulator at ${origin}: ${cause.message}`) : (err as Error);
}

export function controlClient(endpoint: string): ControlClient {
  const origin = baseUrl(endpoint);
  // An emulator started in the background a moment ago may not listen yet: wait for it rather than fail.
  const call = async (method: string, route: string, body?: unknown): Promise<unknown> => {
    const deadline = Date.now() + CONNECT_WAIT_MS;
    for (;;) {
      try {
        const res = await fetch(`${origin}/__emulator/${route}`, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const parsed = (await res.json()) as { error?: string };
        if (!res.ok) throw new Error(parsed.error ?? `HTTP ${res.status}`);
        return parsed;
      } catch (err) {
        if (!refused(err)) throw unreachable(err, origin);
        if (Date.now() > deadline) throw new Error(`no emulator answers at ${origin} (is it running?)`);
        await new Promise((r) => setTimeout(r, CONNECT_RETRY_MS));
      }
    }
  };
  return { get: (route) => call('GET', route), post: (route, body) => call('POST', route, body) };
}
