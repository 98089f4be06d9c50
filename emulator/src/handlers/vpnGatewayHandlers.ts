import { idempotent } from '../models/idempotency';
import { matchesTags } from '../models/tags';
import { checkGatewayNetwork } from '../models/vpcs';
import {
  createVpnGateway, deleteVpnGateway, gatewayStatus, getGateway, listGateways, modifyVpnGateway,
} from '../models/vpnGateway';
import { resolveGatewayOptions } from '../models/vpnGatewayOptions';
import { checkName } from '../models/connectionRules';
import { describeGateway, modifiedGateway } from '../views/gatewayViews';
import { optional, optionalBoolean, optionalInteger, paginate, readPage, readTags, required } from './params';
import type { ActionHandler } from './types';

export const CreateVpnGateway: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const VpcId = required(params, 'VpcId');
    required(params, 'Bandwidth');
    return idempotent(world, regionId, 'CreateVpnGateway', params, () => {
      const Options = resolveGatewayOptions({
        Bandwidth: optionalInteger(params, 'Bandwidth', 1, Number.MAX_SAFE_INTEGER) as number,
        VpnType: optional(params, 'VpnType'),
        NetworkType: optional(params, 'NetworkType'),
        EnableIpsec: optionalBoolean(params, 'EnableIpsec'),
        EnableSsl: optionalBoolean(params, 'EnableSsl'),
        SslConnections: optionalInteger(params, 'SslConnections', 1, Number.MAX_SAFE_INTEGER),
        InstanceChargeType: optional(params, 'InstanceChargeType'),
        Period: optionalInteger(params, 'Period', 1, Number.MAX_SAFE_INTEGER),
        AutoPay: optionalBoolean(params, 'AutoPay'),
      });
      const Name = optional(params, 'Name');
      if (Name !== undefined) checkName(Name);
      // A second vSwitch makes a dual-tunnel gateway, which needs its first vSwitch named too.
      const DisasterRecoveryVSwitchId = optional(params, 'DisasterRecoveryVSwitchId');
      const VSwitchId = DisasterRecoveryVSwitchId === undefined ? optional(params, 'VSwitchId') : required(params, 'VSwitchId');
      checkGatewayNetwork(regionId, VpcId, VSwitchId, DisasterRecoveryVSwitchId);
      const gw = createVpnGateway(world, { RegionId: regionId, VpcId, Name, VSwitchId, DisasterRecoveryVSwitchId, Options });
      return { VpnGatewayId: gw.VpnGatewayId, Name: gw.Name, OrderId: Math.floor(gw.CreateTime / 1000) };
    });
  },
};

export const ModifyVpnGatewayAttribute: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const id = required(params, 'VpnGatewayId');
    return idempotent(world, regionId, 'ModifyVpnGatewayAttribute', params, () => {
      const gw = modifyVpnGateway(world, regionId, id, {
        Name: optional(params, 'Name'),
        Description: optional(params, 'Description'),
        AutoPropagate: optionalBoolean(params, 'AutoPropagate'),
      });
      return modifiedGateway(gw, world.clock.now());
    });
  },
};

export const DeleteVpnGateway: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const id = required(params, 'VpnGatewayId');
    return idempotent(world, regionId, 'DeleteVpnGateway', params, () => {
      deleteVpnGateway(world, regionId, id);
      return {};
    });
  },
};

export const DescribeVpnGateway: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    const gw = getGateway(world, regionId, required(params, 'VpnGatewayId'));
    return describeGateway(gw, world.clock.now());
  },
};

export const DescribeVpnGateways: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    const page = readPage(params);
    const now = world.clock.now();
    const id = optional(params, 'VpnGatewayId');
    const vpcId = optional(params, 'VpcId');
    const status = optional(params, 'Status');
    const business = optional(params, 'BusinessStatus');
    const tags = readTags(params, 'Tag');
    const matches = listGateways(world, regionId)
      .filter((g) => id === undefined || g.VpnGatewayId === id)
      .filter((g) => vpcId === undefined || g.VpcId === vpcId)
      .filter((g) => status === undefined || gatewayStatus(g, now) === status)
      .filter((g) => business === undefined || g.BusinessStatus === business)
      .filter((g) => matchesTags(g.Tags, tags))
      .sort((a, b) => b.CreateTime - a.CreateTime || a.VpnGatewayId.localeCompare(b.VpnGatewayId));
    return {
      TotalCount: matches.length,
      PageNumber: page.PageNumber,
      PageSize: page.PageSize,
      VpnGateways: { VpnGateway: paginate(matches, page).map((g) => describeGateway(g, now)) },
    };
  },
};
