// Invoke: decode the arguments, check them (each failure goes back as a CheckFailure naming the argument, before any
// API call), run the function, and encode its result with every secret wrapped at its path: the function's secret
// outputs, and any output named like an argument the engine sent as a secret. The engine keeps invoke results'
// secrets (acceptSecrets), so the language SDKs see them as secrets.

import * as grpc from '@grpc/grpc-js';
import { CheckFailure, InvokeResponse, type InvokeRequest } from '@pulumi/pulumi/proto/provider_pb';
import { hasUnknownArgs } from '../functions/args';
import { decodeProperties, encodeProperties, secretStrings } from './codec';
import { RpcError } from './errors';
import { functionModule, functionTokens } from './functionModule';
import type { ProviderState } from './providerState';

export class FunctionHandlers {
  constructor(private readonly state: ProviderState) {}

  async invoke(req: InvokeRequest, signal: AbortSignal): Promise<InvokeResponse> {
    const token = req.getTok();
    const mod = functionModule(token);
    if (!mod) throw new RpcError(grpc.status.INVALID_ARGUMENT, `unknown function "${token}": this provider has ${functionTokens().join(', ')}`);
    const args = decodeProperties(req.getArgs());
    this.state.redactor.add(secretStrings(args.values, args.secretPaths));
    const checked = mod.check(args.values, { defaultRegion: this.state.defaultRegion });
    if (checked.failures.length > 0) {
      const redact = (text: string) => this.state.redactor.apply(text);
      return new InvokeResponse().setFailuresList(checked.failures.map((f) => new CheckFailure().setProperty(f.property).setReason(redact(f.reason))));
    }
    // An argument not known yet (a preview): nothing to look up, and an empty result tells the engine so.
    if (hasUnknownArgs(checked.inputs)) return new InvokeResponse();
    const result = await mod.invoke(this.state.cloudPort(), checked.inputs, this.state.operationContext('', 0, signal));
    const secretPaths = [...mod.secretPaths, ...args.secretPaths];
    this.state.redactor.add(secretStrings(result, secretPaths));
    return new InvokeResponse().setReturn(encodeProperties(result, { secretPaths }));
  }
}
