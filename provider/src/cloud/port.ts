// The port to the VPC API: one method per action the provider uses. A connection's settings arrive as the
// API's own flat parameters, written by the resource's descriptor, and Describe answers leave as the service
// wrote them; the few addressing arguments (region, ids, tags) are plain objects. Unit tests stub this
// interface; client.ts implements it over the official client's generic RPC entry.

/** An action's parameters as the API names them (`TunnelOptionsSpecification.1.TunnelIkeConfig.Psk`), values as text. */
export type ApiParams = Readonly<Record<string, string>>;

/** A response body as the service writes it (PascalCase JSON); only the resource's descriptor interprets it. */
export type ApiBody = Readonly<Record<string, unknown>>;

/** A DescribeVpnConnection answer. */
export type VpnConnectionBody = ApiBody;

/** A Create or Modify: the parameters the resource's descriptor wrote, and the secret values among them (for masking). */
export interface ApiRequest {
  params: ApiParams;
  secrets: readonly string[];
}

export interface Tag {
  key: string;
  value: string;
}

export interface CreateVpnConnectionResult {
  vpnConnectionId: string;
  createTime?: number;
  name?: string;
  requestId?: string;
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
  /** Any action by name with the parameters a descriptor wrote; the answer's body as the service wrote it. */
  call(action: string, req: ApiRequest, opts?: RequestOptions): Promise<ApiBody>;
  createVpnConnection(req: ApiRequest, opts?: RequestOptions): Promise<CreateVpnConnectionResult>;
  modifyVpnConnectionAttribute(req: ApiRequest, opts?: RequestOptions): Promise<void>;
  deleteVpnConnection(req: DeleteVpnConnectionRequest, opts?: RequestOptions): Promise<void>;
  describeVpnConnection(req: DescribeVpnConnectionRequest, opts?: RequestOptions): Promise<VpnConnectionBody>;
  describeVpnGateway(req: DescribeVpnGatewayRequest, opts?: RequestOptions): Promise<VpnGatewayInfo>;
  /** Ids of the connections on a gateway (optionally to one customer gateway): DescribeVpnConnections, every page. */
  listVpnConnectionIds(req: ListVpnConnectionsRequest, opts?: RequestOptions): Promise<string[]>;
  tagVpnConnection(req: TagVpnConnectionRequest, opts?: RequestOptions): Promise<void>;
  untagVpnConnection(req: UntagVpnConnectionRequest, opts?: RequestOptions): Promise<void>;
}
