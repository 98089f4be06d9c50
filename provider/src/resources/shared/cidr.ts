// IPv4 CIDR checks used by validation, on top of ipaddr.js.

import ipaddr from 'ipaddr.js';
import { isIpv4 } from '../../descriptor/ipv4';

export type CidrProblem = 'syntax' | 'host-bits';

/** Parses a strict dotted-quad IPv4 CIDR; reports host bits set (10.0.0.1/24) separately. */
export function parseIpv4Cidr(text: string): { ok: true; address: ipaddr.IPv4; prefix: number } | { ok: false; problem: CidrProblem; network?: string } {
  if (!ipaddr.IPv4.isValidCIDRFourPartDecimal(text)) return { ok: false, problem: 'syntax' };
  const [address, prefix] = ipaddr.IPv4.parseCIDR(text);
  const network = ipaddr.IPv4.networkAddressFromCIDR(text).toString();
  if (network !== address.toString()) return { ok: false, problem: 'host-bits', network: `${network}/${prefix}` };
  if (text !== `${address.toString()}/${prefix}`) return { ok: false, problem: 'syntax' };
  return { ok: true, address, prefix };
}

export function ipv4InCidr(ip: string, cidr: string): boolean {
  if (!isIpv4(ip) || !ipaddr.IPv4.isValidCIDRFourPartDecimal(cidr)) return false;
  return ipaddr.IPv4.parse(ip).match(ipaddr.IPv4.parseCIDR(cidr));
}

export function networkAndBroadcast(cidr: string): [string, string] {
  return [ipaddr.IPv4.networkAddressFromCIDR(cidr).toString(), ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString()];
}
