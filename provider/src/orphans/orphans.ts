// `pulumi-resource-alicloudvpn orphans`: the connections a stack made that its state does not record (a plugin
// killed mid-create, a checkpoint that could not be written), found by the stack tag its provider puts on every
// connection, each with the `pulumi import` line that brings it into the stack.

import { createVpcPort, resolveCloudSettings, type VpcPort } from '../cloud';
import { nameFromOwnerTag, OWNER_TAG_KEY, stackTag } from '../resources/shared/ownership';
import { explicitSettings } from '../server/providerConfig';
import { VPN_CONNECTION_TYPE } from '../resources/vpnConnection/types';
import { describedTags } from '../resources/vpnConnection/wire';
import type { ExportedProvider, ExportedStack } from './stackExport';

export interface Orphan {
  id: string;
  regionId: string;
  /** The resource name its ownership tag records, when it has one. */
  name?: string;
}

export function importLine(o: Orphan): string {
  return `pulumi import ${VPN_CONNECTION_TYPE} ${o.name ?? '<name>'} ${o.id}`;
}

/** The cloud port of one recorded provider: its own settings, completed from the environment as the plugin does. */
export function portOf(p: ExportedProvider, env: NodeJS.ProcessEnv): { port?: VpcPort; region?: string; problems: string[] } {
  const { settings, failures } = resolveCloudSettings(explicitSettings(p.config), env);
  if (failures.length > 0) return { problems: failures.map((f) => `${f.property}: ${f.reason}`) };
  return { port: createVpcPort(settings), region: settings.region, problems: [] };
}

async function nameOf(port: VpcPort, regionId: string, id: string): Promise<string | undefined> {
  const body = await port.describeVpnConnection({ regionId, vpnConnectionId: id });
  const owner = describedTags(body)[OWNER_TAG_KEY];
  const name = owner === undefined ? undefined : nameFromOwnerTag(owner);
  return name === undefined || name === '' ? undefined : name;
}

/** Live connections carrying one provider's stack tag, in its region and the regions its connections are in, minus the recorded ones. */
export async function orphansOf(port: VpcPort, regions: Iterable<string>, p: ExportedProvider, recorded: ReadonlySet<string>): Promise<Orphan[]> {
  const found: Orphan[] = [];
  for (const regionId of new Set(regions)) {
    const ids = await port.listVpnConnectionIds({ regionId, tag: stackTag(p.stack) });
    for (const id of ids) {
      if (!recorded.has(id)) found.push({ id, regionId, name: await nameOf(port, regionId, id) });
    }
  }
  return found;
}

export async function findOrphans(exported: ExportedStack, env: NodeJS.ProcessEnv, extraRegions: readonly string[]): Promise<{ orphans: Orphan[]; problems: string[] }> {
  const orphans: Orphan[] = [];
  const problems: string[] = [];
  for (const p of exported.providers) {
    const { port, region, problems: own } = portOf(p, env);
    if (port === undefined) {
      problems.push(`provider ${p.ref}: ${own.join('; ')}`);
      continue;
    }
    const regions = [...(region ? [region] : []), ...p.regions, ...extraRegions];
    if (regions.length === 0) {
      problems.push(`provider ${p.ref}: no region; pass --region <region-id> or set ALIBABA_CLOUD_REGION_ID`);
      continue;
    }
    orphans.push(...(await orphansOf(port, regions, p, exported.recorded)));
  }
  return { orphans, problems };
}
