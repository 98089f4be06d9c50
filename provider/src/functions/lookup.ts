// Finding one object of the VPC API by id or by name, for the provider functions. By id: its Describe action. By
// name: its list action, every page, matched on the exact name (DescribeCustomerGateways and DescribeVpnGateways
// take no name filter). Every call retries through a Retrier (cloud/retry.ts) within the lookup's budget; a name
// that matches none or several, or an id the service does not know, ends the lookup with a message that names the
// region, the argument and the fix.

import { CloudError, Retrier, type ApiBody, type VpcPort } from '../cloud';
import { isPlainObject } from '../descriptor/coerce';
import type { OperationContext } from '../resources/resource';
import { LifecycleDeps, deps, operationDeadline } from '../resources/shared/operation';

/** How one kind of object is found. */
export interface LookupTarget {
  /** How messages name it: `customer gateway`. */
  readonly noun: string;
  /** The function's arguments for the id and the name, for messages. */
  readonly idArg: string;
  readonly nameArg: string;
  /** Describe by id, and its parameter (also the id's key in answers): `DescribeCustomerGateway`, `CustomerGatewayId`. */
  readonly describeAction: string;
  readonly idKey: string;
  /** The list action and where its answer holds the items: `DescribeCustomerGateways`, `CustomerGateways.CustomerGateway`. */
  readonly listAction: string;
  readonly listPath: readonly [string, string];
  /** The error codes of an unknown id. */
  readonly notFoundCodes: readonly string[];
}

export interface LookupQuery {
  regionId: string;
  id?: string;
  name?: string;
}

/** The largest page both list actions allow. */
export const PAGE_SIZE = 50;
/** A bound on paging, should an answer never say it is the last page. */
const MAX_PAGES = 1_000;
/** A lookup's budget: reads only, so far less than a change's. */
export const LOOKUP_TIMEOUT_MS = 5 * 60_000;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The one object the query names, as its Describe (or list item) answer. */
export async function lookup(port: VpcPort, target: LookupTarget, q: LookupQuery, ctx: OperationContext, overrides?: Partial<LifecycleDeps>): Promise<ApiBody> {
  const d = deps({ defaultTimeoutMs: LOOKUP_TIMEOUT_MS, ...overrides });
  const retrier = new Retrier(operationDeadline(ctx, d), d.retryPolicy, d.random, (m) => ctx.log?.('info', m));
  const call = (action: string, params: Record<string, string>, what: string): Promise<ApiBody> =>
    retrier.run(what, () => port.call(action, { params, secrets: [] }, { signal: ctx.signal }));
  if (q.id !== undefined) return byId(target, q.regionId, q.id, call);
  if (q.name !== undefined) return byName(target, q.regionId, q.name, call);
  throw new Error(`give ${target.idArg} or ${target.nameArg} to look up a ${target.noun}`);
}

type Call = (action: string, params: Record<string, string>, what: string) => Promise<ApiBody>;

async function byId(t: LookupTarget, regionId: string, id: string, call: Call): Promise<ApiBody> {
  const notFound = (code: string) =>
    new Error(
      `${t.noun} ${id} not found in region ${regionId} (${code}): check ${t.idArg}, and give regionId if the ${t.noun} is in another region than the provider's`,
    );
  let body: ApiBody;
  try {
    body = await call(t.describeAction, { RegionId: regionId, [t.idKey]: id }, `${t.describeAction} ${id}`);
  } catch (e) {
    if (e instanceof CloudError && t.notFoundCodes.includes(e.code)) throw notFound(e.code);
    throw e;
  }
  // An answer about another id is no answer about this one.
  if (body[t.idKey] !== id) throw notFound(`${t.describeAction} answered without it`);
  return body;
}

/** Every item of the list action, page by page, PAGE_SIZE at a time. */
async function listAll(t: LookupTarget, regionId: string, call: Call): Promise<ApiBody[]> {
  const items: ApiBody[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await call(t.listAction, { RegionId: regionId, PageNumber: String(page), PageSize: String(PAGE_SIZE) }, `${t.listAction} page ${page}`);
    const holder = body[t.listPath[0]];
    const list = isPlainObject(holder) ? holder[t.listPath[1]] : undefined;
    const pageItems = Array.isArray(list) ? list.filter(isPlainObject) : [];
    items.push(...pageItems);
    const total = Number(body.TotalCount);
    if (pageItems.length < PAGE_SIZE || (Number.isFinite(total) && items.length >= total)) return items;
  }
  throw new Error(`${t.listAction} in region ${regionId} still had more pages after ${MAX_PAGES} of ${PAGE_SIZE}; look the ${t.noun} up by ${t.idArg} instead`);
}

async function byName(t: LookupTarget, regionId: string, name: string, call: Call): Promise<ApiBody> {
  const matches = (await listAll(t, regionId, call)).filter((item) => item.Name === name);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    throw new Error(
      `no ${t.noun} named "${name}" in region ${regionId}: check ${t.nameArg} (names match exactly, case included), ` +
        `give regionId if the ${t.noun} is in another region than the provider's, or look it up by ${t.idArg}`,
    );
  }
  const ids = matches.map((m) => text(m[t.idKey]) ?? '?');
  throw new Error(
    `${matches.length} ${t.noun}s in region ${regionId} are named "${name}" (${ids.join(', ')}): ` +
      `look the one you mean up by ${t.idArg} instead of ${t.nameArg}`,
  );
}
