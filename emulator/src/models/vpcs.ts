// The network a new account has in every region: one default VPC with a vSwitch in each of two zones. Derived
// from the region id, so the ids are the same in every run and need no storage. A VPN gateway is bought into a
// vSwitch of a VPC (a dual-tunnel one into two, in different zones).
import { createHash } from 'node:crypto';
import { Errors } from '../errors';

export interface VSwitchRecord {
  readonly VSwitchId: string;
  readonly VpcId: string;
  readonly ZoneId: string;
  readonly CidrBlock: string;
  readonly VSwitchName: string;
  readonly IsDefault: boolean;
}

export interface VpcRecord {
  readonly VpcId: string;
  readonly RegionId: string;
  readonly VpcName: string;
  readonly CidrBlock: string;
  readonly IsDefault: boolean;
  readonly VSwitches: readonly VSwitchRecord[];
}

/** The id stems the real service uses in a few regions (`vpc-bp1…` in Hangzhou); other regions get a stem from a hash. */
const REGION_STEMS: Readonly<Record<string, string>> = {
  'cn-hangzhou': 'bp1', 'cn-shanghai': 'uf6', 'cn-beijing': '2ze', 'cn-shenzhen': 'wz9', 'cn-qingdao': 'm5e',
  'cn-hongkong': 'j6c', 'ap-southeast-1': 't4n', 'us-west-1': 'rj9', 'eu-central-1': 'gw8', 'me-east-1': 'eb3',
};

function stem(regionId: string): string {
  return REGION_STEMS[regionId] ?? createHash('sha256').update(regionId).digest('hex').slice(0, 3);
}

/** The default VPC's first and second vSwitch: a dual-tunnel gateway takes both (they are in different zones). */
export function defaultVSwitchIds(regionId: string): { primary: string; disasterRecovery: string } {
  return { primary: `vsw-${stem(regionId)}emulatortest`, disasterRecovery: `vsw-${stem(regionId)}emulatordr` };
}

export function defaultVpcId(regionId: string): string {
  return `vpc-${stem(regionId)}emulatortest`;
}

/** Networks that programs and tools in this repository name besides the default VPC (kept so they keep working). */
const EXTRA_NETWORKS: Readonly<Record<string, ReadonlyArray<{ VpcId: string; VpcName: string; VSwitchIds: readonly string[] }>>> = {
  'cn-hangzhou': [
    { VpcId: 'vpc-bp1emulatortest', VpcName: '', VSwitchIds: ['vsw-primary', 'vsw-disaster-recovery'] },
    { VpcId: 'vpc-quickstart0000000001', VpcName: 'quickstart', VSwitchIds: ['vsw-quickstart0000000001', 'vsw-quickstart0000000002'] },
  ],
};

function zones(regionId: string): [string, string] {
  return [`${regionId}-a`, `${regionId}-b`];
}

function vswitches(vpcId: string, regionId: string, ids: readonly string[], base: number, isDefault: boolean): VSwitchRecord[] {
  const [zoneA, zoneB] = zones(regionId);
  return ids.map((id, i) => ({
    VSwitchId: id, VpcId: vpcId, ZoneId: i % 2 === 0 ? zoneA : zoneB, CidrBlock: `172.16.${base + i}.0/24`,
    VSwitchName: '', IsDefault: isDefault,
  }));
}

/** Every VPC of the account in `regionId`, the default one first. */
export function listVpcs(regionId: string): VpcRecord[] {
  const vpcId = defaultVpcId(regionId);
  const { primary, disasterRecovery } = defaultVSwitchIds(regionId);
  const extra = EXTRA_NETWORKS[regionId] ?? [];
  const defaultExtras = extra.filter((n) => n.VpcId === vpcId).flatMap((n) => n.VSwitchIds);
  const vpcs: VpcRecord[] = [{
    VpcId: vpcId, RegionId: regionId, VpcName: 'default', CidrBlock: '172.16.0.0/12', IsDefault: true,
    VSwitches: [...vswitches(vpcId, regionId, [primary, disasterRecovery], 0, true), ...vswitches(vpcId, regionId, defaultExtras, 10, false)],
  }];
  for (const n of extra.filter((e) => e.VpcId !== vpcId)) {
    vpcs.push({
      VpcId: n.VpcId, RegionId: regionId, VpcName: n.VpcName, CidrBlock: '192.168.0.0/16', IsDefault: false,
      VSwitches: vswitches(n.VpcId, regionId, n.VSwitchIds, 20, false).map((v, i) => ({ ...v, CidrBlock: `192.168.${i}.0/24` })),
    });
  }
  return vpcs;
}

export function getVpc(regionId: string, vpcId: string): VpcRecord {
  const vpc = listVpcs(regionId).find((v) => v.VpcId === vpcId);
  if (!vpc) throw Errors.vpcNotFound();
  return vpc;
}

function vswitchOf(vpc: VpcRecord, vswitchId: string): VSwitchRecord {
  const vsw = vpc.VSwitches.find((v) => v.VSwitchId === vswitchId);
  if (!vsw) throw Errors.vswitchNotFound();
  return vsw;
}

/**
 * CreateVpnGateway's network: the VPC exists in the region, each vSwitch named is in it, and a dual-tunnel
 * gateway's two vSwitches are in different zones.
 */
export function checkGatewayNetwork(regionId: string, vpcId: string, vswitchId?: string, drVSwitchId?: string): void {
  const vpc = getVpc(regionId, vpcId);
  const first = vswitchId === undefined ? undefined : vswitchOf(vpc, vswitchId);
  const second = drVSwitchId === undefined ? undefined : vswitchOf(vpc, drVSwitchId);
  if (first && second && first.ZoneId === second.ZoneId) throw Errors.illegal('DisasterRecoveryVSwitchId', drVSwitchId);
}
