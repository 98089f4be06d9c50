// The generated Python SDK (sdk/python): it byte-compiles with the machine's Python, and its import graph
// closes (tests/support/pythonImportGraph.py). Running it needs the `pulumi` Python package and the released
// CLI's Python language host, neither of which can be installed here (see README).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SDK = path.join(ROOT, 'sdk', 'python');
const GRAPH = path.join(ROOT, 'tests', 'support', 'pythonImportGraph.py');

interface Graph {
  modules: number;
  imports: number;
  problems: string[];
}

function graphOf(dir: string): Graph {
  return JSON.parse(execFileSync('python3', [GRAPH, dir], { encoding: 'utf8' })) as Graph;
}

describe('sdk/python (generated)', function () {
  it('byte-compiles every module with the Python on the machine', function () {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-pyc-'));
    try {
      // The cache prefix keeps the bytecode out of the committed tree.
      const run = spawnSync('python3', ['-m', 'compileall', '-q', '-f', SDK], {
        encoding: 'utf8',
        env: { ...process.env, PYTHONPYCACHEPREFIX: out },
      });
      assert.equal(run.status, 0, run.stdout + run.stderr);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('has a closed import graph: every relative import resolves, every absolute one is declared', function () {
    const graph = graphOf(SDK);
    assert.deepEqual(graph.problems, []);
    assert.ok(graph.modules >= 8, `found ${graph.modules} modules`);
    assert.ok(graph.imports > 50);
  });

  it('reports a broken import (the checker is not vacuous)', function () {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-pysdk-'));
    try {
      fs.cpSync(SDK, copy, { recursive: true });
      const init = path.join(copy, 'pulumi_alicloudvpn', '__init__.py');
      fs.appendFileSync(init, '\nfrom .vpn_connection import NoSuchThing\nimport requests\n');
      fs.rmSync(path.join(copy, 'pulumi_alicloudvpn', 'outputs.py'));
      const problems = graphOf(copy).problems.join('\n');
      assert.match(problems, /defines no NoSuchThing/);
      assert.match(problems, /imports requests, not declared/);
      assert.match(problems, /vpn_connection.py: pulumi_alicloudvpn defines no outputs/);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('declares its resource and the Python names users import', function () {
    const plugin = JSON.parse(fs.readFileSync(path.join(SDK, 'pulumi_alicloudvpn', 'pulumi-plugin.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual({ resource: plugin.resource, name: plugin.name }, { resource: true, name: 'alicloudvpn' });
    const module = fs.readFileSync(path.join(SDK, 'pulumi_alicloudvpn', 'vpn_connection.py'), 'utf8');
    assert.match(module, /class VpnConnection\(pulumi\.CustomResource\)/);
    // Relaxed enums: a plain str is accepted wherever an enum is.
    const inputs = fs.readFileSync(path.join(SDK, 'pulumi_alicloudvpn', '_inputs.py'), 'utf8');
    assert.match(inputs, /ike_enc_alg: .*Union\[_builtins\.str, 'EncAlg'\]/);
  });
});
