// The port to the VPC API: one method per action the provider uses, plain request/response objects.
// Request fields mirror the SDK's request models (camelCase); JSON-string parameters arrive already
// serialised by the caller. Unit tests stub this interface; client.ts implements it over the SDK.

/** The settings Create and Modify share. */
export interface VpnConnectionAttributes {
  name?: string;
  effectImmediately?: boolean;
  autoConfigRoute?: boolean;
  enableDpd?: boolean;
  enableNatTraversal?: boolean;
  ikeConfig?: string;
  ipsecConfig?: string;
  healthCheckConfig?: string;
  bgpConfig?: string;
  remoteCaCertificate?: string;
}

/** One tunnel of a dual-tunnel connection, as the SDK's TunnelOptionsSpecification item (camelCase). */
export interface TunnelOptionsParams {
  /** Modify only: which tunnel the item changes. */
  tunnelId?: string;
  role?: string;
  customerGatewayId?: string;
  enableDpd?: boolean;
  enableNatTraversal?: boolean;
  remoteCaCertificate?: string;
  tunnelIkeConfig?: {
    psk?: string;
    ikeVersion?: string;
    ikeMode?: string;
    ikeEncAlg?: string;
    ikeAuthAlg?: string;
    ikePfs?: string;
    ikeLifetime?: number;
    localId?: string;
    remoteId?: string;
  };
  tunnelIpsecConfig?: { ipsecEncAlg?: string; ipsecAuthAlg?: string; ipsecPfs?: string; ipsecLifetime?: number };
  tunnelBgpConfig?: { localAsn?: number; tunnelCidr?: string; localBgpIp?: string };
}

export interface Tag {
  key: string;
  value: string;
}

export interface CreateVpnConnectionRequest extends VpnConnectionAttributes {
  regionId: string;
  vpnGatewayId: string;
  /** Single-tunnel connections only; a dual-tunnel connection names one per tunnel. */
  customerGatewayId?: string;
  localSubnet: string;
  remoteSubnet: string;
  clientToken?: string;
  tunnelOptionsSpecification?: TunnelOptionsParams[];
  enableTunnelsBgp?: boolean;
  /** Attached atomically with the create (Tags.N.Key / Tags.N.Value). */
  tags?: Tag[];
}

export interface CreateVpnConnectionResult {
  vpnConnectionId: string;
  createTime?: number;
  name?: string;
  requestId?: string;
}

export interface ModifyVpnConnectionAttributeRequest extends VpnConnectionAttributes {
  regionId: string;
  vpnConnectionId: string;
  clientToken?: string;
  localSubnet?: string;
  remoteSubnet?: string;
  /** Each item carries the TunnelId it changes. */
  tunnelOptionsSpecification?: TunnelOptionsParams[];
  enableTunnelsBgp?: boolean;
}

/** TagResources / UnTagResources with ResourceType=VPNCONNECTION. */
export interface TagVpnConnectionRequest {
  regionId: string;
  vpnConnectionId: string;
  tags: Tag[];
}

export interface UntagVpnConnectionRequest {
  regionId: string;
  vpnConnectionId: string;
  tagKeys: string[];
}

export interface DeleteVpnConnectionRequest {
  regionId: string;
  vpnConnectionId: string;
  clientToken?: string;
}

export interface DescribeVpnConnectionRequest {
  regionId: string;
  vpnConnectionId: string;
}

/** A value the service types loosely: numbers and booleans arrive as strings in the tunnel models. */
type Loose = string | number | boolean;

export interface IkeConfigBody {
  psk?: string;
  ikeVersion?: string;
  ikeMode?: string;
  ikeEncAlg?: string;
  ikeAuthAlg?: string;
  ikePfs?: string;
  ikeLifetime?: Loose;
  localId?: string;
  remoteId?: string;
}

export interface IpsecConfigBody {
  ipsecEncAlg?: string;
  ipsecAuthAlg?: string;
  ipsecPfs?: string;
  ipsecLifetime?: Loose;
}

export interface BgpConfigBody {
  enableBgp?: Loose;
  localAsn?: Loose;
  tunnelCidr?: string;
  localBgpIp?: string;
}

export interface TunnelBody {
  tunnelId?: string;
  role?: string;
  state?: string;
  status?: string;
  customerGatewayId?: string;
  enableDpd?: Loose;
  enableNatTraversal?: Loose;
  remoteCaCertificate?: string;
  tunnelIkeConfig?: IkeConfigBody;
  tunnelIpsecConfig?: IpsecConfigBody;
  tunnelBgpConfig?: BgpConfigBody;
}

/**
 * The DescribeVpnConnection body, typed once here as the SDK parses it (its DescribeVpnConnectionResponseBody,
 * camelCase). Only resources/vpnConnection/wire.ts interprets it. The service never reports AutoConfigRoute.
 */
export interface VpnConnectionBody {
  vpnConnectionId?: string;
  vpnGatewayId?: string;
  customerGatewayId?: string;
  localSubnet?: string;
  remoteSubnet?: string;
  name?: string;
  createTime?: Loose;
  status?: string;
  state?: string;
  effectImmediately?: Loose;
  enableDpd?: Loose;
  enableNatTraversal?: Loose;
  enableTunnelsBgp?: Loose;
  remoteCaCertificate?: string;
  ikeConfig?: IkeConfigBody;
  ipsecConfig?: IpsecConfigBody;
  vcoHealthCheck?: { enable?: Loose; dip?: string; sip?: string; interval?: Loose; retry?: Loose };
  vpnBgpConfig?: BgpConfigBody;
  tunnelOptionsSpecification?: { tunnelOptions?: TunnelBody[] };
  tags?: { tag?: { key?: string; value?: string }[] };
}

export interface DescribeVpnGatewayRequest {
  regionId: string;
  vpnGatewayId: string;
}

export interface VpnGatewayInfo {
  vpnGatewayId: string;
  /** init | provisioning | active | updating | deleting */
  status: string;
  /** Normal | FinancialLocked */
  businessStatus?: string;
  /** Normal | NationalStandard */
  vpnType?: string;
  internetIp?: string;
  /**
   * `dual` when DescribeVpnGateway reports a DisasterRecoveryVSwitchId or DisasterRecoveryInternetIp
   * (returned only for gateways that take dual-tunnel connections), else `single`.
   */
  tunnelMode: 'single' | 'dual';
}

export interface ListVpnConnectionsRequest {
  regionId: string;
  /** Unset: every gateway of the region. */
  vpnGatewayId?: string;
  customerGatewayId?: string;
  /** Only connections carrying this tag (DescribeVpnConnections' Tag.1.Key / Tag.1.Value). */
  tag?: Tag;
}

export interface RequestOptions {
  /** Stops waiting for the response (the request itself may still reach the service). */
  signal?: AbortSignal;
}

export interface VpcPort {
  /** The region requests use when nothing else names one (provider config / environment). */
  readonly defaultRegion?: string;
  createVpnConnection(req: CreateVpnConnectionRequest, opts?: RequestOptions): Promise<CreateVpnConnectionResult>;
  modifyVpnConnectionAttribute(req: ModifyVpnConnectionAttributeRequest, opts?: RequestOptions): Promise<void>;
  deleteVpnConnection(req: DeleteVpnConnectionRequest, opts?: RequestOptions): Promise<void>;
  describeVpnConnection(req: DescribeVpnConnectionRequest, opts?: RequestOptions): Promise<VpnConnectionBody>;
  describeVpnGateway(req: DescribeVpnGatewayRequest, opts?: RequestOptions): Promise<VpnGatewayInfo>;
  /** Ids of the connections on a gateway (optionally to one customer gateway): DescribeVpnConnections, every page. */
  listVpnConnectionIds(req: ListVpnConnectionsRequest, opts?: RequestOptions): Promise<string[]>;
  tagVpnConnection(req: TagVpnConnectionRequest, opts?: RequestOptions): Promise<void>;
  untagVpnConnection(req: UntagVpnConnectionRequest, opts?: RequestOptions): Promise<void>;
}
