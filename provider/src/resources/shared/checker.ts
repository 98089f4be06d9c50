// The tools every check shares: a failure collector with typed readers, and value descriptions for messages
// (which never repeat a secret).

import { CheckFailure } from '../resource';
import { describeType, describeValue } from '../../descriptor/check';
import { toBool, toInt } from '../../descriptor/coerce';
import { keyPath } from '../../descriptor/diff';

export { describeType, describeValue, keyPath };

export function list(values: readonly string[]): string {
  return values.join(', ');
}

/** Accumulates failures; the readers return undefined when a value is invalid (after recording why). */
export class Checker {
  readonly failures: CheckFailure[] = [];

  fail(property: string, reason: string): void {
    this.failures.push({ property, reason });
  }

  string(path: string, v: unknown): string | undefined {
    if (typeof v === 'string') return v;
    this.fail(path, `must be a string, got ${describeType(v)}`);
    return undefined;
  }

  /**
   * `context` says why a value that is valid elsewhere (`known`) is not allowed here; a value that is
   * valid nowhere (a typo) gets no context, which would only point the user at the wrong setting.
   */
  enumValue(path: string, v: unknown, allowed: readonly string[], context = '', known: readonly string[] = allowed): string | undefined {
    const s = this.string(path, v);
    if (s === undefined) return undefined;
    if (!allowed.includes(s)) {
      const why = known.includes(s) ? `is not allowed${context}` : 'is not a valid value';
      this.fail(path, `"${s}" ${why}; allowed values: ${list(allowed)}`);
      return undefined;
    }
    return s;
  }

  bool(path: string, v: unknown): boolean | undefined {
    const b = toBool(v);
    if (b.ok) return b.value;
    this.fail(path, `must be a boolean (true or false), got ${describeValue(v)}`);
    return undefined;
  }

  int(path: string, v: unknown, min: number, max: number, unit = ''): number | undefined {
    const n = toInt(v);
    if (!n.ok || n.value < min || n.value > max) {
      this.fail(path, `must be an integer from ${min} to ${max}${unit}, got ${describeValue(v)}`);
      return undefined;
    }
    return n.value;
  }
}
