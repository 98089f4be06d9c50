// additionalSecretOutputs only names top-level properties, so it cannot keep `ikeConfig.psk` secret
// on the way in: the engine would store a plain PSK among the inputs. Wrapping just the PSK (not the
// whole ikeConfig) keeps the other IKE fields readable in `pulumi preview --diff`.
import * as pulumi from '@pulumi/pulumi';
import type { types } from 'pulumi-alicloudvpn';

type IkeConfigArgs = types.input.VpnConnectionIkeConfigArgs;
type IkeConfigInput = pulumi.Input<IkeConfigArgs | undefined>;

function wrapPsk(ikeConfig: IkeConfigArgs): IkeConfigArgs {
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
    return (ikeConfig as pulumi.Output<IkeConfigArgs>).apply(wrapPsk) as IkeConfigInput;
  }
  if (typeof (ikeConfig as PromiseLike<unknown>).then === 'function') {
    return Promise.resolve(ikeConfig as PromiseLike<IkeConfigArgs>).then(wrapPsk);
  }
  return wrapPsk(ikeConfig as IkeConfigArgs);
}
