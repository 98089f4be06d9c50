// examples/go (`runtime: go`, on the generated Go SDK) as its README deploys it, on Pulumi's own Go language host,
// the one scripts/install-pulumi.sh builds beside the CLI from sdk/v3 at PULUMI_LANGUAGE_HOSTS_VERSION.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { liveConnections } from '../../support/emulator';
import { pinnedVersion, pulumiBinDir } from '../../support/pulumi';
import { describeExampleReadme } from '../support/exampleReadme';

/** The PSK the README sets with `pulumi config set --secret psk`. */
const README_PSK = 'a-strong-pre-shared-key';

describeExampleReadme('go', {
  proves: 'the Go host beside the CLI runs it, its outputs are the service\'s, and a nested edit previews as an update',
  deletes: 2,
  // Only the host beside the CLI may run the program, not one elsewhere on PATH.
  env: { PULUMI_IGNORE_AMBIENT_PLUGINS: 'true' },
  run: async ({ ws, emu }) => {
    assert.ok(fs.existsSync(path.join(pulumiBinDir(), 'pulumi-language-go')), 'scripts/install-pulumi.sh put no Go host beside the CLI');
    const about = await ws.languageHosts();
    assert.equal(about.language, 'go');
    assert.deepEqual(about.hosts, [{ name: 'go', version: pinnedVersion('PULUMI_LANGUAGE_HOSTS_VERSION') }], `the CLI runs the Go host we built: ${JSON.stringify(about.hosts)}`);

    const [conn] = await liveConnections(emu);
    assert.equal(conn.IkeConfig.IkeEncAlg, 'aes256');
    assert.equal(conn.IkeConfig.Psk, README_PSK);
    assert.deepEqual(await ws.outputs(), { connectionId: conn.VpnConnectionId, state: conn.State });

    ws.editProgram(/IkeEncAlg:(\s+)pulumi\.String\(string\(alicloudvpn\.EncAlgAes256\)\)/, 'IkeEncAlg:$1pulumi.String(string(alicloudvpn.EncAlgAes192))', 'main.go');
    const diff = await ws.preview(['--diff']);
    assert.equal(diff.code, 0, diff.stdout + diff.stderr);
    assert.match(diff.stdout, /~ ikeEncAlg\s*:\s*(?:"aes256"|\[secret\]) => "aes192"/, `preview --diff shows the nested field:\n${diff.stdout}`);
    assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);
    assert.ok(!(diff.stdout + diff.stderr).includes(README_PSK), 'the PSK never shows');
  },
});
