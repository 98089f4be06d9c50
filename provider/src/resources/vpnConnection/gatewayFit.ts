// What a create or update must know before it changes anything: whether the gateway takes this form of
// connection and this algorithm family, and the messages that tell the user how to fix their program.

import { VpnGatewayInfo } from '../../cloud';
import { PropertyMap } from '../resource';
import { assertGatewayNotLocked, gatewayError } from '../shared/gatewayRefusals';
import { toPropertyMap } from './model';
import type { Args, Operation } from './operation';

const DUAL_FORM_HINT =
  'tunnelOptions: [{ role: "master", customerGatewayId: "cgw-…", tunnelIkeConfig: {…}, tunnelIpsecConfig: {…} }, { role: "slave", customerGatewayId: "cgw-…", … }]';

/**
 * A gateway takes one form of connection, and its VpnType decides the algorithm family; check could
 * only infer either from the config. Nothing has been changed when these fail.
 */
export function assertGatewayFits(gw: VpnGatewayInfo, a: Args): void {
  assertGatewayNotLocked(gw);
  const dual = a.tunnelOptions !== undefined;
  if (gw.tunnelMode === 'dual' && !dual) {
    throw new Error(
      `vpnGatewayId: VPN gateway ${gw.vpnGatewayId} takes dual-tunnel connections only (it has a disaster-recovery vSwitch). ` +
        `Replace customerGatewayId, ikeConfig, ipsecConfig, healthCheckConfig, bgpConfig, enableDpd, enableNatTraversal and remoteCaCertificate with two tunnels: ${DUAL_FORM_HINT}`,
    );
  }
  if (gw.tunnelMode === 'single' && dual) {
    throw new Error(
      `tunnelOptions: VPN gateway ${gw.vpnGatewayId} takes single-tunnel connections only. Remove tunnelOptions and enableTunnelsBgp and set customerGatewayId, with ikeConfig and ipsecConfig for the tunnel settings`,
    );
  }
  const sm = gw.vpnType === 'NationalStandard';
  const certificates = dual ? (a.tunnelOptions ?? []).map((t) => t.remoteCaCertificate) : [a.remoteCaCertificate];
  const where = dual ? 'each tunnel\'s remoteCaCertificate' : 'remoteCaCertificate';
  if (sm && certificates.some((c) => c === undefined)) {
    throw new Error(
      `vpnGatewayId: VPN gateway ${gw.vpnGatewayId} is a NationalStandard (SM) gateway: set ${where} to the peer CA certificate and use ikeEncAlg/ipsecEncAlg sm4 and ikeAuthAlg/ipsecAuthAlg sm3, without psk, ikePfs, ipsecPfs or localId`,
    );
  }
  if (!sm && gw.vpnType !== undefined && certificates.some((c) => c !== undefined)) {
    throw new Error(
      `remoteCaCertificate: VPN gateway ${gw.vpnGatewayId} is a ${gw.vpnType} gateway; ${where} and the sm3/sm4 algorithms are only for NationalStandard (SM) gateways. Remove it and use aes/md5-family algorithms`,
    );
  }
}

/** Waits for the connection's gateway to be ready for a change and checks the connection fits it; nothing is changed yet. */
export async function readyGatewayFor(op: Operation, a: Args): Promise<VpnGatewayInfo> {
  const gw = await op.gateways.ready(a).catch((e: unknown) => {
    throw gatewayError(e);
  });
  assertGatewayFits(gw, a);
  return gw;
}

/** Token parameters: the typed arguments without the secrets (a hash of a PSK would leak guesses). */
export function tokenParams(a: Args): Record<string, unknown> {
  const masked = (ike: object | undefined): object | undefined =>
    ike && 'psk' in ike && (ike as { psk?: string }).psk !== undefined ? { ...ike, psk: '<set>' } : ike;
  return {
    ...a,
    ikeConfig: masked(a.ikeConfig),
    tunnelOptions: a.tunnelOptions?.map((t) => ({ ...t, tunnelIkeConfig: masked(t.tunnelIkeConfig) })),
  };
}

/** Outputs for a partial failure: what was sent, plus the id; never an unknown value. */
export function partialOutputs(a: Args, id: string, createTime?: number): PropertyMap {
  return toPropertyMap({ ...a, vpnConnectionId: id, createTime });
}
