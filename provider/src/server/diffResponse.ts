// DiffResult → DiffResponse, enforcing the invariants the engine documents on DiffResponse:
// every top-level key in `diffs` has a detailedDiff path and every detailedDiff path's top-level
// key is in `diffs`; replacement is marked consistently in `replaces` and in the *_REPLACE
// kinds; `changes` is never DIFF_UNKNOWN.

import { DiffResponse, PropertyDiff } from '@pulumi/pulumi/proto/provider_pb';
import type { DiffResult, PropertyDiffKind } from '../resources/resource';
import { isUnderPath, topLevelKey } from './propertyPath';

const WIRE_KIND: Readonly<Record<PropertyDiffKind, PropertyDiff.Kind>> = {
  add: PropertyDiff.Kind.ADD,
  'add-replace': PropertyDiff.Kind.ADD_REPLACE,
  delete: PropertyDiff.Kind.DELETE,
  'delete-replace': PropertyDiff.Kind.DELETE_REPLACE,
  update: PropertyDiff.Kind.UPDATE,
  'update-replace': PropertyDiff.Kind.UPDATE_REPLACE,
};

const REPLACING: Readonly<Record<PropertyDiffKind, PropertyDiffKind>> = {
  add: 'add-replace',
  'add-replace': 'add-replace',
  delete: 'delete-replace',
  'delete-replace': 'delete-replace',
  update: 'update-replace',
  'update-replace': 'update-replace',
};

function isReplaceKind(kind: PropertyDiffKind): boolean {
  return kind.endsWith('-replace');
}

/** The consistent form of a DiffResult, still as plain values (unit-testable without protobuf). */
export function normalizeDiff(result: DiffResult): DiffResult {
  const detailed: DiffResult['detailedDiff'] = {};
  for (const [path, d] of Object.entries(result.detailedDiff)) detailed[path] = { ...d };

  const replaces = new Set(result.replaces);
  for (const [path, d] of Object.entries(detailed)) if (isReplaceKind(d.kind)) replaces.add(topLevelKey(path));

  const diffs = new Set([...result.diffs, ...replaces, ...Object.keys(detailed).map(topLevelKey)]);
  for (const key of diffs) {
    const paths = Object.keys(detailed).filter((p) => isUnderPath(p, key));
    if (paths.length === 0) {
      detailed[key] = { kind: replaces.has(key) ? 'update-replace' : 'update', inputDiff: true };
    } else if (replaces.has(key) && !paths.some((p) => isReplaceKind(detailed[p].kind))) {
      for (const p of paths) detailed[p] = { ...detailed[p], kind: REPLACING[detailed[p].kind] };
    }
  }

  return {
    changes: result.changes || diffs.size > 0,
    replaces: [...replaces].sort(),
    diffs: [...diffs].sort(),
    detailedDiff: detailed,
    deleteBeforeReplace: result.deleteBeforeReplace && replaces.size > 0,
  };
}

export function toDiffResponse(result: DiffResult): DiffResponse {
  const n = normalizeDiff(result);
  const resp = new DiffResponse()
    .setChanges(n.changes ? DiffResponse.DiffChanges.DIFF_SOME : DiffResponse.DiffChanges.DIFF_NONE)
    .setReplacesList(n.replaces)
    .setDiffsList(n.diffs)
    .setDeletebeforereplace(n.deleteBeforeReplace)
    .setHasdetaileddiff(true);
  const map = resp.getDetaileddiffMap();
  for (const [path, d] of Object.entries(n.detailedDiff)) {
    map.set(path, new PropertyDiff().setKind(WIRE_KIND[d.kind]).setInputdiff(d.inputDiff));
  }
  return resp;
}
