// `pulumi up -v=9 --logtostderr --logflow` prints everything the engine, the program and the plugin log. Pulumi's
// own debug lines carry secret values (the engine's "Marshaling property for RPC" / "Unmarshaling property for RPC"
// and its planner's "Planner decided to …" lines, and @pulumi/pulumi's "RegisterResource RPC finished … resp:" in the
// program): Pulumi documents that verbose logs may hold secrets. Nothing the provider writes may: neither its log
// messages to the engine nor its own stderr, including the retry and error messages of failed calls.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { CliResult } from '../support/pulumi';
import { e2eContext, emptyProgram, liveConnections } from '../e2e/support/stacks';

const GIVEN_PSK = 'Vb9#Lq&y=Z+(w)';
const CHANGED_PSK = 'Kt4!Rm~x=P*[c]';

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();
const vpnGatewayId = config.require("vpnGatewayId");
const customerGatewayIds = config.requireObject<string[]>("customerGatewayIds");
const given = new alicloudvpn.VpnConnection("given-psk", {
    vpnGatewayId,
    customerGatewayId: customerGatewayIds[0],
    localSubnets: ["10.80.0.0/16"],
    remoteSubnets: ["172.28.1.0/24"],
    ikeConfig: { psk: config.requireSecret("psk") },
});
const generated = new alicloudvpn.VpnConnection("generated-psk", {
    vpnGatewayId,
    customerGatewayId: customerGatewayIds[1],
    localSubnets: ["10.80.0.0/16"],
    remoteSubnets: ["172.28.2.0/24"],
});
export const ids = [given.vpnConnectionId, generated.vpnConnectionId];
`;

const VERBOSE = ['-v=9', '--logtostderr', '--logflow'];

/** Pulumi's own lines that print property values, secrets included (the engine's JSON log `msg`). */
const PULUMI_OWN_SECRET_LINES: readonly RegExp[] = [
  /^Marshaling property for RPC\[/,
  /^Unmarshaling property for RPC\[/,
  /^Planner decided to \w+ '/,
  // @pulumi/pulumi in the program, forwarded by the engine: once as its own log line, once through its event sink.
  /^RegisterResource RPC finished: /,
  /^eventSink::Debug\(<\{%reset%\}>RegisterResource RPC finished: /,
];

/** The provider's --logtostderr format (provider/src/server/engineLog.ts): "LEVEL urn: message". */
const PROVIDER_STDERR = /^(DEBUG|INFO|WARNING|ERROR) (urn:pulumi:[^ ]+: )?(.*)$/s;

describe('verbose engine logs under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  const dirs: string[] = [];

  after(function () {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the pre-shared keys only in Pulumi\'s own RPC debug lines, never in a line the provider wrote', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu, { count: 2 });
    const dir = emptyProgram('verbose-logs');
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'index.ts'), PROGRAM);
    const ws = await ctx.program({
      programDir: dir,
      config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayIds: JSON.stringify(gw.customerGatewayIds) },
    });
    await ws.cliOk(['config', 'set', '--secret', 'psk', GIVEN_PSK]);

    // Failed calls carrying a PSK make the provider log retries and errors: the paths where a secret could slip out.
    await emu.control.faults([
      { action: 'CreateVpnConnection', kind: 'server-error', count: 1 },
      { action: 'CreateVpnConnection', kind: 'drop-after-commit', count: 1 },
    ]);
    const created = await ws.cliOk(['up', '--yes', '--skip-preview', ...VERBOSE]);
    const generated = (await liveConnections(emu, [gw.vpnGatewayId])).map((c) => String(c.IkeConfig.Psk)).filter((p) => p !== GIVEN_PSK);
    assert.equal(generated.length, 1, 'the service generated the second connection\'s PSK');

    await ws.cliOk(['config', 'set', '--secret', 'psk', CHANGED_PSK]);
    await emu.control.faults({ action: 'ModifyVpnConnectionAttribute', kind: 'server-error', count: 1 });
    const updated = await ws.cliOk(['up', '--yes', '--skip-preview', ...VERBOSE]);
    await emu.control.clearFaults();

    const secrets = [GIVEN_PSK, CHANGED_PSK, ...generated];
    const lines = [created, updated].flatMap(logLines);
    const provider = providerLines(lines);
    assert.ok(provider.stderr.length > 0, 'the provider\'s own stderr reached the log (--logflow)');
    assert.ok(provider.all.some((l) => /retrying CreateVpnConnection after ServiceUnavailable|CreateVpnConnection: ServiceUnavailable/.test(l)), 'the provider logged the failed create');
    assert.ok(provider.all.some((l) => /retrying ModifyVpnConnectionAttribute after ServiceUnavailable|ModifyVpnConnectionAttribute: ServiceUnavailable/.test(l)), 'the provider logged the failed update');

    const leaks = provider.all.filter((l) => containsAny(l, secrets));
    assert.deepEqual(leaks.map((l) => mask(l, secrets)), [], 'a line the provider wrote holds a PSK');
    const withSecret = lines.filter((l) => containsAny(l, secrets));
    const foreign = withSecret.filter((l) => !PULUMI_OWN_SECRET_LINES.some((p) => p.test(messageOf(l))));
    assert.deepEqual(foreign.map((l) => mask(l, secrets)), [], 'a PSK appears outside Pulumi\'s own RPC debug lines');
    assert.ok(
      withSecret.some((l) => /^Marshaling property for RPC/.test(messageOf(l))),
      'Pulumi 3.248 prints secret inputs in its marshaling lines (docs/reliability.md says so; update it if that changed)',
    );
  });
});

function logLines(r: CliResult): string[] {
  return `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() !== '');
}

/** The engine logs JSON lines at -v=9 ({"time", "level", "msg", "v"}); anything else is printed as it is. */
function messageOf(line: string): string {
  if (!line.startsWith('{')) return line.trim();
  try {
    const msg = (JSON.parse(line) as { msg?: unknown }).msg;
    return typeof msg === 'string' ? msg : line;
  } catch {
    return line;
  }
}

/**
 * The lines the provider wrote: its stderr (captured by the engine as the plugin's unstructured output), and the
 * messages it sent to the engine's Log service, which the engine prints on lines of their own and through its
 * event sink. Every message the provider sends is echoed to its stderr at -v=9, so the stderr lines name them all.
 */
function providerLines(lines: string[]): { stderr: string[]; all: string[] } {
  const stderr: string[] = [];
  const messages = new Set<string>();
  for (const line of lines) {
    const m = PROVIDER_STDERR.exec(innerEvent(messageOf(line)));
    if (!m) continue;
    stderr.push(line);
    messages.add(m[3].trim());
  }
  const all = lines.filter((l) => {
    const text = innerEvent(messageOf(l)).trim();
    return PROVIDER_STDERR.test(text) || messages.has(text);
  });
  return { stderr, all };
}

/** "eventSink::Debug(<{%reset%}>text<{%reset%}>)" → "text". */
function innerEvent(msg: string): string {
  const m = /^eventSink::\w+\(<\{%reset%\}>([\s\S]*)<\{%reset%\}>\)$/.exec(msg);
  return m ? m[1] : msg;
}

/** Every way a log line could quote a secret: as is, percent-encoded, form-encoded, JSON-escaped. */
function forms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+'), JSON.stringify(secret).slice(1, -1)])];
}

function containsAny(line: string, secrets: string[]): boolean {
  return secrets.some((s) => forms(s).some((f) => line.includes(f)));
}

function mask(line: string, secrets: string[]): string {
  let out = line;
  for (const s of secrets) for (const f of forms(s)) out = out.split(f).join('<PSK>');
  return out.length > 400 ? `${out.slice(0, 400)}…` : out;
}
