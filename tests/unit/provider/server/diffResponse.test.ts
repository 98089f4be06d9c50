import { strict as assert } from 'node:assert';
import { DiffResponse, PropertyDiff } from '@pulumi/pulumi/proto/provider_pb';
import type { DiffResult } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import { normalizeDiff, toDiffResponse } from 'pulumi-resource-alicloudvpn/dist/server/diffResponse';

const none: DiffResult = { changes: false, replaces: [], diffs: [], detailedDiff: {}, deleteBeforeReplace: false };

describe('diff response mapping', () => {
  it('answers DIFF_NONE with an empty detailed diff when nothing changed, never DIFF_UNKNOWN', () => {
    const resp = toDiffResponse(none);
    assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_NONE);
    assert.equal(resp.getHasdetaileddiff(), true);
    assert.equal(resp.getDetaileddiffMap().getLength(), 0);
    assert.deepEqual(resp.getDiffsList(), []);
  });

  it('carries nested detailed paths with their kinds and the top-level key in diffs', () => {
    const resp = toDiffResponse({
      changes: true,
      replaces: [],
      diffs: ['ikeConfig'],
      detailedDiff: { 'ikeConfig.ikeEncAlg': { kind: 'update', inputDiff: true } },
      deleteBeforeReplace: false,
    });
    assert.equal(resp.getChanges(), DiffResponse.DiffChanges.DIFF_SOME);
    assert.deepEqual(resp.getDiffsList(), ['ikeConfig']);
    const d = resp.getDetaileddiffMap().get('ikeConfig.ikeEncAlg');
    assert.equal(d?.getKind(), PropertyDiff.Kind.UPDATE);
    assert.equal(d?.getInputdiff(), true);
    assert.deepEqual(resp.getReplacesList(), []);
  });

  it('adds the top-level key of every detailed path to diffs', () => {
    const n = normalizeDiff({ ...none, changes: true, detailedDiff: { 'localSubnets[1]': { kind: 'add', inputDiff: true } } });
    assert.deepEqual(n.diffs, ['localSubnets']);
  });

  it('gives every key in diffs a detailed entry', () => {
    const n = normalizeDiff({ ...none, changes: true, diffs: ['name'] });
    assert.deepEqual(n.detailedDiff, { name: { kind: 'update', inputDiff: true } });
  });

  it('derives replaces from *_REPLACE kinds and marks the paths of replaced keys as replacing', () => {
    const fromKind = normalizeDiff({
      ...none,
      changes: true,
      detailedDiff: { vpnGatewayId: { kind: 'update-replace', inputDiff: true } },
    });
    assert.deepEqual(fromKind.replaces, ['vpnGatewayId']);
    assert.deepEqual(fromKind.diffs, ['vpnGatewayId']);

    const fromList = normalizeDiff({
      ...none,
      changes: true,
      replaces: ['regionId'],
      detailedDiff: { regionId: { kind: 'add', inputDiff: true } },
    });
    assert.equal(fromList.detailedDiff.regionId.kind, 'add-replace');
  });

  it('keeps deleteBeforeReplace only when something is replaced', () => {
    assert.equal(normalizeDiff({ ...none, changes: true, diffs: ['name'], deleteBeforeReplace: true }).deleteBeforeReplace, false);
    const resp = toDiffResponse({
      changes: true,
      replaces: ['customerGatewayId'],
      diffs: ['customerGatewayId'],
      detailedDiff: { customerGatewayId: { kind: 'update-replace', inputDiff: true } },
      deleteBeforeReplace: true,
    });
    assert.equal(resp.getDeletebeforereplace(), true);
    assert.equal(resp.getDetaileddiffMap().get('customerGatewayId')?.getKind(), PropertyDiff.Kind.UPDATE_REPLACE);
  });

  it('reports changes when the result lists changed keys even if its flag says otherwise', () => {
    assert.equal(normalizeDiff({ ...none, diffs: ['name'] }).changes, true);
  });
});
