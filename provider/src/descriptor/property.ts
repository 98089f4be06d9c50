// How an API object is described once: each property with its type, description, default, secret and
// replace flags, the API's key and the form its value travels in, and its limits. The package schema (and so
// every SDK), the TypeScript types (Infer below), check's limits and defaults, request flattening, Describe
// parsing and the secrets to mask are all read from these descriptors (see the other files of this directory).

/** `string{}` is a map of strings (tags). */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean' | 'string[]' | 'string{}';

export interface EnumValue {
  /** The member's name in the SDKs (`TripleDes` for `3des`). */
  readonly name: string;
  readonly description: string;
}

export interface EnumDescriptor {
  /** The enum's name in the package. */
  readonly name: string;
  readonly description: string;
  readonly values: Readonly<Record<string, EnumValue>>;
}

/**
 * How a value travels to and from the API.
 * - `text`: as given; `number`: a JSON number inside a JSON-string parameter (text in a flat one);
 * - `boolText`, `numberText`, `asnText`: a boolean, integer or ASN written as text, even inside JSON;
 * - `commaList`: a list joined with commas (`LocalSubnet`);
 * - `json`: a nested object as one JSON-string parameter (`IkeConfig`);
 * - `flat`: a nested object or list flattened into `Key.Sub` / `Key.N.Sub` parameters (`TunnelOptionsSpecification.1.Role`);
 * - `tags`: a string map as `Key.N.Key` / `Key.N.Value`, reported as `{ Tag: [{ Key, Value }] }`.
 */
export type WireForm = 'text' | 'number' | 'boolText' | 'numberText' | 'asnText' | 'commaList' | 'json' | 'flat' | 'tags';

export interface ApiField {
  /** The request parameter (or JSON key) the value travels under. */
  readonly key: string;
  readonly form: WireForm;
  /** Where DescribeVpnConnection reports it when under another key (`VcoHealthCheck`), as a path. */
  readonly reportedAt?: readonly string[];
  /** Other keys the service has answered with for the same value. */
  readonly aliases?: readonly string[];
  /** Never sent by ModifyVpnConnectionAttribute (tags change through TagResources). */
  readonly createOnly?: true;
  /** API versions that accept the parameter. */
  readonly versions?: readonly string[];
}

/** Limits check applies to a value by itself (rules that involve other properties are written by hand). */
export interface Limits {
  readonly min?: number;
  readonly max?: number;
  /** What a number is counted in, for messages (` seconds`). */
  readonly unit?: string;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /** How the pattern reads in a message. */
  readonly patternText?: string;
  /** An IPv4 address. */
  readonly ipv4?: true;
}

export interface Prop {
  /** A scalar, a nested object, a list of objects or an enum. */
  readonly type: ScalarType | { readonly object: ObjectDescriptor } | { readonly arrayOf: ObjectDescriptor } | { readonly enum: EnumDescriptor };
  /** Shown for the input property (and the output one, unless `outputDescription` is given). */
  readonly description: string;
  /** The output property's text where it reads differently (defaults resolved, shorter). */
  readonly outputDescription?: string;
  /** The documented default, filled in by check when the property is not given. */
  readonly default?: string | number | boolean;
  /** The default applies only when this boolean sibling is true (`interval` when the health check is enabled). */
  readonly defaultWhen?: string;
  /** Kept secret in state, outputs and every message; the SDKs wrap it. */
  readonly secret?: true;
  /** A required input. */
  readonly required?: true;
  /** Required in its tunnel form (`tunnelForm`), absent in the other. */
  readonly requiredInForm?: true;
  /** Always present in the outputs, even when not given. */
  readonly alwaysOutput?: true;
  /** Changing it replaces the resource. */
  readonly replaceOnChange?: true;
  /** Filled by the service when not given (a generated PSK): unknown in a preview until the service answers. */
  readonly serviceFilled?: true;
  /** Which form of the object accepts it, where an object has two (single- or dual-tunnel connections). */
  readonly tunnelForm?: 'single' | 'dual';
  readonly limits?: Limits;
  /** Where a property differs by variant of the object (a gateway family): the values allowed, the default, or not used. */
  readonly byVariant?: Readonly<Record<string, VariantRule>>;
  readonly api?: ApiField;
}

export type VariantRule = { readonly allowed?: readonly string[]; readonly default?: string } | 'unused';

export interface ObjectDescriptor {
  /** The object type's name in the package (`VpnConnectionIkeConfig`). */
  readonly name: string;
  readonly description: string;
  readonly props: Readonly<Record<string, Prop>>;
}

/** What configuration fields share with properties: schema text and flags only. */
export type Field = Pick<Prop, 'description' | 'outputDescription' | 'secret' | 'required' | 'alwaysOutput'> & { readonly type: ScalarType };

export function keysOf<T extends object>(table: T): readonly (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

/** The values an enum allows. */
export function enumValues(e: EnumDescriptor): readonly string[] {
  return Object.keys(e.values);
}

// ---- The TypeScript types a descriptor implies ----

type Scalar<T> = T extends 'string' ? string
  : T extends 'integer' | 'number' ? number
  : T extends 'boolean' ? boolean
  : T extends 'string[]' ? string[]
  : T extends 'string{}' ? Record<string, string>
  : T extends { readonly enum: EnumDescriptor } ? string
  : never;

type ValueOf<P extends Prop> = P['type'] extends { readonly object: infer O extends ObjectDescriptor } ? Infer<O>
  : P['type'] extends { readonly arrayOf: infer O extends ObjectDescriptor } ? Infer<O>[]
  : Scalar<P['type']>;

type KeysWhere<Ps, Flag extends string> = { [K in keyof Ps]: Ps[K] extends { readonly [F in Flag]: true } ? K : never }[keyof Ps];

type Shape<Ps extends Readonly<Record<string, Prop>>, Flag extends string> =
  { -readonly [K in KeysWhere<Ps, Flag>]: ValueOf<Ps[K]> } & { -readonly [K in Exclude<keyof Ps, KeysWhere<Ps, Flag>>]?: ValueOf<Ps[K]> };

type Flatten<T> = { [K in keyof T]: T[K] };

/** An object's inputs: `required` properties present, the rest optional. */
export type Infer<O extends ObjectDescriptor> = Flatten<Shape<O['props'], 'required'>>;

/** An object's outputs: `alwaysOutput` properties present, the rest optional. */
export type InferOutput<O extends ObjectDescriptor> = Flatten<Shape<O['props'], 'alwaysOutput'>>;
