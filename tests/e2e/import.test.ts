// A connection made outside Pulumi is adopted with `pulumi import`: the code the CLI generates (through our
// language host's GenerateProgram) must run as the program and preview clean.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { CreateVpnConnectionRequest } from '@alicloud/vpc20160428';
import { seedGateways, vpcClient } from '../support/emulator';
import { e2eContext, emptyProgram, liveConnections, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

describe('pulumi import of a connection made outside Pulumi', function () {
  const ctx = e2eContext();
  let programDir: string | undefined;

  after(function () {
    if (programDir) fs.rmSync(programDir, { recursive: true, force: true });
  });

  it('generates program-ready TypeScript that previews with no changes', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu);
    const created = await vpcClient(emu).createVpnConnection(
      new CreateVpnConnectionRequest({
        regionId: REGION,
        vpnGatewayId: gw.vpnGatewayId,
        customerGatewayId: gw.customerGatewayId,
        localSubnet: '10.50.0.0/16',
        remoteSubnet: '172.30.1.0/24,172.30.2.0/24',
        name: 'made-in-console',
        ikeConfig: JSON.stringify({ IkeVersion: 'ikev2', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14', Psk: 'console-psk-1234' }),
        ipsecConfig: JSON.stringify({ IpsecEncAlg: 'aes256', IpsecAuthAlg: 'sha256', IpsecPfs: 'group14' }),
      }),
    );
    const id = created.body?.vpnConnectionId as string;
    assert.match(id, /^vco-/);

    programDir = emptyProgram('import');
    const ws = await ctx.program({ programDir });
    const imported = await ws.cliOk(['import', VPN_CONNECTION_TYPE, 'office', id, '--yes', '--protect=false', '--out', 'index.ts']);
    assert.match(imported.stdout, /1 imported/, imported.stdout);

    const code = ws.readProgram();
    assert.match(code, /import \* as alicloudvpn from "pulumi-alicloudvpn";/, code);
    assert.match(code, /new alicloudvpn\.VpnConnection\("office", \{/, code);
    assert.match(code, new RegExp(`vpnGatewayId: "${gw.vpnGatewayId}"`), code);
    assert.match(code, /"172\.30\.2\.0\/24"/, code);
    assert.ok(!code.includes('console-psk-1234'), `the generated program must not spell out the PSK:\n${code}`);
    assert.ok(!imported.stdout.includes('console-psk-1234'), 'nor may the import output');

    const preview = await ws.preview(['--expect-no-changes', '--diff']);
    assert.equal(preview.code, 0, `the generated program must preview clean:\n${code}\n${preview.stdout}\n${preview.stderr}`);

    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
