import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Ids look like the real ones: a type prefix, a region-ish `bp1` stem, then random characters. */
export function newId(prefix: 'vpn' | 'cgw' | 'vco' | 'tun'): string {
  const bytes = randomBytes(17);
  let tail = '';
  for (const b of bytes) tail += ALPHABET[b % ALPHABET.length];
  return `${prefix}-bp1${tail}`;
}

/** Public-looking address for a new gateway (47.0.0.0/8 is an Alibaba block). */
export function newInternetIp(): string {
  return `47.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

const PSK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The service generates a 16-character key when the caller gives none. */
export function newPsk(): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += PSK_ALPHABET[randomInt(PSK_ALPHABET.length)];
  return out;
}
