// examples/branch-office/go: the whole topology on the generated Go SDK (tests/e2e/support/topology.ts), on Pulumi's
// own Go language host, the one scripts/install-pulumi.sh builds beside the CLI from sdk/v3 at
// PULUMI_LANGUAGE_HOSTS_VERSION; and a nested field edited in main.go, which previews as an in-place update. The Go
// SDK's Automation API path is tests/e2e/goSdk.test.ts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { liveConnections } from '../../support/emulator';
import { pinnedVersion, pulumiBinDir } from '../../support/pulumi';
import { describeExampleReadme } from '../support/exampleReadme';
import { assertDeployed, assertTornDown, DEPLOYED_AND_TORN_DOWN } from '../support/topology';

describeExampleReadme('branch-office/go', {
  ...DEPLOYED_AND_TORN_DOWN,
  proves: `${DEPLOYED_AND_TORN_DOWN.proves}, on the Go host beside the CLI, and a nested edit in main.go previewed as an in-place update`,
  // Only the host beside the CLI may run the program, not one elsewhere on PATH.
  env: { PULUMI_IGNORE_AMBIENT_PLUGINS: 'true' },
  run: async (example) => {
    const { ws, emu } = example;
    assert.ok(fs.existsSync(path.join(pulumiBinDir(), 'pulumi-language-go')), 'scripts/install-pulumi.sh put no Go host beside the CLI');
    const about = await ws.languageHosts();
    assert.equal(about.language, 'go');
    assert.deepEqual(about.hosts, [{ name: 'go', version: pinnedVersion('PULUMI_LANGUAGE_HOSTS_VERSION') }], `the CLI runs the Go host we built: ${JSON.stringify(about.hosts)}`);
    await assertDeployed(example);

    // Both connections take their IKE settings from one function in main.go.
    ws.editProgram('IkeEncAlg: pulumi.String("aes256")', 'IkeEncAlg: pulumi.String("aes192")', 'main.go');
    const diff = await ws.preview(['--diff']);
    assert.equal(diff.code, 0, diff.stdout + diff.stderr);
    assert.match(diff.stdout, /~ ikeEncAlg\s*:\s*"aes256" => "aes192"/, `preview --diff shows the nested field:\n${diff.stdout}`);
    assert.match(diff.stdout, /~ 2 to update/, diff.stdout);
    assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);
    // The service generated each connection's PSK; the provider keeps them secret.
    for (const conn of await liveConnections(emu)) {
      const psk = String(conn.IkeConfig.Psk ?? '');
      assert.ok(psk !== '' && !(diff.stdout + diff.stderr).includes(psk), 'a generated PSK never shows');
    }
  },
  afterTeardown: assertTornDown,
});
