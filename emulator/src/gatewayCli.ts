// `alicloudvpn-emulator gateway ...` and `customer-gateway ...`: make the gateways an example's stack config names,
// in a running emulator. `create` prints the new id alone on stdout, so `pulumi config set vpnGatewayId "$(...)"`
// takes it as it is.
import { parseArgs } from 'node:util';
import { controlClient, DEFAULT_CONNECT_WAIT_MS } from './controlClient';
import { DEFAULT_REGION } from './controlGateways';

export const GATEWAY_USAGE = `Usage: alicloudvpn-emulator gateway create --endpoint HOST:PORT [--dual-tunnel] [--vpn-type Normal|NationalStandard] [--name NAME] [--region R] [--wait S]
       alicloudvpn-emulator gateway list --endpoint HOST:PORT [--region R] [--wait S]
       alicloudvpn-emulator customer-gateway create --endpoint HOST:PORT --ip-address IPV4 [--asn N] [--name NAME] [--region R] [--wait S]
       alicloudvpn-emulator customer-gateway list --endpoint HOST:PORT [--region R] [--wait S]
  create prints the new id alone on stdout; list prints one tab-separated line per gateway.
  --region defaults to ${DEFAULT_REGION}. The gateways are active at once.
  --wait: how long to wait for an emulator that does not listen yet (one started in the background a moment
  ago), default ${DEFAULT_CONNECT_WAIT_MS / 1000} s; then the command fails, naming the command that starts one.`;

export const GATEWAY_COMMANDS: readonly string[] = ['gateway', 'customer-gateway'];

export class UsageError extends Error {}

interface StateDump {
  vpnGateways: Array<{ VpnGatewayId: string; RegionId: string; Status: string; VpnType: string; Name: string; InternetIp: string; DisasterRecoveryVSwitchId?: string }>;
  customerGateways: Array<{ CustomerGatewayId: string; RegionId: string; IpAddress: string; Name: string; Asn?: number }>;
}

/** The flags every command against a running emulator takes. */
export const COMMON_OPTIONS = {
  endpoint: { type: 'string' },
  region: { type: 'string' },
  name: { type: 'string' },
  wait: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { ...COMMON_OPTIONS, 'dual-tunnel': { type: 'boolean' }, 'vpn-type': { type: 'string' }, 'ip-address': { type: 'string' }, asn: { type: 'string' } },
  });
  const [kind, verb, ...rest] = positionals;
  if (values.help) return { help: true as const };
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
  if (verb !== 'create' && verb !== 'list') throw new UsageError(`${kind} needs create or list`);
  if (!values.endpoint) throw new UsageError('--endpoint is required (the host:port the emulator printed)');
  return { help: false as const, kind, verb, endpoint: values.endpoint, region: values.region ?? DEFAULT_REGION, waitMs: waitMsOf(values.wait), values };
}

/** --wait S: how long to wait for an emulator that does not listen yet, in milliseconds. */
export function waitMsOf(wait: string | undefined): number {
  const waitS = wait === undefined ? DEFAULT_CONNECT_WAIT_MS / 1000 : Number(wait);
  if (!Number.isFinite(waitS) || waitS < 0) throw new UsageError(`--wait takes a number of seconds, not ${wait}`);
  return waitS * 1000;
}

/** Runs one command; resolves with the lines to print. */
export async function runGatewayCommand(argv: string[]): Promise<string[]> {
  const parsed = parse(argv);
  if (parsed.help) return [GATEWAY_USAGE];
  const { kind, verb, endpoint, region, waitMs, values } = parsed;
  const client = controlClient(endpoint, { waitMs });
  if (kind === 'gateway' && verb === 'create') {
    const gw = (await client.post('vpn-gateways', {
      RegionId: region, TunnelMode: values['dual-tunnel'] ? 'dual' : 'single', VpnType: values['vpn-type'], Name: values.name,
    })) as { VpnGatewayId: string };
    return [gw.VpnGatewayId];
  }
  if (kind === 'customer-gateway' && verb === 'create') {
    if (!values['ip-address']) throw new UsageError('customer-gateway create needs --ip-address');
    const cgw = (await client.post('customer-gateways', {
      RegionId: region, IpAddress: values['ip-address'], Asn: values.asn, Name: values.name,
    })) as { CustomerGatewayId: string };
    return [cgw.CustomerGatewayId];
  }
  const state = (await client.get('state')) as StateDump;
  if (kind === 'gateway') {
    return state.vpnGateways
      .filter((g) => g.RegionId === region)
      .map((g) => [g.VpnGatewayId, g.DisasterRecoveryVSwitchId ? 'dual-tunnel' : 'single-tunnel', g.VpnType, g.Status, g.InternetIp, g.Name].join('\t'));
  }
  return state.customerGateways
    .filter((c) => c.RegionId === region)
    .map((c) => [c.CustomerGatewayId, c.IpAddress, c.Asn ?? '', c.Name].join('\t'));
}
