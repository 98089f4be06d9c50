import { strict as assert } from 'node:assert';
import { parseArgs, UsageError } from 'pulumi-resource-alicloudvpn/dist/server/args';
import { usage, type Subcommand } from 'pulumi-resource-alicloudvpn/dist/server/usage';

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

  it('reads --help, -h and --version, the flags a person types', () => {
    assert.equal(parseArgs(['--help']).help, true);
    assert.equal(parseArgs(['-h']).help, true);
    assert.equal(parseArgs(['--version']).version, true);
    assert.equal(parseArgs(['addr:1']).help, undefined);
  });
});

describe('plugin usage text', () => {
  it('says what the binary is, that the engine starts it, and the flags a person may use', () => {
    const text = usage([], '1.2.3');
    assert.match(text, /^pulumi-resource-alicloudvpn 1\.2\.3: the Pulumi resource provider plugin for Alibaba Cloud IPsec-VPN connections/);
    assert.match(text, /The Pulumi engine starts this binary itself/);
    assert.match(text, /--help \| -h\n/);
    assert.match(text, /--version\n\s+print the plugin version/);
  });

  it('lists every registered subcommand with its arguments and summary', () => {
    const orphans: Subcommand = { name: 'orphans', args: '--stack NAME', summary: 'list connections no stack owns', run: async () => 0 };
    assert.match(usage([orphans], '1.2.3'), /\n {2}pulumi-resource-alicloudvpn orphans --stack NAME\n {6}list connections no stack owns\n/);
  });
});
