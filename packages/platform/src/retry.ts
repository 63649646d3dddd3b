export interface BackoffOptions {
  /** First retry waits up to this long. */
  baseMs: number;
  /** No wait computed from the exponent exceeds this. */
  capMs: number;
  /** A `Retry-After` longer than this is shortened to it. */
  maxRetryAfterMs: number;
  /** Source of randomness in [0, 1), replaceable in tests. */
  random: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 200, capMs: 5_000, maxRetryAfterMs: 30_000, random: Math.random };

/** "Full jitter": a uniform wait in [0, min(cap, base * 2^(retry-1))). `retry` counts from 1. */
export function fullJitterDelay(retry: number, options: Pick<BackoffOptions, 'baseMs' | 'capMs' | 'random'>): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(options.random() * ceiling);
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent or
 * unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The wait before retry number `retry`: the server's `Retry-After` when given (capped), else full jitter. */
export function retryDelay(retry: number, retryAfter: string | null | undefined, options: BackoffOptions): number {
  const serverWait = parseRetryAfter(retryAfter);
  if (serverWait !== undefined) return Math.min(serverWait, options.maxRetryAfterMs);
  return fullJitterDelay(retry, options);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
