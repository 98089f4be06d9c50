// examples/go (`runtime: go`, on the generated Go SDK) on Pulumi's own Go language host, the one
// scripts/install-pulumi.sh builds beside the CLI from sdk/v3 at PULUMI_LANGUAGE_HOSTS_VERSION.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { pinnedVersion, pulumiBinDir, REPO_ROOT } from '../support/pulumi';
import { e2eContext, examplePath, liveConnections } from './support/stacks';

const PSK = 'e2e-go-example-psk-5Kd';

describe('examples/go on Pulumi\'s Go language host', function () {
  const ctx = e2eContext();

  it('runs up, a nested-diff preview --diff and destroy of a Go program', async function () {
    assert.ok(fs.existsSync(path.join(pulumiBinDir(), 'pulumi-language-go')), 'scripts/install-pulumi.sh put no Go host beside the CLI');
    const gw = await seedGateways(ctx.emu);
    const ws = await ctx.program({
      programDir: examplePath('go'),
      config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId },
      // Only the host beside the CLI may run the program, not one elsewhere on PATH.
      env: { PULUMI_IGNORE_AMBIENT_PLUGINS: 'true' },
    });
    // The copy's `replace` must still reach this clone's SDK.
    execFileSync('go', ['mod', 'edit', `-replace=github.com/alicloudvpn/pulumi-alicloudvpn/sdk/go=${path.join(REPO_ROOT, 'sdk', 'go')}`], { cwd: ws.dir });
    await ws.cliOk(['config', 'set', '--secret', 'psk', PSK]);

    const about = await ws.languageHosts();
    assert.equal(about.language, 'go');
    assert.deepEqual(about.hosts, [{ name: 'go', version: pinnedVersion('PULUMI_LANGUAGE_HOSTS_VERSION') }], `the CLI runs the Go host we built: ${JSON.stringify(about.hosts)}`);

    const up = await ws.up();
    assert.match(up.stdout, /\+ 2 created/, up.stdout);
    const [conn] = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.equal(conn.IkeConfig.IkeEncAlg, 'aes256');
    assert.equal(conn.IkeConfig.Psk, PSK);
    assert.deepEqual(await ws.outputs(), { connectionId: conn.VpnConnectionId, state: conn.State });

    ws.editProgram(/IkeEncAlg:(\s+)pulumi\.String\(string\(alicloudvpn\.EncAlgAes256\)\)/, 'IkeEncAlg:$1pulumi.String(string(alicloudvpn.EncAlgAes192))', 'main.go');
    const diff = await ws.preview(['--diff']);
    assert.equal(diff.code, 0, diff.stdout + diff.stderr);
    assert.match(diff.stdout, /~ ikeEncAlg\s*:\s*(?:"aes256"|\[secret\]) => "aes192"/, `preview --diff shows the nested field:\n${diff.stdout}`);
    assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);
    assert.ok(!(diff.stdout + diff.stderr).includes(PSK), 'the PSK never shows');

    const destroyed = await ws.destroy();
    assert.match(destroyed.stdout, /- 2 deleted/, destroyed.stdout);
    assert.deepEqual(await liveConnections(ctx.emu, [gw.vpnGatewayId]), []);
  });
});
