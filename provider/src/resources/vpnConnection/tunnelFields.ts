// The properties of one tunnel of a dual-tunnel connection, described once like the rest of the resource
// (fields.ts); each table must match its interface in types.ts exactly.

import type { Fields } from '../fields';
import type { TunnelBgpConfig, TunnelOptions, TunnelStatus } from './types';

export const TUNNEL_BGP_FIELDS = {
  localAsn: {
    type: 'number',
    description:
      'The autonomous system number on the Alibaba Cloud side of this tunnel: an integer from 1 to 4294967295. Default: 45104.',
  },
  tunnelCidr: {
    type: 'string',
    description:
      "The CIDR block of this tunnel: a /30 block inside 169.254.0.0/16, outside the reserved blocks 169.254.0.0/30 to 169.254.6.0/30 and 169.254.169.252/30, unique on the VPN gateway (the two tunnels' blocks differ). Required when `enableTunnelsBgp` is true.",
  },
  localBgpIp: {
    type: 'string',
    description: 'The BGP address of this tunnel on the Alibaba Cloud side: a host address inside `tunnelCidr`. Required when `enableTunnelsBgp` is true.',
  },
} as const satisfies Fields<TunnelBgpConfig>;

export const TUNNEL_OPTIONS_FIELDS = {
  role: {
    type: { enum: 'TunnelRole' },
    description: 'The role of the tunnel: `master` or `slave`. A dual-tunnel connection has exactly one of each; tunnels are matched by role, so their order in the program does not matter.',
    required: true,
  },
  customerGatewayId: {
    type: 'string',
    description: "The ID of this tunnel's customer gateway. Changing it replaces the connection.",
    required: true,
  },
  enableDpd: {
    type: 'boolean',
    description: 'Whether dead peer detection (DPD) is enabled on this tunnel. Default: `true`.',
  },
  enableNatTraversal: {
    type: 'boolean',
    description: 'Whether NAT traversal is enabled on this tunnel. Default: `true`.',
  },
  remoteCaCertificate: {
    type: 'string',
    description: "The peer's CA certificate (PEM) for this tunnel, required on a ShangMi (SM, NationalStandard) VPN gateway and not allowed on a standard gateway.",
  },
  tunnelIkeConfig: {
    type: { object: 'VpnConnectionIkeConfig' },
    description: "This tunnel's phase-one (IKE) negotiation; its `psk` is kept secret, given or generated.",
  },
  tunnelIpsecConfig: {
    type: { object: 'VpnConnectionIpsecConfig' },
    description: "This tunnel's phase-two (IPsec) negotiation.",
  },
  tunnelBgpConfig: {
    type: { object: 'VpnConnectionTunnelBgpConfig' },
    description: "This tunnel's BGP settings (BGP itself is switched on for both tunnels by `enableTunnelsBgp`).",
  },
} as const satisfies Fields<TunnelOptions>;

export const TUNNEL_STATUS_FIELDS = {
  role: { type: { enum: 'TunnelRole' }, description: 'The role of the tunnel: `master` or `slave`.' },
  tunnelId: { type: 'string', description: 'The ID of the tunnel (`tun-…`).' },
  customerGatewayId: { type: 'string', description: "The ID of the tunnel's customer gateway." },
  state: { type: 'string', description: 'The state of the tunnel as the service reports it.' },
  status: { type: 'string', description: 'The negotiation status of the tunnel.' },
} as const satisfies Fields<TunnelStatus>;
