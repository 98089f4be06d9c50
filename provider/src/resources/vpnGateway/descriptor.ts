// The VpnGateway, described once: each property with its type, description, default, replace flag, the API's key
// and the form its value travels in, and its limits (CreateVpnGateway, DescribeVpnGateway,
// ModifyVpnGatewayAttribute, DeleteVpnGateway, VPC API 2016-04-28). The TypeScript types, provider/schema.json and
// every SDK, check's limits, request parameters and Describe parsing are derived from here; the rules a limit
// cannot say (allowed bandwidths, SSL and period pairs, the name rule) are in check.ts, and the values the
// service reports under other keys or in other words (Spec, IpsecVpn, ChargeType) are read in model.ts.

import type { EnumDescriptor, ObjectDescriptor } from '../../descriptor/property';
import { tagsProp } from '../shared/tagRules';
import { regionIdProp } from '../region';

export const VPN_GATEWAY_TYPE = 'alicloudvpn:index:VpnGateway';

export const GATEWAY_ENUMS = {
  VpnGatewayVpnType: {
    name: 'VpnGatewayVpnType',
    description: 'The type of a VPN gateway.',
    values: {
      Normal: { name: 'Normal', description: 'A standard VPN gateway (the default).' },
      NationalStandard: { name: 'NationalStandard', description: 'A ShangMi (SM, Chinese national cryptography) VPN gateway; its connections use sm4/sm3 and a CA certificate.' },
    },
  },
  VpnGatewayNetworkType: {
    name: 'VpnGatewayNetworkType',
    description: 'Whether a VPN gateway is reached over the Internet or a private network.',
    values: {
      public: { name: 'Public', description: 'A public VPN gateway (the default).' },
      private: { name: 'Private', description: 'A private VPN gateway, reached over Express Connect or CEN.' },
    },
  },
  VpnGatewayPaymentType: {
    name: 'VpnGatewayPaymentType',
    description: 'How a VPN gateway is billed (the API\'s InstanceChargeType).',
    values: {
      PayAsYouGo: { name: 'PayAsYouGo', description: 'Pay-as-you-go (the API\'s POSTPAY; the default). The gateway can be deleted at any time.' },
      Subscription: { name: 'Subscription', description: 'Subscription (the API\'s PREPAY), bought for `period` months. The API cannot release it before its end time.' },
    },
  },
} as const satisfies Readonly<Record<string, EnumDescriptor>>;

/** What `paymentType` is called in requests (InstanceChargeType) and in DescribeVpnGateway's ChargeType. */
export const PAYMENT_TYPES: Readonly<Record<string, { request: string; reported: readonly string[] }>> = {
  PayAsYouGo: { request: 'POSTPAY', reported: ['postpaid', 'postpay'] },
  Subscription: { request: 'PREPAY', reported: ['prepaid', 'prepay'] },
};

/** Mbit/s: a public gateway (the China site's list; the international site sells 10, 100, 200, 500 and 1000), a private one. */
export const PUBLIC_BANDWIDTHS: readonly number[] = [5, 10, 20, 50, 100, 200, 500, 1000];
export const PRIVATE_BANDWIDTHS: readonly number[] = [200, 1000];
export const SSL_CONNECTIONS: readonly number[] = [5, 10, 20, 50, 100, 200, 500, 1000];
/** Months a subscription gateway is bought for. */
export const PERIODS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];

const REPLACES = 'Changing it replaces the VPN gateway (the API has no action that changes it in place).';

export const RESOURCE_DESCRIPTION: string =
  'A VPN gateway of Alibaba Cloud IPsec-VPN in a VPC: the cloud end of IPsec-VPN connections. ' +
  'With `disasterRecoveryVswitchId` it is a dual-tunnel gateway (two public addresses, connections with two tunnels); without, single-tunnel. ' +
  'Create waits until the gateway is active (`init`, then `provisioning`: a few minutes), showing its state on the status line. ' +
  'The name, description, route propagation and tags change in place; the network, bandwidth, features and billing are fixed at purchase (a change replaces the gateway). ' +
  'Delete waits until the gateway is gone; it is refused, naming them, while VPN connections use the gateway. ' +
  'A Subscription (pre-paid) gateway cannot be released through the API before its end time: destroying one fails with an error that says so and how to keep it ' +
  '(`pulumi state delete <urn>` removes it from the stack only; it stays billed until it expires or is released in the console). Nothing is left behind without that error.';

export const VPN_GATEWAY = {
  name: 'VpnGateway',
  description: 'The inputs of a VPN gateway.',
  props: {
    vpcId: {
      type: 'string',
      description: `The ID of the VPC the VPN gateway is attached to (\`vpc-…\`). ${REPLACES}`,
      outputDescription: 'The ID of the VPC the VPN gateway is attached to.',
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'VpcId', form: 'text' },
    },
    vswitchId: {
      type: 'string',
      description:
        `The ID of the vSwitch of the VPN gateway, in the VPC. Required with \`disasterRecoveryVswitchId\`; without either, the service picks a vSwitch of the VPC. ${REPLACES}`,
      outputDescription: 'The ID of the vSwitch of the VPN gateway.',
      replaceOnChange: true,
      api: { key: 'VSwitchId', form: 'text' },
    },
    disasterRecoveryVswitchId: {
      type: 'string',
      description:
        'The ID of a second vSwitch of the VPC, in another zone than `vswitchId` (in a region with one zone, any vSwitch, even the same one): given, the gateway is dual-tunnel (two public addresses; its connections take `tunnelOptions`); ' +
        `absent, single-tunnel. Regions that offer only dual-tunnel gateways require it. ${REPLACES}`,
      outputDescription: 'The ID of the second vSwitch of a dual-tunnel VPN gateway.',
      replaceOnChange: true,
      api: { key: 'DisasterRecoveryVSwitchId', form: 'text' },
    },
    bandwidth: {
      type: 'integer',
      description:
        `The bandwidth of the VPN gateway in Mbit/s: for a public gateway 5, 10, 20, 50, 100, 200, 500 or 1000 (the international site sells 10, 100, 200, 500 and 1000; some regions stop at 500), for a private one 200 or 1000. ${REPLACES}`,
      outputDescription: 'The bandwidth of the VPN gateway in Mbit/s.',
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'Bandwidth', form: 'text' },
    },
    enableIpsec: {
      type: 'boolean',
      description: `Whether the IPsec-VPN feature is enabled (site-to-site connections). Default \`true\`. ${REPLACES}`,
      outputDescription: 'Whether the IPsec-VPN feature is enabled.',
      default: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'EnableIpsec', form: 'boolText' },
    },
    enableSsl: {
      type: 'boolean',
      description: `Whether the SSL-VPN feature is enabled (clients connect to the gateway directly). Default \`false\`. ${REPLACES}`,
      outputDescription: 'Whether the SSL-VPN feature is enabled.',
      default: false,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'EnableSsl', form: 'boolText' },
    },
    sslConnections: {
      type: 'integer',
      description: `How many SSL-VPN clients may be connected at once: 5, 10, 20, 50, 100, 200, 500 or 1000; only with \`enableSsl: true\`, where it defaults to 5. ${REPLACES}`,
      outputDescription: 'How many SSL-VPN clients may be connected at once (with SSL-VPN enabled).',
      replaceOnChange: true,
      api: { key: 'SslConnections', form: 'text' },
    },
    networkType: {
      type: { enum: GATEWAY_ENUMS.VpnGatewayNetworkType },
      description: `\`public\` (the default) or \`private\`. ${REPLACES}`,
      outputDescription: 'The network type of the VPN gateway.',
      default: 'public',
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'NetworkType', form: 'text' },
    },
    vpnType: {
      type: { enum: GATEWAY_ENUMS.VpnGatewayVpnType },
      description: `\`Normal\` (the default) or \`NationalStandard\` (ShangMi, China site only). ${REPLACES}`,
      outputDescription: 'The type of the VPN gateway.',
      default: 'Normal',
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'VpnType', form: 'text' },
    },
    paymentType: {
      type: { enum: GATEWAY_ENUMS.VpnGatewayPaymentType },
      description:
        '`PayAsYouGo` (the API\'s POSTPAY; the default) or `Subscription` (PREPAY, bought for `period` months). A Subscription gateway cannot be released through the API before its end time: ' +
        `\`pulumi destroy\` (or a replacement) then fails with an error that says so and leaves it billed until you release it in the console or run \`pulumi state delete <urn>\` to drop it from the stack. ${REPLACES}`,
      outputDescription: 'How the VPN gateway is billed: `PayAsYouGo` or `Subscription`.',
      default: 'PayAsYouGo',
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'InstanceChargeType', form: 'text' },
    },
    period: {
      type: 'integer',
      description:
        'Months a Subscription gateway is bought for: 1 to 9, 12, 24 or 36; only with `paymentType: Subscription`, where it defaults to 1. Used at purchase only: a later change is not applied and shows no difference (renew in the console).',
      outputDescription: 'Months the Subscription gateway was bought for.',
      api: { key: 'Period', form: 'text' },
    },
    autoPay: {
      type: 'boolean',
      description:
        'Whether the order of the gateway is paid automatically. Without it (the API\'s default), a Subscription gateway waits in `init` until its order is paid in the console, and the create waits with it until its timeout. Used at purchase only: a later change shows no difference.',
      outputDescription: 'Whether the order of the gateway was paid automatically.',
      api: { key: 'AutoPay', form: 'boolText' },
    },
    vpnGatewayName: {
      type: 'string',
      description: 'The name of the VPN gateway: 2 to 100 characters, starting with a letter (or Chinese character), then letters, Chinese characters, digits, `_`, `-` and `.`; not starting with `http://` or `https://`. Defaults to the gateway\'s ID. Changed in place.',
      outputDescription: 'The name of the VPN gateway.',
      api: { key: 'Name', form: 'text' },
    },
    description: {
      type: 'string',
      description: 'The description of the VPN gateway: 1 to 100 characters, not starting with `http://` or `https://`. Set right after the gateway is active (CreateVpnGateway takes none) and changed in place.',
      outputDescription: 'The description of the VPN gateway.',
      limits: { maxLength: 100 },
      api: { key: 'Description', form: 'text' },
    },
    autoPropagate: {
      type: 'boolean',
      description:
        'Whether the gateway learns the VPC\'s system routes and propagates the data center\'s routes into the VPC\'s system route table (automatic route propagation). Disable BGP on every connection of the gateway before turning it off. Set right after the gateway is active and changed in place.',
      outputDescription: 'Whether automatic route propagation is enabled.',
      api: { key: 'AutoPropagate', form: 'boolText' },
    },
    regionId: regionIdProp('VPN gateway', 'VPN gateway'),
    tags: tagsProp('VPN gateway', 'Set with TagResources right after CreateVpnGateway (which takes none) and changed in place.'),
  },
} as const satisfies ObjectDescriptor;

/** What the service computes; never inputs. */
export const VPN_GATEWAY_COMPUTED = {
  name: 'VpnGateway',
  description: 'The computed properties of a VPN gateway.',
  props: {
    vpnGatewayId: {
      type: 'string',
      description: 'The ID of the VPN gateway (`vpn-…`).',
      alwaysOutput: true,
      api: { key: 'VpnGatewayId', form: 'text' },
    },
    internetIp: {
      type: 'string',
      description: 'The public address of the VPN gateway; on a dual-tunnel gateway, the address of the first (master) tunnel. Customer gateways point their tunnels here.',
      api: { key: 'InternetIp', form: 'text' },
    },
    disasterRecoveryInternetIp: {
      type: 'string',
      description: 'The second public address of a dual-tunnel VPN gateway (its slave tunnel); absent on a single-tunnel gateway.',
      api: { key: 'DisasterRecoveryInternetIp', form: 'text' },
    },
    tunnelMode: {
      type: 'string',
      description: '`dual` when the gateway has a second vSwitch (`disasterRecoveryVswitchId`) and takes dual-tunnel connections, else `single`.',
      alwaysOutput: true,
    },
    status: {
      type: 'string',
      description: 'The state of the VPN gateway as last read: `init`, `provisioning`, `active`, `updating` or `deleting`.',
      api: { key: 'Status', form: 'text' },
    },
    businessStatus: {
      type: 'string',
      description: 'The payment state: `Normal`, or `FinancialLocked` (overdue; nothing can change on the gateway until it is paid).',
      api: { key: 'BusinessStatus', form: 'text' },
    },
    spec: {
      type: 'string',
      description: 'The bandwidth specification as the service reports it (for example `10M`).',
      api: { key: 'Spec', form: 'text' },
    },
    sslMaxConnections: {
      type: 'integer',
      description: 'How many SSL-VPN clients may be connected at once, as the service reports it (0 without SSL-VPN).',
      api: { key: 'SslMaxConnections', form: 'number' },
    },
    enableBgp: {
      type: 'boolean',
      description: 'Whether BGP is enabled on the VPN gateway.',
      api: { key: 'EnableBgp', form: 'boolText' },
    },
    createTime: {
      type: 'number',
      description: 'When the VPN gateway was created, in milliseconds since the Unix epoch.',
      api: { key: 'CreateTime', form: 'number' },
    },
    endTime: {
      type: 'number',
      description: 'When the VPN gateway expires, in milliseconds since the Unix epoch: the end of a Subscription\'s period (a pay-as-you-go gateway reports a far-future time).',
      api: { key: 'EndTime', form: 'number' },
    },
    resourceGroupId: {
      type: 'string',
      description: 'The ID of the resource group of the VPN gateway.',
      api: { key: 'ResourceGroupId', form: 'text' },
    },
  },
} as const satisfies ObjectDescriptor;
