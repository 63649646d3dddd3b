/**
 * What an attempt's result means and when to try again. Rules (docs/events.md, "Retries"):
 * 2xx delivered; 410 the subscriber is gone (disable it); 429, 502, 503, 504 (and a rate limit a channel
 * recognises under another status) slow down and honour Retry-After; other 5xx, 408 and network errors (timeouts, resets) retry; 3xx (never followed) and
 * other 4xx are permanent rejections.
 */
export type AttemptVerdict =
  | { kind: 'delivered' }
  | { kind: 'retry'; slowDown: boolean; retryAfterMs?: number; reason: string }
  | { kind: 'gone'; reason: string }
  | { kind: 'rejected'; reason: string };

export interface AttemptResult {
  /** HTTP status, or null when no response came (network error, timeout). */
  status: number | null;
  /** The Retry-After header, if any. */
  retryAfter?: string | undefined;
  error?: string | undefined;
  /** The channel recognised a rate limit answered with another status (GitHub's 403 secondary rate limit). */
  throttled?: boolean | undefined;
}

const SLOW_DOWN = new Set([429, 502, 503, 504]);

export function classifyAttempt(result: AttemptResult, now: Date = new Date()): AttemptVerdict {
  const { status } = result;
  if (status === null) return { kind: 'retry', slowDown: false, reason: result.error ?? 'no response' };
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'gone', reason: '410 Gone: the subscriber asked to be removed' };
  if (SLOW_DOWN.has(status) || result.throttled) {
    const retryAfterMs = parseRetryAfter(result.retryAfter, now);
    return { kind: 'retry', slowDown: true, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), reason: `HTTP ${status}` };
  }
  if (status >= 500 || status === 408) return { kind: 'retry', slowDown: false, reason: `HTTP ${status}` };
  if (status >= 300 && status < 400) return { kind: 'rejected', reason: `HTTP ${status}: redirects are not followed; point the subscriber at the final URL` };
  return { kind: 'rejected', reason: `HTTP ${status}` };
}

/** A Retry-After value (delta seconds or an HTTP date) in milliseconds from `now`; capped at one day. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = at - now.getTime();
  }
  return Math.min(Math.max(ms, 0), 86_400_000);
}

/** Delay before retry `n` (1-based): the schedule's n-th value (the last repeats), ±20% jitter. */
export function retryDelay(scheduleMs: readonly number[], n: number, random: () => number = Math.random): number {
  const base = scheduleMs[Math.min(n, scheduleMs.length) - 1] ?? scheduleMs[scheduleMs.length - 1] ?? 0;
  return Math.round(base * (0.8 + 0.4 * random()));
}

export type NextStep =
  /** Try again within this step, at `at` (epoch ms). */
  | { action: 'retry'; at: number }
  /** Leave it for the scheduled re-drive, due at `at`. */
  | { action: 'pending'; at: number }
  /** No attempts left, or a permanent failure. */
  | { action: 'failed'; reason: string };

export interface PlanInput {
  verdict: Exclude<AttemptVerdict, { kind: 'delivered' }>;
  /** Attempts made so far, this one included. */
  attempts: number;
  maxAttempts: number;
  scheduleMs: readonly number[];
  now: number;
  /** End of the step's budget (epoch ms); retries due later become pending. */
  deadline: number;
  random?: () => number;
}

export function planNext(input: PlanInput): NextStep {
  const { verdict } = input;
  if (verdict.kind === 'gone' || verdict.kind === 'rejected') return { action: 'failed', reason: verdict.reason };
  if (input.attempts >= input.maxAttempts) return { action: 'failed', reason: `${input.attempts} attempts failed (last: ${verdict.reason})` };
  const delay = Math.max(verdict.retryAfterMs ?? 0, retryDelay(input.scheduleMs, input.attempts, input.random));
  const at = input.now + delay;
  return at <= input.deadline ? { action: 'retry', at } : { action: 'pending', at };
}
