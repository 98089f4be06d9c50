// What a reviewer must not miss: a change that interrupts traffic, or one that moves it (a route).
import type { ResourceState } from './previewJson';
import type { ResourceChange } from './changes';
import { valueText } from './displayValue';
import { CUSTOMER_GATEWAY_TYPE, VPN_CONNECTION_TYPE, VPN_GATEWAY_TYPE, VPN_PBR_ROUTE_ENTRY_TYPE, VPN_ROUTE_ENTRY_TYPE } from './resourceTypes';

export interface Warning {
  kind: 'outage' | 'deletion' | 'renegotiation' | 'route';
  message: string;
}

type Change = Pick<ResourceChange, 'type' | 'action' | 'id' | 'fields' | 'replacementCauses'>;
interface States {
  oldState?: ResourceState;
  newState?: ResourceState;
}

export function resourceWarnings(change: Change, states: States): Warning[] {
  switch (change.type) {
    case VPN_CONNECTION_TYPE:
      return [...lostWarnings(change), ...connectionUpdateWarnings(change, states)];
    case VPN_GATEWAY_TYPE:
    case CUSTOMER_GATEWAY_TYPE:
      return lostWarnings(change);
    case VPN_ROUTE_ENTRY_TYPE:
    case VPN_PBR_ROUTE_ENTRY_TYPE:
      return routeWarnings(change, states);
    default:
      return [];
  }
}

function forcedBy(change: Change): string {
  const causes = change.replacementCauses.map((c) => `\`${c}\``).join(', ');
  return causes ? ` (forced by ${causes}).` : '.';
}

/** What replacing or deleting a resource does to traffic. */
const LOST: Readonly<Record<string, { replace: string; delete: string }>> = {
  [VPN_CONNECTION_TYPE]: {
    replace: 'Replacing this connection deletes the IPsec connection and creates a new one: traffic through it stops until the new connection is negotiated',
    delete: 'Deleting this connection stops all traffic through its tunnels.',
  },
  [VPN_GATEWAY_TYPE]: {
    replace: 'Replacing this VPN gateway deletes it and creates a new one: every connection and route on it is replaced with it, traffic through it stops until they are negotiated again, ' +
      'and the new gateway has a new public IP (`internetIp`), which every peer device must be given',
    delete: 'Deleting this VPN gateway stops all VPN traffic of its VPC through it.',
  },
  [CUSTOMER_GATEWAY_TYPE]: {
    replace: 'Replacing this customer gateway deletes it and creates a new one: every connection to it is replaced with it, and traffic through them stops until they are negotiated again',
    delete: 'Deleting this customer gateway deletes the peer\'s record: no connection can reach that peer any more.',
  },
};

function lostWarnings(change: Change): Warning[] {
  const lost = LOST[change.type];
  if (change.action === 'replace') return [{ kind: 'outage', message: lost.replace + forcedBy(change) }];
  if (change.action === 'delete') return [{ kind: 'deletion', message: lost.delete }];
  return [];
}

/** An update of a live connection with effectImmediately renegotiates its tunnels. */
function connectionUpdateWarnings(change: Change, states: States): Warning[] {
  // Tags change through TagResources/UnTagResources, never through a Modify: they renegotiate nothing.
  const modifies = change.fields.some((f) => !/^tags(?:\.|\[|$)/.test(f.path));
  const live = change.id !== undefined || states.oldState !== undefined;
  if (change.action !== 'update' || !live || !modifies || states.newState?.inputs?.effectImmediately !== true) return [];
  return [{
    kind: 'renegotiation',
    message: '`effectImmediately` is true: applying this update deletes the negotiated IPsec tunnels and negotiates them again at once, a brief interruption of traffic.',
  }];
}

/** A route change names where the traffic goes: destination (and source), next hop, weight (and priority). */
function routeWarnings(change: Change, states: States): Warning[] {
  const before = { ...states.oldState?.inputs, ...states.oldState?.outputs };
  const after = states.newState?.inputs ?? {};
  const route = (s: Record<string, unknown>): string => {
    const from = s.routeSource !== undefined ? ` from ${value(s.routeSource)}` : '';
    return `traffic to ${value(s.routeDest)}${from} through ${value(s.nextHop)}`;
  };
  const weighted = (s: Record<string, unknown>): string =>
    [`weight ${value(s.weight)}`, s.priority !== undefined ? `priority ${value(s.priority)}` : ''].filter(Boolean).join(', ');
  switch (change.action) {
    case 'create':
      return [{ kind: 'route', message: `Adds a route: ${route(after)} (${weighted(after)}).` }];
    case 'delete':
      return [{ kind: 'route', message: `Removes a route: ${route(before)} no longer takes it.` }];
    case 'replace':
      return [{ kind: 'route', message: `Replaces a route: ${route(before)} is unrouted between the removal and the new route, ${route(after)} (${weighted(after)})` + forcedBy(change) }];
    case 'update': {
      const moved = change.fields.filter((f) => f.path === 'weight' || f.path === 'priority' || f.path === 'publishVpc');
      if (moved.length === 0) return [];
      const what = moved.map((f) => `${f.path} ${value(f.before)} → ${value(f.after)}`).join(', ');
      return [{ kind: 'route', message: `Changes the route of ${route(after)}: ${what}. Traffic to the destination moves to the route of the highest weight (and, policy-based, priority).` }];
    }
    default:
      return [];
  }
}

/** A value inside a warning: in a code span, secrets and unknowns spelled out. */
function value(v: unknown): string {
  return valueText(v, (text) => `\`${text.replace(/`/g, "'")}\``, '(unset)');
}
