import { createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 over
 * `<webhook-id>.<webhook-timestamp>.<body>` with a `whsec_<base64>` secret, sent as `v1,<base64>`.
 */
export const SECRET_PREFIX = 'whsec_';

export class SecretFormatError extends Error {
  override name = 'SecretFormatError';
}

/** An HMAC key; a KeyObject made once is several times cheaper per signature than a raw Buffer. */
export type SigningKey = KeyObject;

/**
 * The keys of a credential that holds one or more space-separated `whsec_` secrets (several during a
 * rotation: the delivery is signed with each, so receivers holding either the old or the new one verify it).
 */
export function parseSigningSecrets(value: string): SigningKey[] {
  const parts = value.trim().split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0) throw new SecretFormatError('is empty');
  return parts.map((part, i) => {
    const which = parts.length > 1 ? `secret ${i + 1} ` : '';
    if (!part.startsWith(SECRET_PREFIX)) throw new SecretFormatError(`${which}does not start with ${SECRET_PREFIX}`);
    const b64 = part.slice(SECRET_PREFIX.length);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new SecretFormatError(`${which}is not base64 after ${SECRET_PREFIX}`);
    const key = Buffer.from(b64, 'base64');
    if (key.length < 24 || key.length > 64) throw new SecretFormatError(`${which}must decode to 24..64 bytes (got ${key.length})`);
    return createSecretKey(key);
  });
}

/** A new random secret in `whsec_` form (32 bytes), for receivers and tests. */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

function hmac(key: SigningKey, id: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
}

/** The `webhook-signature` value: one `v1,<base64>` per key, space-separated. */
export function signatureHeader(keys: readonly SigningKey[], id: string, timestamp: number, body: string | Buffer): string {
  return keys.map((key) => `v1,${hmac(key, id, timestamp, body)}`).join(' ');
}

/** The three Standard Webhooks headers for exactly these body bytes. */
export function webhookHeaders(keys: readonly SigningKey[], id: string, body: string | Buffer, now: Date): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(keys, id, timestamp, body) };
}

/** True when any `v1` signature in the header matches any of the keys (constant-time comparison). */
export function signatureMatches(keys: readonly SigningKey[], id: string, timestamp: number, body: string | Buffer, header: string): boolean {
  const offered = header
    .split(' ')
    .map((s) => s.split(','))
    .filter(([version, sig]) => version === 'v1' && sig !== undefined)
    .map(([, sig]) => Buffer.from(sig!, 'utf8'));
  for (const key of keys) {
    const expected = Buffer.from(hmac(key, id, timestamp, body), 'utf8');
    if (offered.some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected))) return true;
  }
  return false;
}
