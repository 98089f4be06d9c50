// The unsigned test-control API under /__emulator/, answered only to local programs (controlGuard.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultSpecError, parseFaultSpec } from './faults';
import type { EmulatorCore } from './core';
import { modifyConnectionOutOfBand } from './controlConnections';
import { addCustomerGateway, addVpnGateway, DEFAULT_REGION } from './controlGateways';
import { listVpcs } from './models/vpcs';
import { createdRoute } from './views/routeViews';
import { refuseControl } from './controlGuard';
import { ApiError } from './errors';
import { writeJson } from './protocol';
import type { SeedDocument } from './seed';
import { describeCustomerGateway, describeGateway } from './views/gatewayViews';
import { describeConnection } from './views/vpnConnectionView';
import { viewContext } from './handlers/vpnConnectionHandlers';

export const CONTROL_PREFIX = '/__emulator/';

/** Every resource, deleted connections included, in Describe shapes plus RegionId (and Deleted). */
export function dumpState(core: EmulatorCore) {
  const snapshot = core.world.store.snapshot();
  const now = core.world.clock.now();
  return {
    vpnGateways: snapshot.vpnGateways
      .filter((g) => g.deleteAt === null || g.deleteAt > now)
      .map((g) => ({ ...describeGateway(g, now), RegionId: g.RegionId })),
    customerGateways: snapshot.customerGateways.map((c) => ({ ...describeCustomerGateway(c), RegionId: c.RegionId })),
    vpnConnections: snapshot.vpnConnections.map((c) => ({
      ...describeConnection(c, viewContext(core.world, c)),
      RegionId: c.RegionId,
      Deleted: c.Deleted,
    })),
    vpnRouteEntries: (snapshot.vpnRouteEntries ?? []).map((e) => ({ ...createdRoute(e), RegionId: e.RegionId, RouteType: e.Kind })),
    // The networks of the default region and of every region that holds a resource.
    vpcs: [...new Set([DEFAULT_REGION, ...core.world.store.regionIds()])].flatMap(listVpcs),
  };
}

/** GET vpcs?RegionId=R: the account's VPCs in R (default cn-hangzhou), each with its vSwitches. */
function regionVpcs(url: string) {
  const regionId = new URL(url, 'http://emulator').searchParams.get('RegionId') || DEFAULT_REGION;
  return { vpcs: listVpcs(regionId) };
}

function parseBody(body: Buffer): unknown {
  const text = body.toString('utf8').trim();
  return text === '' ? undefined : JSON.parse(text);
}

export function handleControl(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  const refusal = refuseControl(req);
  if (refusal) {
    writeJson(res, refusal.status, { error: refusal.error });
    return;
  }
  const route = `${req.method ?? 'GET'} ${(req.url ?? '').split('?')[0].slice(CONTROL_PREFIX.length)}`;
  try {
    switch (route) {
      case 'GET health':
        writeJson(res, 200, { status: 'ok' });
        return;
      case 'GET vpcs':
        writeJson(res, 200, regionVpcs(req.url ?? ''));
        return;
      case 'GET state':
        writeJson(res, 200, dumpState(core));
        return;
      case 'POST reset':
        core.reset(parseBody(body) as SeedDocument | undefined);
        writeJson(res, 200, { status: 'ok' });
        return;
      case 'GET faults':
        writeJson(res, 200, { faults: core.faults.list() });
        return;
      case 'POST faults': {
        const parsed = parseBody(body);
        for (const spec of Array.isArray(parsed) ? parsed : [parsed]) core.faults.add(parseFaultSpec(spec));
        writeJson(res, 200, { faults: core.faults.list() });
        return;
      }
      case 'DELETE faults':
        core.faults.clear();
        writeJson(res, 200, { faults: [] });
        return;
      case 'GET stats':
        writeJson(res, 200, { actions: core.stats.snapshot() });
        return;
      case 'DELETE stats':
        core.stats.clear();
        writeJson(res, 200, { actions: {} });
        return;
      case 'POST vpn-gateways': {
        const created = addVpnGateway(core.world, parseBody(body));
        core.save();
        writeJson(res, 200, created);
        return;
      }
      case 'POST customer-gateways': {
        const created = addCustomerGateway(core.world, parseBody(body));
        core.save();
        writeJson(res, 200, created);
        return;
      }
      case 'POST vpn-connection-changes': {
        const changed = modifyConnectionOutOfBand(core.world, parseBody(body));
        core.save();
        writeJson(res, 200, changed);
        return;
      }
      case 'POST clock': {
        const parsed = parseBody(body) as { advanceMs?: unknown } | undefined;
        const ms = parsed?.advanceMs;
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw new FaultSpecError('advanceMs must be a number >= 0');
        core.world.clock.advance(ms);
        writeJson(res, 200, { now: core.world.clock.now() });
        return;
      }
      default:
        writeJson(res, 404, { error: `no control route ${route}` });
    }
  } catch (err) {
    // A model rule names the API's own code (IllegalParam.Name, InvalidIpAddress...), which the user can look up.
    const error = err instanceof ApiError ? `${err.code}: ${err.message}` : (err as Error).message;
    writeJson(res, 400, { error });
  }
}
