// Two clones on one machine share the CLI cache (scripts/install-pulumi.sh) but nothing else: each gets its own
// `.pulumi-bin`, the cache holds nothing that points into either, and removing one leaves the other's programs running.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PulumiWorkspace, pulumiBinDir, pulumiCacheDir, REPO_ROOT } from '../support/pulumi';
import { stageClone } from './support/clones';

const ECHO_PROGRAM = path.join(REPO_ROOT, 'tests', 'fixtures', 'programs', 'echo');

/** Every link in `dir` whose target, and every small file whose text, names one of `places`. */
function pointersInto(dir: string, places: string[]): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) {
      const target = path.resolve(path.dirname(file), fs.readlinkSync(file));
      if (places.some((p) => target.startsWith(p))) found.push(`${file} -> ${target}`);
    } else if (entry.isFile() && fs.statSync(file).size < 1 << 20) {
      const text = fs.readFileSync(file, 'latin1');
      if (places.some((p) => text.includes(p))) found.push(file);
    }
  }
  return found;
}

describe('clones sharing the CLI cache', function () {
  let root: string;
  let ws: PulumiWorkspace | undefined;
  before(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-clones-'));
  });
  after(async function () {
    await ws?.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('each get a bin directory of their own, and one runs TypeScript programs after the other is deleted', async function () {
    const [first, second] = ['first', 'second'].map((name) => stageClone(path.join(root, name)));
    // The second clone installs last, and is the one deleted below.
    const bins = [first, second].map((clone) => execFileSync('make', ['-s', 'pulumi-bin'], { cwd: clone, encoding: 'utf8' }).trim());
    assert.deepEqual(bins, [path.join(first, '.pulumi-bin'), path.join(second, '.pulumi-bin')]);
    assert.deepEqual(pointersInto(pulumiCacheDir(), [first, second]), [], 'the cache points into neither clone');

    fs.rmSync(second, { recursive: true, force: true });
    ws = await PulumiWorkspace.create({ programDir: ECHO_PROGRAM, config: { 'langhost-echo:text': 'first' } });
    await ws.cliOk(['config', 'set', '--secret', 'token', 'clone-token']);
    // Only the first clone's bin directory: not this clone's, not the deleted one's.
    const env = { PATH: [bins[0], ...(process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== pulumiBinDir())].join(path.delimiter) };
    const up = await ws.cliOk(['up', '--yes', '--skip-preview'], { env });
    assert.match(up.stdout, /\+ 2 created/, up.stdout);
    assert.doesNotMatch(up.stderr, /from \$PATH/, `the first clone's CLI finds its hosts beside itself:\n${up.stderr}`);
    assert.deepEqual(await ws.outputs(), { greeting: 'hi from langhost-echo/e2e', echoed: 'first', token: 'clone-token' });
    await ws.cliOk(['destroy', '--yes', '--skip-preview'], { env });
  });
});
