// Reads CreateVpnConnection / ModifyVpnConnectionAttribute parameters into typed fields:
// JSON-string configs from the query, tunnel options from the flattened form body.
import {
  asBoolean, parseJsonObject, readBgpConfig, readHealthCheck, readIkeConfig, readIpsecConfig,
} from '../models/connectionConfig';
import type { TunnelInput } from '../models/tunnels';
import type { ConnectionFields } from '../models/vpnConnection';
import { readList, type Nested, type Params } from '../protocol';
import { optional, optionalBoolean } from './params';

function json<T>(params: Params, name: string, read: (obj: Record<string, unknown>) => T): T | undefined {
  const raw = optional(params, name);
  return raw === undefined ? undefined : read(parseJsonObject(name, raw));
}

function child(node: Nested, key: string): Nested {
  const value = node[key];
  return typeof value === 'object' ? value : {};
}

function text(node: Nested, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readTunnel(node: Nested): TunnelInput {
  return {
    TunnelId: text(node, 'TunnelId'),
    Role: text(node, 'Role'),
    CustomerGatewayId: text(node, 'CustomerGatewayId'),
    EnableDpd: asBoolean('EnableDpd', text(node, 'EnableDpd')),
    EnableNatTraversal: asBoolean('EnableNatTraversal', text(node, 'EnableNatTraversal')),
    RemoteCaCertificate: text(node, 'RemoteCaCertificate'),
    IkeConfig: readIkeConfig(child(node, 'TunnelIkeConfig')),
    IpsecConfig: readIpsecConfig(child(node, 'TunnelIpsecConfig')),
    Bgp: readBgpConfig(child(node, 'TunnelBgpConfig')),
  };
}

export function readConnectionFields(params: Params): ConnectionFields {
  return {
    Name: optional(params, 'Name'),
    LocalSubnet: optional(params, 'LocalSubnet'),
    RemoteSubnet: optional(params, 'RemoteSubnet'),
    EffectImmediately: optionalBoolean(params, 'EffectImmediately'),
    AutoConfigRoute: optionalBoolean(params, 'AutoConfigRoute'),
    EnableDpd: optionalBoolean(params, 'EnableDpd'),
    EnableNatTraversal: optionalBoolean(params, 'EnableNatTraversal'),
    EnableTunnelsBgp: optionalBoolean(params, 'EnableTunnelsBgp'),
    IkeConfig: json(params, 'IkeConfig', readIkeConfig),
    IpsecConfig: json(params, 'IpsecConfig', readIpsecConfig),
    HealthCheck: json(params, 'HealthCheckConfig', readHealthCheck),
    Bgp: json(params, 'BgpConfig', readBgpConfig),
    RemoteCaCertificate: optional(params, 'RemoteCaCertificate'),
    Tunnels: readList(params, 'TunnelOptionsSpecification').map(readTunnel),
  };
}
