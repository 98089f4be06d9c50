// Property paths as the engine writes them in detailed diffs: `ikeConfig.ikeEncAlg`, `remoteSubnets[1]`,
// `tags["cost.center"]`, `tunnelOptions[0].tunnelIkeConfig.psk`.

export type PathSegment = string | number;

/** Splits a property path into keys and indices; an unparsable path stays one key, as written. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  let key = '';
  const flush = (): void => {
    if (key !== '') segments.push(key);
    key = '';
  };
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      flush();
      i++;
    } else if (c === '[') {
      flush();
      const close = path.indexOf(']', i);
      if (close < 0) return [path];
      const inner = path.slice(i + 1, close);
      if (/^\d+$/.test(inner)) {
        segments.push(Number(inner));
        i = close + 1;
      } else if (inner.startsWith('"')) {
        const end = closingQuote(path, i + 1);
        if (end < 0 || path[end + 1] !== ']') return [path];
        segments.push(JSON.parse(path.slice(i + 1, end + 1)) as string);
        i = end + 2;
      } else {
        segments.push(inner);
        i = close + 1;
      }
    } else {
      key += c;
      i++;
    }
  }
  flush();
  return segments;
}

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes segments back as a path; `label(index, parents)` may name an index (a tunnel by its role). */
export function formatPath(segments: readonly PathSegment[], label?: (index: number, parents: readonly PathSegment[]) => string | undefined): string {
  let out = '';
  segments.forEach((segment, i) => {
    if (typeof segment === 'number') {
      out += `[${label?.(segment, segments.slice(0, i)) ?? segment}]`;
    } else if (PLAIN_KEY.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  });
  return out;
}

/** The value at `segments` inside `value`, or undefined when any step is missing. */
export function valueAt(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
