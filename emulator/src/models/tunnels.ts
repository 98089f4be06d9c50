// Dual-tunnel connections: TunnelOptionsSpecification carries one master and one slave tunnel,
// each with its own customer gateway and phase-1/phase-2/BGP settings.
import { Errors } from '../errors';
import {
  checkBgp, checkIkeConfig, checkIpsecConfig, checkRemoteCaCertificate, SM_FORBIDDEN_IKE_FIELDS, SM_FORBIDDEN_IPSEC_FIELDS,
} from './connectionRules';
import { defaultBgp, defaultIkeConfig, defaultIpsecConfig } from './connectionConfig';
import { getCustomerGateway } from './customerGateway';
import { newId } from './ids';
import type { World } from './store';
import type { BgpConfig, IkeConfig, IpsecConfig, TunnelRecord, VpnGatewayRecord } from './types';

export interface TunnelInput {
  readonly TunnelId?: string;
  readonly Role?: string;
  readonly CustomerGatewayId?: string;
  readonly EnableDpd?: boolean;
  readonly EnableNatTraversal?: boolean;
  readonly RemoteCaCertificate?: string;
  readonly IkeConfig: Partial<IkeConfig>;
  readonly IpsecConfig: Partial<IpsecConfig>;
  readonly Bgp: Partial<BgpConfig>;
}

const ROLES = ['master', 'slave'] as const;

/** The master tunnel ends on the gateway's first public address, the slave on the disaster-recovery one. */
export function tunnelInternetIp(gw: VpnGatewayRecord, role: 'master' | 'slave'): string {
  return role === 'slave' && gw.DisasterRecoveryInternetIp !== '' ? gw.DisasterRecoveryInternetIp : gw.InternetIp;
}

function applyTunnel(world: World, gw: VpnGatewayRecord, base: TunnelRecord, input: TunnelInput, enableBgp: boolean): TunnelRecord {
  if (gw.VpnType === 'NationalStandard') {
    for (const f of SM_FORBIDDEN_IKE_FIELDS) if (input.IkeConfig[f] !== undefined) throw Errors.illegal(f);
    for (const f of SM_FORBIDDEN_IPSEC_FIELDS) if (input.IpsecConfig[f] !== undefined) throw Errors.illegal(f);
  }
  const cgwId = input.CustomerGatewayId ?? base.CustomerGatewayId;
  if (cgwId === '') throw Errors.missing('CustomerGatewayId');
  const cgw = getCustomerGateway(world, gw.RegionId, cgwId);
  const defaults = defaultIkeConfig(gw.VpnType, { gatewayIp: tunnelInternetIp(gw, base.Role), customerGatewayIp: cgw.IpAddress });
  const tunnel: TunnelRecord = {
    ...base,
    CustomerGatewayId: cgwId,
    EnableDpd: input.EnableDpd ?? base.EnableDpd,
    EnableNatTraversal: input.EnableNatTraversal ?? base.EnableNatTraversal,
    RemoteCaCertificate: input.RemoteCaCertificate ?? base.RemoteCaCertificate,
    IkeConfig: { ...defaults, ...base.IkeConfig, ...input.IkeConfig },
    IpsecConfig: { ...defaultIpsecConfig(gw.VpnType), ...base.IpsecConfig, ...input.IpsecConfig },
    BgpConfig: { ...defaultBgp(), ...base.BgpConfig, ...input.Bgp, EnableBgp: enableBgp },
  };
  checkIkeConfig(tunnel.IkeConfig, gw.VpnType);
  checkIpsecConfig(tunnel.IpsecConfig, gw.VpnType);
  checkBgp(tunnel.BgpConfig);
  checkRemoteCaCertificate(tunnel.RemoteCaCertificate, gw.VpnType);
  return tunnel;
}

function emptyTunnel(role: 'master' | 'slave'): TunnelRecord {
  return {
    TunnelId: newId('tun'),
    Role: role,
    CustomerGatewayId: '',
    EnableDpd: true,
    EnableNatTraversal: true,
    RemoteCaCertificate: '',
    IkeConfig: {} as IkeConfig,
    IpsecConfig: {} as IpsecConfig,
    BgpConfig: defaultBgp(),
  };
}

/** Exactly two tunnels, one master and one slave. */
export function buildTunnels(world: World, gw: VpnGatewayRecord, inputs: TunnelInput[], enableBgp: boolean): TunnelRecord[] {
  if (inputs.length !== 2) throw Errors.illegal('TunnelOptionsSpecification');
  const roles = inputs.map((t) => t.Role ?? '');
  for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) throw Errors.illegal('Role', role);
  if (roles[0] === roles[1]) throw Errors.illegal('Role', roles[1]);
  return inputs
    .map((input) => applyTunnel(world, gw, emptyTunnel(input.Role as 'master' | 'slave'), input, enableBgp))
    .sort((a, b) => ROLES.indexOf(a.Role) - ROLES.indexOf(b.Role));
}

/** The tunnel a Modify item names: by TunnelId, or by Role when it carries no id. A role never changes. */
function targetOf(existing: TunnelRecord[], input: TunnelInput): TunnelRecord {
  if (input.TunnelId === undefined) {
    if (input.Role === undefined) throw Errors.missing('TunnelId');
    const byRole = existing.find((t) => t.Role === input.Role);
    if (!byRole) throw Errors.illegal('Role', input.Role);
    return byRole;
  }
  const target = existing.find((t) => t.TunnelId === input.TunnelId);
  if (!target) throw Errors.tunnelNotFound();
  if (input.Role !== undefined && input.Role !== target.Role) throw Errors.illegal('Role', input.Role);
  return target;
}

/** Each input names its tunnel; only the given fields change. */
export function mergeTunnels(
  world: World, gw: VpnGatewayRecord, existing: TunnelRecord[], inputs: TunnelInput[], enableBgp: boolean,
): TunnelRecord[] {
  const updates = new Map<string, TunnelInput>();
  for (const input of inputs) {
    const target = targetOf(existing, input);
    if (updates.has(target.TunnelId)) throw Errors.illegal('TunnelOptionsSpecification');
    updates.set(target.TunnelId, input);
  }
  const empty: TunnelInput = { IkeConfig: {}, IpsecConfig: {}, Bgp: {} };
  return existing.map((t) => applyTunnel(world, gw, t, updates.get(t.TunnelId) ?? empty, enableBgp));
}
