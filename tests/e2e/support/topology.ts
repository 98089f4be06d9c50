// The branch-office topology (examples/branch-office in TypeScript, YAML and Go) as the emulator holds it, and
// the checks every variant passes between its README's deploy and teardown.
import { strict as assert } from 'assert';
import * as path from 'path';
import { liveConnections, startEmulator, type EmulatorProcess } from '../../support/emulator';
import type { BetweenDeployAndTeardown, PausedExample } from './exampleReadme';

export interface LiveTopology {
  gateways: string[];
  customerGateways: string[];
  connections: string[];
  /** `<RouteType> <RouteDest> <NextHop> <Weight>`, sorted. */
  routes: string[];
}

/** What the emulator holds: ids of gateways, customer gateways and live connections, and every route entry. */
export async function liveTopology(emu: Pick<EmulatorProcess, 'control'>): Promise<LiveTopology> {
  const state = await emu.control.state();
  return {
    gateways: state.vpnGateways.map((g) => g.VpnGatewayId),
    customerGateways: state.customerGateways.map((g) => g.CustomerGatewayId),
    connections: (await liveConnections(emu)).map((c) => c.VpnConnectionId),
    routes: state.vpnRouteEntries.map((r) => `${r.RouteType} ${r.RouteDest} ${r.NextHop} ${r.Weight}`).sort(),
  };
}

/**
 * The branch office deployed: one single-tunnel gateway, two customer gateways, a connection to each, the staff
 * subnet's active and standby routes, the printers' route and a policy-based route; a second preview shows no changes.
 */
export async function assertDeployed({ ws, emu }: PausedExample): Promise<LiveTopology> {
  const live = await liveTopology(emu);
  const outputs = await ws.outputs();
  assert.deepEqual(live.gateways, [outputs.vpnGatewayId], 'one VPN gateway, the program\'s');
  assert.deepEqual([...live.customerGateways].sort(), [...(outputs.customerGatewayIds as string[])].sort(), 'two customer gateways, the program\'s');
  const [primary, backup] = outputs.connectionIds as string[];
  assert.deepEqual([...live.connections].sort(), [primary, backup].sort(), 'a connection to each uplink, the program\'s');
  assert.deepEqual(live.routes, [
    `dbr 192.168.50.0/24 ${backup} 0`,
    `dbr 192.168.50.0/24 ${primary} 100`,
    `dbr 192.168.60.0/24 ${primary} 100`,
    `pbr 192.168.70.0/24 ${primary} 100`,
  ].sort());
  assert.equal((outputs.routes as string[]).length, 4);
  assert.match(String(outputs.internetIp), /^\d+\.\d+\.\d+\.\d+$/, 'the gateway\'s public IP');
  assert.deepEqual(outputs.states, ['active', 'active']);
  const noChanges = await ws.preview(['--expect-no-changes']);
  assert.equal(noChanges.code, 0, `a second preview must show no changes:\n${noChanges.stdout}\n${noChanges.stderr}`);
  return live;
}

/** After the README's teardown: the emulator, started again on the state it saved, holds nothing of the program. */
export async function assertTornDown({ cwd }: { cwd: string }): Promise<void> {
  const emu = await startEmulator({ stateFile: path.join(cwd, '.pulumi-state', 'emulator.json') });
  try {
    assert.deepEqual(await liveTopology(emu), { gateways: [], customerGateways: [], connections: [], routes: [] }, 'destroy leaves no gateway, customer gateway, connection or route');
  } finally {
    await emu.stop();
  }
}

/** The YAML and Go variants: the same topology, no perpetual diff, nothing left after destroy. */
export const DEPLOYED_AND_TORN_DOWN: BetweenDeployAndTeardown = {
  proves: 'the whole topology, no perpetual diff, and nothing left after destroy',
  // Nine resources and the stack.
  deletes: 10,
  run: async (example) => {
    await assertDeployed(example);
  },
  afterTeardown: assertTornDown,
};
