// What a VPN gateway is bought with: bandwidth, network type, charge type, SSL-VPN, and the checks CreateVpnGateway
// applies to them (values from the CreateVpnGateway reference).
import { Errors } from '../errors';
import type { InstanceChargeType, NetworkType, VpnType } from './types';

export const VPN_TYPES: readonly VpnType[] = ['Normal', 'NationalStandard'];
export const NETWORK_TYPES: readonly NetworkType[] = ['public', 'private'];
export const INSTANCE_CHARGE_TYPES: readonly InstanceChargeType[] = ['POSTPAY', 'PREPAY'];
/** Mbit/s a public gateway is sold with; a private one only 200 and 1000. */
export const PUBLIC_BANDWIDTHS: readonly number[] = [5, 10, 20, 50, 100, 200, 500, 1000];
export const PRIVATE_BANDWIDTHS: readonly number[] = [200, 1000];
export const SSL_CONNECTIONS: readonly number[] = [5, 10, 20, 50, 100, 200, 500, 1000];
/** Months a PREPAY gateway can be bought for. */
export const PERIODS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36];

export interface GatewayOptions {
  readonly Bandwidth: number;
  readonly VpnType: VpnType;
  readonly NetworkType: NetworkType;
  readonly EnableIpsec: boolean;
  readonly EnableSsl: boolean;
  readonly SslConnections: number;
  readonly InstanceChargeType: InstanceChargeType;
  readonly Period: number;
  readonly AutoPay: boolean;
}

/** Raw values as they arrive (undefined: not given). */
export interface GatewayOptionsInput {
  readonly Bandwidth: number;
  readonly VpnType?: string;
  readonly NetworkType?: string;
  readonly EnableIpsec?: boolean;
  readonly EnableSsl?: boolean;
  readonly SslConnections?: number;
  readonly InstanceChargeType?: string;
  readonly Period?: number;
  readonly AutoPay?: boolean;
}

function oneOf<T extends string | number>(name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) throw Errors.illegal(name, String(value));
  return value;
}

/** Applies the defaults (public, IPsec on, SSL off with 5 clients when on, POSTPAY, Period 1 for PREPAY, AutoPay false) and checks every value. */
export function resolveGatewayOptions(input: GatewayOptionsInput): GatewayOptions {
  const VpnType = oneOf('VpnType', (input.VpnType ?? 'Normal') as VpnType, VPN_TYPES);
  const NetworkType = oneOf('NetworkType', (input.NetworkType ?? 'public') as NetworkType, NETWORK_TYPES);
  oneOf('Bandwidth', input.Bandwidth, NetworkType === 'private' ? PRIVATE_BANDWIDTHS : PUBLIC_BANDWIDTHS);
  const InstanceChargeType = oneOf('InstanceChargeType', (input.InstanceChargeType ?? 'POSTPAY') as InstanceChargeType, INSTANCE_CHARGE_TYPES);
  const Period = InstanceChargeType === 'PREPAY' ? oneOf('Period', input.Period ?? 1, PERIODS) : 0;
  const EnableSsl = input.EnableSsl ?? false;
  const SslConnections = EnableSsl ? oneOf('SslConnections', input.SslConnections ?? 5, SSL_CONNECTIONS) : 0;
  return {
    Bandwidth: input.Bandwidth, VpnType, NetworkType, EnableIpsec: input.EnableIpsec ?? true, EnableSsl, SslConnections,
    InstanceChargeType, Period, AutoPay: input.AutoPay ?? false,
  };
}

const MONTH_MS = 30 * 24 * 3600 * 1000;
/** What the service answers as EndTime of a gateway that never expires (POSTPAY). */
export const NO_END_TIME = 32503651200000;

export function endTime(chargeType: InstanceChargeType, period: number, createTime: number): number {
  return chargeType === 'PREPAY' ? createTime + period * MONTH_MS : NO_END_TIME;
}

/** Description of a gateway, customer gateway or route: 1–100 characters, not starting with http(s)://. */
export function checkDescription(value: string): void {
  if (value.length < 1 || value.length > 100 || /^https?:\/\//i.test(value)) throw Errors.illegal('Description', value);
}
