// The policy pack (policy/) through the real Pulumi CLI: `--policy-pack` runs it through our Node language host's
// RunPlugin; mandatory violations block `up` and `preview` with the rule's message, advisory ones only warn, and
// the policy config changes levels and ranges.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways, startEmulator } from '../support/emulator';
import { CliResult, PulumiWorkspace, REPO_ROOT } from '../support/pulumi';
import { E2E_BUSY_MS, e2eContext, liveConnections } from './support/stacks';

const POLICY_PACK = path.join(REPO_ROOT, 'policy');

function output(r: CliResult): string {
  return `${r.stdout}\n${r.stderr}`;
}

describe('policy pack under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  const tmp: string[] = [];

  after(function () {
    for (const dir of tmp) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function basic(): Promise<{ ws: PulumiWorkspace; vpnGatewayId: string }> {
    const gw = await seedGateways(ctx.emu);
    const ws = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId });
    return { ws, vpnGatewayId: gw.vpnGatewayId };
  }

  function policyConfig(config: unknown): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-policy-config-'));
    tmp.push(dir);
    const file = path.join(dir, 'policy-config.json');
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
  }

  it('blocks pulumi up on weak crypto with each rule message, and creates nothing', async function () {
    const { ws, vpnGatewayId } = await basic();
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'e2e-policy-psk-Hy62']);
    ws.editProgram('ikeVersion: "ikev2"', 'ikeVersion: "ikev1"');
    ws.editProgram('ikeMode: "main"', 'ikeMode: "aggressive"');
    ws.editProgram('ikeEncAlg: "aes256"', 'ikeEncAlg: "des"');
    ws.editProgram('ipsecPfs: "group14"', 'ipsecPfs: "group2"');

    const up = await ws.cli(['up', '--yes', '--skip-preview', '--policy-pack', POLICY_PACK]);
    assert.notEqual(up.code, 0, `a mandatory violation must fail up:\n${output(up)}`);
    assert.match(output(up), /\[mandatory\]\s+alicloudvpn-weak-crypto/);
    assert.match(output(up), /`ikeConfig\.ikeEncAlg` is `des`, a weak cipher: use `aes256`/);
    assert.match(output(up), /`ikeConfig\.ikeMode` is `aggressive` with IKEv1/);
    assert.match(output(up), /`ipsecConfig\.ipsecPfs` is `group2`, a weak Diffie-Hellman group/);
    assert.deepEqual(await liveConnections(ctx.emu, [vpnGatewayId]), [], 'nothing was created');
  });

  it('names a dual-tunnel violation by tunnel role, and passes the compliant program', async function () {
    const gw = await seedGateways(ctx.emu, { tunnelMode: 'dual' });
    const ws = await ctx.example('dual-tunnel', {
      vpnGatewayId: gw.vpnGatewayId,
      primaryCustomerGatewayId: gw.customerGatewayIds[0],
      backupCustomerGatewayId: gw.customerGatewayIds[1],
      ikeEncAlg: '3des',
    });
    await ws.cliOk(['config', 'set', '--secret', 'masterPsk', 'e2e-policy-master-Ty81']);
    const weak = await ws.preview(['--policy-pack', POLICY_PACK]);
    assert.notEqual(weak.code, 0, output(weak));
    assert.match(output(weak), /`tunnelOptions\[master\]\.tunnelIkeConfig\.ikeEncAlg` is `3des`, a weak cipher/);
    assert.doesNotMatch(output(weak), /tunnelOptions\[slave\]/, 'the slave tunnel is compliant');

    await ws.cliOk(['config', 'set', 'ikeEncAlg', 'aes256']);
    const clean = await ws.preview(['--policy-pack', POLICY_PACK]);
    assert.equal(clean.code, 0, output(clean));
    assert.doesNotMatch(output(clean), /alicloudvpn-weak-crypto|alicloudvpn-plaintext-psk/);
  });

  it('blocks a PSK kept in plaintext stack config, never printing it, and accepts it as a secret', async function () {
    const psk = 'e2e-plaintext-psk-Qm47';
    const { ws } = await basic();
    await ws.cliOk(['config', 'set', 'psk', psk]);
    const plain = await ws.preview(['--policy-pack', POLICY_PACK]);
    assert.notEqual(plain.code, 0, output(plain));
    assert.match(output(plain), /\[mandatory\]\s+alicloudvpn-plaintext-psk/);
    assert.match(output(plain), /`ikeConfig\.psk` is stored in plaintext in Pulumi\.e2e\.yaml: set it with `pulumi config set --secret/);
    assert.ok(!output(plain).includes(psk), 'the policy output must not print the PSK');

    await ws.cliOk(['config', 'set', '--secret', 'psk', psk]);
    const secret = await ws.preview(['--policy-pack', POLICY_PACK]);
    assert.equal(secret.code, 0, output(secret));
  });

  it('passes a generated PSK and one from secret config with the emulator\'s state file in the project', async function () {
    // The README's own set-up: `alicloudvpn-emulator --state ./emulator-state.json` in the project directory, which
    // holds every PSK in plaintext, as the service does.
    const ws = await ctx.example('basic', { vpnGatewayId: 'vpn-set-below', customerGatewayId: 'cgw-set-below' });
    const stateFile = path.join(ws.dir, 'emulator-state.json');
    const emu = await startEmulator({ stateFile, busyMs: E2E_BUSY_MS });
    try {
      const gw = await seedGateways(emu);
      await ws.cliOk(['config', 'set', 'alicloudvpn:endpoint', emu.endpoint]);
      await ws.cliOk(['config', 'set', 'vpnGatewayId', gw.vpnGatewayId]);
      await ws.cliOk(['config', 'set', 'customerGatewayId', gw.customerGatewayId]);
      const liveKey = async () => String((await emu.control.state()).vpnConnections.find((c) => !c.Deleted)?.IkeConfig.Psk ?? '');

      ws.editProgram('psk: config.requireSecret("psk"),', '');
      const generated = await ws.cli(['up', '--yes', '--skip-preview', '--policy-pack', POLICY_PACK]);
      assert.equal(generated.code, 0, output(generated));
      const generatedKey = await liveKey();
      assert.ok(generatedKey !== '' && fs.readFileSync(stateFile, 'utf8').includes(generatedKey), 'the state file holds the generated key');
      const afterGenerated = await ws.preview(['--policy-pack', POLICY_PACK]);
      assert.equal(afterGenerated.code, 0, output(afterGenerated));
      assert.doesNotMatch(output(afterGenerated), /alicloudvpn-plaintext-psk/);

      const psk = 'e2e-state-file-psk-Lr28';
      ws.editProgram('ikeVersion: "ikev2"', 'ikeVersion: "ikev2", psk: config.requireSecret("psk")');
      await ws.cliOk(['config', 'set', '--secret', 'psk', psk]);
      const fromConfig = await ws.cli(['up', '--yes', '--skip-preview', '--policy-pack', POLICY_PACK]);
      assert.equal(fromConfig.code, 0, output(fromConfig));
      assert.ok(fs.readFileSync(stateFile, 'utf8').includes(psk), 'the state file holds the configured key in plaintext');
      const afterConfig = await ws.preview(['--policy-pack', POLICY_PACK]);
      assert.equal(afterConfig.code, 0, output(afterConfig));
      assert.doesNotMatch(output(afterConfig), /alicloudvpn-plaintext-psk/);
    } finally {
      await emu.stop();
    }
  });

  it('blocks a PSK written in the program source', async function () {
    const psk = 'e2e-literal-psk-Wc59';
    const { ws } = await basic();
    ws.editProgram('psk: config.requireSecret("psk")', `psk: "${psk}"`);
    const result = await ws.preview(['--policy-pack', POLICY_PACK]);
    assert.notEqual(result.code, 0, output(result));
    assert.match(output(result), /`ikeConfig\.psk` is written in plaintext in index\.ts/);
    assert.ok(!output(result).includes(psk), 'the policy output must not print the PSK');
  });

  it('takes enforcement levels and lifetime ranges from the policy config, and warns of any-to-any subnets', async function () {
    const { ws } = await basic();
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'e2e-policy-psk-Hy62']);
    ws.editProgram('ikeEncAlg: "aes256"', 'ikeEncAlg: "des"');
    ws.editProgram('localSubnets: ["10.10.0.0/16"]', 'localSubnets: ["0.0.0.0/0"]');
    ws.editProgram('remoteSubnets: ["172.16.1.0/24", "172.16.2.0/24"]', 'remoteSubnets: ["0.0.0.0/0"]');

    const strictLifetime = policyConfig({
      'alicloudvpn-weak-crypto': 'advisory',
      'alicloudvpn-sa-lifetime': { enforcementLevel: 'mandatory', minIpsecLifetime: 7200 },
    });
    const blocked = await ws.preview(['--policy-pack', POLICY_PACK, '--policy-pack-config', strictLifetime]);
    assert.notEqual(blocked.code, 0, output(blocked));
    assert.match(output(blocked), /\[mandatory\]\s+alicloudvpn-sa-lifetime/);
    assert.match(output(blocked), /`ipsecConfig\.ipsecLifetime` is 3600 seconds, outside the allowed range 7200 to 86400/);
    assert.match(output(blocked), /\[advisory\]\s+alicloudvpn-weak-crypto/);
    assert.match(output(blocked), /\[advisory\]\s+alicloudvpn-any-to-any-subnets/);

    const relaxed = policyConfig({ 'alicloudvpn-weak-crypto': 'advisory', 'alicloudvpn-sa-lifetime': 'disabled' });
    const warned = await ws.preview(['--policy-pack', POLICY_PACK, '--policy-pack-config', relaxed]);
    assert.equal(warned.code, 0, `advisory violations only warn:\n${output(warned)}`);
    assert.match(output(warned), /\[advisory\]\s+alicloudvpn-weak-crypto/);
    assert.doesNotMatch(output(warned), /alicloudvpn-sa-lifetime/);
  });
});
