// A connection made outside Pulumi, adopted with `pulumi import`: the calls the engine makes (Read given the id
// alone, then Check and Diff of a program holding the inputs Read returned) through the real plugin process against
// the real emulator process. Still exercised here: the inputs Read returns for a single-tunnel connection are a
// program that checks and diffs clean, with every subnet and no PSK spelled out. Not here: the engine's program
// generation through our language host (GenerateProgram); tests/e2e/import.test.ts runs that through the real CLI
// for a dual-tunnel connection.
import { strict as assert } from 'node:assert';
import { CreateVpnConnectionRequest } from '@alicloud/vpc20160428';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { liveConnections, seedGateways, vpcClient } from '../../support/emulator';
import { at, reveal } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { connectedSuite, REGION } from './fixture';

const CONSOLE_PSK = 'console-psk-1234';

describe('pulumi import of a connection made outside Pulumi, through the engine\'s Read, Check and Diff', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 250 });

  it('returns inputs that make a program previewing with no changes, without the PSK', async () => {
    const { emu, plugin } = suite;
    const gw = await seedGateways(emu);
    const created = await vpcClient(emu).createVpnConnection(
      new CreateVpnConnectionRequest({
        regionId: REGION,
        vpnGatewayId: gw.vpnGatewayId,
        customerGatewayId: gw.customerGatewayId,
        localSubnet: '10.50.0.0/16',
        remoteSubnet: '172.30.1.0/24,172.30.2.0/24',
        name: 'made-in-console',
        ikeConfig: JSON.stringify({ IkeVersion: 'ikev2', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14', Psk: CONSOLE_PSK }),
        ipsecConfig: JSON.stringify({ IpsecEncAlg: 'aes256', IpsecAuthAlg: 'sha256', IpsecPfs: 'group14' }),
      }),
    );
    const id = created.body?.vpnConnectionId as string;
    assert.match(id, /^vco-/);

    const office = new EngineResource(plugin, 'office');
    await office.import(id);
    assert.equal(office.id, id);
    assert.equal(office.inputs.vpnGatewayId, gw.vpnGatewayId);
    assert.deepEqual(office.inputs.remoteSubnets, ['172.30.1.0/24', '172.30.2.0/24']);
    assert.equal(reveal(at(office.outputs, 'ikeConfig.psk')), CONSOLE_PSK, 'the state keeps the PSK');
    // The engine writes the program from these inputs.
    assert.ok(!JSON.stringify(office.inputs).includes(CONSOLE_PSK), `the program must not spell out the PSK: ${JSON.stringify(office.inputs)}`);

    const preview = await office.preview(office.inputs);
    assert.equal(preview.getChanges(), DiffResponse.DiffChanges.DIFF_NONE, [...preview.getDetaileddiffMap().keys()].join(', '));

    await office.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
