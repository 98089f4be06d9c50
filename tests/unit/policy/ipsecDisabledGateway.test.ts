// alicloudvpn-ipsec-disabled-gateway over the resources a stack policy sees: a connection is judged by the gateway
// its vpnGatewayId depends on (a gateway of the same program, id unknown at preview) or names by id.
import { strict as assert } from 'node:assert';
import { ipsecDisabledFindings, StackResource, VPN_GATEWAY_TYPE } from 'alicloudvpn-policy/dist/rules/ipsecDisabledGateway';

const CONNECTION = 'alicloudvpn:index:VpnConnection';

function gateway(name: string, props: Record<string, unknown>): StackResource {
  return { type: VPN_GATEWAY_TYPE, name, props };
}

function connection(name: string, vpnGatewayId: unknown, dependsOn: StackResource[] = []): StackResource {
  return { type: CONNECTION, name, props: { vpnGatewayId }, propertyDependencies: { vpnGatewayId: dependsOn } };
}

describe('policy alicloudvpn-ipsec-disabled-gateway', () => {
  it('reports a connection on a gateway of the program whose enableIpsec is false, naming both and the fix', () => {
    const sslOnly = gateway('hq', { enableIpsec: false, enableSsl: true });
    const findings = ipsecDisabledFindings([sslOnly, connection('branch', undefined, [sslOnly])]);
    assert.equal(findings.length, 1);
    assert.match(findings[0], /`branch` is on VPN gateway `hq`, whose `enableIpsec` is false/);
    assert.match(findings[0], /Set `enableIpsec: true` on `hq`/);
  });

  it('finds the gateway by its id once it exists', () => {
    const sslOnly = gateway('hq', { enableIpsec: false, vpnGatewayId: 'vpn-bp1hq' });
    assert.equal(ipsecDisabledFindings([sslOnly, connection('branch', 'vpn-bp1hq')]).length, 1);
    assert.deepEqual(ipsecDisabledFindings([sslOnly, connection('branch', 'vpn-bp1other')]), [], 'a connection on another gateway');
  });

  it('passes gateways with IPsec enabled or left to the default, SSL-only gateways without connections, and connections on gateways the program does not declare', () => {
    const enabled = gateway('a', { enableIpsec: true });
    const unset = gateway('b', {});
    const sslOnly = gateway('ssl', { enableIpsec: false, enableSsl: true });
    assert.deepEqual(
      ipsecDisabledFindings([enabled, unset, sslOnly, connection('one', undefined, [enabled]), connection('two', undefined, [unset]), connection('three', 'vpn-bp1elsewhere')]),
      [],
    );
  });

  it('judges a preview whose ids are not known yet (a replaced gateway), where reading them throws', () => {
    const unknown = (props: Record<string, unknown>, unknownKeys: string[]) => new Proxy(props, {
      get: (target, key) => {
        if (typeof key === 'string' && unknownKeys.includes(key)) throw new Error(`string value at .${key} can't be known during preview`);
        return target[key as string];
      },
    });
    const sslOnly: StackResource = { type: VPN_GATEWAY_TYPE, name: 'hq', props: unknown({ enableIpsec: false }, ['vpnGatewayId']) };
    const conn: StackResource = { type: CONNECTION, name: 'branch', props: unknown({}, ['vpnGatewayId']), propertyDependencies: { vpnGatewayId: [sslOnly] } };
    assert.equal(ipsecDisabledFindings([sslOnly, conn]).length, 1);
    const elsewhere: StackResource = { type: CONNECTION, name: 'elsewhere', props: unknown({}, ['vpnGatewayId']), propertyDependencies: {} };
    assert.deepEqual(ipsecDisabledFindings([gateway('other', { enableIpsec: false }), elsewhere]), [], 'an unknown id matches no gateway');
  });

  it('reports each connection on the gateway once, even when found both ways', () => {
    const sslOnly = gateway('hq', { enableIpsec: false, vpnGatewayId: 'vpn-bp1hq' });
    const findings = ipsecDisabledFindings([sslOnly, connection('a', 'vpn-bp1hq', [sslOnly]), connection('b', 'vpn-bp1hq')]);
    assert.deepEqual(findings.map((f) => /`(\w+)` is on/.exec(f)?.[1]), ['a', 'b']);
  });
});
