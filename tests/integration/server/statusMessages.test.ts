// The newcomer's first mistakes, made through the calls the engine sends for `up` and `preview`, against the real
// plugin process (run under tests/support/networkGuard.js, so nothing reaches off the machine) and the real emulator
// process: each message says what is wrong in the user's terms and which setting or command fixes it, and a wait
// shows on the resource's status line (an ephemeral log carrying the resource's URN, which the CLI prints on that
// line). Not here: the CLI's printing of those messages; tests/e2e/badInputs.test.ts shows check failures printed by
// the real CLI ("resource 'x' has a problem: ..."). No test runs the CLI to see an ephemeral log land on the
// resource's status line: that is the engine's rendering of what this file checks the plugin sends. `make demo` with
// its port taken is in tests/e2e/demo.test.ts.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { seedGateways, startEmulator, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { recordNetwork, type NetworkRecord } from '../../support/offMachine';
import {
  cleanEnv,
  grpcError,
  secret,
  startPlugin,
  type PluginProcess,
  type Wire,
} from '../../support/plugin';
import { freePort } from '../../support/ports';
import { EngineResource } from './engineSteps';
import { configureChecked, configureForEmulator, connectedSuite, REGION, waitForLog } from './fixture';

const PSK = 'messages-it-psk-7Qk2';

function connection(g: SeededGateways, i = 0, extra: { localSubnet?: string; encAlg?: string } = {}): Wire {
  return {
    vpnGatewayId: g.vpnGatewayId,
    customerGatewayId: g.customerGatewayIds[i],
    localSubnets: [extra.localSubnet ?? `10.${10 + i}.0.0/16`],
    remoteSubnets: ['172.16.1.0/24'],
    ikeConfig: { psk: secret(PSK), ikeEncAlg: extra.encAlg ?? 'aes256' },
  };
}

describe('messages that name the fix, through the plugin\'s answers to the engine', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 250 });
  let gateways: SeededGateways;
  let network: NetworkRecord;
  const plugins: PluginProcess[] = [];

  before(async () => {
    gateways = await seedGateways(suite.emu, { region: REGION, count: 2 });
  });

  beforeEach(() => {
    network = recordNetwork();
  });

  afterEach(async () => {
    for (const p of plugins.splice(0)) await p.stop();
    network.remove();
  });

  /** A plugin under the network guard, configured with the emulator's settings overridden by `config`. */
  async function guardedPlugin(config: Wire, env: NodeJS.ProcessEnv = {}): Promise<PluginProcess> {
    const plugin = await startPlugin({ engineAddress: suite.engine.address, env: cleanEnv({ ...network.env, ...env }) });
    plugins.push(plugin);
    await configureForEmulator(plugin, suite.emu, config);
    return plugin;
  }

  function assertStayedOnTheMachine(): void {
    assert.ok(network.guardedPids().length > 0, `no Node process ran with the network guard:\n${network.lines().join('\n')}`);
    assert.deepEqual(network.offMachine(), [], 'something tried to reach a destination off the machine');
  }

  it('the emulator not running: says nothing listens, names the emulator command and alicloudvpn:endpoint, and shows the retries on the status line', async () => {
    const endpoint = `127.0.0.1:${await freePort()}`;
    // The outage window (30 s by default) shortened through its documented setting: the message comes once it ends.
    const conn = new EngineResource(await guardedPlugin({ endpoint }, { ALICLOUDVPN_OUTAGE_RETRY_SECONDS: '3' }), 'conn-0');
    const err = await grpcError(conn.up(connection(gateways)));
    assert.match(err.details, new RegExp(`cannot reach the VPC API at ${endpoint.replace(/\./g, '\\.')} \\(http\\): connection refused \\(ECONNREFUSED\\), nothing is listening there`));
    assert.match(err.details, /Is the emulator running\? Start it in the project directory with the state file that holds this stack's gateways and connections, `npx alicloudvpn-emulator --port \d+ --state \.\/emulator-state\.json`/);
    assert.match(err.details, /`pulumi config set alicloudvpn:endpoint <host:port>`/);
    assert.doesNotMatch(err.details, /POST http|GET http/);
    const status = suite.engine.logs.filter((l) => l.ephemeral && l.urn === conn.urn && /^retrying Describe\w+( \S+)? after ECONNREFUSED/.test(l.message));
    assert.ok(status.length > 0, `no retry status on the resource's line:\n${JSON.stringify(suite.engine.logs, null, 1)}`);
    assertStayedOnTheMachine();
  });

  it('protocol left at https against the emulator: says it speaks plain HTTP and gives the config command', async () => {
    const conn = new EngineResource(await guardedPlugin({ protocol: 'https' }), 'conn-0');
    const err = await grpcError(conn.up(connection(gateways)));
    assert.match(err.details, /answered without TLS \(EPROTO\): it speaks plain HTTP, as the local emulator does, but protocol is https/);
    assert.match(err.details, /`pulumi config set alicloudvpn:protocol http`/);
    assert.doesNotMatch(err.details, /wrong version number|SSL routines/);
    assertStayedOnTheMachine();
  });

  it('credentials set to empty values count as none: names the config keys and variables to set', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-nohome-'));
    try {
      // HOME without ~/.alibabacloud or ~/.aliyun hides a developer's own profiles.
      const plugin = await startPlugin({
        engineAddress: suite.engine.address,
        env: cleanEnv({ ...network.env, HOME: home, ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' }),
      });
      plugins.push(plugin);
      await configureChecked(plugin, { region: REGION, endpoint: suite.emu.endpoint, protocol: 'http' });
      const err = await grpcError(new EngineResource(plugin, 'conn-0').up(connection(gateways)));
      assert.match(err.details, /no Alibaba Cloud credentials found\. Set them with `pulumi config set alicloudvpn:accessKeyId <AccessKey ID>` and `pulumi config set --secret alicloudvpn:accessKeySecret <AccessKey secret>`/);
      assert.match(err.details, /or export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET/);
      assert.doesNotMatch(err.details, /ENOTFOUND|undefined/);
      assertStayedOnTheMachine();
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  // The failure's property is empty and the path leads the reason: given a nested path as the property, the engine
  // would print `value {<nil>}` beside it.
  it('an unknown algorithm from config (aes512): names the property path and the allowed values, not remoteCaCertificate', async () => {
    const failures = await new EngineResource(suite.plugin, 'conn-0').checkFailures(connection(gateways, 0, { encAlg: 'aes512' }));
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0], /^: ikeConfig\.ikeEncAlg: "aes512" is not a valid value; allowed values: aes, aes192, aes256, des, 3des/);
    assert.doesNotMatch(failures[0], /remoteCaCertificate/);
  });

  it('a bad subnet: the reason shows the value the program gave, with an empty property so the engine adds no value {<nil>}', async () => {
    const failures = await new EngineResource(suite.plugin, 'conn-0').checkFailures(connection(gateways, 0, { localSubnet: '10.0.0.300/24' }));
    assert.equal(failures.length, 1, failures.join('\n'));
    assert.match(failures[0], /^: localSubnets\[0\]: "10\.0\.0\.300\/24" is not an IPv4 CIDR block/);
  });

  it('a gateway wait of several seconds reports its progress, with the time waited, on the waiting resource\'s status line', async () => {
    // Each change keeps the gateway updating for 7 s, so the second connection's wait outlasts the 5 s progress interval.
    const busy: EmulatorProcess = await startEmulator({ busyMs: 7_000 });
    try {
      // The gateway's own creation window is moved past on the emulator's clock, not waited out.
      const g = await seedGateways(busy, { region: REGION, count: 2, advanceClockMs: 7_000 });
      const plugin = await startPlugin({ engineAddress: suite.engine.address });
      plugins.push(plugin);
      await configureForEmulator(plugin, busy);
      const conns = [0, 1].map((i) => new EngineResource(plugin, `conn-busy-${i}`));
      const progressLine = new RegExp(`^waiting for VPN gateway ${g.vpnGatewayId} \\(updating\\), \\d+ s$`);
      const isProgress = (message: string, urn: string) => conns.some((c) => c.urn === urn) && progressLine.test(message);
      // The engine creates both at once, as `up` does at its default parallelism.
      const ups = Promise.all(conns.map((c, i) => c.up(connection(g, i))));
      await waitForLog(suite.engine, isProgress, 30_000);
      // Seen: the rest of the busy windows need not be waited out.
      await busy.control.advanceClock(60_000);
      await ups;
      const progress = suite.engine.logs.filter((l) => l.ephemeral && isProgress(l.message, l.urn));
      assert.ok(progress.length > 0, `no progress with the time waited:\n${JSON.stringify(suite.engine.logs, null, 1)}`);
    } finally {
      await busy.stop();
    }
  });
});
