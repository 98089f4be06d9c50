// Property paths in the engine's syntax (`ikeConfig.ikeEncAlg`, `localSubnets[1]`, `tags["a.b"]`).
// The engine parses these keys back when it renders detailedDiff and matches ignoreChanges, so keys
// that are not plain identifiers must be quoted exactly the way it expects.

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

function formatKey(key: string, first: boolean): string {
  if (PLAIN_KEY.test(key)) return first ? key : `.${key}`;
  return `[${JSON.stringify(key)}]`;
}

/** Formats path segments into one path string. */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>(
    (acc, seg, i) => acc + (typeof seg === 'number' ? `[${seg}]` : formatKey(seg, i === 0)),
    '',
  );
}

/** Extends a formatted path by one segment. */
export function childPath(parent: string, seg: PathSegment): string {
  if (typeof seg === 'number') return `${parent}[${seg}]`;
  return parent === '' ? formatKey(seg, true) : parent + formatKey(seg, false);
}

/** The top-level property name a path starts with (`ikeConfig` for `ikeConfig.psk`). */
export function topLevelKey(path: string): string {
  if (path.startsWith('["')) {
    const end = path.indexOf('"]');
    if (end > 0) {
      try {
        return JSON.parse(path.slice(1, end + 1)) as string;
      } catch {
        // Not a quoted key after all: fall through to the plain form.
      }
    }
  }
  const m = /^[^.[]*/.exec(path);
  return m ? m[0] : path;
}

/** True when `path` is `prefix` itself or lies underneath it. */
export function isUnderPath(path: string, prefix: string): boolean {
  if (path === prefix) return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '.' || next === '[';
}
