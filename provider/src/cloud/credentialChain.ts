// The credential sources Alibaba's default chain tries when neither the provider's settings nor the
// environment hold an AccessKey pair: the Alibaba Cloud CLI's profile, the credentials file, OIDC, the
// ECS RAM role and a credentials URI. The SDK's own chain adds the URI source even when no URI is set,
// and then looks up the host "undefined" (a DNS query off the machine, and a message ending in
// "getaddrinfo ENOTFOUND undefined"); this chain adds a source only when something configures it, and
// when all fail says what to set instead of repeating each source's failure.

import {
  CLIProfileCredentialsProvider,
  ECSRAMRoleCredentialsProvider,
  OIDCRoleArnCredentialsProvider,
  ProfileCredentialsProvider,
  URICredentialsProvider,
  type CredentialsProvider,
} from '@alicloud/credentials';
import { NO_CREDENTIALS } from './credentialHints';
import { CloudError } from './errors';
import { SettingHint, plainSettingHint } from './settingHints';

function metadataDisabled(env: NodeJS.ProcessEnv): boolean {
  return env.ALIBABA_CLOUD_ECS_METADATA_DISABLED?.toLowerCase() === 'true';
}

/** The message when no source has credentials: what to set, then where else it looked. */
export function noCredentialsMessage(hint: SettingHint, env: NodeJS.ProcessEnv = process.env): string {
  const ecs = metadataDisabled(env) ? 'the ECS RAM role is off (ALIBABA_CLOUD_ECS_METADATA_DISABLED=true)' : 'no ECS RAM role answered';
  return (
    `no Alibaba Cloud credentials found. Set them with ${hint('accessKeyId')} and ${hint('accessKeySecret')}, ` +
    'or export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (for the local emulator: the pair in the README\'s "The emulator" ' +
    'section). Also looked for an Alibaba Cloud CLI profile (~/.aliyun/config.json) and a credentials file ' +
    `(~/.alibabacloud/credentials); ${ecs}`
  );
}

type Credentials = Awaited<ReturnType<CredentialsProvider['getCredentials']>>;

/** Each source the SDK's default chain would try, minus those nothing configures; built as the SDK builds them. */
function configuredSources(env: NodeJS.ProcessEnv): CredentialsProvider[] {
  const builders: (() => CredentialsProvider)[] = [
    () => OIDCRoleArnCredentialsProvider.builder().build(),
    () => CLIProfileCredentialsProvider.builder().build(),
    () => ProfileCredentialsProvider.builder().build(),
    // The builder refuses when ALIBABA_CLOUD_ECS_METADATA_DISABLED=true.
    () => ECSRAMRoleCredentialsProvider.builder().withRoleName(env.ALIBABA_CLOUD_ECS_METADATA ?? '').build(),
  ];
  if (env.ALIBABA_CLOUD_CREDENTIALS_URI) {
    builders.push(() => URICredentialsProvider.builder().withCredentialsURI(env.ALIBABA_CLOUD_CREDENTIALS_URI ?? '').build());
  }
  const sources: CredentialsProvider[] = [];
  for (const build of builders) {
    try {
      sources.push(build());
    } catch {
      // Not configured here (no OIDC variables, metadata disabled, CLI profile disabled).
    }
  }
  return sources;
}

/** A credentials provider for `new Credential(null, provider)`; builds the sources on first use. */
export class DefaultCredentialChain implements CredentialsProvider {
  private found: CredentialsProvider | undefined;

  constructor(
    private readonly hint: SettingHint = plainSettingHint,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  getProviderName(): string {
    return 'default';
  }

  async getCredentials(): Promise<Credentials> {
    // A source that answered once keeps answering (and refreshes its own session credentials).
    if (this.found) return this.found.getCredentials();
    for (const source of configuredSources(this.env)) {
      try {
        const credentials = await source.getCredentials();
        this.found = source;
        return credentials;
      } catch {
        // Each source explains its absence in its own words (one ends in the SDK's request URL); the
        // user needs what to set instead, which the message below says.
      }
    }
    throw new CloudError(noCredentialsMessage(this.hint, this.env), NO_CREDENTIALS, undefined, undefined, 'fatal');
  }
}
