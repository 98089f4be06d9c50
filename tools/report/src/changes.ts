// The model of a preview: what happens to each of the provider's resources, field by field, and what else changes.
import { DriftEntry, findDrift } from './drift';
import { FieldChange } from './fieldChange';
import { Diagnostic, PreviewDocument, Step } from './previewJson';
import { formatPath, parsePath, valueAt } from './propertyPath';
import { labelPath } from './tunnels';
import { parseUrn } from './urn';
import { isReportedType } from './resourceTypes';
import { resourceWarnings, Warning } from './warnings';

const STACK_TYPE = 'pulumi:pulumi:Stack';

export type ResourceAction = 'create' | 'update' | 'replace' | 'delete' | 'import' | 'same';

export interface ResourceChange {
  urn: string;
  /** The type token (resourceTypes.ts). */
  type: string;
  name: string;
  id?: string;
  vpnGatewayId?: string;
  action: ResourceAction;
  /** Labels of the properties that force a replacement. */
  replacementCauses: string[];
  fields: FieldChange[];
  warnings: Warning[];
}

export interface OtherChange {
  urn: string;
  name: string;
  type: string;
  action: string;
}

export interface Report {
  stack: string;
  project: string;
  /** The provider's resources (resourceTypes.ts) in the preview's order. */
  resources: ResourceChange[];
  otherChanges: OtherChange[];
  drift: DriftEntry[];
  /** Error diagnostics: the preview failed and the plan is incomplete. */
  errors: string[];
}

/** Operations that change nothing: a resource read, kept, or (in the drift pass) refreshed. */
const NO_CHANGE_OPS: ReadonlySet<string> = new Set(['same', 'read', 'refresh', 'discard', 'discard-replaced']);
const REPLACE_OPS: ReadonlySet<string> = new Set(['replace', 'create-replacement', 'delete-replaced', 'import-replacement', 'read-replacement']);

export function buildReport(doc: PreviewDocument): Report {
  const firstUrn = doc.steps[0]?.urn ?? '';
  const { stack, project } = parseUrn(firstUrn);
  const drift = findDrift(doc.steps);
  // A refresh-only preview (`refresh --preview-only`) reports drift as update/delete steps; they are not plans.
  const driftOnlyUrns = new Set(drift.filter((d) => d.refreshOnly).map((d) => d.urn));
  const byUrn = new Map<string, Step[]>();
  for (const step of doc.steps) {
    if (step.op === 'refresh' || driftOnlyUrns.has(step.urn)) continue;
    byUrn.set(step.urn, [...(byUrn.get(step.urn) ?? []), step]);
  }
  const resources: ResourceChange[] = [];
  const otherChanges: OtherChange[] = [];
  for (const [urn, steps] of byUrn) {
    const { type, name } = parseUrn(urn);
    if (isReportedType(type)) {
      resources.push(resourceChange(urn, type, name, steps));
    } else {
      const op = actionOf(steps);
      // The stack resource is created with the first deployment and changes with every stack output.
      if (op !== 'same' && type !== STACK_TYPE) otherChanges.push({ urn, name, type, action: op });
    }
  }
  return { stack, project, resources, otherChanges, drift, errors: errorMessages(doc.diagnostics) };
}

function actionOf(steps: Step[]): string {
  const ops = steps.map((s) => s.op);
  if (ops.some((op) => REPLACE_OPS.has(op))) return 'replace';
  return ops.find((op) => !NO_CHANGE_OPS.has(op)) ?? 'same';
}

function resourceChange(urn: string, type: string, name: string, steps: Step[]): ResourceChange {
  const action = toResourceAction(actionOf(steps));
  // The step that carries the diff (a replacement may show as replace, create-replacement and delete-replaced).
  const planned = steps.filter((s) => !NO_CHANGE_OPS.has(s.op));
  const step = planned.find((s) => s.detailedDiff || s.diffReasons) ?? planned[0] ?? steps[0];
  const oldState = steps.map((s) => s.oldState).find((s) => s !== undefined);
  const newState = steps.map((s) => s.newState).find((s) => s !== undefined);
  const fields = action === 'create' || action === 'import'
    ? createdFields(newState?.inputs)
    : action === 'update' || action === 'replace' ? changedFields(step) : [];
  const causes = fields.filter((f) => f.forcesReplacement).map((f) => f.label);
  const replacementCauses = action !== 'replace' ? [] : causes.length > 0 ? causes : [...new Set(steps.flatMap((s) => s.replaceReasons ?? []))];
  const change: ResourceChange = {
    urn,
    type,
    name,
    id: oldState?.id ?? newState?.id,
    vpnGatewayId: stringAt(newState?.inputs, 'vpnGatewayId') ?? stringAt(oldState?.outputs, 'vpnGatewayId'),
    action,
    replacementCauses,
    fields,
    warnings: [],
  };
  change.warnings = resourceWarnings(change, { oldState, newState });
  return change;
}

function toResourceAction(op: string): ResourceAction {
  switch (op) {
    case 'create':
    case 'update':
    case 'replace':
    case 'delete':
    case 'import':
      return op;
    default:
      return 'same';
  }
}

/** The fields of a detailed diff, or of the top-level diff reasons when the provider gave no detailed diff. */
function changedFields(step: Step): FieldChange[] {
  const oldInputs = step.oldState?.inputs;
  const oldOutputs = step.oldState?.outputs;
  const newInputs = step.newState?.inputs;
  const replaceReasons = new Set(step.replaceReasons ?? []);
  const entries = step.detailedDiff && Object.keys(step.detailedDiff).length > 0
    ? Object.entries(step.detailedDiff)
    : (step.diffReasons ?? []).map((p) => [p, { kind: replaceReasons.has(p) ? 'update-replace' : 'update', inputDiff: false }] as const);
  return entries.map(([path, entry]) => {
    const segments = parsePath(path);
    const before = valueAt(entry.inputDiff ? oldInputs : (oldOutputs ?? oldInputs), segments);
    const after = valueAt(newInputs, segments);
    const kind = entry.kind.startsWith('add') ? 'add' : entry.kind.startsWith('delete') ? 'delete' : 'update';
    return {
      path,
      label: labelPath(segments, newInputs, oldOutputs, oldInputs),
      kind,
      forcesReplacement: entry.kind.endsWith('-replace'),
      before: kind === 'add' ? undefined : before,
      after: kind === 'delete' ? undefined : after,
    };
  });
}

/** Every leaf input of a new resource, so a reviewer sees what will be created. */
function createdFields(inputs: Record<string, unknown> | undefined): FieldChange[] {
  if (!inputs) return [];
  const fields: FieldChange[] = [];
  const walk = (value: unknown, segments: Array<string | number>): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [key, inner] of Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) walk(inner, [...segments, key]);
    } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
      value.forEach((inner, i) => walk(inner, [...segments, i]));
    } else {
      fields.push({ path: formatPath(segments), label: labelPath(segments, inputs), kind: 'add', forcesReplacement: false, after: value });
    }
  };
  walk(inputs, []);
  return fields;
}

function stringAt(state: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = state?.[key];
  return typeof v === 'string' ? v : undefined;
}

function errorMessages(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => d.message.replace(/^error:\s*/, '').trim())
    .filter((m) => m !== '');
}
