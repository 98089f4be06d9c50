// Turns the JSON-string parameters (IkeConfig, IpsecConfig, HealthCheckConfig, BgpConfig) and the
// flattened tunnel options into typed partial configurations, and fills the service's defaults.
import { Errors } from '../errors';
import type { Nested } from '../protocol';
import { parseAsn } from './connectionRules';
import { newPsk } from './ids';
import type { BgpConfig, HealthCheckConfig, IkeConfig, IpsecConfig, VpnType } from './types';

export type Loose = Record<string, unknown>;

/** Parses a JSON-object parameter. The raw text is never echoed: IkeConfig may hold the PSK. */
export function parseJsonObject(name: string, raw: string): Loose {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw Errors.illegal(name);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw Errors.illegal(name);
  return value as Loose;
}

/** First present key among the spellings the service accepts (e.g. `enable` / `Enable`). */
function pick(obj: Loose | Nested, ...keys: string[]): unknown {
  for (const k of keys) if (obj[k] !== undefined && obj[k] !== null) return obj[k];
  return undefined;
}

function asString(field: string, value: unknown, secret = false): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw Errors.illegal(field, secret ? undefined : JSON.stringify(value));
}

/** Numbers may arrive as JSON numbers or as decimal strings. */
function asInteger(field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  throw Errors.illegal(field, String(value));
}

export function asBoolean(field: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw Errors.illegal(field, String(value));
}

function defined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function readIkeConfig(obj: Loose | Nested): Partial<IkeConfig> {
  return defined({
    IkeVersion: asString('IkeVersion', pick(obj, 'IkeVersion')),
    IkeMode: asString('IkeMode', pick(obj, 'IkeMode')),
    IkeEncAlg: asString('IkeEncAlg', pick(obj, 'IkeEncAlg')),
    IkeAuthAlg: asString('IkeAuthAlg', pick(obj, 'IkeAuthAlg')),
    IkePfs: asString('IkePfs', pick(obj, 'IkePfs')),
    IkeLifetime: asInteger('IkeLifetime', pick(obj, 'IkeLifetime')),
    // Older documents call the local identity LocalIdIPsec; responses call it LocalId.
    LocalId: asString('LocalId', pick(obj, 'LocalId', 'LocalIdIPsec')),
    RemoteId: asString('RemoteId', pick(obj, 'RemoteId')),
    Psk: asString('Psk', pick(obj, 'Psk'), true),
  });
}

export function readIpsecConfig(obj: Loose | Nested): Partial<IpsecConfig> {
  return defined({
    IpsecEncAlg: asString('IpsecEncAlg', pick(obj, 'IpsecEncAlg')),
    IpsecAuthAlg: asString('IpsecAuthAlg', pick(obj, 'IpsecAuthAlg')),
    IpsecPfs: asString('IpsecPfs', pick(obj, 'IpsecPfs')),
    IpsecLifetime: asInteger('IpsecLifetime', pick(obj, 'IpsecLifetime')),
  });
}

/** The document spells the keys in lower case, responses capitalise them; both are accepted. */
export function readHealthCheck(obj: Loose): Partial<HealthCheckConfig> {
  return defined({
    Enable: asBoolean('Enable', pick(obj, 'enable', 'Enable')),
    Dip: asString('Dip', pick(obj, 'dip', 'Dip')),
    Sip: asString('Sip', pick(obj, 'sip', 'Sip')),
    Interval: asInteger('Interval', pick(obj, 'interval', 'Interval')),
    Retry: asInteger('Retry', pick(obj, 'retry', 'Retry')),
    Policy: asString('Policy', pick(obj, 'policy', 'Policy')) as HealthCheckConfig['Policy'] | undefined,
  });
}

export function readBgpConfig(obj: Loose | Nested): Partial<BgpConfig> {
  const asnRaw = pick(obj, 'LocalAsn');
  let LocalAsn: number | undefined;
  if (asnRaw !== undefined) {
    LocalAsn = typeof asnRaw === 'string' || typeof asnRaw === 'number' ? parseAsn(asnRaw) : Number.NaN;
    if (Number.isNaN(LocalAsn)) throw Errors.illegal('LocalAsn', String(asnRaw));
  }
  return defined({
    EnableBgp: asBoolean('EnableBgp', pick(obj, 'EnableBgp')),
    LocalAsn,
    TunnelCidr: asString('TunnelCidr', pick(obj, 'TunnelCidr')),
    LocalBgpIp: asString('LocalBgpIp', pick(obj, 'LocalBgpIp')),
  });
}

export interface IdentityDefaults {
  readonly gatewayIp: string;
  readonly customerGatewayIp: string;
}

export function defaultIkeConfig(vpnType: VpnType, ids: IdentityDefaults): IkeConfig {
  const sm = vpnType === 'NationalStandard';
  return {
    IkeVersion: 'ikev1',
    IkeMode: 'main',
    IkeEncAlg: sm ? 'sm4' : 'aes',
    IkeAuthAlg: sm ? 'sm3' : 'md5',
    IkePfs: 'group2',
    IkeLifetime: 86400,
    LocalId: ids.gatewayIp,
    RemoteId: ids.customerGatewayIp,
    // SM gateways authenticate with certificates, so they get no pre-shared key.
    Psk: sm ? '' : newPsk(),
  };
}

export function defaultIpsecConfig(vpnType: VpnType): IpsecConfig {
  const sm = vpnType === 'NationalStandard';
  return { IpsecEncAlg: sm ? 'sm4' : 'aes', IpsecAuthAlg: sm ? 'sm3' : 'md5', IpsecPfs: 'group2', IpsecLifetime: 86400 };
}

export function defaultHealthCheck(): HealthCheckConfig {
  return { Enable: false, Dip: '', Sip: '', Interval: 3, Retry: 3, Policy: 'revoke_route' };
}

export const DEFAULT_LOCAL_ASN = 45104;

export function defaultBgp(): BgpConfig {
  return { EnableBgp: false, LocalAsn: DEFAULT_LOCAL_ASN, TunnelCidr: '', LocalBgpIp: '' };
}
