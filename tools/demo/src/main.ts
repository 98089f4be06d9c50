import * as fs from 'fs';
import * as path from 'path';
import { runEmulatorInForeground, startEmulator } from './emulatorProcess';
import { defaultNetwork } from './network';
import { installPulumi, pulumiCapture, pulumiEnv, pulumiInteractive } from './pulumiCli';
import { ACCESS_KEY_ID, ACCESS_KEY_SECRET, DEFAULT_PASSPHRASE, DEMO_DIR, EMULATOR, PORT, REGION, ROOT, STACK } from './settings';

function log(message: string): void {
  process.stderr.write(`[demo] ${message}\n`);
}

export async function main(argv: readonly string[]): Promise<void> {
  const command = argv[0] ?? 'up';
  if (command === 'emulator') {
    process.exitCode = await emulatorOnly();
    return;
  }
  if (command !== 'up' && command !== 'destroy') throw new Error(`usage: demo up|destroy|emulator (got ${command})`);
  if (command === 'destroy' && !fs.existsSync(DEMO_DIR)) {
    log(`nothing to destroy: ${DEMO_DIR} does not exist`);
    return;
  }
  fs.mkdirSync(path.join(DEMO_DIR, 'state'), { recursive: true });
  fs.mkdirSync(path.join(DEMO_DIR, 'home'), { recursive: true });
  const env = pulumiEnv({
    binDir: installPulumi(ROOT),
    home: path.join(DEMO_DIR, 'home'),
    backendDir: path.join(DEMO_DIR, 'state'),
    passphrase: process.env.PULUMI_CONFIG_PASSPHRASE ?? DEFAULT_PASSPHRASE,
  });
  log(`starting the emulator on 127.0.0.1:${PORT} (state and log in ${DEMO_DIR})`);
  const emulator = await startEmulator(EMULATOR);
  try {
    if (command === 'up') await up(emulator.endpoint, env);
    else await destroy(emulator.endpoint, env);
  } finally {
    await emulator.stop();
    log(command === 'up' ? `emulator stopped (its state is kept in ${DEMO_DIR}/emulator-state.json)` : 'emulator stopped');
  }
  if (command === 'destroy') {
    fs.rmSync(DEMO_DIR, { recursive: true, force: true });
    log(`removed ${DEMO_DIR}`);
  }
}

/**
 * `make demo-emulator`: the demo's emulator on its own port and state file, in the foreground, for the commands of
 * README's "look around" that call the API. Any other emulator (another port or state) would answer NotFound for
 * the demo's connection, and `pulumi refresh` would drop it from the stack.
 */
async function emulatorOnly(): Promise<number> {
  if (!fs.existsSync(EMULATOR.stateFile)) log(`no ${EMULATOR.stateFile} yet: run make demo first to deploy into it`);
  log(`the demo's emulator on 127.0.0.1:${PORT}, state in ${EMULATOR.stateFile}; Ctrl-C stops it and saves the state`);
  fs.mkdirSync(DEMO_DIR, { recursive: true });
  return runEmulatorInForeground(EMULATOR);
}

async function up(endpoint: string, env: NodeJS.ProcessEnv): Promise<void> {
  const network = await defaultNetwork({ endpoint, accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, region: REGION });
  log(`default VPC ${network.vpcId}, vSwitches ${network.vswitchId} and ${network.disasterRecoveryVswitchId} (two zones: a dual-tunnel VPN gateway)`);
  await pulumiInteractive(['stack', 'select', '--create', STACK], ROOT, env);
  const settings: Array<[string, string, boolean]> = [
    ['alicloudvpn:region', REGION, false],
    ['alicloudvpn:endpoint', endpoint, false],
    ['alicloudvpn:protocol', 'http', false],
    ['alicloudvpn:accessKeyId', ACCESS_KEY_ID, false],
    ['alicloudvpn:accessKeySecret', ACCESS_KEY_SECRET, true],
    ['vpcId', network.vpcId, false],
    ['vswitchId', network.vswitchId, false],
    ['disasterRecoveryVswitchId', network.disasterRecoveryVswitchId, false],
  ];
  for (const [key, value, secret] of settings) setConfig(key, value, secret, env);
  await pulumiInteractive(['up', '--yes'], ROOT, env);
  const outputs = JSON.parse(pulumiCapture(['stack', 'output', '--json'], ROOT, env)) as Record<string, unknown>;
  process.stdout.write(`\n${summary(outputs).join('\n')}\n\n`);
  await pulumiInteractive(['stack', 'output'], ROOT, env);
}

/** The topology in a few lines: the gateway and its public IPs, the connection, each tunnel's uplink, the routes. */
function summary(outputs: Record<string, unknown>): string[] {
  const ids = (outputs.customerGatewayIds ?? {}) as Record<string, unknown>;
  const uplinks = new Map([
    [String(ids.primary), 'office primary uplink, 203.0.113.10'],
    [String(ids.backup), 'backup uplink, 203.0.113.11'],
  ]);
  const tunnels = (Array.isArray(outputs.tunnels) ? outputs.tunnels : []) as Array<Record<string, unknown>>;
  const routes = (Array.isArray(outputs.routeDestinations) ? outputs.routeDestinations : []).map(String);
  const lines = [
    `VPN gateway ${String(outputs.vpnGatewayId)}: public IPs ${String(outputs.internetIp)} and ${String(outputs.disasterRecoveryInternetIp)}`,
    `VPN connection ${String(outputs.connectionId)}: status ${String(outputs.status)}, state ${String(outputs.state)}`,
  ];
  for (const t of tunnels) {
    const cgw = String(t.customerGatewayId);
    const uplink = uplinks.get(cgw);
    lines.push(`  ${String(t.role).padEnd(6)} tunnel ${String(t.tunnelId)} to customer gateway ${cgw}${uplink ? ` (${uplink})` : ''}`);
  }
  lines.push(`routes to ${routes.join(', ')} through the connection, published to the VPC`);
  return lines;
}

/** The stack's plaintext config value, or undefined when the key is not set. */
function getConfig(key: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    return pulumiCapture(['config', 'get', key], ROOT, env, true).trim();
  } catch {
    return undefined;
  }
}

/** Only writes config that changed, so a re-run does not rewrite (and re-encrypt) the stack's config file. */
function setConfig(key: string, value: string, secret: boolean, env: NodeJS.ProcessEnv): void {
  if (getConfig(key, env) === value) return;
  pulumiCapture(['config', 'set', ...(secret ? ['--secret'] : ['--plaintext']), key, value], ROOT, env);
}

async function destroy(endpoint: string, env: NodeJS.ProcessEnv): Promise<void> {
  await pulumiInteractive(['stack', 'select', STACK], ROOT, env);
  // The stack's provider remembers the endpoint of the last `make demo`, which may have used another port
  // (ALICLOUDVPN_DEMO_PORT): with --run-program the provider takes this run's endpoint from the stack config
  // before anything is deleted, as an up would (an endpoint change updates the provider, never the connections).
  setConfig('alicloudvpn:endpoint', endpoint, false, env);
  await pulumiInteractive(['destroy', '--yes', '--run-program'], ROOT, env);
  await pulumiInteractive(['stack', 'rm', '--yes', STACK], ROOT, env);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`[demo] error: ${err.message}\n`);
    process.exit(1);
  });
}
