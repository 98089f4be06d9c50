// Creates N connections spread over M VPN gateways at once against the real emulator process,
// with the gateway busy for busyMs after each change: measures how per-gateway serialisation,
// waiting and retries pay off end to end. Counts every API call through the real SDK.
import { createVpcPort, resolveCloudSettings, VpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { check, create, remove } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { startEmulator } from './emulatorProcess';
import { Row } from './checkThroughput';

/** The stack identity every benchmark connection is created under. */
const BENCH_STACK = 'be9c0000000000000000000000000000';

const REGION = 'cn-hangzhou';

function countingPort(port: VpcPort, counts: Map<string, number>): VpcPort {
  return new Proxy(port, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        counts.set(String(prop), (counts.get(String(prop)) ?? 0) + 1);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function seed(gateways: number, perGateway: number): unknown {
  const vpnGateways = Array.from({ length: gateways }, (_, g) => ({ VpnGatewayId: `vpn-bench${g}`, RegionId: REGION, VpnType: 'Normal', InternetIp: `47.0.0.${g + 1}` }));
  const customerGateways = Array.from({ length: perGateway }, (_, c) => ({ CustomerGatewayId: `cgw-bench${c}`, RegionId: REGION, IpAddress: `203.0.113.${c + 1}` }));
  return { vpnGateways, customerGateways };
}

export async function createMany(scenarios: { connections: number; gateways: number; busyMs: number }[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const s of scenarios) {
    const emu = await startEmulator(s.busyMs);
    try {
      const perGateway = Math.ceil(s.connections / s.gateways);
      await emu.reset(seed(s.gateways, perGateway));
      const { settings } = resolveCloudSettings({ endpoint: emu.endpoint, protocol: 'http', accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, region: REGION }, {});
      const counts = new Map<string, number>();
      const port = countingPort(createVpcPort(settings), counts);
      let retries = 0;
      const log = (level: string, m: string): void => {
        if (level === 'debug' && /; retry \d+ in/.test(m)) retries++;
      };
      const start = Date.now();
      const results = await Promise.all(
        Array.from({ length: s.connections }, (_, i) => {
          const inputs = check(
            {},
            { vpnGatewayId: `vpn-bench${i % s.gateways}`, customerGatewayId: `cgw-bench${Math.floor(i / s.gateways)}`, localSubnets: [`10.${i}.0.0/16`], remoteSubnets: ['172.16.0.0/12'] },
            { defaultRegion: REGION },
          ).inputs;
          return create(port, inputs, { urn: `urn:pulumi:bench::bench::alicloudvpn:index:VpnConnection::c${i}`, stack: BENCH_STACK, log, timeoutMs: 120_000 });
        }),
      );
      const wallMs = Date.now() - start;
      const live = (await emu.state()).vpnConnections.filter((c) => !c.Deleted).length;
      const calls = [...counts.values()].reduce((a, b) => a + b, 0);
      rows.push({
        benchmark: `create ${s.connections} over ${s.gateways} gateway(s), busy ${s.busyMs} ms`,
        'wall ms': wallMs,
        'ms/conn': Math.round(wallMs / s.connections),
        'API calls': calls,
        creates: counts.get('createVpnConnection') ?? 0,
        'gateway polls': counts.get('describeVpnGateway') ?? 0,
        retries,
        'live conns': live,
      });
      await Promise.all(results.map((r, i) => remove(port, { id: r.id, outputs: r.outputs }, { urn: `urn:pulumi:bench::bench::alicloudvpn:index:VpnConnection::c${i}`, stack: BENCH_STACK, timeoutMs: 120_000 })));
    } finally {
      await emu.stop();
    }
  }
  return rows;
}
