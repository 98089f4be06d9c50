// Single- and dual-tunnel parameters exclude each other. The VPN gateway's tunnel mode decides
// which set CreateVpnConnection accepts; an existing connection's mode decides it for
// ModifyVpnConnectionAttribute. Checked right after the gateway (or connection) is found.
import { Errors } from '../errors';
import type { VpnConnectionRecord, VpnGatewayRecord } from './types';
import type { ConnectionFields } from './vpnConnection';

interface ModeFields extends ConnectionFields {
  readonly CustomerGatewayId?: string;
}

/** Wire names of the parameters only single-tunnel mode takes, in the order they are reported. */
const SINGLE_TUNNEL_PARAMETERS: ReadonlyArray<readonly [string, (f: ModeFields) => unknown]> = [
  ['CustomerGatewayId', (f) => f.CustomerGatewayId],
  ['IkeConfig', (f) => f.IkeConfig],
  ['IpsecConfig', (f) => f.IpsecConfig],
  ['HealthCheckConfig', (f) => f.HealthCheck],
  ['BgpConfig', (f) => f.Bgp],
  ['EnableDpd', (f) => f.EnableDpd],
  ['EnableNatTraversal', (f) => f.EnableNatTraversal],
  ['RemoteCaCertificate', (f) => f.RemoteCaCertificate],
];

/** Wire names of the parameters only dual-tunnel mode takes. */
const DUAL_TUNNEL_PARAMETERS: ReadonlyArray<readonly [string, (f: ModeFields) => unknown]> = [
  ['TunnelOptionsSpecification', (f) => ((f.Tunnels?.length ?? 0) > 0 ? f.Tunnels : undefined)],
  ['EnableTunnelsBgp', (f) => f.EnableTunnelsBgp],
];

function refuseSingleTunnelParameters(fields: ModeFields): void {
  for (const [name, get] of SINGLE_TUNNEL_PARAMETERS) if (get(fields) !== undefined) throw Errors.singleTunnelParameter(name);
}

function refuseDualTunnelParameters(fields: ModeFields): void {
  for (const [name, get] of DUAL_TUNNEL_PARAMETERS) if (get(fields) !== undefined) throw Errors.dualTunnelParameter(name);
}

/** The parameter set of CreateVpnConnection follows the gateway's mode; each mode has its own mandatory part. */
export function checkCreateMode(gw: VpnGatewayRecord, fields: ModeFields): void {
  if (gw.TunnelMode === 'dual') {
    refuseSingleTunnelParameters(fields);
    if ((fields.Tunnels?.length ?? 0) === 0) throw Errors.missing('TunnelOptionsSpecification');
  } else {
    refuseDualTunnelParameters(fields);
    if (fields.CustomerGatewayId === undefined) throw Errors.missing('CustomerGatewayId');
  }
}

export function isDualTunnel(conn: VpnConnectionRecord): boolean {
  return conn.Tunnels.length > 0;
}

/** ModifyVpnConnectionAttribute follows the connection's mode (its gateway's mode when it was created). */
export function checkModifyMode(conn: VpnConnectionRecord, fields: ConnectionFields): void {
  if (isDualTunnel(conn)) refuseSingleTunnelParameters(fields);
  else refuseDualTunnelParameters(fields);
}
