// A VPN gateway's values in each shape the lifecycle needs, read from its descriptor: the parameters of
// CreateVpnGateway and ModifyVpnGatewayAttribute, outputs from a DescribeVpnGateway answer (with the values the
// service reports under other keys: Spec, IpsecVpn, SslVpn, ChargeType), the inputs a refresh or import
// reconstructs, and a preview's outputs.

import { CloudError, type ApiBody, type ApiParams } from '../../cloud';
import type { Prop } from '../../descriptor/property';
import { isPlainObject } from '../../descriptor/coerce';
import { fromBody, toParams } from '../../descriptor/wire';
import { PropertyMap, Unknown, isUnknown } from '../resource';
import { withoutProviderTags } from '../shared/providerTags';
import { PAYMENT_TYPES, VPN_GATEWAY, VPN_GATEWAY_COMPUTED } from './descriptor';

/** DeleteVpnGateway while connections use the gateway. */
export const GATEWAY_IN_USE = 'VpnDependencyViolation.VpnConnection';
/** DeleteVpnGateway of a Subscription gateway within its period. */
export const FORBIDDEN_RELEASE = 'ForbiddenRelease';

/** TagResources/UnTagResources name a VPN gateway this way. */
export const VPN_GATEWAY_RESOURCE_TYPE = 'VPNGATEWAY';

export const SECRET_PATHS: readonly string[] = [];

const PROPS: Readonly<Record<string, Prop>> = VPN_GATEWAY.props;

/** What ModifyVpnGatewayAttribute changes. */
export const MODIFIABLE: readonly string[] = ['vpnGatewayName', 'description', 'autoPropagate'];
/** What only ModifyVpnGatewayAttribute takes: set once the new gateway is active. */
export const AFTER_CREATE: readonly string[] = ['description', 'autoPropagate'];
/** Used at purchase only: never compared after the create. */
export const PURCHASE_ONLY: readonly string[] = ['period', 'autoPay'];

/** CreateVpnGateway's parameters (without the ClientToken), from checked inputs. */
export function createParams(inputs: PropertyMap): ApiParams {
  const params = toParams(VPN_GATEWAY, inputs, (k, p) => p.api?.form !== 'tags' && !AFTER_CREATE.includes(k));
  if (typeof inputs.paymentType === 'string') params.InstanceChargeType = PAYMENT_TYPES[inputs.paymentType]?.request ?? inputs.paymentType;
  return params;
}

/** ModifyVpnGatewayAttribute's parameters for the properties named. */
export function modifyParams(id: string, regionId: string, inputs: PropertyMap, changed: readonly string[]): ApiParams {
  return { ...toParams(VPN_GATEWAY, inputs, (k) => changed.includes(k)), RegionId: regionId, VpnGatewayId: id };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** `enable` / `disable` (IpsecVpn, SslVpn) as a boolean. */
function enabled(v: unknown): boolean | undefined {
  const s = text(v)?.toLowerCase();
  return s === 'enable' ? true : s === 'disable' ? false : undefined;
}

function paymentTypeOf(chargeType: unknown): string | undefined {
  const s = text(chargeType)?.toLowerCase();
  if (s === undefined) return undefined;
  return Object.entries(PAYMENT_TYPES).find(([, t]) => t.reported.includes(s))?.[0] ?? s;
}

/** The bandwidth in Mbit/s from Spec (`10M`, `10 M`, ` 10M`). */
function bandwidthOf(spec: unknown): number | undefined {
  const m = /^(\d+)\s*M/i.exec((text(spec) ?? (typeof spec === 'number' ? String(spec) : '')).trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * What a Describe answer says, as outputs: the user's tags only, the tunnel mode from the second vSwitch, the region
 * as asked, and the purchase-only inputs (which the service does not report) from `recorded`.
 */
export function outputsFromBody(body: ApiBody, regionId: string, recorded: PropertyMap = {}): PropertyMap {
  const out: PropertyMap = { ...fromBody(VPN_GATEWAY, body), ...fromBody(VPN_GATEWAY_COMPUTED, body), regionId };
  const reported: PropertyMap = {
    bandwidth: bandwidthOf(body.Spec),
    enableIpsec: enabled(body.IpsecVpn),
    enableSsl: enabled(body.SslVpn),
    paymentType: paymentTypeOf(body.ChargeType),
  };
  for (const [k, v] of Object.entries(reported)) if (v !== undefined) out[k] = v;
  out.tunnelMode = text(body.DisasterRecoveryVSwitchId) !== undefined || text(body.DisasterRecoveryInternetIp) !== undefined ? 'dual' : 'single';
  // SslMaxConnections is the input only with SSL-VPN on (it reads 0 otherwise).
  if (out.enableSsl === true && typeof out.sslMaxConnections === 'number') out.sslConnections = out.sslMaxConnections;
  else delete out.sslConnections;
  if (out.autoPropagate === undefined && typeof body.AutoPropagate === 'boolean') out.autoPropagate = body.AutoPropagate;
  for (const k of PURCHASE_ONLY) if (recorded[k] !== undefined && !isUnknown(recorded[k])) out[k] = recorded[k];
  out.tags = withoutProviderTags(out.tags ?? {});
  return out;
}

/** The live tags, the provider's own included (ownership). */
export function liveTags(body: ApiBody): Record<string, string> {
  const tags = fromBody({ name: 't', description: '', props: { tags: PROPS.tags } }, body)?.tags;
  return isPlainObject(tags) ? (tags as Record<string, string>) : {};
}

/** Values the service reports whether or not the program set them: an import writes them only when not the default. */
const DEFAULTED: Readonly<Record<string, unknown>> = { enableIpsec: true, enableSsl: false, networkType: 'public', vpnType: 'Normal', paymentType: 'PayAsYouGo', autoPropagate: false };

/** Refresh keeps the inputs the user set, with live values; import writes what a program needs to say. */
export function inputsFrom(outputs: PropertyMap, oldInputs: PropertyMap | undefined): PropertyMap {
  const inputs: PropertyMap = {};
  const given = oldInputs !== undefined && Object.keys(oldInputs).length > 0 ? oldInputs : undefined;
  for (const k of Object.keys(PROPS)) {
    const live = outputs[k];
    if (given !== undefined) {
      if (k in given) inputs[k] = live ?? given[k];
      continue;
    }
    if (live === undefined || (k in DEFAULTED && live === DEFAULTED[k])) continue;
    if (k === 'tags' && isPlainObject(live) && Object.keys(live).length === 0) continue;
    inputs[k] = live;
  }
  return inputs;
}

/** A preview's outputs: the inputs, and unknowns for what the service computes (kept from the old outputs on update). */
export function previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap {
  const out: PropertyMap = { ...inputs };
  for (const [k, p] of Object.entries(VPN_GATEWAY_COMPUTED.props)) {
    const old = oldOutputs?.[k];
    if (old !== undefined && !isUnknown(old)) out[k] = old;
    else if (k === 'tunnelMode' && !isUnknown(inputs.disasterRecoveryVswitchId)) out[k] = inputs.disasterRecoveryVswitchId === undefined ? 'single' : 'dual';
    else out[k] = new Unknown(p.type === 'number' || p.type === 'integer' ? 'number' : p.type === 'boolean' ? 'bool' : 'string');
  }
  return out;
}

export function hasCode(e: unknown, code: string): e is CloudError {
  return e instanceof CloudError && e.code === code;
}
