// examples/yaml (the quickstart as a Pulumi YAML program) as its README deploys it, on Pulumi's own YAML language
// host, the one scripts/install-pulumi.sh builds beside the CLI: no SDK of ours in the loop, only the provider's schema.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ModifyVpnConnectionAttributeRequest } from '@alicloud/vpc20160428';
import { liveConnections, vpcClient, waitForGatewayActive } from '../../support/emulator';
import { pinnedVersion, pulumiBinDir, resourcesOfType, type StackExport } from '../../support/pulumi';
import { describeExampleReadme } from '../support/exampleReadme';
import { revealSecrets } from '../support/secrets';
import { REGION, VPN_CONNECTION_TYPE } from '../support/stacks';

interface RecordedConnection {
  vpnConnectionId: string;
  ikeConfig: { ikeEncAlg: string; ikeLifetime: number; psk: string };
}

/** The connection's outputs as the checkpoint records them, secrets decrypted. */
function recorded(exported: StackExport): RecordedConnection {
  const [resource] = resourcesOfType(exported, VPN_CONNECTION_TYPE);
  return revealSecrets(resource.outputs) as RecordedConnection;
}

describeExampleReadme('yaml', {
  proves: 'the YAML host beside the CLI runs it, the generated PSK is kept secret, a nested edit updates in place, and refresh records drift',
  deletes: 2,
  // Only the host beside the CLI may run the program: not one elsewhere on PATH, not a downloaded one (the README's
  // PULUMI_HOME starts empty and automatic plugin acquisition is off).
  env: { PULUMI_IGNORE_AMBIENT_PLUGINS: 'true', PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true' },
  run: async ({ ws, emu }) => {
    assert.ok(fs.existsSync(path.join(pulumiBinDir(), 'pulumi-language-yaml')), 'scripts/install-pulumi.sh put no YAML host beside the CLI');
    const about = await ws.languageHosts();
    assert.equal(about.language, 'yaml');
    assert.deepEqual(about.hosts, [{ name: 'yaml', version: pinnedVersion('PULUMI_YAML_VERSION') }], `the CLI runs the YAML host we built: ${JSON.stringify(about.hosts)}`);
    const cached = JSON.parse((await ws.cliOk(['plugin', 'ls', '--json'])).stdout) as unknown[] | null;
    assert.deepEqual(cached ?? [], [], 'no plugin in the plugin cache to fall back on');

    // Exactly one connection, and the program's outputs are what the service holds.
    const created = await liveConnections(emu);
    assert.equal(created.length, 1, 'one connection after the README\'s up');
    const [conn] = created;
    const outputs = await ws.outputs();
    assert.deepEqual(outputs, {
      connectionId: conn.VpnConnectionId,
      status: conn.Status,
      state: conn.State,
      vpnGatewayId: conn.VpnGatewayId,
      customerGatewayId: conn.CustomerGatewayId,
      localSubnets: conn.LocalSubnet.split(','),
      remoteSubnets: conn.RemoteSubnet.split(','),
    });
    assert.equal(outputs.state, 'active');
    assert.deepEqual(outputs.remoteSubnets, ['192.168.10.0/24', '192.168.20.0/24']);
    assert.equal(conn.IkeConfig.IkeEncAlg, 'aes256');

    // The service-generated PSK: without an SDK to mark it, the provider alone must keep it secret.
    const psk = String(conn.IkeConfig.Psk);
    assert.ok(psk.length >= 8, 'the emulator generated a PSK');
    assert.ok(!JSON.stringify(await ws.exportStack()).includes(psk), 'the checkpoint holds the PSK in plaintext');
    assert.equal(recorded(await ws.exportStack(true)).ikeConfig.psk, psk, 'the PSK is kept, encrypted');

    const noChanges = await ws.preview(['--expect-no-changes']);
    assert.equal(noChanges.code, 0, `a second preview must show no changes:\n${noChanges.stdout}\n${noChanges.stderr}`);

    // A nested edit in the program: an update at ikeConfig.ikeEncAlg, never a replacement.
    ws.editProgram('ikeEncAlg: aes256', 'ikeEncAlg: aes192', 'Pulumi.yaml');
    const diff = await ws.preview(['--diff']);
    assert.equal(diff.code, 0, diff.stdout + diff.stderr);
    assert.match(diff.stdout, /~ ikeConfig\s*:\s*\{/, `preview --diff names ikeConfig:\n${diff.stdout}`);
    assert.match(diff.stdout, /~ ikeEncAlg\s*:\s*"aes256" => "aes192"/, `preview --diff shows the nested field:\n${diff.stdout}`);
    assert.match(diff.stdout, /\(update\)/, diff.stdout);
    assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);

    await ws.up();
    const updated = await liveConnections(emu);
    assert.equal(updated.length, 1);
    assert.equal(updated[0].VpnConnectionId, conn.VpnConnectionId, 'updated in place, same id');
    assert.equal(updated[0].IkeConfig.IkeEncAlg, 'aes192');

    // Drift: the IKE settings changed in the console; refresh records what the service now holds.
    await waitForGatewayActive(vpcClient(emu), REGION, conn.VpnGatewayId);
    await vpcClient(emu).modifyVpnConnectionAttribute(
      new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: conn.VpnConnectionId, ikeConfig: JSON.stringify({ IkeEncAlg: 'aes', IkeLifetime: 3600 }) }),
    );
    const refresh = await ws.cliOk(['refresh', '--yes', '--skip-preview']);
    assert.match(refresh.stdout, /\[diff: ~ikeConfig\]/, `refresh names the drifted property:\n${refresh.stdout}`);
    assert.match(refresh.stdout, /~ 1 updated/, refresh.stdout);
    const drifted = recorded(await ws.exportStack(true));
    assert.equal(drifted.vpnConnectionId, conn.VpnConnectionId);
    assert.equal(drifted.ikeConfig.ikeEncAlg, 'aes', 'refresh records the console change');
    assert.equal(drifted.ikeConfig.ikeLifetime, 3600);
    const back = await ws.preview(['--diff']);
    assert.equal(back.code, 0, back.stdout + back.stderr);
    assert.match(back.stdout, /~ ikeEncAlg\s*:\s*"aes" => "aes192"/, `the program's value comes back on the next up:\n${back.stdout}`);
    assert.doesNotMatch(back.stdout, /\(replace\)|to replace/, back.stdout);
  },
});
