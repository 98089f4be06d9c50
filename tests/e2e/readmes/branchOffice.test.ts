// examples/branch-office (TypeScript) as its README deploys it, then a user's day with the whole topology through
// the real CLI: no perpetual diff; a route's weight changed in the program, which the report names as a route
// change and the engine applies in place; a customer gateway's description changed in the console, which
// `preview --refresh --diff` reports and `up --refresh` restores; and the README's destroy, after which the
// emulator holds nothing the program made. On the way, the policy pack refuses a gateway with IPsec turned off
// under the connection, and the report names the gateway replacement that change would be.
import { strict as assert } from 'assert';
import * as path from 'path';
import { DescribeCustomerGatewayRequest, ModifyCustomerGatewayAttributeRequest } from '@alicloud/vpc20160428';
import { buildReport, parsePreview, renderMarkdown } from 'pulumi-alicloudvpn-report';
import { vpcClient } from '../../support/emulator';
import { REPO_ROOT } from '../../support/pulumi';
import { describeExampleReadme } from '../support/exampleReadme';
import { REGION } from '../support/stacks';
import { assertDeployed, assertTornDown, liveTopology } from '../support/topology';

describeExampleReadme('branch-office', {
  proves: 'the whole topology, no perpetual diff, a route weight changed in place and named by the report, a customer gateway\'s drift reported and restored, and the policy pack refusing IPsec off under the connection',
  deletes: 10,
  run: async (example) => {
    const { ws, emu } = example;
    await assertDeployed(example);
    const outputs = await ws.outputs();
    const [primary] = outputs.connectionIds as string[];

    // The printers' route becomes a standby route: weight 100 → 0, in place.
    ws.editProgram('route("printers", "192.168.60.0/24", primary.id, 100)', 'route("printers", "192.168.60.0/24", primary.id, 0)');
    const planned = await ws.preview(['--json']);
    assert.equal(planned.code, 0, planned.stdout + planned.stderr);
    const comment = renderMarkdown(buildReport(parsePreview(planned.stdout)));
    assert.match(comment, /\| `printers` \| route entry \| update in place \| route change; 1 property \|/, comment);
    assert.match(comment, new RegExp(`> Changes the route of traffic to \`192\\.168\\.60\\.0/24\` through \`${primary}\`: weight \`100\` → \`0\``), comment);
    const summary = (JSON.parse(planned.stdout) as { changeSummary: Record<string, number> }).changeSummary;
    assert.deepEqual(Object.keys(summary).filter((op) => op !== 'same'), ['update'], `a weight change is in place, nothing else changes: ${JSON.stringify(summary)}`);
    assert.equal(summary.update, 1);
    const up = await ws.up();
    assert.match(up.stdout, /~ 1 updated/, up.stdout);
    const live = await liveTopology(emu);
    assert.ok(live.routes.includes(`dbr 192.168.60.0/24 ${primary} 0`), `the live route's weight is 0: ${live.routes.join(', ')}`);
    assert.equal(live.connections.length, 2, 'the connections are kept');

    // The LTE uplink's description changed in the console.
    const [, lte] = outputs.customerGatewayIds as string[];
    await vpcClient(emu).modifyCustomerGatewayAttribute(new ModifyCustomerGatewayAttributeRequest({ regionId: REGION, customerGatewayId: lte, description: 'changed in console' }));
    const refreshed = await ws.preview(['--refresh', '--diff']);
    assert.equal(refreshed.code, 0, refreshed.stdout + refreshed.stderr);
    assert.match(refreshed.stdout, /~ description\s*:\s*"changed in console" => "LTE uplink"/, `the plan puts the program's description back:\n${refreshed.stdout}`);
    assert.match(refreshed.stdout, /lte-uplink/, refreshed.stdout);
    await ws.up(['--refresh']);
    const restored = await vpcClient(emu).describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: REGION, customerGatewayId: lte }));
    assert.equal(restored.body?.description, 'LTE uplink');

    // The policy pack stops a program that turns IPsec off on the gateway its connection hangs on.
    const current = ws.readProgram();
    ws.editProgram('enableIpsec: true,', 'enableIpsec: false,');
    // Without the pack, the report names the gateway's replacement, its cause, and what it takes along.
    const replacing = await ws.preview(['--json']);
    const replacement = renderMarkdown(buildReport(parsePreview(replacing.stdout)));
    assert.match(replacement, /\| `hq` \| VPN gateway \| replace \| forced by `enableIpsec`; traffic outage; 1 property \|/, replacement);
    assert.match(replacement, /every connection and route on it is replaced with it/, replacement);
    const blocked = await ws.preview(['--policy-pack', path.join(REPO_ROOT, 'policy')]);
    ws.writeProgram(current);
    assert.notEqual(blocked.code, 0, blocked.stdout + blocked.stderr);
    assert.match(blocked.stdout + blocked.stderr, /alicloudvpn-ipsec-disabled-gateway/, blocked.stdout + blocked.stderr);
    assert.match(blocked.stdout + blocked.stderr, /VPN connection `primary` is on VPN gateway `hq`, whose `enableIpsec` is false/, blocked.stdout + blocked.stderr);
  },
  afterTeardown: assertTornDown,
});
