import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emulatorStartCommand } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { README_TABLES_END, README_TABLES_START, readmeTables } from 'pulumi-resource-alicloudvpn/dist/schema/readmeTables';

// The README is the user's reference for every input: it must not fall behind the schema.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'provider', 'schema.json'), 'utf8'));
const resource = schema.resources['alicloudvpn:index:VpnConnection'];

function inputPaths(): string[] {
  const paths: string[] = [];
  for (const [name, prop] of Object.entries<{ $ref?: string }>(resource.inputProperties)) {
    paths.push(name);
    const ref = prop.$ref?.startsWith('#/types/') ? schema.types[decodeURIComponent(prop.$ref.slice('#/types/'.length))] : undefined;
    for (const nested of Object.keys(ref?.properties ?? {})) paths.push(`${name}.${nested}`);
  }
  return paths;
}

describe('README', () => {
  it('opens with make demo and make test', () => {
    const firstBlock = readme.slice(0, readme.indexOf('```', readme.indexOf('```') + 3));
    assert.match(firstBlock, /make demo/);
    assert.match(firstBlock, /make test/);
  });

  it('holds the reference tables the descriptors write (make codegen)', () => {
    assert.ok(readme.includes(`${README_TABLES_START}\n${readmeTables()}\n${README_TABLES_END}`), 'README.md is behind the descriptors: run make codegen');
  });

  it('documents every input of VpnConnection, nested fields included', () => {
    const missing = inputPaths().filter((p) => !readme.includes(`\`${p}\``));
    assert.deepEqual(missing, []);
  });

  it('documents every output-only property and every provider config key', () => {
    const outputs = Object.keys(resource.properties).filter((k) => !(k in resource.inputProperties));
    const keys = Object.keys(schema.config.variables).map((k) => `alicloudvpn:${k}`);
    assert.deepEqual([...outputs, ...keys].filter((k) => !readme.includes(`\`${k}\``)), []);
  });

  it('has a Troubleshooting section with each newcomer message and its fix', () => {
    const start = readme.indexOf('\n## Troubleshooting\n');
    assert.ok(start >= 0, 'no "## Troubleshooting" section');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const messageAndFix: [RegExp, string][] = [
      [/connection refused \(ECONNREFUSED\), nothing is listening there/, 'npx alicloudvpn-emulator'],
      [/answered without TLS \(EPROTO\)/, 'pulumi config set alicloudvpn:protocol http'],
      [/no Alibaba Cloud credentials found/, 'pulumi config set --secret alicloudvpn:accessKeySecret'],
      [/"aes512" is not a valid value; allowed values: aes, aes192, aes256, des, 3des/, 'Use one of the listed values'],
      [/localSubnets\[0\]: "10\.0\.0\.300\/24" is not an IPv4 CIDR block/, 'Correct the value at that path'],
      [/is in use \(EADDRINUSE\)/, 'ALICLOUDVPN_DEMO_PORT=17789 make demo'],
      [/SignatureDoesNotMatch: the service rejected the request's signature/, 'pulumi config set --secret alicloudvpn:accessKeySecret'],
      [/InvalidAccessKeyId\.NotFound: the service does not know AccessKey ID/, 'pulumi config set alicloudvpn:accessKeyId'],
      [/VPN gateway vpn-\S+ does not exist in region/, 'alicloudvpn-emulator gateway list'],
      [/Note: `pulumi destroy` uses the provider settings the stack's last update recorded/, 'pulumi destroy --run-program'],
      [/waiting for another install to finish/, 'Nothing to do'],
      [/no emulator answers at/, 'npx alicloudvpn-emulator --port 8080 --state ./emulator-state.json'],
      [/pulumi-resource-alicloudvpn` prints a port number and waits/, 'pulumi-resource-alicloudvpn --help'],
    ];
    for (const [message, fix] of messageAndFix) {
      const row = section.split('\n').find((l) => message.test(l));
      assert.ok(row, `no row for ${message}`);
      assert.ok(row.includes(fix), `the row for ${message} does not give the fix ${fix}`);
    }
  });

  it('gives the same emulator command as the provider\'s connection-refused hint, with the walkthrough\'s state file', () => {
    const command = emulatorStartCommand('127.0.0.1:8080');
    const start = readme.indexOf('\n## Troubleshooting\n');
    const row = readme.slice(start).split('\n').find((l) => l.includes('(ECONNREFUSED), nothing is listening there'));
    assert.ok(row?.includes(command), `the ECONNREFUSED row does not give ${command}`);
    assert.ok(readme.includes(command.replace('--port 8080', '--port 8080 --busy-ms 500')), 'the walkthrough starts the emulator with another state file');
  });
});
