// examples/fleet as its README deploys it (ten connections over three gateways, at the engine's default
// parallelism): the provider absorbs VpnGateway.Configuring itself, and the fleet goes through the same lifecycle as a
// single connection before the README tears it down.
import { strict as assert } from 'assert';
import { liveConnections } from '../../support/emulator';
import { describeExampleReadme } from '../support/exampleReadme';

const CONNECTIONS = 10;
const GATEWAYS = 3;

describeExampleReadme('fleet', {
  proves: 'no gateway-busy error at default parallelism, no perpetual diff, ten updates in place and three replacements',
  deletes: CONNECTIONS + 1,
  run: async ({ ws, emu, newCustomerGateway }) => {
    const created = await liveConnections(emu);
    assert.equal(created.length, CONNECTIONS);
    const gateways = [...new Set(created.map((c) => c.VpnGatewayId))];
    assert.equal(gateways.length, GATEWAYS);
    for (const id of gateways) assert.ok(created.filter((c) => c.VpnGatewayId === id).length >= 3, `gateway ${id} carries its share`);

    const noChanges = await ws.preview(['--expect-no-changes']);
    assert.equal(noChanges.code, 0, noChanges.stdout + noChanges.stderr);

    ws.editProgram('ikePfs: "group14"', 'ikePfs: "group5"');
    const diff = await ws.preview(['--diff']);
    assert.equal(diff.code, 0, diff.stdout + diff.stderr);
    assert.match(diff.stdout, /~ ikePfs\s*:\s*(?:"group14"|\[secret\]) => "group5"/, diff.stdout);
    assert.match(diff.stdout, new RegExp(`~ ${CONNECTIONS} to update`), diff.stdout);
    assert.doesNotMatch(diff.stdout, /to replace/, diff.stdout);
    const updated = await ws.up();
    assert.doesNotMatch(updated.stdout + updated.stderr, /VpnGateway\.Configuring/);

    // Connections 0..2 use customerGatewayIds[0]: swapping it replaces exactly those three.
    const first = (await ws.cliOk(['config', 'get', '--path', 'customerGatewayIds[0]'])).stdout.trim();
    const spare = await newCustomerGateway();
    await ws.cliOk(['config', 'set', '--path', 'customerGatewayIds[0]', spare]);
    const replaced = await ws.up();
    assert.match(replaced.stdout, new RegExp(`${GATEWAYS} replaced`), replaced.stdout);
    const after = await liveConnections(emu);
    assert.equal(after.length, CONNECTIONS, 'replacement leaves one connection per resource');
    assert.equal(after.filter((c) => c.CustomerGatewayId === spare).length, GATEWAYS);
    assert.equal(after.filter((c) => c.CustomerGatewayId === first).length, 0);
  },
  afterTeardown: ({ output }) => assert.doesNotMatch(output, /VpnGateway\.Configuring|error:/, 'no gateway-busy error, no error at all'),
});
