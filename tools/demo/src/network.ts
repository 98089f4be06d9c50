import { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient, * as $Vpc from '@alicloud/vpc20160428';

/** Where the quickstart's VPN gateway goes: a VPC and two of its vSwitches in different zones (dual-tunnel). */
export interface DemoNetwork {
  vpcId: string;
  vswitchId: string;
  disasterRecoveryVswitchId: string;
}

export interface ApiAccess {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  region: string;
}

export function vpcClient(access: ApiAccess): VpcClient {
  return new VpcClient(
    new $OpenApiUtil.Config({
      accessKeyId: access.accessKeyId,
      accessKeySecret: access.accessKeySecret,
      endpoint: access.endpoint,
      protocol: 'http',
      regionId: access.region,
    }),
  );
}

/**
 * The region's default VPC and its first two vSwitches in different zones, read through the VPC API as a user
 * reads them in the console (every account has a default VPC; the emulator's has a vSwitch in each of two zones).
 */
export async function defaultNetwork(access: ApiAccess): Promise<DemoNetwork> {
  const client = vpcClient(access);
  const vpcs = await client.describeVpcs(new $Vpc.DescribeVpcsRequest({ regionId: access.region, isDefault: true }));
  const vpcId = vpcs.body?.vpcs?.vpc?.[0]?.vpcId;
  if (vpcId === undefined) throw new Error(`region ${access.region} has no default VPC: DescribeVpcs with IsDefault=true found none`);
  const res = await client.describeVSwitches(new $Vpc.DescribeVSwitchesRequest({ regionId: access.region, vpcId, pageSize: 50 }));
  const vswitches = res.body?.vSwitches?.vSwitch ?? [];
  const first = vswitches[0];
  const other = vswitches.find((v) => v.zoneId !== first?.zoneId);
  if (first?.vSwitchId === undefined || other?.vSwitchId === undefined) {
    throw new Error(`the default VPC ${vpcId} has no two vSwitches in different zones, which a dual-tunnel VPN gateway needs`);
  }
  return { vpcId, vswitchId: first.vSwitchId, disasterRecoveryVswitchId: other.vSwitchId };
}
