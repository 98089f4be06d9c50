// Thin handlers: read parameters, call the model, shape the answer.
import { idempotent } from '../models/idempotency';
import { matchesTags } from '../models/tags';
import type { World } from '../models/store';
import type { VpnConnectionRecord } from '../models/types';
import {
  createVpnConnection, deleteVpnConnection, getConnection, modifyVpnConnection,
} from '../models/vpnConnection';
import { describeConnection, listedConnection, modifiedConnection, type ConnectionContext } from '../views/vpnConnectionView';
import { readConnectionFields } from './connectionParams';
import { optional, optionalBoolean, paginate, readPage, readTags, required } from './params';
import type { ActionHandler } from './types';

export function viewContext(world: World, conn: VpnConnectionRecord): ConnectionContext {
  const region = world.store.region(conn.RegionId);
  return {
    now: world.clock.now(),
    gateway: region.vpnGateways.get(conn.VpnGatewayId),
    customerGateway: (id) => region.customerGateways.get(id),
  };
}

export const CreateVpnConnection: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const VpnGatewayId = required(params, 'VpnGatewayId');
    required(params, 'LocalSubnet');
    required(params, 'RemoteSubnet');
    return idempotent(world, regionId, 'CreateVpnConnection', params, () => {
      const conn = createVpnConnection(world, {
        ...readConnectionFields(params),
        RegionId: regionId,
        VpnGatewayId,
        CustomerGatewayId: optional(params, 'CustomerGatewayId'),
        Tags: readTags(params, 'Tags'),
        DryRun: optionalBoolean(params, 'DryRun') ?? false,
      });
      return { VpnConnectionId: conn.VpnConnectionId, Name: conn.Name, CreateTime: conn.CreateTime };
    });
  },
};

export const ModifyVpnConnectionAttribute: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const VpnConnectionId = required(params, 'VpnConnectionId');
    return idempotent(world, regionId, 'ModifyVpnConnectionAttribute', params, () => {
      const conn = modifyVpnConnection(world, { ...readConnectionFields(params), RegionId: regionId, VpnConnectionId });
      return modifiedConnection(conn, viewContext(world, conn));
    });
  },
};

export const DeleteVpnConnection: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const VpnConnectionId = required(params, 'VpnConnectionId');
    return idempotent(world, regionId, 'DeleteVpnConnection', params, () => {
      deleteVpnConnection(world, regionId, VpnConnectionId);
      return {};
    });
  },
};

export const DescribeVpnConnection: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    const conn = getConnection(world, regionId, required(params, 'VpnConnectionId'));
    return describeConnection(conn, viewContext(world, conn));
  },
};

export const DescribeVpnConnections: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    const page = readPage(params);
    const gatewayId = optional(params, 'VpnGatewayId');
    const customerGatewayId = optional(params, 'CustomerGatewayId');
    const connectionId = optional(params, 'VpnConnectionId');
    const tags = readTags(params, 'Tag');
    const matches = [...world.store.region(regionId).vpnConnections.values()]
      .filter((c) => !c.Deleted)
      .filter((c) => gatewayId === undefined || c.VpnGatewayId === gatewayId)
      .filter((c) => customerGatewayId === undefined || c.CustomerGatewayId === customerGatewayId
        || c.Tunnels.some((t) => t.CustomerGatewayId === customerGatewayId))
      .filter((c) => connectionId === undefined || c.VpnConnectionId === connectionId)
      .filter((c) => matchesTags(c.Tags, tags))
      .sort((a, b) => b.CreateTime - a.CreateTime || a.VpnConnectionId.localeCompare(b.VpnConnectionId));
    return {
      TotalCount: matches.length,
      PageNumber: page.PageNumber,
      PageSize: page.PageSize,
      VpnConnections: { VpnConnection: paginate(matches, page).map((c) => listedConnection(c, viewContext(world, c))) },
    };
  },
};
