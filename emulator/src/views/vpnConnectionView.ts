// Response shapes for IPsec connections. Field names and JSON types follow the SDK's models
// (DescribeVpnConnectionResponseBody, DescribeVpnConnectionsResponseBody…VpnConnection,
// ModifyVpnConnectionAttributeResponseBody): configs are objects, lifetimes numbers at the top
// level but strings inside tunnel options, health-check Enable and EnableBgp are "true"/"false".
import { peerBgpIp } from '../models/connectionRules';
import { tunnelInternetIp } from '../models/tunnels';
import { RESOURCE_GROUP_ID } from './gatewayViews';
import type { CustomerGatewayRecord, TunnelRecord, VpnConnectionRecord, VpnGatewayRecord } from '../models/types';

export type ConnectionState = 'provisioning' | 'updating' | 'active' | 'deleted';

export function connectionState(conn: VpnConnectionRecord, now: number): ConnectionState {
  if (conn.Deleted) return 'deleted';
  if (now < conn.busyUntil) return conn.creating ? 'provisioning' : 'updating';
  return 'active';
}

/** Negotiation is modelled as completing once the gateway has applied the configuration. */
export function connectionStatus(conn: VpnConnectionRecord, now: number): string {
  return conn.Deleted || now < conn.busyUntil ? 'ike_sa_not_established' : 'ipsec_sa_established';
}

/** What the view needs besides the connection: its gateway and customer gateways, when still known. */
export interface ConnectionContext {
  readonly now: number;
  readonly gateway?: VpnGatewayRecord;
  readonly customerGateway: (id: string) => CustomerGatewayRecord | undefined;
}

const RESOURCE_GROUP = RESOURCE_GROUP_ID;

function bgpView(conn: VpnConnectionRecord, ctx: ConnectionContext) {
  const cgw = ctx.customerGateway(conn.CustomerGatewayId);
  const { EnableBgp, LocalAsn, TunnelCidr, LocalBgpIp } = conn.Bgp;
  const peerIp = TunnelCidr !== '' && LocalBgpIp !== '' ? peerBgpIp(LocalBgpIp, TunnelCidr) : '';
  return {
    EnableBgp: String(EnableBgp),
    LocalAsn,
    TunnelCidr,
    LocalBgpIp,
    ...(cgw?.Asn != null ? { PeerAsn: cgw.Asn } : {}),
    PeerBgpIp: peerIp,
    AuthKey: cgw?.AuthKey ?? '',
    Status: EnableBgp ? (connectionStatus(conn, ctx.now) === 'ipsec_sa_established' ? 'success' : 'false') : 'false',
  };
}

function healthCheckView(conn: VpnConnectionRecord, ctx: ConnectionContext) {
  const hc = conn.HealthCheck;
  return {
    Enable: String(hc.Enable),
    Dip: hc.Dip,
    Sip: hc.Sip,
    Interval: hc.Interval,
    Retry: hc.Retry,
    Policy: hc.Policy,
    Status: hc.Enable ? (connectionStatus(conn, ctx.now) === 'ipsec_sa_established' ? 'success' : 'failed') : '',
  };
}

function tunnelView(t: TunnelRecord, index: number, conn: VpnConnectionRecord, ctx: ConnectionContext) {
  const cgw = ctx.customerGateway(t.CustomerGatewayId);
  const b = t.BgpConfig;
  return {
    TunnelId: t.TunnelId,
    TunnelIndex: index + 1,
    Role: t.Role,
    State: connectionState(conn, ctx.now),
    Status: connectionStatus(conn, ctx.now),
    CustomerGatewayId: t.CustomerGatewayId,
    EnableDpd: String(t.EnableDpd),
    EnableNatTraversal: String(t.EnableNatTraversal),
    InternetIp: ctx.gateway ? tunnelInternetIp(ctx.gateway, t.Role) : '',
    RemoteCaCertificate: t.RemoteCaCertificate,
    ZoneNo: '',
    TunnelIkeConfig: { ...t.IkeConfig, IkeLifetime: String(t.IkeConfig.IkeLifetime) },
    TunnelIpsecConfig: { ...t.IpsecConfig, IpsecLifetime: String(t.IpsecConfig.IpsecLifetime) },
    TunnelBgpConfig: {
      BgpStatus: b.EnableBgp ? 'success' : 'false',
      LocalAsn: String(b.LocalAsn),
      LocalBgpIp: b.LocalBgpIp,
      TunnelCidr: b.TunnelCidr,
      PeerBgpIp: b.TunnelCidr !== '' && b.LocalBgpIp !== '' ? peerBgpIp(b.LocalBgpIp, b.TunnelCidr) : '',
      ...(cgw?.Asn != null ? { PeerAsn: String(cgw.Asn) } : {}),
    },
  };
}

function commonView(conn: VpnConnectionRecord, ctx: ConnectionContext) {
  return {
    VpnConnectionId: conn.VpnConnectionId,
    VpnGatewayId: conn.VpnGatewayId,
    CustomerGatewayId: conn.CustomerGatewayId,
    Name: conn.Name,
    LocalSubnet: conn.LocalSubnet,
    RemoteSubnet: conn.RemoteSubnet,
    CreateTime: conn.CreateTime,
    EffectImmediately: conn.EffectImmediately,
    EnableDpd: conn.EnableDpd,
    EnableNatTraversal: conn.EnableNatTraversal,
    EnableTunnelsBgp: conn.EnableTunnelsBgp,
    Status: connectionStatus(conn, ctx.now),
    State: connectionState(conn, ctx.now),
    IkeConfig: { ...conn.IkeConfig },
    IpsecConfig: { ...conn.IpsecConfig },
    VcoHealthCheck: healthCheckView(conn, ctx),
    VpnBgpConfig: bgpView(conn, ctx),
    RemoteCaCertificate: conn.RemoteCaCertificate,
    InternetIp: ctx.gateway?.InternetIp ?? '',
    NetworkType: 'public',
    Spec: ctx.gateway ? `${ctx.gateway.Bandwidth}M` : '',
    ZoneNo: '',
    AttachType: '',
    ResourceGroupId: RESOURCE_GROUP,
    TunnelOptionsSpecification: { TunnelOptions: conn.Tunnels.map((t, i) => tunnelView(t, i, conn, ctx)) },
  };
}

/** DescribeVpnConnection body (without RequestId). */
export function describeConnection(conn: VpnConnectionRecord, ctx: ConnectionContext) {
  return { ...commonView(conn, ctx), Tags: { Tag: conn.Tags.map((t) => ({ ...t })) } };
}

/** One item of DescribeVpnConnections: the list model names the tag wrapper `Tag`. */
export function listedConnection(conn: VpnConnectionRecord, ctx: ConnectionContext) {
  return { ...commonView(conn, ctx), Tag: { Tag: conn.Tags.map((t) => ({ ...t })) } };
}

/** ModifyVpnConnectionAttribute body: tunnel options carry booleans and numbers here. */
export function modifiedConnection(conn: VpnConnectionRecord, ctx: ConnectionContext) {
  const view = commonView(conn, ctx);
  return {
    VpnConnectionId: view.VpnConnectionId,
    VpnGatewayId: view.VpnGatewayId,
    CustomerGatewayId: view.CustomerGatewayId,
    Name: view.Name,
    Description: '',
    LocalSubnet: view.LocalSubnet,
    RemoteSubnet: view.RemoteSubnet,
    CreateTime: view.CreateTime,
    EffectImmediately: view.EffectImmediately,
    EnableDpd: view.EnableDpd,
    EnableNatTraversal: view.EnableNatTraversal,
    EnableTunnelsBgp: view.EnableTunnelsBgp,
    ResourceGroupId: view.ResourceGroupId,
    IkeConfig: view.IkeConfig,
    IpsecConfig: view.IpsecConfig,
    VcoHealthCheck: { Enable: view.VcoHealthCheck.Enable, Dip: view.VcoHealthCheck.Dip, Sip: view.VcoHealthCheck.Sip, Interval: view.VcoHealthCheck.Interval, Retry: view.VcoHealthCheck.Retry, Policy: view.VcoHealthCheck.Policy },
    VpnBgpConfig: view.VpnBgpConfig,
    TunnelOptionsSpecification: {
      TunnelOptions: conn.Tunnels.map((t) => ({
        TunnelId: t.TunnelId,
        Role: t.Role,
        State: connectionState(conn, ctx.now),
        CustomerGatewayId: t.CustomerGatewayId,
        EnableDpd: t.EnableDpd,
        EnableNatTraversal: t.EnableNatTraversal,
        InternetIp: ctx.gateway ? tunnelInternetIp(ctx.gateway, t.Role) : '',
        RemoteCaCertificate: t.RemoteCaCertificate,
        ZoneNo: '',
        TunnelIkeConfig: { ...t.IkeConfig },
        TunnelIpsecConfig: { ...t.IpsecConfig },
        TunnelBgpConfig: { LocalAsn: t.BgpConfig.LocalAsn, LocalBgpIp: t.BgpConfig.LocalBgpIp, TunnelCidr: t.BgpConfig.TunnelCidr },
      })),
    },
  };
}
