// The VpcPort over the official client's generic RPC entry (rpcClient.ts): each action called by name with
// the parameters it was given. Thin on purpose: no retries (retry.ts owns them), no interpretation of a
// connection's settings (the resource's descriptor owns that), errors normalised by errors.ts.

import Credential from '@alicloud/credentials';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import {
  CloudError,
  OperationAbortedError,
  VPN_CONNECTION_NOT_FOUND,
  VPN_GATEWAY_NOT_FOUND,
  invalidResponse,
  serviceError,
  toCloudError,
} from './errors';
import {
  ApiBody,
  ApiParams,
  ApiRequest,
  CreateVpnConnectionResult,
  DeleteVpnConnectionRequest,
  DescribeVpnConnectionRequest,
  DescribeVpnGatewayRequest,
  ListVpnConnectionsRequest,
  RequestOptions,
  TagVpnConnectionRequest,
  UntagVpnConnectionRequest,
  VpcPort,
  VpnGatewayInfo,
} from './port';
import { raceAbort } from './abort';
import { DefaultCredentialChain } from './credentialChain';
import { withErrorHints } from './errorHints';
import { ApiResponse, VpcRpcClient } from './rpcClient';
import { sdkTimeouts } from './sdkTimeouts';
import { ResolvedCloudSettings } from './settings';
import { SettingHint, plainSettingHint } from './settingHints';
import { tagParams, tagResourcesParams, unTagResourcesParams } from './tags';

export function createSdkClient(settings: ResolvedCloudSettings, hint: SettingHint = plainSettingHint): VpcRpcClient {
  const config = new $OpenApiUtil.Config({ protocol: settings.protocol, ...sdkTimeouts(settings) });
  if (settings.region !== undefined) config.regionId = settings.region;
  if (settings.endpoint !== undefined) config.endpoint = settings.endpoint;
  if (settings.credentials !== undefined) {
    config.accessKeyId = settings.credentials.accessKeyId;
    config.accessKeySecret = settings.credentials.accessKeySecret;
    if (settings.credentials.securityToken !== undefined) config.securityToken = settings.credentials.securityToken;
  } else {
    config.credential = new Credential(null, new DefaultCredentialChain(hint));
  }
  return new VpcRpcClient(config);
}

async function call<T>(action: string, fn: () => Promise<T>, opts?: RequestOptions, secrets?: readonly string[]): Promise<T> {
  try {
    // A request cannot be stopped: the socket finishes on its own read timeout.
    return await raceAbort(fn(), opts?.signal, 'request cancelled');
  } catch (e) {
    if (e instanceof OperationAbortedError) throw e;
    throw toCloudError(e, { action, secrets });
  }
}

function notFound(action: string, code: string, serviceMessage: string, requestId: string | undefined): CloudError {
  return serviceError({ code, statusCode: 404, requestId, serviceMessage }, { action });
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

export class SdkVpcPort implements VpcPort {
  readonly defaultRegion?: string;

  constructor(private readonly client: Pick<VpcRpcClient, 'call'>, defaultRegion?: string) {
    if (defaultRegion !== undefined) this.defaultRegion = defaultRegion;
  }

  private send(action: string, params: ApiParams, opts?: RequestOptions, secrets?: readonly string[]): Promise<ApiResponse> {
    return call(action, () => this.client.call(action, params), opts, secrets);
  }

  async call(action: string, req: ApiRequest, opts?: RequestOptions): Promise<ApiBody> {
    const resp = await this.send(action, req.params, opts, req.secrets);
    return resp.body ?? {};
  }

  async createVpnConnection(req: ApiRequest, opts?: RequestOptions): Promise<CreateVpnConnectionResult> {
    const action = 'CreateVpnConnection';
    const resp = await this.send(action, req.params, opts, req.secrets);
    const body = resp.body ?? {};
    const id = text(body.VpnConnectionId);
    if (id === undefined) throw invalidResponse('the body has no VpnConnectionId', { action }, resp.statusCode, text(body.RequestId));
    const out: CreateVpnConnectionResult = { vpnConnectionId: id };
    if (body.CreateTime !== undefined) out.createTime = Number(body.CreateTime);
    const name = text(body.Name);
    if (name !== undefined) out.name = name;
    const requestId = text(body.RequestId);
    if (requestId !== undefined) out.requestId = requestId;
    return out;
  }

  async modifyVpnConnectionAttribute(req: ApiRequest, opts?: RequestOptions): Promise<void> {
    await this.send('ModifyVpnConnectionAttribute', req.params, opts, req.secrets);
  }

  async deleteVpnConnection(req: DeleteVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    const params: Record<string, string> = { RegionId: req.regionId, VpnConnectionId: req.vpnConnectionId };
    if (req.clientToken !== undefined) params.ClientToken = req.clientToken;
    await this.send('DeleteVpnConnection', params, opts);
  }

  async describeVpnConnection(req: DescribeVpnConnectionRequest, opts?: RequestOptions): Promise<ApiBody> {
    const action = 'DescribeVpnConnection';
    const resp = await this.send(action, { RegionId: req.regionId, VpnConnectionId: req.vpnConnectionId }, opts);
    if (!resp.body) throw invalidResponse('the body is empty', { action }, resp.statusCode);
    // The service has answered an unknown id with an empty 200 (older behaviour Terraform still
    // guards against); a body about another connection is no answer about this one either.
    const answered = text(resp.body.VpnConnectionId);
    if (answered !== req.vpnConnectionId) {
      const why = answered ? `the answer describes ${answered}` : 'the answer names no connection';
      throw notFound(action, VPN_CONNECTION_NOT_FOUND, `The specified vpn connection instance id does not exist (${why}).`, text(resp.body.RequestId));
    }
    return resp.body;
  }

  async describeVpnGateway(req: DescribeVpnGatewayRequest, opts?: RequestOptions): Promise<VpnGatewayInfo> {
    const action = 'DescribeVpnGateway';
    const resp = await this.send(action, { RegionId: req.regionId, VpnGatewayId: req.vpnGatewayId }, opts);
    const b = resp.body ?? {};
    const id = text(b.VpnGatewayId);
    const status = text(b.Status);
    if (id === undefined || id !== req.vpnGatewayId || status === undefined) {
      // The real service answers an unknown id with 404; an empty body means the gateway is gone.
      throw notFound(action, VPN_GATEWAY_NOT_FOUND, 'The specified vpn gateway instance id does not exist (empty answer).', text(b.RequestId));
    }
    // The disaster-recovery fields come back only for gateways that take dual-tunnel connections.
    const dual = Boolean(b.DisasterRecoveryVSwitchId) || Boolean(b.DisasterRecoveryInternetIp);
    const info: VpnGatewayInfo = { vpnGatewayId: id, status, tunnelMode: dual ? 'dual' : 'single' };
    const businessStatus = text(b.BusinessStatus);
    if (businessStatus !== undefined) info.businessStatus = businessStatus;
    const vpnType = text(b.VpnType);
    if (vpnType !== undefined) info.vpnType = vpnType;
    const internetIp = text(b.InternetIp);
    if (internetIp !== undefined) info.internetIp = internetIp;
    return info;
  }

  async listVpnConnectionIds(req: ListVpnConnectionsRequest, opts?: RequestOptions): Promise<string[]> {
    const ids: string[] = [];
    const filters: Record<string, string> = {};
    if (req.customerGatewayId !== undefined) filters.CustomerGatewayId = req.customerGatewayId;
    if (req.vpnGatewayId !== undefined) filters.VpnGatewayId = req.vpnGatewayId;
    const tag = req.tag ? tagParams('Tag', [req.tag]) : {};
    for (let page = 1; ; page++) {
      const params = { ...filters, PageNumber: String(page), PageSize: String(PAGE_SIZE), RegionId: req.regionId, ...tag };
      const resp = await this.send('DescribeVpnConnections', params, opts);
      const list = (resp.body?.VpnConnections as { VpnConnection?: unknown } | undefined)?.VpnConnection;
      const items = Array.isArray(list) ? list : [];
      for (const c of items) {
        const id = text((c as Record<string, unknown> | null)?.VpnConnectionId);
        if (id !== undefined) ids.push(id);
      }
      const total = Number(resp.body?.TotalCount ?? 0);
      if (items.length < PAGE_SIZE || page * PAGE_SIZE >= total) return ids;
    }
  }

  /** No tags means no call: TagResources requires at least one. */
  async tagVpnConnection(req: TagVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    if (req.tags.length === 0) return;
    await this.send('TagResources', tagResourcesParams(req), opts);
  }

  /** No keys means no call: UnTagResources without TagKey (or with All) removes every tag. */
  async untagVpnConnection(req: UntagVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    if (req.tagKeys.length === 0) return;
    await this.send('UnTagResources', unTagResourcesParams(req), opts);
  }
}

const PAGE_SIZE = 50;

/** `hint` says how the caller's users set a value, for the messages that name the setting to fix. */
export function createVpcPort(settings: ResolvedCloudSettings, hint: SettingHint = plainSettingHint): VpcPort {
  const target = { ...settings, accessKeyId: settings.credentials?.accessKeyId };
  return withErrorHints(new SdkVpcPort(createSdkClient(settings, hint), settings.region), target, hint);
}
