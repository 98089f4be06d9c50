import * as fs from 'fs';
import * as path from 'path';
import { startEmulator } from './emulatorProcess';
import { ensureGateways } from './gateways';
import { installPulumi, pulumiCapture, pulumiEnv, pulumiInteractive } from './pulumiCli';

// Documented in README.md: the demo's fixed credentials, passphrase and port, so a re-run sees the same stack config.
// ALICLOUDVPN_DEMO_DIR / _STACK / _PORT let the e2e tier run the demo beside a developer's own.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const DEMO_DIR = path.resolve(process.env.ALICLOUDVPN_DEMO_DIR ?? path.join(ROOT, '.demo'));
const STACK = process.env.ALICLOUDVPN_DEMO_STACK ?? 'demo';
const REGION = 'cn-hangzhou';
const ACCESS_KEY_ID = 'LTAI5tEmulatorAccessKey';
const ACCESS_KEY_SECRET = 'emulator-access-key-secret';
const DEFAULT_PASSPHRASE = 'alicloudvpn-demo';
const DEFAULT_PORT = 17788;

function log(message: string): void {
  process.stderr.write(`[demo] ${message}\n`);
}

export async function main(argv: readonly string[]): Promise<void> {
  const command = argv[0] ?? 'up';
  if (command !== 'up' && command !== 'destroy') throw new Error(`usage: demo up|destroy (got ${command})`);
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
  const port = Number(process.env.ALICLOUDVPN_DEMO_PORT ?? DEFAULT_PORT);
  log(`starting the emulator on 127.0.0.1:${port} (state and log in ${DEMO_DIR})`);
  const emulator = await startEmulator({
    bin: path.join(ROOT, 'emulator', 'bin', 'alicloudvpn-emulator'),
    port,
    stateFile: path.join(DEMO_DIR, 'emulator-state.json'),
    logFile: path.join(DEMO_DIR, 'emulator.log'),
    accessKeyId: ACCESS_KEY_ID,
    accessKeySecret: ACCESS_KEY_SECRET,
    busyMs: 300,
  });
  try {
    if (command === 'up') await up(emulator.endpoint, env);
    else await destroy(env);
  } finally {
    await emulator.stop();
    log(command === 'up' ? `emulator stopped (its state is kept in ${DEMO_DIR}/emulator-state.json)` : 'emulator stopped');
  }
  if (command === 'destroy') {
    fs.rmSync(DEMO_DIR, { recursive: true, force: true });
    log(`removed ${DEMO_DIR}`);
  }
}

async function up(endpoint: string, env: NodeJS.ProcessEnv): Promise<void> {
  const gateways = await ensureGateways({ endpoint, accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, region: REGION });
  log(`VPN gateway ${gateways.vpnGatewayId}, customer gateway ${gateways.customerGatewayId}`);
  await pulumiInteractive(['stack', 'select', '--create', STACK], ROOT, env);
  const settings: Array<[string, string, boolean]> = [
    ['alicloudvpn:region', REGION, false],
    ['alicloudvpn:endpoint', endpoint, false],
    ['alicloudvpn:protocol', 'http', false],
    ['alicloudvpn:accessKeyId', ACCESS_KEY_ID, false],
    ['alicloudvpn:accessKeySecret', ACCESS_KEY_SECRET, true],
    ['vpnGatewayId', gateways.vpnGatewayId, false],
    ['customerGatewayId', gateways.customerGatewayId, false],
  ];
  for (const [key, value, secret] of settings) setConfig(key, value, secret, env);
  await pulumiInteractive(['up', '--yes'], ROOT, env);
  const outputs = JSON.parse(pulumiCapture(['stack', 'output', '--json'], ROOT, env)) as Record<string, unknown>;
  process.stdout.write(
    `\nVPN connection ${String(outputs.connectionId)}: status ${String(outputs.status)}, state ${String(outputs.state)}\n\n`,
  );
  await pulumiInteractive(['stack', 'output'], ROOT, env);
}

/** Only writes config that changed, so a re-run does not rewrite (and re-encrypt) the stack's config file. */
function setConfig(key: string, value: string, secret: boolean, env: NodeJS.ProcessEnv): void {
  let current: string | undefined;
  try {
    current = pulumiCapture(['config', 'get', key], ROOT, env, true).trim();
  } catch {
    current = undefined;
  }
  if (current === value) return;
  pulumiCapture(['config', 'set', ...(secret ? ['--secret'] : ['--plaintext']), key, value], ROOT, env);
}

async function destroy(env: NodeJS.ProcessEnv): Promise<void> {
  await pulumiInteractive(['stack', 'select', STACK], ROOT, env);
  await pulumiInteractive(['destroy', '--yes'], ROOT, env);
  await pulumiInteractive(['stack', 'rm', '--yes', STACK], ROOT, env);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: Error) => {
    process.stderr.write(`[demo] error: ${err.message}\n`);
    process.exit(1);
  });
}
