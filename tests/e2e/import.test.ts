// A dual-tunnel connection made outside Pulumi is adopted with `pulumi import`: the code the CLI generates (through
// our language host's GenerateProgram) must run as the program and preview clean. The engine's program generation is
// what this proves; the provider's side of an import (Read given the id alone returns inputs that check and diff
// clean, without the PSK) runs in-process in tests/integration/server/import.test.ts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import {
  CreateVpnConnectionRequest,
  CreateVpnConnectionRequestTunnelOptionsSpecification as CreateTunnel,
  CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig as CreateTunnelIke,
} from '@alicloud/vpc20160428';
import { seedGateways, vpcClient } from '../support/emulator';
import { e2eContext, emptyProgram, liveConnections, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

describe('pulumi import of a connection made outside Pulumi', function () {
  const ctx = e2eContext();
  let programDir: string | undefined;

  after(function () {
    if (programDir) fs.rmSync(programDir, { recursive: true, force: true });
  });

  it('generates program-ready TypeScript for a dual-tunnel connection that previews clean and spells out no PSK', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu, { tunnelMode: 'dual' });
    const created = await vpcClient(emu).createVpnConnection(
      new CreateVpnConnectionRequest({
        regionId: REGION,
        vpnGatewayId: gw.vpnGatewayId,
        localSubnet: '10.60.0.0/16',
        remoteSubnet: '172.31.1.0/24,172.31.2.0/24',
        name: 'dual-from-console',
        tunnelOptionsSpecification: [
          new CreateTunnel({ role: 'master', customerGatewayId: gw.customerGatewayIds[0], tunnelIkeConfig: new CreateTunnelIke({ psk: 'console-dual-psk-1', ikeVersion: 'ikev2' }) }),
          new CreateTunnel({ role: 'slave', customerGatewayId: gw.customerGatewayIds[1], tunnelIkeConfig: new CreateTunnelIke({ psk: 'console-dual-psk-2' }) }),
        ],
      }),
    );
    const id = created.body?.vpnConnectionId as string;
    assert.match(id, /^vco-/);

    programDir = emptyProgram('import-dual');
    const ws = await ctx.program({ programDir });
    const imported = await ws.cliOk(['import', VPN_CONNECTION_TYPE, 'office', id, '--yes', '--protect=false', '--out', 'index.ts']);
    assert.match(imported.stdout, /1 imported/, imported.stdout);

    const code = ws.readProgram();
    assert.match(code, /import \* as alicloudvpn from "pulumi-alicloudvpn";/, code);
    assert.match(code, /new alicloudvpn\.VpnConnection\("office", \{/, code);
    assert.match(code, new RegExp(`vpnGatewayId: "${gw.vpnGatewayId}"`), code);
    assert.match(code, /"172\.31\.2\.0\/24"/, code);
    assert.match(code, /tunnelOptions: \[/, code);
    assert.match(code, new RegExp(`customerGatewayId: "${gw.customerGatewayIds[1]}"`), code);
    assert.ok(!/console-dual-psk/.test(code + imported.stdout), `the program and the import output must not spell out a PSK:\n${code}`);

    const preview = await ws.preview(['--expect-no-changes', '--diff']);
    assert.equal(preview.code, 0, `the generated program must preview clean:\n${code}\n${preview.stdout}\n${preview.stderr}`);

    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
