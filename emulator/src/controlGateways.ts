// Control routes that make VPN gateways and customer gateways for a user's own programs (the `gateway` and
// `customer-gateway` commands). They go through the same model rules as CreateVpnGateway and CreateCustomerGateway,
// but the gateway is active at once, as seeded gateways are: nobody should wait out a provisioning window to try
// an example.
import { createCustomerGateway } from './models/customerGateway';
import { checkName } from './models/connectionRules';
import type { World } from './models/store';
import { createVpnGateway } from './models/vpnGateway';
import { resolveGatewayOptions, VPN_TYPES } from './models/vpnGatewayOptions';
import { defaultVpcId, defaultVSwitchIds } from './models/vpcs';
import { describeCustomerGateway, describeGateway } from './views/gatewayViews';

export const DEFAULT_REGION = 'cn-hangzhou';

export class ControlInputError extends Error {}

export function field(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new ControlInputError(`${key} must be a non-empty string`);
  return value;
}

export function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ControlInputError('the body must be a JSON object');
  return body as Record<string, unknown>;
}

/** POST vpn-gateways: { RegionId?, TunnelMode?: 'single' | 'dual', VpnType?, Name? } */
export function addVpnGateway(world: World, rawBody: unknown) {
  const body = asObject(rawBody);
  const regionId = field(body, 'RegionId') ?? DEFAULT_REGION;
  const tunnelMode = field(body, 'TunnelMode') ?? 'single';
  if (tunnelMode !== 'single' && tunnelMode !== 'dual') throw new ControlInputError('TunnelMode must be single or dual');
  const vpnType = field(body, 'VpnType') ?? 'Normal';
  if (!(VPN_TYPES as readonly string[]).includes(vpnType)) throw new ControlInputError(`VpnType must be one of ${VPN_TYPES.join(', ')}`);
  const name = field(body, 'Name');
  if (name !== undefined) checkName(name);
  // Bought into the region's default VPC, as a program would name it.
  const vswitches = defaultVSwitchIds(regionId);
  const gw = createVpnGateway(world, {
    RegionId: regionId, VpcId: defaultVpcId(regionId), Name: name, VSwitchId: vswitches.primary,
    DisasterRecoveryVSwitchId: tunnelMode === 'dual' ? vswitches.disasterRecovery : undefined,
    Options: resolveGatewayOptions({ Bandwidth: 10, VpnType: vpnType }),
  });
  gw.initUntil = world.clock.now();
  gw.readyAt = world.clock.now();
  return { ...describeGateway(gw, world.clock.now()), RegionId: regionId };
}

/** POST customer-gateways: { RegionId?, IpAddress, Asn?, Name? } */
export function addCustomerGateway(world: World, rawBody: unknown) {
  const body = asObject(rawBody);
  const regionId = field(body, 'RegionId') ?? DEFAULT_REGION;
  const ipAddress = field(body, 'IpAddress');
  if (ipAddress === undefined) throw new ControlInputError('IpAddress is required');
  const asn = body.Asn === undefined ? undefined : String(body.Asn);
  const cgw = createCustomerGateway(world, { RegionId: regionId, IpAddress: ipAddress, Asn: asn, Name: field(body, 'Name'), Tags: [] });
  return { ...describeCustomerGateway(cgw), RegionId: regionId };
}
