// DescribeVpcs and DescribeVSwitches over the account's networks (models/vpcs): read-only.
import { listVpcs, type VpcRecord, type VSwitchRecord } from '../models/vpcs';
import { RESOURCE_GROUP_ID } from '../views/gatewayViews';
import { optional, optionalBoolean, paginate, readPage } from './params';
import type { ActionHandler } from './types';

/** When the account's networks were made: the same instant in every run. */
const CREATION_TIME = '2024-01-01T00:00:00Z';

function vpcItem(vpc: VpcRecord) {
  return {
    VpcId: vpc.VpcId, RegionId: vpc.RegionId, VpcName: vpc.VpcName, CidrBlock: vpc.CidrBlock, IsDefault: vpc.IsDefault,
    Status: 'Available', CreationTime: CREATION_TIME, Description: '', VRouterId: `vrt-${vpc.VpcId.slice(4)}`,
    ResourceGroupId: RESOURCE_GROUP_ID, EnabledIpv6: false, Ipv6CidrBlock: '',
    VSwitchIds: { VSwitchId: vpc.VSwitches.map((v) => v.VSwitchId) },
    Tags: { Tag: [] as Array<{ Key: string; Value: string }> },
  };
}

function vswitchItem(vsw: VSwitchRecord) {
  return {
    VSwitchId: vsw.VSwitchId, VpcId: vsw.VpcId, ZoneId: vsw.ZoneId, CidrBlock: vsw.CidrBlock, VSwitchName: vsw.VSwitchName,
    IsDefault: vsw.IsDefault, Status: 'Available', CreationTime: CREATION_TIME, Description: '', AvailableIpAddressCount: 252,
    ResourceGroupId: RESOURCE_GROUP_ID, EnabledIpv6: false, Ipv6CidrBlock: '', ShareType: 'Normal',
    Tags: { Tag: [] as Array<{ Key: string; Value: string }> },
  };
}

export const DescribeVpcs: ActionHandler = {
  mutates: false,
  handle({ params, regionId }) {
    const page = readPage(params);
    const id = optional(params, 'VpcId');
    const name = optional(params, 'VpcName');
    const isDefault = optionalBoolean(params, 'IsDefault');
    const matches = listVpcs(regionId)
      .filter((v) => id === undefined || id.split(',').includes(v.VpcId))
      .filter((v) => name === undefined || v.VpcName === name)
      .filter((v) => isDefault === undefined || v.IsDefault === isDefault);
    return {
      TotalCount: matches.length, PageNumber: page.PageNumber, PageSize: page.PageSize,
      Vpcs: { Vpc: paginate(matches, page).map(vpcItem) },
    };
  },
};

export const DescribeVSwitches: ActionHandler = {
  mutates: false,
  handle({ params, regionId }) {
    const page = readPage(params);
    const vpcId = optional(params, 'VpcId');
    const id = optional(params, 'VSwitchId');
    const zone = optional(params, 'ZoneId');
    const isDefault = optionalBoolean(params, 'IsDefault');
    const matches = listVpcs(regionId)
      .flatMap((v) => v.VSwitches)
      .filter((v) => vpcId === undefined || v.VpcId === vpcId)
      .filter((v) => id === undefined || v.VSwitchId === id)
      .filter((v) => zone === undefined || v.ZoneId === zone)
      .filter((v) => isDefault === undefined || v.IsDefault === isDefault);
    return {
      TotalCount: matches.length, PageNumber: page.PageNumber, PageSize: page.PageSize,
      VSwitches: { VSwitch: paginate(matches, page).map(vswitchItem) },
    };
  },
};
