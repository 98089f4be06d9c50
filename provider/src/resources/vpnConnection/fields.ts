// The VpnConnection's properties, described once: provider/schema.json and every SDK are generated from
// these tables (make codegen), and validation, diff and the model read their key lists from them.
// Each table must match its interface in types.ts exactly (`satisfies Fields<…>`).

import { keysOf, type Field, type Fields, type ObjectTypeSpec } from '../fields';
import { TUNNEL_BGP_FIELDS, TUNNEL_OPTIONS_FIELDS, TUNNEL_STATUS_FIELDS } from './tunnelFields';
import { TUNNEL_ROLES } from './types';
import type { BgpConfig, HealthCheckConfig, IkeConfig, IpsecConfig, VpnConnectionArgs, VpnConnectionState } from './types';

export { TUNNEL_BGP_FIELDS, TUNNEL_OPTIONS_FIELDS, TUNNEL_STATUS_FIELDS } from './tunnelFields';



export const IKE_CONFIG_FIELDS = {
  psk: {
    type: 'string',
    description:
      'The pre-shared key used to authenticate the VPN gateway and the customer gateway to each other. Up to 100 characters, without spaces: letters, digits and ``~!`@#$%^&*()_-+={}[]|;:",.<>/?``. When omitted, the service generates a random key; it is read back and kept secret like a given one. Only for connections on standard VPN gateways (not ShangMi gateways).',
    secret: true,
  },
  ikeVersion: {
    type: { enum: 'IkeVersion' },
    description:
      'The version of the IKE protocol: `ikev1` or `ikev2`. Default: `ikev1`.',
  },
  ikeMode: {
    type: { enum: 'IkeMode' },
    description:
      'The negotiation mode of IKEv1: `main` or `aggressive`. Default: `main`.',
  },
  ikeEncAlg: {
    type: { enum: 'EncAlg' },
    description:
      'The encryption algorithm of phase-one negotiation. Standard VPN gateways: `aes`, `aes192`, `aes256`, `des` or `3des`; default `aes`. ShangMi (SM) gateways: `sm4` (the default).',
  },
  ikeAuthAlg: {
    type: { enum: 'AuthAlg' },
    description:
      'The authentication algorithm of phase-one negotiation. Standard VPN gateways: `md5`, `sha1`, `sha256`, `sha384` or `sha512`; default `md5`. ShangMi (SM) gateways: `sm3` (the default).',
  },
  ikePfs: {
    type: { enum: 'IkePfs' },
    description:
      'The Diffie-Hellman key exchange group of phase-one negotiation: `group1`, `group2`, `group5` or `group14`. Default: `group2`. Only for connections on standard VPN gateways (not ShangMi gateways).',
  },
  ikeLifetime: {
    type: 'integer',
    description:
      'The lifetime of the security association negotiated in phase one, in seconds: 0 to 86400. Default: 86400.',
  },
  localId: {
    type: 'string',
    description:
      'The identifier of the VPN gateway (the API\'s `LocalIdIPsec`/`LocalId`). Up to 100 characters, without spaces. Default: the public IP address of the VPN gateway. Only for connections on standard VPN gateways (not ShangMi gateways).',
  },
  remoteId: {
    type: 'string',
    description:
      'On standard VPN gateways, the identifier of the customer gateway: up to 100 characters, without spaces; default: the public IP address of the customer gateway. On ShangMi (SM) gateways, the subject name of the peer CA certificate, for example `CN=test,OU=test,O=test,C=CHN`.',
  },
} as const satisfies Fields<IkeConfig>;

export const IPSEC_CONFIG_FIELDS = {
  ipsecEncAlg: {
    type: { enum: 'EncAlg' },
    description:
      'The encryption algorithm of phase-two negotiation. Standard VPN gateways: `aes`, `aes192`, `aes256`, `des` or `3des`; default `aes`. ShangMi (SM) gateways: `sm4` (the default).',
  },
  ipsecAuthAlg: {
    type: { enum: 'AuthAlg' },
    description:
      'The authentication algorithm of phase-two negotiation. Standard VPN gateways: `md5`, `sha1`, `sha256`, `sha384` or `sha512`; default `md5`. ShangMi (SM) gateways: `sm3` (the default).',
  },
  ipsecPfs: {
    type: { enum: 'IpsecPfs' },
    description:
      'The Diffie-Hellman key exchange group of phase-two negotiation, which applies to packets of all protocols: `group1`, `group2`, `group5`, `group14`, or `disabled` for no perfect forward secrecy. Default: `group2`. Only for connections on standard VPN gateways (not ShangMi gateways).',
  },
  ipsecLifetime: {
    type: 'integer',
    description:
      'The lifetime of the security association negotiated in phase two, in seconds: 0 to 86400. Default: 86400.',
  },
} as const satisfies Fields<IpsecConfig>;

export const HEALTH_CHECK_FIELDS = {
  enable: {
    type: 'boolean',
    description:
      'Whether the health check is enabled. Default: `false`.',
  },
  dip: {
    type: 'string',
    description:
      'The destination IPv4 address of the health check probes.',
  },
  sip: {
    type: 'string',
    description:
      'The source IPv4 address of the health check probes.',
  },
  interval: {
    type: 'integer',
    description:
      'The interval between health check retries, in seconds (a positive integer). Default: 3.',
  },
  retry: {
    type: 'integer',
    description:
      'The number of health check probes sent before the check fails (a positive integer). Default: 3.',
  },
} as const satisfies Fields<HealthCheckConfig>;

export const BGP_CONFIG_FIELDS = {
  enableBgp: {
    type: 'boolean',
    description:
      'Whether BGP is enabled. Default: `false`.',
  },
  localAsn: {
    type: 'number',
    description:
      'The autonomous system number on the Alibaba Cloud side: an integer from 1 to 4294967295. Default: 45104.',
  },
  tunnelCidr: {
    type: 'string',
    description:
      'The CIDR block of the IPsec tunnel: a /30 block inside 169.254.0.0/16, outside the reserved blocks 169.254.0.0/30 to 169.254.6.0/30 and 169.254.169.252/30, and unique on the VPN gateway.',
  },
  localBgpIp: {
    type: 'string',
    description:
      'The BGP address on the Alibaba Cloud side: an IP address inside `tunnelCidr`.',
  },
} as const satisfies Fields<BgpConfig>;

export const INPUT_FIELDS = {
  vpnGatewayId: {
    type: 'string',
    description:
      'The ID of the VPN gateway. Changing it replaces the connection.',
    outputDescription:
      'The ID of the VPN gateway.',
    required: true,
    alwaysOutput: true,
  },
  customerGatewayId: {
    type: 'string',
    description:
      'The ID of the customer gateway of a single-tunnel connection (required there; a dual-tunnel connection names one per tunnel in `tunnelOptions`). Changing it replaces the connection.',
    outputDescription:
      'The ID of the customer gateway of a single-tunnel connection.',
  },
  localSubnets: {
    type: 'string[]',
    description:
      'The local CIDR blocks: the CIDR blocks on the VPC side that communicate with the on-premises data center, used in phase-two negotiation. 1 to 10 IPv4 CIDR blocks; order does not matter.',
    outputDescription:
      'The local CIDR blocks: the CIDR blocks on the VPC side that communicate with the on-premises data center, used in phase-two negotiation.',
    required: true,
    alwaysOutput: true,
  },
  remoteSubnets: {
    type: 'string[]',
    description:
      'The remote CIDR blocks: the CIDR blocks of the on-premises data center, used in phase-two negotiation. 1 to 10 IPv4 CIDR blocks; order does not matter.',
    outputDescription:
      'The remote CIDR blocks: the CIDR blocks of the on-premises data center, used in phase-two negotiation.',
    required: true,
    alwaysOutput: true,
  },
  name: {
    type: 'string',
    description:
      'The name of the IPsec connection. 2 to 128 characters; it must start with a letter or a Chinese character, may contain digits, periods (.), underscores (_) and hyphens (-), and must not start with `http://` or `https://`.',
    outputDescription:
      'The name of the IPsec connection.',
  },
  effectImmediately: {
    type: 'boolean',
    description:
      'Whether to delete the IPsec tunnels already negotiated and start negotiating again. `true`: negotiate as soon as the configuration is complete. `false` (default): negotiate when traffic arrives.',
    outputDescription:
      'Whether negotiation starts as soon as the configuration is complete (`true`) or when traffic arrives (`false`).',
  },
  autoConfigRoute: {
    type: 'boolean',
    description:
      'Whether to configure routes automatically. `true` (default): configure routes automatically. `false`: do not.',
    outputDescription:
      'Whether routes are configured automatically.',
  },
  enableDpd: {
    type: 'boolean',
    description:
      'Whether dead peer detection (DPD) is enabled. `true` (default): the IPsec initiator sends DPD packets to check that the peer is alive; if no correct reply arrives within the set time, the peer is considered disconnected and the ISAKMP SA, the corresponding IPsec SA and the tunnel are deleted. `false`: no DPD packets are sent.',
    outputDescription:
      'Whether dead peer detection (DPD) is enabled.',
  },
  enableNatTraversal: {
    type: 'boolean',
    description:
      'Whether NAT traversal is enabled. `true` (default): IKE negotiation skips the check of UDP port numbers and NAT gateways on the path of the VPN tunnel are discovered. `false`: NAT traversal is disabled.',
    outputDescription:
      'Whether NAT traversal is enabled.',
  },
  ikeConfig: {
    type: { object: 'VpnConnectionIkeConfig' },
    description:
      'The configuration of phase-one (IKE) negotiation. Its `psk` is kept secret.',
    outputDescription:
      'The configuration of phase-one (IKE) negotiation, defaults resolved. Its `psk` (given or generated by the service) is secret.',
  },
  ipsecConfig: {
    type: { object: 'VpnConnectionIpsecConfig' },
    description:
      'The configuration of phase-two (IPsec) negotiation.',
    outputDescription:
      'The configuration of phase-two (IPsec) negotiation, defaults resolved.',
  },
  healthCheckConfig: {
    type: { object: 'VpnConnectionHealthCheckConfig' },
    description:
      'The health check configuration.',
    outputDescription:
      'The health check configuration, defaults resolved.',
  },
  bgpConfig: {
    type: { object: 'VpnConnectionBgpConfig' },
    description:
      'The BGP configuration.',
    outputDescription:
      'The BGP configuration, defaults resolved.',
  },
  remoteCaCertificate: {
    type: 'string',
    description:
      'The peer\'s CA certificate (PEM), required for an IPsec connection on a ShangMi (SM, NationalStandard) VPN gateway and not allowed on a standard gateway.',
    outputDescription:
      'The peer\'s CA certificate, for an IPsec connection on a ShangMi (SM) VPN gateway.',
  },
  regionId: {
    type: 'string',
    description:
      'The ID of the region of the VPN gateway (for example `cn-shanghai`). Defaults to the provider\'s region. Changing it replaces the connection.',
    outputDescription:
      'The ID of the region of the VPN gateway.',
    alwaysOutput: true,
  },
  tunnelOptions: {
    type: { arrayOf: 'VpnConnectionTunnelOptions' },
    description:
      'The two tunnels of a dual-tunnel connection (one `master`, one `slave`), each with its own customer gateway and IKE, IPsec and BGP settings. VPN gateways bought today in the main regions take only dual-tunnel connections. Set either this or the single-tunnel properties (`customerGatewayId`, `ikeConfig`, `ipsecConfig`, `healthCheckConfig`, `bgpConfig`, `enableDpd`, `enableNatTraversal`, `remoteCaCertificate`), never both. Tunnels are matched by role; a tunnel change updates the connection in place, a tunnel customer gateway change replaces it.',
    outputDescription:
      'The two tunnels of a dual-tunnel connection, `master` first, defaults resolved; each `tunnelIkeConfig.psk` (given or generated) is secret.',
  },
  enableTunnelsBgp: {
    type: 'boolean',
    description:
      'Whether BGP is enabled on both tunnels of a dual-tunnel connection (each tunnel then needs `tunnelBgpConfig.tunnelCidr` and `localBgpIp`). Default: `false`. Dual-tunnel connections only.',
  },
  tags: {
    type: 'string{}',
    description:
      'Tags of the connection: up to 17 (the service allows 20; the provider keeps its own `alicloudvpn-stack`, `alicloudvpn-owner` and `alicloudvpn-generation` tags on every connection it creates, and none of these keys may be used here); keys of 1 to 64 and values of up to 128 characters, neither starting with `aliyun` or `acs:` nor containing `http://` or `https://`. Tags are set with the create and changed through TagResources/UnTagResources, never by modifying the connection.',
  },
} as const satisfies Fields<VpnConnectionArgs>;

/** Output properties the service computes; never inputs. */
export const COMPUTED_FIELDS = {
  vpnConnectionId: {
    type: 'string',
    description:
      'The ID of the IPsec connection (`vco-…`).',
    alwaysOutput: true,
  },
  generation: {
    type: 'integer',
    description:
      'Which generation of this resource manages the connection, as kept in the connection\'s `alicloudvpn-generation` tag: 1 when this resource created it, one more each time a create adopted it (for example `pulumi up --replace`, or a re-run after a create whose answer was lost, finding the live connection). A delete recorded with an older generation than the live tag leaves the connection alone: a newer generation of the resource manages it. 0 for a connection made before generations existed.',
  },
  createTime: {
    type: 'number',
    description:
      'When the IPsec connection was created, in milliseconds since the Unix epoch.',
  },
  status: {
    type: 'string',
    description:
      'The negotiation status of the IPsec connection: `ike_sa_not_established`, `ike_sa_established`, `ipsec_sa_not_established` or `ipsec_sa_established`.',
  },
  state: {
    type: 'string',
    description:
      'The state of the IPsec connection as the service reports it (`active` once settled).',
  },
  tunnels: {
    type: { arrayOf: 'VpnConnectionTunnel' },
    description: 'The tunnels of a dual-tunnel connection as the service reports them (`master` first): ids, states and negotiation status.',
  },
} as const satisfies Fields<Omit<VpnConnectionState, keyof VpnConnectionArgs>>;

export const OBJECT_TYPES: Readonly<Record<string, ObjectTypeSpec>> = {
  VpnConnectionIkeConfig: { description: 'The configuration of phase-one (IKE) negotiation.', fields: IKE_CONFIG_FIELDS },
  VpnConnectionIpsecConfig: { description: 'The configuration of phase-two (IPsec) negotiation.', fields: IPSEC_CONFIG_FIELDS },
  VpnConnectionHealthCheckConfig: { description: 'The health check of the IPsec connection.', fields: HEALTH_CHECK_FIELDS },
  VpnConnectionBgpConfig: { description: 'The BGP configuration of the IPsec connection.', fields: BGP_CONFIG_FIELDS },
  VpnConnectionTunnelOptions: { description: 'One tunnel of a dual-tunnel IPsec connection.', fields: TUNNEL_OPTIONS_FIELDS },
  VpnConnectionTunnelBgpConfig: { description: 'The BGP settings of one tunnel.', fields: TUNNEL_BGP_FIELDS },
  VpnConnectionTunnel: { description: 'A tunnel of a dual-tunnel IPsec connection as the service reports it.', fields: TUNNEL_STATUS_FIELDS },
};

export const RESOURCE_DESCRIPTION =
  [
  'An IPsec-VPN connection between an Alibaba Cloud VPN gateway and a customer gateway (the API\'s CreateVpnConnection, single-tunnel mode). Standard and ShangMi (SM, NationalStandard) VPN gateways support different algorithms: see the nested configuration types.',
  'The provider validates every input before any API call, derives the request\'s ClientToken from the resource URN so that a retried or re-run create never makes a second connection, and keeps the pre-shared key secret in state whether it was given or generated by the service. Changing `vpnGatewayId`, `customerGatewayId` or `regionId` replaces the connection; every other input is updated in place.',
].join('\n\n');

export const TOP_LEVEL_INPUTS = keysOf(INPUT_FIELDS);
export const IKE_CONFIG_KEYS = keysOf(IKE_CONFIG_FIELDS);
export const IPSEC_CONFIG_KEYS = keysOf(IPSEC_CONFIG_FIELDS);
export const HEALTH_CHECK_KEYS = keysOf(HEALTH_CHECK_FIELDS);
export const BGP_CONFIG_KEYS = keysOf(BGP_CONFIG_FIELDS);
export const REQUIRED_INPUTS = TOP_LEVEL_INPUTS.filter((k) => (INPUT_FIELDS[k] as Field).required);
export const COMPUTED_PROPERTIES = keysOf(COMPUTED_FIELDS);

function nestedFields(): Record<string, Readonly<Record<string, Field>>> {
  const out: Record<string, Readonly<Record<string, Field>>> = {};
  for (const k of TOP_LEVEL_INPUTS) {
    const type: Field['type'] = INPUT_FIELDS[k].type;
    if (typeof type === 'object' && 'object' in type) out[k] = OBJECT_TYPES[type.object].fields;
  }
  return out;
}

/** The nested objects among the inputs (`ikeConfig`, …), with their keys. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(nestedFields()).map(([k, fields]) => [k, Object.keys(fields)]),
);

type Inputs = typeof INPUT_FIELDS;
type BooleanInput = { [K in keyof Inputs]: Inputs[K]['type'] extends 'boolean' ? K : never }[keyof Inputs];
export const BOOLEAN_PROPERTIES = TOP_LEVEL_INPUTS.filter((k): k is BooleanInput => INPUT_FIELDS[k].type === 'boolean');

function secretKeys(fields: Readonly<Record<string, Field>>): string[] {
  return Object.keys(fields).filter((k) => fields[k].secret);
}

/**
 * Paths that always travel as secrets, in outputs and in checked inputs: every `secret` field. Check
 * puts the tunnels in role order, so each tunnel's PSK has a fixed path.
 */
export const SECRET_PATHS: readonly string[] = [
  ...secretKeys(INPUT_FIELDS),
  ...Object.entries(nestedFields()).flatMap(([parent, fields]) => secretKeys(fields).map((k) => `${parent}.${k}`)),
  ...TUNNEL_ROLES.flatMap((_role, i) => secretKeys(IKE_CONFIG_FIELDS).map((k) => `tunnelOptions[${i}].tunnelIkeConfig.${k}`)),
];
