// The lookup behind the functions, over a stubbed port: every page of the list action, retries of a throttled
// page, and getVpnGateway's result: the VpnGateway resource's outputs of the answer, in the forms they take.
import { strict as assert } from 'node:assert';
import { serviceError, DEFAULT_RETRY_POLICY, type ApiBody, type ApiRequest, type VpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { lookup, PAGE_SIZE } from 'pulumi-resource-alicloudvpn/dist/functions/lookup';
import { CUSTOMER_GATEWAY_LOOKUP } from 'pulumi-resource-alicloudvpn/dist/functions/getCustomerGateway/descriptor';
import * as getVpnGateway from 'pulumi-resource-alicloudvpn/dist/functions/getVpnGateway/index';

interface Sent {
  action: string;
  params: Readonly<Record<string, string>>;
}

/** A port whose list action answers `total` customer gateways named by `nameOf(i)`, newest first, paged as the API pages. */
function listingPort(total: number, nameOf: (i: number) => string, failFirst?: string): { port: VpcPort; sent: Sent[] } {
  const sent: Sent[] = [];
  let failed = false;
  const call = async (action: string, req: ApiRequest): Promise<ApiBody> => {
    sent.push({ action, params: req.params });
    if (failFirst !== undefined && !failed) {
      failed = true;
      throw serviceError({ code: failFirst, statusCode: 400 }, { action });
    }
    const page = Number(req.params.PageNumber);
    const size = Number(req.params.PageSize);
    const all = Array.from({ length: total }, (_, i) => ({ CustomerGatewayId: `cgw-${i}`, Name: nameOf(i) }));
    return { TotalCount: total, PageNumber: page, PageSize: size, CustomerGateways: { CustomerGateway: all.slice((page - 1) * size, page * size) } };
  };
  return { port: { call } as unknown as VpcPort, sent };
}

const fast = { retryPolicy: { ...DEFAULT_RETRY_POLICY, initialDelayMs: 1, maxDelayMs: 1 } };

describe('lookup', () => {
  it('follows every page at the largest page size, and stops after the last', async () => {
    const total = PAGE_SIZE * 2 + 3;
    const { port, sent } = listingPort(total, (i) => (i === total - 1 ? 'last' : `n${i}`));
    const found = await lookup(port, CUSTOMER_GATEWAY_LOOKUP, { regionId: 'cn-hangzhou', name: 'last' }, { urn: '', stack: '' }, fast);
    assert.equal(found.CustomerGatewayId, `cgw-${total - 1}`);
    assert.deepEqual(sent.map((s) => [s.action, s.params.PageNumber, s.params.PageSize, s.params.RegionId]), [1, 2, 3].map((p) => ['DescribeCustomerGateways', String(p), String(PAGE_SIZE), 'cn-hangzhou']));
  });

  it('stops at a full last page by the total count', async () => {
    const { port, sent } = listingPort(PAGE_SIZE, (i) => `n${i}`);
    await assert.rejects(lookup(port, CUSTOMER_GATEWAY_LOOKUP, { regionId: 'r', name: 'none' }, { urn: '', stack: '' }, fast), /no customer gateway named "none" in region r/);
    assert.equal(sent.length, 1);
  });

  it('retries a throttled page', async () => {
    const { port, sent } = listingPort(3, (i) => `n${i}`, 'Throttling.User');
    const found = await lookup(port, CUSTOMER_GATEWAY_LOOKUP, { regionId: 'r', name: 'n1' }, { urn: '', stack: '' }, fast);
    assert.equal(found.CustomerGatewayId, 'cgw-1');
    assert.equal(sent.length, 2);
  });

  it('lists every id a shared name has', async () => {
    const { port } = listingPort(PAGE_SIZE + 5, (i) => (i % 30 === 0 ? 'dup' : `n${i}`));
    await assert.rejects(
      lookup(port, CUSTOMER_GATEWAY_LOOKUP, { regionId: 'r', name: 'dup' }, { urn: '', stack: '' }, fast),
      /^Error: 2 customer gateways in region r are named "dup" \(cgw-0, cgw-30\): look the one you mean up by customerGatewayId instead of customerGatewayName$/,
    );
  });
});

describe('getVpnGateway result', () => {
  /** getVpnGateway's result for a DescribeVpnGateway answer. */
  async function resultOf(body: ApiBody): Promise<Record<string, unknown>> {
    const call = async (): Promise<ApiBody> => body;
    return getVpnGateway.invoke({ call } as unknown as VpcPort, { vpnGatewayId: body.VpnGatewayId, regionId: 'cn-shanghai' }, { urn: '', stack: '' });
  }

  it('is the resource\'s outputs: Spec, IpsecVpn/SslVpn, ChargeType and the tunnel mode in the outputs\' forms, without the provider\'s tags', async () => {
    const out = await resultOf({
      VpnGatewayId: 'vpn-1', VpcId: 'vpc-1', VSwitchId: 'vsw-1', InternetIp: '47.0.0.1', Status: 'active', Spec: ' 200M', IpsecVpn: 'enable',
      SslVpn: 'disable', SslMaxConnections: 0, NetworkType: 'public', VpnType: 'Normal', ChargeType: 'PrePaid', Name: 'hq', Description: '',
      Tags: { Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'alicloudvpn-stack', Value: 's' }] },
    });
    assert.deepEqual(out, {
      vpnGatewayId: 'vpn-1', vpcId: 'vpc-1', vswitchId: 'vsw-1', internetIp: '47.0.0.1', status: 'active', spec: ' 200M', sslMaxConnections: 0,
      networkType: 'public', vpnType: 'Normal', vpnGatewayName: 'hq', tags: { env: 'prod' }, regionId: 'cn-shanghai', bandwidth: 200,
      enableIpsec: true, enableSsl: false, paymentType: 'Subscription', tunnelMode: 'single',
    });
    assert.ok(Object.keys(out).every((k) => k in getVpnGateway.RESULT.props), 'every output is in the result\'s descriptor');
  });

  it('reads a dual-tunnel gateway, its SSL-VPN clients and a PostPaid charge', async () => {
    const out = await resultOf({ VpnGatewayId: 'vpn-2', DisasterRecoveryInternetIp: '47.0.0.2', ChargeType: 'PostPaid', SslVpn: 'enable', SslMaxConnections: 10 });
    assert.deepEqual([out.tunnelMode, out.paymentType, out.sslConnections], ['dual', 'PayAsYouGo', 10]);
  });

  it('returns nothing used at purchase only', () => {
    assert.ok(!('period' in getVpnGateway.RESULT.props) && !('autoPay' in getVpnGateway.RESULT.props));
  });
});
