// The protocol-agnostic contract between a resource implementation and its callers
// (the gRPC server in server/ and the dynamic provider in the SDK). Values here are plain
// JavaScript: secrets are already unwrapped by the caller's codec, and a value the engine
// does not know yet (preview) is an instance of Unknown.

/** A value that is not known until apply time (the engine's typed unknown sentinels). */
export class Unknown {
  constructor(public readonly kind: 'string' | 'bool' | 'number' | 'array' | 'object' = 'string') {}
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export type PropertyValue = unknown;
export type PropertyMap = Record<string, PropertyValue>;

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

/** Everything an operation needs from its caller besides the cloud port. */
export interface OperationContext {
  /** The resource URN (in the dynamic provider, the URN the program computed for it). */
  urn: string;
  /**
   * The identity of the stack instance (server/stackIdentity.ts): with the URN, what ClientTokens and
   * ownership tags are derived from, so that a stack never adopts what another stack made.
   */
  stack: string;
  /** Overall budget for the operation, in milliseconds; undefined = the resource's default. */
  timeoutMs?: number;
  /** Aborted when the engine sends Cancel: waits and retries stop promptly. */
  signal?: AbortSignal;
  /** Progress messages meant for the user (never secrets). */
  log?: (level: LogLevel, message: string) => void;
}

/** A create's context: when a Diff just said the resource is replaced, the id of the resource it replaces. */
export interface CreateContext extends OperationContext {
  replacingId?: string;
}

/** Provider-level settings a check needs (the provider's default region, for one). */
export interface CheckContext {
  defaultRegion?: string;
}

export interface CheckFailure {
  /** Property path in `a.b[0].c` syntax, e.g. `ikeConfig.ikeEncAlg`. */
  property: string;
  /** What is wrong and what is allowed. Never contains a secret value. */
  reason: string;
}

export interface CheckResult {
  /** Validated inputs with documented defaults filled in. */
  inputs: PropertyMap;
  failures: CheckFailure[];
}

export type PropertyDiffKind = 'add' | 'add-replace' | 'delete' | 'delete-replace' | 'update' | 'update-replace';

export interface PropertyDiff {
  kind: PropertyDiffKind;
  /** True when the difference is between old and new inputs rather than old outputs. */
  inputDiff: boolean;
}

export interface DiffResult {
  changes: boolean;
  /** Top-level property names whose change forces replacement. */
  replaces: string[];
  /** Top-level property names that changed; each has at least one detailedDiff path. */
  diffs: string[];
  /** Full paths (`ikeConfig.ikeEncAlg`, `localSubnets[1]`) → kind of change. */
  detailedDiff: Record<string, PropertyDiff>;
  deleteBeforeReplace: boolean;
}

export interface CreateResult {
  id: string;
  outputs: PropertyMap;
  /** True when the create replayed a resource that already existed (an earlier attempt made it). */
  adopted?: boolean;
}

export interface ReadResult {
  /** '' when the resource no longer exists. */
  id: string;
  outputs: PropertyMap;
  /** Inputs reconstructed from live state (used by import and refresh). */
  inputs: PropertyMap;
}

/**
 * Thrown by create/update when a resource exists remotely but the operation did not finish
 * (for example the wait for the gateway timed out). Callers record it so nothing leaks.
 */
export class PartialFailure extends Error {
  constructor(
    message: string,
    public readonly id: string,
    public readonly outputs: PropertyMap,
    public readonly inputs: PropertyMap,
  ) {
    super(message);
    this.name = 'PartialFailure';
  }
}
