// Response shapes for VPN gateways and customer gateways, typed as the SDK's
// DescribeVpnGatewayResponseBody and DescribeCustomerGatewayResponseBody expect.
import { gatewayStatus } from '../models/vpnGateway';
import type { CustomerGatewayRecord, VpnGatewayRecord } from '../models/types';

export function describeGateway(gw: VpnGatewayRecord, now: number) {
  return {
    VpnGatewayId: gw.VpnGatewayId,
    VpcId: gw.VpcId,
    VSwitchId: gw.VSwitchId,
    Name: gw.Name,
    Description: gw.Description,
    Status: gatewayStatus(gw, now),
    BusinessStatus: gw.BusinessStatus,
    VpnType: gw.VpnType,
    InternetIp: gw.InternetIp,
    // Returned only for gateways that take dual-tunnel connections.
    ...(gw.TunnelMode === 'dual'
      ? { DisasterRecoveryInternetIp: gw.DisasterRecoveryInternetIp, DisasterRecoveryVSwitchId: gw.DisasterRecoveryVSwitchId }
      : {}),
    Spec: `${gw.Bandwidth}M`,
    CreateTime: gw.CreateTime,
    EndTime: 32503651200000,
    ChargeType: 'PostPaid',
    GatewayType: 'Normal',
    NetworkType: 'public',
    IpsecVpn: 'enable',
    SslVpn: 'disable',
    SslMaxConnections: 0,
    EnableBgp: false,
    AutoPropagate: false,
    ResourceGroupId: 'rg-acfmemulator0001',
    Tag: '',
    Tags: { Tag: gw.Tags.map((t) => ({ ...t })) },
    EniInstanceIds: { EniInstanceId: [] as string[] },
  };
}

export function describeCustomerGateway(cgw: CustomerGatewayRecord) {
  return {
    CustomerGatewayId: cgw.CustomerGatewayId,
    IpAddress: cgw.IpAddress,
    ...(cgw.Asn !== null ? { Asn: cgw.Asn } : {}),
    AuthKey: cgw.AuthKey,
    Name: cgw.Name,
    Description: cgw.Description,
    CreateTime: cgw.CreateTime,
    ResourceGroupId: 'rg-acfmemulator0001',
    Tags: { Tag: cgw.Tags.map((t) => ({ ...t })) },
  };
}
