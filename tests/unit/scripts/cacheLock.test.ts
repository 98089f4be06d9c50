// scripts/cache-lock.sh, which the install scripts source: one install at a time in the shared cache, and a
// waiting install says what it waits for instead of sitting silent for the minutes a cold build takes.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const LOCK_SCRIPT = path.resolve(__dirname, '..', '..', '..', '..', 'scripts', 'cache-lock.sh');

function run(command: string): { child: ChildProcessWithoutNullStreams; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn('bash', ['-c', command], { stdio: 'pipe' });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out.stdout, stderr: () => out.stderr, exited };
}

/** Resolves once `read()` matches: the test waits on the process's own output, never on a fixed sleep. */
function outputMatching(child: ChildProcessWithoutNullStreams, read: () => string, re: RegExp): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (!re.test(read())) return;
      child.stdout.off('data', check);
      child.stderr.off('data', check);
      resolve();
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    check();
  });
}

describe('scripts/cache-lock.sh', function () {
  this.timeout(20_000);
  let cache: string;

  beforeEach(() => {
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-lock-'));
  });

  afterEach(() => {
    fs.rmSync(cache, { recursive: true, force: true });
  });

  const install = () => run(`. '${LOCK_SCRIPT}' && lock_cache '${cache}' pulumi && echo installed`);

  it('takes a free lock without a word', async () => {
    const r = install();
    assert.equal(await r.exited, 0);
    assert.equal(r.stdout(), 'installed\n');
    assert.equal(r.stderr(), '');
  });

  it('says it waits for another install while the lock is held, then continues when it is released', async () => {
    const holder = run(`exec 9>'${cache}/.install.lock' && flock 9 && echo held && read -r _`);
    await outputMatching(holder.child, holder.stdout, /held/);
    const r = install();
    try {
      await outputMatching(r.child, r.stderr, /\n/);
      assert.match(r.stderr(), new RegExp(`^\\[pulumi\\] waiting for another install to finish: it holds ${cache}/\\.install\\.lock`));
      assert.equal(r.stdout(), '', 'went on while the lock was held');
    } finally {
      holder.child.stdin.end('\n');
      await holder.exited;
    }
    assert.equal(await r.exited, 0);
    assert.equal(r.stdout(), 'installed\n');
    assert.match(r.stderr(), /\[pulumi\] the other install finished; continuing\n$/);
  });
});
