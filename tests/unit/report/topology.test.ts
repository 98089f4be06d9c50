// The report on the topology's other resources: gateways, customer gateways and route entries get their own
// sections and warnings, named by type. Steps are written as the engine writes them (the shapes of the recorded
// previews); the branch-office goldens show the same on a preview recorded from the real engine.
import { strict as assert } from 'node:assert';
import { buildReport, renderJson, renderMarkdown, Report, type Step } from 'pulumi-alicloudvpn-report';

const URN = 'urn:pulumi:dev::office::';
const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

type State = { id?: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> };

/** A step of the resource; its states get the URN and type the engine writes in each. */
function step(op: string, type: string, name: string, extra: Omit<Partial<Step>, 'oldState' | 'newState'> & { oldState?: State; newState?: State } = {}): Step {
  const urn = `${URN}alicloudvpn:index:${type}::${name}`;
  const full = (s?: State) => (s === undefined ? undefined : { urn, type: `alicloudvpn:index:${type}`, ...s });
  return { op, urn, ...extra, oldState: full(extra.oldState), newState: full(extra.newState) } as Step;
}

function report(...steps: Step[]): Report {
  return buildReport({ steps, diagnostics: [], changeSummary: {} });
}

const ROUTE = { vpnGatewayId: 'vpn-bp1hq', routeDest: '10.20.0.0/16', nextHop: 'vco-bp1main', weight: 100, publishVpc: true };

describe('report on gateways, customer gateways and route entries', () => {
  it('names a route weight change in place with the destination, next hop and both weights', () => {
    const r = report(step('update', 'VpnRouteEntry', 'to-office', {
      oldState: { id: 'vpn-bp1hq:10.20.0.0/16:vco-bp1main', inputs: ROUTE, outputs: ROUTE },
      newState: { inputs: { ...ROUTE, weight: 0 } },
      diffReasons: ['weight'],
      detailedDiff: { weight: { kind: 'update', inputDiff: false } },
    }));
    const [route] = r.resources;
    assert.deepEqual([route.type, route.action, route.fields.map((f) => [f.path, f.before, f.after])], ['alicloudvpn:index:VpnRouteEntry', 'update', [['weight', 100, 0]]]);
    assert.deepEqual(route.warnings.map((w) => w.kind), ['route']);
    assert.match(route.warnings[0].message, /traffic to `10\.20\.0\.0\/16` through `vco-bp1main`: weight `100` → `0`/);
    const md = renderMarkdown(r);
    assert.match(md, /\| `to-office` \| route entry \| update in place \| route change; 1 property \|/);
    assert.match(md, /### route entry `to-office`: update in place\n\nID `vpn-bp1hq:10\.20\.0\.0\/16:vco-bp1main`, VPN gateway `vpn-bp1hq`\.\n\n> \[!NOTE\]\n> Changes the route/);
  });

  it('names a new policy-based route by source, destination, next hop, weight and priority, the next hop still unknown', () => {
    const inputs = { ...ROUTE, routeSource: '192.168.0.0/24', nextHop: UNKNOWN, priority: 10 };
    const [route] = report(step('create', 'VpnPbrRouteEntry', 'pbr', { newState: { inputs } })).resources;
    assert.match(route.warnings[0].message, /^Adds a route: traffic to `10\.20\.0\.0\/16` from `192\.168\.0\.0\/24` through \(known after apply\) \(weight `100`, priority `10`\)\.$/);
  });

  it('warns that a gateway replacement takes its connections and routes with it and changes the public IP, forced by the property', () => {
    const gw = { vpcId: 'vpc-a', vswitchId: 'vsw-a', bandwidth: 10 };
    const r = report(step('replace', 'VpnGateway', 'hq', {
      oldState: { id: 'vpn-bp1hq', inputs: gw, outputs: gw },
      newState: { inputs: { ...gw, vswitchId: 'vsw-b' } },
      replaceReasons: ['vswitchId'],
      detailedDiff: { vswitchId: { kind: 'update-replace', inputDiff: false } },
    }));
    const [gateway] = r.resources;
    assert.deepEqual([gateway.action, gateway.replacementCauses, gateway.warnings.map((w) => w.kind)], ['replace', ['vswitchId'], ['outage']]);
    assert.match(gateway.warnings[0].message, /every connection and route on it is replaced.*new public IP \(`internetIp`\).*forced by `vswitchId`/);
    assert.match(renderMarkdown(r), /\| `hq` \| VPN gateway \| replace \| forced by `vswitchId`; traffic outage; 1 property \|/);
  });

  it('warns of deleted gateways and customer gateways, not of in-place description changes', () => {
    const r = report(
      step('delete', 'VpnGateway', 'hq', { oldState: { id: 'vpn-bp1hq', inputs: {}, outputs: {} } }),
      step('delete', 'CustomerGateway', 'uplink', { oldState: { id: 'cgw-bp1a', inputs: {}, outputs: {} } }),
      step('update', 'CustomerGateway', 'backup', {
        oldState: { id: 'cgw-bp1b', inputs: { description: 'a' }, outputs: { description: 'a' } },
        newState: { inputs: { description: 'b' } },
        detailedDiff: { description: { kind: 'update', inputDiff: false } },
      }),
    );
    assert.deepEqual(r.resources.map((c) => [c.name, c.warnings.map((w) => w.kind)]), [['hq', ['deletion']], ['uplink', ['deletion']], ['backup', []]]);
  });

  it('lists every resource with its type in the JSON (schema version 2)', () => {
    const doc = JSON.parse(renderJson(report(step('same', 'VpnGateway', 'hq'), step('create', 'VpnRouteEntry', 'r', { newState: { inputs: ROUTE } }))));
    assert.equal(doc.schemaVersion, 2);
    assert.deepEqual(doc.resources.map((c: { type: string; action: string }) => [c.type, c.action]), [['alicloudvpn:index:VpnGateway', 'same'], ['alicloudvpn:index:VpnRouteEntry', 'create']]);
    assert.deepEqual(doc.summary, { create: 1, update: 0, replace: 0, delete: 0, import: 0, same: 1 });
  });
});
