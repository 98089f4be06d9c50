// What a create says when the connection it finds is not its own: another stack made it (its stack tag names
// another identity), or something outside any stack did. It never adopts, modifies or deletes such a
// connection; it says which one it found and how to take it over deliberately.

import type { CloudError, VpnConnectionBody } from '../../cloud';
import { nameFromUrn, type Owner } from '../shared/ownership';
import { foreignStack } from './ownership';
import type { Args, Operation } from './operation';
import { VPN_CONNECTION_TYPE } from './types';
import { describedId } from './wire';

function importLine(id: string, name = '<name>'): string {
  return `\`pulumi import ${VPN_CONNECTION_TYPE} ${name} ${id}\``;
}

/** A connection whose stack tag names another stack: found by a ClientToken replay or on the gateway pair. */
export function foreignConnectionError(body: VpnConnectionBody, a: Args, found: string): Error {
  const id = describedId(body) ?? 'unknown';
  return new Error(
    `VPN connection ${id} on VPN gateway ${a.vpnGatewayId} (${found}) was made by another stack: its alicloudvpn-stack tag names another stack instance, ` +
      'which may still manage it, so this create leaves it untouched. Use another customer gateway or remove the connection from the other stack; ' +
      `to manage it from this stack deliberately, run ${importLine(id)} (and \`pulumi state delete\` it in the other stack).`,
  );
}

function customerGatewaysOf(a: Args): string[] {
  return a.tunnelOptions ? a.tunnelOptions.map((t) => t.customerGatewayId) : [a.customerGatewayId ?? ''];
}

/** The connection already on the pair, read for the message only: a failed look-up leaves it unnamed. */
async function connectionOnPair(op: Operation, a: Args): Promise<VpnConnectionBody | undefined> {
  if (a.customerGatewayId === undefined) return undefined;
  try {
    const [id] = await op.port.listVpnConnectionIds({ regionId: a.regionId, vpnGatewayId: a.vpnGatewayId, customerGatewayId: a.customerGatewayId });
    return id === undefined ? undefined : await op.describe(a.regionId, id);
  } catch {
    return undefined;
  }
}

/** InvalidVpnConnection.AlreadyExists: the service allows one connection per gateway pair, and the pair has one. */
export async function pairConflictError(op: Operation, a: Args, self: Owner, e: CloudError): Promise<Error> {
  const lead =
    `InvalidVpnConnection.AlreadyExists: VPN gateway ${a.vpnGatewayId} already has a connection to customer gateway ${customerGatewaysOf(a).join(' or ')}, ` +
    `and the service allows one per pair (request ${e.requestId ?? 'unknown'})`;
  const existing = await connectionOnPair(op, a);
  const id = existing === undefined ? undefined : describedId(existing);
  if (existing !== undefined && id !== undefined && foreignStack(existing, self.stack) !== undefined) {
    return new Error(
      `${lead}: ${id}, made by another stack (its alicloudvpn-stack tag names another stack instance), which may still manage it; this create leaves it untouched. ` +
        `Use another customer gateway, or take it over deliberately with ${importLine(id)} (and \`pulumi state delete\` it in the other stack).`,
    );
  }
  return new Error(
    `${lead}${id !== undefined ? `: ${id}` : ''}. It is not one this resource made, or it is the one being replaced. If this create replaces that connection ` +
      '(for example `pulumi up --replace`, which creates the new one first), set the resource option deleteBeforeReplace: true. ' +
      `If the connection was made outside this stack, import it with ${importLine(id ?? '<vco-id>', nameFromUrn(self.urn))}.`,
  );
}
