// Builders for dual-tunnel requests as a user writes them with the SDK: TunnelOptionsSpecification
// items (sent in the form body) with a master and a slave tunnel.
import type Client from '@alicloud/vpc20160428';
import {
  CreateVpnConnectionRequest, CreateVpnConnectionRequestTunnelOptionsSpecification as Tunnel,
  CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig as TunnelBgp,
  CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig as TunnelIke,
} from '@alicloud/vpc20160428';
import type { SeededGateways } from '../../support/emulator';

export type TunnelOverrides = Partial<ConstructorParameters<typeof Tunnel>[0] & object>;
export type DualOverrides = Partial<ConstructorParameters<typeof CreateVpnConnectionRequest>[0] & object>;

/** A master tunnel on the first customer gateway and a slave tunnel on the second (or the first). */
export function tunnelPair(gw: SeededGateways, master: TunnelOverrides = {}, slave: TunnelOverrides = {}): Tunnel[] {
  return [
    new Tunnel({ role: 'master', customerGatewayId: gw.customerGatewayIds[0], ...master }),
    new Tunnel({ role: 'slave', customerGatewayId: gw.customerGatewayIds[1] ?? gw.customerGatewayIds[0], ...slave }),
  ];
}

/** Per-tunnel BGP settings for a /30 given by its third octet: 169.254.<octet>.0/30, local .1. */
export function bgpIn(octet: number, localAsn = 65000): TunnelBgp {
  return new TunnelBgp({ localAsn, tunnelCidr: `169.254.${octet}.0/30`, localBgpIp: `169.254.${octet}.1` });
}

export function ikeWith(fields: ConstructorParameters<typeof TunnelIke>[0]): TunnelIke {
  return new TunnelIke(fields);
}

export function dualConnectionRequest(gw: SeededGateways, overrides: DualOverrides = {}): CreateVpnConnectionRequest {
  return new CreateVpnConnectionRequest({
    regionId: gw.regionId,
    vpnGatewayId: gw.vpnGatewayId,
    localSubnet: '10.1.0.0/24',
    remoteSubnet: '192.168.0.0/24',
    tunnelOptionsSpecification: tunnelPair(gw),
    ...overrides,
  });
}

export async function createDualConnection(client: Client, gw: SeededGateways, overrides: DualOverrides = {}): Promise<string> {
  return (await client.createVpnConnection(dualConnectionRequest(gw, overrides))).body!.vpnConnectionId!;
}
