// `alicloudvpn-emulator connection modify`: change a connection in a running emulator as someone in the console
// would, so that `pulumi refresh` / `pulumi preview --refresh` have drift to find. Prints which fields changed,
// never a value of a secret.
import { parseArgs } from 'node:util';
import { controlClient } from './controlClient';
import { DEFAULT_REGION } from './controlGateways';
import { COMMON_OPTIONS, UsageError, waitMsOf } from './gatewayCli';

export const CONNECTION_USAGE = `Usage: alicloudvpn-emulator connection modify --endpoint HOST:PORT [--name NAME] [--local-subnet CIDRS] [--remote-subnet CIDRS]
           [--ike-enc-alg ALG] [--new-psk] [--tunnel master|slave] [--region R] [--wait S] <vco-id>
  Changes the connection out of band (as the console would), for practising drift. CIDRS: comma-separated.
  --new-psk gives the connection a new generated pre-shared key, which is never printed. On a dual-tunnel
  connection, --ike-enc-alg and --new-psk need --tunnel. Waits while the VPN gateway is busy (up to 60 s).`;

const BUSY_WAIT_MS = 60_000;
const BUSY_RETRY_MS = 200;

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS, 'local-subnet': { type: 'string' }, 'remote-subnet': { type: 'string' }, 'ike-enc-alg': { type: 'string' },
      'new-psk': { type: 'boolean' }, tunnel: { type: 'string' },
    },
  });
  if (values.help) return { help: true as const };
  const [, verb, id, ...rest] = positionals;
  if (verb !== 'modify') throw new UsageError('connection needs modify');
  if (id === undefined) throw new UsageError('connection modify needs the connection id (vco-…), e.g. "$(pulumi stack output connectionId)"');
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
  if (!values.endpoint) throw new UsageError('--endpoint is required (the host:port the emulator printed)');
  const changes = ['name', 'local-subnet', 'remote-subnet', 'ike-enc-alg', 'new-psk'] as const;
  if (!changes.some((flag) => values[flag] !== undefined)) throw new UsageError(`nothing to change: give at least one of ${changes.map((f) => `--${f}`).join(', ')}`);
  return { help: false as const, id, endpoint: values.endpoint, waitMs: waitMsOf(values.wait), values };
}

/** Runs one command; resolves with the lines to print. */
export async function runConnectionCommand(argv: string[]): Promise<string[]> {
  const parsed = parse(argv);
  if (parsed.help) return [CONNECTION_USAGE];
  const { id, endpoint, waitMs, values } = parsed;
  const change = {
    VpnConnectionId: id,
    RegionId: values.region ?? DEFAULT_REGION,
    Name: values.name,
    LocalSubnet: values['local-subnet'],
    RemoteSubnet: values['remote-subnet'],
    IkeEncAlg: values['ike-enc-alg'],
    NewPsk: values['new-psk'],
    Tunnel: values.tunnel,
  };
  const client = controlClient(endpoint, { waitMs });
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    try {
      const done = (await client.post('vpn-connection-changes', change)) as { Changed: string[] };
      const secret = done.Changed.some((f) => f.endsWith('Psk'));
      return [`${id}: changed ${done.Changed.join(', ')}${secret ? ' (the new pre-shared key is not shown)' : ''}`];
    } catch (err) {
      // The console refuses a change while the gateway is updating, as the API does; a person would try again.
      if (!(err as Error).message.startsWith('VpnGateway.Configuring') || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
    }
  }
}
