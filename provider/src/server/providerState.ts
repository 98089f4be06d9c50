// What one plugin process remembers between calls: the configuration Configure received, the
// cloud port built from it (lazily: previews need no credentials), the cancellation shared by all
// in-flight operations, the engine logger, the secrets to keep out of messages and the resources
// its creates adopted (the replacement guard).

import * as grpc from '@grpc/grpc-js';
import { createVpcPort, resolveCloudSettings, type VpcPort } from '../cloud';
import type { LogLevel, OperationContext, PropertyMap } from '../resources/resource';
import { ReplacementGuard } from '../resources/shared/replacementGuard';
import type { EngineLogger } from './engineLog';
import { RpcError } from './errors';
import { explicitSettings, hasUnknownConfig, PACKAGE } from './providerConfig';
import type { Redactor } from './redact';
import { configSettingHint } from './settingHint';
import { isStackIdentity, STACK_IDENTITY_KEY } from './stackIdentity';

type Resolution = ReturnType<typeof resolveCloudSettings>;

export class ProviderState {
  /** Aborted by Cancel: the engine is shutting down, so every wait and retry stops. */
  private readonly cancellation = new AbortController();
  private config: PropertyMap = {};
  private resolution: Resolution | undefined;
  private port: VpcPort | undefined;
  /** What this process's creates adopted, so the Delete of a replaced resource does not delete its replacement. */
  readonly replacements = new ReplacementGuard();

  constructor(
    readonly logger: EngineLogger,
    readonly redactor: Redactor,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  configure(config: PropertyMap): void {
    this.config = config;
    this.resolution = undefined;
    this.port = undefined;
  }

  /** False when Configure saw values that are only known at apply time (preview). */
  get configKnown(): boolean {
    return !hasUnknownConfig(this.config);
  }

  private resolve(): Resolution {
    this.resolution ??= resolveCloudSettings(explicitSettings(this.config), this.env);
    return this.resolution;
  }

  /** The provider's region (config, then environment): the default for resources' regionId. */
  get defaultRegion(): string | undefined {
    if (!this.configKnown) return undefined;
    return this.resolve().settings.region || undefined;
  }

  /** The cloud port; fails with the configuration problems when there is none to build. */
  cloudPort(): VpcPort {
    if (this.port) return this.port;
    if (!this.configKnown) {
      throw new RpcError(grpc.status.FAILED_PRECONDITION, `the ${PACKAGE} provider configuration is not known yet`);
    }
    const { settings, failures } = this.resolve();
    if (failures.length > 0) {
      const lines = failures.map((f) => `${f.property}: ${f.reason}`);
      throw new RpcError(grpc.status.FAILED_PRECONDITION, `the ${PACKAGE} provider is not configured: ${lines.join('; ')}`);
    }
    this.port = createVpcPort(settings, configSettingHint);
    return this.port;
  }

  /**
   * The stack identity Configure received (CheckConfig put it there). A create or update derives its ClientToken
   * and ownership tags from it, so one without it is refused rather than made unowned.
   */
  stackIdentity(): string {
    const identity = this.stackIdentityForDelete();
    if (identity !== '') return identity;
    throw new RpcError(
      grpc.status.FAILED_PRECONDITION,
      `the ${PACKAGE} provider's inputs carry no stack identity, which its CheckConfig adds and the engine records with the provider; ` +
        'run `pulumi up`, which calls CheckConfig before Configure',
    );
  }

  /**
   * The stack identity for a Delete, or '' when the recorded provider has none (a provider `pulumi import` made
   * in an empty stack is recorded without CheckConfig's inputs): a Delete's ClientToken includes the connection
   * id, so it is unique without the identity, and a Delete makes nothing another stack could adopt.
   */
  stackIdentityForDelete(): string {
    const identity = this.config[STACK_IDENTITY_KEY];
    return isStackIdentity(identity) ? identity : '';
  }

  cancel(): void {
    this.cancellation.abort();
  }

  get cancelled(): boolean {
    return this.cancellation.signal.aborted;
  }

  /**
   * Context for one operation: `timeoutSeconds` is the engine's (0 = none given), `callSignal`
   * fires when the engine abandons this one call; `stack` is the stack identity (changes need it, reads do not).
   */
  operationContext(urn: string, timeoutSeconds: number, callSignal?: AbortSignal, stack = ''): OperationContext {
    const signals = [this.cancellation.signal, ...(callSignal ? [callSignal] : [])];
    return {
      urn,
      stack,
      timeoutMs: timeoutSeconds > 0 ? Math.round(timeoutSeconds * 1000) : undefined,
      signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals),
      // Progress ("waiting for VPN gateway …") is status, shown while it is true and not kept
      // among the run's diagnostics; warnings and errors stay.
      log: (level: LogLevel, message: string) => this.logger.log(level, message, urn, level === 'info'),
    };
  }
}
