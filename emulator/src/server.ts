// HTTP front: control routes, then signature check, faults, and dispatch by action name
// (x-acs-action header for ACS3, Action parameter for the legacy RPC signature).
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { verifyRequest } from './auth';
import { CONTROL_PREFIX, handleControl } from './control';
import type { EmulatorCore } from './core';
import { ApiError, Errors } from './errors';
import { findAction } from './handlers/actions';
import { required } from './handlers/params';
import { mergeParams, newRequestId, parsePairs, parseQueryString, writeError, writeSuccess } from './protocol';

export const API_VERSION = '2016-04-28';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function handleApi(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
  const requestId = newRequestId();
  const hostId = headerValue(req, 'host') ?? 'vpc.aliyuncs.com';
  let counted: string | undefined;
  try {
    const url = req.url ?? '/';
    const query = parseQueryString(url);
    const isForm = (headerValue(req, 'content-type') ?? '').startsWith('application/x-www-form-urlencoded');
    const form = isForm ? parsePairs(body.toString('utf8')) : [];
    const params = mergeParams(query, form);

    const action = headerValue(req, 'x-acs-action') ?? params.Action;
    if (!action) throw Errors.missing('Action');
    const version = headerValue(req, 'x-acs-version') ?? params.Version;
    if (version !== undefined && version !== API_VERSION) throw Errors.invalidVersion();
    const handler = findAction(action);
    if (!handler) throw Errors.actionNotFound();

    const pathname = url.split('?')[0] || '/';
    verifyRequest({ method: req.method ?? 'POST', pathname, headers: req.headers, query, form, body }, core.credentials, core.nonces, Date.now());

    counted = action;
    core.stats.request(action);
    const plan = core.faults.draw(action);
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);
    if (plan.reject === 'throttle') throw Errors.throttling();
    if (plan.reject === 'server-error') throw Errors.serviceUnavailable();
    if (plan.reject === 'forbidden') throw Errors.forbidden();

    const regionId = required(params, 'RegionId');
    const result = handler.handle({ world: core.world, params, regionId });
    if (handler.mutates) core.save();
    if (plan.dropAfterCommit) {
      // The change is committed; the caller never hears about it.
      req.socket.destroy();
      return;
    }
    core.stats.success(action);
    writeSuccess(res, requestId, result);
  } catch (err) {
    if (err instanceof ApiError) {
      if (counted !== undefined) core.stats.error(counted, err.code);
      writeError(res, requestId, hostId, err);
      return;
    }
    process.stderr.write(`alicloudvpn-emulator: internal error: ${(err as Error).stack ?? String(err)}\n`);
    writeError(res, requestId, hostId, Errors.internalError());
  }
}

export function createServer(core: EmulatorCore): Server {
  const server = createHttpServer((req, res) => {
    readBody(req)
      .then((body) => {
        if ((req.url ?? '').startsWith(CONTROL_PREFIX)) handleControl(core, req, res, body);
        else return handleApi(core, req, res, body);
        return undefined;
      })
      .catch((err: unknown) => {
        process.stderr.write(`alicloudvpn-emulator: ${String(err)}\n`);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  return server;
}
