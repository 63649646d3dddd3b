import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '@powerx/core/events/breaker.js';
import { TokenBucket } from '@powerx/core/events/rate-limit.js';
import { classifyAttempt, parseRetryAfter, planNext, retryDelay } from '@powerx/core/events/retry.js';

describe('classifyAttempt', () => {
  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [299, 'delivered'],
    [301, 'rejected'],
    [302, 'rejected'],
    [400, 'rejected'],
    [401, 'rejected'],
    [403, 'rejected'],
    [404, 'rejected'],
    [408, 'retry'],
    [410, 'gone'],
    [413, 'rejected'],
    [429, 'retry'],
    [500, 'retry'],
    [501, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
  ] as const)('HTTP %i is %s', (status, kind) => {
    expect(classifyAttempt({ status }).kind).toBe(kind);
  });

  it('slows down on 429/502/503/504 only, honouring Retry-After', () => {
    expect(classifyAttempt({ status: 429, retryAfter: '3' })).toEqual({ kind: 'retry', slowDown: true, retryAfterMs: 3000, reason: 'HTTP 429' });
    expect(classifyAttempt({ status: 503 })).toEqual({ kind: 'retry', slowDown: true, reason: 'HTTP 503' });
    expect(classifyAttempt({ status: 500, retryAfter: '3' })).toEqual({ kind: 'retry', slowDown: false, reason: 'HTTP 500' });
  });

  it('slows down on a rate limit a channel recognises under another status (GitHub 403)', () => {
    expect(classifyAttempt({ status: 403, throttled: true, retryAfter: '60' })).toEqual({ kind: 'retry', slowDown: true, retryAfterMs: 60_000, reason: 'HTTP 403' });
    expect(classifyAttempt({ status: 403 }).kind).toBe('rejected');
  });

  it('retries network errors', () => {
    expect(classifyAttempt({ status: null, error: 'ECONNRESET: socket hang up' })).toEqual({ kind: 'retry', slowDown: false, reason: 'ECONNRESET: socket hang up' });
  });

  it('says why a redirect fails', () => {
    expect(classifyAttempt({ status: 307 })).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/not followed/) });
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('reads seconds and HTTP dates, capped at a day, never negative', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('9999999', now)).toBe(86_400_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('retry schedule', () => {
  const schedule = [5000, 30_000, 120_000];

  it('follows the schedule with ±20% jitter; the last delay repeats', () => {
    expect(retryDelay(schedule, 1, () => 0)).toBe(4000);
    expect(retryDelay(schedule, 1, () => 1)).toBe(6000);
    expect(retryDelay(schedule, 2, () => 0.5)).toBe(30_000);
    expect(retryDelay(schedule, 7, () => 0.5)).toBe(120_000);
    for (let i = 0; i < 200; i++) {
      const d = retryDelay(schedule, 2);
      expect(d).toBeGreaterThanOrEqual(24_000);
      expect(d).toBeLessThanOrEqual(36_000);
    }
  });

  it('retries within the step budget, leaves later retries pending, stops at maxAttempts', () => {
    const base = { scheduleMs: schedule, maxAttempts: 4, now: 0, deadline: 60_000, random: () => 0.5 };
    const retry = { kind: 'retry', slowDown: false, reason: 'HTTP 500' } as const;
    expect(planNext({ ...base, verdict: retry, attempts: 1 })).toEqual({ action: 'retry', at: 5000 });
    expect(planNext({ ...base, verdict: retry, attempts: 2 })).toEqual({ action: 'retry', at: 30_000 });
    expect(planNext({ ...base, verdict: retry, attempts: 3 })).toEqual({ action: 'pending', at: 120_000 });
    expect(planNext({ ...base, verdict: retry, attempts: 4 })).toMatchObject({ action: 'failed', reason: expect.stringMatching(/4 attempts failed/) });
  });

  it('waits at least Retry-After', () => {
    const verdict = { kind: 'retry', slowDown: true, retryAfterMs: 50_000, reason: 'HTTP 429' } as const;
    expect(planNext({ verdict, attempts: 1, maxAttempts: 5, scheduleMs: schedule, now: 0, deadline: 60_000, random: () => 0.5 })).toEqual({ action: 'retry', at: 50_000 });
    expect(planNext({ verdict: { ...verdict, retryAfterMs: 90_000 }, attempts: 1, maxAttempts: 5, scheduleMs: schedule, now: 0, deadline: 60_000 })).toEqual({ action: 'pending', at: 90_000 });
  });

  it('fails permanent rejections and gone subscribers at once', () => {
    const base = { attempts: 1, maxAttempts: 9, scheduleMs: schedule, now: 0, deadline: 60_000 };
    expect(planNext({ ...base, verdict: { kind: 'rejected', reason: 'HTTP 400' } })).toEqual({ action: 'failed', reason: 'HTTP 400' });
    expect(planNext({ ...base, verdict: { kind: 'gone', reason: '410' } })).toEqual({ action: 'failed', reason: '410' });
  });
});

describe('circuit breaker', () => {
  it('opens after the threshold, probes once after the cooldown, closes on success', () => {
    const b = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000 });
    for (let i = 0; i < 2; i++) b.failure(0);
    expect(b.admit(0)).toEqual({ ok: true });
    b.failure(10);
    expect(b.state).toBe('open');
    expect(b.admit(500)).toEqual({ ok: false, retryAt: 1010 });
    expect(b.admit(1010)).toEqual({ ok: true });
    expect(b.state).toBe('half-open');
    expect(b.admit(1011).ok).toBe(false);
    b.success();
    expect(b.state).toBe('closed');
    expect(b.admit(1012)).toEqual({ ok: true });
  });

  it('re-opens when the probe fails', () => {
    const b = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000 });
    b.failure(0);
    expect(b.admit(1000).ok).toBe(true);
    b.failure(1000);
    expect(b.admit(1500)).toEqual({ ok: false, retryAt: 2000 });
  });
});

describe('token bucket', () => {
  it('allows the burst, then queues at the rate (never refuses)', () => {
    const bucket = new TokenBucket({ perSecond: 10, burst: 3 }, 0);
    const grants = Array.from({ length: 6 }, () => bucket.reserve(0));
    expect(grants).toEqual([0, 0, 0, 100, 200, 300]);
  });

  it('slows down after a 429 and recovers with successes', () => {
    const bucket = new TokenBucket({ perSecond: 100, burst: 1 }, 0);
    bucket.slowDown();
    bucket.slowDown();
    expect(bucket.currentRate).toBe(25);
    for (let i = 0; i < 50; i++) bucket.recover();
    expect(bucket.currentRate).toBe(100);
    for (let i = 0; i < 20; i++) bucket.slowDown();
    expect(bucket.currentRate).toBe(100 / 16);
  });
});
