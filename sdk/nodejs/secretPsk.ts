// additionalSecretOutputs only names top-level properties, so it cannot keep `ikeConfig.psk` secret
// on the way in: the engine would store a plain PSK among the inputs. Wrapping just the PSK (not the
// whole ikeConfig) keeps the other IKE fields readable in `pulumi preview --diff`.
import * as pulumi from '@pulumi/pulumi';
import type * as inputs from './types/input';

type IkeConfigInput = pulumi.Input<inputs.VpnConnectionIkeConfigArgs>;

function wrapPsk(ikeConfig: inputs.VpnConnectionIkeConfigArgs): inputs.VpnConnectionIkeConfigArgs {
  if (ikeConfig === undefined || ikeConfig === null || ikeConfig.psk === undefined || ikeConfig.psk === null) {
    return ikeConfig;
  }
  return { ...ikeConfig, psk: pulumi.secret(ikeConfig.psk) };
}

/** Returns `ikeConfig` with its `psk` (when set) marked secret, wherever the value comes from. */
export function withSecretPsk(ikeConfig: IkeConfigInput | undefined): IkeConfigInput | undefined {
  if (ikeConfig === undefined || ikeConfig === null) {
    return ikeConfig;
  }
  if (pulumi.Output.isInstance(ikeConfig)) {
    // Not pulumi.output(): it would lift the nested secret and hide the whole ikeConfig.
    return (ikeConfig as pulumi.Output<inputs.VpnConnectionIkeConfigArgs>).apply(wrapPsk) as IkeConfigInput;
  }
  if (typeof (ikeConfig as PromiseLike<unknown>).then === 'function') {
    return Promise.resolve(ikeConfig as PromiseLike<inputs.VpnConnectionIkeConfigArgs>).then(wrapPsk);
  }
  return wrapPsk(ikeConfig as inputs.VpnConnectionIkeConfigArgs);
}
