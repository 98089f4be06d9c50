// Resolves where and as whom to call the VPC API: explicit provider config first, then the
// environment variables Alibaba's tools and pulumi-alicloud users already set, then the
// @alicloud/credentials default chain (profile file, ECS RAM role, OIDC, ...).

export interface CloudSettings {
  region?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  /** `host:port` (a leading `http://` or `https://` also sets protocol). */
  endpoint?: string;
  /** 'http' | 'https'; typed loosely because it arrives as untyped provider config and is checked here. */
  protocol?: string;
  connectTimeoutMs?: number;
  readTimeoutMs?: number;
}

export type CredentialSource = 'explicit' | 'ALIBABA_CLOUD_*' | 'ALICLOUD_*' | 'default-chain';

export interface StaticCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

export interface ResolvedCloudSettings {
  region?: string;
  /** undefined = let @alicloud/credentials' default chain find them at call time. */
  credentials?: StaticCredentials;
  credentialSource: CredentialSource;
  endpoint?: string;
  protocol: 'http' | 'https';
  connectTimeoutMs: number;
  readTimeoutMs: number;
}

export interface SettingsFailure {
  property: string;
  reason: string;
}

// The SDK's 3 s default is shorter than a loaded API endpoint sometimes takes to answer.
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_READ_TIMEOUT_MS = 30_000;
/** Why `region` is not a region id (`cn-hangzhou`, `ap-southeast-1`), or undefined when it is one. */
export function notARegionId(region: string): string | undefined {
  return /^[a-z]{2,}(-[a-z0-9]+)+$/.test(region) ? undefined : `"${region}" is not a region id (for example cn-hangzhou, ap-southeast-1)`;
}

/** Whole seconds a request waits for its answer when readTimeoutMs is not given (tests shorten it). */
export const READ_TIMEOUT_ENV = 'ALICLOUDVPN_READ_TIMEOUT_SECONDS';

const ENDPOINT_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function nonEmpty(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
}

function credentialsFrom(
  id: string | undefined,
  secret: string | undefined,
  token: string | undefined,
  idName: string,
  secretName: string,
  failures: SettingsFailure[],
): StaticCredentials | undefined {
  if (id && secret) return token ? { accessKeyId: id, accessKeySecret: secret, securityToken: token } : { accessKeyId: id, accessKeySecret: secret };
  if (id && !secret) failures.push({ property: secretName, reason: `${idName} is set but ${secretName} is not; set both or neither` });
  if (!id && secret) failures.push({ property: idName, reason: `${secretName} is set but ${idName} is not; set both or neither` });
  return undefined;
}

export function resolveCloudSettings(
  explicit: CloudSettings,
  env: NodeJS.ProcessEnv = process.env,
): { settings: ResolvedCloudSettings; failures: SettingsFailure[] } {
  const failures: SettingsFailure[] = [];

  let credentials: StaticCredentials | undefined;
  let credentialSource: CredentialSource = 'default-chain';
  const exId = nonEmpty(explicit.accessKeyId);
  const exSecret = nonEmpty(explicit.accessKeySecret);
  if (exId || exSecret) {
    credentials = credentialsFrom(exId, exSecret, nonEmpty(explicit.securityToken), 'accessKeyId', 'accessKeySecret', failures);
    credentialSource = 'explicit';
  } else if (nonEmpty(env.ALIBABA_CLOUD_ACCESS_KEY_ID) || nonEmpty(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET)) {
    credentials = credentialsFrom(
      nonEmpty(env.ALIBABA_CLOUD_ACCESS_KEY_ID),
      nonEmpty(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET),
      nonEmpty(env.ALIBABA_CLOUD_SECURITY_TOKEN),
      'ALIBABA_CLOUD_ACCESS_KEY_ID',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      failures,
    );
    credentialSource = 'ALIBABA_CLOUD_*';
  } else if (nonEmpty(env.ALICLOUD_ACCESS_KEY) || nonEmpty(env.ALICLOUD_SECRET_KEY)) {
    credentials = credentialsFrom(
      nonEmpty(env.ALICLOUD_ACCESS_KEY),
      nonEmpty(env.ALICLOUD_SECRET_KEY),
      nonEmpty(env.ALICLOUD_SECURITY_TOKEN),
      'ALICLOUD_ACCESS_KEY',
      'ALICLOUD_SECRET_KEY',
      failures,
    );
    credentialSource = 'ALICLOUD_*';
  }
  if (nonEmpty(explicit.securityToken) && !(exId && exSecret)) {
    failures.push({ property: 'securityToken', reason: 'securityToken needs accessKeyId and accessKeySecret' });
  }

  const region =
    nonEmpty(explicit.region) ?? nonEmpty(env.ALIBABA_CLOUD_REGION_ID) ?? nonEmpty(env.ALICLOUD_REGION) ?? nonEmpty(env.ALICLOUD_REGION_ID);
  const badRegion = region === undefined ? undefined : notARegionId(region);
  if (badRegion !== undefined) failures.push({ property: 'region', reason: badRegion });

  let protocol: 'http' | 'https' = 'https';
  if (explicit.protocol !== undefined) {
    const p = explicit.protocol.trim().toLowerCase();
    if (p === 'http' || p === 'https') protocol = p;
    else failures.push({ property: 'protocol', reason: 'allowed values: http, https' });
  }
  let endpoint = nonEmpty(explicit.endpoint);
  if (endpoint !== undefined) {
    const scheme = /^(https?):\/\//i.exec(endpoint);
    if (scheme) {
      const fromScheme = scheme[1].toLowerCase() as 'http' | 'https';
      if (explicit.protocol !== undefined && explicit.protocol.trim().toLowerCase() !== fromScheme) {
        failures.push({ property: 'endpoint', reason: `scheme ${fromScheme}:// contradicts protocol ${explicit.protocol}` });
      }
      protocol = fromScheme;
      endpoint = endpoint.slice(scheme[0].length).replace(/\/+$/, '');
    }
    if (!ENDPOINT_PATTERN.test(endpoint)) {
      failures.push({ property: 'endpoint', reason: 'expected host or host:port, for example 127.0.0.1:8080 or vpc.cn-hangzhou.aliyuncs.com' });
    }
  }

  const connectTimeoutMs = timeout(explicit.connectTimeoutMs, DEFAULT_CONNECT_TIMEOUT_MS, 'connectTimeoutMs', failures);
  const readTimeoutMs =
    explicit.readTimeoutMs !== undefined
      ? timeout(explicit.readTimeoutMs, DEFAULT_READ_TIMEOUT_MS, 'readTimeoutMs', failures)
      : readTimeoutFromEnv(nonEmpty(env[READ_TIMEOUT_ENV]), failures);

  const settings: ResolvedCloudSettings = { credentialSource, protocol, connectTimeoutMs, readTimeoutMs };
  if (region !== undefined) settings.region = region;
  if (credentials !== undefined) settings.credentials = credentials;
  if (endpoint !== undefined) settings.endpoint = endpoint;
  return { settings, failures };
}

function readTimeoutFromEnv(v: string | undefined, failures: SettingsFailure[]): number {
  if (v === undefined) return DEFAULT_READ_TIMEOUT_MS;
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 600) {
    failures.push({ property: READ_TIMEOUT_ENV, reason: `"${v}" is not a whole number of seconds between 1 and 600; set it to one (for example 30, the default) or unset it` });
    return DEFAULT_READ_TIMEOUT_MS;
  }
  return Number(v) * 1000;
}

function timeout(v: number | undefined, dflt: number, property: string, failures: SettingsFailure[]): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < 100 || v > 600_000) {
    failures.push({ property, reason: 'must be an integer number of milliseconds between 100 and 600000' });
    return dflt;
  }
  return v;
}
