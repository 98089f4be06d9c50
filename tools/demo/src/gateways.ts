import { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient, * as $Vpc from '@alicloud/vpc20160428';

export interface CustomerGateway {
  customerGatewayId: string;
  name: string;
  ipAddress: string;
}

export interface DemoGateways {
  /** A dual-tunnel VPN gateway: it takes dual-tunnel connections only. */
  vpnGatewayId: string;
  /** The office's primary uplink (the master tunnel's peer) and its backup uplink (the slave tunnel's). */
  primary: CustomerGateway;
  backup: CustomerGateway;
}

export interface ApiAccess {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  region: string;
}

const VPN_GATEWAY_NAME = 'quickstart-dual-gateway';
const VPC_ID = 'vpc-quickstart0000000001';
// Two vSwitches in different zones; the second (DisasterRecoveryVSwitchId) makes the gateway dual-tunnel.
const VSWITCH_ID = 'vsw-quickstart0000000001';
const DISASTER_RECOVERY_VSWITCH_ID = 'vsw-quickstart0000000002';
const OFFICE_UPLINKS = {
  primary: { name: 'quickstart-office-primary', ipAddress: '203.0.113.10' },
  backup: { name: 'quickstart-office-backup', ipAddress: '203.0.113.11' },
} as const;
const GATEWAY_READY_TIMEOUT_MS = 60_000;
const PAGE_SIZE = 50;

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
 * The dual-tunnel VPN gateway and the two customer gateways (the office's primary and backup uplinks) the quickstart
 * connects, made through the VPC API like a user would in the console. Found by name on re-runs so `make demo` stays
 * a no-op; ClientTokens make a retried create safe.
 */
export async function ensureGateways(access: ApiAccess): Promise<DemoGateways> {
  const client = vpcClient(access);
  const gateways = await listVpnGateways(client, access.region);
  const vpnGatewayId = await ensureVpnGateway(client, access.region, gateways);
  const customerGateways = await listCustomerGateways(client, access.region);
  const primary = await ensureCustomerGateway(client, access.region, customerGateways, OFFICE_UPLINKS.primary);
  const backup = await ensureCustomerGateway(client, access.region, customerGateways, OFFICE_UPLINKS.backup);
  await waitForGatewayActive(client, access.region, vpnGatewayId);
  return { vpnGatewayId, primary, backup };
}

type VpnGatewayItem = $Vpc.DescribeVpnGatewaysResponseBodyVpnGatewaysVpnGateway;
type CustomerGatewayItem = $Vpc.DescribeCustomerGatewaysResponseBodyCustomerGatewaysCustomerGateway;

async function listVpnGateways(client: VpcClient, region: string): Promise<VpnGatewayItem[]> {
  const all: VpnGatewayItem[] = [];
  for (let page = 1; ; page++) {
    const res = await client.describeVpnGateways(
      new $Vpc.DescribeVpnGatewaysRequest({ regionId: region, pageNumber: page, pageSize: PAGE_SIZE }),
    );
    const items = res.body?.vpnGateways?.vpnGateway ?? [];
    all.push(...items);
    if (items.length < PAGE_SIZE || all.length >= (res.body?.totalCount ?? 0)) return all;
  }
}

async function listCustomerGateways(client: VpcClient, region: string): Promise<CustomerGatewayItem[]> {
  const all: CustomerGatewayItem[] = [];
  for (let page = 1; ; page++) {
    const res = await client.describeCustomerGateways(
      new $Vpc.DescribeCustomerGatewaysRequest({ regionId: region, pageNumber: page, pageSize: PAGE_SIZE }),
    );
    const items = res.body?.customerGateways?.customerGateway ?? [];
    all.push(...items);
    if (items.length < PAGE_SIZE || all.length >= (res.body?.totalCount ?? 0)) return all;
  }
}

async function ensureVpnGateway(client: VpcClient, region: string, existing: VpnGatewayItem[]): Promise<string> {
  const found = existing.find((g) => g.name === VPN_GATEWAY_NAME);
  if (found?.vpnGatewayId) {
    if (!found.disasterRecoveryVSwitchId) {
      throw new Error(
        `VPN gateway ${found.vpnGatewayId} is named ${VPN_GATEWAY_NAME} but is single-tunnel (no DisasterRecoveryVSwitchId); ` +
          'the quickstart needs a dual-tunnel gateway: run `make demo-destroy` and `make demo` again',
      );
    }
    return found.vpnGatewayId;
  }
  const created = await client.createVpnGateway(
    new $Vpc.CreateVpnGatewayRequest({
      regionId: region,
      vpcId: VPC_ID,
      vSwitchId: VSWITCH_ID,
      disasterRecoveryVSwitchId: DISASTER_RECOVERY_VSWITCH_ID,
      bandwidth: 10,
      name: VPN_GATEWAY_NAME,
      clientToken: 'alicloudvpn-quickstart-dual-vpn-gateway',
    }),
  );
  return required(created.body?.vpnGatewayId, 'CreateVpnGateway returned no VpnGatewayId');
}

async function ensureCustomerGateway(
  client: VpcClient,
  region: string,
  existing: CustomerGatewayItem[],
  uplink: { name: string; ipAddress: string },
): Promise<CustomerGateway> {
  const found = existing.find((g) => g.name === uplink.name);
  if (found?.customerGatewayId) {
    return { customerGatewayId: found.customerGatewayId, name: uplink.name, ipAddress: found.ipAddress ?? uplink.ipAddress };
  }
  const created = await client.createCustomerGateway(
    new $Vpc.CreateCustomerGatewayRequest({
      regionId: region,
      ipAddress: uplink.ipAddress,
      name: uplink.name,
      clientToken: `alicloudvpn-${uplink.name}`,
    }),
  );
  const customerGatewayId = required(created.body?.customerGatewayId, 'CreateCustomerGateway returned no CustomerGatewayId');
  return { customerGatewayId, name: uplink.name, ipAddress: uplink.ipAddress };
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
