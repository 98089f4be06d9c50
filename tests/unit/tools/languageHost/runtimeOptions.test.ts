import { strict as assert } from 'assert';
import { parseRuntimeOptions, splitShellWords } from 'alicloudvpn-language-host/dist/runtimeOptions';

describe('nodejs runtime options', function () {
  it('defaults to TypeScript with the auto package manager', function () {
    assert.deepEqual(parseRuntimeOptions(undefined), { typescript: true, nodeargs: [], packagemanager: 'auto' });
  });

  it('reads typescript, tsconfig, nodeargs and packagemanager', function () {
    const opts = parseRuntimeOptions({ typescript: false, tsconfig: 'tsconfig.pulumi.json', nodeargs: '--max-old-space-size=4096 --trace-warnings', packagemanager: 'pnpm' });
    assert.deepEqual(opts, {
      typescript: false,
      tsconfig: 'tsconfig.pulumi.json',
      nodeargs: ['--max-old-space-size=4096', '--trace-warnings'],
      packagemanager: 'pnpm',
    });
  });

  it('names the allowed package managers when given another', function () {
    assert.throws(() => parseRuntimeOptions({ packagemanager: 'cargo' }), /one of auto, npm, yarn, pnpm, bun, got "cargo"/);
  });

  it('rejects a non-boolean typescript option', function () {
    assert.throws(() => parseRuntimeOptions({ typescript: 'yes' }), /typescript option must be a boolean/);
  });

  it('splits nodeargs like a shell, keeping quoted words whole', function () {
    assert.deepEqual(splitShellWords(`--a "b c" 'd e' f\\ g`), ['--a', 'b c', 'd e', 'f g']);
    assert.throws(() => splitShellWords('"open'), /unterminated quote/);
  });
});
