import {
  createCustomerGateway, deleteCustomerGateway, getCustomerGateway, listCustomerGateways, modifyCustomerGateway,
} from '../models/customerGateway';
import { idempotent } from '../models/idempotency';
import { checkTags, matchesTags } from '../models/tags';
import { describeCustomerGateway, RESOURCE_GROUP_ID } from '../views/gatewayViews';
import { optional, paginate, readPage, readTags, required } from './params';
import type { ActionHandler } from './types';

export const CreateCustomerGateway: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const IpAddress = required(params, 'IpAddress');
    return idempotent(world, regionId, 'CreateCustomerGateway', params, () => {
      const Tags = readTags(params, 'Tags');
      checkTags(Tags);
      const cgw = createCustomerGateway(world, {
        RegionId: regionId, IpAddress, Tags,
        Asn: optional(params, 'Asn'),
        AuthKey: optional(params, 'AuthKey'),
        Name: optional(params, 'Name'),
        Description: optional(params, 'Description'),
      });
      return {
        CustomerGatewayId: cgw.CustomerGatewayId, IpAddress: cgw.IpAddress, Name: cgw.Name,
        Description: cgw.Description, CreateTime: cgw.CreateTime,
      };
    });
  },
};

export const ModifyCustomerGatewayAttribute: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const id = required(params, 'CustomerGatewayId');
    return idempotent(world, regionId, 'ModifyCustomerGatewayAttribute', params, () => {
      const cgw = modifyCustomerGateway(world, regionId, id, {
        Name: optional(params, 'Name'), Description: optional(params, 'Description'), AuthKey: optional(params, 'AuthKey'),
      });
      return {
        CustomerGatewayId: cgw.CustomerGatewayId, IpAddress: cgw.IpAddress, Name: cgw.Name, Description: cgw.Description,
        CreateTime: cgw.CreateTime, ResourceGroupId: RESOURCE_GROUP_ID,
      };
    });
  },
};

export const DeleteCustomerGateway: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const id = required(params, 'CustomerGatewayId');
    return idempotent(world, regionId, 'DeleteCustomerGateway', params, () => {
      deleteCustomerGateway(world, regionId, id);
      return {};
    });
  },
};

export const DescribeCustomerGateway: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    return describeCustomerGateway(getCustomerGateway(world, regionId, required(params, 'CustomerGatewayId')));
  },
};

export const DescribeCustomerGateways: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    const page = readPage(params);
    const id = optional(params, 'CustomerGatewayId');
    const tags = readTags(params, 'Tag');
    const matches = listCustomerGateways(world, regionId)
      .filter((c) => id === undefined || c.CustomerGatewayId === id)
      .filter((c) => matchesTags(c.Tags, tags))
      .sort((a, b) => b.CreateTime - a.CreateTime || a.CustomerGatewayId.localeCompare(b.CustomerGatewayId));
    return {
      TotalCount: matches.length,
      PageNumber: page.PageNumber,
      PageSize: page.PageSize,
      CustomerGateways: { CustomerGateway: paginate(matches, page).map(describeCustomerGateway) },
    };
  },
};
