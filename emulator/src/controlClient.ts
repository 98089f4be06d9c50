// A small client of the control API for the `gateway` and `customer-gateway` commands.
/** How long a refused connection is retried by default: an emulator started in the background a moment ago. */
export const DEFAULT_CONNECT_WAIT_MS = 10_000;
const CONNECT_RETRY_MS = 200;
/** After this long refused, the command says on stderr what it is waiting for. */
const NOTICE_AFTER_MS = 1_000;
/** The state file the README's walkthrough starts the emulator with (the provider's connection hint names it too). */
const STATE_FILE = './emulator-state.json';

export interface ConnectOptions {
  /** How long to retry a refused connection, in ms. */
  waitMs?: number;
  /** Where the waiting notice goes (stderr by default). */
  notice?: (line: string) => void;
}

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

function port(origin: string): string {
  return new URL(origin).port || '80';
}

/** What to do when nothing listens at `origin`: start the emulator there, or name the endpoint it runs on. */
export function startHint(origin: string): string {
  return (
    `start one in the project directory with \`npx alicloudvpn-emulator --port ${port(origin)} --state ${STATE_FILE}\`, ` +
    'or pass the --endpoint that a running emulator printed'
  );
}

export function controlClient(endpoint: string, options: ConnectOptions = {}): ControlClient {
  const origin = baseUrl(endpoint);
  const waitMs = options.waitMs ?? DEFAULT_CONNECT_WAIT_MS;
  const notice = options.notice ?? ((line: string) => process.stderr.write(`${line}\n`));
  // An emulator started in the background a moment ago may not listen yet: wait a little for it, saying so.
  const call = async (method: string, route: string, body?: unknown): Promise<unknown> => {
    const started = Date.now();
    let noticed = false;
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
        const waited = Date.now() - started;
        if (waited >= waitMs) {
          throw new Error(`no emulator answers at ${origin} (connection refused for ${Math.round(waited / 1000)} s): ${startHint(origin)}`);
        }
        if (!noticed && waited >= NOTICE_AFTER_MS) {
          noticed = true;
          notice(`alicloudvpn-emulator: nothing listens at ${origin} yet; waiting up to ${Math.round(waitMs / 1000)} s for an emulator starting there. If none is starting, ${startHint(origin)}`);
        }
        await new Promise((r) => setTimeout(r, CONNECT_RETRY_MS));
      }
    }
  };
  return { get: (route) => call('GET', route), post: (route, body) => call('POST', route, body) };
}
