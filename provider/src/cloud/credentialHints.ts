// The service's answers to a bad AccessKey pair, in the user's terms: which setting the pair came from
// and which command sets the right one. The service's own words ("Specified signature is not matched with
// our calculation") name neither. The AccessKey ID is named (it is not secret, and it tells the user which
// pair was sent); the secret never is.

import { answerRef, CloudError, reworded } from './errors';
import type { CredentialSource } from './settings';
import type { SettingHint } from './settingHints';

/** What the credential chain (credentialChain.ts) raises when no source holds a pair. */
export const NO_CREDENTIALS = 'NoCredentials';
export const SIGNATURE_DOES_NOT_MATCH = 'SignatureDoesNotMatch';
export const ACCESS_KEY_NOT_FOUND = 'InvalidAccessKeyId.NotFound';

export interface CredentialTarget {
  credentialSource: CredentialSource;
  /** The AccessKey ID sent, when the settings or the environment gave it (the default chain finds its own). */
  accessKeyId?: string;
}

const ENV_PAIRS: Readonly<Record<'ALIBABA_CLOUD_*' | 'ALICLOUD_*', [string, string]>> = {
  'ALIBABA_CLOUD_*': ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
  'ALICLOUD_*': ['ALICLOUD_ACCESS_KEY', 'ALICLOUD_SECRET_KEY'],
};

function from(source: CredentialSource): string {
  if (source === 'explicit') return "the provider's accessKeyId and accessKeySecret settings";
  if (source === 'default-chain') {
    return 'the default credential chain (an Alibaba Cloud CLI profile, ~/.alibabacloud/credentials, OIDC or an ECS RAM role), since neither the provider settings nor the environment hold a pair';
  }
  const [id, secret] = ENV_PAIRS[source];
  return `the environment variables ${id} and ${secret}`;
}

/** The commands that set a pair, starting with the source in use; the provider settings win over the others. */
function fix(source: CredentialSource, hint: SettingHint): string {
  const settings = `${hint('accessKeyId')} and ${hint('accessKeySecret')}`;
  if (source === 'explicit') return `Set the right pair: ${settings}`;
  const where = source === 'default-chain' ? 'correct the profile or credentials file it read' : `export the right pair in ${ENV_PAIRS[source].join(' and ')}`;
  return `Either ${where}, or set the pair in the provider settings, which take precedence: ${settings}`;
}

function explanation(code: string, target: CredentialTarget): string | undefined {
  const key = target.accessKeyId !== undefined ? `AccessKey ID ${target.accessKeyId}` : 'the AccessKey ID';
  if (code === SIGNATURE_DOES_NOT_MATCH) {
    return `the service rejected the request's signature: the AccessKey secret is not the one that belongs to ${key} (the pair came from ${from(target.credentialSource)})`;
  }
  if (code === ACCESS_KEY_NOT_FOUND) {
    return (
      `the service does not know ${key} (it came from ${from(target.credentialSource)}): it is mistyped, deleted, ` +
      "or meant for another endpoint (the emulator's pair does not work against Alibaba Cloud, nor the reverse)"
    );
  }
  return undefined;
}

/** A service error about the AccessKey pair, rewritten to name its source and the fix; any other error as it was. */
export function explainCredentialError(error: unknown, target: CredentialTarget, hint: SettingHint): unknown {
  if (!(error instanceof CloudError) || error.statusCode === undefined) return error;
  const text = explanation(error.code, target);
  if (text === undefined) return error;
  const lead = error.action !== undefined ? `${error.action}: ` : '';
  const emulator = 'For the local emulator, the pair is in the README\'s "The emulator" section.';
  return reworded(error, `${lead}${error.code}: ${text}. ${fix(target.credentialSource, hint)}. ${emulator} (${answerRef(error.statusCode, error.requestId)})`);
}
