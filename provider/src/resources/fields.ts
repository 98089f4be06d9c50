// How a resource describes its properties once: the package schema (provider/schema.json, and from it
// every SDK) is generated from these tables, and the resource's key lists are read from them, so the
// inputs live in one place. A table is checked against the resource's TypeScript interface with
// `satisfies Fields<T>`: a property missing from either side fails to compile.

/** `string{}` is a map of strings (tags). */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]' | 'string{}';

export interface Field {
  /** A scalar, a nested object type (by its name in the package) or an enum (by its name). */
  readonly type: ScalarType | { readonly object: string } | { readonly enum: string } | { readonly arrayOf: string };
  /** Shown for the input property (and the output one, unless `outputDescription` is given). */
  readonly description: string;
  /** The output property's text where it reads differently (defaults resolved, shorter). */
  readonly outputDescription?: string;
  /** Kept secret in state and outputs; the SDKs wrap it. */
  readonly secret?: true;
  /** A required input. */
  readonly required?: true;
  /** Always present in the outputs, even when not given. */
  readonly alwaysOutput?: true;
}

/** One entry per property of T, no more and no fewer. */
export type Fields<T> = { readonly [K in keyof Required<T>]: Field };

export interface EnumValue {
  /** The member's name in the SDKs (`TripleDes` for `3des`). */
  readonly name: string;
  readonly description: string;
}

export interface EnumSpec<V extends string = string> {
  readonly description: string;
  readonly values: Readonly<Record<V, EnumValue>>;
}

export interface ObjectTypeSpec {
  readonly description: string;
  readonly fields: Readonly<Record<string, Field>>;
}

export function keysOf<T extends object>(table: T): readonly (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}
