// The strict dotted-quad IPv4 address check descriptors' `ipv4` limit and the resources' address rules share.

import ipaddr from 'ipaddr.js';

export function isIpv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) && ipaddr.IPv4.parse(text).toString() === text;
}
