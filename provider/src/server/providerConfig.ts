// Provider configuration (`alicloudvpn:region` and friends): reading it from the engine's two
// encodings, validating its shape, and deciding what a change to it means for the resources the
// provider manages. Environment fallbacks belong to the cloud port (resolveCloudSettings).

import { resolveCloudSettings } from '../cloud';
import { CONFIG_FIELDS } from './configFields';
import { STACK_IDENTITY_KEY } from './stackIdentity';
import { isUnknown, type CheckFailure, type DiffResult, type PropertyDiffKind, type PropertyMap } from '../resources/resource';

export const PACKAGE = 'alicloudvpn';

export const CONFIG_KEYS = ['region', 'accessKeyId', 'accessKeySecret', 'securityToken', 'endpoint', 'protocol'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

/** Always secret in returned config, whether or not the user marked them. */
export const SECRET_CONFIG_KEYS: readonly ConfigKey[] = CONFIG_KEYS.filter((k) => CONFIG_FIELDS[k].secret);

// No provider setting replaces the provider: replacing it would replace every resource that uses it. The
// endpoint, the protocol and the credentials are only how the API is reached; the region is where a resource
// lives only when the resource does not name its own, and each resource's check and diff decide that (a
// changed effective regionId replaces that resource, an unchanged one keeps it).
// Keys the engine itself keeps in provider inputs, and the provider's own stack identity: not configuration.
const ENGINE_KEYS: ReadonlySet<string> = new Set(['version', 'pluginDownloadURL', 'pluginChecksums', '__internal', STACK_IDENTITY_KEY]);

const VARIABLE_PREFIXES = [`${PACKAGE}:config:`, `${PACKAGE}:`];

/**
 * Configure's deprecated `variables` map: keys `alicloudvpn:config:region`, values strings (compound
 * values JSON-encoded, which none of ours is).
 */
export function configFromVariables(variables: Iterable<[string, string]>): PropertyMap {
  const out: PropertyMap = {};
  for (const [key, value] of variables) {
    const prefix = VARIABLE_PREFIXES.find((p) => key.startsWith(p));
    out[prefix ? key.slice(prefix.length) : key] = value;
  }
  return out;
}

export function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(key);
}

/** Keys that are neither ours nor the engine's: most likely typos, worth a warning. */
export function unrecognizedConfigKeys(config: PropertyMap): string[] {
  return Object.keys(config).filter((k) => !isConfigKey(k) && !ENGINE_KEYS.has(k));
}

// Shape only: the values' meaning (region ids, protocols, endpoint syntax, credential pairs) is
// the cloud port's to judge, in resolveCloudSettings.
function shapeFailure(key: ConfigKey, value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string (got ${value === null ? 'null' : typeof value})`;
  if (value.trim() === '') return 'must not be empty';
  if (key === 'endpoint' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return `must be host or host:port without a scheme; set ${PACKAGE}:protocol to choose http or https`;
  }
  return undefined;
}

/**
 * CheckConfig's failures for the keys present. Settings are resolved without the environment so
 * only what the user wrote is judged; values not known yet (preview) are not errors.
 */
export function validateConfig(config: PropertyMap): CheckFailure[] {
  const failures: CheckFailure[] = [];
  for (const key of CONFIG_KEYS) {
    const value = config[key];
    if (value === undefined || isUnknown(value)) continue;
    const reason = shapeFailure(key, value);
    if (reason) failures.push({ property: key, reason: `${PACKAGE}:${key} ${reason}` });
  }
  const { failures: meaning } = resolveCloudSettings(explicitSettings(config), {});
  for (const f of meaning) {
    if (!failures.some((x) => x.property === f.property)) {
      failures.push({ property: f.property, reason: `${PACKAGE}:${f.property}: ${f.reason}` });
    }
  }
  return failures;
}

export function hasUnknownConfig(config: PropertyMap): boolean {
  return CONFIG_KEYS.some((k) => isUnknown(config[k]));
}

/** The explicitly configured values of our keys, for the cloud port's settings resolution. */
export function explicitSettings(config: PropertyMap): Partial<Record<ConfigKey, string>> {
  const out: Partial<Record<ConfigKey, string>> = {};
  for (const key of CONFIG_KEYS) {
    const value = config[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isUnknown(a) || isUnknown(b)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function changeKind(old: unknown, next: unknown): PropertyDiffKind {
  if (old === undefined || old === null) return 'add';
  if (next === undefined || next === null) return 'delete';
  return 'update';
}

/** DiffConfig: every change updates the provider in place; the resources' own diffs decide what they need. */
export function diffConfig(olds: PropertyMap, news: PropertyMap): DiffResult {
  const detailedDiff: DiffResult['detailedDiff'] = {};
  const keys = new Set([...Object.keys(olds), ...Object.keys(news)]);
  for (const key of keys) {
    if (ENGINE_KEYS.has(key)) continue;
    const old = olds[key] ?? undefined;
    const next = news[key] ?? undefined;
    if ((old === undefined && next === undefined) || sameValue(old, next)) continue;
    detailedDiff[key] = { kind: changeKind(old, next), inputDiff: true };
  }
  const diffs = Object.keys(detailedDiff).sort();
  return { changes: diffs.length > 0, diffs, replaces: [], detailedDiff, deleteBeforeReplace: false };
}
