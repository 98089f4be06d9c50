// Tunnel options (port, camelCase) → the SDK's TunnelOptionsSpecification model instances.
// The SDK flattens this list into the form body through each model's toMap(), which is what turns
// `tunnelIkeConfig.psk` into `TunnelOptionsSpecification.1.TunnelIkeConfig.Psk`. A plain object
// assigned to the request after construction skips toMap and goes out under its camelCase keys,
// which the service ignores; so every level is built as its model class here, never left to chance.

import { $Vpc } from './vpcSdk';
import { TunnelOptionsParams } from './port';

type ModelClass<T> = new (map?: { [key: string]: unknown }) => T;

interface TunnelModels<T, Ike, Ipsec, Bgp> {
  tunnel: ModelClass<T>;
  ike: ModelClass<Ike>;
  ipsec: ModelClass<Ipsec>;
  bgp: ModelClass<Bgp>;
  /** Modify items name the tunnel they change; Create items have no TunnelId field. */
  withTunnelId: boolean;
}

function buildTunnels<T, Ike, Ipsec, Bgp>(items: readonly TunnelOptionsParams[], m: TunnelModels<T, Ike, Ipsec, Bgp>): T[] {
  return items.map((t) => {
    const ike = t.tunnelIkeConfig;
    const ipsec = t.tunnelIpsecConfig;
    const bgp = t.tunnelBgpConfig;
    return new m.tunnel({
      tunnelId: m.withTunnelId ? t.tunnelId : undefined,
      role: t.role,
      customerGatewayId: t.customerGatewayId,
      enableDpd: t.enableDpd,
      enableNatTraversal: t.enableNatTraversal,
      remoteCaCertificate: t.remoteCaCertificate,
      tunnelIkeConfig:
        ike &&
        new m.ike({
          psk: ike.psk,
          ikeVersion: ike.ikeVersion,
          ikeMode: ike.ikeMode,
          ikeEncAlg: ike.ikeEncAlg,
          ikeAuthAlg: ike.ikeAuthAlg,
          ikePfs: ike.ikePfs,
          ikeLifetime: ike.ikeLifetime,
          localId: ike.localId,
          remoteId: ike.remoteId,
        }),
      tunnelIpsecConfig:
        ipsec &&
        new m.ipsec({
          ipsecEncAlg: ipsec.ipsecEncAlg,
          ipsecAuthAlg: ipsec.ipsecAuthAlg,
          ipsecPfs: ipsec.ipsecPfs,
          ipsecLifetime: ipsec.ipsecLifetime,
        }),
      tunnelBgpConfig: bgp && new m.bgp({ localAsn: bgp.localAsn, tunnelCidr: bgp.tunnelCidr, localBgpIp: bgp.localBgpIp }),
    });
  });
}

export function createTunnelOptions(items: readonly TunnelOptionsParams[]): $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecification[] {
  return buildTunnels(items, {
    tunnel: $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecification,
    ike: $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig,
    ipsec: $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIpsecConfig,
    bgp: $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig,
    withTunnelId: false,
  });
}

export function modifyTunnelOptions(items: readonly TunnelOptionsParams[]): $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification[] {
  return buildTunnels(items, {
    tunnel: $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification,
    ike: $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig,
    ipsec: $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIpsecConfig,
    bgp: $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelBgpConfig,
    withTunnelId: true,
  });
}

/** The PSKs a tunnel list carries, so error messages can mask them. */
export function tunnelSecrets(items: readonly TunnelOptionsParams[] | undefined): string[] {
  const out: string[] = [];
  for (const t of items ?? []) if (t.tunnelIkeConfig?.psk) out.push(t.tunnelIkeConfig.psk);
  return out;
}
