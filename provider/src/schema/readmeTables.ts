// The README's reference tables (inputs, output-only properties, enums; functions' arguments and results), written
// from the same descriptors as the schema: `make codegen` puts them between the README's markers and a unit test holds them equal.

import type { EnumDescriptor, ObjectDescriptor, Prop } from '../descriptor/property';
import { CUSTOMER_GATEWAY, CUSTOMER_GATEWAY_COMPUTED } from '../resources/customerGateway/descriptor';
import { COMPUTED_FIELDS, INPUT_FIELDS } from '../resources/vpnConnection/fields';
import { ENUMS } from '../resources/vpnConnection/enums';
import { FUNCTION_MODULES } from '../functions';
import { GATEWAY_ENUMS, VPN_GATEWAY, VPN_GATEWAY_COMPUTED } from '../resources/vpnGateway/descriptor';
import { ROUTE_COMPUTED, VPN_PBR_ROUTE_ENTRY, VPN_PBR_ROUTE_ENTRY_TYPE, VPN_ROUTE_ENTRY, VPN_ROUTE_ENTRY_TYPE } from '../resources/vpnRoute/descriptor';

export const README_TABLES_START = '<!-- reference tables: written by make codegen from the descriptors (provider/src/schema/readmeTables.ts) -->';
export const README_TABLES_END = '<!-- end of reference tables -->';

const SCALAR_NAMES: Readonly<Record<string, string>> = { 'string{}': 'map of string' };

function hasSecret(d: ObjectDescriptor): boolean {
  return Object.values(d.props).some((p) => p.secret || (typeof p.type === 'object' && 'object' in p.type && hasSecret(p.type.object)));
}

function typeText(p: Prop): string {
  const t = p.type;
  if (typeof t === 'string') return `${SCALAR_NAMES[t] ?? t}${p.secret ? ', secret' : ''}`;
  if ('enum' in t) return `\`${t.enum.name}\``;
  if ('arrayOf' in t) return `\`${t.arrayOf.name}\`[]`;
  return `\`${t.object.name}\`${hasSecret(t.object) ? ', secret inside' : ''}`;
}

function requiredText(p: Prop): string {
  if (p.required) return 'yes';
  return p.requiredInForm && p.tunnelForm !== undefined ? `${p.tunnelForm}-tunnel` : '';
}

/** A table cell: a pipe inside would end it. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Each input, then its nested properties the first time their object type appears. */
function inputRows(props: Readonly<Record<string, Prop>>, prefix: string, seen: Set<string>): string[] {
  const rows: string[] = [];
  for (const [k, p] of Object.entries(props)) {
    const path = `${prefix}${k}`;
    rows.push(`| \`${path}\` | ${typeText(p)} | ${requiredText(p)} | ${cell(p.description)} |`);
    const t = p.type;
    if (typeof t !== 'object' || 'enum' in t) continue;
    const nested = 'object' in t ? t.object : t.arrayOf;
    if (seen.has(nested.name)) continue;
    seen.add(nested.name);
    rows.push(...inputRows(nested.props, 'arrayOf' in t ? `${path}[].` : `${path}.`, seen));
  }
  return rows;
}

/** Output rows; `side: 'output'` takes a property's output text where it has one (a function's result). */
function outputRows(props: Readonly<Record<string, Prop>>, side: 'input' | 'output' = 'input'): string[] {
  return Object.entries(props).map(([k, p]) => {
    const t = p.type;
    const each = typeof t === 'object' && 'arrayOf' in t ? ` Each: ${Object.keys(t.arrayOf.props).map((n) => `\`${n}\``).join(', ')}.` : '';
    const text = side === 'output' ? (p.outputDescription ?? p.description) : p.description;
    return `| \`${k}\` | ${typeText(p)} | ${cell(text)}${each} |`;
  });
}

function enumRows(enums: Readonly<Record<string, EnumDescriptor>>): string[] {
  return Object.values(enums).map((e) => `| \`${e.name}\` | ${Object.keys(e.values).map((v) => `\`${v}\``).join(', ')} |`);
}

/** A resource's input table, then its output-only table; under its type token when given. */
function resourceTables(inputs: Readonly<Record<string, Prop>>, computed: Readonly<Record<string, Prop>>, type?: string): string[] {
  return [
    ...(type === undefined ? [] : ['', `\`${type}\`:`, '']),
    '| Input | Type | Required | Description |',
    '|---|---|---|---|',
    ...inputRows(inputs, '', new Set()),
    '',
    '| Output only | Type | Description |',
    '|---|---|---|',
    ...outputRows(computed),
  ];
}

/** Each function: its arguments, then its result. */
function functionTables(): string[] {
  return FUNCTION_MODULES.flatMap((f) => [
    '',
    `\`${f.TOKEN}\` (function):`,
    '',
    '| Argument | Type | Required | Description |',
    '|---|---|---|---|',
    ...inputRows(f.ARGS.props, '', new Set()),
    '',
    '| Result | Type | Description |',
    '|---|---|---|',
    ...outputRows(f.RESULT.props, 'output'),
  ]);
}

const ENUM_HEADER = ['', '| Enum | Values |', '|---|---|'];

export function readmeTables(): string {
  return [
    ...resourceTables(INPUT_FIELDS, COMPUTED_FIELDS),
    ...ENUM_HEADER,
    ...enumRows(ENUMS),
    ...resourceTables(CUSTOMER_GATEWAY.props, CUSTOMER_GATEWAY_COMPUTED.props, 'alicloudvpn:index:CustomerGateway'),
    ...resourceTables(VPN_GATEWAY.props, VPN_GATEWAY_COMPUTED.props, 'alicloudvpn:index:VpnGateway'),
    ...ENUM_HEADER,
    ...enumRows(GATEWAY_ENUMS),
    ...resourceTables(VPN_ROUTE_ENTRY.props, ROUTE_COMPUTED.props, VPN_ROUTE_ENTRY_TYPE),
    ...resourceTables(VPN_PBR_ROUTE_ENTRY.props, ROUTE_COMPUTED.props, VPN_PBR_ROUTE_ENTRY_TYPE),
    ...functionTables(),
  ].join('\n');
}

/** The README with its reference tables replaced by the descriptors' (unchanged when the markers are missing). */
export function withReadmeTables(readme: string): string {
  const start = readme.indexOf(README_TABLES_START);
  const end = readme.indexOf(README_TABLES_END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + README_TABLES_START.length)}\n${readmeTables()}\n${readme.slice(end)}`;
}
