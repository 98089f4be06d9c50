// ClientToken semantics: the same token with the same parameters replays the first answer
// with no new effect; the same token with other parameters is refused.
import { Errors } from '../errors';
import type { Params } from '../protocol';
import { checkClientToken } from './connectionRules';
import { tokenKey, type World } from './store';

/** Signing and envelope parameters differ on every attempt and say nothing about intent. */
const NOT_SEMANTIC = new Set([
  'Action', 'Version', 'Format', 'Timestamp', 'SignatureNonce', 'SignatureMethod', 'SignatureVersion',
  'SignatureType', 'AccessKeyId', 'SecurityToken', 'Signature', 'ClientToken',
]);

export function fingerprint(params: Params): string {
  const entries = Object.keys(params)
    .filter((k) => !NOT_SEMANTIC.has(k))
    .sort()
    .map((k) => [k, params[k]]);
  return JSON.stringify(entries);
}

export type Result = Record<string, unknown>;

/**
 * Runs `perform` at most once per (region, action, token). Only successful answers are
 * remembered, so a request that failed validation can be retried with the same token.
 */
export function idempotent(world: World, regionId: string, action: string, params: Params, perform: () => Result): Result {
  const token = params.ClientToken;
  if (token === undefined || token === '') return perform();
  checkClientToken(token);
  const tokens = world.store.region(regionId).tokens;
  const key = tokenKey(action, token);
  const print = fingerprint(params);
  const previous = tokens.get(key);
  if (previous) {
    if (previous.Fingerprint !== print) throw Errors.idempotentMismatch();
    return previous.Result;
  }
  const result = perform();
  tokens.set(key, { RegionId: regionId, Action: action, ClientToken: token, Fingerprint: print, Result: result });
  return result;
}
