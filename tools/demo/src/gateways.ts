import { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient, * as $Vpc from '@alicloud/vpc20160428';

export interface DemoGateways {
  vpnGatewayId: string;
  customerGatewayId: string;
}

export interface ApiAccess {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  region: string;
}

const VPN_GATEWAY_NAME = 'quickstart-gateway';
const CUSTOMER_GATEWAY_NAME = 'quickstart-office';
const OFFICE_PUBLIC_IP = '203.0.113.10';
const GATEWAY_READY_TIMEOUT_MS = 60_000;

export function vpcClient(access: ApiAccess): VpcClient {
  return new VpcClient(
    new $OpenApiUtil.Config({
      accessKeyId: access.accessKeyId,
      accessKeySecret: access.accessKeySecret,
      endpoint: access.endpoint,
      protocol: 'http',
      regionId: access.region,
    }),
  );
}

/**
 * The VPN gateway and customer gateway the quickstart connects, made through the VPC API like a user would in the
 * console. Found by name on re-runs so `make demo` stays a no-op; ClientTokens make a retried create safe.
 */
export async function ensureGateways(access: ApiAccess): Promise<DemoGateways> {
  const client = vpcClient(access);
  const vpnGatewayId = await ensureVpnGateway(client, access.region);
  const customerGatewayId = await ensureCustomerGateway(client, access.region);
  await waitForGatewayActive(client, access.region, vpnGatewayId);
  return { vpnGatewayId, customerGatewayId };
}

async function ensureVpnGateway(client: VpcClient, region: string): Promise<string> {
  const existing = await client.describeVpnGateways(new $Vpc.DescribeVpnGatewaysRequest({ regionId: region, pageSize: 50 }));
  const found = existing.body?.vpnGateways?.vpnGateway?.find((g) => g.name === VPN_GATEWAY_NAME);
  if (found?.vpnGatewayId) return found.vpnGatewayId;
  const created = await client.createVpnGateway(
    new $Vpc.CreateVpnGatewayRequest({
      regionId: region,
      vpcId: 'vpc-quickstart0000000001',
      bandwidth: 10,
      name: VPN_GATEWAY_NAME,
      clientToken: 'alicloudvpn-quickstart-vpn-gateway',
    }),
  );
  return required(created.body?.vpnGatewayId, 'CreateVpnGateway returned no VpnGatewayId');
}

async function ensureCustomerGateway(client: VpcClient, region: string): Promise<string> {
  const existing = await client.describeCustomerGateways(
    new $Vpc.DescribeCustomerGatewaysRequest({ regionId: region, pageSize: 50 }),
  );
  const found = existing.body?.customerGateways?.customerGateway?.find((g) => g.name === CUSTOMER_GATEWAY_NAME);
  if (found?.customerGatewayId) return found.customerGatewayId;
  const created = await client.createCustomerGateway(
    new $Vpc.CreateCustomerGatewayRequest({
      regionId: region,
      ipAddress: OFFICE_PUBLIC_IP,
      name: CUSTOMER_GATEWAY_NAME,
      clientToken: 'alicloudvpn-quickstart-customer-gateway',
    }),
  );
  return required(created.body?.customerGatewayId, 'CreateCustomerGateway returned no CustomerGatewayId');
}

async function waitForGatewayActive(client: VpcClient, region: string, vpnGatewayId: string): Promise<void> {
  const deadline = Date.now() + GATEWAY_READY_TIMEOUT_MS;
  for (;;) {
    const gw = await client.describeVpnGateway(new $Vpc.DescribeVpnGatewayRequest({ regionId: region, vpnGatewayId }));
    if (gw.body?.status === 'active') return;
    if (Date.now() > deadline) throw new Error(`VPN gateway ${vpnGatewayId} is still ${gw.body?.status} after 60 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}
