// Conversions between the engine's property maps and the typed model: checked inputs → args,
// service state → outputs, expected outputs for preview, and inputs reconstructed for import.

import { PropertyMap, Unknown, isUnknown } from '../resource';
import { isPlainObject } from '../../descriptor/coerce';
import { checkInputs } from './validate';
import type { Prop } from '../../descriptor/property';
import { IKE_CONFIG } from './descriptor';
import { COMPUTED_PROPERTIES, NESTED_KEYS, TOP_LEVEL_INPUTS, serviceFilled } from './fields';
import { liveGeneration } from './generation';
import { withoutProviderTags } from '../shared/providerTags';
import { VpnConnectionArgs, VpnConnectionState } from './types';

/** Inputs that fail check at apply time (the dynamic provider may skip check). */
export class InvalidInputsError extends Error {
  constructor(public readonly failures: { property: string; reason: string }[]) {
    super(`invalid VpnConnection inputs: ${failures.map((f) => `${f.property}: ${f.reason}`).join('; ')}`);
    this.name = 'InvalidInputsError';
  }
}

function containsUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isPlainObject(v)) return Object.values(v).some(containsUnknown);
  return false;
}

/** Typed args from inputs, re-checked so every caller gets the same defaults and the same errors. */
export function argsFromInputs(inputs: PropertyMap, defaultRegion?: string): VpnConnectionArgs & { regionId: string } {
  const checked = checkInputs(inputs, { defaultRegion });
  if (checked.failures.length > 0) throw new InvalidInputsError(checked.failures);
  const unknown = Object.keys(checked.inputs).filter((k) => containsUnknown(checked.inputs[k]));
  if (unknown.length > 0) throw new InvalidInputsError(unknown.map((k) => ({ property: k, reason: 'value is not known yet' })));
  return checked.inputs as unknown as VpnConnectionArgs & { regionId: string };
}

/** Drops undefined members at every level so outputs serialise cleanly. */
export function toPropertyMap(value: object): PropertyMap {
  const out: PropertyMap = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = isPlainObject(v) ? toPropertyMap(v) : v;
  }
  return out;
}

/**
 * Outputs from the live state. Properties the API never reports (AutoConfigRoute) keep the value
 * last sent, from `fallback`; everything the service reports wins so drift shows.
 */
export function outputsFromState(state: VpnConnectionState, fallback: PropertyMap | undefined): PropertyMap {
  const out = toPropertyMap(state);
  out.generation = liveGeneration(out.tags);
  if (out.tags !== undefined) out.tags = withoutProviderTags(out.tags);
  if (fallback) {
    for (const k of TOP_LEVEL_INPUTS) {
      const f = fallback[k];
      if (out[k] === undefined && f !== undefined && !containsUnknown(f)) out[k] = f;
    }
  }
  return out;
}

/** The IKE settings the service fills when the user gives none; SM connections do without those unused there. */
function serverFilledIke(ike: unknown, sm: boolean, old: unknown): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(isPlainObject(old) ? old : {}), ...(isPlainObject(ike) ? ike : {}) };
  for (const k of serviceFilled(IKE_CONFIG)) {
    const unused = (IKE_CONFIG.props as Readonly<Record<string, Prop>>)[k].byVariant?.NationalStandard === 'unused';
    if (merged[k] === undefined && !(sm && unused)) merged[k] = new Unknown('string');
  }
  return merged;
}

function isSm(remoteCa: unknown): boolean {
  return remoteCa !== undefined && !isUnknown(remoteCa);
}

/** A tunnel as preview expects it: the given settings over the last known ones, service fills unknown. */
function previewTunnel(t: unknown, old: unknown): unknown {
  if (!isPlainObject(t)) return t;
  const prev = isPlainObject(old) ? old : {};
  const out: Record<string, unknown> = { ...prev, ...t };
  out.tunnelIkeConfig = serverFilledIke(t.tunnelIkeConfig, isSm(t.remoteCaCertificate), prev.tunnelIkeConfig);
  for (const k of ['tunnelIpsecConfig', 'tunnelBgpConfig']) {
    const merged = { ...(isPlainObject(prev[k]) ? prev[k] : {}), ...(isPlainObject(t[k]) ? t[k] : {}) };
    if (Object.keys(merged).length > 0) out[k] = merged;
  }
  return out;
}

export function previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap {
  const out: PropertyMap = {};
  for (const k of TOP_LEVEL_INPUTS) {
    const v = inputs[k];
    const old = oldOutputs?.[k];
    if (isUnknown(v)) out[k] = v;
    else if (k === 'ikeConfig') out[k] = serverFilledIke(v, isSm(inputs.remoteCaCertificate), old);
    else if (Object.hasOwn(NESTED_KEYS, k)) out[k] = { ...(isPlainObject(old) ? old : {}), ...(isPlainObject(v) ? v : {}) };
    else if (k === 'tunnelOptions' && Array.isArray(v)) {
      out[k] = v.map((t, i) => previewTunnel(t, Array.isArray(old) ? old[i] : undefined));
    } else if (v !== undefined) out[k] = v;
    else if (old !== undefined) out[k] = old;
    else if (k === 'name') out[k] = new Unknown('string');
  }
  // A single-tunnel connection has none of the dual-tunnel computed fields and keeps its ikeConfig only.
  for (const k of Object.keys(NESTED_KEYS)) if (inputs.tunnelOptions !== undefined || inputs[k] === undefined) delete out[k];
  for (const k of COMPUTED_PROPERTIES) {
    const old = oldOutputs?.[k];
    if (old !== undefined) out[k] = old;
    else if (k === 'tunnels') {
      if (inputs.tunnelOptions !== undefined) out[k] = new Unknown('array');
    } else out[k] = new Unknown(k === 'createTime' || k === 'generation' ? 'number' : 'string');
  }
  return out;
}

function withoutPsk(ike: unknown): unknown {
  if (!isPlainObject(ike)) return ike;
  const { psk: _psk, ...rest } = ike;
  return rest;
}

/** The inputs an import implies: every input property the live state reports. */
export function inputsFromOutputs(outputs: PropertyMap): PropertyMap {
  const inputs: PropertyMap = {};
  for (const k of TOP_LEVEL_INPUTS) if (outputs[k] !== undefined) inputs[k] = outputs[k];
  // The PSKs stay with the service (and secret in the outputs). As inputs they would be printed
  // into the program `pulumi import` generates; left out, they diff as server-filled values.
  if (isPlainObject(inputs.ikeConfig)) inputs.ikeConfig = withoutPsk(inputs.ikeConfig);
  if (Array.isArray(inputs.tunnelOptions)) {
    inputs.tunnelOptions = inputs.tunnelOptions.map((t) => (isPlainObject(t) ? { ...t, tunnelIkeConfig: withoutPsk(t.tunnelIkeConfig) } : t));
  }
  if (isPlainObject(inputs.tags) && Object.keys(inputs.tags).length === 0) delete inputs.tags;
  return inputs;
}

/** The user's value with each part they set replaced by its live value, recursively. */
function project(given: unknown, live: unknown): unknown {
  if (live === undefined) return given;
  if (isPlainObject(given) && isPlainObject(live)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(given)) out[k] = project(v, live[k]);
    return out;
  }
  if (Array.isArray(given) && Array.isArray(live) && given.length === live.length && given.some(isPlainObject)) {
    return given.map((v, i) => project(v, live[i]));
  }
  return live;
}

/**
 * Refresh keeps the shape of the user's inputs: each property they set takes its live value, so
 * the inputs recorded in state describe the real connection without adopting server defaults.
 */
export function projectInputs(oldInputs: PropertyMap, outputs: PropertyMap): PropertyMap {
  const result: PropertyMap = {};
  for (const [k, v] of Object.entries(oldInputs)) {
    // A tag map is the user's whole intent: live tags they never set belong in the projection too.
    result[k] = k === 'tags' ? (outputs.tags ?? v) : project(v, outputs[k]);
  }
  return result;
}
