// Dual-tunnel connections (gateways bought today) through the calls `up`, `preview --diff`, `refresh` and `destroy`
// make, in the engine's order, through the real plugin process against the real emulator process, with
// examples/dual-tunnel's settings. Still exercised here: create with a given and a generated tunnel PSK, both kept
// secret in the outputs; per-tunnel nested diffs (master at index 0); an in-place tunnel update through one Modify; a
// tag change through TagResources alone; drift on one tunnel recorded by Read and undone by Update; a single-tunnel
// program rejected before any mutation; destroy. Not here: the CLI's rendering of those diffs and the checkpoint's
// encryption of the wrapped PSKs, which the real CLI shows for a dual-tunnel program in tests/e2e/readme.test.ts (the
// quickstart, support/quickstartDemo.ts) and tests/e2e/import.test.ts (an imported dual-tunnel connection), and examples/dual-tunnel's own
// program, which tests/e2e/readmes/dual-tunnel.test.ts deploys through its README.
import { strict as assert } from 'node:assert';
import {
  ModifyVpnConnectionAttributeRequest,
  ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification as ModifyTunnel,
  ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig as ModifyTunnelIke,
} from '@alicloud/vpc20160428';
import { DiffResponse, PropertyDiff } from '@pulumi/pulumi/proto/provider_pb';
import { liveConnections, seedGateways, vpcClient, waitForGatewayActive, type EmulatorConnection, type SeededGateways } from '../../support/emulator';
import { at, grpcError, isSecret, secret, type Wire } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { connectedSuite, REGION } from './fixture';

const MASTER_PSK = 'it-dual-master-7Hq2';
const OWNER_TAG = 'alicloudvpn-owner';
const PROVIDER_TAGS = ['alicloudvpn-stack', OWNER_TAG, 'alicloudvpn-generation'];
const MUTATING_ACTIONS = ['CreateVpnConnection', 'ModifyVpnConnectionAttribute', 'DeleteVpnConnection', 'TagResources'];

interface TunnelBody {
  TunnelId: string;
  Role: string;
  CustomerGatewayId: string;
  TunnelIkeConfig: Record<string, string>;
}

function tunnelsOf(conn: EmulatorConnection): TunnelBody[] {
  const spec = conn.TunnelOptionsSpecification as { TunnelOptions: TunnelBody[] };
  return [...spec.TunnelOptions].sort((a, b) => a.Role.localeCompare(b.Role));
}

function tagList(conn: EmulatorConnection): { Key: string; Value: string }[] {
  return (conn.Tags as { Tag: { Key: string; Value: string }[] }).Tag;
}

/** The user's tags on a connection. */
function tagsOf(conn: EmulatorConnection): Record<string, string> {
  return Object.fromEntries(tagList(conn).filter((t) => !PROVIDER_TAGS.includes(t.Key)).map((t) => [t.Key, t.Value]));
}

function ownerOf(conn: EmulatorConnection): string | undefined {
  return tagList(conn).find((t) => t.Key === OWNER_TAG)?.Value;
}

/** examples/dual-tunnel's program, with the master tunnel's ikeEncAlg and the env tag from config. */
function dualProgram(gw: SeededGateways, ikeEncAlg = 'aes256', env = 'prod'): Wire {
  const ipsec = { ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 3600 };
  const ike = { ikeVersion: 'ikev2', ikeAuthAlg: 'sha256', ikePfs: 'group14' };
  return {
    name: 'office-dual',
    vpnGatewayId: gw.vpnGatewayId,
    localSubnets: ['10.20.0.0/16'],
    remoteSubnets: ['192.168.30.0/24'],
    effectImmediately: true,
    enableTunnelsBgp: true,
    tunnelOptions: [
      {
        role: 'master',
        customerGatewayId: gw.customerGatewayIds[0],
        tunnelIkeConfig: { psk: secret(MASTER_PSK), ikeEncAlg: ikeEncAlg, ...ike },
        tunnelIpsecConfig: ipsec,
        tunnelBgpConfig: { tunnelCidr: '169.254.21.0/30', localBgpIp: '169.254.21.1', localAsn: 65010 },
      },
      {
        role: 'slave',
        customerGatewayId: gw.customerGatewayIds[1],
        tunnelIkeConfig: { ikeEncAlg: 'aes256', ...ike },
        tunnelIpsecConfig: ipsec,
        tunnelBgpConfig: { tunnelCidr: '169.254.22.0/30', localBgpIp: '169.254.22.1', localAsn: 65010 },
      },
    ],
    tags: { env, team: 'network' },
  };
}

describe('dual-tunnel connections through the engine\'s calls: create, tunnel diffs and updates, tags, drift, wrong form, destroy', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 250 });

  async function settled(gw: SeededGateways): Promise<void> {
    await waitForGatewayActive(vpcClient(suite.emu), REGION, gw.vpnGatewayId);
  }

  it('creates, diffs and updates a tunnel in place, changes tags without a Modify, records drift and destroys', async () => {
    const { emu, plugin } = suite;
    const gw = await seedGateways(emu, { tunnelMode: 'dual' });
    const office = new EngineResource(plugin, 'office');
    assert.equal(await office.up(dualProgram(gw)), 'create');

    const [conn] = await liveConnections(emu, [gw.vpnGatewayId]);
    const [master, slave] = tunnelsOf(conn);
    assert.equal(master.Role, 'master');
    assert.equal(master.CustomerGatewayId, gw.customerGatewayIds[0]);
    assert.equal(slave.CustomerGatewayId, gw.customerGatewayIds[1]);
    assert.equal(master.TunnelIkeConfig.Psk, MASTER_PSK);
    assert.ok(slave.TunnelIkeConfig.Psk.length > 0, 'the slave PSK is generated by the service');
    assert.deepEqual(tagsOf(conn), { env: 'prod', team: 'network' });
    assert.match(ownerOf(conn) ?? '', /^[0-9a-f]{40}:office$/, 'the create carries the ownership tag, naming its resource');
    const outputs = office.outputs;
    assert.deepEqual(outputs.tags, { env: 'prod', team: 'network' }, 'the ownership tag stays out of the outputs');
    assert.equal(outputs.vpnConnectionId, conn.VpnConnectionId);
    assert.deepEqual((outputs.tunnels as { role: string; tunnelId: string }[]).map((t) => [t.role, t.tunnelId]), [['master', master.TunnelId], ['slave', slave.TunnelId]]);
    for (const i of [0, 1]) {
      const psk = at(outputs, `tunnelOptions.${i}.tunnelIkeConfig.psk`);
      assert.ok(isSecret(psk) || isSecret(at(outputs, `tunnelOptions.${i}.tunnelIkeConfig`)) || isSecret(outputs.tunnelOptions), `tunnel ${i}'s PSK is a secret in the outputs`);
    }
    assert.equal((await office.preview(dualProgram(gw))).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);

    // A tunnel setting: shown at its path, master at index 0, updated in place through one Modify.
    await settled(gw);
    const plan = await office.preview(dualProgram(gw, 'aes192'));
    assert.deepEqual(plan.getReplacesList(), []);
    assert.equal(plan.getDetaileddiffMap().get('tunnelOptions[0].tunnelIkeConfig.ikeEncAlg')?.getKind(), PropertyDiff.Kind.UPDATE, [...plan.getDetaileddiffMap().keys()].join(', '));
    assert.ok(!JSON.stringify(plan.toObject()).includes(MASTER_PSK));
    await emu.control.clearStats();
    assert.equal(await office.up(dualProgram(gw, 'aes192')), 'update');
    const [updated] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal(updated.VpnConnectionId, conn.VpnConnectionId, 'updated in place');
    const [m2, s2] = tunnelsOf(updated);
    assert.equal(m2.TunnelIkeConfig.IkeEncAlg, 'aes192');
    assert.equal(s2.TunnelIkeConfig.IkeEncAlg, 'aes256');
    assert.equal((await emu.control.stats()).ModifyVpnConnectionAttribute?.succeeded, 1);

    // Tags: TagResources/UnTagResources only; the gateway is never touched.
    await settled(gw);
    await emu.control.clearStats();
    assert.equal(await office.up(dualProgram(gw, 'aes192', 'staging')), 'update');
    const stats = await emu.control.stats();
    assert.equal(stats.ModifyVpnConnectionAttribute, undefined, 'a tag change sends no Modify');
    assert.equal(stats.TagResources?.succeeded, 1);
    assert.equal(stats.DescribeVpnGateway, undefined, 'nor waits for the gateway');
    const [retagged] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.deepEqual(tagsOf(retagged), { env: 'staging', team: 'network' });
    assert.equal(ownerOf(retagged), ownerOf(conn), 'a tag change keeps the ownership tag');

    // Drift on the slave tunnel, as a console user would cause it.
    await settled(gw);
    await vpcClient(emu).modifyVpnConnectionAttribute(
      new ModifyVpnConnectionAttributeRequest({
        regionId: REGION,
        vpnConnectionId: conn.VpnConnectionId,
        tunnelOptionsSpecification: [new ModifyTunnel({ tunnelId: slave.TunnelId, tunnelIkeConfig: new ModifyTunnelIke({ ikeLifetime: 3600 }) })],
      }),
    );
    await office.refresh();
    assert.equal(at(office.outputs, 'tunnelOptions.1.tunnelIkeConfig.ikeLifetime'), 3600, 'refresh records the slave tunnel change');
    assert.equal(at(office.outputs, 'tunnelOptions.0.tunnelIkeConfig.ikeLifetime'), 86400);
    const drift = await office.preview(dualProgram(gw, 'aes192', 'staging'));
    assert.equal(drift.getDetaileddiffMap().get('tunnelOptions[1].tunnelIkeConfig.ikeLifetime')?.getKind(), PropertyDiff.Kind.UPDATE, [...drift.getDetaileddiffMap().keys()].join(', '));
    await settled(gw);
    assert.equal(await office.up(dualProgram(gw, 'aes192', 'staging')), 'update');
    assert.equal(tunnelsOf((await liveConnections(emu, [gw.vpnGatewayId]))[0])[1].TunnelIkeConfig.IkeLifetime, '86400', 'up restores it');

    await office.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });

  it('rejects a single-tunnel program on a dual-tunnel gateway before any mutation, saying how to write it', async () => {
    const { emu, plugin } = suite;
    const gw = await seedGateways(emu, { tunnelMode: 'dual' });
    const branch = new EngineResource(plugin, 'branch');
    const checked = await branch.check({
      vpnGatewayId: gw.vpnGatewayId,
      customerGatewayId: gw.customerGatewayIds[0],
      localSubnets: ['10.10.0.0/16'],
      remoteSubnets: ['172.16.1.0/24'],
      ikeConfig: { psk: secret('it-wrong-form-psk') },
    });
    await emu.control.clearStats();
    const err = await grpcError(branch.create(checked));
    assert.match(err.details, /takes dual-tunnel connections only/, err.details);
    assert.match(err.details, /tunnelOptions: \[\{ role: "master", customerGatewayId/, err.details);
    const stats = await emu.control.stats();
    for (const action of MUTATING_ACTIONS) assert.equal(stats[action], undefined, `${action} must not be called`);
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
