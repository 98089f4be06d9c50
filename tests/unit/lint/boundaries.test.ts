import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ESLint, Linter } from 'eslint';

// The import boundaries of the house layering (eslint.config.mjs) must bite: each offending import, written at a
// virtual path inside the layer, is reported by the boundary rule with the reason, and the layer's own imports pass.
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;

async function boundaryMessages(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result.messages.filter((m) => m.fatal || m.ruleId === null);
  assert.deepEqual(fatal, [], `${file} was not linted`);
  return result.messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}

async function assertBlocked(file: string, code: string, reason: string, rule = 'no-restricted-imports'): Promise<void> {
  const messages = await boundaryMessages(file, code);
  assert.equal(messages.length, 1, `expected one boundary report for ${file}: ${code}\ngot ${JSON.stringify(messages, null, 2)}`);
  assert.equal(messages[0].ruleId, rule);
  assert.ok(messages[0].message.includes(reason), `message "${messages[0].message}" does not give the reason "${reason}"`);
}

async function assertAllowed(file: string, code: string): Promise<void> {
  assert.deepEqual(await boundaryMessages(file, code), [], `${file} should be allowed: ${code}`);
}

const use = (specifier: string): string => `import { thing } from '${specifier}';\nexport const used = thing;\n`;

describe('lint: import boundaries', function () {
  this.timeout(30_000);

  before(async () => {
    eslint = new ESLint({ cwd: ROOT });
    await eslint.lintText('export {};\n', { filePath: path.join(ROOT, 'provider/src/cloud/warmUp.ts') });
  });

  describe('provider/src/cloud/', () => {
    const file = 'provider/src/cloud/x.ts';
    const NO_SERVER = 'cloud/ is the port to Alibaba Cloud and knows nothing about Pulumi';
    const NO_RESOURCES = 'cloud/ never imports resources/';

    it('rejects importing server/ by relative path', async () => {
      await assertBlocked(file, use('../server/codec'), NO_SERVER);
      await assertBlocked(file, use('../server'), NO_SERVER);
      await assertBlocked('provider/src/cloud/nested/y.ts', use('../../server/grpcServer'), NO_SERVER);
    });

    it('rejects type-only imports and re-exports of server/ too', async () => {
      await assertBlocked(file, "import type { Codec } from '../server/codec';\nexport type C = Codec;\n", NO_SERVER);
      await assertBlocked(file, "export { encode } from '../server/codec';\n", NO_SERVER);
      await assertBlocked(file, "export * from '../server/codec';\n", NO_SERVER);
    });

    it('rejects importing server/ through the provider package name', async () => {
      await assertBlocked(file, use('pulumi-resource-alicloudvpn/dist/server/codec'), NO_SERVER);
    });

    it('rejects importing resources/, directly or through the provider entry', async () => {
      await assertBlocked(file, use('../resources/resource'), NO_RESOURCES);
      await assertBlocked(file, use('pulumi-resource-alicloudvpn/dist/resources/vpnConnection'), NO_RESOURCES);
      await assertBlocked(file, use('..'), 'provider/src/index.ts re-exports resources/');
      await assertBlocked(file, use('../index'), 'provider/src/index.ts re-exports resources/');
      await assertBlocked(file, use('pulumi-resource-alicloudvpn'), 'its entry re-exports resources/');
    });

    it('rejects Pulumi packages', async () => {
      await assertBlocked(file, use('@pulumi/pulumi'), 'knows nothing about Pulumi');
      await assertBlocked(file, use('@grpc/grpc-js'), 'knows nothing about Pulumi');
    });

    it('rejects dynamic import(), which the boundary rules cannot read', async () => {
      await assertBlocked(file, "export const codec = import('../server/codec');\n", 'Use a static import', 'no-restricted-syntax');
    });

    it('never loads the VPC SDK: actions are called by name through rpcClient.ts', async () => {
      await assertBlocked(file, use('@alicloud/vpc20160428'), 'through ./rpcClient');
      await assertBlocked(file, use('@alicloud/vpc20160428/dist/client'), 'through ./rpcClient');
    });

    it('allows its own files, the other Alibaba packages and Node builtins', async () => {
      await assertAllowed(file, use('./errors'));
      await assertAllowed(file, use('./rpcClient'));
      await assertAllowed(file, use('@alicloud/openapi-core'));
      await assertAllowed(file, use('@alicloud/credentials'));
      await assertAllowed(file, use('node:crypto'));
    });
  });

  describe('provider/src/resources/', () => {
    const file = 'provider/src/resources/vpnConnection/x.ts';

    it('rejects the Alibaba SDK', async () => {
      const reason = 'resources/ never imports the Alibaba SDK (@alicloud/*): it reaches Alibaba Cloud only through the cloud/ port';
      await assertBlocked(file, use('@alicloud/vpc20160428'), reason);
      await assertBlocked(file, use('@alicloud/openapi-core'), reason);
      await assertBlocked('provider/src/resources/resource.ts', use('@alicloud/credentials'), reason);
    });

    it('rejects server/', async () => {
      const reason = 'resources/ never imports server/: server/ calls resources/';
      await assertBlocked(file, use('../../server/codec'), reason);
      await assertBlocked('provider/src/resources/resource.ts', use('../server/codec'), reason);
      await assertBlocked(file, use('pulumi-resource-alicloudvpn/dist/server'), reason);
    });

    it('allows the cloud port, its own files and other packages', async () => {
      await assertAllowed(file, use('../../cloud'));
      await assertAllowed(file, use('../resource'));
      await assertAllowed(file, use('./wire'));
      await assertAllowed(file, use('ipaddr.js'));
    });
  });

  describe('emulator/', () => {
    const file = 'emulator/src/handlers/x.ts';
    const INDEPENDENT = 'emulator/ imports nothing from provider/ or sdk/: it is an independent implementation';

    it('rejects the provider and the SDK by package name', async () => {
      await assertBlocked(file, use('pulumi-resource-alicloudvpn'), INDEPENDENT);
      await assertBlocked(file, use('pulumi-resource-alicloudvpn/dist/cloud'), INDEPENDENT);
      await assertBlocked(file, use('pulumi-alicloudvpn'), INDEPENDENT);
      await assertBlocked(file, use('pulumi-alicloudvpn/dynamic'), INDEPENDENT);
      await assertBlocked(file, use('pulumi-alicloudvpn-dynamic'), INDEPENDENT);
    });

    it('rejects relative imports that leave emulator/', async () => {
      await assertBlocked(file, use('../../../provider/src/cloud/errors'), 'No relative import leaves emulator/');
      await assertBlocked(file, use('../../../sdk/nodejs'), 'No relative import leaves emulator/');
      await assertBlocked('emulator/src/x.ts', use('../../provider/src/cloud'), 'No relative import leaves emulator/');
      await assertBlocked('emulator/src/x.ts', use('./models/../../../provider/src/cloud'), 'No relative import leaves emulator/');
    });

    it('allows its own files, the Alibaba SDK and Node builtins', async () => {
      await assertAllowed(file, use('../models/store'));
      await assertAllowed(file, use('../../package.json'));
      await assertAllowed('emulator/src/x.ts', use('./handlers/actions'));
      await assertAllowed(file, use('@alicloud/openapi-core'));
      await assertAllowed(file, use('node:http'));
    });
  });

  describe('examples/', () => {
    const file = 'examples/basic/index.ts';
    const ONLY_SDK = 'examples/ import only the SDK (pulumi-alicloudvpn, pulumi-alicloudvpn-dynamic), @pulumi/pulumi and Node builtins';
    const STAYS_INSIDE = 'No relative import leaves the example directory';

    it('rejects the provider plugin', async () => {
      await assertBlocked(file, use('pulumi-resource-alicloudvpn'), 'examples/ never import the provider plugin');
      await assertBlocked(file, use('pulumi-resource-alicloudvpn/dist/cloud'), 'examples/ never import the provider plugin');
    });

    it('rejects packages other than the SDK, @pulumi/pulumi and Node builtins', async () => {
      await assertBlocked(file, use('@alicloud/vpc20160428'), ONLY_SDK);
      await assertBlocked(file, use('ipaddr.js'), ONLY_SDK);
      await assertBlocked(file, use('@pulumi/pulumi-extra'), ONLY_SDK);
    });

    it('rejects relative imports that leave the example directory', async () => {
      await assertBlocked(file, use('../../provider/src/cloud'), STAYS_INSIDE);
      await assertBlocked(file, use('../fleet/index'), STAYS_INSIDE);
      await assertBlocked(file, use('./lib/../../fleet'), STAYS_INSIDE);
      await assertBlocked('examples/basic/lib/helpers.ts', use('../../fleet'), STAYS_INSIDE);
    });

    it('allows the SDK, @pulumi/pulumi, Node builtins and its own files', async () => {
      await assertAllowed(file, use('pulumi-alicloudvpn'));
      await assertAllowed(file, use('pulumi-alicloudvpn/dynamic'));
      await assertAllowed(file, use('pulumi-alicloudvpn-dynamic'));
      await assertAllowed(file, use('@pulumi/pulumi'));
      await assertAllowed(file, use('fs'));
      await assertAllowed(file, use('fs/promises'));
      await assertAllowed(file, use('node:path'));
      await assertAllowed(file, use('./lib/helpers'));
      await assertAllowed('examples/basic/lib/helpers.ts', use('../config'));
    });
  });
});
