// What a user does with an example its README deployed, before the README's teardown (support/exampleReadme.ts).
import { strict as assert } from 'assert';
import { liveConnections } from '../../support/emulator';
import type { CliResult } from '../../support/pulumi';
import type { BetweenDeployAndTeardown, PausedExample } from './exampleReadme';

/** One nested field to edit in index.ts, and the line `preview --diff` must then show. */
export interface NestedEdit {
  from: string;
  to: string;
  /** The SDK lists ikeConfig in additionalSecretOutputs, so the engine shows its old values as [secret]. */
  diffLine: RegExp;
  parent: string;
}

/** The one connection the README deployed; a second preview (with `env`: by another language host) shows no changes. */
export async function noPerpetualDiff({ ws, emu }: PausedExample, env?: Record<string, string>): Promise<CliResult> {
  assert.equal((await liveConnections(emu)).length, 1, 'one connection after the README\'s up');
  const noChanges = await ws.cli(['preview', '--expect-no-changes', '--diff'], { env });
  assert.equal(noChanges.code, 0, `a second preview must show no changes:\n${noChanges.stdout}\n${noChanges.stderr}`);
  return noChanges;
}

/** A connection example: a second preview shows no changes (its settings' updates run in the in-process tier). */
export const NO_PERPETUAL_DIFF: BetweenDeployAndTeardown = {
  proves: 'no perpetual diff',
  deletes: 2,
  run: async (example) => {
    await noPerpetualDiff(example);
  },
};

/**
 * A nested field edited in index.ts: `preview --diff` shows it at its path as an in-place update, and `up` (with
 * `env`: by another language host) applies it to the same connection.
 */
export async function nestedUpdate({ ws, emu }: PausedExample, edit: NestedEdit, env?: Record<string, string>): Promise<CliResult> {
  const [created] = await liveConnections(emu);
  ws.editProgram(edit.from, edit.to);
  const diff = await ws.preview(['--diff']);
  assert.equal(diff.code, 0, diff.stdout + diff.stderr);
  assert.match(diff.stdout, new RegExp(`~ ${edit.parent}\\s*:\\s*\\{`), `preview --diff names ${edit.parent}:\n${diff.stdout}`);
  assert.match(diff.stdout, edit.diffLine, `preview --diff shows the nested field:\n${diff.stdout}`);
  assert.match(diff.stdout, /\(update\)/);
  assert.doesNotMatch(diff.stdout, /\(replace\)|to replace/, `a nested edit must not replace:\n${diff.stdout}`);

  const up = await ws.cliOk(['up', '--yes', '--skip-preview'], { env });
  const updated = await liveConnections(emu);
  assert.equal(updated.length, 1);
  assert.equal(updated[0].VpnConnectionId, created.VpnConnectionId, 'updated in place, same id');
  return up;
}

/** A new customer gateway in the stack config replaces the connection, leaving exactly one. */
export async function replacementOnNewCustomerGateway(example: PausedExample): Promise<void> {
  const { ws, emu } = example;
  const [before] = await liveConnections(emu);
  const customerGatewayId = await example.newCustomerGateway();
  await ws.cliOk(['config', 'set', 'customerGatewayId', customerGatewayId]);
  const replaced = await ws.up();
  assert.match(replaced.stdout, /1 replaced/, replaced.stdout);
  const after = await liveConnections(emu);
  assert.equal(after.length, 1, `exactly one connection after the replacement: ${JSON.stringify(after.map((x) => x.VpnConnectionId))}`);
  assert.equal(after[0].CustomerGatewayId, customerGatewayId);
  assert.notEqual(after[0].VpnConnectionId, before.VpnConnectionId);
}

/** What nestedUpdateAndReplacement proves, for the test's title. */
export const NESTED_UPDATE_AND_REPLACEMENT = 'no perpetual diff, a nested in-place update and a replacement on a new customer gateway';

/**
 * No perpetual diff, an in-place nested update that `preview --diff` shows at its path, and a replacement on a new
 * customer gateway that leaves exactly one connection; the teardown deletes it and the stack (`deletes`).
 */
export function nestedUpdateAndReplacement(edit: NestedEdit, deletes = 2): BetweenDeployAndTeardown {
  return {
    proves: NESTED_UPDATE_AND_REPLACEMENT,
    deletes,
    run: async (example) => {
      await noPerpetualDiff(example);
      await nestedUpdate(example, edit);
      await replacementOnNewCustomerGateway(example);
    },
  };
}
