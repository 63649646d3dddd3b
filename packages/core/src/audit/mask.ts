/**
 * Secret masking for anything that will be written (audit records, summaries, artifacts).
 *
 * Rule for property names. A name is split into lowercase words at camelCase humps, acronym boundaries,
 * digits and any non-alphanumeric separator (`clientSecret`, `client_secret`, `X-Client-Secret`,
 * `APIKey` -> api key). Its value is masked when
 *   1. a word is one of SECRET_WORDS (secret, token, password, passphrase, credential(s), authorization,
 *      auth, cookie, apikey, bearer, jwt, …), or the word `key`/`keys` is not directly preceded by one of
 *      HARMLESS_KEY_QUALIFIERS (`idempotencyKey`, `publicKey`, `dedupKey`, `cacheKey`, `sortKey`, …);
 *   2. unless the last word is a metadata word (METADATA_WORDS: id, name, type, count, url, expires, …) and
 *      is not itself the secret word: `keyId`, `tokenType`, `secretName`, `passwordExpiresAt` describe a
 *      secret without holding it.
 * A masked value becomes `***` whatever its type (objects and arrays included); `null` stays `null`.
 *
 * Values registered as secrets are replaced by `***` wherever they occur inside any string (values and
 * property names), longest first; for a multi-line secret each line is registered too. GitHub tokens
 * (`ghp_…`, `github_pat_…`) and passwords in URLs (`https://user:pass@host`) are masked by pattern.
 */
import type { JsonObject, JsonValue } from './canonical.js';
import { ConfigError } from '../errors.js';

export const MASK = '***';

const SECRET_WORDS = new Set([
  'secret', 'secrets', 'token', 'tokens', 'password', 'passwords', 'passwd', 'passphrase', 'passphrases',
  'credential', 'credentials', 'creds', 'authorization', 'auth', 'cookie', 'cookies', 'apikey', 'apikeys',
  'privatekey', 'bearer', 'jwt',
]);

const KEY_WORDS = new Set(['key', 'keys']);

const HARMLESS_KEY_QUALIFIERS = new Set([
  'idempotency', 'idempotence', 'public', 'dedup', 'dedupe', 'deduplication', 'cache', 'sort', 'primary',
  'foreign', 'partition', 'composite', 'lookup', 'map', 'row', 'group', 'routing', 'translation',
  'unique', 'index', 'hash', 'range', 'shard', 'concurrency', 'lock', 'config', 'field', 'property',
  'unknown', 'missing', 'extra', 'duplicate', 'allowed',
]);

const METADATA_WORDS = new Set([
  'id', 'ids', 'name', 'names', 'type', 'types', 'kind', 'count', 'length', 'hint', 'fingerprint',
  'fingerprints', 'scope', 'scopes', 'ttl', 'at', 'expiry', 'expiration', 'expires', 'expired', 'policy',
  'url', 'uri', 'ref', 'env', 'file', 'path', 'present', 'set', 'configured', 'enabled', 'required',
  'provided', 'rotated', 'source', 'version', 'algorithm', 'alg', 'format',
]);

/** `clientSecretID` -> [client, secret, id]; `x-api-key` -> [x, api, key]; `oauth2Token` -> [oauth, 2, token]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** Whether a value stored under this property name must be masked (see the rule at the top of this file). */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  let hit = -1;
  for (const [i, word] of words.entries()) {
    if (SECRET_WORDS.has(word) || (KEY_WORDS.has(word) && !HARMLESS_KEY_QUALIFIERS.has(words[i - 1] ?? ''))) hit = i;
  }
  if (hit < 0) return false;
  const last = words.length - 1;
  return hit === last || !METADATA_WORDS.has(words[last] as string);
}

const TOKEN_PATTERNS = [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g];
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*):[^\s/?#@]+@/gi;

export class SecretMasker {
  private readonly secrets = new Set<string>();
  private ordered: string[] = [];

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.registerSecret(secret);
  }

  /** Registers a value to mask wherever it appears; empty values are ignored. */
  registerSecret(value: string): void {
    if (typeof value !== 'string') return;
    const candidates = [value, ...(value.includes('\n') ? value.split(/\r?\n/).map((l) => l.trim()) : [])];
    for (const candidate of candidates) if (candidate !== '') this.secrets.add(candidate);
    this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
  }

  maskString(text: string): string {
    let out = text;
    for (const secret of this.ordered) if (out.includes(secret)) out = out.split(secret).join(MASK);
    for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, MASK);
    return out.replace(URL_PASSWORD, `$1:${MASK}@`);
  }

  /**
   * A masked deep copy as plain JSON. Object properties whose value is undefined are dropped (as
   * JSON.stringify does); Dates become ISO strings; anything else that is not JSON is a `ConfigError`.
   */
  mask(value: unknown): JsonValue {
    return this.walk(value, '', new Set());
  }

  maskObject(value: Record<string, unknown>): JsonObject {
    const masked = this.mask(value);
    if (typeof masked !== 'object' || masked === null || Array.isArray(masked)) {
      throw ConfigError.single('expected an object', {}, 'not-an-object');
    }
    return masked;
  }

  private walk(value: unknown, pointer: string, ancestors: Set<object>): JsonValue {
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'string') return this.maskString(value);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw ConfigError.single(`number ${value} cannot be recorded`, { pointer }, 'non-canonical-json');
      // -0 would not survive a round trip through JSON text; write what will be read back.
      return value === 0 ? 0 : value;
    }
    if (value instanceof Date) return value.toISOString();
    if (typeof value !== 'object') throw ConfigError.single(`${typeof value} cannot be recorded`, { pointer }, 'non-canonical-json');
    if (ancestors.has(value)) throw ConfigError.single('circular reference', { pointer }, 'non-canonical-json');
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        return value.map((item: unknown, i) => {
          if (item === undefined) throw ConfigError.single('undefined cannot be recorded', { pointer: `${pointer}/${i}` }, 'non-canonical-json');
          return this.walk(item, `${pointer}/${i}`, ancestors);
        });
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw ConfigError.single(`${value.constructor?.name ?? 'object'} cannot be recorded`, { pointer }, 'non-canonical-json');
      }
      const entries: [string, JsonValue][] = [];
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const masked = isSecretName(key) && item !== null ? MASK : this.walk(item, child, ancestors);
        entries.push([this.maskString(key), masked]);
      }
      // fromEntries defines own properties, so a "__proto__" key stays data instead of changing the prototype.
      return Object.fromEntries(entries) as JsonObject;
    } finally {
      ancestors.delete(value);
    }
  }
}
