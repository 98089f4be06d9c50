// Deterministic idempotency tokens. The same seed (the resource URN), operation and parameters give
// the same token in every attempt and every process, so a retried or re-run call returns what the
// first one did instead of acting twice. `sequence` moves to a fresh token when the old one is
// known to replay something that must not be reused (a deleted connection, an applied update).

import { createHash } from 'crypto';

export type TokenOperation = 'create' | 'modify' | 'delete';

const OPERATION_TAG: Readonly<Record<TokenOperation, string>> = { create: 'c', modify: 'm', delete: 'd' };

export const CLIENT_TOKEN_MAX_LENGTH = 64;
const HASH_CHARS = 40;

/** JSON with object keys sorted at every level and undefined members dropped: equal values, equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * `avpn-<c|m|d>-<40 hex of sha256(seed, operation, params)>-<sequence>`: at most 57 ASCII characters
 * for any sequence below 10^6.
 */
export function deriveClientToken(seed: string, operation: TokenOperation, params: unknown, sequence = 0): string {
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError('sequence must be a non-negative integer');
  const digest = createHash('sha256')
    .update('alicloudvpn/clienttoken/v1\0')
    .update(seed)
    .update('\0')
    .update(operation)
    .update('\0')
    .update(canonicalJson(params))
    .digest('hex')
    .slice(0, HASH_CHARS);
  return `avpn-${OPERATION_TAG[operation]}-${digest}-${sequence}`;
}
