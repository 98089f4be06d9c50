// The VpnConnection model: typed inputs and state, the allowed values and the documented defaults
// (../shared/seeds/CreateVpnConnection.md). Property names are lowerCamelCase mirrors of the API names;
// their descriptions and key lists are in fields.ts.

export const VPN_CONNECTION_TYPE = 'alicloudvpn:index:VpnConnection';

export const IKE_VERSIONS = ['ikev1', 'ikev2'] as const;
export const IKE_MODES = ['main', 'aggressive'] as const;
export const NORMAL_ENC_ALGS = ['aes', 'aes192', 'aes256', 'des', '3des'] as const;
export const NORMAL_AUTH_ALGS = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;
export const SM_ENC_ALGS = ['sm4'] as const;
export const SM_AUTH_ALGS = ['sm3'] as const;
export const ENC_ALGS = [...NORMAL_ENC_ALGS, ...SM_ENC_ALGS] as const;
export const AUTH_ALGS = [...NORMAL_AUTH_ALGS, ...SM_AUTH_ALGS] as const;
export const IKE_PFS_GROUPS = ['group1', 'group2', 'group5', 'group14'] as const;
export const IPSEC_PFS_GROUPS = ['group1', 'group2', 'group5', 'group14', 'disabled'] as const;

export const LIFETIME_MIN = 0;
export const LIFETIME_MAX = 86400;
export const SUBNETS_MIN = 1;
export const SUBNETS_MAX = 10;
export const NAME_MIN = 2;
export const NAME_MAX = 128;
export const PSK_MAX = 100;
export const IDENTITY_MAX = 100;
export const ASN_MIN = 1;
export const ASN_MAX = 4294967295;

/**
 * Which algorithm family a connection uses. The gateway's VpnType decides it on the service side;
 * check cannot ask the service, so it infers the family from the config (a remote CA certificate
 * only exists for SM gateways) and create confirms it against DescribeVpnGateway.
 */
export type GatewayFamily = 'Normal' | 'NationalStandard';

export interface IkeConfig {
  psk?: string;
  ikeVersion?: string;
  ikeMode?: string;
  ikeEncAlg?: string;
  ikeAuthAlg?: string;
  ikePfs?: string;
  ikeLifetime?: number;
  localId?: string;
  remoteId?: string;
}

export interface IpsecConfig {
  ipsecEncAlg?: string;
  ipsecAuthAlg?: string;
  ipsecPfs?: string;
  ipsecLifetime?: number;
}

export interface HealthCheckConfig {
  enable?: boolean;
  dip?: string;
  sip?: string;
  interval?: number;
  retry?: number;
}

export interface BgpConfig {
  enableBgp?: boolean;
  localAsn?: number;
  tunnelCidr?: string;
  localBgpIp?: string;
}

/** A dual-tunnel connection's tunnel BGP settings; BGP itself is switched on for both by enableTunnelsBgp. */
export interface TunnelBgpConfig {
  localAsn?: number;
  tunnelCidr?: string;
  localBgpIp?: string;
}

/** One tunnel of a dual-tunnel connection (the API's TunnelOptionsSpecification item). */
export interface TunnelOptions {
  role: string;
  customerGatewayId: string;
  enableDpd?: boolean;
  enableNatTraversal?: boolean;
  remoteCaCertificate?: string;
  tunnelIkeConfig?: IkeConfig;
  tunnelIpsecConfig?: IpsecConfig;
  tunnelBgpConfig?: TunnelBgpConfig;
}

/** What the service reports of a tunnel beyond its settings. */
export interface TunnelStatus {
  role: string;
  tunnelId: string;
  customerGatewayId?: string;
  state?: string;
  status?: string;
}

export interface VpnConnectionArgs {
  vpnGatewayId: string;
  /** Single-tunnel connections; a dual-tunnel one names a customer gateway per tunnel. */
  customerGatewayId?: string;
  localSubnets: string[];
  remoteSubnets: string[];
  name?: string;
  effectImmediately?: boolean;
  autoConfigRoute?: boolean;
  enableDpd?: boolean;
  enableNatTraversal?: boolean;
  ikeConfig?: IkeConfig;
  ipsecConfig?: IpsecConfig;
  healthCheckConfig?: HealthCheckConfig;
  bgpConfig?: BgpConfig;
  remoteCaCertificate?: string;
  regionId?: string;
  tunnelOptions?: TunnelOptions[];
  enableTunnelsBgp?: boolean;
  tags?: Record<string, string>;
}

/** What the service reports: every input with its default resolved, plus the computed fields. */
export interface VpnConnectionState extends VpnConnectionArgs {
  regionId: string;
  vpnConnectionId: string;
  /** The provider's generation tag (generation.ts): raised by a create that adopts the connection. */
  generation?: number;
  createTime?: number;
  status?: string;
  state?: string;
  tunnels?: TunnelStatus[];
}

/** Properties whose change forces a new connection (there is no API to move a connection). */
export const REPLACE_PROPERTIES = ['vpnGatewayId', 'customerGatewayId', 'regionId'] as const;

/** A tunnel's own customer gateway cannot be changed either. */
export const TUNNEL_REPLACE_PROPERTIES = ['customerGatewayId'] as const;

/** The tunnel roles, in the order tunnelOptions always has them. */
export const TUNNEL_ROLES = ['master', 'slave'] as const;

/**
 * The two forms of CreateVpnConnection: a gateway takes one or the other (dual-tunnel on gateways
 * with a disaster-recovery vSwitch, the default in the main regions today).
 */
export const SINGLE_TUNNEL_PROPERTIES = [
  'customerGatewayId',
  'ikeConfig',
  'ipsecConfig',
  'healthCheckConfig',
  'bgpConfig',
  'enableDpd',
  'enableNatTraversal',
  'remoteCaCertificate',
] as const;
export const DUAL_TUNNEL_PROPERTIES = ['tunnelOptions', 'enableTunnelsBgp'] as const;

/** Documented tag limits (TagResources, Tags.N on CreateVpnConnection). */
export const TAGS_MAX = 20;
export const TAG_KEY_MAX = 64;
export const TAG_VALUE_MAX = 128;
export const TAG_FORBIDDEN_PREFIXES = ['aliyun', 'acs:'] as const;

/** Documented defaults that do not depend on the gateway family. */
export const DEFAULTS = {
  effectImmediately: false,
  autoConfigRoute: true,
  enableDpd: true,
  enableNatTraversal: true,
  ikeVersion: 'ikev1',
  ikeMode: 'main',
  ikePfs: 'group2',
  ipsecPfs: 'group2',
  lifetime: 86400,
  healthCheckEnable: false,
  healthCheckInterval: 3,
  healthCheckRetry: 3,
  enableBgp: false,
  localAsn: 45104,
} as const;

export const FAMILY_DEFAULTS: Readonly<Record<GatewayFamily, { encAlg: string; authAlg: string }>> = {
  Normal: { encAlg: 'aes', authAlg: 'md5' },
  NationalStandard: { encAlg: 'sm4', authAlg: 'sm3' },
};
