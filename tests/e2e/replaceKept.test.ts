// `pulumi up --replace` of a customer gateway through the real CLI. What this proves is the engine's side, which the
// replacement guard (provider/src/resources/shared/replacementGuard.ts) rests on: a targeted replace sends no Diff,
// and it sends the replacement's Create and the old resource's Delete to the same plugin process, so the Delete
// keeps the customer gateway the Create took back. Each resource's own cases run in-process
// (tests/integration/server/{customerGateway,vpnGateway,vpnRouteEntry}.test.ts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DescribeCustomerGatewayRequest } from '@alicloud/vpc20160428';
import { vpcClient } from '../support/emulator';
import { resourcesOfType } from '../support/pulumi';
import { e2eContext, emptyProgram, REGION } from './support/stacks';

const TYPE = 'alicloudvpn:index:CustomerGateway';

const PROGRAM = [
  'import * as alicloudvpn from "pulumi-alicloudvpn";',
  'export const id = new alicloudvpn.CustomerGateway("uplink", { ipAddress: "203.0.113.90", asn: "65090" }).id;',
  '',
].join('\n');

describe('pulumi up --replace of a customer gateway under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  const dirs: string[] = [];

  after(function () {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function live(id: string): Promise<boolean> {
    return vpcClient(ctx.emu)
      .describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id }))
      .then(() => true, (e: Error) => {
        if (/InvalidCustomerGatewayInstanceId.NotFound/.test(e.message)) return false;
        throw e;
      });
  }

  it('keeps the customer gateway the replacement took over, with a warning, and destroy deletes it', async function () {
    const dir = emptyProgram('replace-kept');
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'index.ts'), PROGRAM);
    const ws = await ctx.program({ programDir: dir });
    await ws.up();
    const [before] = resourcesOfType(await ws.exportStack(), TYPE);
    const id = before.id ?? '';
    assert.match(id, /^cgw-/);

    const replaced = await ws.up(['--replace', before.urn]);
    assert.match(replaced.stdout, /replaced/, replaced.stdout);
    assert.ok(replaced.stdout.includes(`customer gateway ${id} is kept: the replacement of this resource took it over`), replaced.stdout);
    assert.deepEqual(resourcesOfType(await ws.exportStack(), TYPE).map((r) => r.id), [id], 'the state records the live customer gateway');
    assert.ok(await live(id), 'the customer gateway the state records is live');
    await ws.cliOk(['preview', '--expect-no-changes']);

    await ws.destroy();
    assert.equal(await live(id), false);
  });
});
