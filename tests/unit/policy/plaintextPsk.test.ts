// alicloudvpn-plaintext-psk on real project directories: it reports a key written where a person writes it (the
// stack's config, the program's source) and never one that sits where tools write it (the emulator's state file,
// other data files, git-ignored files), so a program reading its key from secret config always passes.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProjectFiles } from 'alicloudvpn-policy/dist/projectFiles';
import { plaintextPskFindings } from 'alicloudvpn-policy/dist/rules/plaintextPsk';
import { runtimeOf } from 'alicloudvpn-policy/dist/sourceFiles';

const PSK = 'unit-policy-psk-Zx31';
const URN = 'urn:pulumi:dev::branch::alicloudvpn:index:VpnConnection::office';
const SECRET_CONFIG = `config:\n  branch:psk:\n    secure: AAABAGx0ZXN0Y2lwaGVydGV4dA==\n`;
const PROGRAM = 'const psk = config.requireSecret("psk");\nnew alicloudvpn.VpnConnection("office", { ikeConfig: { psk } });\n';

/** What `--state ./emulator-state.json` leaves in the project: the emulator's records, the PSK in plaintext. */
function emulatorState(psk: string): string {
  return `${JSON.stringify({ version: 1, vpnGateways: [], customerGateways: [], vpnConnections: [{ VpnConnectionId: 'vco-bp1unit', IkeConfig: { Psk: psk, IkeEncAlg: 'aes256' } }], idempotency: [] }, null, 2)}\n`;
}

describe('plaintext-PSK rule on project files', () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  function project(files: Record<string, string>, runtime = 'nodejs'): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-policy-unit-'));
    roots.push(dir);
    fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), `name: branch\nruntime: ${runtime}\n`);
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  function findings(dir: string, psk = PSK): string[] {
    return plaintextPskFindings({ ikeConfig: { psk } }, URN, new ProjectFiles([dir]));
  }

  it('passes a key from secret config with the emulator\'s state file (and other data) in the project', () => {
    const dir = project({
      'Pulumi.dev.yaml': SECRET_CONFIG,
      'index.ts': PROGRAM,
      'emulator-state.json': emulatorState(PSK),
      'stack-export.json': JSON.stringify({ deployment: { resources: [{ outputs: { ikeConfig: { psk: PSK } } }] } }),
      '.demo/emulator-state.json': emulatorState(PSK),
    });
    assert.deepEqual(findings(dir), []);
  });

  it('passes a key the service generated, found only in the emulator\'s state', () => {
    const generated = 'Gen3ratedByServ1ce';
    assert.deepEqual(findings(project({ 'index.ts': 'new alicloudvpn.VpnConnection("office", {});\n', 'emulator-state.json': emulatorState(generated) }), generated), []);
    assert.deepEqual(plaintextPskFindings({ ikeConfig: {} }, URN, new ProjectFiles([project({ 'index.ts': PROGRAM })])), [], 'no key in the inputs');
  });

  it('passes a key in a file git ignores, and reports the same file once git tracks it', () => {
    const dir = project({ 'Pulumi.dev.yaml': SECRET_CONFIG, 'index.ts': PROGRAM, 'local/keys.ts': `export const psk = "${PSK}";\n`, '.gitignore': 'local/\n' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    assert.deepEqual(findings(dir), []);
    fs.writeFileSync(path.join(dir, '.gitignore'), '');
    assert.deepEqual(findings(dir), ['`ikeConfig.psk` is written in plaintext in local/keys.ts: read it from secret config (`pulumi config set --secret <key>`, `config.requireSecret`) instead.']);
  });

  it('reports a key in plaintext stack config, git-ignored or not, and in the program, never printing it', () => {
    const config = project({ 'Pulumi.dev.yaml': `config:\n  branch:psk: ${PSK}\n`, 'index.ts': PROGRAM, '.gitignore': 'Pulumi.dev.yaml\n' });
    execFileSync('git', ['init', '-q'], { cwd: config });
    const inConfig = findings(config);
    assert.deepEqual(inConfig, ['`ikeConfig.psk` is stored in plaintext in Pulumi.dev.yaml: set it with `pulumi config set --secret <key>` and read it with `config.requireSecret`.']);
    const inSource = findings(project({ 'index.ts': `new alicloudvpn.VpnConnection("office", { ikeConfig: { psk: "${PSK}" } });\n`, 'emulator-state.json': emulatorState(PSK) }));
    assert.deepEqual(inSource, ['`ikeConfig.psk` is written in plaintext in index.ts: read it from secret config (`pulumi config set --secret <key>`, `config.requireSecret`) instead.']);
    assert.ok(![...inConfig, ...inSource].some((f) => f.includes(PSK)));
  });

  it('reads the program in the project\'s own language', () => {
    const python = project({ '__main__.py': `psk = "${PSK}"\n`, 'notes.ts': `"${PSK}"\n` }, 'python');
    assert.deepEqual(findings(python), ['`ikeConfig.psk` is written in plaintext in __main__.py: read it from secret config (`pulumi config set --secret <key>`, `config.requireSecret`) instead.']);
    const yaml = project({ 'Main.yaml': `resources:\n  office:\n    properties:\n      ikeConfig:\n        psk: ${PSK}\n`, 'emulator-state.json': emulatorState(PSK) }, 'yaml');
    assert.match(findings(yaml)[0], /written in plaintext in Main\.yaml/);
    assert.equal(runtimeOf('name: x\nruntime:\n  name: go\n  options:\n    binary: x\n'), 'go');
    assert.equal(runtimeOf('name: x\nruntime: "nodejs"\n'), 'nodejs');
  });
});
