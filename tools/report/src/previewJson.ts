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

/** Every key `pulumi preview --json` can print (Pulumi's PreviewDigest; each is left out when empty). */
const DIGEST_KEYS: ReadonlySet<string> = new Set(['config', 'steps', 'diagnostics', 'duration', 'changeSummary', 'maybeCorrupt']);
const FIX = 'pipe `pulumi preview --json` (or `pulumi preview --refresh --json`) into alicloudvpn-report, or name a file holding its output';

/** A refusal that never quotes the input: it may be anything, a secret included. */
function notAPreview(what: string): PreviewParseError {
  return new PreviewParseError(`the input is ${what}, not the output of \`pulumi preview --json\`: ${FIX}`);
}

/**
 * Parses the engine's JSON. Only steps, diagnostics and the change summary are kept (the `config` section is
 * dropped: the report never needs it, and `--show-secrets` would put secret config values in it). Anything else
 * that is JSON (`pulumi stack output --json`, a stack export, `{}`) is refused, so a miswired pipeline fails.
 */
export function parsePreview(text: string): PreviewDocument {
  const trimmed = text.trim();
  if (trimmed === '') throw notAPreview('empty');
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    // JSON.parse's message quotes the text around the error.
    throw notAPreview('not JSON');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw notAPreview('JSON but not an object');
  const doc = raw as Record<string, unknown>;
  const keys = Object.keys(doc);
  const foreign = keys.filter((k) => !DIGEST_KEYS.has(k)).length;
  if (foreign > 0) throw notAPreview(`a JSON object with ${foreign} ${foreign === 1 ? 'key' : 'keys'} a preview never prints (such as \`pulumi stack output --json\` prints)`);
  if (!keys.some((k) => k === 'steps' || k === 'diagnostics' || k === 'changeSummary')) throw notAPreview('a JSON object without the steps, diagnostics or change summary of a preview');
  const steps = doc.steps ?? [];
  if (!Array.isArray(steps)) throw notAPreview('a JSON object whose `steps` is not an array');
  const diagnostics = doc.diagnostics ?? [];
  if (!Array.isArray(diagnostics)) throw notAPreview('a JSON object whose `diagnostics` is not an array');
  if (doc.changeSummary !== undefined && doc.changeSummary !== null && record(doc.changeSummary) === undefined) {
    throw notAPreview('a JSON object whose `changeSummary` is not an object');
  }
  return {
    steps: steps.map((s, i) => toStep(redactSecrets(s), i)),
    diagnostics: diagnostics.filter(isDiagnostic),
    changeSummary: toCounts(doc.changeSummary),
  };
}

function toStep(value: unknown, index: number): Step {
  if (value === null || typeof value !== 'object') throw notAPreview(`a JSON object whose steps[${index}] is not an object`);
  const s = value as Record<string, unknown>;
  if (typeof s.op !== 'string' || typeof s.urn !== 'string') throw notAPreview(`a JSON object whose steps[${index}] has no op or urn`);
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
