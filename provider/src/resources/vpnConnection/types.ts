// The VpnConnection's TypeScript types, derived from its descriptor (descriptor.ts): inputs with their required
// properties, state with the properties the service always reports. Plus the facts that are not properties:
// the resource's type token and the gateway families.

import { enumValues, type Infer, type InferOutput } from '../../descriptor/property';
import type { BGP_CONFIG, HEALTH_CHECK_CONFIG, IKE_CONFIG, IPSEC_CONFIG, TUNNEL_BGP_CONFIG, TUNNEL_OPTIONS, TUNNEL_STATUS, VPN_CONNECTION, VPN_CONNECTION_COMPUTED } from './descriptor';
import { ENUMS } from './enums';

export const VPN_CONNECTION_TYPE = 'alicloudvpn:index:VpnConnection';

/**
 * Which algorithm family a connection uses. The gateway's VpnType decides it on the service side;
 * check cannot ask the service, so it infers the family from the config (a remote CA certificate
 * only exists for SM gateways) and create confirms it against DescribeVpnGateway.
 */
export type GatewayFamily = 'Normal' | 'NationalStandard';

export type IkeConfig = Infer<typeof IKE_CONFIG>;
export type IpsecConfig = Infer<typeof IPSEC_CONFIG>;
export type HealthCheckConfig = Infer<typeof HEALTH_CHECK_CONFIG>;
export type BgpConfig = Infer<typeof BGP_CONFIG>;
/** A dual-tunnel connection's tunnel BGP settings; BGP itself is switched on for both by enableTunnelsBgp. */
export type TunnelBgpConfig = Infer<typeof TUNNEL_BGP_CONFIG>;
/** One tunnel of a dual-tunnel connection (the API's TunnelOptionsSpecification item). */
export type TunnelOptions = Infer<typeof TUNNEL_OPTIONS>;
/** What the service reports of a tunnel beyond its settings. */
export type TunnelStatus = InferOutput<typeof TUNNEL_STATUS>;

export type VpnConnectionArgs = Infer<typeof VPN_CONNECTION>;

/** What the service reports: every input with its default resolved, plus the computed fields. */
export type VpnConnectionState = InferOutput<typeof VPN_CONNECTION> & InferOutput<typeof VPN_CONNECTION_COMPUTED>;

/** The tunnel roles, in the order tunnelOptions always has them. */
export const TUNNEL_ROLES: readonly string[] = enumValues(ENUMS.TunnelRole);
