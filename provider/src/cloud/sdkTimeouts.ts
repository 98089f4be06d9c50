// The timeouts handed to the SDK. Its HTTP layer (httpx) passes the connect timeout to Node's
// `http.request({ timeout })`, an idle-socket timeout that keeps running while the answer is awaited, so the
// SDK gives a request up after min(connect, read): with the connect timeout shorter, the read timeout never
// applied. The connect timeout given to the SDK is therefore never shorter than the read timeout, and the
// read timeout is what a request really waits (a connect that hangs waits as long, an accepted trade: a refused
// or unreachable endpoint fails at once anyway).

import type { ResolvedCloudSettings } from './settings';

export interface SdkTimeouts {
  connectTimeout: number;
  readTimeout: number;
}

export function sdkTimeouts(settings: Pick<ResolvedCloudSettings, 'connectTimeoutMs' | 'readTimeoutMs'>): SdkTimeouts {
  return { connectTimeout: Math.max(settings.connectTimeoutMs, settings.readTimeoutMs), readTimeout: settings.readTimeoutMs };
}

/** How long the SDK waits for one answer before giving the request up. */
export function requestWaitMs(settings: Pick<ResolvedCloudSettings, 'connectTimeoutMs' | 'readTimeoutMs'>): number {
  const t = sdkTimeouts(settings);
  return Math.min(t.connectTimeout, t.readTimeout);
}
