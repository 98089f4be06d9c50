// examples/pipeline/run-here.sh end to end against the emulator: the pull-request preview (report + policy pack),
// the policy gate, the deploy, and the nightly drift check, with the exit codes each stage gives.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, pulumiBinDir } from '../support/pulumi';

const SCRIPT = path.join(REPO_ROOT, 'examples', 'pipeline', 'run-here.sh');
const PSK = 'e2e-pipeline-psk-Vb30';

function runHere(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      SCRIPT,
      { env: { ...process.env, ALICLOUDVPN_PIPELINE_DIR: dir, PIPELINE_PSK: PSK }, timeout: 480_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ['backend', 'home', 'program'].includes(e.name) ? [] : filesUnder(full);
    return [full];
  });
}

describe('examples/pipeline run here against the emulator', function () {
  let dir: string;

  before(function () {
    pulumiBinDir();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-pipeline-e2e-'));
  });

  after(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('previews and reports a PR, blocks weak crypto, deploys, and fails the nightly check on drift (exit 3)', async function () {
    const run = await runHere(dir);
    const log = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.code, 0, log);
    for (const [stage, code] of [['pull-request', 2], ['pull-request-weak-crypto', 1], ['main', 0], ['nightly', 0], ['nightly-drift', 3]] as const) {
      assert.match(run.stdout, new RegExp(`^stage ${stage}: exit ${code} \\(expected ${code}\\) ok$`, 'm'), log);
    }

    const comment = fs.readFileSync(path.join(dir, 'pr', 'comment.md'), 'utf8');
    assert.match(comment, /^<!-- alicloudvpn-report -->\n## alicloudvpn preview on stack `pipeline`: 1 to create/);
    assert.match(comment, /\| `ikeConfig\.psk` \| \[secret\] \|/);
    assert.match(comment, /### Policy pack: passed/);

    const blocked = fs.readFileSync(path.join(dir, 'pr-weak', 'comment.md'), 'utf8');
    assert.match(blocked, /### Policy pack: blocked/);
    assert.match(blocked, /`ikeConfig\.ikeEncAlg` is `des`, a weak cipher/);

    const drift = fs.readFileSync(path.join(dir, 'drift', 'drift.md'), 'utf8');
    assert.match(drift, /### Drift found by refresh/);
    assert.match(drift, /\| `ikeConfig\.ikeEncAlg` \| `aes256` \| `aes192` \|/);
    const driftJson = JSON.parse(fs.readFileSync(path.join(dir, 'drift', 'drift-report.json'), 'utf8')) as { outcome: string; exitCode: number };
    assert.deepEqual([driftJson.outcome, driftJson.exitCode], ['drift', 3]);

    for (const file of filesUnder(dir)) {
      assert.ok(!fs.readFileSync(file, 'utf8').includes(PSK), `${path.relative(dir, file)} holds the PSK in plaintext`);
    }
  });
});
