// `pulumi stack export --show-secrets` keeps each secret as {<sig>: <secret sig>, plaintext: "<JSON>"}; this turns
// those back into values so a test can read what the checkpoint recorded.
const SIG_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

export function revealSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revealSecrets);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (obj[SIG_KEY] === SECRET_SIG && typeof obj.plaintext === 'string') return revealSecrets(JSON.parse(obj.plaintext));
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, revealSecrets(v)]));
}
