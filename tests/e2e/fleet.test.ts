// Ten connections over three gateways, created at the engine's default parallelism: the provider must absorb
// VpnGateway.Configuring itself, and the fleet must go through the same lifecycle as a single connection.
import { strict as assert } from 'assert';
import { SeededGateways, seedGateways } from '../support/emulator';
import { e2eContext, liveConnections } from './support/stacks';

const GATEWAYS = 3;
const CONNECTIONS = 10;

describe('fleet example under the real Pulumi CLI', function () {
  const ctx = e2eContext();

  it('creates ten connections at default parallelism with no gateway-busy error, then updates, replaces and destroys them', async function () {
    const emu = ctx.emu;
    const gateways: SeededGateways[] = [];
    // Four customer gateways on the first seed (connection i uses customer gateway floor(i / 3)), plus a spare.
    gateways.push(await seedGateways(emu, { count: Math.ceil(CONNECTIONS / GATEWAYS) + 1 }));
    for (let i = 1; i < GATEWAYS; i++) gateways.push(await seedGateways(emu, { count: 0 }));
    const vpnGatewayIds = gateways.map((g) => g.vpnGatewayId);
    const customerGatewayIds = gateways[0].customerGatewayIds.slice(0, Math.ceil(CONNECTIONS / GATEWAYS));
    const spare = gateways[0].customerGatewayIds[Math.ceil(CONNECTIONS / GATEWAYS)];
    const ws = await ctx.example('fleet', {
      vpnGatewayIds: JSON.stringify(vpnGatewayIds),
      customerGatewayIds: JSON.stringify(customerGatewayIds),
    });

    // Default parallelism: no --parallel flag.
    const up = await ws.up();
    assert.doesNotMatch(up.stdout + up.stderr, /VpnGateway\.Configuring|error:/, up.stdout + up.stderr);
    assert.match(up.stdout, new RegExp(`\\+ ${CONNECTIONS + 1} created`));
    const created = await liveConnections(emu, vpnGatewayIds);
    assert.equal(created.length, CONNECTIONS);
    for (const id of vpnGatewayIds) {
      assert.ok(created.filter((c) => c.VpnGatewayId === id).length >= 3, `gateway ${id} carries its share`);
    }

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
    await ws.cliOk(['config', 'set', 'customerGatewayIds', JSON.stringify([spare, ...customerGatewayIds.slice(1)])]);
    const replaced = await ws.up();
    assert.match(replaced.stdout, new RegExp(`\\+-${GATEWAYS} replaced|${GATEWAYS} replaced`), replaced.stdout);
    const after = await liveConnections(emu, vpnGatewayIds);
    assert.equal(after.length, CONNECTIONS, 'replacement leaves one connection per resource');
    assert.equal(after.filter((c) => c.CustomerGatewayId === spare).length, GATEWAYS);
    assert.equal(after.filter((c) => c.CustomerGatewayId === customerGatewayIds[0]).length, 0);

    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, vpnGatewayIds), []);
  });
});
