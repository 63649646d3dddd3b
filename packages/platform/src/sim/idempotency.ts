import { createHash } from 'node:crypto';
import { ProblemError } from './problem.js';
import type { IdempotencyRecord, SimState } from './state.js';

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${canonicalJson(body)}`).digest('hex');
}

/**
 * The earlier request made with `key`, if any. The same key with another request (method, path or body) is a
 * client bug that must not be papered over: 422.
 */
export function findReplay(state: SimState, key: string, fingerprint: string): IdempotencyRecord | undefined {
  const record = state.idempotency(key);
  if (record === undefined) return undefined;
  if (record.fingerprint !== fingerprint) {
    throw new ProblemError(
      422,
      'idempotency_key_reused',
      `Idempotency-Key ${JSON.stringify(key)} was first used for a different request (${record.kind} ${record.id}); send a new key for a new request`,
    );
  }
  return record;
}
