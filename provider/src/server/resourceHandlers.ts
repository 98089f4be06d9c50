// Check, Diff, Create, Read, Update and Delete: decode the request, call the resource module,
// encode the answer with every secret re-wrapped at its path. With acceptSecrets the engine does
// not copy secretness onto results itself, so a path is secret in a response when the resource
// declares it secret or the engine sent it as a secret in any of the request's property maps.

import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import {
  CheckResponse,
  CreateResponse,
  ReadResponse,
  UpdateResponse,
  type CheckRequest,
  type CreateRequest,
  type DeleteRequest,
  type DiffRequest,
  type DiffResponse,
  type ReadRequest,
  type UpdateRequest,
} from '@pulumi/pulumi/proto/provider_pb';
import type { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { PartialFailure, type PropertyMap } from '../resources/resource';
import { keptMessage } from '../resources/shared/replacementGuard';
import { toCheckFailures } from './checkFailures';
import { decodeProperties, encodeProperties, secretStrings, type DecodedProperties } from './codec';
import { toDiffResponse } from './diffResponse';
import { resourceInitFailedError, RpcError, statusCodeFor } from './errors';
import type { ProviderState } from './providerState';
import { noteRecordedSettings } from './recordedSettings';
import { resourceModule, type ResourceModule } from './resourceModule';
import { PreparedError } from './unary';

/** `urn:pulumi:stack::project::parent$pkg:mod:Type::name` → `pkg:mod:Type` (older engines send no type). */
export function typeFromUrn(urn: string): string {
  const parts = urn.split('::');
  if (parts.length < 4) return '';
  const qualified = parts[2];
  return qualified.slice(qualified.lastIndexOf('$') + 1);
}

interface Target {
  mod: ResourceModule;
  urn: string;
}

export class ResourceHandlers {
  /**
   * URN → id of the resource a Diff said must be replaced. The Create of the replacement comes
   * next for the same URN and never sees the old id otherwise; the resource uses it to avoid
   * adopting the old connection when a ClientToken replays it.
   */
  private readonly replacing = new Map<string, string>();

  constructor(private readonly state: ProviderState) {}

  private target(req: { getUrn(): string; getType(): string }): Target {
    const urn = req.getUrn();
    const type = req.getType() || typeFromUrn(urn);
    const mod = resourceModule(type);
    if (!mod) throw new RpcError(grpc.status.INVALID_ARGUMENT, `unknown resource type "${type}"`);
    return { mod, urn };
  }

  /** Decodes a property map and remembers its secret values so no message ever shows them. */
  private decode(mod: ResourceModule, struct: Struct | undefined): DecodedProperties {
    const decoded = decodeProperties(struct);
    this.state.redactor.add(secretStrings(decoded.values, [...decoded.secretPaths, ...mod.secretPaths]));
    return decoded;
  }

  private encode(mod: ResourceModule, values: PropertyMap, sources: DecodedProperties[], keepUnknowns: boolean): Struct {
    const secretPaths = [...mod.secretPaths, ...sources.flatMap((s) => s.secretPaths)];
    this.state.redactor.add(secretStrings(values, secretPaths));
    return encodeProperties(values, { secretPaths, keepUnknowns });
  }

  private initFailed(mod: ResourceModule, err: PartialFailure, sources: DecodedProperties[]): PreparedError {
    const message = this.state.redactor.apply(err.message);
    const cause = (err as { cause?: unknown }).cause;
    return new PreparedError(
      resourceInitFailedError(statusCodeFor(cause ?? err), message, {
        id: err.id,
        properties: this.encode(mod, err.outputs, sources, false),
        inputs: this.encode(mod, err.inputs, sources, false),
        reasons: [message],
      }),
    );
  }

  check(req: CheckRequest): CheckResponse {
    const { mod } = this.target(req);
    const olds = this.decode(mod, req.getOlds());
    const news = this.decode(mod, req.getNews());
    const result = mod.check(olds.values, news.values, { defaultRegion: this.state.defaultRegion });
    const resp = new CheckResponse().setInputs(this.encode(mod, result.inputs, [news], true));
    const secretPaths = [...mod.secretPaths, ...news.secretPaths];
    resp.setFailuresList(toCheckFailures(result.failures, news.values, secretPaths, (text) => this.state.redactor.apply(text)));
    return resp;
  }

  diff(req: DiffRequest): DiffResponse {
    const { mod } = this.target(req);
    const oldOutputs = this.decode(mod, req.getOlds()).values;
    const newInputs = this.decode(mod, req.getNews()).values;
    // Engines that predate old inputs send only the old outputs.
    const oldInputs = req.hasOldInputs() ? this.decode(mod, req.getOldInputs()).values : oldOutputs;
    const ignoreChanges = req.getIgnorechangesList();
    const resp = toDiffResponse(mod.diff({ id: req.getId(), oldOutputs, oldInputs, newInputs, ignoreChanges }));
    if (resp.getReplacesList().length > 0 && req.getId()) this.replacing.set(req.getUrn(), req.getId());
    return resp;
  }

  async create(req: CreateRequest, signal: AbortSignal): Promise<CreateResponse> {
    const { mod, urn } = this.target(req);
    const inputs = this.decode(mod, req.getProperties());
    if (req.getPreview()) {
      // No API call: the outputs as far as they are known, unknowns for what the service computes.
      return new CreateResponse().setProperties(this.encode(mod, mod.previewOutputs(inputs.values), [inputs], true));
    }
    const port = this.state.cloudPort();
    const replacingId = this.replacing.get(urn);
    this.replacing.delete(urn);
    const ctx = { ...this.state.operationContext(urn, req.getTimeout(), signal, this.state.stackIdentity()), ...(replacingId ? { replacingId } : {}) };
    try {
      const result = await mod.create(port, inputs.values, ctx);
      if (mod.guardedKind !== undefined) this.state.replacements.created(urn, result);
      return new CreateResponse().setId(result.id).setProperties(this.encode(mod, result.outputs, [inputs], false));
    } catch (err) {
      if (err instanceof PartialFailure) throw this.initFailed(mod, err, [inputs]);
      throw err;
    }
  }

  async read(req: ReadRequest, signal: AbortSignal): Promise<ReadResponse> {
    const { mod, urn } = this.target(req);
    const outputs = this.decode(mod, req.getProperties());
    const inputs = this.decode(mod, req.getInputs());
    // `pulumi import` sends the id alone; refresh sends the last known outputs and inputs.
    const has = (d: DecodedProperties) => (Object.keys(d.values).length > 0 ? d.values : undefined);
    const ctx = this.state.operationContext(urn, req.getTimeout(), signal);
    const result = await mod.read(this.state.cloudPort(), { id: req.getId(), oldOutputs: has(outputs), oldInputs: has(inputs) }, ctx);
    if (!result.id) return new ReadResponse();
    return new ReadResponse()
      .setId(result.id)
      .setProperties(this.encode(mod, result.outputs, [outputs, inputs], false))
      .setInputs(this.encode(mod, result.inputs, [inputs, outputs], false));
  }

  async update(req: UpdateRequest, signal: AbortSignal): Promise<UpdateResponse> {
    const { mod, urn } = this.target(req);
    const oldOutputs = this.decode(mod, req.getOlds());
    const newInputs = this.decode(mod, req.getNews());
    const oldInputs = req.hasOldInputs() ? this.decode(mod, req.getOldInputs()) : oldOutputs;
    const sources = [newInputs, oldOutputs];
    if (req.getPreview()) {
      const preview = mod.previewOutputs(newInputs.values, oldOutputs.values);
      return new UpdateResponse().setProperties(this.encode(mod, preview, sources, true));
    }
    const port = this.state.cloudPort();
    const ctx = this.state.operationContext(urn, req.getTimeout(), signal, this.state.stackIdentity());
    try {
      const outputs = await mod.update(
        port,
        { id: req.getId(), oldOutputs: oldOutputs.values, oldInputs: oldInputs.values, newInputs: newInputs.values },
        ctx,
      );
      return new UpdateResponse().setProperties(this.encode(mod, outputs, sources, false));
    } catch (err) {
      if (err instanceof PartialFailure) throw this.initFailed(mod, err, sources);
      throw err;
    }
  }

  async delete(req: DeleteRequest, signal: AbortSignal): Promise<Empty> {
    const { mod, urn } = this.target(req);
    const outputs = this.decode(mod, req.getProperties());
    const ctx = this.state.operationContext(urn, req.getTimeout(), signal, this.state.stackIdentityForDelete());
    // The Delete of a resource a replacement's Create in this process adopted: deleting it would delete the
    // replacement (resources/shared/replacementGuard.ts). The connection tells it apart itself, by its
    // generation tag, since that Create may have run in another plugin process.
    if (mod.guardedKind !== undefined && this.state.replacements.keeps(urn, req.getId())) {
      ctx.log?.('warning', keptMessage(mod.guardedKind, req.getId()));
      return new Empty();
    }
    let port;
    try {
      port = this.state.cloudPort();
    } catch (err) {
      throw noteRecordedSettings(err, true);
    }
    await mod.remove(port, { id: req.getId(), outputs: outputs.values }, ctx).catch((err: unknown) => {
      throw noteRecordedSettings(err);
    });
    return new Empty();
  }
}
