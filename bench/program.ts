// A Pulumi YAML program of N connections over G gateways: connection i uses gateway i mod G and customer gateway
// floor(i / G), so no pair repeats. YAML keeps the engine's fixed cost small (no Node program to start) and lets
// the bench declare any N without a loop in the program.
import * as fs from 'fs';
import * as path from 'path';

export const REGION = 'cn-hangzhou';

export interface Fleet {
  connections: number;
  gateways: number;
}

export const gatewayId = (g: number): string => `vpn-bench${g}`;
export const customerGatewayId = (c: number): string => `cgw-bench${c}`;

/** The emulator seed that fleet needs: G VPN gateways and ceil(N / G) customer gateways. */
export function seedFor(f: Fleet): unknown {
  const perGateway = Math.ceil(f.connections / f.gateways);
  return {
    vpnGateways: Array.from({ length: f.gateways }, (_, g) => ({ VpnGatewayId: gatewayId(g), RegionId: REGION, VpnType: 'Normal', InternetIp: `47.0.${g >> 8}.${(g % 250) + 1}` })),
    customerGateways: Array.from({ length: perGateway }, (_, c) => ({ CustomerGatewayId: customerGatewayId(c), RegionId: REGION, IpAddress: `203.0.${c >> 8}.${(c % 250) + 1}` })),
  };
}

function connection(i: number, f: Fleet, ikePfs: string): string {
  return [
    `  c${i}:`,
    '    type: alicloudvpn:index:VpnConnection',
    '    properties:',
    `      name: bench-${i}`,
    `      vpnGatewayId: ${gatewayId(i % f.gateways)}`,
    `      customerGatewayId: ${customerGatewayId(Math.floor(i / f.gateways))}`,
    '      localSubnets: ["10.0.0.0/16"]',
    `      remoteSubnets: ["172.${16 + (i >> 8)}.${i % 256}.0/24"]`,
    `      ikeConfig: { ikeVersion: ikev2, ikeEncAlg: aes256, ikeAuthAlg: sha256, ikePfs: ${ikePfs} }`,
    '      ipsecConfig: { ipsecEncAlg: aes256, ipsecAuthAlg: sha256, ipsecPfs: group14 }',
  ].join('\n');
}

/** Writes Pulumi.yaml into dir; `ikePfs` is what an update changes on every connection. */
export function writeProgram(dir: string, f: Fleet, pluginDir: string, ikePfs = 'group14'): void {
  const lines = [
    'name: alicloudvpn-bench',
    'runtime: yaml',
    'plugins:',
    '  providers:',
    '    - name: alicloudvpn',
    `      path: ${JSON.stringify(pluginDir)}`,
  ];
  if (f.connections > 0) {
    lines.push('resources:');
    for (let i = 0; i < f.connections; i++) lines.push(connection(i, f, ikePfs));
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), `${lines.join('\n')}\n`);
}
