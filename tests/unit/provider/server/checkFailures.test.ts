import { strict as assert } from 'node:assert';
import { toCheckFailures } from 'pulumi-resource-alicloudvpn/dist/server/checkFailures';

const same = (text: string): string => text;

function wire(failures: { property: string; reason: string }[], news: Record<string, unknown>, secretPaths: string[] = []) {
  return toCheckFailures(failures, news, secretPaths, same).map((f) => ({ property: f.getProperty(), reason: f.getReason() }));
}

// The engine prints `property <p> value <inputs[p]>` with <p> looked up as one top-level key: anything
// else prints `value {<nil>}`, so only keys it can look up keep the property.
describe('check failures as the engine receives them', () => {
  it('keeps the property of a top-level key the program set, so the engine shows its value', () => {
    assert.deepEqual(wire([{ property: 'name', reason: 'too long' }], { name: 'x' }), [{ property: 'name', reason: 'too long' }]);
  });

  it('names a nested path in the reason instead of as the property', () => {
    const failures = [{ property: 'localSubnets[0]', reason: '"10.0.0.300/24" is not an IPv4 CIDR block' }];
    assert.deepEqual(wire(failures, { localSubnets: ['10.0.0.300/24'] }), [
      { property: '', reason: 'localSubnets[0]: "10.0.0.300/24" is not an IPv4 CIDR block' },
    ]);
  });

  it('names a missing required property in the reason (the engine has no value to show)', () => {
    assert.deepEqual(wire([{ property: 'vpnGatewayId', reason: 'required' }], {}), [{ property: '', reason: 'vpnGatewayId: required' }]);
  });

  it('names a top-level property that holds a secret in the reason, so the engine does not print the secret', () => {
    const failures = [{ property: 'ikeConfig', reason: 'must be an object' }];
    assert.deepEqual(wire(failures, { ikeConfig: 'x' }, ['ikeConfig.psk']), [{ property: '', reason: 'ikeConfig: must be an object' }]);
  });

  it('passes a failure without a property through, redacted', () => {
    const out = toCheckFailures([{ property: '', reason: 'psk-1234 clash' }], {}, [], (t) => t.replace('psk-1234', '[secret]'));
    assert.deepEqual(out.map((f) => [f.getProperty(), f.getReason()]), [['', '[secret] clash']]);
  });
});
