// What `make demo` must do with the quickstart (Pulumi.yaml + quickstart/), checked on the one deployment of it in
// the e2e tier: README.md's `make demo` in tests/e2e/readme.test.ts. The first run as the demo prints it; the stack
// and the service as they hold it (outputs, tunnels, PSKs secret); a re-run on another port that changes nothing;
// demo-destroy from a third port.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { liveConnections, startEmulator, type EmulatorConnection } from '../../support/emulator';
import type { PulumiWorkspace } from '../../support/pulumi';

const execFileAsync = promisify(execFile);

/** The first `make demo`'s output (stdout and stderr): the topology, the connection's tunnels and the output table. */
export function assertFirstRun(output: string): void {
  assert.match(output, /\+ 7 created/, output);
  assert.match(output, /^VPN gateway vpn-\w+: public IPs [\d.]+ and [\d.]+$/m, output);
  assert.match(output, /VPN connection vco-\w+: status \w+, state active/, output);
  assert.match(output, /^ {2}master tunnel tun-\w+ to customer gateway cgw-\w+ \(office primary uplink, 203\.0\.113\.10\)$/m, output);
  assert.match(output, /^ {2}slave {2}tunnel tun-\w+ to customer gateway cgw-\w+ \(backup uplink, 203\.0\.113\.11\)$/m, output);
  assert.match(output, /^routes to 192\.168\.10\.0\/24, 192\.168\.20\.0\/24 through the connection, published to the VPC$/m, output);
  assert.match(output, /OUTPUT\s+VALUE[\s\S]*connectionId\s+vco-/, 'prints the stack output table');
  assert.match(output, /^\s+tunnels\s+\[\{"customerGatewayId":"cgw-\w+","role":"master","tunnelId":"tun-\w+"\},\{[^\n]*"role":"slave"/m, output);
  assert.match(output, /default VPC vpc-\w+, vSwitches vsw-\w+ and vsw-\w+/, output);
}

/**
 * What the emulator saved when the demo stopped it: its gateways, customer gateways, connections and routes
 * (deleted ones included) and the ClientTokens of the mutating calls it carried out. A run that changed or created
 * anything changes one of them.
 */
function savedTopology(demoDir: string): unknown {
  const state = JSON.parse(fs.readFileSync(path.join(demoDir, 'emulator-state.json'), 'utf8')) as Record<string, unknown>;
  const { version: _version, ...rest } = state;
  return rest;
}

interface LiveTunnel {
  Role: string;
  TunnelId: string;
  CustomerGatewayId: string;
  TunnelIkeConfig?: { Psk?: string };
}

/** The tunnels of a dual-tunnel connection as the emulator's state lists them (master first). */
function liveTunnels(conn: EmulatorConnection): LiveTunnel[] {
  const spec = conn.TunnelOptionsSpecification as { TunnelOptions?: LiveTunnel[] } | undefined;
  return spec?.TunnelOptions ?? [];
}

export interface DemoClone {
  /** The clone `make demo` ran in (its .demo directory holds the demo's state). */
  dir: string;
  /** The demo's stack, with the environment README.md's "Look around" exports. */
  ws: PulumiWorkspace;
  env: NodeJS.ProcessEnv;
}

/**
 * The deployed quickstart, as the stack and the service hold it; then `make demo` on `ports[0]` (not the first run's port;
 * alicloudvpn:endpoint moves with it) changes nothing, and demo-destroy on `ports[1]` removes the demo's
 * directory and stack config.
 */
export async function assertDemoLifecycle(clone: DemoClone, ports: [number, number]): Promise<void> {
  const demoDir = path.join(clone.dir, '.demo');
  const config = JSON.parse((await clone.ws.cliOk(['config', '--json'])).stdout) as Record<string, { value: string }>;
  // Keys come namespaced by the project (`<project>:vpcId`).
  const configValue = (key: string) => Object.entries(config).find(([k]) => k.endsWith(`:${key}`))?.[1].value;
  const network = ['vpcId', 'vswitchId', 'disasterRecoveryVswitchId'].map(configValue);
  assert.ok(network.every((v) => v !== undefined), `make demo wrote the default VPC and its vSwitches into the stack config: ${JSON.stringify(config)}`);

  const outputs = await clone.ws.outputs();
  // The demo's own emulator, on its saved state, as `make demo-emulator` serves it.
  const emu = await startEmulator({ stateFile: path.join(demoDir, 'emulator-state.json') });
  let conns: EmulatorConnection[];
  try {
    conns = await liveConnections(emu);
  } finally {
    await emu.stop();
  }
  assert.equal(conns.length, 1, 'one connection');
  const [conn] = conns;
  const { primary, backup } = outputs.customerGatewayIds as { primary: string; backup: string };
  assert.equal(outputs.connectionId, conn.VpnConnectionId);
  assert.match(String(outputs.vpnGatewayId), /^vpn-/);
  assert.equal(conn.VpnGatewayId, outputs.vpnGatewayId);
  assert.equal(outputs.state, 'active');
  assert.equal(outputs.status, conn.Status);
  assert.equal(conn.CustomerGatewayId, '', 'no connection-level customer gateway on a dual-tunnel connection');
  const live = liveTunnels(conn);
  assert.deepEqual(
    live.map((t) => [t.Role, t.CustomerGatewayId]),
    [['master', primary], ['slave', backup]],
    'the master tunnel goes to the primary uplink, the slave tunnel to the backup',
  );
  for (const t of live) assert.match(t.TunnelId, /^tun-/);
  assert.deepEqual(outputs.tunnels, live.map((t) => ({ role: t.Role, tunnelId: t.TunnelId, customerGatewayId: t.CustomerGatewayId })));
  const psks = live.map((t) => t.TunnelIkeConfig?.Psk);
  assert.ok(psks.every((p) => typeof p === 'string' && p.length > 0), 'the service generated a PSK for each tunnel');
  assert.notEqual(psks[0], psks[1]);
  assert.deepEqual(outputs.tunnelPsks, { master: psks[0], slave: psks[1] }, '--show-secrets shows each tunnel\'s generated PSK');
  const masked = (await clone.ws.cliOk(['stack', 'output', '--json'])).stdout;
  assert.equal((JSON.parse(masked) as Record<string, unknown>).tunnelPsks, '[secret]');
  const checkpoint = JSON.stringify(await clone.ws.exportStack());
  for (const psk of psks) {
    assert.ok(!masked.includes(String(psk)), 'no PSK in the outputs without --show-secrets');
    assert.ok(!checkpoint.includes(String(psk)), 'no PSK in plaintext in the state');
  }
  assert.deepEqual(outputs.localSubnets, ['10.0.0.0/16']);
  assert.deepEqual(outputs.remoteSubnets, ['192.168.10.0/24', '192.168.20.0/24']);

  const demo = (command: string, port: number) =>
    execFileAsync(process.execPath, [path.join(clone.dir, 'tools', 'demo', 'dist', 'main.js'), command], {
      env: { ...clone.env, ALICLOUDVPN_DEMO_PORT: String(port) },
      cwd: clone.dir,
      maxBuffer: 16 * 1024 * 1024,
    });
  const deployed = savedTopology(demoDir);
  const again = await demo('up', ports[0]);
  const update = again.stdout.slice(again.stdout.indexOf('Updating ('));
  assert.match(update, /7 unchanged/, again.stdout);
  assert.doesNotMatch(update, /replace|created|updated|deleted/, `a second make demo, on another port, must change nothing:\n${again.stdout}`);
  assert.equal(again.stdout.match(/VPN connection (vco-\w+): status/)?.[1], conn.VpnConnectionId, 'the same connection');
  assert.deepEqual(savedTopology(demoDir), deployed, 'no call changed anything the program made');

  await demo('destroy', ports[1]);
  assert.ok(!fs.existsSync(demoDir), 'demo-destroy removes the demo directory and with it the stack config');
}
