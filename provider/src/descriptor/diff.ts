// Diff for a descriptor's properties: checked new inputs against the old outputs, path by path. Only properties
// the user sets are compared, so values the service fills in never show as changes; a `replaceOnChange` property
// that changes replaces the resource. Resources with nested objects or sets add their own comparisons on top.

import { DiffResult, PropertyDiff, PropertyDiffKind, PropertyMap, isUnknown } from '../resources/resource';
import { isPlainObject, isSet, toBool, toInt } from './coerce';
import type { ObjectDescriptor } from './property';

export interface DiffRequest {
  id: string;
  oldOutputs: PropertyMap;
  oldInputs: PropertyMap;
  newInputs: PropertyMap;
  ignoreChanges?: string[];
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** A child's property path in the engine's syntax: `a.b` for plain keys, `a["x y"]` for any other. */
export function keyPath(parent: string, key: string): string {
  if (PLAIN_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Equal modulo the string forms of booleans and numbers ("true" = true, "3" = 3). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ab = toBool(a);
  const bb = toBool(b);
  if (ab.ok && bb.ok) return ab.value === bb.value;
  const an = toInt(a);
  const bn = toInt(b);
  if (an.ok && bn.ok) return an.value === bn.value;
  return false;
}

function kindFor(base: 'add' | 'delete' | 'update', replace: boolean): PropertyDiffKind {
  return replace ? (`${base}-replace` as PropertyDiffKind) : base;
}

export function compareScalar(path: string, next: unknown, prev: unknown, replace: boolean, out: Record<string, PropertyDiff>): void {
  if (!isSet(next)) return;
  if (isUnknown(next)) out[path] = { kind: kindFor('update', replace), inputDiff: false };
  else if (!isSet(prev)) out[path] = { kind: kindFor('add', replace), inputDiff: false };
  else if (!sameValue(next, prev)) out[path] = { kind: kindFor('update', replace), inputDiff: false };
}

/** Tags the user sets are the whole set: a live tag they do not list is removed. */
export function compareTags(next: unknown, prev: unknown, out: Record<string, PropertyDiff>): void {
  if (!isSet(next)) return;
  if (isUnknown(next) || !isPlainObject(next)) {
    out.tags = { kind: 'update', inputDiff: false };
    return;
  }
  const prevTags = isPlainObject(prev) ? prev : {};
  for (const [k, v] of Object.entries(next)) compareScalar(keyPath('tags', k), v, prevTags[k], false, out);
  for (const k of Object.keys(prevTags)) if (!(k in next)) out[keyPath('tags', k)] = { kind: 'delete', inputDiff: false };
}

function ignored(path: string, ignoreChanges: readonly string[]): boolean {
  return ignoreChanges.some((ic) => path === ic || path.startsWith(`${ic}.`) || path.startsWith(`${ic}[`));
}

function topLevel(path: string): string {
  return path.split(/[.[]/, 1)[0];
}

/** The engine's answer from a detailed diff: ignoreChanges applied, changed and replacing properties listed. */
export function diffResult(all: Record<string, PropertyDiff>, ignoreChanges: readonly string[] = [], deleteBeforeReplace: (detailed: Readonly<Record<string, PropertyDiff>>) => boolean = () => false): DiffResult {
  const detailed: Record<string, PropertyDiff> = {};
  for (const [path, d] of Object.entries(all)) if (!ignored(path, ignoreChanges)) detailed[path] = d;
  const diffs = [...new Set(Object.keys(detailed).map(topLevel))];
  const replaces = [...new Set(Object.keys(detailed).filter((p) => detailed[p].kind.endsWith('-replace')).map(topLevel))];
  return { changes: diffs.length > 0, replaces, diffs, detailedDiff: detailed, deleteBeforeReplace: replaces.length > 0 && deleteBeforeReplace(detailed) };
}

/** The detailed diff of an object whose inputs are scalars and tags. */
export function flatDetailedDiff(d: ObjectDescriptor, newInputs: PropertyMap, oldOutputs: PropertyMap): Record<string, PropertyDiff> {
  const out: Record<string, PropertyDiff> = {};
  for (const [k, p] of Object.entries(d.props)) {
    if (p.api?.form === 'tags') compareTags(newInputs[k], oldOutputs[k], out);
    else compareScalar(k, newInputs[k], oldOutputs[k], p.replaceOnChange === true, out);
  }
  return out;
}
