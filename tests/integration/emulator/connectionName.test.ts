import { strict as assert } from 'node:assert';
import Client, { ModifyVpnConnectionAttributeRequest } from '@alicloud/vpc20160428';
import { seedGateways, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { createDualConnection } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { createConnection, describeConnection, expectApiError, REGION, settle } from './helpers';

// SDK 7.3.2 documents 1–100 characters not starting with http(s)://; the seed document 2–128
// starting with a letter or Chinese character. The emulator refuses only what both refuse.
describe('emulator connection name rule (the union of the SDK and the seed document)', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: { count: 1 } }, (s) => ({ emu, client, gw } = s));

  const accepted: Array<[string, string]> = [
    ['one character (SDK rule)', 'a'],
    ['a leading digit (SDK rule)', '1st-link'],
    ['a space and other punctuation (SDK rule)', 'office link #1 (primary)'],
    ['100 characters of anything (SDK rule)', `x ${'y'.repeat(98)}`],
    ['128 characters starting with a letter (seed rule)', `a${'b'.repeat(127)}`],
    ['Chinese characters', '上海-杭州_链路.1'],
  ];
  for (const [title, name] of accepted) {
    it(`accepts ${title} on create and on modify`, async () => {
      const id = await createConnection(client, gw, { name });
      assert.equal((await describeConnection(client, id)).name, name);
      await settle(emu);
      await client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, name: name.slice(0, 1) }));
      assert.equal((await describeConnection(client, id)).name, name.slice(0, 1));
    });
  }

  it('refuses on modify what both rules refuse', async () => {
    const id = await createConnection(client, gw);
    await settle(emu);
    for (const name of ['https://link', `a${'b'.repeat(128)}`, `a ${'b'.repeat(110)}`]) {
      await expectApiError(
        client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, name })),
        'IllegalParam.Name', 400, `The specified "Name" (${name}) is invalid.`,
      );
    }
  });

  it('applies the same rule to dual-tunnel connections', async () => {
    const dual = await seedGateways(emu, { tunnelMode: 'dual' });
    const id = await createDualConnection(client, dual, { name: '9 dual' });
    assert.equal((await describeConnection(client, id)).name, '9 dual');
  });
});
