// The document `pulumi preview --json` (and `preview --refresh --json`, `refresh --preview-only --json`) prints:
// its types, and the one function that reads it. Secrets are redacted here, before the document goes anywhere.
import { redactSecrets } from './secrets';

/** One property of a detailed diff, keyed by its property path (`ikeConfig.ikeEncAlg`, `remoteSubnets[1]`). */
export interface DiffEntry {
  kind: 'add' | 'add-replace' | 'update' | 'update-replace' | 'delete' | 'delete-replace';
  inputDiff?: boolean;
}

export interface ResourceState {
  urn: string;
  type: string;
  id?: string;
  custom?: boolean;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
}

export interface Step {
  /** same, create, update, delete, replace, create-replacement, delete-replaced, read, import, refresh, … */
  op: string;
  urn: string;
  oldState?: ResourceState;
  newState?: ResourceState;
  diffReasons?: string[];
  replaceReasons?: string[];
  detailedDiff?: Record<string, DiffEntry>;
}

export interface Diagnostic {
  urn?: string;
  message: string;
  severity: string;
}

export interface PreviewDocument {
  steps: Step[];
  diagnostics: Diagnostic[];
  changeSummary: Record<string, number>;
}

export class PreviewParseError extends Error {
  override readonly name = 'PreviewParseError';
}

/**
 * Parses the engine's JSON. Only steps, diagnostics and the change summary are kept (the `config` section is
 * dropped: the report never needs it, and `--show-secrets` would put secret config values in it).
 */
export function parsePreview(text: string): PreviewDocument {
  const trimmed = text.trim();
  if (trimmed === '') throw new PreviewParseError('the input is empty: pipe in the output of `pulumi preview --json`');
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch (err) {
    throw new PreviewParseError(`the input is not JSON (${(err as Error).message}): pipe in the output of \`pulumi preview --json\``);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new PreviewParseError('the input is not a JSON object: pipe in the output of `pulumi preview --json`');
  }
  const doc = raw as Record<string, unknown>;
  const steps = doc.steps ?? [];
  if (!Array.isArray(steps)) throw new PreviewParseError('`steps` is not an array: is this the output of `pulumi preview --json`?');
  const diagnostics = doc.diagnostics ?? [];
  if (!Array.isArray(diagnostics)) throw new PreviewParseError('`diagnostics` is not an array');
  return {
    steps: steps.map((s, i) => toStep(redactSecrets(s), i)),
    diagnostics: diagnostics.filter(isDiagnostic),
    changeSummary: toCounts(doc.changeSummary),
  };
}

function toStep(value: unknown, index: number): Step {
  if (value === null || typeof value !== 'object') throw new PreviewParseError(`steps[${index}] is not an object`);
  const s = value as Record<string, unknown>;
  if (typeof s.op !== 'string' || typeof s.urn !== 'string') throw new PreviewParseError(`steps[${index}] has no op or urn`);
  return {
    op: s.op,
    urn: s.urn,
    oldState: toState(s.oldState),
    newState: toState(s.newState),
    diffReasons: strings(s.diffReasons),
    replaceReasons: strings(s.replaceReasons),
    detailedDiff: toDetailedDiff(s.detailedDiff),
  };
}

function toState(value: unknown): ResourceState | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  return {
    urn: String(s.urn ?? ''),
    type: String(s.type ?? ''),
    id: typeof s.id === 'string' && s.id !== '' ? s.id : undefined,
    custom: s.custom === true,
    inputs: record(s.inputs),
    outputs: record(s.outputs),
  };
}

const DIFF_KINDS = new Set(['add', 'add-replace', 'update', 'update-replace', 'delete', 'delete-replace']);

function toDetailedDiff(value: unknown): Record<string, DiffEntry> | undefined {
  const entries = record(value);
  if (!entries) return undefined;
  const out: Record<string, DiffEntry> = {};
  for (const [path, entry] of Object.entries(entries)) {
    const e = record(entry);
    const kind = typeof e?.kind === 'string' && DIFF_KINDS.has(e.kind) ? (e.kind as DiffEntry['kind']) : 'update';
    out[path] = { kind, inputDiff: e?.inputDiff === true };
  }
  return out;
}

function isDiagnostic(value: unknown): value is Diagnostic {
  const d = record(value);
  return d !== undefined && typeof d.message === 'string' && typeof d.severity === 'string';
}

function toCounts(value: unknown): Record<string, number> {
  const counts = record(value) ?? {};
  return Object.fromEntries(Object.entries(counts).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}
