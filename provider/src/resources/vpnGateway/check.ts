// check for a VPN gateway: each property by its descriptor (descriptor/check.ts), then the rules a limit cannot
// say: the bandwidths of the network type, SSL-VPN clients only with SSL-VPN, a period only for a Subscription,
// the name rule, a dual-tunnel gateway's first vSwitch, the tags (shared with the other resources) and the
// region. What only the service knows (the vSwitches' VPC and zones) is left to it. No API call; every failure
// names its property path.

import { checkObject } from '../../descriptor/check';
import { isSet } from '../../descriptor/coerce';
import { CheckContext, CheckResult, PropertyMap, isUnknown } from '../resource';
import { checkRegion } from '../region';
import { Checker, describeValue } from '../shared/checker';
import { checkTags } from '../shared/tagRules';
import { PERIODS, PRIVATE_BANDWIDTHS, PUBLIC_BANDWIDTHS, SSL_CONNECTIONS, VPN_GATEWAY } from './descriptor';

/**
 * CreateVpnGateway's and ModifyVpnGatewayAttribute's name: 2 to 100 characters, a letter first, then letters,
 * digits, `_`, `-` and `.` (the Chinese-language reference also allows Chinese characters).
 */
const NAME_PATTERN = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,99}$/;
const URL_PREFIX = /^https?:\/\//i;

const known = (v: unknown): boolean => isSet(v) && !isUnknown(v);

function oneOf(c: Checker, path: string, v: unknown, allowed: readonly number[], why: string): void {
  if (typeof v === 'number' && !allowed.includes(v)) c.fail(path, `${v} is not allowed${why}; allowed values: ${allowed.join(', ')}`);
}

function checkBandwidth(c: Checker, out: PropertyMap): void {
  if (out.networkType === 'private') oneOf(c, 'bandwidth', out.bandwidth, PRIVATE_BANDWIDTHS, ' for a private gateway (networkType: private)');
  else if (out.networkType === 'public') oneOf(c, 'bandwidth', out.bandwidth, PUBLIC_BANDWIDTHS, ' for a public gateway');
  else oneOf(c, 'bandwidth', out.bandwidth, PUBLIC_BANDWIDTHS, '');
}

function checkSsl(c: Checker, news: PropertyMap, out: PropertyMap): void {
  if (out.enableSsl === false && known(news.sslConnections)) {
    c.fail('sslConnections', 'only used with SSL-VPN: set enableSsl: true, or remove sslConnections');
    delete out.sslConnections;
    return;
  }
  oneOf(c, 'sslConnections', out.sslConnections, SSL_CONNECTIONS, '');
  if (out.enableSsl === true && !isSet(news.sslConnections)) out.sslConnections = 5;
}

function checkPeriod(c: Checker, news: PropertyMap, out: PropertyMap): void {
  if (out.paymentType === 'PayAsYouGo' && known(news.period)) {
    c.fail('period', 'only used with paymentType: Subscription (a pay-as-you-go gateway has no period); remove period or set paymentType: Subscription');
    delete out.period;
    return;
  }
  oneOf(c, 'period', out.period, PERIODS, ' (months)');
  if (out.paymentType === 'Subscription' && !isSet(news.period)) out.period = 1;
}

function checkName(c: Checker, v: unknown): void {
  if (typeof v !== 'string') return;
  if (URL_PREFIX.test(v)) c.fail('vpnGatewayName', `${describeValue(v)} must not start with http:// or https://`);
  else if (!NAME_PATTERN.test(v)) {
    c.fail('vpnGatewayName', `${describeValue(v)} is not a valid name: 2 to 100 characters, starting with a letter (or Chinese character), then letters, Chinese characters, digits, "_", "-" and "."`);
  }
}

export function checkInputs(news: PropertyMap, ctx: CheckContext): CheckResult {
  const c = new Checker();
  const out = checkObject(c, VPN_GATEWAY, news, '', undefined, ['tags']);
  // checkObject names paths from its prefix: `.vpcId` at the top level.
  for (const f of c.failures) f.property = f.property.replace(/^\./, '');
  for (const [key, what] of [['vpcId', 'the ID of the VPC to attach the gateway to (vpc-…)'], ['bandwidth', 'the bandwidth in Mbit/s, for example 10']] as const) {
    if (!isSet(news[key])) c.fail(key, `required: ${what}`);
  }
  for (const key of ['vpcId', 'vswitchId', 'disasterRecoveryVswitchId'] as const) {
    if (out[key] === '') c.fail(key, 'must not be empty; remove it or name an ID');
  }
  checkBandwidth(c, out);
  checkSsl(c, news, out);
  checkPeriod(c, news, out);
  checkName(c, out.vpnGatewayName);
  if (typeof out.description === 'string' && URL_PREFIX.test(out.description)) c.fail('description', 'must not start with http:// or https://');
  if (known(news.disasterRecoveryVswitchId) && !isSet(news.vswitchId)) {
    c.fail('vswitchId', 'required with disasterRecoveryVswitchId: a dual-tunnel gateway needs both vSwitches, in different zones of the VPC');
  }
  const tags = checkTags(c, news.tags, 'VPN gateway');
  if (tags !== undefined) out.tags = tags;
  checkRegion(c, out, ctx);
  return { inputs: out, failures: c.failures };
}
