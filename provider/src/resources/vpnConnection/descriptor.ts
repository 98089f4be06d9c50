// The VpnConnection, described once: every property of the connection, its nested configurations and its
// tunnels, with its type, description, default, secret and replace flags, the API's key and the form its value
// travels in, and its limits (../shared/seeds/CreateVpnConnection.md, VPC API 2016-04-28). The TypeScript types
// (types.ts), provider/schema.json and every SDK (make codegen), check's limits and defaults, request
// parameters, Describe parsing and the secrets to mask are all derived from here. Rules that involve more than
// one property are written once each beside check: the gateway family (validateNested.ts), the two tunnel forms
// (validate.ts), BGP addressing (validateNested.ts), the tunnels' roles (validateTunnels.ts).

import type { Limits, ObjectDescriptor } from '../../descriptor/property';
import { ENUMS } from './enums';
import { tagsProp } from '../shared/tagRules';
import { regionIdProp } from '../region';

// Letters, digits and ~!`@#$%^&*()_-+={}[]|;:",.<>/? as documented; no spaces, quotes or backslashes.
const PSK_PATTERN = /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]|;:",.<>/?]+$/;
const PSK_CHARACTERS = 'of letters, digits and ~!`@#$%^&*()_-+={}[]|;:",.<>/? (no spaces)';
const LIFETIME: Limits = { min: 0, max: 86400, unit: ' seconds' };
const IDENTITY: Limits = { maxLength: 100, pattern: /^\S+$/, patternText: 'without spaces' };
const ASN: Limits = { min: 1, max: 4294967295 };
const ASN_DEFAULT = 45104;
/** 1 to 10 IPv4 CIDR blocks. */
export const SUBNETS: Limits = { min: 1, max: 10 };

export const IKE_CONFIG = {
  name: 'VpnConnectionIkeConfig',
  description: 'The configuration of phase-one (IKE) negotiation.',
  props: {
    psk: {
      type: 'string',
      description:
        'The pre-shared key used to authenticate the VPN gateway and the customer gateway to each other. Up to 100 characters, without spaces: letters, digits and ``~!`@#$%^&*()_-+={}[]|;:",.<>/?``. When omitted, the service generates a random key; it is read back and kept secret like a given one. Only for connections on standard VPN gateways (not ShangMi gateways).',
      secret: true,
      serviceFilled: true,
      limits: { maxLength: 100, pattern: PSK_PATTERN, patternText: PSK_CHARACTERS },
      byVariant: { NationalStandard: 'unused' },
      api: { key: 'Psk', form: 'text' },
    },
    ikeVersion: {
      type: { enum: ENUMS.IkeVersion },
      description:
        'The version of the IKE protocol: `ikev1` or `ikev2`. Default: `ikev1`.',
      default: 'ikev1',
      byVariant: { NationalStandard: { allowed: ['ikev1'] } },
      api: { key: 'IkeVersion', form: 'text' },
    },
    ikeMode: {
      type: { enum: ENUMS.IkeMode },
      description:
        'The negotiation mode of IKEv1: `main` or `aggressive`. Default: `main`.',
      default: 'main',
      byVariant: { NationalStandard: { allowed: ['main'] } },
      api: { key: 'IkeMode', form: 'text' },
    },
    ikeEncAlg: {
      type: { enum: ENUMS.EncAlg },
      description:
        'The encryption algorithm of phase-one negotiation. Standard VPN gateways: `aes`, `aes192`, `aes256`, `des` or `3des`; default `aes`. ShangMi (SM) gateways: `sm4` (the default).',
      byVariant: { Normal: { allowed: ['aes', 'aes192', 'aes256', 'des', '3des'], default: 'aes' }, NationalStandard: { allowed: ['sm4'], default: 'sm4' } },
      api: { key: 'IkeEncAlg', form: 'text' },
    },
    ikeAuthAlg: {
      type: { enum: ENUMS.AuthAlg },
      description:
        'The authentication algorithm of phase-one negotiation. Standard VPN gateways: `md5`, `sha1`, `sha256`, `sha384` or `sha512`; default `md5`. ShangMi (SM) gateways: `sm3` (the default).',
      byVariant: { Normal: { allowed: ['md5', 'sha1', 'sha256', 'sha384', 'sha512'], default: 'md5' }, NationalStandard: { allowed: ['sm3'], default: 'sm3' } },
      api: { key: 'IkeAuthAlg', form: 'text' },
    },
    ikePfs: {
      type: { enum: ENUMS.IkePfs },
      description:
        'The Diffie-Hellman key exchange group of phase-one negotiation: `group1`, `group2`, `group5` or `group14`. Default: `group2`. Only for connections on standard VPN gateways (not ShangMi gateways).',
      byVariant: { Normal: { default: 'group2' }, NationalStandard: 'unused' },
      api: { key: 'IkePfs', form: 'text' },
    },
    ikeLifetime: {
      type: 'integer',
      description:
        'The lifetime of the security association negotiated in phase one, in seconds: 0 to 86400. Default: 86400.',
      default: 86400,
      limits: LIFETIME,
      api: { key: 'IkeLifetime', form: 'number' },
    },
    localId: {
      type: 'string',
      description:
        'The identifier of the VPN gateway (the API\'s `LocalIdIPsec`/`LocalId`). Up to 100 characters, without spaces. Default: the public IP address of the VPN gateway. Only for connections on standard VPN gateways (not ShangMi gateways).',
      serviceFilled: true,
      limits: IDENTITY,
      byVariant: { NationalStandard: 'unused' },
      api: { key: 'LocalId', form: 'text', aliases: ['LocalIdIPsec'] },
    },
    remoteId: {
      type: 'string',
      description:
        'On standard VPN gateways, the identifier of the customer gateway: up to 100 characters, without spaces; default: the public IP address of the customer gateway. On ShangMi (SM) gateways, the subject name of the peer CA certificate, for example `CN=test,OU=test,O=test,C=CHN`.',
      serviceFilled: true,
      limits: IDENTITY,
      api: { key: 'RemoteId', form: 'text' },
    },
  },
} as const satisfies ObjectDescriptor;

export const IPSEC_CONFIG = {
  name: 'VpnConnectionIpsecConfig',
  description: 'The configuration of phase-two (IPsec) negotiation.',
  props: {
    ipsecEncAlg: {
      type: { enum: ENUMS.EncAlg },
      description:
        'The encryption algorithm of phase-two negotiation. Standard VPN gateways: `aes`, `aes192`, `aes256`, `des` or `3des`; default `aes`. ShangMi (SM) gateways: `sm4` (the default).',
      byVariant: { Normal: { allowed: ['aes', 'aes192', 'aes256', 'des', '3des'], default: 'aes' }, NationalStandard: { allowed: ['sm4'], default: 'sm4' } },
      api: { key: 'IpsecEncAlg', form: 'text' },
    },
    ipsecAuthAlg: {
      type: { enum: ENUMS.AuthAlg },
      description:
        'The authentication algorithm of phase-two negotiation. Standard VPN gateways: `md5`, `sha1`, `sha256`, `sha384` or `sha512`; default `md5`. ShangMi (SM) gateways: `sm3` (the default).',
      byVariant: { Normal: { allowed: ['md5', 'sha1', 'sha256', 'sha384', 'sha512'], default: 'md5' }, NationalStandard: { allowed: ['sm3'], default: 'sm3' } },
      api: { key: 'IpsecAuthAlg', form: 'text' },
    },
    ipsecPfs: {
      type: { enum: ENUMS.IpsecPfs },
      description:
        'The Diffie-Hellman key exchange group of phase-two negotiation, which applies to packets of all protocols: `group1`, `group2`, `group5`, `group14`, or `disabled` for no perfect forward secrecy. Default: `group2`. Only for connections on standard VPN gateways (not ShangMi gateways).',
      byVariant: { Normal: { default: 'group2' }, NationalStandard: 'unused' },
      api: { key: 'IpsecPfs', form: 'text' },
    },
    ipsecLifetime: {
      type: 'integer',
      description:
        'The lifetime of the security association negotiated in phase two, in seconds: 0 to 86400. Default: 86400.',
      default: 86400,
      limits: LIFETIME,
      api: { key: 'IpsecLifetime', form: 'number' },
    },
  },
} as const satisfies ObjectDescriptor;

export const HEALTH_CHECK_CONFIG = {
  name: 'VpnConnectionHealthCheckConfig',
  description: 'The health check of the IPsec connection.',
  props: {
    enable: {
      type: 'boolean',
      description:
        'Whether the health check is enabled. Default: `false`.',
      default: false,
      api: { key: 'enable', form: 'boolText' },
    },
    dip: {
      type: 'string',
      description:
        'The destination IPv4 address of the health check probes.',
      limits: { ipv4: true },
      api: { key: 'dip', form: 'text' },
    },
    sip: {
      type: 'string',
      description:
        'The source IPv4 address of the health check probes.',
      limits: { ipv4: true },
      api: { key: 'sip', form: 'text' },
    },
    interval: {
      type: 'integer',
      description:
        'The interval between health check retries, in seconds (a positive integer). Default: 3.',
      default: 3,
      defaultWhen: 'enable',
      limits: { min: 1, unit: ' seconds (a positive integer)' },
      api: { key: 'interval', form: 'numberText' },
    },
    retry: {
      type: 'integer',
      description:
        'The number of health check probes sent before the check fails (a positive integer). Default: 3.',
      default: 3,
      defaultWhen: 'enable',
      limits: { min: 1, unit: ' (a positive integer)' },
      api: { key: 'retry', form: 'numberText' },
    },
    policy: {
      type: { enum: ENUMS.HealthCheckPolicy },
      description:
        'What happens to the routes the connection advertises when the health check fails: `revoke_route` withdraws them, `reserve_route` keeps them. The service reports `revoke_route` when none is given.',
      api: { key: 'Policy', form: 'text' },
    },
  },
} as const satisfies ObjectDescriptor;

export const BGP_CONFIG = {
  name: 'VpnConnectionBgpConfig',
  description: 'The BGP configuration of the IPsec connection.',
  props: {
    enableBgp: {
      type: 'boolean',
      description:
        'Whether BGP is enabled. Default: `false`.',
      default: false,
      api: { key: 'EnableBgp', form: 'boolText' },
    },
    localAsn: {
      type: 'number',
      description:
        'The autonomous system number on the Alibaba Cloud side: an integer from 1 to 4294967295. Default: 45104.',
      default: ASN_DEFAULT,
      defaultWhen: 'enableBgp',
      limits: ASN,
      api: { key: 'LocalAsn', form: 'asnText' },
    },
    tunnelCidr: {
      type: 'string',
      description:
        'The CIDR block of the IPsec tunnel: a /30 block inside 169.254.0.0/16, outside the reserved blocks 169.254.0.0/30 to 169.254.6.0/30 and 169.254.169.252/30, and unique on the VPN gateway.',
      api: { key: 'TunnelCidr', form: 'text' },
    },
    localBgpIp: {
      type: 'string',
      description:
        'The BGP address on the Alibaba Cloud side: an IP address inside `tunnelCidr`.',
      api: { key: 'LocalBgpIp', form: 'text' },
    },
  },
} as const satisfies ObjectDescriptor;

export const TUNNEL_BGP_CONFIG = {
  name: 'VpnConnectionTunnelBgpConfig',
  description: 'The BGP settings of one tunnel.',
  props: {
    localAsn: {
      type: 'number',
      description:
        'The autonomous system number on the Alibaba Cloud side of this tunnel: an integer from 1 to 4294967295. Default: 45104.',
      default: ASN_DEFAULT,
      limits: ASN,
      api: { key: 'LocalAsn', form: 'asnText' },
    },
    tunnelCidr: {
      type: 'string',
      description:
        "The CIDR block of this tunnel: a /30 block inside 169.254.0.0/16, outside the reserved blocks 169.254.0.0/30 to 169.254.6.0/30 and 169.254.169.252/30, unique on the VPN gateway (the two tunnels' blocks differ). Required when `enableTunnelsBgp` is true.",
      api: { key: 'TunnelCidr', form: 'text' },
    },
    localBgpIp: {
      type: 'string',
      description: 'The BGP address of this tunnel on the Alibaba Cloud side: a host address inside `tunnelCidr`. Required when `enableTunnelsBgp` is true.',
      api: { key: 'LocalBgpIp', form: 'text' },
    },
  },
} as const satisfies ObjectDescriptor;

export const TUNNEL_OPTIONS = {
  name: 'VpnConnectionTunnelOptions',
  description: 'One tunnel of a dual-tunnel IPsec connection.',
  props: {
    role: {
      type: { enum: ENUMS.TunnelRole },
      description: 'The role of the tunnel: `master` or `slave`. A dual-tunnel connection has exactly one of each; tunnels are matched by role, so their order in the program does not matter.',
      required: true,
      alwaysOutput: true,
      api: { key: 'Role', form: 'text' },
    },
    customerGatewayId: {
      type: 'string',
      description: "The ID of this tunnel's customer gateway. Changing it replaces the connection.",
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'CustomerGatewayId', form: 'text' },
    },
    enableDpd: {
      type: 'boolean',
      description: 'Whether dead peer detection (DPD) is enabled on this tunnel. Default: `true`.',
      default: true,
      api: { key: 'EnableDpd', form: 'boolText' },
    },
    enableNatTraversal: {
      type: 'boolean',
      description: 'Whether NAT traversal is enabled on this tunnel. Default: `true`.',
      default: true,
      api: { key: 'EnableNatTraversal', form: 'boolText' },
    },
    remoteCaCertificate: {
      type: 'string',
      description: "The peer's CA certificate (PEM) for this tunnel, required on a ShangMi (SM, NationalStandard) VPN gateway and not allowed on a standard gateway.",
      api: { key: 'RemoteCaCertificate', form: 'text' },
    },
    tunnelIkeConfig: {
      type: { object: IKE_CONFIG },
      description: "This tunnel's phase-one (IKE) negotiation; its `psk` is kept secret, given or generated.",
      api: { key: 'TunnelIkeConfig', form: 'flat' },
    },
    tunnelIpsecConfig: {
      type: { object: IPSEC_CONFIG },
      description: "This tunnel's phase-two (IPsec) negotiation.",
      api: { key: 'TunnelIpsecConfig', form: 'flat' },
    },
    tunnelBgpConfig: {
      type: { object: TUNNEL_BGP_CONFIG },
      description: "This tunnel's BGP settings (BGP itself is switched on for both tunnels by `enableTunnelsBgp`).",
      api: { key: 'TunnelBgpConfig', form: 'flat' },
    },
  },
} as const satisfies ObjectDescriptor;

export const TUNNEL_STATUS = {
  name: 'VpnConnectionTunnel',
  description: 'A tunnel of a dual-tunnel IPsec connection as the service reports it.',
  props: {
    role: { type: { enum: ENUMS.TunnelRole }, description: 'The role of the tunnel: `master` or `slave`.', alwaysOutput: true, api: { key: 'Role', form: 'text' } },
    tunnelId: { type: 'string', description: 'The ID of the tunnel (`tun-…`).', alwaysOutput: true, api: { key: 'TunnelId', form: 'text' } },
    customerGatewayId: { type: 'string', description: "The ID of the tunnel's customer gateway.", api: { key: 'CustomerGatewayId', form: 'text' } },
    state: { type: 'string', description: 'The state of the tunnel as the service reports it.', api: { key: 'State', form: 'text' } },
    status: { type: 'string', description: 'The negotiation status of the tunnel.', api: { key: 'Status', form: 'text' } },
  },
} as const satisfies ObjectDescriptor;

/** The connection's inputs. */
export const RESOURCE_DESCRIPTION: string =
  [
  'An IPsec-VPN connection between an Alibaba Cloud VPN gateway and a customer gateway (the API\'s CreateVpnConnection: single-tunnel, or dual-tunnel with `tunnelOptions` on the gateways that take two tunnels). Standard and ShangMi (SM, NationalStandard) VPN gateways support different algorithms: see the nested configuration types.',
  'The provider validates every input before any API call, derives the request\'s ClientToken from the resource URN so that a retried or re-run create never makes a second connection, and keeps the pre-shared key secret in state whether it was given or generated by the service. Changing `vpnGatewayId`, `customerGatewayId` or `regionId` replaces the connection; every other input is updated in place.',
].join('\n\n');

export const VPN_CONNECTION = {
  name: 'VpnConnection',
  description: RESOURCE_DESCRIPTION,
  props: {
    vpnGatewayId: {
      type: 'string',
      description:
        'The ID of the VPN gateway. Changing it replaces the connection.',
      outputDescription:
        'The ID of the VPN gateway.',
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'VpnGatewayId', form: 'text' },
    },
    customerGatewayId: {
      type: 'string',
      description:
        'The ID of the customer gateway of a single-tunnel connection (required there; a dual-tunnel connection names one per tunnel in `tunnelOptions`). Changing it replaces the connection.',
      outputDescription:
        'The ID of the customer gateway of a single-tunnel connection.',
      replaceOnChange: true,
      tunnelForm: 'single',
      requiredInForm: true,
      api: { key: 'CustomerGatewayId', form: 'text' },
    },
    localSubnets: {
      type: 'string[]',
      description:
        'The local CIDR blocks: the CIDR blocks on the VPC side that communicate with the on-premises data center, used in phase-two negotiation. 1 to 10 IPv4 CIDR blocks; order does not matter.',
      outputDescription:
        'The local CIDR blocks: the CIDR blocks on the VPC side that communicate with the on-premises data center, used in phase-two negotiation.',
      required: true,
      alwaysOutput: true,
      limits: SUBNETS,
      api: { key: 'LocalSubnet', form: 'commaList' },
    },
    remoteSubnets: {
      type: 'string[]',
      description:
        'The remote CIDR blocks: the CIDR blocks of the on-premises data center, used in phase-two negotiation. 1 to 10 IPv4 CIDR blocks; order does not matter.',
      outputDescription:
        'The remote CIDR blocks: the CIDR blocks of the on-premises data center, used in phase-two negotiation.',
      required: true,
      alwaysOutput: true,
      limits: SUBNETS,
      api: { key: 'RemoteSubnet', form: 'commaList' },
    },
    name: {
      type: 'string',
      description:
        "The name of the IPsec connection: 1 to 100 characters (SDK 7.3.2's rule) or 2 to 128 starting with a letter or Chinese character with letters, digits, `.`, `_` and `-` (the API document's rule), never starting with `http://` or `https://`. The service is the authority: the provider accepts what either rule allows and shows the service's own error for the rest.",
      outputDescription:
        'The name of the IPsec connection.',
      api: { key: 'Name', form: 'text' },
    },
    effectImmediately: {
      type: 'boolean',
      description:
        'Whether to delete the IPsec tunnels already negotiated and start negotiating again. `true`: negotiate as soon as the configuration is complete. `false` (default): negotiate when traffic arrives.',
      outputDescription:
        'Whether negotiation starts as soon as the configuration is complete (`true`) or when traffic arrives (`false`).',
      default: false,
      api: { key: 'EffectImmediately', form: 'boolText' },
    },
    autoConfigRoute: {
      type: 'boolean',
      description:
        'Whether to configure routes automatically. `true` (default): configure routes automatically. `false`: do not.',
      outputDescription:
        'Whether routes are configured automatically.',
      default: true,
      api: { key: 'AutoConfigRoute', form: 'boolText' },
    },
    enableDpd: {
      type: 'boolean',
      description:
        'Whether dead peer detection (DPD) is enabled. `true` (default): the IPsec initiator sends DPD packets to check that the peer is alive; if no correct reply arrives within the set time, the peer is considered disconnected and the ISAKMP SA, the corresponding IPsec SA and the tunnel are deleted. `false`: no DPD packets are sent.',
      outputDescription:
        'Whether dead peer detection (DPD) is enabled.',
      default: true,
      tunnelForm: 'single',
      api: { key: 'EnableDpd', form: 'boolText' },
    },
    enableNatTraversal: {
      type: 'boolean',
      description:
        'Whether NAT traversal is enabled. `true` (default): IKE negotiation skips the check of UDP port numbers and NAT gateways on the path of the VPN tunnel are discovered. `false`: NAT traversal is disabled.',
      outputDescription:
        'Whether NAT traversal is enabled.',
      default: true,
      tunnelForm: 'single',
      api: { key: 'EnableNatTraversal', form: 'boolText' },
    },
    ikeConfig: {
      type: { object: IKE_CONFIG },
      description:
        'The configuration of phase-one (IKE) negotiation. Its `psk` is kept secret.',
      outputDescription:
        'The configuration of phase-one (IKE) negotiation, defaults resolved. Its `psk` (given or generated by the service) is secret.',
      tunnelForm: 'single',
      api: { key: 'IkeConfig', form: 'json' },
    },
    ipsecConfig: {
      type: { object: IPSEC_CONFIG },
      description:
        'The configuration of phase-two (IPsec) negotiation.',
      outputDescription:
        'The configuration of phase-two (IPsec) negotiation, defaults resolved.',
      tunnelForm: 'single',
      api: { key: 'IpsecConfig', form: 'json' },
    },
    healthCheckConfig: {
      type: { object: HEALTH_CHECK_CONFIG },
      description:
        'The health check configuration.',
      outputDescription:
        'The health check configuration, defaults resolved.',
      tunnelForm: 'single',
      api: { key: 'HealthCheckConfig', form: 'json', reportedAt: ['VcoHealthCheck'] },
    },
    bgpConfig: {
      type: { object: BGP_CONFIG },
      description:
        'The BGP configuration.',
      outputDescription:
        'The BGP configuration, defaults resolved.',
      tunnelForm: 'single',
      api: { key: 'BgpConfig', form: 'json', reportedAt: ['VpnBgpConfig'] },
    },
    remoteCaCertificate: {
      type: 'string',
      description:
        'The peer\'s CA certificate (PEM), required for an IPsec connection on a ShangMi (SM, NationalStandard) VPN gateway and not allowed on a standard gateway.',
      outputDescription:
        'The peer\'s CA certificate, for an IPsec connection on a ShangMi (SM) VPN gateway.',
      tunnelForm: 'single',
      api: { key: 'RemoteCaCertificate', form: 'text' },
    },
    regionId: regionIdProp('VPN gateway', 'connection'),
    tunnelOptions: {
      type: { arrayOf: TUNNEL_OPTIONS },
      description:
        'The two tunnels of a dual-tunnel connection (one `master`, one `slave`), each with its own customer gateway and IKE, IPsec and BGP settings. VPN gateways bought today in the main regions take only dual-tunnel connections. Set either this or the single-tunnel properties (`customerGatewayId`, `ikeConfig`, `ipsecConfig`, `healthCheckConfig`, `bgpConfig`, `enableDpd`, `enableNatTraversal`, `remoteCaCertificate`), never both. Tunnels are matched by role; a tunnel change updates the connection in place, a tunnel customer gateway change replaces it.',
      outputDescription:
        'The two tunnels of a dual-tunnel connection, `master` first, defaults resolved; each `tunnelIkeConfig.psk` (given or generated) is secret.',
      tunnelForm: 'dual',
      requiredInForm: true,
      api: { key: 'TunnelOptionsSpecification', form: 'flat', reportedAt: ['TunnelOptionsSpecification', 'TunnelOptions'] },
    },
    enableTunnelsBgp: {
      type: 'boolean',
      description:
        'Whether BGP is enabled on both tunnels of a dual-tunnel connection (each tunnel then needs `tunnelBgpConfig.tunnelCidr` and `localBgpIp`). Default: `false`. Dual-tunnel connections only.',
      default: false,
      tunnelForm: 'dual',
      api: { key: 'EnableTunnelsBgp', form: 'boolText' },
    },
    tags: tagsProp('VPN connection', 'Tags are set with the create and changed through TagResources/UnTagResources, never by modifying the connection.'),
  },
} as const satisfies ObjectDescriptor;

/** What the service computes; never inputs. */
export const VPN_CONNECTION_COMPUTED = {
  name: 'VpnConnection',
  description: 'The computed properties of an IPsec-VPN connection.',
  props: {
    vpnConnectionId: {
      type: 'string',
      description:
        'The ID of the IPsec connection (`vco-…`).',
      alwaysOutput: true,
      api: { key: 'VpnConnectionId', form: 'text' },
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
      api: { key: 'CreateTime', form: 'number' },
    },
    status: {
      type: 'string',
      description:
        'The negotiation status of the IPsec connection: `ike_sa_not_established`, `ike_sa_established`, `ipsec_sa_not_established` or `ipsec_sa_established`.',
      api: { key: 'Status', form: 'text' },
    },
    state: {
      type: 'string',
      description:
        'The state of the IPsec connection as the service reports it (`active` once settled).',
      api: { key: 'State', form: 'text' },
    },
    tunnels: {
      type: { arrayOf: TUNNEL_STATUS },
      description: 'The tunnels of a dual-tunnel connection as the service reports them (`master` first): ids, states and negotiation status.',
      api: { key: 'TunnelOptionsSpecification', form: 'flat', reportedAt: ['TunnelOptionsSpecification', 'TunnelOptions'] },
    },
  },
} as const satisfies ObjectDescriptor;

