// alicloudvpn-report as a command: arguments, input from a file or stdin, output, and the exit codes.
import { strict as assert } from 'node:assert';
import { CliIo, run } from 'pulumi-alicloudvpn-report';
import { previewText } from './fixtures';

interface FakeIo extends CliIo {
  out: string;
  err: string;
  written: Record<string, string>;
}

function fakeIo(stdin = '', files: Record<string, string> = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: {},
    readStdin: () => stdin,
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return files[p];
    },
    writeFile: (p, text) => {
      io.written[p] = text;
    },
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
  return io;
}

describe('report CLI', () => {
  it('reads stdin, writes Markdown and exits 2 on changes', () => {
    const io = fakeIo(previewText('update'));
    assert.equal(run([], io), 2);
    assert.match(io.out, /^<!-- alicloudvpn-report -->\n## alicloudvpn preview on stack `dev`: 1 to update/);
    assert.equal(io.err, '');
  });

  it('reads a file named on the command line, or stdin for "-"', () => {
    assert.equal(run(['p.json'], fakeIo('', { 'p.json': previewText('no-change') })), 0);
    assert.equal(run(['-'], fakeIo(previewText('no-change'))), 0);
  });

  it('writes JSON with --format json and exits 3 on drift', () => {
    const io = fakeIo(previewText('drift'));
    assert.equal(run(['--format', 'json'], io), 3);
    const doc = JSON.parse(io.out) as { outcome: string; exitCode: number; drift: unknown[] };
    assert.deepEqual([doc.outcome, doc.exitCode, doc.drift.length], ['drift', 3, 1]);
  });

  it('writes to --output instead of stdout', () => {
    const io = fakeIo(previewText('replace'));
    assert.equal(run(['-o', 'comment.md'], io), 2);
    assert.equal(io.out, '');
    assert.match(io.written['comment.md'], /forces replacement/);
  });

  it('exits 1 with the reason on bad arguments or input', () => {
    const cases: Array<[string[], string, RegExp]> = [
      [['--bogus'], '', /Unknown option '--bogus'/],
      [['--format', 'yaml'], previewText('update'), /--format must be markdown or json/],
      [['a.json', 'b.json'], '', /one input file at most/],
      [['missing.json'], '', /ENOENT/],
      [[], '', /empty/],
      [[], 'error: no stack selected', /not JSON/],
    ];
    for (const [args, stdin, message] of cases) {
      const io = fakeIo(stdin);
      assert.equal(run(args, io), 1, args.join(' '));
      assert.match(io.err, message);
    }
  });

  it('exits 1 on a failed preview and shows its errors', () => {
    const failed = JSON.stringify({ steps: [], diagnostics: [{ severity: 'error', message: 'error: preview failed\n' }] });
    const io = fakeIo(failed);
    assert.equal(run([], io), 1);
    assert.match(io.out, /preview failed/);
    assert.match(io.out, /### Errors/);
  });

  it('prints usage with --help and exits 0', () => {
    const io = fakeIo();
    assert.equal(run(['--help'], io), 0);
    assert.match(io.out, /Exit codes: 0 no changes, 2 changes, 3 drift/);
  });
});
