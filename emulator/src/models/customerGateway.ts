// Customer gateways: the peer's public address and optional BGP ASN. Created and deleted
// synchronously; the service does not model them as busy.
import { Errors } from '../errors';
import { checkName, isIpv4, MAX_ASN, parseAsn } from './connectionRules';
import { newId } from './ids';
import { checkDescription } from './vpnGatewayOptions';
import type { World } from './store';
import type { CustomerGatewayRecord, Tag } from './types';

export function getCustomerGateway(world: World, regionId: string, id: string): CustomerGatewayRecord {
  const cgw = world.store.region(regionId).customerGateways.get(id);
  if (!cgw) throw Errors.customerGatewayNotFound();
  return cgw;
}

export function listCustomerGateways(world: World, regionId: string): CustomerGatewayRecord[] {
  return [...world.store.region(regionId).customerGateways.values()];
}

export interface CreateCustomerGatewayInput {
  readonly RegionId: string;
  readonly IpAddress: string;
  readonly Asn?: string;
  readonly AuthKey?: string;
  readonly Name?: string;
  readonly Description?: string;
  readonly Tags: Tag[];
}

function checkAsn(raw: string | number): number {
  const asn = parseAsn(raw);
  if (!Number.isInteger(asn) || asn < 1 || asn > MAX_ASN) throw Errors.illegal('Asn', String(raw));
  return asn;
}

/** The BGP MD5 key: 1–64 characters without spaces (never echoed). */
function checkAuthKey(key: string): void {
  if (key.length < 1 || key.length > 64 || /\s/.test(key)) throw Errors.illegal('AuthKey');
}

function checkAttributes(input: { Name?: string; Description?: string; AuthKey?: string }): void {
  if (input.Name !== undefined) checkName(input.Name);
  if (input.Description !== undefined) checkDescription(input.Description);
  if (input.AuthKey !== undefined) checkAuthKey(input.AuthKey);
}

export function checkCustomerGatewayInput(input: CreateCustomerGatewayInput): void {
  if (!isIpv4(input.IpAddress)) throw Errors.illegal('IpAddress', input.IpAddress);
  if (input.Asn !== undefined) checkAsn(input.Asn);
  checkAttributes(input);
}

export interface ModifyCustomerGatewayInput {
  readonly Name?: string;
  readonly Description?: string;
  readonly AuthKey?: string;
}

/** ModifyCustomerGatewayAttribute: only the fields given change, at once (customer gateways are never busy). */
export function modifyCustomerGateway(world: World, regionId: string, id: string, input: ModifyCustomerGatewayInput): CustomerGatewayRecord {
  const cgw = getCustomerGateway(world, regionId, id);
  checkAttributes(input);
  cgw.Name = input.Name ?? cgw.Name;
  cgw.Description = input.Description ?? cgw.Description;
  cgw.AuthKey = input.AuthKey ?? cgw.AuthKey;
  return cgw;
}

export function createCustomerGateway(world: World, input: CreateCustomerGatewayInput): CustomerGatewayRecord {
  checkCustomerGatewayInput(input);
  const cgw: CustomerGatewayRecord = {
    CustomerGatewayId: newId('cgw'),
    RegionId: input.RegionId,
    IpAddress: input.IpAddress,
    Asn: input.Asn === undefined ? null : checkAsn(input.Asn),
    AuthKey: input.AuthKey ?? '',
    Name: input.Name ?? '',
    Description: input.Description ?? '',
    CreateTime: world.clock.now(),
    Tags: input.Tags,
  };
  world.store.region(input.RegionId).customerGateways.set(cgw.CustomerGatewayId, cgw);
  return cgw;
}

export function seedCustomerGateway(
  world: World,
  seed: Partial<Omit<CustomerGatewayRecord, 'Asn'>> & { CustomerGatewayId: string; RegionId: string; IpAddress: string; Asn?: number | string | null },
): CustomerGatewayRecord {
  if (!isIpv4(seed.IpAddress)) throw new Error(`seed: IpAddress of ${seed.CustomerGatewayId} must be an IPv4 address`);
  const cgw: CustomerGatewayRecord = {
    CustomerGatewayId: seed.CustomerGatewayId,
    RegionId: seed.RegionId,
    IpAddress: seed.IpAddress,
    Asn: seed.Asn === undefined || seed.Asn === null ? null : checkAsn(seed.Asn),
    AuthKey: seed.AuthKey ?? '',
    Name: seed.Name ?? '',
    Description: seed.Description ?? '',
    CreateTime: seed.CreateTime ?? world.clock.now(),
    Tags: seed.Tags ?? [],
  };
  world.store.region(cgw.RegionId).customerGateways.set(cgw.CustomerGatewayId, cgw);
  return cgw;
}

export function deleteCustomerGateway(world: World, regionId: string, id: string): void {
  getCustomerGateway(world, regionId, id);
  const region = world.store.region(regionId);
  const inUse = [...region.vpnConnections.values()].some(
    (c) => !c.Deleted && (c.CustomerGatewayId === id || c.Tunnels.some((t) => t.CustomerGatewayId === id)),
  );
  if (inUse) throw Errors.customerGatewayInUse();
  region.customerGateways.delete(id);
}
