// A VPN gateway's Describe answer (or list item) as getVpnGateway's outputs: what its descriptor reads, then the
// values the service reports in another form than the outputs take.

import type { ApiBody } from '../../cloud';
import { fromBody } from '../../descriptor/wire';
import type { PropertyMap } from '../../resources/resource';
import { withoutProviderTags } from '../../resources/shared/providerTags';
import { GET_VPN_GATEWAY_RESULT } from './descriptor';

/** `ChargeType` as the outputs (and `@pulumi/alicloud`) spell it. */
const PAYMENT_TYPES: Readonly<Record<string, string>> = { PostPaid: 'PayAsYouGo', POSTPAY: 'PayAsYouGo', PrePaid: 'Subscription', PREPAY: 'Subscription' };

/** `enable` / `disable`, as IpsecVpn and SslVpn report them. */
function enabled(v: unknown): boolean | undefined {
  return v === 'enable' ? true : v === 'disable' ? false : undefined;
}

/** `Spec` `10M` → 10. */
function bandwidth(v: unknown): number | undefined {
  const m = typeof v === 'string' ? /^(\d+)\s*M$/i.exec(v.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function outputsFromBody(body: ApiBody, regionId: string): PropertyMap {
  const out: PropertyMap = { ...fromBody(GET_VPN_GATEWAY_RESULT, body), regionId };
  const derived: PropertyMap = {
    bandwidth: bandwidth(body.Spec),
    enableIpsec: enabled(body.IpsecVpn),
    enableSsl: enabled(body.SslVpn),
    paymentType: PAYMENT_TYPES[String(body.ChargeType)],
    // DescribeVpnGateway reports the second vSwitch and address only for gateways that take dual-tunnel connections.
    tunnelMode: (text(body.DisasterRecoveryVSwitchId) ?? text(body.DisasterRecoveryInternetIp)) !== undefined ? 'dual' : 'single',
  };
  for (const [k, v] of Object.entries(derived)) if (v !== undefined) out[k] = v;
  out.tags = withoutProviderTags(out.tags ?? {});
  return out;
}
