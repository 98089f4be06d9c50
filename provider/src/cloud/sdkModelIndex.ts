// @alicloud/vpc20160428's client requires `models/model.js`, which requires all of the SDK's model files (1,733
// classes for every VPC action) although the provider uses about twenty. Loading them costs the plugin about 30 MB
// of memory and 0.7 s of its first call. Before the client is loaded, this puts in that module's
// place an index with the same export names whose getters require a model's file when it is first used.
//
// The index is read from model.js itself, so it follows the installed SDK version. If that file is not laid out
// as expected, nothing is replaced and the SDK loads as published: slower, never wrong.

import { readFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';

const REQUIRE_LINE = /var (\w+) = require\("\.\/(\w+)"\)/g;
const EXPORT_LINE = /Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\)/g;

/** Export name → [model file, name inside it], or undefined when model.js is not laid out as expected. */
export function modelIndex(source: string): Map<string, [string, string]> | undefined {
  const files = new Map<string, string>();
  for (const [, binding, file] of source.matchAll(REQUIRE_LINE)) files.set(binding, file);
  const index = new Map<string, [string, string]>();
  for (const [, name, binding, inner] of source.matchAll(EXPORT_LINE)) {
    const file = files.get(binding);
    if (file === undefined) return undefined;
    index.set(name, [file, inner]);
  }
  // Every declared export must be in the index, or a name the client uses could come back undefined.
  const declared = source.match(/exports\.\w+ = /g)?.length ?? 0;
  return index.size > 0 && index.size === declared ? index : undefined;
}

function install(): void {
  let modelPath: string;
  let source: string;
  try {
    modelPath = path.join(path.dirname(require.resolve('@alicloud/vpc20160428')), 'models', 'model.js');
    if (require.cache[modelPath] !== undefined) return;
    source = readFileSync(modelPath, 'utf8');
  } catch {
    return;
  }
  const index = modelIndex(source);
  if (index === undefined) return;
  const dir = path.dirname(modelPath);
  const lazy: Record<string, unknown> = {};
  // The client's TypeScript helpers take an __esModule object as is, so its getters stay lazy through them.
  Object.defineProperty(lazy, '__esModule', { value: true });
  for (const [name, [file, inner]] of index) {
    const filePath = path.join(dir, `${file}.js`);
    Object.defineProperty(lazy, name, {
      enumerable: true,
      configurable: true,
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading on first use is the point
      get: () => (require(filePath) as Record<string, unknown>)[inner],
    });
  }
  const mod = new Module(modelPath, module);
  mod.filename = modelPath;
  mod.loaded = true;
  mod.exports = lazy;
  require.cache[modelPath] = mod;
}

install();
