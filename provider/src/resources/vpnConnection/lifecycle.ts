// create/read/update/delete against the cloud port. Work on one VPN gateway is serialised in this
// process and waits for the gateway to be active before and after each change; API calls retry
// with backoff; every mutating call carries a ClientToken derived from the URN.

import {
  Clock,
  CloudError,
  Deadline,
  GatewayLocks,
  GatewayNotUsableError,
  OperationAbortedError,
  RetryPolicy,
  VpcPort,
  VpnConnectionBody,
  VpnGatewayInfo,
  DEFAULT_RETRY_POLICY,
  deriveClientToken,
  gatewayLockKey,
  gatewayLocks,
  isAlreadyExists,
  isGatewayNotFound,
  isIdempotencyMismatch,
  isNotFound,
  systemClock,
  waitForGatewayActive,
  withRetry,
} from '../../cloud';
import { CreateResult, OperationContext, PartialFailure, PropertyMap, ReadResult } from '../resource';
import { isPlainObject } from './coerce';
import { detailedDiff } from './diff';
import { argsFromInputs, inputsFromOutputs, outputsFromState, projectInputs, toPropertyMap } from './model';
import { hasTagChanges, tagChanges } from './tags';
import { VpnConnectionArgs } from './types';
import { fromDescribe, toCreateRequest, toModifyRequest } from './wire';

export interface LifecycleDeps {
  clock: Clock;
  random: () => number;
  locks: GatewayLocks;
  retryPolicy: RetryPolicy;
  /** Budget of an operation whose context gives none. */
  defaultTimeoutMs: number;
  pollMs: number;
  maxPollMs: number;
  /** How many tokens of the deterministic sequence a create may try before giving up. */
  maxTokenSequence: number;
  /** How many Modify rounds an update tries when a token replays an earlier, identical update. */
  maxModifyRounds: number;
}

export const DEFAULT_LIFECYCLE_DEPS: LifecycleDeps = {
  clock: systemClock,
  random: Math.random,
  locks: gatewayLocks,
  retryPolicy: DEFAULT_RETRY_POLICY,
  defaultTimeoutMs: 20 * 60_000,
  pollMs: 250,
  maxPollMs: 3_000,
  maxTokenSequence: 32,
  maxModifyRounds: 3,
};

/** Create-time hints from a caller that knows this create replaces an existing resource. */
export interface ReplacementHint {
  /** The id of the connection being replaced, when known (Diff said replace). */
  replacingId?: string;
  /**
   * True when the caller knows this create replaces a resource of the same URN but not its id
   * (`pulumi up --replace` skips Diff). Create then lists the connections already on the gateway
   * pair and never adopts one of them through a token replay.
   */
  isReplacement?: boolean;
}

type Args = VpnConnectionArgs & { regionId: string };

class Operation {
  readonly deadline: Deadline;

  constructor(
    readonly port: VpcPort,
    readonly ctx: OperationContext,
    readonly deps: LifecycleDeps,
  ) {
    const budget = ctx.timeoutMs !== undefined && ctx.timeoutMs > 0 ? ctx.timeoutMs : deps.defaultTimeoutMs;
    this.deadline = { at: deps.clock.now() + budget, signal: ctx.signal, clock: deps.clock };
  }

  log(level: 'debug' | 'info' | 'warning', message: string): void {
    this.ctx.log?.(level, message);
  }

  retry<T>(what: string, call: () => Promise<T>): Promise<T> {
    return withRetry(call, {
      deadline: this.deadline,
      policy: this.deps.retryPolicy,
      random: this.deps.random,
      what,
      onRetry: ({ attempt, delayMs, error }) =>
        this.log('debug', `${what}: ${error.code}${error.requestId ? ` (request ${error.requestId})` : ''}; retry ${attempt} in ${delayMs} ms`),
    });
  }

  waitActive(regionId: string, vpnGatewayId: string): Promise<VpnGatewayInfo> {
    return waitForGatewayActive(this.port, regionId, vpnGatewayId, {
      deadline: this.deadline,
      pollMs: this.deps.pollMs,
      maxPollMs: this.deps.maxPollMs,
      log: (m) => this.log('info', m),
      retry: { policy: this.deps.retryPolicy, random: this.deps.random },
    });
  }

  exclusive<T>(regionId: string, vpnGatewayId: string, fn: () => Promise<T>): Promise<T> {
    return this.deps.locks.runExclusive(gatewayLockKey(regionId, vpnGatewayId), fn, this.ctx.signal);
  }

  describe(regionId: string, vpnConnectionId: string): Promise<VpnConnectionBody> {
    return this.retry(`DescribeVpnConnection ${vpnConnectionId}`, () =>
      this.port.describeVpnConnection({ regionId, vpnConnectionId }, { signal: this.ctx.signal }),
    );
  }
}

function deps(overrides?: Partial<LifecycleDeps>): LifecycleDeps {
  return overrides ? { ...DEFAULT_LIFECYCLE_DEPS, ...overrides } : DEFAULT_LIFECYCLE_DEPS;
}

const DUAL_FORM_HINT =
  'tunnelOptions: [{ role: "master", customerGatewayId: "cgw-…", tunnelIkeConfig: {…}, tunnelIpsecConfig: {…} }, { role: "slave", customerGatewayId: "cgw-…", … }]';

/**
 * A gateway takes one form of connection, and its VpnType decides the algorithm family; check could
 * only infer either from the config. Nothing has been changed when these fail.
 */
function assertGatewayFits(gw: VpnGatewayInfo, a: Args): void {
  if (gw.businessStatus === 'FinancialLocked') {
    throw new Error(`vpnGatewayId: VPN gateway ${gw.vpnGatewayId} is financially locked (overdue payment); settle the account first`);
  }
  const dual = a.tunnelOptions !== undefined;
  if (gw.tunnelMode === 'dual' && !dual) {
    throw new Error(
      `vpnGatewayId: VPN gateway ${gw.vpnGatewayId} takes dual-tunnel connections only (it has a disaster-recovery vSwitch). ` +
        `Replace customerGatewayId, ikeConfig, ipsecConfig, healthCheckConfig, bgpConfig, enableDpd, enableNatTraversal and remoteCaCertificate with two tunnels: ${DUAL_FORM_HINT}`,
    );
  }
  if (gw.tunnelMode === 'single' && dual) {
    throw new Error(
      `tunnelOptions: VPN gateway ${gw.vpnGatewayId} takes single-tunnel connections only. Remove tunnelOptions and enableTunnelsBgp and set customerGatewayId, with ikeConfig and ipsecConfig for the tunnel settings`,
    );
  }
  const sm = gw.vpnType === 'NationalStandard';
  const certificates = dual ? (a.tunnelOptions ?? []).map((t) => t.remoteCaCertificate) : [a.remoteCaCertificate];
  const where = dual ? 'each tunnel\'s remoteCaCertificate' : 'remoteCaCertificate';
  if (sm && certificates.some((c) => c === undefined)) {
    throw new Error(
      `vpnGatewayId: VPN gateway ${gw.vpnGatewayId} is a NationalStandard (SM) gateway: set ${where} to the peer CA certificate and use ikeEncAlg/ipsecEncAlg sm4 and ikeAuthAlg/ipsecAuthAlg sm3, without psk, ikePfs, ipsecPfs or localId`,
    );
  }
  if (!sm && gw.vpnType !== undefined && certificates.some((c) => c !== undefined)) {
    throw new Error(
      `remoteCaCertificate: VPN gateway ${gw.vpnGatewayId} is a ${gw.vpnType} gateway; ${where} and the sm3/sm4 algorithms are only for NationalStandard (SM) gateways. Remove it and use aes/md5-family algorithms`,
    );
  }
}

function gatewayError(e: unknown, vpnGatewayId: string): unknown {
  if (isGatewayNotFound(e)) return new Error(`vpnGatewayId: VPN gateway ${vpnGatewayId} does not exist in this region`);
  return e;
}

/** Token parameters: the typed arguments without the secrets (a hash of a PSK would leak guesses). */
function tokenParams(a: Args): Record<string, unknown> {
  const masked = (ike: object | undefined): object | undefined =>
    ike && 'psk' in ike && (ike as { psk?: string }).psk !== undefined ? { ...ike, psk: '<set>' } : ike;
  return {
    ...a,
    ikeConfig: masked(a.ikeConfig),
    tunnelOptions: a.tunnelOptions?.map((t) => ({ ...t, tunnelIkeConfig: masked(t.tunnelIkeConfig) })),
  };
}

function customerGatewaysOf(a: Args): string[] {
  return a.tunnelOptions ? a.tunnelOptions.map((t) => t.customerGatewayId) : [a.customerGatewayId ?? ''];
}

function alreadyExistsError(a: Args, e: CloudError): Error {
  return new Error(
    `InvalidVpnConnection.AlreadyExists: VPN gateway ${a.vpnGatewayId} already has a connection to customer gateway ${customerGatewaysOf(a).join(' or ')}, and the service allows one per pair` +
      ` (request ${e.requestId ?? 'unknown'}). If this create replaces that connection (for example \`pulumi up --replace\`, which creates the new one first), ` +
      'set the resource option deleteBeforeReplace: true. If the connection was made outside this stack, import it with `pulumi import alicloudvpn:index:VpnConnection <name> <vco-id>`.',
  );
}

/** Outputs for a partial failure: what was sent, plus the id; never an unknown value. */
function partialOutputs(a: Args, id: string, createTime?: number): PropertyMap {
  return toPropertyMap({ ...a, vpnConnectionId: id, createTime });
}

export async function create(
  port: VpcPort,
  inputs: PropertyMap,
  ctx: OperationContext & ReplacementHint,
  overrides?: Partial<LifecycleDeps>,
): Promise<CreateResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const a = argsFromInputs(inputs, port.defaultRegion);
  return op.exclusive(a.regionId, a.vpnGatewayId, async () => {
    const gw = await op.waitActive(a.regionId, a.vpnGatewayId).catch((e: unknown) => {
      throw gatewayError(e, a.vpnGatewayId);
    });
    assertGatewayFits(gw, a);
    const request = toCreateRequest(a);
    const params = tokenParams(a);
    // The connections already on the pair tell a token replay (the same create, re-run after a
    // kill or a lost response) from a fresh create; a replacement must never adopt one of them.
    // A dual-tunnel connection has no one customer gateway to filter by.
    const listing = a.customerGatewayId !== undefined && a.tunnelOptions === undefined ? { customerGatewayId: a.customerGatewayId } : {};
    const preexisting = new Set(await op.retry('DescribeVpnConnections', () =>
      port.listVpnConnectionIds({ regionId: a.regionId, vpnGatewayId: a.vpnGatewayId, ...listing }, { signal: ctx.signal }),
    ));

    for (let n = 0; n <= op.deps.maxTokenSequence; n++) {
      const clientToken = deriveClientToken(ctx.urn, 'create', params, n);
      let created;
      try {
        created = await op.retry('CreateVpnConnection', () =>
          port.createVpnConnection({ ...request, clientToken }, { signal: ctx.signal }),
        );
      } catch (e) {
        if (isIdempotencyMismatch(e)) {
          op.log('debug', `ClientToken #${n} was used with other parameters; trying the next token`);
          continue;
        }
        if (isAlreadyExists(e)) throw alreadyExistsError(a, e as CloudError);
        throw gatewayError(e, a.vpnGatewayId);
      }
      const id = created.vpnConnectionId;
      if ((ctx.replacingId !== undefined && id === ctx.replacingId) || (ctx.isReplacement === true && preexisting.has(id))) {
        op.log('debug', `ClientToken #${n} replays ${id}, the connection being replaced; trying the next token`);
        continue;
      }
      // A token replays whatever it created first, even a connection deleted since: make sure
      // this one is alive before adopting it. The wait comes first so the gateway is settled.
      let body: VpnConnectionBody;
      try {
        await op.waitActive(a.regionId, a.vpnGatewayId);
        body = await op.describe(a.regionId, id);
      } catch (e) {
        if (isNotFound(e)) {
          op.log('debug', `ClientToken #${n} replays ${id}, which no longer exists; trying the next token`);
          continue;
        }
        throw new PartialFailure(
          `VPN connection ${id} was created but did not settle: ${(e as Error).message}`,
          id,
          partialOutputs(a, id, created.createTime),
          inputs,
        );
      }
      const state = fromDescribe(body, a.regionId);
      const adopted = preexisting.has(id);
      if (adopted) op.log('info', `adopting ${id}, made by an earlier attempt of this create (same ClientToken)`);
      return { id, outputs: outputsFromState(state, inputs), adopted };
    }
    throw new Error(
      `CreateVpnConnection: the first ${op.deps.maxTokenSequence + 1} ClientTokens derived from ${ctx.urn} all replay earlier connections; giving up`,
    );
  });
}

function regionOf(port: VpcPort, ...sources: (PropertyMap | undefined)[]): string {
  for (const s of sources) if (typeof s?.regionId === 'string' && s.regionId !== '') return s.regionId;
  if (port.defaultRegion) return port.defaultRegion;
  throw new Error('regionId: unknown; set regionId on the resource or the provider region (ALIBABA_CLOUD_REGION_ID)');
}

export async function read(
  port: VpcPort,
  req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<ReadResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.oldOutputs, req.oldInputs);
  let body: VpnConnectionBody;
  try {
    body = await op.describe(regionId, req.id);
  } catch (e) {
    if (isNotFound(e)) return { id: '', outputs: {}, inputs: {} };
    throw e;
  }
  const fallback = { ...(req.oldInputs ?? {}), ...(req.oldOutputs ?? {}) };
  const outputs = outputsFromState(fromDescribe(body, regionId), fallback);
  if (outputs.autoConfigRoute === undefined) outputs.autoConfigRoute = true;
  const hasOldInputs = req.oldInputs !== undefined && Object.keys(req.oldInputs).length > 0;
  const inputs = hasOldInputs ? projectInputs(req.oldInputs as PropertyMap, outputs) : inputsFromOutputs(outputs);
  return { id: req.id, outputs, inputs };
}

/** The tunnel ids by role, from the outputs last read. */
function tunnelIdsOf(outputs: PropertyMap): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const t of Array.isArray(outputs.tunnels) ? outputs.tunnels : []) {
    if (isPlainObject(t) && typeof t.role === 'string' && typeof t.tunnelId === 'string') ids[t.role] = t.tunnelId;
  }
  return ids;
}

/** The paths an update must still change besides tags. */
function settingChanges(newInputs: PropertyMap, outputs: PropertyMap): string[] {
  return Object.keys(detailedDiff(newInputs, outputs)).filter((p) => p !== 'tags' && !p.startsWith('tags.') && !p.startsWith('tags['));
}

async function applyTags(op: Operation, a: Args, id: string, liveTags: unknown): Promise<void> {
  const changes = tagChanges(a.tags, liveTags);
  if (!hasTagChanges(changes)) return;
  const signal = op.ctx.signal;
  if (changes.remove.length > 0) {
    await op.retry('UnTagResources', () =>
      op.port.untagVpnConnection({ regionId: a.regionId, vpnConnectionId: id, tagKeys: changes.remove }, { signal }),
    );
  }
  if (changes.set.length > 0) {
    await op.retry('TagResources', () => op.port.tagVpnConnection({ regionId: a.regionId, vpnConnectionId: id, tags: changes.set }, { signal }));
  }
}

async function modifySettings(op: Operation, a: Args, req: { id: string; oldOutputs: PropertyMap; newInputs: PropertyMap }): Promise<PropertyMap> {
  const gw = await op.waitActive(a.regionId, a.vpnGatewayId).catch((e: unknown) => {
    throw gatewayError(e, a.vpnGatewayId);
  });
  assertGatewayFits(gw, a);
  const request = toModifyRequest(req.id, a, tunnelIdsOf(req.oldOutputs));
  const params = tokenParams(a);
  let outputs: PropertyMap = req.oldOutputs;
  for (let n = 0; n < op.deps.maxModifyRounds; n++) {
    const clientToken = deriveClientToken(op.ctx.urn, 'modify', params, n);
    try {
      await op.retry('ModifyVpnConnectionAttribute', () =>
        op.port.modifyVpnConnectionAttribute({ ...request, clientToken }, { signal: op.ctx.signal }),
      );
    } catch (e) {
      if (isNotFound(e)) throw new Error(`VPN connection ${req.id} no longer exists; run \`pulumi refresh\` to drop it from the stack`);
      throw e;
    }
    try {
      await op.waitActive(a.regionId, a.vpnGatewayId);
      outputs = outputsFromState(fromDescribe(await op.describe(a.regionId, req.id), a.regionId), req.newInputs);
    } catch (e) {
      throw new PartialFailure(
        `VPN connection ${req.id} was modified but did not settle: ${(e as Error).message}`,
        req.id,
        { ...req.oldOutputs, ...partialOutputs(a, req.id) },
        req.newInputs,
      );
    }
    // A token replays an earlier identical update (A→B, B→A, A→B) without effect: if the live
    // state still differs, the next token in the sequence makes the service apply it.
    const pending = settingChanges(req.newInputs, outputs);
    if (pending.length === 0) return outputs;
    op.log('debug', `ModifyVpnConnectionAttribute with ClientToken #${n} left ${pending.join(', ')} unchanged; trying the next token`);
  }
  op.log('warning', `VPN connection ${req.id}: the service did not apply every change; \`pulumi preview\` will show what differs`);
  return outputs;
}

export async function update(
  port: VpcPort,
  req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<PropertyMap> {
  const op = new Operation(port, ctx, deps(overrides));
  const a = argsFromInputs(req.newInputs, port.defaultRegion);
  let outputs = req.oldOutputs;
  // Tags are not configuration: a tag-only change neither waits for the gateway nor marks it busy.
  if (settingChanges(req.newInputs, req.oldOutputs).length > 0) {
    outputs = await op.exclusive(a.regionId, a.vpnGatewayId, () => modifySettings(op, a, req));
  }
  if (!hasTagChanges(tagChanges(a.tags, outputs.tags))) return outputs;
  await applyTags(op, a, req.id, outputs.tags);
  return outputsFromState(fromDescribe(await op.describe(a.regionId, req.id), a.regionId), req.newInputs);
}

export async function remove(
  port: VpcPort,
  req: { id: string; outputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<void> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.outputs);
  let vpnGatewayId = typeof req.outputs.vpnGatewayId === 'string' ? req.outputs.vpnGatewayId : '';
  if (vpnGatewayId === '') {
    try {
      vpnGatewayId = fromDescribe(await op.describe(regionId, req.id), regionId).vpnGatewayId;
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
  }
  await op.exclusive(regionId, vpnGatewayId, async () => {
    try {
      await op.waitActive(regionId, vpnGatewayId);
    } catch (e) {
      // A connection cannot outlive its gateway.
      if (isGatewayNotFound(e)) return;
      if (e instanceof GatewayNotUsableError && e.gateway.status === 'deleting') return;
      throw e;
    }
    const clientToken = deriveClientToken(ctx.urn, 'delete', { regionId, vpnConnectionId: req.id });
    try {
      await op.retry('DeleteVpnConnection', () =>
        port.deleteVpnConnection({ regionId, vpnConnectionId: req.id, clientToken }, { signal: ctx.signal }),
      );
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    // Leave the gateway settled for whatever comes next; the deletion itself has been accepted.
    try {
      await op.waitActive(regionId, vpnGatewayId);
    } catch (e) {
      if (e instanceof OperationAbortedError || e instanceof CloudError) {
        op.log('warning', `VPN connection ${req.id} deleted; gateway ${vpnGatewayId} had not settled yet: ${e.message}`);
        return;
      }
      throw e;
    }
    await confirmGone(op, regionId, req.id);
  });
}

/**
 * An accepted DeleteVpnConnection is not a deleted connection: success is reported only once the
 * service no longer knows the id, so a delete that did not happen never drops a live connection from
 * the stack.
 */
async function confirmGone(op: Operation, regionId: string, id: string): Promise<void> {
  for (let delay = op.deps.pollMs; ; delay = Math.min(delay * 2, op.deps.maxPollMs)) {
    try {
      await op.describe(regionId, id);
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    if (op.deps.clock.now() + delay > op.deadline.at) {
      throw new Error(`VPN connection ${id}: DeleteVpnConnection was accepted but the connection still exists; run \`pulumi destroy\` again`);
    }
    op.log('info', `waiting for VPN connection ${id} to be deleted`);
    await op.deps.clock.sleep(delay, op.ctx.signal);
  }
}
