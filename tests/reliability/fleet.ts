// The fleet every reliability scenario deploys (examples/fleet: connection i on VPN gateway i mod G and customer
// gateway floor(i / G), so no gateway pair repeats), and the invariants checked against the emulator's own state:
// nothing here calls the VPC API, so a check never consumes an injected fault.
import { createHash } from 'crypto';
import { READ_TIMEOUT_ENV } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { EmulatorProcess, seedGateways } from '../support/emulator';
import { PulumiWorkspace, resourcesOfType, type StackExport } from '../support/pulumi';
import { credentialEnv, EmulatorConnection, examplePath, liveConnections, providerConfig, VPN_CONNECTION_TYPE } from '../e2e/support/stacks';

export interface FleetSize {
  connections: number;
  gateways: number;
}

/** `make test`: small enough for two cores shared with other suites. */
export const CI_FLEET: FleetSize = { connections: 4, gateways: 2 };
/** `make reliability`. */
export const FULL_FLEET: FleetSize = { connections: 12, gateways: 4 };

/**
 * The provider's read timeout in the fleet's runs (ALICLOUDVPN_READ_TIMEOUT_SECONDS), shorter than the 30 s default
 * so a latency cell's late answers cost seconds; still far beyond what the emulator takes on a loaded machine. Equal
 * to the 10 s connect timeout: both of the SDK's timers then end a held request together, as with the defaults (a
 * 5 s read timeout with the 10 s connect timeout left the latency cell's creates unretried).
 */
export const FLEET_READ_TIMEOUT_SECONDS = 10;

/** The tag the provider puts on every connection it creates (provider/src/resources/shared/ownership.ts). */
export const OWNER_TAG_KEY = 'alicloudvpn-owner';

/** The update every update scenario applies: one IKE setting on every connection (ModifyVpnConnectionAttribute). */
export const UPDATE_FROM = 'ikePfs: "group14"';
export const UPDATE_TO = 'ikePfs: "group5"';
export const UPDATED_IKE_PFS = 'group5';

export interface Fleet {
  ws: PulumiWorkspace;
  size: FleetSize;
  vpnGatewayIds: string[];
}

/** Seeds G VPN gateways and enough customer gateways on the emulator, and a fresh stack of examples/fleet. */
export async function createFleet(emu: EmulatorProcess, size: FleetSize): Promise<Fleet> {
  const perGateway = Math.ceil(size.connections / size.gateways);
  const first = await seedGateways(emu, { count: perGateway });
  const vpnGatewayIds = [first.vpnGatewayId];
  for (let i = 1; i < size.gateways; i++) vpnGatewayIds.push((await seedGateways(emu, { count: 0 })).vpnGatewayId);
  const ws = await PulumiWorkspace.create({
    programDir: examplePath('fleet'),
    config: {
      ...providerConfig(emu),
      vpnGatewayIds: JSON.stringify(vpnGatewayIds),
      customerGatewayIds: JSON.stringify(first.customerGatewayIds),
      count: size.connections,
    },
    env: { ...credentialEnv(emu), [READ_TIMEOUT_ENV]: String(FLEET_READ_TIMEOUT_SECONDS) },
  });
  return { ws, size, vpnGatewayIds };
}

/** The ownership tag value the provider derives from its stack identity and a resource's URN. */
function ownerTagFor(stack: string, urn: string): string {
  const hash = createHash('sha256').update('alicloudvpn/owner/v1\0').update(`${stack}\0${urn}`).digest('hex').slice(0, 40);
  return `${hash}:${urn.slice(urn.lastIndexOf('::') + 2)}`;
}

/** The stack identity the checkpoint's alicloudvpn provider recorded. */
function stackIdentityOf(exported: StackExport): string {
  const provider = (exported.deployment.resources ?? []).find((r) => r.type === 'pulumi:providers:alicloudvpn');
  return String((provider?.inputs as Record<string, unknown> | undefined)?.stackIdentity ?? '');
}

function ownerTagsOf(c: EmulatorConnection): string[] {
  const tags = (c.Tags as { Tag?: Array<{ Key: string; Value: string }> } | undefined)?.Tag ?? [];
  return tags.filter((t) => t.Key === OWNER_TAG_KEY).map((t) => t.Value);
}

/** What the service and the checkpoint hold for the fleet right now. */
export interface FleetView {
  live: EmulatorConnection[];
  /** Ids of the VpnConnection resources in `pulumi stack export`. */
  inState: string[];
  /** Ownership tags the URNs in the checkpoint call for. */
  expectedOwners: string[];
  pendingOperations: number;
}

export async function viewFleet(emu: EmulatorProcess, fleet: Fleet): Promise<FleetView> {
  const exported = await fleet.ws.exportStack();
  const resources = resourcesOfType(exported, VPN_CONNECTION_TYPE);
  return {
    live: await liveConnections(emu, fleet.vpnGatewayIds),
    inState: resources.map((r) => r.id ?? '').sort(),
    expectedOwners: resources.map((r) => ownerTagFor(stackIdentityOf(exported), r.urn)).sort(),
    pendingOperations: (exported.deployment.pending_operations ?? []).length,
  };
}

/** Holds at every moment, even between two failed runs: no connection made twice for one resource. */
export function duplicateViolations(view: FleetView): string[] {
  const seen = new Map<string, string[]>();
  const out: string[] = [];
  for (const c of view.live) {
    const owners = ownerTagsOf(c);
    if (owners.length !== 1) out.push(`${c.VpnConnectionId} carries ${owners.length} ownership tags`);
    for (const o of owners) seen.set(o, [...(seen.get(o) ?? []), c.VpnConnectionId]);
  }
  for (const [owner, ids] of seen) if (ids.length > 1) out.push(`ownership tag ${owner} on ${ids.length} connections: ${ids.join(', ')}`);
  return out;
}

/** Live connections the checkpoint does not know (yet): the next run must adopt them. */
export function untracked(view: FleetView): string[] {
  return view.live.map((c) => c.VpnConnectionId).filter((id) => !view.inState.includes(id));
}

/** After a successful `up`: exactly the declared connections, each once, and the checkpoint names exactly them. */
export function deployedViolations(view: FleetView, declared: number): string[] {
  const out = duplicateViolations(view);
  const liveIds = view.live.map((c) => c.VpnConnectionId).sort();
  if (liveIds.length !== declared) out.push(`${liveIds.length} live connections, ${declared} declared`);
  if (view.inState.length !== declared) out.push(`${view.inState.length} connections in the stack, ${declared} declared`);
  if (JSON.stringify(liveIds) !== JSON.stringify(view.inState)) {
    out.push(`stack ids [${view.inState.join(', ')}] differ from live ids [${liveIds.join(', ')}]`);
  }
  const liveOwners = view.live.flatMap(ownerTagsOf).sort();
  if (JSON.stringify(liveOwners) !== JSON.stringify(view.expectedOwners)) {
    out.push('the live ownership tags are not exactly one per stack resource');
  }
  if (view.pendingOperations > 0) out.push(`${view.pendingOperations} pending operations left in the checkpoint`);
  return out;
}

/** After the update scenarios: the change reached every connection. */
export function updatedViolations(view: FleetView): string[] {
  return view.live
    .filter((c) => c.IkeConfig.IkePfs !== UPDATED_IKE_PFS)
    .map((c) => `${c.VpnConnectionId} still has IkePfs ${String(c.IkeConfig.IkePfs)} after the update`);
}

/** After `destroy`: nothing left on the service, nothing left in the checkpoint. */
export function destroyedViolations(view: FleetView): string[] {
  const out: string[] = [];
  if (view.live.length > 0) out.push(`${view.live.length} connections left after destroy: ${view.live.map((c) => c.VpnConnectionId).join(', ')}`);
  if (view.inState.length > 0) out.push(`${view.inState.length} connections still in the stack after destroy`);
  if (view.pendingOperations > 0) out.push(`${view.pendingOperations} pending operations left in the checkpoint`);
  return out;
}
