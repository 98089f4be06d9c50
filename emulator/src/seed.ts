// Seed documents: the VPN gateways and customer gateways a run starts with.
import { readFileSync } from 'node:fs';
import { seedCustomerGateway } from './models/customerGateway';
import type { World } from './models/store';
import { seedVpnGateway } from './models/vpnGateway';

export interface SeedDocument {
  readonly vpnGateways?: ReadonlyArray<Record<string, unknown>>;
  readonly customerGateways?: ReadonlyArray<Record<string, unknown>>;
}

function requireString(entry: Record<string, unknown>, key: string, what: string): string {
  const value = entry[key];
  if (typeof value !== 'string' || value === '') throw new Error(`seed: every ${what} needs a string ${key}`);
  return value;
}

export function applySeed(world: World, doc: SeedDocument): void {
  if (doc === null || typeof doc !== 'object') throw new Error('seed: document must be a JSON object');
  for (const g of doc.vpnGateways ?? []) {
    seedVpnGateway(world, {
      ...g,
      VpnGatewayId: requireString(g, 'VpnGatewayId', 'VPN gateway'),
      RegionId: requireString(g, 'RegionId', 'VPN gateway'),
    });
  }
  for (const c of doc.customerGateways ?? []) {
    seedCustomerGateway(world, {
      ...c,
      CustomerGatewayId: requireString(c, 'CustomerGatewayId', 'customer gateway'),
      RegionId: requireString(c, 'RegionId', 'customer gateway'),
      IpAddress: requireString(c, 'IpAddress', 'customer gateway'),
    });
  }
}

export function readSeedFile(file: string): SeedDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as SeedDocument;
}
