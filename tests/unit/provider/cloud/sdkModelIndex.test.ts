// The plugin loads @alicloud/vpc20160428 with a lazy model index (provider/src/cloud/sdkModelIndex.ts). These tests
// hold it to the installed SDK: every export the published index has is there and is the class of that name, and a
// model.js laid out otherwise leaves the published index in place.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { modelIndex } from 'pulumi-resource-alicloudvpn/dist/cloud/sdkModelIndex';

const PROVIDER = path.dirname(require.resolve('pulumi-resource-alicloudvpn/package.json'));
const MODEL_JS = path.join(path.dirname(require.resolve('@alicloud/vpc20160428', { paths: [PROVIDER] })), 'models', 'model.js');

describe('the lazy model index of @alicloud/vpc20160428', () => {
  const source = readFileSync(MODEL_JS, 'utf8');

  it('indexes every export of the installed model.js to the file that defines it', () => {
    const index = modelIndex(source);
    assert.ok(index !== undefined, 'the installed model.js is laid out as expected');
    assert.equal(index.size, source.match(/exports\.\w+ = /g)?.length);
    assert.deepEqual(index.get('CreateVpnConnectionRequestTags'), ['CreateVpnConnectionRequest', 'CreateVpnConnectionRequestTags']);
    assert.deepEqual(index.get('DescribeVpnGatewayResponse'), ['DescribeVpnGatewayResponse', 'DescribeVpnGatewayResponse']);
  });

  it('gives up, so the published index loads, on a model.js it does not recognise', () => {
    assert.equal(modelIndex(''), undefined);
    const orphan = 'exports.A = void 0;\nObject.defineProperty(exports, "A", { enumerable: true, get: function () { return A_1.A; } });';
    assert.equal(modelIndex(orphan), undefined, 'an export whose file is unknown');
    const known = orphan.replace('exports.A = void 0;', 'exports.A = void 0;\nvar A_1 = require("./A");');
    assert.deepEqual(modelIndex(known), new Map([['A', ['A', 'A']]]));
    assert.equal(modelIndex(known.replace('exports.A = ', 'exports.B = exports.A = ')), undefined, 'a declared export left out of the index');
  });

  it('loads a model only when it is used, and every export is the class of that name', () => {
    // A child process: this one may already hold the published index.
    const script = `
      const path = require('path');
      const { $Vpc } = require('pulumi-resource-alicloudvpn/dist/cloud/vpcSdk');
      const dir = ${JSON.stringify(path.dirname(MODEL_JS))} + path.sep;
      const loaded = () => Object.keys(require.cache).filter((f) => f.startsWith(dir)).length;
      const atLoad = loaded();
      new $Vpc.default({ endpoint: '127.0.0.1', accessKeyId: 'id', accessKeySecret: 'key' });
      const afterClient = loaded();
      const names = Object.keys($Vpc).filter((n) => n !== 'default' && n !== '__esModule');
      const wrong = names.filter((n) => typeof $Vpc[n] !== 'function' || $Vpc[n].name !== n);
      console.log(JSON.stringify({ atLoad, afterClient, names: names.length, wrong }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: PROVIDER, encoding: 'utf8' })) as {
      atLoad: number;
      afterClient: number;
      names: number;
      wrong: string[];
    };
    assert.equal(out.atLoad, 1, 'loading the SDK loads only the index');
    assert.equal(out.afterClient, 1, 'creating a client loads no model');
    assert.equal(out.names, modelIndex(source)?.size);
    assert.deepEqual(out.wrong, []);
  });
});
