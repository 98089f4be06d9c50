// One changed property, and the structural comparison drift needs (a detailed diff gives the rest).
import { formatPath, PathSegment } from './propertyPath';
import { labelPath } from './tunnels';

export interface FieldChange {
  /** The path as the engine writes it (`tunnelOptions[0].tunnelIkeConfig.ikeEncAlg`). */
  path: string;
  /** The path with tunnels named by role (`tunnelOptions[master].tunnelIkeConfig.ikeEncAlg`). */
  label: string;
  kind: 'add' | 'update' | 'delete';
  forcesReplacement: boolean;
  /** Secrets are already the SECRET marker; undefined means absent. */
  before?: unknown;
  after?: unknown;
}

/** Lists that are sets to the service: a different order is no change, and they show whole. */
const SET_LISTS: ReadonlySet<string> = new Set(['localSubnets', 'remoteSubnets']);

/** The leaves that differ between two property maps, with tunnels labelled from either side. */
export function diffValues(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  const walk = (a: unknown, b: unknown, segments: PathSegment[]): void => {
    const key = segments[segments.length - 1];
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const k of keys) walk(a[k], b[k], [...segments, k]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && !(typeof key === 'string' && SET_LISTS.has(key)) && [...a, ...b].some(isPlainObject)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...segments, i]);
      return;
    }
    const same = typeof key === 'string' && SET_LISTS.has(key) && Array.isArray(a) && Array.isArray(b)
      ? deepEqual([...a].map(String).sort(), [...b].map(String).sort())
      : deepEqual(a, b);
    if (same) return;
    changes.push({
      path: formatPath(segments),
      label: labelPath(segments, after, before),
      kind: a === undefined ? 'add' : b === undefined ? 'delete' : 'update',
      forcesReplacement: false,
      before: a,
      after: b,
    });
  };
  walk(before, after, []);
  return changes;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
