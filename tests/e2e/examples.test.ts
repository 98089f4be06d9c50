// Every example through the lifecycle a user drives with the real CLI: create, no perpetual diff, an in-place
// nested update, a replacement that leaves exactly one connection, and a destroy that leaves nothing behind.
import { strict as assert } from 'assert';
import { seedGateways } from '../support/emulator';
import { e2eContext, liveConnections } from './support/stacks';

interface ExampleCase {
  example: string;
  vpnType: 'Normal' | 'NationalStandard';
  /** Customer gateway ASN (BGP needs one). */
  asn?: number;
  secrets?: Record<string, string>;
  /**
   * One nested field to edit in index.ts, and the line `preview --diff` must then show. The SDK lists ikeConfig in
   * additionalSecretOutputs, so the engine shows its old values as [secret].
   */
  edit: { from: string; to: string; diffLine: RegExp; parent: string };
}

const CASES: ExampleCase[] = [
  {
    example: 'basic',
    vpnType: 'Normal',
    secrets: { psk: 'e2e-basic-psk-1234' },
    edit: { from: 'ikeLifetime: 86400', to: 'ikeLifetime: 28800', diffLine: /~ ikeLifetime\s*:\s*(?:86400|\[secret\]) => 28800/, parent: 'ikeConfig' },
  },
  {
    example: 'bgp',
    vpnType: 'Normal',
    asn: 65020,
    edit: { from: 'interval: 3', to: 'interval: 5', diffLine: /~ interval\s*:\s*3 => 5/, parent: 'healthCheckConfig' },
  },
  {
    example: 'guomi',
    vpnType: 'NationalStandard',
    edit: { from: 'ipsecLifetime: 86400', to: 'ipsecLifetime: 43200', diffLine: /~ ipsecLifetime\s*:\s*86400 => 43200/, parent: 'ipsecConfig' },
  },
  {
    example: 'dynamic',
    vpnType: 'Normal',
    secrets: { psk: 'e2e-dynamic-psk-1234' },
    edit: { from: 'ikeLifetime: 86400', to: 'ikeLifetime: 28800', diffLine: /~ ikeLifetime\s*:\s*(?:86400|\[secret\]) => 28800/, parent: 'ikeConfig' },
  },
];

describe('examples under the real Pulumi CLI', function () {
  const ctx = e2eContext();

  for (const c of CASES) {
    describe(c.example, function () {
      it('creates, updates a nested field in place, replaces on a new customer gateway and destroys cleanly', async function () {
        const emu = ctx.emu;
        const gw = await seedGateways(emu, { vpnType: c.vpnType, count: 2, asn: c.asn });
        const ws = await ctx.example(c.example, { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayIds[0] });
        for (const [key, value] of Object.entries(c.secrets ?? {})) await ws.cliOk(['config', 'set', '--secret', key, value]);

        await ws.up();
        const created = await liveConnections(emu, [gw.vpnGatewayId]);
        assert.equal(created.length, 1, 'one connection after the first up');

        const noChanges = await ws.preview(['--expect-no-changes']);
        assert.equal(noChanges.code, 0, `a second preview must show no changes:\n${noChanges.stdout}\n${noChanges.stderr}`);

        ws.editProgram(c.edit.from, c.edit.to);
        const diff = await ws.preview(['--diff']);
        assert.equal(diff.code, 0, diff.stdout + diff.stderr);
        assert.match(diff.stdout, new RegExp(`~ ${c.edit.parent}\\s*:\\s*\\{`), `preview --diff names ${c.edit.parent}:\n${diff.stdout}`);
        assert.match(diff.stdout, c.edit.diffLine, `preview --diff shows the nested field:\n${diff.stdout}`);
        assert.match(diff.stdout, /\(update\)/);
        assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);

        await ws.up();
        const updated = await liveConnections(emu, [gw.vpnGatewayId]);
        assert.equal(updated.length, 1);
        assert.equal(updated[0].VpnConnectionId, created[0].VpnConnectionId, 'updated in place, same id');

        await ws.cliOk(['config', 'set', 'customerGatewayId', gw.customerGatewayIds[1]]);
        const replaced = await ws.up();
        assert.match(replaced.stdout, /1 replaced/, replaced.stdout);
        const after = await liveConnections(emu, [gw.vpnGatewayId]);
        assert.equal(after.length, 1, `exactly one connection after the replacement: ${JSON.stringify(after.map((x) => x.VpnConnectionId))}`);
        assert.equal(after[0].CustomerGatewayId, gw.customerGatewayIds[1]);
        assert.notEqual(after[0].VpnConnectionId, created[0].VpnConnectionId);

        await ws.destroy();
        assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), [], 'destroy leaves no connection');
      });
    });
  }
});
