// The tag rules every resource shares, from the documented limits (tagLimits.ts) and the provider's own keys
// (providerTags.ts): check enforces them, tagsProp states them in each resource's `tags` description.
// Both name the kind of resource they are about (`VPN gateway`), which each resource passes in.

import { isUnknown } from '../resource';
import { Checker, describeType, describeValue, keyPath } from './checker';
import { isPlainObject, isSet } from '../../descriptor/coerce';
import { PROVIDER_TAG_KEYS, USER_TAGS_MAX } from './providerTags';
import { TAG_FORBIDDEN_PARTS, TAG_FORBIDDEN_PREFIXES, TAG_KEY_MAX, TAG_VALUE_MAX, TAGS_MAX } from './tagLimits';

/** `a, b and c` (or `a or b` with `or`). */
function listed(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

const code = (items: readonly string[]): string[] => items.map((s) => `\`${s}\``);

function forbidden(s: string): string | undefined {
  const lower = s.toLowerCase();
  const prefix = TAG_FORBIDDEN_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix !== undefined) return `must not start with "${prefix}" (reserved by Alibaba Cloud)`;
  if (TAG_FORBIDDEN_PARTS.some((p) => lower.includes(p))) return `must not contain ${listed(TAG_FORBIDDEN_PARTS, 'or')}`;
  return undefined;
}

/** Property path of a tag key in the engine's syntax: `tags.env`, or `tags["a b"]` for other keys. */
export function tagPath(key: string): string {
  return keyPath('tags', key);
}

/** The `tags` input of a resource of this kind, as its descriptor declares it; `howSet` says how tags reach the service. */
export function tagsProp(kind: string, howSet: string) {
  return {
    type: 'string{}',
    description: tagsDescription(kind, howSet),
    api: { key: 'Tags', form: 'tags', createOnly: true },
  } as const;
}

/** The `tags` description of a resource of this kind (`customer gateway`), ending with how its tags are set. */
function tagsDescription(kind: string, howSet: string): string {
  return (
    `Tags of the ${kind}: up to ${USER_TAGS_MAX} (the service allows ${TAGS_MAX}; the provider reserves ${PROVIDER_TAG_KEYS.length} for its own ` +
    `${listed(code(PROVIDER_TAG_KEYS))} tags, and none of these keys may be used here), keys of 1 to ${TAG_KEY_MAX} and values of up to ` +
    `${TAG_VALUE_MAX} characters, neither starting with ${listed(code(TAG_FORBIDDEN_PREFIXES), 'or')} nor containing ${listed(code(TAG_FORBIDDEN_PARTS), 'or')}. ${howSet}`
  );
}

/** check for `tags` of a resource of this kind (`VPN gateway`): the checked map, or undefined when it is not one. */
export function checkTags(c: Checker, v: unknown, kind: string): unknown {
  if (!isSet(v) || isUnknown(v)) return v;
  if (!isPlainObject(v)) {
    c.fail('tags', `must be a map of tag keys to string values, got ${describeType(v)}`);
    return undefined;
  }
  const entries = Object.entries(v).filter(([, value]) => isSet(value));
  if (entries.length > USER_TAGS_MAX) {
    c.fail(
      'tags',
      `at most ${USER_TAGS_MAX} tags per ${kind} (the service allows ${TAGS_MAX}; the provider reserves ${PROVIDER_TAG_KEYS.length} for its ${listed(PROVIDER_TAG_KEYS)} tags); ` +
        `got ${entries.length}: remove ${entries.length - USER_TAGS_MAX}`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const p = tagPath(key);
    const keyProblem =
      key.length < 1 || key.length > TAG_KEY_MAX
        ? `the key must be 1 to ${TAG_KEY_MAX} characters`
        : PROVIDER_TAG_KEYS.includes(key)
          ? `is reserved: the provider marks the ${kind}s it creates with its own tags; use another key`
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
