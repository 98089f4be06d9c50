// The VPC API's actions called by name through the official client's generic entry (openapi-core's callApi,
// which every generated method of @alicloud/vpc20160428 ends in), with parameters already in the API's flat
// form: signing, endpoints and transport are the official client's, and no model class is loaded.

import OpenApiClient, { $OpenApiUtil, OpenApiUtil } from '@alicloud/openapi-core';
import type { ApiBody, ApiParams } from './port';
import { VPC_ENDPOINT_MAP, VPC_ENDPOINT_RULE, VPC_PRODUCT_ID } from './vpcEndpoints';

export interface ApiResponse {
  statusCode?: number;
  body?: ApiBody;
}

const VERSION = '2016-04-28';
/**
 * The actions whose generated methods send a form body (possibly empty), and the parameters that travel in it
 * (the tunnel list); every other parameter travels in the query.
 */
const FORM_BODY_ACTIONS: ReadonlySet<string> = new Set(['CreateVpnConnection', 'ModifyVpnConnectionAttribute']);
const BODY_PREFIX = 'TunnelOptionsSpecification.';

type Runtime = Parameters<OpenApiClient['callApi']>[2];

export class VpcRpcClient extends OpenApiClient {
  constructor(config: $OpenApiUtil.Config) {
    super(config);
    this._endpointRule = VPC_ENDPOINT_RULE;
    this._endpointMap = { ...VPC_ENDPOINT_MAP };
    this.checkConfig(config);
    this._endpoint = this._endpoint ?? (VPC_ENDPOINT_MAP[this._regionId] || OpenApiUtil.getEndpointRules(VPC_PRODUCT_ID, this._regionId, this._endpointRule, this._network, this._suffix));
  }

  async call(action: string, params: ApiParams): Promise<ApiResponse> {
    const query: Record<string, string> = {};
    const body: Record<string, string> = {};
    const form = FORM_BODY_ACTIONS.has(action);
    for (const [k, v] of Object.entries(params)) (form && k.startsWith(BODY_PREFIX) ? body : query)[k] = v;
    const req = new $OpenApiUtil.OpenApiRequest(form ? { query: OpenApiUtil.query(query), body: OpenApiUtil.parseToMap(body) } : { query: OpenApiUtil.query(query) });
    const spec = new $OpenApiUtil.Params({
      action,
      version: VERSION,
      protocol: 'HTTPS',
      pathname: '/',
      method: 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    });
    const resp = (await this.callApi(spec, req, {} as Runtime)) as { statusCode?: number; body?: unknown };
    const out: ApiResponse = {};
    if (resp.statusCode !== undefined) out.statusCode = resp.statusCode;
    if (typeof resp.body === 'object' && resp.body !== null && !Array.isArray(resp.body)) out.body = resp.body as ApiBody;
    return out;
  }
}
