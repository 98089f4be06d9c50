// A change to an IPsec connection made behind the program's back, as someone in the console would make it (the
// `connection modify` command): for practising drift. It goes through ModifyVpnConnectionAttribute's model rules,
// so the gateway turns `updating` for the busy window and a busy gateway refuses it with VpnGateway.Configuring.
// The answer names the changed fields, never a value: a new PSK is generated here and stays in the emulator.
import { ControlInputError, asObject, DEFAULT_REGION, field } from './controlGateways';
import { newPsk } from './models/ids';
import type { World } from './models/store';
import { isDualTunnel } from './models/tunnelMode';
import type { IkeConfig } from './models/types';
import { getConnection, modifyVpnConnection, type ModifyConnectionInput } from './models/vpnConnection';

const TUNNEL_ROLES: readonly string[] = ['master', 'slave'];

export interface OutOfBandChange {
  VpnConnectionId: string;
  RegionId: string;
  /** The API's names of the fields changed (`Name`, `RemoteSubnet`, `IkeEncAlg`, `Psk`...), tunnel fields prefixed by role. */
  Changed: string[];
}

/**
 * POST vpn-connection-changes: { VpnConnectionId, RegionId?, Name?, LocalSubnet?, RemoteSubnet?, IkeEncAlg?,
 * NewPsk?: true, Tunnel?: 'master' | 'slave' } (Tunnel names the tunnel of a dual-tunnel connection whose IKE
 * settings change).
 */
export function modifyConnectionOutOfBand(world: World, rawBody: unknown): OutOfBandChange {
  const body = asObject(rawBody);
  const id = field(body, 'VpnConnectionId');
  if (id === undefined) throw new ControlInputError('VpnConnectionId is required (the vco-… id, e.g. from `pulumi stack output`)');
  const regionId = field(body, 'RegionId') ?? DEFAULT_REGION;
  if (body.NewPsk !== undefined && typeof body.NewPsk !== 'boolean') throw new ControlInputError('NewPsk must be true or false');
  const ike: Partial<IkeConfig> = {};
  const ikeEncAlg = field(body, 'IkeEncAlg');
  if (ikeEncAlg !== undefined) ike.IkeEncAlg = ikeEncAlg;
  if (body.NewPsk === true) ike.Psk = newPsk();
  const top = { Name: field(body, 'Name'), LocalSubnet: field(body, 'LocalSubnet'), RemoteSubnet: field(body, 'RemoteSubnet') };
  const changed = [...Object.entries(top).filter(([, v]) => v !== undefined).map(([k]) => k), ...Object.keys(ike)];
  if (changed.length === 0) throw new ControlInputError('nothing to change: give Name, LocalSubnet, RemoteSubnet, IkeEncAlg or NewPsk');

  const conn = getConnection(world, regionId, id);
  const tunnel = field(body, 'Tunnel');
  const dual = isDualTunnel(conn);
  const ikeGiven = Object.keys(ike).length > 0;
  if (tunnel !== undefined && !dual) throw new ControlInputError(`${id} is a single-tunnel connection: leave out the tunnel`);
  if (tunnel !== undefined && !TUNNEL_ROLES.includes(tunnel)) throw new ControlInputError('Tunnel must be master or slave');
  if (dual && ikeGiven && tunnel === undefined) throw new ControlInputError(`${id} is a dual-tunnel connection: name the tunnel whose IKE settings change (master or slave)`);

  const input: ModifyConnectionInput = {
    ...top,
    RegionId: regionId,
    VpnConnectionId: id,
    ...(dual
      ? { Tunnels: ikeGiven ? [{ Role: tunnel, IkeConfig: ike, IpsecConfig: {}, Bgp: {} }] : undefined }
      : { IkeConfig: ikeGiven ? ike : undefined }),
  };
  modifyVpnConnection(world, input);
  return { VpnConnectionId: id, RegionId: regionId, Changed: changed.map((f) => (dual && f in ike ? `${tunnel}.${f}` : f)) };
}
