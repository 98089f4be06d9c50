// What `orphans` needs from a checkpoint (`pulumi stack export --show-secrets`): each alicloudvpn provider with
// its stack identity and settings, and every connection the state records.

import { STACK_IDENTITY_KEY, isStackIdentity } from '../server/stackIdentity';
import type { PropertyMap } from '../resources/resource';
import { VPN_CONNECTION_TYPE } from '../resources/vpnConnection/types';

export const PROVIDER_TYPE = 'pulumi:providers:alicloudvpn';
/** The signature key Pulumi's checkpoints mark secret values with. */
const SECRET_SIG = '4dabf18193072939515e22adb298388d';

export interface ExportedProvider {
  /** `urn::id`, as resources reference it. */
  ref: string;
  stack: string;
  /** Its configuration (secrets in plain text when the export showed them, absent when it did not). */
  config: PropertyMap;
  /** Regions its connections are recorded in, besides its own. */
  regions: Set<string>;
}

export interface ExportedStack {
  providers: ExportedProvider[];
  /** Connection ids the state records. */
  recorded: Set<string>;
}

interface Resource {
  urn?: string;
  id?: string;
  type?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  provider?: string;
}

/** A checkpoint value with secrets opened (`plaintext`) and dropped where the export kept them encrypted. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const obj = value as Record<string, unknown>;
  if (obj[SECRET_SIG] !== undefined) return typeof obj.plaintext === 'string' ? plain(JSON.parse(obj.plaintext)) : undefined;
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, plain(v)]));
}

export class ExportError extends Error {}

/** Reads `pulumi stack export` output; throws ExportError, naming the fix, for anything else. */
export function parseStackExport(text: string): ExportedStack {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ExportError('the input is not JSON: pipe `pulumi stack export --show-secrets` into this command');
  }
  const resources = (doc as { deployment?: { resources?: unknown } } | null)?.deployment?.resources;
  if (typeof doc !== 'object' || doc === null || !('deployment' in doc)) {
    throw new ExportError('the input is not a stack export (no "deployment"): pipe `pulumi stack export --show-secrets` into this command');
  }
  const list = (Array.isArray(resources) ? resources : []) as Resource[];
  const providers = new Map<string, ExportedProvider>();
  for (const r of list) {
    if (r.type !== PROVIDER_TYPE || r.urn === undefined) continue;
    const inputs = plain(r.inputs ?? {}) as PropertyMap;
    const stack = inputs[STACK_IDENTITY_KEY];
    if (!isStackIdentity(stack)) continue;
    const ref = `${r.urn}::${r.id ?? ''}`;
    providers.set(ref, { ref, stack, config: inputs, regions: new Set() });
  }
  const recorded = new Set<string>();
  for (const r of list) {
    if (r.type !== VPN_CONNECTION_TYPE || typeof r.id !== 'string' || r.id === '') continue;
    recorded.add(r.id);
    const region = (r.outputs ?? {}).regionId;
    if (typeof region === 'string' && r.provider !== undefined) providers.get(r.provider)?.regions.add(region);
  }
  return { providers: [...providers.values()], recorded };
}
