// Diff: checked new inputs against the old outputs (the live state as last read), path by path.
// Only properties the user sets are compared, so values the service fills in (a generated PSK,
// LocalId/RemoteId defaulting to the gateway IPs) never show as changes. No API calls.

import { DiffResult, PropertyDiff, PropertyMap, isUnknown } from '../resource';
import { isPlainObject, isSet } from '../../descriptor/coerce';
import { DiffRequest, compareScalar, compareTags, diffResult, sameValue } from '../../descriptor/diff';
import { NESTED_KEYS, REPLACE_PROPERTIES, TOP_LEVEL_INPUTS, TUNNEL_KEYS, TUNNEL_NESTED, TUNNEL_REPLACE_PROPERTIES } from './fields';

export { DiffRequest, sameValue };

const SET_PROPERTIES = ['localSubnets', 'remoteSubnets'];

function isReplaceProperty(k: string): boolean {
  return (REPLACE_PROPERTIES as readonly string[]).includes(k);
}

/** A list item as comparable text; state edited by hand may hold anything, and String() can throw. */
function asText(item: unknown): string {
  return typeof item === 'string' ? item : (JSON.stringify(item) ?? 'undefined');
}

/** Subnet lists are sets: order never matters; each added or removed block gets its own path. */
function compareSet(path: string, next: unknown, prev: unknown, out: Record<string, PropertyDiff>): void {
  if (!isSet(next)) return;
  if (isUnknown(next) || !Array.isArray(next)) {
    out[path] = { kind: 'update', inputDiff: false };
    return;
  }
  const prevList = Array.isArray(prev) ? prev : [];
  const prevSet = new Set(prevList.map(asText));
  const nextSet = new Set(next.filter((x) => !isUnknown(x)).map(asText));
  next.forEach((item, i) => {
    if (isUnknown(item)) out[`${path}[${i}]`] = { kind: 'update', inputDiff: false };
    else if (!prevSet.has(asText(item))) out[`${path}[${i}]`] = { kind: 'add', inputDiff: false };
  });
  if (next.some(isUnknown)) return;
  prevList.forEach((item, i) => {
    if (nextSet.has(asText(item))) return;
    // An added block at the same index makes that index an update rather than two entries.
    const p = `${path}[${i}]`;
    out[p] = { kind: out[p] !== undefined ? 'update' : 'delete', inputDiff: false };
  });
}

/** A nested object: each key the user sets, compared on its own path. */
function compareObject(path: string, next: unknown, prev: unknown, keys: readonly string[], out: Record<string, PropertyDiff>): void {
  if (!isSet(next)) return;
  if (isUnknown(next) || !isPlainObject(next)) {
    out[path] = { kind: 'update', inputDiff: false };
    return;
  }
  const prevObj = isPlainObject(prev) ? prev : {};
  for (const k of keys) compareScalar(`${path}.${k}`, next[k], prevObj[k], false, out);
}

/** Tunnels are in role order on both sides (check sorts them), so index i is the same tunnel. */
function compareTunnels(next: unknown, prev: unknown, out: Record<string, PropertyDiff>): void {
  if (!isSet(next)) return;
  if (isUnknown(next) || !Array.isArray(next)) {
    out.tunnelOptions = { kind: 'update', inputDiff: false };
    return;
  }
  const prevList = Array.isArray(prev) ? prev : [];
  next.forEach((t, i) => {
    const p = `tunnelOptions[${i}]`;
    if (isUnknown(t) || !isPlainObject(t)) {
      out[p] = { kind: 'update', inputDiff: false };
      return;
    }
    const old = isPlainObject(prevList[i]) ? prevList[i] : {};
    for (const k of TUNNEL_KEYS) {
      if (Object.hasOwn(TUNNEL_NESTED, k)) {
        const keys = isPlainObject(t[k]) ? Object.keys(t[k] as object) : [];
        compareObject(`${p}.${k}`, t[k], old[k], keys, out);
      } else compareScalar(`${p}.${k}`, t[k], old[k], (TUNNEL_REPLACE_PROPERTIES as readonly string[]).includes(k), out);
    }
  });
}

export function detailedDiff(newInputs: PropertyMap, oldOutputs: PropertyMap): Record<string, PropertyDiff> {
  const out: Record<string, PropertyDiff> = {};
  for (const k of TOP_LEVEL_INPUTS) {
    const next = newInputs[k];
    const prev = oldOutputs[k];
    if (SET_PROPERTIES.includes(k)) compareSet(k, next, prev, out);
    else if (k === 'tunnelOptions') compareTunnels(next, prev, out);
    else if (k === 'tags') compareTags(next, prev, out);
    else if (NESTED_KEYS[k] !== undefined) compareObject(k, next, prev, NESTED_KEYS[k], out);
    else compareScalar(k, next, prev, isReplaceProperty(k), out);
  }
  return out;
}

export function diff(req: DiffRequest): DiffResult {
  return diffResult(detailedDiff(req.newInputs, req.oldOutputs ?? {}), req.ignoreChanges, (detailed) => {
    const kept = (k: string): boolean => detailed[k] === undefined || isUnknown(req.newInputs[k]);
    // The service allows one connection per gateway pair, and a BGP tunnel CIDR once per VPN
    // gateway: a replacement that keeps either must delete the old connection first. An unknown
    // id might turn out to be the same, so it counts as kept.
    const gatewayKept = kept('vpnGatewayId');
    const customerGatewayKept = Array.isArray(req.newInputs.tunnelOptions)
      ? req.newInputs.tunnelOptions.some((_t, i) => kept(`tunnelOptions[${i}].customerGatewayId`))
      : kept('customerGatewayId');
    const cidrs = bgpTunnelsOf(req.newInputs);
    const oldCidrs = bgpTunnelsOf(req.oldOutputs ?? {});
    const tunnelKept = gatewayKept && cidrs.some((c) => oldCidrs.includes(c));
    const pairKept = gatewayKept && customerGatewayKept;
    return pairKept || tunnelKept;
  });
}

/** The BGP tunnel CIDRs a connection holds on its gateway (its own, or each tunnel's). */
function bgpTunnelsOf(props: PropertyMap): string[] {
  const bgp = props.bgpConfig;
  if (isPlainObject(bgp) && sameValue(bgp.enableBgp, true) && typeof bgp.tunnelCidr === 'string') return [bgp.tunnelCidr];
  if (!sameValue(props.enableTunnelsBgp, true) || !Array.isArray(props.tunnelOptions)) return [];
  return props.tunnelOptions.flatMap((t) => {
    const tb = isPlainObject(t) ? t.tunnelBgpConfig : undefined;
    return isPlainObject(tb) && typeof tb.tunnelCidr === 'string' ? [tb.tunnelCidr] : [];
  });
}
