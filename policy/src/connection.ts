// The VPN connection as a policy sees it (checked inputs, defaults filled in by the provider), and the places where
// it negotiates: the connection itself (single tunnel) and each tunnel of a dual-tunnel connection.

export const VPN_CONNECTION_TYPE = 'alicloudvpn:index:VpnConnection';

export interface IkeConfig {
  psk?: string;
  ikeVersion?: string;
  ikeMode?: string;
  ikeEncAlg?: string;
  ikeAuthAlg?: string;
  ikePfs?: string;
  ikeLifetime?: number;
}

export interface IpsecConfig {
  ipsecEncAlg?: string;
  ipsecAuthAlg?: string;
  ipsecPfs?: string;
  ipsecLifetime?: number;
}

export interface TunnelOptions {
  role?: string;
  tunnelIkeConfig?: IkeConfig;
  tunnelIpsecConfig?: IpsecConfig;
}

export interface VpnConnectionProps {
  localSubnets?: string[];
  remoteSubnets?: string[];
  ikeConfig?: IkeConfig;
  ipsecConfig?: IpsecConfig;
  tunnelOptions?: TunnelOptions[];
}

/** One phase-one/phase-two pair, with the property paths a violation names (tunnels by role, as the report does). */
export interface Negotiation {
  /** "connection", "master tunnel", "slave tunnel". */
  scope: string;
  ikePath: string;
  ipsecPath: string;
  ike?: IkeConfig;
  ipsec?: IpsecConfig;
}

const DEFAULT_ROLES = ['master', 'slave'];

export function negotiations(props: VpnConnectionProps): Negotiation[] {
  const found: Negotiation[] = [];
  if (props.ikeConfig !== undefined || props.ipsecConfig !== undefined) {
    found.push({ scope: 'connection', ikePath: 'ikeConfig', ipsecPath: 'ipsecConfig', ike: props.ikeConfig, ipsec: props.ipsecConfig });
  }
  (props.tunnelOptions ?? []).forEach((tunnel, i) => {
    const role = typeof tunnel?.role === 'string' && /^[a-z]+$/.test(tunnel.role) ? tunnel.role : (DEFAULT_ROLES[i] ?? String(i));
    found.push({
      scope: `${role} tunnel`,
      ikePath: `tunnelOptions[${role}].tunnelIkeConfig`,
      ipsecPath: `tunnelOptions[${role}].tunnelIpsecConfig`,
      ike: tunnel?.tunnelIkeConfig,
      ipsec: tunnel?.tunnelIpsecConfig,
    });
  });
  return found;
}
