// Conversions between the engine's property maps and the typed model: checked inputs → args,
// service state → outputs, expected outputs for preview, and inputs reconstructed for import.

import { PropertyMap, Unknown, isUnknown } from '../resource';
import { isPlainObject } from './coerce';
import { checkInputs } from './validate';
import { COMPUTED_PROPERTIES, NESTED_KEYS, TOP_LEVEL_INPUTS } from './fields';
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
  if (fallback) {
    for (const k of TOP_LEVEL_INPUTS) {
      const f = fallback[k];
      if (out[k] === undefined && f !== undefined && !containsUnknown(f)) out[k] = f;
    }
  }
  return out;
}

/** Service-filled properties: generated when the user gives none. */
const SERVER_FILLED: Readonly<Record<string, readonly string[]>> = {
  ikeConfig: ['psk', 'localId', 'remoteId'],
};

export function previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap {
  const out: PropertyMap = {};
  for (const k of TOP_LEVEL_INPUTS) {
    const v = inputs[k];
    const old = oldOutputs?.[k];
    if (isUnknown(v)) out[k] = v;
    else if (Object.hasOwn(NESTED_KEYS, k)) {
      const merged: Record<string, unknown> = { ...(isPlainObject(old) ? old : {}), ...(isPlainObject(v) ? v : {}) };
      for (const sk of SERVER_FILLED[k] ?? []) {
        if (merged[sk] === undefined && !skipsServerFill(inputs, sk)) merged[sk] = new Unknown('string');
      }
      out[k] = merged;
    } else if (v !== undefined) out[k] = v;
    else if (old !== undefined) out[k] = old;
    else if (k === 'name') out[k] = new Unknown('string');
  }
  for (const k of COMPUTED_PROPERTIES) {
    const old = oldOutputs?.[k];
    out[k] = old !== undefined ? old : new Unknown(k === 'createTime' ? 'number' : 'string');
  }
  return out;
}

/** SM connections carry no PSK and no LocalId (the certificate identifies the gateways). */
function skipsServerFill(inputs: PropertyMap, key: string): boolean {
  return inputs.remoteCaCertificate !== undefined && !isUnknown(inputs.remoteCaCertificate) && (key === 'psk' || key === 'localId');
}

/** The inputs an import implies: every input property the live state reports. */
export function inputsFromOutputs(outputs: PropertyMap): PropertyMap {
  const inputs: PropertyMap = {};
  for (const k of TOP_LEVEL_INPUTS) if (outputs[k] !== undefined) inputs[k] = outputs[k];
  // The PSK stays with the service (and secret in the outputs). As an input it would be printed
  // into the program `pulumi import` generates; left out, it diffs as a server-filled value.
  if (isPlainObject(inputs.ikeConfig)) {
    const { psk: _psk, ...ikeConfig } = inputs.ikeConfig;
    inputs.ikeConfig = ikeConfig;
  }
  return inputs;
}

/**
 * Refresh keeps the shape of the user's inputs: each property they set takes its live value, so
 * the inputs recorded in state describe the real connection without adopting server defaults.
 */
export function projectInputs(oldInputs: PropertyMap, outputs: PropertyMap): PropertyMap {
  const result: PropertyMap = {};
  for (const [k, v] of Object.entries(oldInputs)) {
    const live = outputs[k];
    if (Object.hasOwn(NESTED_KEYS, k) && isPlainObject(v)) {
      const liveObj = isPlainObject(live) ? live : {};
      const nested: Record<string, unknown> = {};
      for (const [nk, nv] of Object.entries(v)) nested[nk] = liveObj[nk] !== undefined ? liveObj[nk] : nv;
      result[k] = nested;
    } else result[k] = live !== undefined ? live : v;
  }
  return result;
}
