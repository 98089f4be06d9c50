// The blocks a connection's BGP tunnel addressing (tunnelCidr) is taken from.

/** BGP tunnel CIDRs the service reserves for itself. */
export const RESERVED_TUNNEL_CIDRS: readonly string[] = [
  '169.254.0.0/30',
  '169.254.1.0/30',
  '169.254.2.0/30',
  '169.254.3.0/30',
  '169.254.4.0/30',
  '169.254.5.0/30',
  '169.254.6.0/30',
  '169.254.169.252/30',
];
export const TUNNEL_CIDR_RANGE = '169.254.0.0/16';
export const TUNNEL_CIDR_PREFIX = 30;
