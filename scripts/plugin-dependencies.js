#!/usr/bin/env node
'use strict';
// Prints, one a line, the directory (relative to the clone, under node_modules/) of every package the provider needs
// at run time: its dependencies, theirs, and so on, each found the way Node finds it (the nearest node_modules up
// from the package that requires it). `npm ls` would say the same in the clone, but not in a copy of the clone whose
// node_modules is a link to another's.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const seen = new Set();

function readManifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** The directory Node would load `name` from, required by the package in `from`. */
function locate(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === path.dirname(dir)) return undefined;
  }
}

function visit(dir) {
  const manifest = readManifest(dir);
  // Peer dependencies count where installed, as npm counts them.
  const optionalNames = new Set(Object.keys({ ...manifest.optionalDependencies, ...manifest.peerDependencies }));
  const deps = { ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies };
  for (const name of Object.keys(deps)) {
    const found = locate(name, dir);
    if (!found) {
      if (optionalNames.has(name)) continue;
      throw new Error(`${name}, needed by ${path.relative(root, dir) || 'provider'}, is not installed: run make install`);
    }
    const rel = path.relative(root, found);
    if (seen.has(rel)) continue;
    seen.add(rel);
    visit(found);
  }
}

visit(path.join(root, 'provider'));
for (const rel of [...seen].sort()) if (!fs.lstatSync(path.join(root, rel)).isSymbolicLink()) console.log(rel);
