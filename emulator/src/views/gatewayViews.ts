// Response shapes for VPN gateways and customer gateways, typed as the SDK's
// DescribeVpnGatewayResponseBody and DescribeCustomerGatewayResponseBody expect.
import { gatewayStatus } from '../models/vpnGateway';
import { endTime } from '../models/vpnGatewayOptions';
import type { CustomerGatewayRecord, VpnGatewayRecord } from '../models/types';

/** Every resource here is in the account's default resource group. */
export const RESOURCE_GROUP_ID = 'rg-acfmemulator0001';

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
    EndTime: endTime(gw.InstanceChargeType, gw.Period, gw.CreateTime),
    ChargeType: gw.InstanceChargeType === 'PREPAY' ? 'PrePaid' : 'PostPaid',
    GatewayType: 'Normal',
    NetworkType: gw.NetworkType,
    IpsecVpn: gw.EnableIpsec ? 'enable' : 'disable',
    SslVpn: gw.EnableSsl ? 'enable' : 'disable',
    SslMaxConnections: gw.SslConnections,
    EnableBgp: false,
    AutoPropagate: gw.AutoPropagate,
    ResourceGroupId: RESOURCE_GROUP_ID,
    Tag: '',
    Tags: { Tag: gw.Tags.map((t) => ({ ...t })) },
    EniInstanceIds: { EniInstanceId: [] as string[] },
  };
}

/** ModifyVpnGatewayAttribute's answer: the fields its response model declares. */
export function modifiedGateway(gw: VpnGatewayRecord, now: number) {
  const d = describeGateway(gw, now);
  return {
    VpnGatewayId: d.VpnGatewayId, VpcId: d.VpcId, VSwitchId: d.VSwitchId, Name: d.Name, Description: d.Description,
    Status: d.Status, BusinessStatus: d.BusinessStatus, InternetIp: d.InternetIp, IntranetIp: '',
    ...(gw.TunnelMode === 'dual'
      ? { DisasterRecoveryInternetIp: gw.DisasterRecoveryInternetIp, DisasterRecoveryVSwitchId: gw.DisasterRecoveryVSwitchId }
      : {}),
    Spec: d.Spec, CreateTime: d.CreateTime, EndTime: d.EndTime, EnableBgp: d.EnableBgp, AutoPropagate: d.AutoPropagate,
    ResourceGroupId: d.ResourceGroupId,
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
    ResourceGroupId: RESOURCE_GROUP_ID,
    Tags: { Tag: cgw.Tags.map((t) => ({ ...t })) },
  };
}
