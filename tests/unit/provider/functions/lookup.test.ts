// The lookup behind the functions, over a stubbed port: every page of the list action, retries of a throttled
// page, the VPN gateway's answer in the forms the outputs take.
import { strict as assert } from 'node:assert';
import { serviceError, DEFAULT_RETRY_POLICY, type ApiBody, type ApiRequest, type VpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { lookup, PAGE_SIZE } from 'pulumi-resource-alicloudvpn/dist/functions/lookup';
import { CUSTOMER_GATEWAY_LOOKUP } from 'pulumi-resource-alicloudvpn/dist/functions/getCustomerGateway/descriptor';
import { outputsFromBody } from 'pulumi-resource-alicloudvpn/dist/functions/getVpnGateway/model';

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

describe('getVpnGateway outputs', () => {
  it('reads Spec, IpsecVpn/SslVpn, ChargeType and the tunnel mode into the outputs\' forms, without the provider\'s tags', () => {
    const out = outputsFromBody({
      VpnGatewayId: 'vpn-1', VpcId: 'vpc-1', VSwitchId: 'vsw-1', InternetIp: '47.0.0.1', Status: 'active', Spec: '200M', IpsecVpn: 'enable',
      SslVpn: 'disable', SslMaxConnections: 5, NetworkType: 'public', VpnType: 'Normal', ChargeType: 'PrePaid', Name: 'hq', Description: '',
      Tags: { Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'alicloudvpn-stack', Value: 's' }] },
    }, 'cn-shanghai');
    assert.deepEqual(out, {
      vpnGatewayId: 'vpn-1', vpcId: 'vpc-1', vswitchId: 'vsw-1', internetIp: '47.0.0.1', status: 'active', sslConnections: 5, networkType: 'public',
      vpnType: 'Normal', vpnGatewayName: 'hq', tags: { env: 'prod' }, regionId: 'cn-shanghai', bandwidth: 200, enableIpsec: true, enableSsl: false,
      paymentType: 'Subscription', tunnelMode: 'single',
    });
    assert.equal(outputsFromBody({ VpnGatewayId: 'vpn-2', DisasterRecoveryInternetIp: '47.0.0.2', ChargeType: 'PostPaid' }, 'r').tunnelMode, 'dual');
  });
});
