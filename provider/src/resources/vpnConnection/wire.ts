// Typed model ↔ the API's parameters and answers, read from the descriptor (descriptor.ts): which properties a
// Create and a Modify send (by tunnel form, replace flag and createOnly), and what a Describe answer holds. The
// keys, the value forms and the secrets come from the descriptor; this file only knows the actions' shapes.

import type { ApiBody, ApiRequest, Tag } from '../../cloud';
import { isPlainObject } from '../../descriptor/coerce';
import type { Prop } from '../../descriptor/property';
import { fromBody, secretValues, toParams } from '../../descriptor/wire';
import { TUNNEL_OPTIONS, VPN_CONNECTION, VPN_CONNECTION_COMPUTED } from './descriptor';
import { TUNNEL_ROLES, TunnelOptions, TunnelStatus, VpnConnectionArgs, VpnConnectionState } from './types';

type Args = VpnConnectionArgs & { regionId: string };

/** The tunnel form whose properties a connection's args carry. */
function inForm(a: VpnConnectionArgs): (name: string, p: Prop) => boolean {
  const form = a.tunnelOptions !== undefined ? 'dual' : 'single';
  return (_name, p) => p.tunnelForm === undefined || p.tunnelForm === form;
}

function request(params: Record<string, string>, a: VpnConnectionArgs): ApiRequest {
  return { params, secrets: secretValues(VPN_CONNECTION, a) };
}

/** CreateVpnConnection's parameters: every property of the connection's form, and `extraTags` after the user's. */
export function toCreateRequest(a: Args, extraTags: readonly Tag[] = []): ApiRequest {
  const tags = { ...(a.tags ?? {}), ...Object.fromEntries(extraTags.map((t) => [t.key, t.value])) };
  const withTags = { ...a, tags: Object.keys(tags).length > 0 ? tags : undefined };
  return request(toParams(VPN_CONNECTION, withTags, inForm(a)), a);
}

/**
 * ModifyVpnConnectionAttribute's parameters: everything but what replaces the connection and what changes
 * through other actions (tags). Each tunnel is named by its TunnelId (from the state last read), never by role,
 * and leaves its customer gateway alone: changing that replaces the connection.
 */
export function toModifyRequest(vpnConnectionId: string, a: Args, tunnelIds: Readonly<Record<string, string>> = {}): ApiRequest {
  const form = inForm(a);
  const settings = (name: string, p: Prop): boolean => form(name, p) && p.replaceOnChange !== true && p.api?.createOnly !== true && name !== 'tunnelOptions';
  const params: Record<string, string> = { RegionId: a.regionId, VpnConnectionId: vpnConnectionId, ...toParams(VPN_CONNECTION, a, settings) };
  const tunnelsKey = VPN_CONNECTION.props.tunnelOptions.api.key;
  (a.tunnelOptions ?? []).forEach((t, i) => {
    const tunnelId = tunnelIds[t.role];
    if (tunnelId === undefined) throw new Error(`tunnelOptions: the connection ${vpnConnectionId} reports no ${t.role} tunnel; run \`pulumi refresh\``);
    const prefix = `${tunnelsKey}.${i + 1}.`;
    params[`${prefix}TunnelId`] = tunnelId;
    toParams(TUNNEL_OPTIONS, t, (name, p) => p.replaceOnChange !== true && name !== 'role', prefix, params);
  });
  return request(params, a);
}

/** The request with its ClientToken. */
export function withClientToken(req: ApiRequest, clientToken: string): ApiRequest {
  return { ...req, params: { ...req.params, ClientToken: clientToken } };
}

// ---- DescribeVpnConnection → typed state ----

function byRole<T extends { role: string }>(list: T[]): T[] {
  const rank = (r: string): number => {
    const i = TUNNEL_ROLES.indexOf(r);
    return i < 0 ? TUNNEL_ROLES.length : i;
  };
  return [...list].sort((x, y) => rank(x.role) - rank(y.role));
}

/** The connection id a Describe answer names. */
export function describedId(body: ApiBody): string | undefined {
  const id = fromBody(VPN_CONNECTION_COMPUTED, body)?.vpnConnectionId;
  return typeof id === 'string' ? id : undefined;
}

/** The live tags a Describe answer shows (the provider's own among them). */
export function describedTags(body: ApiBody): Readonly<Record<string, string>> {
  const tags = fromBody(VPN_CONNECTION, body)?.tags;
  return isPlainObject(tags) ? (tags as Record<string, string>) : {};
}

/**
 * The typed state of a DescribeVpnConnection body. Properties the body does not carry (the API
 * never reports AutoConfigRoute) stay undefined for the caller to fill from what it sent; the
 * properties of the other tunnel form are dropped.
 */
export function fromDescribe(body: ApiBody, regionId: string): VpnConnectionState {
  const inputs = (fromBody(VPN_CONNECTION, body) ?? {}) as Partial<VpnConnectionArgs>;
  const computed = (fromBody(VPN_CONNECTION_COMPUTED, body) ?? {}) as Partial<VpnConnectionState>;
  const tunnelOptions = inputs.tunnelOptions?.map((t) => ({ ...t, role: t.role ?? '', customerGatewayId: t.customerGatewayId ?? '' }) as TunnelOptions);
  const dual = tunnelOptions !== undefined;
  const state: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(VPN_CONNECTION.props as Readonly<Record<string, Prop>>)) {
    const v = (inputs as Record<string, unknown>)[k];
    if (v !== undefined && (p.tunnelForm === undefined || p.tunnelForm === (dual ? 'dual' : 'single'))) state[k] = v;
  }
  const tunnels = computed.tunnels?.map((t) => ({ ...t, role: t.role ?? '', tunnelId: t.tunnelId ?? '', customerGatewayId: t.customerGatewayId ?? '' }) as TunnelStatus);
  Object.assign(state, computed, {
    regionId,
    vpnConnectionId: computed.vpnConnectionId ?? '',
    vpnGatewayId: inputs.vpnGatewayId ?? '',
    localSubnets: inputs.localSubnets ?? [],
    remoteSubnets: inputs.remoteSubnets ?? [],
    ...(dual ? { tunnelOptions: byRole(tunnelOptions), tunnels: tunnels && byRole(tunnels) } : { customerGatewayId: inputs.customerGatewayId ?? '', tunnels: undefined }),
  });
  for (const k of Object.keys(state)) if (state[k] === undefined) delete state[k];
  return state as VpnConnectionState;
}
