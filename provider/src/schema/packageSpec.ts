// Builds the package schema (provider/schema.json) from the tables the provider itself runs on: the
// resource's fields and enums and the configuration keys. Pulumi's code generators turn the schema into
// the Node, Python and Go SDKs (tools/codegen), so nothing here is written twice.

import type { EnumSpec, Field, ObjectTypeSpec } from '../resources/fields';
import { COMPUTED_FIELDS, INPUT_FIELDS, OBJECT_TYPES, RESOURCE_DESCRIPTION } from '../resources/vpnConnection/fields';
import { ENUMS } from '../resources/vpnConnection/enums';
import { VPN_CONNECTION_TYPE } from '../resources/vpnConnection/types';
import { CONFIG_FIELDS, PROVIDER_DESCRIPTION } from '../server/configFields';
import { PACKAGE } from '../server/providerConfig';

type Json = Record<string, unknown>;

/** The parts of the package that are not properties: names, versions and per-language settings. */
export interface PackageInfo {
  version: string;
  pulumiVersion: string;
  goImportBasePath: string;
}

const token = (name: string): string => `${PACKAGE}:index:${name}`;

/**
 * Enums are relaxed (`oneOf` string or enum, as azure-native declares them) so a program may pass any
 * string, from config for instance; `check` still rejects what the service would refuse.
 */
function typeSpec(type: Field['type']): Json {
  if (typeof type === 'string') {
    return type === 'string[]' ? { type: 'array', items: { type: 'string' } } : { type };
  }
  if ('enum' in type) return { oneOf: [{ type: 'string' }, { $ref: `#/types/${token(type.enum)}` }] };
  return { $ref: `#/types/${token(type.object)}` };
}

function property(field: Field, side: 'input' | 'output'): Json {
  const description = side === 'output' ? (field.outputDescription ?? field.description) : field.description;
  return { ...typeSpec(field.type), ...(field.secret ? { secret: true } : {}), description };
}

function properties(fields: Readonly<Record<string, Field>>, side: 'input' | 'output'): Json {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, property(f, side)]));
}

function enumType(spec: EnumSpec): Json {
  return {
    type: 'string',
    description: spec.description,
    enum: Object.entries(spec.values).map(([value, v]) => ({ name: v.name, value, description: v.description })),
  };
}

function objectType(spec: ObjectTypeSpec): Json {
  return { type: 'object', description: spec.description, properties: properties(spec.fields, 'input') };
}

function resourceSpec(): Json {
  const outputs = { ...COMPUTED_FIELDS, ...INPUT_FIELDS };
  const keys = <T extends Record<string, Field>>(t: T, pick: (f: Field) => boolean | undefined): string[] =>
    Object.entries(t).filter(([, f]) => pick(f)).map(([k]) => k);
  return {
    description: RESOURCE_DESCRIPTION,
    inputProperties: properties(INPUT_FIELDS, 'input'),
    requiredInputs: keys(INPUT_FIELDS, (f) => f.required),
    properties: properties(outputs, 'output'),
    required: keys(outputs, (f) => f.alwaysOutput),
    stateInputs: {
      description: 'Input properties used for looking up and filtering VpnConnection resources.',
      properties: properties(outputs, 'output'),
    },
  };
}

function providerSpec(): Json {
  const outputs = Object.fromEntries(Object.entries(CONFIG_FIELDS).filter(([, f]) => !f.secret));
  return {
    description: PROVIDER_DESCRIPTION,
    inputProperties: properties(CONFIG_FIELDS, 'input'),
    properties: properties(outputs, 'output'),
  };
}

export function packageSpec(info: PackageInfo): Json {
  const description = 'A native Pulumi provider for Alibaba Cloud IPsec-VPN connections (VPC API 2016-04-28).';
  const sdkDescription = 'Pulumi SDK for Alibaba Cloud IPsec-VPN connections (alicloudvpn provider)';
  return {
    name: PACKAGE,
    displayName: 'Alibaba Cloud IPsec-VPN',
    version: info.version,
    description,
    keywords: ['pulumi', 'alicloud', 'alibaba cloud', 'vpn', 'ipsec', 'category/network', 'kind/native'],
    license: 'Apache-2.0',
    publisher: 'alicloudvpn',
    meta: { moduleFormat: '(.*)' },
    language: {
      nodejs: {
        packageName: 'pulumi-alicloudvpn',
        packageDescription: sdkDescription,
        dependencies: { '@pulumi/pulumi': info.pulumiVersion },
        typescriptVersion: '~5.9.3',
        respectSchemaVersion: true,
      },
      python: {
        packageName: 'pulumi_alicloudvpn',
        requires: { pulumi: `>=${info.pulumiVersion},<4.0.0` },
        pyproject: { enabled: true },
        respectSchemaVersion: true,
      },
      go: {
        importBasePath: info.goImportBasePath,
        generateResourceContainerTypes: true,
        respectSchemaVersion: true,
      },
    },
    config: { variables: properties(CONFIG_FIELDS, 'input') },
    provider: providerSpec(),
    types: {
      ...Object.fromEntries(Object.entries(ENUMS).map(([name, spec]) => [token(name), enumType(spec)])),
      ...Object.fromEntries(Object.entries(OBJECT_TYPES).map(([name, spec]) => [token(name), objectType(spec)])),
    },
    resources: { [VPN_CONNECTION_TYPE]: resourceSpec() },
  };
}
