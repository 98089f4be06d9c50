// The VpnConnection's key lists, read from its descriptor (descriptor.ts): validation, diff, the model and the
// dynamic provider use these, provider/schema.json and every SDK are generated from the same descriptor.

import { keysOf, type ObjectDescriptor, type Prop } from '../../descriptor/property';
import { secretPaths } from '../../descriptor/wire';
import {
  BGP_CONFIG,
  HEALTH_CHECK_CONFIG,
  IKE_CONFIG,
  IPSEC_CONFIG,
  TUNNEL_BGP_CONFIG,
  TUNNEL_OPTIONS,
  TUNNEL_STATUS,
  VPN_CONNECTION,
  VPN_CONNECTION_COMPUTED,
} from './descriptor';
import { TUNNEL_ROLES } from './types';

export { RESOURCE_DESCRIPTION } from './descriptor';

export const INPUT_FIELDS: Readonly<Record<keyof typeof VPN_CONNECTION.props, Prop>> = VPN_CONNECTION.props;
export const COMPUTED_FIELDS: Readonly<Record<keyof typeof VPN_CONNECTION_COMPUTED.props, Prop>> = VPN_CONNECTION_COMPUTED.props;

/** The package's object types. */
export const OBJECT_TYPES: readonly ObjectDescriptor[] = [IKE_CONFIG, IPSEC_CONFIG, HEALTH_CHECK_CONFIG, BGP_CONFIG, TUNNEL_OPTIONS, TUNNEL_BGP_CONFIG, TUNNEL_STATUS];

export const TOP_LEVEL_INPUTS = keysOf(VPN_CONNECTION.props);
export const REQUIRED_INPUTS = TOP_LEVEL_INPUTS.filter((k) => (INPUT_FIELDS[k] as Prop).required);
export const COMPUTED_PROPERTIES = keysOf(VPN_CONNECTION_COMPUTED.props);
export const TUNNEL_KEYS: readonly string[] = keysOf(TUNNEL_OPTIONS.props);

function where(d: ObjectDescriptor, pick: (p: Prop) => boolean): string[] {
  return Object.entries(d.props).filter(([, p]) => pick(p)).map(([k]) => k);
}

function nestedObjects(d: ObjectDescriptor): Readonly<Record<string, ObjectDescriptor>> {
  return Object.fromEntries(Object.entries(d.props).flatMap(([k, p]) => (typeof p.type === 'object' && 'object' in p.type ? [[k, p.type.object]] : [])));
}

/** The nested objects among the inputs (`ikeConfig`, …), with their descriptors. */
export const NESTED_OBJECTS = nestedObjects(VPN_CONNECTION);
/** The nested objects of a tunnel (`tunnelIkeConfig`, …), with their descriptors. */
export const TUNNEL_NESTED = nestedObjects(TUNNEL_OPTIONS);

/** The nested objects among the inputs, with their keys. */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(NESTED_OBJECTS).map(([k, d]) => [k, Object.keys(d.props)]),
);

export const BOOLEAN_PROPERTIES: readonly string[] = where(VPN_CONNECTION, (p) => p.type === 'boolean');

/** Properties whose change forces a new connection (there is no API to move a connection). */
export const REPLACE_PROPERTIES: readonly string[] = where(VPN_CONNECTION, (p) => p.replaceOnChange === true);
/** A tunnel's own customer gateway cannot be changed either. */
export const TUNNEL_REPLACE_PROPERTIES: readonly string[] = where(TUNNEL_OPTIONS, (p) => p.replaceOnChange === true);

/**
 * The two forms of CreateVpnConnection: a gateway takes one or the other (dual-tunnel on gateways
 * with a disaster-recovery vSwitch, the default in the main regions today).
 */
export const SINGLE_TUNNEL_PROPERTIES: readonly string[] = where(VPN_CONNECTION, (p) => p.tunnelForm === 'single');
export const DUAL_TUNNEL_PROPERTIES: readonly string[] = where(VPN_CONNECTION, (p) => p.tunnelForm === 'dual');

/** Properties the service fills when not given (a generated PSK, identities defaulting to addresses). */
export function serviceFilled(d: ObjectDescriptor): string[] {
  return where(d, (p) => p.serviceFilled === true);
}

/**
 * Paths that always travel as secrets, in outputs and in checked inputs: every `secret` field. Check
 * puts the tunnels in role order, so each tunnel's PSK has a fixed path.
 */
export const SECRET_PATHS: readonly string[] = secretPaths(VPN_CONNECTION, TUNNEL_ROLES.map((_role, i) => i));
