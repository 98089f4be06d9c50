// What a user does with an example once its README has deployed it, before the README's teardown: no perpetual diff,
// an in-place nested update that `preview --diff` shows at its path, and a replacement on a new customer gateway that
// leaves exactly one connection. tests/e2e/readme.test.ts runs it between an example README's blocks, so each example
// is deployed once.
import { strict as assert } from 'assert';
import { liveConnections, type EmulatorControl } from '../../support/emulator';
import type { PulumiWorkspace } from '../../support/pulumi';

export interface ExampleLifecycle {
  /**
   * One nested field to edit in index.ts, and the line `preview --diff` must then show. The SDK lists ikeConfig in
   * additionalSecretOutputs, so the engine shows its old values as [secret].
   */
  edit: { from: string; to: string; diffLine: RegExp; parent: string };
  /** Extra flags of `alicloudvpn-emulator customer-gateway create` for the gateway the connection moves to. */
  customerGatewayFlags?: string[];
}

export const EXAMPLE_LIFECYCLES: Readonly<Record<string, ExampleLifecycle>> = {
  basic: { edit: { from: 'ikeLifetime: 86400', to: 'ikeLifetime: 28800', diffLine: /~ ikeLifetime\s*:\s*(?:86400|\[secret\]) => 28800/, parent: 'ikeConfig' } },
  bgp: { edit: { from: 'interval: 3', to: 'interval: 5', diffLine: /~ interval\s*:\s*3 => 5/, parent: 'healthCheckConfig' }, customerGatewayFlags: ['--asn', '65020'] },
  guomi: { edit: { from: 'ipsecLifetime: 86400', to: 'ipsecLifetime: 43200', diffLine: /~ ipsecLifetime\s*:\s*86400 => 43200/, parent: 'ipsecConfig' } },
  dynamic: { edit: { from: 'ikeLifetime: 86400', to: 'ikeLifetime: 28800', diffLine: /~ ikeLifetime\s*:\s*(?:86400|\[secret\]) => 28800/, parent: 'ikeConfig' } },
};

/**
 * Runs the lifecycle on the deployed example in `ws` (its README's stack), against the emulator behind `control`;
 * `newCustomerGateway` makes another customer gateway the connection can move to.
 */
export async function runExampleLifecycle(ws: PulumiWorkspace, control: EmulatorControl, c: ExampleLifecycle, newCustomerGateway: () => Promise<string>): Promise<void> {
  const emu = { control };
  const created = await liveConnections(emu);
  assert.equal(created.length, 1, 'one connection after the README\'s up');

  const noChanges = await ws.preview(['--expect-no-changes']);
  assert.equal(noChanges.code, 0, `a second preview must show no changes:\n${noChanges.stdout}\n${noChanges.stderr}`);

  ws.editProgram(c.edit.from, c.edit.to);
  const diff = await ws.preview(['--diff']);
  assert.equal(diff.code, 0, diff.stdout + diff.stderr);
  assert.match(diff.stdout, new RegExp(`~ ${c.edit.parent}\\s*:\\s*\\{`), `preview --diff names ${c.edit.parent}:\n${diff.stdout}`);
  assert.match(diff.stdout, c.edit.diffLine, `preview --diff shows the nested field:\n${diff.stdout}`);
  assert.match(diff.stdout, /\(update\)/);
  assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);

  await ws.up();
  const updated = await liveConnections(emu);
  assert.equal(updated.length, 1);
  assert.equal(updated[0].VpnConnectionId, created[0].VpnConnectionId, 'updated in place, same id');

  const customerGatewayId = await newCustomerGateway();
  await ws.cliOk(['config', 'set', 'customerGatewayId', customerGatewayId]);
  const replaced = await ws.up();
  assert.match(replaced.stdout, /1 replaced/, replaced.stdout);
  const after = await liveConnections(emu);
  assert.equal(after.length, 1, `exactly one connection after the replacement: ${JSON.stringify(after.map((x) => x.VpnConnectionId))}`);
  assert.equal(after[0].CustomerGatewayId, customerGatewayId);
  assert.notEqual(after[0].VpnConnectionId, created[0].VpnConnectionId);
  // The README's teardown follows; the test checks that it leaves nothing.
}
