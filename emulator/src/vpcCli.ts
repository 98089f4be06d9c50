// `alicloudvpn-emulator vpc list`: the VPC and vSwitch ids a program can name (CreateVpnGateway's VpcId, VSwitchId and
// DisasterRecoveryVSwitchId), one tab-separated line per vSwitch: VPC id, vSwitch id, zone.
import { parseArgs } from 'node:util';
import { controlClient, DEFAULT_CONNECT_WAIT_MS } from './controlClient';
import { DEFAULT_REGION } from './controlGateways';
import { UsageError, waitMsOf } from './gatewayCli';

export const VPC_USAGE = `Usage: alicloudvpn-emulator vpc list --endpoint HOST:PORT [--region R] [--wait S]
  prints one tab-separated line per vSwitch: VPC id, vSwitch id, zone. A dual-tunnel gateway takes two vSwitches
  of one VPC in different zones. --region defaults to ${DEFAULT_REGION}; --wait as for gateway (default ${DEFAULT_CONNECT_WAIT_MS / 1000} s).`;

interface VpcsAnswer {
  vpcs: Array<{ VpcId: string; VSwitches: Array<{ VSwitchId: string; ZoneId: string }> }>;
}

export async function runVpcCommand(argv: string[]): Promise<string[]> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { endpoint: { type: 'string' }, region: { type: 'string' }, wait: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return [VPC_USAGE];
  const [, verb, ...rest] = positionals;
  if (verb !== 'list') throw new UsageError('vpc needs list');
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
  if (!values.endpoint) throw new UsageError('--endpoint is required (the host:port the emulator printed)');
  const region = values.region ?? DEFAULT_REGION;
  const client = controlClient(values.endpoint, { waitMs: waitMsOf(values.wait) });
  const answer = (await client.get(`vpcs?RegionId=${encodeURIComponent(region)}`)) as VpcsAnswer;
  return answer.vpcs.flatMap((vpc) => vpc.VSwitches.map((vsw) => [vpc.VpcId, vsw.VSwitchId, vsw.ZoneId].join('\t')));
}
