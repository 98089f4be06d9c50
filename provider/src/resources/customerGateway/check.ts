// check for a customer gateway: each property by its descriptor (descriptor/check.ts), then the rules a limit
// cannot say: a usable address, ASN 45104, the URL prefix of names and descriptions, the `?` of an auth key,
// the tags (shared with the other resources) and the region. No API call; every failure names its property path.

import ipaddr from 'ipaddr.js';
import { checkObject } from '../../descriptor/check';
import { isSet } from '../../descriptor/coerce';
import { CheckContext, CheckResult, PropertyMap } from '../resource';
import { checkRegion } from '../region';
import { Checker } from '../shared/checker';
import { checkTags } from '../shared/tagRules';
import { CUSTOMER_GATEWAY } from './descriptor';

/** Alibaba Cloud's own ASN, which a customer gateway may not use. */
export const ALIBABA_ASN = 45104;

/**
 * The ranges CreateCustomerGateway documents as unusable (a connection to them is never established), plus
 * 0.0.0.0/8, which names no device. Private addresses are allowed: private-network connections use them.
 */
const UNUSABLE: readonly (readonly [string, string])[] = [
  ['0.0.0.0/8', 'the "this network" range 0.0.0.0/8'],
  ['100.64.0.0/10', 'a shared address (100.64.0.0/10)'],
  ['127.0.0.0/8', 'a loopback address (127.0.0.0/8)'],
  ['169.254.0.0/16', 'a link-local address (169.254.0.0/16)'],
  ['224.0.0.0/4', 'a multicast address (224.0.0.0/4)'],
  ['255.0.0.0/8', 'in 255.0.0.0/8'],
];
const UNUSABLE_RANGES = UNUSABLE.map(([cidr, why]) => [ipaddr.IPv4.parseCIDR(cidr), why] as const);

const URL_PREFIX = /^https?:\/\//i;

function publicAddress(c: Checker, ip: string): void {
  const addr = ipaddr.IPv4.parse(ip);
  const hit = UNUSABLE_RANGES.find(([range]) => addr.match(range));
  if (hit !== undefined) c.fail('ipAddress', `"${ip}" is ${hit[1]}, which the service does not accept; give the static public (or, for a private-network connection, private) IPv4 address of the device in your data center`);
}

export function checkInputs(news: PropertyMap, ctx: CheckContext): CheckResult {
  const c = new Checker();
  const out = checkObject(c, CUSTOMER_GATEWAY, news, '', undefined, ['tags']);
  // checkObject names paths from its prefix: `.ipAddress` at the top level.
  for (const f of c.failures) f.property = f.property.replace(/^\./, '');
  if (!isSet(news.ipAddress)) c.fail('ipAddress', 'required: the static public IPv4 address of the gateway device in your data center');
  else if (typeof out.ipAddress === 'string') publicAddress(c, out.ipAddress);
  if (typeof out.asn === 'number') {
    if (out.asn === ALIBABA_ASN) c.fail('asn', `${ALIBABA_ASN} is Alibaba Cloud's own ASN; use the ASN of your device (a private ASN: 64512 to 65534 or 4200000000 to 4294967294)`);
    out.asn = String(out.asn);
  }
  for (const key of ['customerGatewayName', 'description'] as const) {
    const v = out[key];
    if (typeof v === 'string' && URL_PREFIX.test(v)) c.fail(key, 'must not start with http:// or https://');
  }
  if (typeof out.authKey === 'string' && out.authKey.includes('?')) c.fail('authKey', `must not contain "?"; the given value (${out.authKey.length} characters) does`);
  const tags = checkTags(c, news.tags, 'customer gateway');
  if (tags !== undefined) out.tags = tags;
  checkRegion(c, out, ctx);
  return { inputs: out, failures: c.failures };
}
