// The CustomerGateway, described once: each property with its type, description, default, secret and replace
// flags, the API's key and the form its value travels in, and its limits (CreateCustomerGateway,
// DescribeCustomerGateway and ModifyCustomerGatewayAttribute, VPC API 2016-04-28). The TypeScript types,
// provider/schema.json and every SDK, check's limits, request parameters, Describe parsing and the secrets to
// mask are derived from here; the rules a limit cannot say are in check.ts.

import type { Limits, ObjectDescriptor } from '../../descriptor/property';
import { tagsProp } from '../shared/tagRules';
import { regionIdProp } from '../region';

export const CUSTOMER_GATEWAY_TYPE = 'alicloudvpn:index:CustomerGateway';

/** Name and description: 1 to 100 characters, not starting with http:// or https:// (check.ts). */
const TEXT_100: Limits = { maxLength: 100 };
/** AuthKey: 1 to 64 printable ASCII characters without spaces or `?`. */
export const AUTH_KEY_PATTERN = /^[!-~]+$/;

export const RESOURCE_DESCRIPTION: string =
  'A customer gateway of Alibaba Cloud IPsec-VPN: the public address (and BGP ASN) of the device in your data center that VPN connections reach. ' +
  'The address and ASN cannot be changed (a change replaces the customer gateway); the name, description and BGP authentication key change in place. ' +
  'The customer gateway cannot be deleted while a VPN connection uses it.';

export const CUSTOMER_GATEWAY = {
  name: 'CustomerGateway',
  description: 'The inputs of a customer gateway.',
  props: {
    ipAddress: {
      type: 'string',
      description:
        'The static IPv4 address of the gateway device in your data center, for example `203.0.113.10`: public, or private for connections over a private network. Not accepted: 0.0.0.0/8, 100.64.0.0/10, 127.0.0.0/8, 169.254.0.0/16, 224.0.0.0/4 and 255.0.0.0/8. Changing it replaces the customer gateway.',
      outputDescription: 'The IPv4 address of the gateway device in your data center.',
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      limits: { ipv4: true },
      api: { key: 'IpAddress', form: 'text' },
    },
    asn: {
      type: 'string',
      description:
        'The BGP autonomous system number of the gateway device, needed for BGP dynamic routing: 1 to 4294967295 except 45104 (Alibaba Cloud\'s own), as an integer or in asdot notation `a.b` (= a × 65536 + b). Read back as the integer. Changing it replaces the customer gateway.',
      outputDescription: 'The BGP autonomous system number of the gateway device, as an integer in text.',
      replaceOnChange: true,
      limits: { min: 1, max: 4294967295 },
      api: { key: 'Asn', form: 'asnText' },
    },
    customerGatewayName: {
      type: 'string',
      description: 'The name of the customer gateway: 1 to 100 characters, not starting with `http://` or `https://`. Changed in place.',
      outputDescription: 'The name of the customer gateway.',
      limits: TEXT_100,
      api: { key: 'Name', form: 'text' },
    },
    description: {
      type: 'string',
      description: 'The description of the customer gateway: 1 to 100 characters, not starting with `http://` or `https://`. Changed in place.',
      outputDescription: 'The description of the customer gateway.',
      limits: TEXT_100,
      api: { key: 'Description', form: 'text' },
    },
    authKey: {
      type: 'string',
      description:
        'The authentication key of BGP routing for the gateway device: 1 to 64 ASCII characters without spaces or `?`. Kept secret in the state and never shown in a message. Changed in place.',
      outputDescription: 'The authentication key of BGP routing for the gateway device.',
      secret: true,
      limits: { maxLength: 64, pattern: AUTH_KEY_PATTERN, patternText: 'of printable ASCII without spaces or "?"' },
      api: { key: 'AuthKey', form: 'text' },
    },
    regionId: regionIdProp('customer gateway', 'customer gateway'),
    tags: tagsProp('customer gateway', 'Set with the create, changed through TagResources/UnTagResources.'),
  },
} as const satisfies ObjectDescriptor;

/** What the service computes; never inputs. */
export const CUSTOMER_GATEWAY_COMPUTED = {
  name: 'CustomerGateway',
  description: 'The computed properties of a customer gateway.',
  props: {
    customerGatewayId: {
      type: 'string',
      description: 'The ID of the customer gateway (`cgw-…`).',
      alwaysOutput: true,
      api: { key: 'CustomerGatewayId', form: 'text' },
    },
    createTime: {
      type: 'number',
      description: 'When the customer gateway was created, in milliseconds since the Unix epoch.',
      api: { key: 'CreateTime', form: 'number' },
    },
    resourceGroupId: {
      type: 'string',
      description: 'The ID of the resource group of the customer gateway.',
      api: { key: 'ResourceGroupId', form: 'text' },
    },
  },
} as const satisfies ObjectDescriptor;
