// check for tags, with the documented limits of TagResources and CreateVpnConnection's Tags.N.

import { isUnknown } from '../resource';
import { Checker, describeType, describeValue, keyPath } from './checker';
import { isPlainObject, isSet } from '../../descriptor/coerce';
import { PROVIDER_TAG_KEYS } from './ownership';
import { TAG_FORBIDDEN_PREFIXES, TAG_KEY_MAX, TAG_VALUE_MAX, TAGS_MAX } from './types';

/** The service allows TAGS_MAX; the provider's stack, ownership and generation tags take three of them. */
const USER_TAGS_MAX = TAGS_MAX - PROVIDER_TAG_KEYS.length;

/** `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function forbidden(s: string): string | undefined {
  const prefix = TAG_FORBIDDEN_PREFIXES.find((p) => s.toLowerCase().startsWith(p));
  if (prefix !== undefined) return `must not start with "${prefix}" (reserved by Alibaba Cloud)`;
  if (/https?:\/\//i.test(s)) return 'must not contain http:// or https://';
  return undefined;
}

/** Property path of a tag key in the engine's syntax: `tags.env`, or `tags["a b"]` for other keys. */
export function tagPath(key: string): string {
  return keyPath('tags', key);
}

export function checkTags(c: Checker, v: unknown): unknown {
  if (!isSet(v) || isUnknown(v)) return v;
  if (!isPlainObject(v)) {
    c.fail('tags', `must be a map of tag keys to string values, got ${describeType(v)}`);
    return undefined;
  }
  const entries = Object.entries(v).filter(([, value]) => isSet(value));
  if (entries.length > USER_TAGS_MAX) {
    c.fail('tags', `at most ${USER_TAGS_MAX} tags per connection (the service allows ${TAGS_MAX}; the provider's ${listed(PROVIDER_TAG_KEYS)} tags take ${PROVIDER_TAG_KEYS.length}); got ${entries.length}`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const p = tagPath(key);
    const keyProblem =
      key.length < 1 || key.length > TAG_KEY_MAX
        ? `the key must be 1 to ${TAG_KEY_MAX} characters`
        : PROVIDER_TAG_KEYS.includes(key)
          ? 'is reserved: the provider marks the connections it creates with it'
          : forbidden(key);
    if (keyProblem !== undefined) {
      c.fail(p, `tag key ${describeValue(key)}: ${keyProblem}`);
      continue;
    }
    if (isUnknown(value)) {
      out[key] = value;
      continue;
    }
    const s = c.string(p, value);
    if (s === undefined) continue;
    const valueProblem = s.length > TAG_VALUE_MAX ? `must be at most ${TAG_VALUE_MAX} characters` : forbidden(s);
    if (valueProblem !== undefined) c.fail(p, `tag value ${describeValue(s)} ${valueProblem}`);
    else out[key] = s;
  }
  return out;
}
