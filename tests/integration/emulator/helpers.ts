// Shared pieces of the emulator integration tests: error assertions, connection fixtures and
// hand-built signed requests (for cases the SDK cannot produce, such as a stale timestamp).
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import type Client from '@alicloud/vpc20160428';
import { CreateVpnConnectionRequest, DescribeVpnConnectionRequest } from '@alicloud/vpc20160428';
import type { EmulatorProcess, SeededGateways } from '../../support/emulator';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OpenApiUtil } = require('@alicloud/openapi-core') as typeof import('@alicloud/openapi-core');

export const REGION = 'cn-hangzhou';

export interface SdkError {
  code: string;
  statusCode: number;
  data: { Code: string; Message: string; RequestId: string; HostId: string; Recommend: string };
  name: string;
}

/** Awaits a rejected SDK call and checks code, HTTP status and the exact message. */
export async function expectApiError(call: Promise<unknown>, code: string, status: number, message: string | RegExp): Promise<SdkError> {
  let caught: unknown;
  try {
    await call;
  } catch (err) {
    caught = err;
  }
  assert.ok(caught, `expected ${code}, but the call succeeded`);
  const err = caught as SdkError;
  assert.equal(err.code, code, `code (message: ${err.data?.Message ?? String(caught)})`);
  assert.equal(err.statusCode, status, 'HTTP status');
  if (typeof message === 'string') assert.equal(err.data.Message, message);
  else assert.match(err.data.Message, message);
  assert.equal(err.data.Code, code);
  assert.ok(err.data.RequestId, 'error body carries RequestId');
  assert.ok(err.data.HostId, 'error body carries HostId');
  assert.ok(err.data.Recommend, 'error body carries Recommend');
  return err;
}

/** Lets every busy window elapse by moving the emulator's model clock. */
export async function settle(emu: EmulatorProcess, ms = 10_000): Promise<void> {
  await emu.control.advanceClock(ms);
}

export type ConnectionOverrides = Partial<ConstructorParameters<typeof CreateVpnConnectionRequest>[0] & object>;

export function connectionRequest(seeded: SeededGateways, overrides: ConnectionOverrides = {}): CreateVpnConnectionRequest {
  return new CreateVpnConnectionRequest({
    regionId: seeded.regionId,
    vpnGatewayId: seeded.vpnGatewayId,
    customerGatewayId: seeded.customerGatewayId,
    localSubnet: '10.1.0.0/24',
    remoteSubnet: '192.168.10.0/24',
    ...overrides,
  });
}

export async function createConnection(client: Client, seeded: SeededGateways, overrides: ConnectionOverrides = {}): Promise<string> {
  const res = await client.createVpnConnection(connectionRequest(seeded, overrides));
  return res.body!.vpnConnectionId!;
}

export async function describeConnection(client: Client, id: string, regionId = REGION) {
  return (await client.describeVpnConnection(new DescribeVpnConnectionRequest({ regionId, vpnConnectionId: id }))).body!;
}

export interface RawOptions {
  action: string;
  query?: Record<string, string>;
  /** Form body (x-www-form-urlencoded). */
  form?: string;
  secret?: string;
  accessKeyId?: string;
  nonce?: string;
  /** x-acs-date, YYYY-MM-DDTHH:mm:ssZ */
  date?: string;
  /** Declared x-acs-content-sha256; defaults to the real hash of the body. */
  contentSha256?: string;
}

export interface RawResponse {
  status: number;
  body: Record<string, unknown>;
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An ACS3-HMAC-SHA256 request signed with the SDK's own signer, with every part overridable. */
export async function rawAcs3(emu: EmulatorProcess, opts: RawOptions): Promise<RawResponse> {
  const body = opts.form ?? '';
  const headers: Record<string, string> = {
    host: emu.endpoint,
    'x-acs-action': opts.action,
    'x-acs-version': '2016-04-28',
    'x-acs-date': opts.date ?? isoSeconds(Date.now()),
    'x-acs-signature-nonce': opts.nonce ?? OpenApiUtil.getNonce(),
    'x-acs-content-sha256': opts.contentSha256 ?? createHash('sha256').update(body).digest('hex'),
    accept: 'application/json',
  };
  if (opts.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  const query = opts.query ?? {};
  const request = { pathname: '/', method: 'POST', query, headers } as unknown as Parameters<typeof OpenApiUtil.getAuthorization>[0];
  headers.authorization = OpenApiUtil.getAuthorization(
    request, 'ACS3-HMAC-SHA256', headers['x-acs-content-sha256'], opts.accessKeyId ?? emu.accessKeyId, opts.secret ?? emu.accessKeySecret,
  );
  const qs = new URLSearchParams(query).toString();
  const res = await fetch(`${emu.baseUrl}/${qs ? `?${qs}` : ''}`, { method: 'POST', headers, body: body === '' ? undefined : body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A legacy RPC (HMAC-SHA1) request signed with the SDK's own signer. */
export async function rawRpc(emu: EmulatorProcess, opts: RawOptions & { timestamp?: string }): Promise<RawResponse> {
  const query: Record<string, string> = {
    Action: opts.action,
    Format: 'json',
    Version: '2016-04-28',
    Timestamp: opts.timestamp ?? isoSeconds(Date.now()),
    SignatureNonce: opts.nonce ?? OpenApiUtil.getNonce(),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    AccessKeyId: opts.accessKeyId ?? emu.accessKeyId,
    ...opts.query,
  };
  query.Signature = OpenApiUtil.getRPCSignature(query, 'POST', opts.secret ?? emu.accessKeySecret);
  const res = await fetch(`${emu.baseUrl}/?${new URLSearchParams(query).toString()}`, { method: 'POST' });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
