// `alicloudvpn-emulator` command line. The first stdout line is the JSON handshake other tools read.
import { parseArgs } from 'node:util';
import { DEFAULTS, startEmulator, type EmulatorOptions } from './emulator';
import { CONNECTION_USAGE, runConnectionCommand } from './connectionCli';
import { GATEWAY_COMMANDS, GATEWAY_USAGE, runGatewayCommand, UsageError } from './gatewayCli';
import { runVpcCommand, VPC_USAGE } from './vpcCli';

const USAGE = `Usage: alicloudvpn-emulator [options]
  --port N               listen port, 0 = ephemeral (default ${DEFAULTS.port})
  --host ADDR            listen address (default ${DEFAULTS.host})
  --access-key-id ID     accepted AccessKey id (default ${DEFAULTS.accessKeyId})
  --access-key-secret S  accepted AccessKey secret (default: see README)
  --sts-token TOKEN      require this security token when a request carries one
  --state FILE           load/save state as JSON (atomic writes)
  --seed FILE            initial VPN gateways and customer gateways (ignored when --state exists)
  --busy-ms N            how long a gateway stays updating after a change (default ${DEFAULTS.busyMs})
  --gateway-ready-ms N   how long a new gateway takes to become active (default: --busy-ms)
  --quota N              max IPsec connections per VPN gateway (default ${DEFAULTS.quota})
  --route-quota N        max policy-based routes per VPN gateway (default ${DEFAULTS.routeQuota})
  --help

Gateways for your stack config, in a running emulator:
${GATEWAY_USAGE}

The VPC and vSwitch ids a VPN gateway can be bought into (the default VPC of each region):
${VPC_USAGE}

A change made out of band, for practising drift:
${CONNECTION_USAGE}`;

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`--${name} must be an integer >= ${min}`);
  return Number(value);
}

export function parseCli(argv: string[]): EmulatorOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'access-key-id': { type: 'string' },
      'access-key-secret': { type: 'string' },
      'sts-token': { type: 'string' },
      state: { type: 'string' },
      seed: { type: 'string' },
      'busy-ms': { type: 'string' },
      'gateway-ready-ms': { type: 'string' },
      quota: { type: 'string' },
      'route-quota': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  return {
    port: integer('port', values.port, 0),
    host: values.host,
    accessKeyId: values['access-key-id'],
    accessKeySecret: values['access-key-secret'],
    stsToken: values['sts-token'],
    stateFile: values.state,
    seedFile: values.seed,
    busyMs: integer('busy-ms', values['busy-ms'], 0),
    gatewayReadyMs: integer('gateway-ready-ms', values['gateway-ready-ms'], 0),
    quota: integer('quota', values.quota, 1),
    routeQuota: integer('route-quota', values['route-quota'], 1),
  };
}

/** A command against a running emulator: its lines on stdout; exit 2 with its usage for a usage error, else 1. */
function commandMain(run: (argv: string[]) => Promise<string[]>, usageText: string, argv: string[]): void {
  run(argv).then(
    (lines) => {
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    },
    (err: unknown) => {
      const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`alicloudvpn-emulator: ${(err as Error).message}\n${usage ? `${usageText}\n` : ''}`);
      process.exit(usage ? 2 : 1);
    },
  );
}

export function main(argv: string[]): void {
  if (GATEWAY_COMMANDS.includes(argv[0] ?? '')) {
    commandMain(runGatewayCommand, GATEWAY_USAGE, argv);
    return;
  }
  if (argv[0] === 'vpc') {
    commandMain(runVpcCommand, VPC_USAGE, argv);
    return;
  }
  if (argv[0] === 'connection') {
    commandMain(runConnectionCommand, CONNECTION_USAGE, argv);
    return;
  }
  let options: EmulatorOptions | 'help';
  try {
    options = parseCli(argv);
  } catch (err) {
    process.stderr.write(`alicloudvpn-emulator: ${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  startEmulator(options).then(
    (emulator) => {
      // Only the id: the secret and token never reach stdout.
      process.stdout.write(`${JSON.stringify({ endpoint: emulator.endpoint, accessKeyId: emulator.accessKeyId })}\n`);
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        emulator.close().then(
          () => process.exit(0),
          (err: unknown) => {
            process.stderr.write(`alicloudvpn-emulator: failed to save state: ${String(err)}\n`);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    (err: unknown) => {
      process.stderr.write(`alicloudvpn-emulator: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
