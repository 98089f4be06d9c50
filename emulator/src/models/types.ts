// Stored records. Field names follow the API so the state dump reads like Describe output.

export type VpnType = 'Normal' | 'NationalStandard';
export type BusinessStatus = 'Normal' | 'FinancialLocked';
/** Which kind of IPsec connection a VPN gateway takes: the service decides it when the gateway is bought. */
export type TunnelMode = 'single' | 'dual';
export type NetworkType = 'public' | 'private';
export type InstanceChargeType = 'POSTPAY' | 'PREPAY';

export interface Tag {
  Key: string;
  Value: string;
}

export interface VpnGatewayRecord {
  VpnGatewayId: string;
  RegionId: string;
  VpcId: string;
  VSwitchId: string;
  Name: string;
  Description: string;
  VpnType: VpnType;
  BusinessStatus: BusinessStatus;
  InternetIp: string;
  /** Dual-tunnel gateways have a second vSwitch and a second public address (the slave tunnel's). */
  TunnelMode: TunnelMode;
  DisasterRecoveryVSwitchId: string;
  DisasterRecoveryInternetIp: string;
  Bandwidth: number;
  /** public or private (an encrypted private connection over Express Connect). */
  NetworkType: NetworkType;
  EnableIpsec: boolean;
  EnableSsl: boolean;
  SslConnections: number;
  /** The API's POSTPAY (pay-as-you-go) or PREPAY (subscription). */
  InstanceChargeType: InstanceChargeType;
  /** Months of a PREPAY gateway; 0 for POSTPAY. */
  Period: number;
  AutoPropagate: boolean;
  CreateTime: number;
  /** `init` until this instant (ms): the order is being placed. */
  initUntil: number;
  /** A PREPAY gateway bought without AutoPay stays `init`: its order is never paid here. */
  awaitingPayment: boolean;
  /** Provisioning until this instant (ms). */
  readyAt: number;
  /** Updating until this instant (ms), set by each mutation under the gateway. */
  busyUntil: number;
  /** Set by DeleteVpnGateway: deleting until this instant, gone afterwards. */
  deleteAt: number | null;
  Tags: Tag[];
}

export interface CustomerGatewayRecord {
  CustomerGatewayId: string;
  RegionId: string;
  IpAddress: string;
  Asn: number | null;
  AuthKey: string;
  Name: string;
  Description: string;
  CreateTime: number;
  Tags: Tag[];
}

export interface IkeConfig {
  IkeVersion: string;
  IkeMode: string;
  IkeEncAlg: string;
  IkeAuthAlg: string;
  IkePfs: string;
  IkeLifetime: number;
  LocalId: string;
  RemoteId: string;
  Psk: string;
}

export interface IpsecConfig {
  IpsecEncAlg: string;
  IpsecAuthAlg: string;
  IpsecPfs: string;
  IpsecLifetime: number;
}

/** What happens to the advertised routes when the health check fails: withdrawn, or kept. */
export type HealthCheckPolicy = 'revoke_route' | 'reserve_route';

export interface HealthCheckConfig {
  Enable: boolean;
  Dip: string;
  Sip: string;
  Interval: number;
  Retry: number;
  Policy: HealthCheckPolicy;
}

export interface BgpConfig {
  EnableBgp: boolean;
  LocalAsn: number;
  TunnelCidr: string;
  LocalBgpIp: string;
}

export interface TunnelRecord {
  TunnelId: string;
  Role: 'master' | 'slave';
  CustomerGatewayId: string;
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  RemoteCaCertificate: string;
  IkeConfig: IkeConfig;
  IpsecConfig: IpsecConfig;
  BgpConfig: BgpConfig;
}

export interface VpnConnectionRecord {
  VpnConnectionId: string;
  RegionId: string;
  VpnGatewayId: string;
  /** Empty for dual-tunnel connections, whose customer gateways live on the tunnels. */
  CustomerGatewayId: string;
  Name: string;
  LocalSubnet: string;
  RemoteSubnet: string;
  EffectImmediately: boolean;
  AutoConfigRoute: boolean;
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  EnableTunnelsBgp: boolean;
  IkeConfig: IkeConfig;
  IpsecConfig: IpsecConfig;
  HealthCheck: HealthCheckConfig;
  Bgp: BgpConfig;
  RemoteCaCertificate: string;
  Tags: Tag[];
  Tunnels: TunnelRecord[];
  CreateTime: number;
  /** State stays provisioning/updating until this instant. */
  busyUntil: number;
  /** The last mutation was a create (provisioning) rather than a modify (updating). */
  creating: boolean;
  Deleted: boolean;
  DeleteTime: number | null;
}

/** A ClientToken remembered with the request it arrived with and the answer given. */
export interface IdempotencyRecord {
  RegionId: string;
  Action: string;
  ClientToken: string;
  Fingerprint: string;
  Result: Record<string, unknown>;
}

/** dbr: destination-based (CreateVpnRouteEntry); pbr: policy-based (CreateVpnPbrRouteEntry). */
export type RouteKind = 'dbr' | 'pbr';

export interface VpnRouteEntryRecord {
  Kind: RouteKind;
  RegionId: string;
  VpnGatewayId: string;
  /** Policy-based routes only; "" for destination-based ones. */
  RouteSource: string;
  RouteDest: string;
  /** A live IPsec connection of the gateway. */
  NextHop: string;
  Weight: number;
  /** Policy-based routes only; 0 for destination-based ones. */
  Priority: number;
  PublishVpc: boolean;
  Description: string;
  OverlayMode: string;
  CreateTime: number;
}
