// The VpcPort over the official @alicloud/vpc20160428 client. Thin on purpose: no retries (retry.ts
// owns them), no interpretation of bodies (wire.ts owns that), errors normalised by errors.ts,
// nested request models built by tunnelParams.ts and tags.ts.

import Credential from '@alicloud/credentials';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { VpcClient, $Vpc } from './vpcSdk';
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
  CreateVpnConnectionRequest,
  CreateVpnConnectionResult,
  DeleteVpnConnectionRequest,
  DescribeVpnConnectionRequest,
  DescribeVpnGatewayRequest,
  ListVpnConnectionsRequest,
  ModifyVpnConnectionAttributeRequest,
  RequestOptions,
  TagVpnConnectionRequest,
  TunnelOptionsParams,
  UntagVpnConnectionRequest,
  VpcPort,
  VpnConnectionBody,
  VpnGatewayInfo,
} from './port';
import { raceAbort } from './abort';
import { DefaultCredentialChain } from './credentialChain';
import { withErrorHints } from './errorHints';
import { sdkTimeouts } from './sdkTimeouts';
import { ResolvedCloudSettings } from './settings';
import { SettingHint, plainSettingHint } from './settingHints';
import { createTags, tagResourcesRequest, unTagResourcesRequest } from './tags';
import { createTunnelOptions, modifyTunnelOptions, tunnelSecrets } from './tunnelParams';

export function createSdkClient(settings: ResolvedCloudSettings, hint: SettingHint = plainSettingHint): VpcClient {
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
  return new VpcClient(config);
}

/** The PSKs a Create/Modify carries, so error messages can mask every encoding of them. */
function requestSecrets(req: { ikeConfig?: string; tunnelOptionsSpecification?: readonly TunnelOptionsParams[] }): string[] {
  const out = tunnelSecrets(req.tunnelOptionsSpecification);
  if (req.ikeConfig !== undefined) {
    try {
      const ike = JSON.parse(req.ikeConfig) as Record<string, unknown> | null;
      if (typeof ike?.Psk === 'string') out.push(ike.Psk);
    } catch {
      // Not JSON: the service rejects it; the raw string may still be the secret.
      out.push(req.ikeConfig);
    }
  }
  return out;
}

async function call<T>(action: string, fn: () => Promise<T>, opts?: RequestOptions, secrets?: readonly string[]): Promise<T> {
  try {
    // The SDK cannot be stopped: the socket finishes on its own read timeout.
    return await raceAbort(fn(), opts?.signal, 'request cancelled');
  } catch (e) {
    if (e instanceof OperationAbortedError) throw e;
    throw toCloudError(e, { action, secrets });
  }
}

function notFound(action: string, code: string, serviceMessage: string, requestId: string | undefined): CloudError {
  return serviceError({ code, statusCode: 404, requestId, serviceMessage }, { action });
}

export class SdkVpcPort implements VpcPort {
  readonly defaultRegion?: string;

  constructor(private readonly client: VpcClient, defaultRegion?: string) {
    if (defaultRegion !== undefined) this.defaultRegion = defaultRegion;
  }

  async createVpnConnection(req: CreateVpnConnectionRequest, opts?: RequestOptions): Promise<CreateVpnConnectionResult> {
    const { tunnelOptionsSpecification, tags, ...scalars } = req;
    const sdkReq = new $Vpc.CreateVpnConnectionRequest({ ...scalars });
    if (tunnelOptionsSpecification?.length) sdkReq.tunnelOptionsSpecification = createTunnelOptions(tunnelOptionsSpecification);
    if (tags?.length) sdkReq.tags = createTags(tags);
    const action = 'CreateVpnConnection';
    const resp = await call(action, () => this.client.createVpnConnection(sdkReq), opts, requestSecrets(req));
    const body = resp.body;
    if (!body?.vpnConnectionId) throw invalidResponse('the body has no VpnConnectionId', { action }, resp.statusCode, body?.requestId);
    const out: CreateVpnConnectionResult = { vpnConnectionId: body.vpnConnectionId };
    if (body.createTime !== undefined) out.createTime = Number(body.createTime);
    if (body.name !== undefined) out.name = body.name;
    if (body.requestId !== undefined) out.requestId = body.requestId;
    return out;
  }

  async modifyVpnConnectionAttribute(req: ModifyVpnConnectionAttributeRequest, opts?: RequestOptions): Promise<void> {
    const { tunnelOptionsSpecification, ...scalars } = req;
    const sdkReq = new $Vpc.ModifyVpnConnectionAttributeRequest({ ...scalars });
    if (tunnelOptionsSpecification?.length) sdkReq.tunnelOptionsSpecification = modifyTunnelOptions(tunnelOptionsSpecification);
    await call('ModifyVpnConnectionAttribute', () => this.client.modifyVpnConnectionAttribute(sdkReq), opts, requestSecrets(req));
  }

  async deleteVpnConnection(req: DeleteVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    await call('DeleteVpnConnection', () => this.client.deleteVpnConnection(new $Vpc.DeleteVpnConnectionRequest({ ...req })), opts);
  }

  async describeVpnConnection(req: DescribeVpnConnectionRequest, opts?: RequestOptions): Promise<VpnConnectionBody> {
    const action = 'DescribeVpnConnection';
    const resp = await call(action, () => this.client.describeVpnConnection(new $Vpc.DescribeVpnConnectionRequest({ ...req })), opts);
    if (!resp.body) throw invalidResponse('the body is empty', { action }, resp.statusCode);
    // The service has answered an unknown id with an empty 200 (older behaviour Terraform still
    // guards against); a body about another connection is no answer about this one either.
    const answered = resp.body.vpnConnectionId;
    if (answered !== req.vpnConnectionId) {
      const why = answered ? `the answer describes ${answered}` : 'the answer names no connection';
      throw notFound(action, VPN_CONNECTION_NOT_FOUND, `The specified vpn connection instance id does not exist (${why}).`, resp.body.requestId);
    }
    return resp.body;
  }

  async describeVpnGateway(req: DescribeVpnGatewayRequest, opts?: RequestOptions): Promise<VpnGatewayInfo> {
    const action = 'DescribeVpnGateway';
    const resp = await call(action, () => this.client.describeVpnGateway(new $Vpc.DescribeVpnGatewayRequest({ ...req })), opts);
    const b = resp.body;
    if (!b?.vpnGatewayId || b.vpnGatewayId !== req.vpnGatewayId || !b.status) {
      // The real service answers an unknown id with 404; an empty body means the gateway is gone.
      throw notFound(action, VPN_GATEWAY_NOT_FOUND, 'The specified vpn gateway instance id does not exist (empty answer).', b?.requestId);
    }
    // The disaster-recovery fields come back only for gateways that take dual-tunnel connections.
    const dual = Boolean(b.disasterRecoveryVSwitchId) || Boolean(b.disasterRecoveryInternetIp);
    const info: VpnGatewayInfo = { vpnGatewayId: b.vpnGatewayId, status: b.status, tunnelMode: dual ? 'dual' : 'single' };
    if (b.businessStatus !== undefined) info.businessStatus = b.businessStatus;
    if (b.vpnType !== undefined) info.vpnType = b.vpnType;
    if (b.internetIp !== undefined) info.internetIp = b.internetIp;
    return info;
  }

  async listVpnConnectionIds(req: ListVpnConnectionsRequest, opts?: RequestOptions): Promise<string[]> {
    const ids: string[] = [];
    const { tag, ...filters } = req;
    const tags = tag ? [new $Vpc.DescribeVpnConnectionsRequestTag({ key: tag.key, value: tag.value })] : undefined;
    for (let page = 1; ; page++) {
      const resp = await call(
        'DescribeVpnConnections',
        () => this.client.describeVpnConnections(new $Vpc.DescribeVpnConnectionsRequest({ ...filters, tag: tags, pageNumber: page, pageSize: PAGE_SIZE })),
        opts,
      );
      const items = resp.body?.vpnConnections?.vpnConnection ?? [];
      for (const c of items) if (c.vpnConnectionId) ids.push(c.vpnConnectionId);
      const total = resp.body?.totalCount ?? 0;
      if (items.length < PAGE_SIZE || page * PAGE_SIZE >= total) return ids;
    }
  }

  /** No tags means no call: TagResources requires at least one. */
  async tagVpnConnection(req: TagVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    if (req.tags.length === 0) return;
    await call('TagResources', () => this.client.tagResources(tagResourcesRequest(req)), opts);
  }

  /** No keys means no call: UnTagResources without TagKey (or with All) removes every tag. */
  async untagVpnConnection(req: UntagVpnConnectionRequest, opts?: RequestOptions): Promise<void> {
    if (req.tagKeys.length === 0) return;
    await call('UnTagResources', () => this.client.unTagResources(unTagResourcesRequest(req)), opts);
  }
}

const PAGE_SIZE = 50;

/** `hint` says how the caller's users set a value, for the messages that name the setting to fix. */
export function createVpcPort(settings: ResolvedCloudSettings, hint: SettingHint = plainSettingHint): VpcPort {
  const target = { ...settings, accessKeyId: settings.credentials?.accessKeyId };
  return withErrorHints(new SdkVpcPort(createSdkClient(settings, hint), settings.region), target, hint);
}
