import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

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

  it('documents every input of VpnConnection, nested fields included', () => {
    const missing = inputPaths().filter((p) => !readme.includes(`\`${p}\``));
    assert.deepEqual(missing, []);
  });

  it('documents every output-only property and every provider config key', () => {
    const outputs = Object.keys(resource.properties).filter((k) => !(k in resource.inputProperties));
    const keys = Object.keys(schema.config.variables).map((k) => `alicloudvpn:${k}`);
    assert.deepEqual([...outputs, ...keys].filter((k) => !readme.includes(`\`${k}\``)), []);
  });
});
