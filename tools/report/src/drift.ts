// Drift: what a refresh found changed outside Pulumi. Two shapes of input carry it:
// - `preview --refresh --json`: a `refresh` step per resource holds the state as stored; the resource's later step
//   (same, update, replace…) holds the refreshed state as its oldState, and a later `create` means it is gone.
// - `refresh --preview-only --json`: resources that drifted show as `update` (or `delete`, when gone) steps with the
//   stored state as oldState and the refreshed one as newState; the others show as `refresh`.
import { diffValues, FieldChange } from './fieldChange';
import { ResourceState, Step } from './previewJson';
import { parseUrn } from './urn';

export interface DriftEntry {
  urn: string;
  name: string;
  type: string;
  id?: string;
  kind: 'changed' | 'deleted';
  /** Found in a refresh-only preview, whose update/delete steps are drift rather than plans. */
  refreshOnly: boolean;
  fields: FieldChange[];
}

/** Outputs that report negotiation and provisioning status, not configuration: they change on their own. */
const OBSERVED_ONLY: ReadonlySet<string> = new Set(['status', 'state']);

export function findDrift(steps: readonly Step[]): DriftEntry[] {
  const refreshSteps = steps.filter((s) => s.op === 'refresh');
  if (refreshSteps.length === 0) return [];
  const drift: DriftEntry[] = [];
  for (const refresh of refreshSteps) {
    const stored = refresh.oldState;
    if (!stored || !isManaged(refresh.urn)) continue;
    const later = steps.find((s) => s.urn === refresh.urn && s.op !== 'refresh');
    const current = later ? (later.oldState ?? (later.op === 'create' ? null : undefined)) : (refresh.newState ?? null);
    if (current === undefined) continue;
    const entry = compare(refresh.urn, stored, current, false);
    if (entry) drift.push(entry);
  }
  const refreshed = new Set(refreshSteps.map((s) => s.urn));
  for (const step of steps) {
    if (refreshed.has(step.urn) || !isManaged(step.urn) || !step.oldState) continue;
    if (step.op === 'update' && step.newState) {
      const entry = compare(step.urn, step.oldState, step.newState, true);
      if (entry) drift.push(entry);
    } else if (step.op === 'delete') {
      drift.push(compare(step.urn, step.oldState, null, true) as DriftEntry);
    }
  }
  return drift;
}

/** Stack and provider resources are Pulumi's own; refresh reads only real resources. */
function isManaged(urn: string): boolean {
  return !parseUrn(urn).type.startsWith('pulumi:');
}

function compare(urn: string, stored: ResourceState, current: ResourceState | null, refreshOnly: boolean): DriftEntry | undefined {
  const { name, type } = parseUrn(urn);
  const base = { urn, name, type, id: stored.id, refreshOnly };
  if (current === null) return { ...base, kind: 'deleted', fields: [] };
  const fields = diffValues(configuration(stored.outputs), configuration(current.outputs));
  return fields.length > 0 ? { ...base, kind: 'changed', fields } : undefined;
}

function configuration(outputs: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(outputs ?? {})) {
    if (OBSERVED_ONLY.has(key)) continue;
    out[key] = key === 'tunnels' && Array.isArray(value) ? value.map(withoutObservedOnly) : value;
  }
  return out;
}

function withoutObservedOnly(tunnel: unknown): unknown {
  if (tunnel === null || typeof tunnel !== 'object') return tunnel;
  return Object.fromEntries(Object.entries(tunnel as Record<string, unknown>).filter(([k]) => !OBSERVED_ONLY.has(k)));
}
