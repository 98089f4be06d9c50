// `make codegen`'s first step: writes provider/schema.json, and the README's reference tables, from the
// provider's own descriptors. The package
// version comes from provider/package.json and the Pulumi version the SDKs require from the pinned
// @pulumi/pulumi, so a release bump is one edit.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { packageSpec } from './packageSpec';
import { withReadmeTables } from './readmeTables';

/** The Go SDK's import path (sdk/go/go.mod holds the module `…/sdk/go`). */
export const GO_IMPORT_BASE_PATH = 'github.com/alicloudvpn/pulumi-alicloudvpn/sdk/go/alicloudvpn';

function main(): void {
  const packageRoot = path.join(__dirname, '..', '..');
  const manifest = require(path.join(packageRoot, 'package.json')) as { version: string; dependencies: Record<string, string> };
  const spec = packageSpec({
    version: manifest.version,
    pulumiVersion: manifest.dependencies['@pulumi/pulumi'],
    goImportBasePath: GO_IMPORT_BASE_PATH,
  });
  const out = process.argv[2] ?? path.join(packageRoot, 'schema.json');
  writeFileSync(out, `${JSON.stringify(spec, null, 2)}\n`);
  if (process.argv[2] === undefined) {
    const readme = path.join(packageRoot, '..', 'README.md');
    writeFileSync(readme, withReadmeTables(readFileSync(readme, 'utf8')));
  }
}

main();
