// Drift on a connection changed behind the engine (the console's tooling, through the same SDK): the calls
// `preview --refresh`, `refresh` and `up` make, in the engine's order, through the real plugin process against the
// real emulator process. Still exercised here: Read reporting the console change, Diff naming the drifted nested
// fields against the refreshed state, Update restoring the program's settings in place, and a clean Diff after.
// Not here: the CLI's rendering of the diff and `--expect-no-changes`' exit code, and the checkpoint the engine
// writes; those run through the real CLI in tests/e2e/readmes/yaml.test.ts (refresh names the drifted property and
// records it) and tests/e2e/goSdk.test.ts.
import { strict as assert } from 'node:assert';
import { ModifyVpnConnectionAttributeRequest } from '@alicloud/vpc20160428';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { liveConnections, seedGateways, vpcClient, waitForGatewayActive } from '../../support/emulator';
import { at, secret } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { connectedSuite, REGION } from './fixture';

const PSK = 'drift-test-psk-1234';

describe('drift on a connection changed behind the engine, through preview --refresh, refresh and up', function () {
  this.timeout(120_000);

  const suite = connectedSuite({ busyMs: 250 });

  it('is reported by the refreshed Diff, recorded by refresh and undone in place by up', async () => {
    const { emu, plugin } = suite;
    const gw = await seedGateways(emu, { region: REGION });
    // examples/basic's settings.
    const program = {
      name: 'branch-office',
      vpnGatewayId: gw.vpnGatewayId,
      customerGatewayId: gw.customerGatewayId,
      localSubnets: ['10.10.0.0/16'],
      remoteSubnets: ['172.16.1.0/24', '172.16.2.0/24'],
      effectImmediately: true,
      ikeConfig: { psk: secret(PSK), ikeVersion: 'ikev2', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 86400 },
      ipsecConfig: { ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 3600 },
    };
    const conn = new EngineResource(plugin, 'branch');
    assert.equal(await conn.up(program), 'create');
    const id = conn.id;

    await waitForGatewayActive(vpcClient(emu), REGION, gw.vpnGatewayId);
    await vpcClient(emu).modifyVpnConnectionAttribute(
      new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, ikeConfig: JSON.stringify({ IkeEncAlg: 'aes192', IkeLifetime: 3600 }) }),
    );

    // preview --refresh: Read, then Diff of the program against what Read returned.
    await conn.refresh();
    assert.equal(conn.id, id);
    assert.equal(at(conn.outputs, 'ikeConfig.ikeEncAlg'), 'aes192', 'refresh records the console change');
    assert.equal(at(conn.outputs, 'ikeConfig.ikeLifetime'), 3600);
    const drift = await conn.preview(program);
    assert.equal(drift.getChanges(), DiffResponse.DiffChanges.DIFF_SOME);
    assert.deepEqual(drift.getReplacesList(), []);
    const paths = [...drift.getDetaileddiffMap().keys()];
    assert.ok(paths.includes('ikeConfig.ikeEncAlg') && paths.includes('ikeConfig.ikeLifetime'), `the drifted fields are named: ${paths.join(', ')}`);

    assert.equal(await conn.up(program), 'update');
    const [restored] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal(restored.VpnConnectionId, id, 'restored in place');
    assert.equal(restored.IkeConfig.IkeEncAlg, 'aes256');
    assert.equal(Number(restored.IkeConfig.IkeLifetime), 86400);
    await conn.refresh();
    assert.equal((await conn.preview(program)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE, 'the next preview --refresh is clean');

    await conn.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
