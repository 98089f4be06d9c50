// The settings of examples/bgp and examples/guomi through the calls `up` makes, in the engine's order, through the
// real plugin process against the real emulator process: the nested field each example's lifecycle edits is
// updated in place with Diff naming its path, and a new customer gateway replaces the connection, leaving one.
// The examples themselves run through the real CLI once each (tests/e2e/readmes/*.test.ts): deployed by their
// README, previewed with --expect-no-changes, torn down by their README. The CLI's rendering of a nested update
// and of a replacement is proven there on examples/basic and examples/dynamic.
import { strict as assert } from 'node:assert';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { liveConnections, seedGateways, type SeedGatewaysOptions } from '../../support/emulator';
import { REPO_ROOT } from '../../support/pulumi';
import type { Wire } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { connectedSuite, REGION } from './fixture';

interface Shape {
  example: string;
  gateways: SeedGatewaysOptions;
  program(vpnGatewayId: string, customerGatewayId: string): Wire;
  /** The example lifecycle's edit: the nested path and its new value. */
  edit: { path: [string, string]; to: number };
}

const SHAPES: Shape[] = [
  {
    example: 'bgp',
    gateways: { asn: 65020, count: 2 },
    program: (vpnGatewayId, customerGatewayId) => ({
      name: 'datacenter-bgp', vpnGatewayId, customerGatewayId, localSubnets: ['0.0.0.0/0'], remoteSubnets: ['0.0.0.0/0'],
      ikeConfig: { ikeVersion: 'ikev2', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14' },
      ipsecConfig: { ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14' },
      bgpConfig: { enableBgp: true, localAsn: 65010, tunnelCidr: '169.254.10.0/30', localBgpIp: '169.254.10.1' },
      healthCheckConfig: { enable: true, sip: '10.20.0.1', dip: '192.168.100.1', interval: 3, retry: 3 },
    }),
    edit: { path: ['healthCheckConfig', 'interval'], to: 5 },
  },
  {
    example: 'guomi',
    gateways: { vpnType: 'NationalStandard', count: 2 },
    program: (vpnGatewayId, customerGatewayId) => ({
      name: 'guomi-branch', vpnGatewayId, customerGatewayId, localSubnets: ['10.30.0.0/16'], remoteSubnets: ['192.168.30.0/24'],
      ikeConfig: { ikeVersion: 'ikev1', ikeMode: 'main', ikeEncAlg: 'sm4', ikeAuthAlg: 'sm3', ikeLifetime: 86400 },
      ipsecConfig: { ipsecEncAlg: 'sm4', ipsecAuthAlg: 'sm3', ipsecLifetime: 86400 },
      remoteCaCertificate: fs.readFileSync(path.join(REPO_ROOT, 'examples', 'guomi', 'peer-ca.pem'), 'utf8'),
    }),
    edit: { path: ['ipsecConfig', 'ipsecLifetime'], to: 43200 },
  },
];

describe('the bgp and guomi examples\' settings: a nested edit updates in place, a new customer gateway replaces', function () {
  this.timeout(120_000);

  const suite = connectedSuite({ busyMs: 250 });

  for (const shape of SHAPES) {
    it(`examples/${shape.example}: ${shape.edit.path.join('.')} in place, then a replacement leaving one connection`, async () => {
      const { emu, plugin } = suite;
      const gw = await seedGateways(emu, { region: REGION, ...shape.gateways });
      const program = shape.program(gw.vpnGatewayId, gw.customerGatewayIds[0]);
      const conn = new EngineResource(plugin, shape.example);
      assert.equal(await conn.up(program), 'create');
      const id = conn.id;
      assert.equal((await conn.preview(program)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE, 'no perpetual diff');

      const [parent, field] = shape.edit.path;
      const edited = { ...program, [parent]: { ...(program[parent] as Wire), [field]: shape.edit.to } };
      const diff = await conn.preview(edited);
      assert.deepEqual(diff.getReplacesList(), [], 'a nested edit must not replace');
      assert.deepEqual([...diff.getDetaileddiffMap().keys()], [`${parent}.${field}`]);
      assert.equal(await conn.up(edited), 'update');
      const [updated] = await liveConnections(emu, [gw.vpnGatewayId]);
      assert.equal(updated.VpnConnectionId, id, 'updated in place, same id');

      const moved = { ...edited, customerGatewayId: gw.customerGatewayIds[1] };
      assert.deepEqual((await conn.preview(moved)).getReplacesList(), ['customerGatewayId']);
      assert.equal(await conn.up(moved), 'replace');
      const after = await liveConnections(emu, [gw.vpnGatewayId]);
      assert.deepEqual(after.map((c) => c.CustomerGatewayId), [gw.customerGatewayIds[1]], 'exactly one connection, on the new customer gateway');
      assert.notEqual(after[0].VpnConnectionId, id);

      await conn.destroy();
      assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
    });
  }
});
