// The VpcPort over the official @alicloud/vpc20160428 client. Thin on purpose: no retries (retry.ts
// owns them), no interpretation of bodies (wire.ts owns that), errors normalised by errors.ts.

import Credential from '@alicloud/credentials';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient, * as $Vpc from '@alicloud/vpc20160428';
import { OperationAbortedError, toCloudError } from './errors';
import {
  CreateVpnConnectionRequest,
  CreateVpnConnectionResult,
  DeleteVpnConnectionRequest,
  DescribeVpnConnectionRequest,
  DescribeVpnGatewayRequest,
  ListVpnConnectionsRequest,
  ModifyVpnConnectionAttributeRequest,
  RequestOptions,
  VpcPort,
  VpnConnectionBody,
  VpnGatewayInfo,
} from './port';
import { ResolvedCloudSettings } from './settings';

export function createSdkClient(settings: ResolvedCloudSettings): VpcClient {
  const config = new $OpenApiUtil.Config({
    protocol: settings.protocol,
    connectTimeout: settings.connectTimeoutMs,
    readTimeout: settings.readTimeoutMs,
  });
  if (settings.region !== undefined) config.regionId = settings.region;
  if (settings.endpoint !== undefined) config.endpoint = settings.endpoint;
  if (settings.credentials !== undefined) {
    config.accessKeyId = settings.credentials.accessKeyId;
    config.accessKeySecret = settings.credentials.accessKeySecret;
    if (settings.credentials.securityToken !== undefined) config.securityToken = settings.credentials.securityToken;
  } else {
    config.credential = new Credential();
  }
  return new VpcClient(config);
}

/** Stops waiting for the SDK when the caller aborts; the socket finishes on its own read timeout. */
function abortable<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new OperationAbortedError('request cancelled', 'cancelled'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new OperationAbortedError('request cancelled', 'cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

async function call<T>(fn: () => Promise<T>, opts?: RequestOptions): Promise<T> {
  try {
    return await abortable(fn(), opts?.signal);
  } catch (e) {
    if (e instanceof OperationAbortedError) throw e;
    throw toCloudError(e);
  }
}

export class SdkVpcPort implements VpcPort {
  readonly defaultRegion?: string;

  constructor(private readonly client: VpcClient, defaultRegion?: string) {
    if (defaultRegion !== undefined) this.defaultRegion = defaultRegion;
  }

  async createVpnConnection(req: CreateVpnConnectionRequest, opts?: RequestOptions): Promise<CreateVpnConnectionResult> {
    const resp = await call(() => this.client.createVpnConnection(new $Vpc.CreateVpnConnectionRequest({ ...req })), opts);
    const body = resp.body;
    if (!body?.vpnConnectionId) throw toCloudError(new SyntaxError('CreateVpnConnection response has no VpnConnectionId'));
    const out: CreateVpnConnectionResult = { vpnConnectionId: body.vpnConnectionId };
    if (body.createTime !== undefined) out.createTime = Number(body.createTime);
    if (body.name !== undefined) out.name = body.name;
    if (body.requestId !== undefined) out.requestId = body.requestId;
    return out;
  }

  async modifyVpnConnectionAttribute(req: ModifyVpnConnectionAttributeRequest, opts?: RequestOptions): Promise<void> {
    await call(() => this.client.modifyVpnConnectionAttribute(new $Vpc.ModifyVpnConnectionAttributeRequest({ ...req })), opts);
  }

  async deleteVpnConnection(req: DeleteVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    await call(() => this.client.deleteVpnConnection(new $Vpc.DeleteVpnConnectionRequest({ ...req })), opts);
  }

  async describeVpnConnection(req: DescribeVpnConnectionRequest, opts?: RequestOptions): Promise<VpnConnectionBody> {
    const resp = await call(() => this.client.describeVpnConnection(new $Vpc.DescribeVpnConnectionRequest({ ...req })), opts);
    if (!resp.body) throw toCloudError(new SyntaxError('DescribeVpnConnection response has no body'));
    // toMap gives the body back under the service's own (PascalCase) names.
    return resp.body.toMap() as VpnConnectionBody;
  }

  async describeVpnGateway(req: DescribeVpnGatewayRequest, opts?: RequestOptions): Promise<VpnGatewayInfo> {
    const resp = await call(() => this.client.describeVpnGateway(new $Vpc.DescribeVpnGatewayRequest({ ...req })), opts);
    const b = resp.body;
    if (!b?.vpnGatewayId || !b.status) {
      // The real service answers an unknown id with 404; an empty body means the gateway is gone.
      throw toCloudError({ code: 'InvalidVpnGatewayInstanceId.NotFound', statusCode: 404, message: `VPN gateway ${req.vpnGatewayId} not found` });
    }
    const info: VpnGatewayInfo = { vpnGatewayId: b.vpnGatewayId, status: b.status };
    if (b.businessStatus !== undefined) info.businessStatus = b.businessStatus;
    if (b.vpnType !== undefined) info.vpnType = b.vpnType;
    if (b.internetIp !== undefined) info.internetIp = b.internetIp;
    return info;
  }

  async listVpnConnectionIds(req: ListVpnConnectionsRequest, opts?: RequestOptions): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const resp = await call(
        () => this.client.describeVpnConnections(new $Vpc.DescribeVpnConnectionsRequest({ ...req, pageNumber: page, pageSize: PAGE_SIZE })),
        opts,
      );
      const items = resp.body?.vpnConnections?.vpnConnection ?? [];
      for (const c of items) if (c.vpnConnectionId) ids.push(c.vpnConnectionId);
      const total = resp.body?.totalCount ?? 0;
      if (items.length < PAGE_SIZE || page * PAGE_SIZE >= total) return ids;
    }
  }
}

const PAGE_SIZE = 50;

export function createVpcPort(settings: ResolvedCloudSettings): VpcPort {
  return new SdkVpcPort(createSdkClient(settings), settings.region);
}
