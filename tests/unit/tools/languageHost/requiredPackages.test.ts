import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findRequiredPackages, toRequiredPackage } from 'alicloudvpn-language-host/dist/requiredPackages';

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

describe('plugins a program needs, from installed packages', function () {
  let root: string;

  beforeEach(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'langhost-packages-'));
  });

  afterEach(function () {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('finds resource plugins in the program’s node_modules and in an ancestor’s (workspace hoisting)', function () {
    const program = path.join(root, 'app', 'program');
    writeJson(path.join(root, 'node_modules', 'pulumi-alicloudvpn', 'package.json'), {
      name: 'pulumi-alicloudvpn', version: '0.1.0', pulumi: { resource: true, name: 'alicloudvpn' },
    });
    writeJson(path.join(program, 'node_modules', '@pulumi', 'random', 'package.json'), {
      name: '@pulumi/random', version: '4.16.0', pulumi: { resource: true },
    });
    writeJson(path.join(program, 'node_modules', 'left-pad', 'package.json'), { name: 'left-pad', version: '1.3.0' });
    const { packages, errors } = findRequiredPackages(program);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      packages.map((p) => `${p.name}@${p.version}`).sort(),
      ['alicloudvpn@v0.1.0', 'random@v4.16.0'],
    );
  });

  it('reports a third-party package without pulumi.name instead of guessing', function () {
    assert.throws(() => toRequiredPackage({ name: 'my-provider', version: '1.0.0', pulumi: { resource: true } }), /missing property "name"/);
  });

  it('prefers pulumi.version over the npm version and keeps an explicit v prefix', function () {
    assert.equal(toRequiredPackage({ name: '@pulumi/x', version: '1.0.0', pulumi: { resource: true, version: 'v2.0.0' } })?.version, 'v2.0.0');
  });

  it('ignores packages that are not resource plugins', function () {
    assert.equal(toRequiredPackage({ name: '@pulumi/pulumi', version: '3.248.0' }), undefined);
  });
});
