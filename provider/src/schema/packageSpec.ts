// Builds the package schema (provider/schema.json) from the descriptors the provider itself runs on: the
// resources' properties and enums, the functions' arguments and results, and the configuration keys. Pulumi's code generators turn the schema into
// the Node, Python and Go SDKs (tools/codegen), so nothing here is written twice.

import type { EnumDescriptor, Field, ObjectDescriptor, Prop } from '../descriptor/property';
import { CUSTOMER_GATEWAY, CUSTOMER_GATEWAY_COMPUTED, CUSTOMER_GATEWAY_TYPE, RESOURCE_DESCRIPTION as CUSTOMER_GATEWAY_DESCRIPTION } from '../resources/customerGateway/descriptor';
import { GATEWAY_ENUMS, VPN_GATEWAY, VPN_GATEWAY_COMPUTED, VPN_GATEWAY_TYPE, RESOURCE_DESCRIPTION as VPN_GATEWAY_DESCRIPTION } from '../resources/vpnGateway/descriptor';
import { COMPUTED_FIELDS, INPUT_FIELDS, OBJECT_TYPES, RESOURCE_DESCRIPTION } from '../resources/vpnConnection/fields';
import {
  ROUTE_COMPUTED, VPN_PBR_ROUTE_ENTRY, VPN_PBR_ROUTE_ENTRY_DESCRIPTION, VPN_PBR_ROUTE_ENTRY_TYPE, VPN_ROUTE_ENTRY, VPN_ROUTE_ENTRY_DESCRIPTION, VPN_ROUTE_ENTRY_TYPE,
} from '../resources/vpnRoute/descriptor';
import { ENUMS } from '../resources/vpnConnection/enums';
import { VPN_CONNECTION_TYPE } from '../resources/vpnConnection/types';
import { FUNCTION_MODULES } from '../functions';
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
function typeSpec(type: Prop['type']): Json {
  if (type === 'string[]') return { type: 'array', items: { type: 'string' } };
  if (type === 'string{}') return { type: 'object', additionalProperties: { type: 'string' } };
  if (typeof type === 'string') return { type };
  if ('arrayOf' in type) return { type: 'array', items: { $ref: `#/types/${token(type.arrayOf.name)}` } };
  if ('enum' in type) return { oneOf: [{ type: 'string' }, { $ref: `#/types/${token(type.enum.name)}` }] };
  return { $ref: `#/types/${token(type.object.name)}` };
}

function property(field: Field | Prop, side: 'input' | 'output'): Json {
  const description = side === 'output' ? (field.outputDescription ?? field.description) : field.description;
  return { ...typeSpec(field.type), ...(field.secret ? { secret: true } : {}), description };
}

function properties(fields: Readonly<Record<string, Field | Prop>>, side: 'input' | 'output'): Json {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, property(f, side)]));
}

function enumType(spec: EnumDescriptor): Json {
  return {
    type: 'string',
    description: spec.description,
    enum: Object.entries(spec.values).map(([value, v]) => ({ name: v.name, value, description: v.description })),
  };
}

function objectType(spec: ObjectDescriptor): Json {
  return { type: 'object', description: spec.description, properties: properties(spec.props, 'input') };
}

type Props = Readonly<Record<string, Prop>>;

const keys = (t: Props, pick: (f: Prop) => boolean | undefined): string[] => Object.entries(t).filter(([, f]) => pick(f)).map(([k]) => k);

/** A resource from its descriptor: the inputs, and as outputs the computed properties then the inputs. */
function resourceSpec(name: string, description: string, inputs: Props, computed: Props): Json {
  const outputs = { ...computed, ...inputs };
  return {
    description,
    inputProperties: properties(inputs, 'input'),
    requiredInputs: keys(inputs, (f) => f.required),
    properties: properties(outputs, 'output'),
    required: keys(outputs, (f) => f.alwaysOutput),
    stateInputs: {
      description: `Input properties used for looking up and filtering ${name} resources.`,
      properties: properties(outputs, 'output'),
    },
  };
}

/** A function from its descriptors: the arguments (required ones as such) and the result (those always returned as required). */
function functionSpec(description: string, args: ObjectDescriptor, result: ObjectDescriptor): Json {
  const required = keys(args.props, (f) => f.required);
  return {
    description,
    inputs: { type: 'object', description: args.description, properties: properties(args.props, 'input'), ...(required.length > 0 ? { required } : {}) },
    outputs: { type: 'object', description: result.description, properties: properties(result.props, 'output'), required: keys(result.props, (f) => f.alwaysOutput) },
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

/** The generated SDKs' README (npm and PyPI pages); the repository README has the full reference. */
const SDK_README = [
  '# alicloudvpn',
  '',
  'Alibaba Cloud IPsec-VPN connections as Pulumi resources (`alicloudvpn:index:VpnConnection`): typed nested',
  'IKE, IPsec, health-check and BGP settings, validation of every input at preview, a create that is idempotent',
  '(ClientToken derived from the resource URN) and the pre-shared key kept secret, given or generated.',
  '',
  'The provider plugin `pulumi-resource-alicloudvpn` must be installed, or named in `Pulumi.yaml` under',
  '`plugins.providers`. Configuration: `alicloudvpn:region`, `accessKeyId`, `accessKeySecret` (secret),',
  '`securityToken` (secret), `endpoint`, `protocol`, or the `ALIBABA_CLOUD_*` environment variables.',
  '',
  'This SDK is generated by Pulumi\'s code generators from the provider\'s schema; do not edit it by hand.',
  '',
].join('\n');

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
        readme: SDK_README,
        respectSchemaVersion: true,
      },
      python: {
        packageName: 'pulumi_alicloudvpn',
        requires: { pulumi: `>=${info.pulumiVersion},<4.0.0` },
        pyproject: { enabled: true },
        readme: SDK_README,
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
      ...Object.fromEntries([...Object.values(ENUMS), ...Object.values(GATEWAY_ENUMS)].map((spec) => [token(spec.name), enumType(spec)])),
      ...Object.fromEntries(OBJECT_TYPES.map((spec) => [token(spec.name), objectType(spec)])),
    },
    resources: {
      [VPN_CONNECTION_TYPE]: resourceSpec('VpnConnection', RESOURCE_DESCRIPTION, INPUT_FIELDS, COMPUTED_FIELDS),
      [CUSTOMER_GATEWAY_TYPE]: resourceSpec('CustomerGateway', CUSTOMER_GATEWAY_DESCRIPTION, CUSTOMER_GATEWAY.props, CUSTOMER_GATEWAY_COMPUTED.props),
      [VPN_GATEWAY_TYPE]: resourceSpec('VpnGateway', VPN_GATEWAY_DESCRIPTION, VPN_GATEWAY.props, VPN_GATEWAY_COMPUTED.props),
      [VPN_ROUTE_ENTRY_TYPE]: resourceSpec('VpnRouteEntry', VPN_ROUTE_ENTRY_DESCRIPTION, VPN_ROUTE_ENTRY.props, ROUTE_COMPUTED.props),
      [VPN_PBR_ROUTE_ENTRY_TYPE]: resourceSpec('VpnPbrRouteEntry', VPN_PBR_ROUTE_ENTRY_DESCRIPTION, VPN_PBR_ROUTE_ENTRY.props, ROUTE_COMPUTED.props),
    },
    functions: Object.fromEntries(FUNCTION_MODULES.map((f) => [f.TOKEN, functionSpec(f.FUNCTION_DESCRIPTION, f.ARGS, f.RESULT)])),
  };
}
