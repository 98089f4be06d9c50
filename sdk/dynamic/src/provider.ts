// The dynamic provider's run-time half. It runs inside Pulumi's dynamic-provider host (not in the
// program), loaded there by the serialized provider (serializedProvider.ts), and adapts the host's
// calls to the same protocol-agnostic resource code the plugin serves. The host hands over and takes
// back plain `Struct.toJavaScript()` values: no secrets (acceptSecrets is false), unknowns as
// sentinel strings during preview.
import type * as pulumi from '@pulumi/pulumi';
import * as vpnConnection from 'pulumi-resource-alicloudvpn/dynamic';
import {
  PartialFailure,
  createVpcPort,
  decodeWireObject,
  encodeWireObject,
  isUnknown,
  resolveCloudSettings,
  type CheckFailure,
  type OperationContext,
  type PropertyMap,
} from 'pulumi-resource-alicloudvpn/dynamic';
import { cloudSettingsFrom } from './cloudSettings';
import { CLOUD_KEY, INPUTS_KEY, PROVIDER_KEY, SEED_KEY, STACK_KEY, splitHidden, type SplitProperties } from './hiddenInputs';

type Wire = Record<string, unknown>;

/**
 * Connections a Diff in this host process just decided to replace, by seed. The host serves a whole
 * deployment, so the Create that follows a replacing Diff sees it and never adopts the old connection
 * if the ClientToken replays it (as the plugin does with its Diff→Create hint).
 */
const replacing = new Map<string, string>();

function decode(wire: Wire | undefined): SplitProperties {
  return splitHidden(decodeWireObject(wire ?? {}).values);
}

function encode(values: PropertyMap, keepUnknowns = false): Wire {
  return encodeWireObject(values, { keepUnknowns });
}

function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(containsUnknown);
  return false;
}

function hidden(split: SplitProperties, key: typeof SEED_KEY | typeof STACK_KEY): string {
  const value = key === SEED_KEY ? split.seed : split.stack;
  if (typeof value !== 'string' || value === '') {
    throw new Error(`the dynamic VpnConnection has no ${key}; create it with pulumi-alicloudvpn-dynamic's VpnConnection`);
  }
  return value;
}

const seedOf = (split: SplitProperties): string => hidden(split, SEED_KEY);

function context(split: SplitProperties): OperationContext {
  return { urn: seedOf(split), stack: hidden(split, STACK_KEY) };
}

/** The VPC port for the settings a resource carries, completed from the host's environment. */
function portFor(cloud: unknown) {
  const { settings, failures } = resolveCloudSettings(cloudSettingsFrom(cloud), process.env);
  if (failures.length > 0) {
    throw new Error(`invalid cloud settings: ${failures.map((f) => `${f.property}: ${f.reason}`).join('; ')}`);
  }
  return createVpcPort(settings);
}

/** Outputs as the host stores them: the resource's state plus what the next call needs. */
function withHidden(outputs: PropertyMap, split: SplitProperties, inputs: PropertyMap): PropertyMap {
  return { ...outputs, [CLOUD_KEY]: split.cloud, [SEED_KEY]: split.seed, [STACK_KEY]: split.stack, [INPUTS_KEY]: inputs };
}

function oldInputsOf(split: SplitProperties): PropertyMap {
  // Outputs without INPUTS_KEY (a refresh that found none) fall back to the state.
  return typeof split.inputs === 'object' && split.inputs !== null ? (split.inputs as PropertyMap) : split.resource;
}

/**
 * The host reports an error carrying `id` as ErrorResourceInitFailed, so the engine records the
 * connection that exists remotely instead of leaking it.
 */
function initFailed(err: PartialFailure, split: SplitProperties, provider: unknown): Error {
  const failure = new Error(err.message) as Error & { id: string; properties: Wire; reasons: string[] };
  failure.id = err.id;
  failure.properties = { ...encode(withHidden(err.outputs, split, err.inputs)), [PROVIDER_KEY]: provider };
  failure.reasons = [err.message];
  return failure;
}

function cloudFailureProperty(property: string): string {
  // Environment variable names stay as they are; settings are reported under the `cloud` argument.
  return /^[A-Z0-9_]+$/.test(property) ? property : `cloud.${property}`;
}

export async function check(olds: Wire, news: Wire): Promise<pulumi.dynamic.CheckResult> {
  const previous = decode(olds);
  const next = decode(news);
  const failures: CheckFailure[] = [];
  let defaultRegion: string | undefined;
  if (!containsUnknown(next.cloud)) {
    const resolved = resolveCloudSettings(cloudSettingsFrom(next.cloud), process.env);
    failures.push(...resolved.failures.map((f) => ({ property: cloudFailureProperty(f.property), reason: f.reason })));
    defaultRegion = resolved.settings.region;
  }
  for (const [key, value] of [[SEED_KEY, next.seed], [STACK_KEY, next.stack]] as const) {
    if (!containsUnknown(value) && (typeof value !== 'string' || value === '')) {
      failures.push({ property: key, reason: 'must be a non-empty string (set by pulumi-alicloudvpn-dynamic)' });
    }
  }
  const result = await vpnConnection.check(previous.resource, next.resource, { defaultRegion });
  failures.push(...result.failures);
  return {
    inputs: encode({ ...result.inputs, [CLOUD_KEY]: next.cloud, [SEED_KEY]: next.seed, [STACK_KEY]: next.stack }, true),
    failures,
  };
}

export async function diff(id: string, olds: Wire, news: Wire): Promise<pulumi.dynamic.DiffResult> {
  const previous = decode(olds);
  const next = decode(news);
  const result = await vpnConnection.diff({
    id,
    oldOutputs: previous.resource,
    oldInputs: oldInputsOf(previous),
    newInputs: next.resource,
  });
  const replaces = [...result.replaces];
  let changes = result.changes;
  if (containsUnknown(next.cloud)) {
    changes = true;
  } else if (JSON.stringify(cloudSettingsFrom(previous.cloud)) !== JSON.stringify(cloudSettingsFrom(next.cloud))) {
    // An endpoint, protocol or credential is how the API is reached, not where the connection lives: the new
    // settings are stored in place. A region change reaches the resource's own regionId at check, which replaces.
    changes = true;
  }
  if (replaces.length > 0 && typeof next.seed === 'string') replacing.set(next.seed, id);
  return { changes, replaces, deleteBeforeReplace: result.deleteBeforeReplace };
}

export async function create(inputs: Wire): Promise<pulumi.dynamic.CreateResult> {
  const next = decode(inputs);
  const seed = seedOf(next);
  const replacingId = replacing.get(seed);
  replacing.delete(seed);
  const ctx = replacingId === undefined ? context(next) : { ...context(next), replacingId };
  try {
    const result = await vpnConnection.create(portFor(next.cloud), next.resource, ctx);
    return { id: result.id, outs: encode(withHidden(result.outputs, next, next.resource)) };
  } catch (err) {
    if (err instanceof PartialFailure) throw initFailed(err, next, inputs[PROVIDER_KEY]);
    throw err;
  }
}

export async function read(id: string, props: Wire): Promise<pulumi.dynamic.ReadResult> {
  const previous = decode(props);
  const result = await vpnConnection.read(
    portFor(previous.cloud),
    { id, oldOutputs: previous.resource, oldInputs: oldInputsOf(previous) },
    context(previous),
  );
  if (result.id === '') return { id: '', props: {} };
  const hiddenInputs = { [CLOUD_KEY]: previous.cloud, [SEED_KEY]: previous.seed, [STACK_KEY]: previous.stack };
  return {
    id: result.id,
    props: encode(withHidden(result.outputs, previous, result.inputs)),
    inputs: encode({ ...result.inputs, ...hiddenInputs }),
  };
}

export async function update(id: string, olds: Wire, news: Wire): Promise<pulumi.dynamic.UpdateResult> {
  const previous = decode(olds);
  const next = decode(news);
  const request = { id, oldOutputs: previous.resource, oldInputs: oldInputsOf(previous), newInputs: next.resource };
  // Only the cloud settings changed (rotated credentials): nothing to send, just store them.
  const { changes } = await vpnConnection.diff(request);
  if (!changes) return { outs: encode(withHidden(previous.resource, next, next.resource)) };
  try {
    const outputs = await vpnConnection.update(portFor(next.cloud), request, context(next));
    return { outs: encode(withHidden(outputs, next, next.resource)) };
  } catch (err) {
    if (err instanceof PartialFailure) throw initFailed(err, next, news[PROVIDER_KEY]);
    throw err;
  }
}

export async function remove(id: string, props: Wire): Promise<void> {
  const previous = decode(props);
  await vpnConnection.remove(portFor(previous.cloud), { id, outputs: previous.resource }, context(previous));
}
