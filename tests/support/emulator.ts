// Starts the real emulator PROCESS for integration and e2e tests, and builds real SDK clients
// pointed at it. Nothing here reaches into the emulator's modules.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import Client, {
  CreateCustomerGatewayRequest, CreateVpnGatewayRequest, DescribeVpnGatewayRequest,
} from '@alicloud/vpc20160428';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { $OpenApiUtil } = require('@alicloud/openapi-core') as typeof import('@alicloud/openapi-core');

export const EMULATOR_BIN = path.join(path.dirname(require.resolve('alicloudvpn-emulator/package.json')), 'bin', 'alicloudvpn-emulator');
export const DEFAULT_ACCESS_KEY_ID = 'LTAI5tEmulatorAccessKey';
export const DEFAULT_ACCESS_KEY_SECRET = 'emulator-access-key-secret';
/** Tests default to a short busy window; pass busyMs to change it. */
export const TEST_BUSY_MS = 150;

export interface StartOptions {
  /** Default TEST_BUSY_MS (150). */
  busyMs?: number;
  stateFile?: string;
  seedFile?: string;
  /** Passed through verbatim, e.g. ['--quota', '2'] or ['--sts-token', 'tok']. */
  extraArgs?: string[];
}

export interface FaultSpec {
  action?: string;
  kind: 'throttle' | 'server-error' | 'forbidden' | 'drop-after-commit' | 'latency';
  count?: number;
  rate?: number;
  seed?: number;
  latencyMs?: number;
}

/** Which kind of IPsec connection a VPN gateway takes. */
export type TunnelMode = 'single' | 'dual';

export interface SeedDocument {
  vpnGateways?: Array<{
    VpnGatewayId: string; RegionId: string; VpnType?: 'Normal' | 'NationalStandard'; VpcId?: string;
    Name?: string; BusinessStatus?: 'Normal' | 'FinancialLocked'; InternetIp?: string;
    /** Default: 'dual' when DisasterRecoveryVSwitchId is given, else 'single'. */
    TunnelMode?: TunnelMode; DisasterRecoveryVSwitchId?: string; DisasterRecoveryInternetIp?: string;
  }>;
  customerGateways?: Array<{ CustomerGatewayId: string; RegionId: string; IpAddress: string; Asn?: number | string; Name?: string }>;
}

/** GET /__emulator/state: Describe-shaped objects plus RegionId (and Deleted for connections). */
export interface EmulatorState {
  vpnGateways: Array<Record<string, unknown> & { VpnGatewayId: string; RegionId: string; Status: string; VpnType: string; InternetIp: string }>;
  customerGateways: Array<Record<string, unknown> & { CustomerGatewayId: string; RegionId: string; IpAddress: string }>;
  vpnConnections: Array<Record<string, unknown> & {
    VpnConnectionId: string; RegionId: string; VpnGatewayId: string; CustomerGatewayId: string; Name: string;
    LocalSubnet: string; RemoteSubnet: string; State: string; Status: string; Deleted: boolean;
    IkeConfig: Record<string, string | number>; IpsecConfig: Record<string, string | number>;
  }>;
  /** CreateVpnRouteEntry / CreateVpnPbrRouteEntry answer shapes plus RegionId and RouteType (dbr | pbr). */
  vpnRouteEntries: Array<Record<string, unknown> & { VpnInstanceId: string; RouteDest: string; NextHop: string; Weight: number; RouteType: string }>;
  /** The account's VPCs (default region and every region holding a resource), each with its VSwitches. */
  vpcs: Array<{ VpcId: string; RegionId: string; IsDefault: boolean; VSwitches: Array<{ VSwitchId: string; ZoneId: string }> }>;
}

export interface EmulatorControl {
  health(): Promise<{ status: string }>;
  state(): Promise<EmulatorState>;
  /** Clears every resource, fault, nonce and clock offset; loads `seed` when given. */
  reset(seed?: SeedDocument): Promise<void>;
  faults(spec: FaultSpec | FaultSpec[]): Promise<void>;
  clearFaults(): Promise<void>;
  /** Moves the emulator's model clock forward (busy windows elapse without sleeping). */
  advanceClock(ms: number): Promise<void>;
  /** Requests per action since the last reset or clearStats, and how they ended. */
  stats(): Promise<Record<string, ActionStats>>;
  clearStats(): Promise<void>;
}

export interface ActionStats {
  requests: number;
  succeeded: number;
  errors: Record<string, number>;
}

export interface EmulatorProcess {
  /** `127.0.0.1:PORT`, the form Config.endpoint takes. */
  endpoint: string;
  host: string;
  port: number;
  accessKeyId: string;
  accessKeySecret: string;
  /** `http://127.0.0.1:PORT` */
  baseUrl: string;
  child: ChildProcess;
  control: EmulatorControl;
  /** SIGTERM, then waits for the process to exit (state saved). */
  stop(): Promise<void>;
}

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

async function controlCall(baseUrl: string, method: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${baseUrl}/__emulator/${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`emulator control ${method} ${route}: HTTP ${res.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** The control API (`/__emulator/...`) of the emulator at `baseUrl` (`http://127.0.0.1:PORT`). */
export function emulatorControl(baseUrl: string): EmulatorControl {
  return {
    health: async () => (await controlCall(baseUrl, 'GET', 'health')) as { status: string },
    state: async () => (await controlCall(baseUrl, 'GET', 'state')) as EmulatorState,
    reset: async (seed) => void (await controlCall(baseUrl, 'POST', 'reset', seed)),
    faults: async (spec) => void (await controlCall(baseUrl, 'POST', 'faults', spec)),
    clearFaults: async () => void (await controlCall(baseUrl, 'DELETE', 'faults')),
    advanceClock: async (ms) => void (await controlCall(baseUrl, 'POST', 'clock', { advanceMs: ms })),
    stats: async () => ((await controlCall(baseUrl, 'GET', 'stats')) as { actions: Record<string, ActionStats> }).actions,
    clearStats: async () => void (await controlCall(baseUrl, 'DELETE', 'stats')),
  };
}

export function startEmulator(opts: StartOptions = {}): Promise<EmulatorProcess> {
  const extra = opts.extraArgs ?? [];
  const args = [EMULATOR_BIN, '--port', '0', '--busy-ms', String(opts.busyMs ?? TEST_BUSY_MS)];
  if (opts.stateFile) args.push('--state', opts.stateFile);
  if (opts.seedFile) args.push('--seed', opts.seedFile);
  args.push(...extra);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
    if (process.env.ALICLOUDVPN_EMULATOR_DEBUG) process.stderr.write(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise<EmulatorProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`emulator did not start within 15s; stderr: ${stderr}`));
    }, 15_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code} before its handshake; stderr: ${stderr}`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const hello = JSON.parse(line) as { endpoint: string; accessKeyId: string };
      const [host, portText] = [hello.endpoint.slice(0, hello.endpoint.lastIndexOf(':')), hello.endpoint.slice(hello.endpoint.lastIndexOf(':') + 1)];
      const baseUrl = `http://${hello.endpoint}`;
      resolve({
        endpoint: hello.endpoint,
        host,
        port: Number(portText),
        accessKeyId: hello.accessKeyId,
        accessKeySecret: argValue(extra, '--access-key-secret') ?? DEFAULT_ACCESS_KEY_SECRET,
        baseUrl,
        child,
        control: emulatorControl(baseUrl),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.kill('SIGTERM');
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}

export type EmulatorConnection = EmulatorState['vpnConnections'][number];

/** Connections the emulator still has (its state also lists deleted ones, flagged Deleted). */
export async function liveConnections(emu: Pick<EmulatorProcess, 'control'>, vpnGatewayIds?: readonly string[]): Promise<EmulatorConnection[]> {
  const state = await emu.control.state();
  return state.vpnConnections.filter(
    (c) => !c.Deleted && (vpnGatewayIds === undefined || vpnGatewayIds.includes(c.VpnGatewayId)),
  );
}

export interface ClientOptions {
  /** Defaults to the emulator's secret; pass another to provoke SignatureDoesNotMatch. */
  secret?: string;
  accessKeyId?: string;
  securityToken?: string;
  /** 'v2' selects the legacy HMAC-SHA1 RPC signature; default is ACS3-HMAC-SHA256. */
  signatureAlgorithm?: 'v2';
  /** ms; also used as connectTimeout. Default 5000. */
  readTimeout?: number;
}

/** A real @alicloud/vpc20160428 client aimed at the emulator over plain HTTP. */
export function vpcClient(emu: Pick<EmulatorProcess, 'endpoint' | 'accessKeyId' | 'accessKeySecret'>, opts: ClientOptions = {}): Client {
  const timeout = opts.readTimeout ?? 5000;
  return new Client(new $OpenApiUtil.Config({
    accessKeyId: opts.accessKeyId ?? emu.accessKeyId,
    accessKeySecret: opts.secret ?? emu.accessKeySecret,
    securityToken: opts.securityToken,
    signatureAlgorithm: opts.signatureAlgorithm,
    endpoint: emu.endpoint,
    protocol: 'http',
    readTimeout: timeout,
    connectTimeout: timeout,
  }));
}

export interface SeededGateways {
  regionId: string;
  vpnGatewayId: string;
  tunnelMode: TunnelMode;
  /** The gateway's public address: the default LocalId of its connections (of the master tunnel when dual). */
  vpnGatewayIp: string;
  /** Dual-tunnel gateways: the second public address (the slave tunnel's); '' otherwise. */
  vpnGatewayDisasterRecoveryIp: string;
  /** The first customer gateway. */
  customerGatewayId: string;
  customerGatewayIp: string;
  /** `count` customer gateways (one IPsec connection per gateway/customer-gateway pair is allowed). */
  customerGatewayIds: string[];
  customerGatewayIps: string[];
}

let ipCounter = 0;
function nextPeerIp(): string {
  ipCounter += 1;
  // A public-looking address, unique within this test process.
  return `203.${(process.pid % 200) + 1}.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

export interface SeedGatewaysOptions {
  /** Default cn-hangzhou. */
  region?: string;
  vpnType?: 'Normal' | 'NationalStandard';
  /** 'dual' creates the gateway with a DisasterRecoveryVSwitchId. Default 'single'. */
  tunnelMode?: TunnelMode;
  /** Customer gateways to create: default 1, or 2 for a dual-tunnel gateway (one per tunnel). */
  count?: number;
  asn?: number;
  /**
   * Moves the emulator's clock this far once the gateway is created, so it is active at once instead of after the
   * emulator's busy window (every other gateway's busy window moves on as much).
   */
  advanceClockMs?: number;
}

/** vSwitch ids a seeded dual-tunnel gateway is created with. */
export const SEED_VSWITCH_ID = 'vsw-bp1emulatortest';
export const SEED_DISASTER_RECOVERY_VSWITCH_ID = 'vsw-bp1emulatordr';

/**
 * Creates a VPN gateway through the SDK (CreateVpnGateway), single-tunnel unless `tunnelMode`
 * is 'dual', waits until it is active, and creates `count` customer gateways.
 */
export async function seedGateways(emu: EmulatorProcess, opts: SeedGatewaysOptions = {}): Promise<SeededGateways> {
  const regionId = opts.region ?? 'cn-hangzhou';
  const tunnelMode = opts.tunnelMode ?? 'single';
  const client = vpcClient(emu);
  const created = await client.createVpnGateway(new CreateVpnGatewayRequest({
    regionId, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, vpnType: opts.vpnType ?? 'Normal',
    ...(tunnelMode === 'dual' ? { vSwitchId: SEED_VSWITCH_ID, disasterRecoveryVSwitchId: SEED_DISASTER_RECOVERY_VSWITCH_ID } : {}),
  }));
  const vpnGatewayId = created.body!.vpnGatewayId!;
  if (opts.advanceClockMs !== undefined) await emu.control.advanceClock(opts.advanceClockMs);
  const vpnGatewayIp = await waitForGatewayActive(client, regionId, vpnGatewayId);
  const described = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId, vpnGatewayId }));
  const vpnGatewayDisasterRecoveryIp = described.body?.disasterRecoveryInternetIp ?? '';
  const customerGatewayIds: string[] = [];
  const customerGatewayIps: string[] = [];
  for (let i = 0; i < (opts.count ?? (tunnelMode === 'dual' ? 2 : 1)); i++) {
    const ip = nextPeerIp();
    const cgw = await client.createCustomerGateway(new CreateCustomerGatewayRequest({
      regionId, ipAddress: ip, asn: opts.asn === undefined ? undefined : String(opts.asn),
    }));
    customerGatewayIds.push(cgw.body!.customerGatewayId!);
    customerGatewayIps.push(ip);
  }
  return {
    regionId, vpnGatewayId, tunnelMode, vpnGatewayIp, vpnGatewayDisasterRecoveryIp,
    customerGatewayId: customerGatewayIds[0], customerGatewayIp: customerGatewayIps[0],
    customerGatewayIds, customerGatewayIps,
  };
}

/** Polls DescribeVpnGateway until Status is active; returns the gateway's InternetIp. */
export async function waitForGatewayActive(client: Client, regionId: string, vpnGatewayId: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const gw = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId, vpnGatewayId }));
    if (gw.body?.status === 'active') return gw.body.internetIp ?? '';
    if (Date.now() > deadline) throw new Error(`VPN gateway ${vpnGatewayId} still ${gw.body?.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Requests the emulator has received (of `action`, or of every action) that have not been answered yet: each
 * counted request ends as a success or an error, except one a `drop-after-commit` fault swallowed, so this holds
 * only while no such fault is armed.
 */
export function unanswered(stats: Record<string, ActionStats>, action?: string): number {
  const entries = action === undefined ? Object.values(stats) : [stats[action] ?? { requests: 0, succeeded: 0, errors: {} }];
  return entries.reduce((n, s) => n + s.requests - s.succeeded - Object.values(s.errors).reduce((a, b) => a + b, 0), 0);
}

/** Waits until every request the emulator has received has been answered (latency faults held them so far). */
export async function waitForAnswers(emu: EmulatorProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stats = await emu.control.stats();
    if (unanswered(stats) === 0) return;
    if (Date.now() > deadline) throw new Error(`the emulator still holds ${unanswered(stats)} requests after ${timeoutMs} ms: ${JSON.stringify(stats)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
