// Helpers shared by the SDK's resources, in the shape Pulumi's generated SDKs use.
import * as pulumi from '@pulumi/pulumi';

/** The SDK's version, which is also the version of the provider plugin it asks the engine for. */
export function getVersion(): string {
  // bin/utilities.js sits one level below package.json.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../package.json') as { version: string }).version;
}

/** Resource options every resource of this package starts from. */
export function resourceOptsDefaults(): pulumi.ResourceOptions {
  return { version: getVersion() };
}
