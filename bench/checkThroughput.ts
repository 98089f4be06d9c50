// In-process throughput of check and diff: both run on every preview for every connection.
import { check, diff } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';

export interface Row {
  benchmark: string;
  [k: string]: string | number;
}

const RAW = {
  vpnGatewayId: 'vpn-bp1q8bgx4xnkm0001',
  customerGatewayId: 'cgw-bp1hgslrq1afztya0001',
  localSubnets: ['10.1.1.0/24', '10.1.2.0/24', '10.1.3.0/24'],
  remoteSubnets: ['10.2.1.0/24', '10.2.2.0/24'],
  name: 'bench-edge',
  ikeConfig: { psk: 'bench-psk-123', ikeVersion: 'ikev2', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14' },
  ipsecConfig: { ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14' },
  healthCheckConfig: { enable: true, dip: '192.168.1.2', sip: '10.1.1.1' },
  bgpConfig: { enableBgp: true, localAsn: 65010, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' },
};

function measure(iterations: number, fn: () => void): { ms: number; perSec: number } {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, perSec: Math.round((iterations / ms) * 1000) };
}

export function checkThroughput(iterations = 20_000): Row[] {
  const ctx = { defaultRegion: 'cn-hangzhou' };
  const checked = check({}, RAW, ctx).inputs;
  const changed = check({}, { ...RAW, name: 'bench-edge2', localSubnets: ['10.1.3.0/24', '10.1.1.0/24'] }, ctx).inputs;
  const c = measure(iterations, () => check({}, RAW, ctx));
  const d = measure(iterations, () => diff({ id: 'vco-1', oldOutputs: checked, oldInputs: checked, newInputs: changed }));
  return [
    { benchmark: 'check() full config', iterations, 'wall ms': Math.round(c.ms), 'ops/s': c.perSec },
    { benchmark: 'diff() with changes', iterations, 'wall ms': Math.round(d.ms), 'ops/s': d.perSec },
  ];
}
