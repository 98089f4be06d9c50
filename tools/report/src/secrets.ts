// Secrets never get past the parser: every value the engine marks secret, and every value under a property that
// is secret by definition, becomes the SECRET marker before anything else sees the document.

/** What the report prints in place of a secret value. */
export const SECRET = '[secret]';

// The engine's signature for special values (`{"4dabf…": "<sig>", …}`) and the signature of a secret. Checkpoints,
// `stack export` and gRPC-shaped JSON carry secrets this way (with `value`, `plaintext` or `ciphertext`); `preview
// --json` prints the string "[secret]" instead.
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

/**
 * Properties that hold a secret whatever the engine's marks say: a PSK (connection or tunnel), the provider's
 * AccessKey secret and STS token. A preview run with `--show-secrets`, or a provider that lost a mark, still never
 * puts them in a report.
 */
const SECRET_PROPERTIES: ReadonlySet<string> = new Set(['psk', 'accessKeySecret', 'securityToken']);

export function isSecretObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

/** A deep copy of `value` with every secret replaced by SECRET. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  if (isSecretObject(value)) return SECRET;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[key] = SECRET_PROPERTIES.has(key) && inner !== null && inner !== undefined ? SECRET : redactSecrets(inner);
  }
  return out;
}
