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

export interface CreateVpnConnectionRequest extends VpnConnectionAttributes {
  regionId: string;
  vpnGatewayId: string;
  customerGatewayId: string;
  localSubnet: string;
  remoteSubnet: string;
  clientToken?: string;
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

/**
 * The DescribeVpnConnection body exactly as the service sends it (PascalCase keys, nested objects).
 * Only resources/vpnConnection/wire.ts interprets it.
 */
export type VpnConnectionBody = Readonly<Record<string, unknown>>;

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
}

export interface ListVpnConnectionsRequest {
  regionId: string;
  vpnGatewayId: string;
  customerGatewayId?: string;
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
}
