import { strict as assert } from 'node:assert';
import { parseArgs, UsageError } from 'pulumi-resource-alicloudvpn/dist/server/args';

describe('plugin command line', () => {
  it('takes the engine address as the only positional argument', () => {
    assert.deepEqual(parseArgs(['127.0.0.1:4000']), { engineAddress: '127.0.0.1:4000', logToStderr: false, verbosity: 0 });
  });

  it('reads the flags the engine passes before the address', () => {
    const args = parseArgs(['--logtostderr', '-v=9', '--tracing', 'tcp://127.0.0.1:9411', '127.0.0.1:4000']);
    assert.deepEqual(args, {
      engineAddress: '127.0.0.1:4000',
      logToStderr: true,
      verbosity: 9,
      tracing: 'tcp://127.0.0.1:9411',
    });
  });

  it('accepts -v with a separate value and --tracing=URL', () => {
    const args = parseArgs(['-v', '3', '--tracing=http://t', 'addr:1']);
    assert.equal(args.verbosity, 3);
    assert.equal(args.tracing, 'http://t');
  });

  it('starts without an engine address (attach mode)', () => {
    assert.equal(parseArgs([]).engineAddress, undefined);
  });

  it('tolerates flags it does not know', () => {
    assert.equal(parseArgs(['--some-future-flag', 'addr:1']).engineAddress, 'addr:1');
  });

  it('rejects two addresses and a bad verbosity with a usage error', () => {
    assert.throws(() => parseArgs(['a:1', 'b:2']), UsageError);
    assert.throws(() => parseArgs(['-v=high', 'a:1']), /invalid verbosity "high"/);
    assert.throws(() => parseArgs(['--tracing']), /needs a value/);
  });
});
