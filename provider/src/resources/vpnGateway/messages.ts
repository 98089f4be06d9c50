// What the gateway's lifecycle says when it refuses: a gateway another stack made, a gateway connections still
// use, and a Subscription gateway the API cannot release. Each names the gateway, why, and what to do.

import type { CloudError } from '../../cloud';
import { STACK_TAG_KEY, OWNER_TAG_KEY } from '../shared/ownership';
import { VPN_GATEWAY_TYPE } from './descriptor';

/** A gateway whose stack tag names another stack instance: never adopted, modified or deleted. */
export function foreignGatewayError(id: string, doing: 'create' | 'update' | 'delete', urn: string): Error {
  const lead =
    `VPN gateway ${id} was made by another stack: its ${STACK_TAG_KEY} tag names another stack instance, which may still manage it, ` +
    `so this ${doing} leaves it untouched.`;
  if (doing === 'create') {
    return new Error(
      `${lead} (This create's ClientToken replays it.) Remove it from the other stack first, or give this resource another name; ` +
        `to manage it from this stack deliberately, \`pulumi state delete\` it in the other stack, remove its ${STACK_TAG_KEY} and ${OWNER_TAG_KEY} tags, ` +
        `then run \`pulumi import ${VPN_GATEWAY_TYPE} <name> ${id}\`.`,
    );
  }
  return new Error(
    `${lead} To stop managing it from this stack without touching it, run \`pulumi state delete '${urn}'\`. To manage it from this stack, ` +
      `\`pulumi state delete\` it in the other stack and remove its ${STACK_TAG_KEY} and ${OWNER_TAG_KEY} tags, then run \`pulumi refresh\` and \`pulumi up\` again.`,
  );
}

/** DeleteVpnGateway refused while connections use the gateway, naming them when the service lists them. */
export function gatewayInUseError(id: string, connections: readonly string[], cause: CloudError): Error {
  const which = connections.length > 0 ? `VPN connection${connections.length > 1 ? 's' : ''} ${connections.join(', ')}` : 'VPN connections';
  const uses = connections.length === 1 ? 'uses' : 'use';
  return new Error(
    `VPN gateway ${id} cannot be deleted: ${which} still ${uses} it (${cause.code}). ` +
      'Delete those connections first (in the program, remove them or make them depend on this gateway so they are destroyed first), then run `pulumi destroy` (or `pulumi up`) again.',
    { cause },
  );
}

function when(ms: unknown): string {
  return typeof ms === 'number' && Number.isFinite(ms) ? ` (${new Date(ms).toISOString()})` : '';
}

/** DeleteVpnGateway of a Subscription gateway: the API cannot release it before its end time. */
export function prepaidError(id: string, urn: string, endTime: unknown, cause: CloudError): Error {
  return new Error(
    `VPN gateway ${id} is a Subscription (pre-paid) gateway: the API cannot release it before its end time${when(endTime)} (${cause.code}), ` +
      'so it still exists, is still billed, and stays in the stack. To keep it but stop managing it from this stack, run ' +
      `\`pulumi state delete '${urn}'\` and then \`pulumi destroy\` again; to end it, unsubscribe it in the Alibaba Cloud console (or let it expire) and run \`pulumi refresh\`.`,
    { cause },
  );
}
