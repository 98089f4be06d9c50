// The newcomer's first mistakes, each made through the real CLI (or `make demo`'s tool): the
// message must say what is wrong in the user's terms and which setting or command fixes it. Every run
// loads tests/support/networkGuard.js into its Node processes, so nothing here reaches off the machine.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { seedGateways, startEmulator, type EmulatorProcess, type SeededGateways } from '../support/emulator';
import { recordNetwork, type NetworkRecord } from '../support/offMachine';
import { REPO_ROOT, type CliResult } from '../support/pulumi';
import { freePort } from '../support/ports';
import { credentialEnv, e2eContext, emptyProgram, liveConnections, providerConfig, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

const execFileAsync = promisify(execFile);

// One or two connections on one gateway; the algorithm and first subnet come from config, as a user's would.
const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();
const customerGatewayIds = config.require("customerGatewayIds").split(",");
customerGatewayIds.forEach((customerGatewayId, i) => new alicloudvpn.VpnConnection("conn-" + i, {
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId,
    localSubnets: [config.get("localSubnet") ?? "10." + (10 + i) + ".0.0/16"],
    remoteSubnets: ["172.16.1.0/24"],
    ikeConfig: { psk: config.requireSecret("psk"), ikeEncAlg: config.get("encAlg") ?? "aes256" },
}));
`;
const PSK = 'messages-e2e-psk-7Qk2';

function output(r: CliResult): string {
  return `${r.stdout}\n${r.stderr}`;
}

interface EngineDiagnostic {
  urn?: string;
  message: string;
  severity: string;
  ephemeral?: boolean;
}

/** The diagnostics among the engine events `pulumi up --json` streams to stdout (one JSON event per line). */
function diagnostics(r: CliResult): EngineDiagnostic[] {
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { diagnosticEvent?: EngineDiagnostic })
    .flatMap((e) => (e.diagnosticEvent ? [{ ...e.diagnosticEvent, message: e.diagnosticEvent.message.trim() }] : []));
}

describe('messages that name the fix, through the real CLI', function () {
  const ctx = e2eContext();
  let programDir: string;
  let gateways: SeededGateways;
  let network: NetworkRecord;

  before(async function () {
    programDir = emptyProgram('messages');
    fs.writeFileSync(path.join(programDir, 'index.ts'), PROGRAM);
    gateways = await seedGateways(ctx.emu, { region: REGION, count: 2 });
  });

  beforeEach(function () {
    network = recordNetwork();
  });

  afterEach(function () {
    network.remove();
  });

  after(function () {
    fs.rmSync(programDir, { recursive: true, force: true });
  });

  async function workspace(config: Record<string, string>, env: Record<string, string> = {}, emu: EmulatorProcess = ctx.emu, g = gateways) {
    const ws = await ctx.program({
      programDir,
      config: { vpnGatewayId: g.vpnGatewayId, customerGatewayIds: g.customerGatewayIds[0], ...providerConfig(emu), ...config },
      env: { ...credentialEnv(emu), ...network.env, ...env },
    });
    await ws.cliOk(['config', 'set', '--secret', 'psk', PSK]);
    return ws;
  }

  function assertStayedOnTheMachine(): void {
    assert.ok(network.guardedPids().length > 0, `no Node process ran with the network guard:\n${network.lines().join('\n')}`);
    assert.deepEqual(network.offMachine(), [], 'something tried to reach a destination off the machine');
  }

  it('the emulator not running: says nothing listens, names the emulator command and alicloudvpn:endpoint, and shows the retries on the status line', async function () {
    const endpoint = `127.0.0.1:${await freePort()}`;
    // The outage window (30 s by default) shortened through its documented setting: the message comes once it ends.
    const ws = await workspace({ 'alicloudvpn:endpoint': endpoint }, { ALICLOUDVPN_OUTAGE_RETRY_SECONDS: '3' });
    const r = await ws.cli(['up', '--yes', '--skip-preview', '--json']);
    assert.notEqual(r.code, 0, output(r));
    const text = output(r);
    assert.match(text, new RegExp(`cannot reach the VPC API at ${endpoint.replace(/\./g, '\\.')} \\(http\\): connection refused \\(ECONNREFUSED\\), nothing is listening there`));
    assert.match(text, /Is the emulator running\? Start it in the project directory with the state file that holds this stack's gateways and connections, `npx alicloudvpn-emulator --port \d+ --state \.\/emulator-state\.json`/);
    assert.match(text, /`pulumi config set alicloudvpn:endpoint <host:port>`/);
    assert.doesNotMatch(text, /POST http|GET http/);
    const urn = `${VPN_CONNECTION_TYPE}::conn-0`;
    // An ephemeral diagnostic with the resource's URN is what the CLI shows on that resource's status line.
    const status = diagnostics(r).filter((d) => d.ephemeral && d.urn?.endsWith(urn) && /^retrying Describe\w+( \S+)? after ECONNREFUSED/.test(d.message));
    assert.ok(status.length > 0, `no retry status on the resource's line:\n${JSON.stringify(diagnostics(r), null, 1)}`);
    assertStayedOnTheMachine();
  });

  it('protocol left at https against the emulator: says it speaks plain HTTP and gives the config command', async function () {
    const ws = await workspace({ 'alicloudvpn:protocol': 'https' });
    const r = await ws.cli(['up', '--yes', '--skip-preview']);
    assert.notEqual(r.code, 0, output(r));
    assert.match(output(r), /answered without TLS \(EPROTO\): it speaks plain HTTP, as the local emulator does, but protocol is https/);
    assert.match(output(r), /`pulumi config set alicloudvpn:protocol http`/);
    assert.doesNotMatch(output(r), /wrong version number|SSL routines/);
    assertStayedOnTheMachine();
  });

  it('no credentials at all: names the config keys and variables to set, and sends nothing off the machine', async function () {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-nohome-'));
    try {
      // Empty values count as unset; HOME without ~/.alibabacloud or ~/.aliyun hides a developer's own profiles.
      const ws = await workspace({}, { ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '', HOME: home });
      const r = await ws.cli(['up', '--yes', '--skip-preview']);
      assert.notEqual(r.code, 0, output(r));
      const text = output(r);
      assert.match(text, /no Alibaba Cloud credentials found\. Set them with `pulumi config set alicloudvpn:accessKeyId <AccessKey ID>` and `pulumi config set --secret alicloudvpn:accessKeySecret <AccessKey secret>`/);
      assert.match(text, /or export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
      assert.doesNotMatch(text, /ENOTFOUND|undefined/);
      assertStayedOnTheMachine();
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('destroy after moving the credentials into the stack config: says destroy uses the recorded settings, and --run-program applies the config', async function () {
    // The update records the provider's settings without credentials (they came from the environment); the
    // destroy below runs without them in the environment, with them in the stack config only.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-nohome-'));
    try {
      const ws = await workspace({});
      await ws.up();
      assert.equal((await liveConnections(ctx.emu, [gateways.vpnGatewayId])).length, 1);
      await ws.cliOk(['config', 'set', 'alicloudvpn:accessKeyId', ctx.emu.accessKeyId]);
      await ws.cliOk(['config', 'set', '--secret', 'alicloudvpn:accessKeySecret', ctx.emu.accessKeySecret]);
      const configOnly = { ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '', HOME: home };
      const recorded = await ws.cli(['destroy', '--yes', '--skip-preview'], { env: configOnly });
      assert.notEqual(recorded.code, 0, output(recorded));
      const text = output(recorded);
      assert.match(text, /no Alibaba Cloud credentials found/);
      assert.match(text, /Note: `pulumi destroy` uses the provider settings the stack's last update recorded, not the stack config as it is now\. If you have fixed them in the config since, run `pulumi destroy --run-program`/);
      assert.ok(!text.includes(ctx.emu.accessKeySecret), 'the output carries the AccessKey secret');
      const fixed = await ws.cli(['destroy', '--yes', '--skip-preview', '--run-program'], { env: configOnly });
      assert.equal(fixed.code, 0, output(fixed));
      assert.deepEqual(await liveConnections(ctx.emu, [gateways.vpnGatewayId]), []);
      assertStayedOnTheMachine();
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('an unknown algorithm from config (aes512): names the property path and the allowed values, not remoteCaCertificate', async function () {
    const ws = await workspace({ encAlg: 'aes512' });
    const r = await ws.cli(['preview']);
    assert.notEqual(r.code, 0, output(r));
    assert.match(output(r), /resource 'conn-0' has a problem: ikeConfig\.ikeEncAlg: "aes512" is not a valid value; allowed values: aes, aes192, aes256, des, 3des/);
    assert.doesNotMatch(output(r), /remoteCaCertificate|<nil>/);
  });

  it('a bad subnet: the preview shows the value the program gave, never value {<nil>}', async function () {
    const ws = await workspace({ localSubnet: '10.0.0.300/24' });
    const r = await ws.cli(['preview']);
    assert.notEqual(r.code, 0, output(r));
    assert.match(output(r), /resource 'conn-0' has a problem: localSubnets\[0\]: "10\.0\.0\.300\/24" is not an IPv4 CIDR block/);
    assert.doesNotMatch(output(r), /<nil>/);
  });

  it('a gateway wait of several seconds reports its progress, with the time waited, on the waiting resource\'s status line', async function () {
    // Each change keeps the gateway updating for 7 s, so the second connection's wait outlasts the 5 s progress interval.
    const busy = await startEmulator({ busyMs: 7_000 });
    try {
      const g = await seedGateways(busy, { region: REGION, count: 2 });
      const ws = await workspace({ customerGatewayIds: g.customerGatewayIds.join(',') }, {}, busy, g);
      const r = await ws.cli(['up', '--yes', '--skip-preview', '--json']);
      assert.equal(r.code, 0, output(r));
      const progress = diagnostics(r).filter(
        (d) => d.ephemeral && /::conn-[01]$/.test(d.urn ?? '') && new RegExp(`^waiting for VPN gateway ${g.vpnGatewayId} \\(updating\\), \\d+ s$`).test(d.message),
      );
      assert.ok(progress.length > 0, `no progress with the time waited:\n${JSON.stringify(diagnostics(r), null, 1)}`);
      // No destroy: the connections live only in this emulator, which stops below.
    } finally {
      await busy.stop();
    }
  });

  it('make demo with its port taken: names the port and ALICLOUDVPN_DEMO_PORT', async function () {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    const demoDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-demo-port-')), 'demo');
    try {
      const env = { ...process.env, ...network.env, ALICLOUDVPN_DEMO_DIR: demoDir, ALICLOUDVPN_DEMO_STACK: `e2e${process.pid}`, ALICLOUDVPN_DEMO_PORT: String(port), NO_COLOR: '1' };
      const demo = path.join(REPO_ROOT, 'tools', 'demo', 'dist', 'main.js');
      const err = await execFileAsync(process.execPath, [demo, 'up'], { env, cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
        () => assert.fail('the demo ran with its port taken'),
        (e: { code: number; stderr: string }) => e,
      );
      assert.equal(err.code, 1);
      assert.match(err.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use \\(EADDRINUSE\\): stop what holds it, or run with ALICLOUDVPN_DEMO_PORT=<free port>`));
      assertStayedOnTheMachine();
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
      fs.rmSync(path.dirname(demoDir), { recursive: true, force: true });
    }
  });
});
