// How one property value reads in a comment: short, one line, secrets and unknowns spelled out.
import { oneLine } from './markdownText';
import { SECRET } from './secrets';

/** The engine's marker for a value known only after apply. */
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const MAX_LENGTH = 80;

export type DisplayValue =
  | { kind: 'absent' }
  | { kind: 'secret' }
  | { kind: 'unknown' }
  | { kind: 'literal'; text: string };

export function displayValue(value: unknown): DisplayValue {
  if (value === undefined) return { kind: 'absent' };
  if (value === SECRET) return { kind: 'secret' };
  if (value === UNKNOWN) return { kind: 'unknown' };
  if (typeof value === 'string') {
    if (value.includes('-----BEGIN')) return { kind: 'literal', text: `(PEM, ${value.length} characters)` };
    return { kind: 'literal', text: shorten(value) };
  }
  return { kind: 'literal', text: shorten(JSON.stringify(value, (_k, v: unknown) => (v === UNKNOWN ? '[unknown]' : v)) ?? String(value)) };
}

/** The value as a reader sees it: `literal` writes a value's text, `absent` stands for no value. */
export function valueText(value: unknown, literal: (text: string) => string, absent: string): string {
  const v = displayValue(value);
  switch (v.kind) {
    case 'absent':
      return absent;
    case 'secret':
      return '[secret]';
    case 'unknown':
      return '(known after apply)';
    default:
      return literal(v.text);
  }
}

/** The value for machines: JSON as it is, unknowns as "[unknown]" (secrets are already SECRET). */
export function jsonValue(value: unknown): unknown {
  if (value === UNKNOWN) return '[unknown]';
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonValue(v)]));
  }
  return value;
}

function shorten(text: string): string {
  const line = oneLine(text);
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
