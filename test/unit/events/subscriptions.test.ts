import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@powerx/core/errors.js';
import { parseSubscriptions, resolveCredentials } from '@powerx/core/events/subscriptions.js';
import { matchSubscriber, matchSubscribers, typeMatches } from '@powerx/core/events/match.js';
import { parseDuration, formatDuration } from '@powerx/core/events/duration.js';
import { repoRoot } from '../../support/harness.js';

const yaml = (body: string) => `subscribers:\n${body}`;

function issues(text: string) {
  try {
    parseSubscriptions(text, 'subs.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('subscriptions', () => {
  it('reads the default file with its defaults folded into every subscriber', () => {
    const subs = parseSubscriptions(readFileSync(join(repoRoot, 'config/events/subscriptions.yaml'), 'utf8'), 'config/events/subscriptions.yaml');
    const ci = subs.subscribers.find((s) => s.id === 'downstream-ci')!;
    expect(ci).toMatchObject({ channel: 'repository_dispatch', target: 'acme/powerx-integration', enabled: false, timeoutMs: 10_000, maxInFlight: 16 });
    expect(ci.retry).toEqual({ scheduleMs: [5000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000], maxAttempts: 5, stepBudgetMs: 60_000 });
    expect(subs.subscribers.find((s) => s.id === 'ops-console')!.rateLimit).toEqual({ perSecond: 50, burst: 100 });
    expect(subs.alerts).toEqual({ failureRate: 0.05, windowMs: 300_000, minAttempts: 10, latencyMs: 10_000, signatureRejections: true });
  });

  it('reports a duplicate id on its line', () => {
    const text = yaml(`  - { id: a, channel: slack, secretEnv: S, filter: { types: ['*'], all: true } }\n  - { id: a, channel: slack, secretEnv: S, filter: { types: ['*'], all: true } }\n`);
    expect(issues(text)).toEqual([expect.objectContaining({ line: 3, pointer: '/subscribers/1/id', code: 'duplicate-id' })]);
  });

  it('requires tenants unless all: true (tenant isolation is explicit)', () => {
    const text = yaml(`  - id: a\n    channel: webhook\n    target: https://x.example/h\n    secretEnv: S\n    filter:\n      types: ['*']\n`);
    expect(issues(text)).toEqual([expect.objectContaining({ pointer: '/subscribers/0/filter/tenants', message: 'is required' })]);
    const both = yaml(`  - id: a\n    channel: webhook\n    target: https://x.example/h\n    secretEnv: S\n    filter: { types: ['*'], all: true, tenants: [t1] }\n`);
    expect(issues(both).length).toBeGreaterThan(0);
  });

  it('checks the target form per channel', () => {
    const text = yaml(`  - id: a\n    channel: repository_dispatch\n    target: https://github.com/acme/x\n    secretEnv: S\n    filter: { types: ['*'], all: true }\n`);
    expect(issues(text)).toEqual([expect.objectContaining({ line: 4, pointer: '/subscribers/0/target', code: 'pattern' })]);
  });

  it('names the missing secret and where the subscriber is declared, never a value', () => {
    const subs = parseSubscriptions(yaml(`  - id: a\n    channel: slack\n    secretEnv: SLACK_URL\n    filter: { types: ['*'], all: true }\n  - id: b\n    channel: slack\n    secretEnv: OTHER\n    enabled: false\n    filter: { types: ['*'], all: true }\n`), 'subs.yaml');
    expect(() => resolveCredentials(subs, {})).toThrow(/subscriber a: environment variable SLACK_URL is not set/);
    try {
      resolveCredentials(subs, { SLACK_URL: '  ' });
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([expect.objectContaining({ file: 'subs.yaml', line: 2, pointer: '/subscribers/0/secretEnv' })]);
    }
    expect(resolveCredentials(subs, { SLACK_URL: 'https://hooks.slack.com/services/x' }).get('a')).toBe('https://hooks.slack.com/services/x');
  });
});

describe('matching', () => {
  const sub = (filter: object, enabled = true) => ({ enabled, filter: filter as never });

  it('globs types with * across dots', () => {
    expect(typeMatches('plugin.*', 'plugin.upgrade.batch.completed')).toBe(true);
    expect(typeMatches('*.blocked', 'compat.check.blocked')).toBe(true);
    expect(typeMatches('*', 'event.delivery.failed')).toBe(true);
    expect(typeMatches('plugin.release.published', 'plugin.release.published.x')).toBe(false);
    expect(typeMatches('plugin.*', 'publish.pipeline.blocked')).toBe(false);
    expect(typeMatches('a.b', 'aXb')).toBe(false);
  });

  it('isolates tenants: only named tenants, or all explicitly', () => {
    const t1 = sub({ types: ['*'], tenants: ['t1'] });
    const all = sub({ types: ['*'], all: true });
    expect(matchSubscriber(t1, { type: 'a.b', tenant: 't1' })).toEqual({ matches: true });
    expect(matchSubscriber(t1, { type: 'a.b', tenant: 't2' })).toEqual({ matches: false, reason: 'tenant' });
    expect(matchSubscriber(t1, { type: 'a.b' })).toEqual({ matches: false, reason: 'tenant' });
    expect(matchSubscriber(all, { type: 'a.b', tenant: 't2' }).matches).toBe(true);
    expect(matchSubscriber(all, { type: 'a.b' }).matches).toBe(true);
  });

  it('narrows by tenant tags (every tag required) and skips disabled subscribers', () => {
    const eu = sub({ types: ['*'], all: true, tags: ['eu', 'gold'] });
    expect(matchSubscriber(eu, { type: 'a.b', tenant: 't1', tags: ['eu', 'gold', 'x'] }).matches).toBe(true);
    expect(matchSubscriber(eu, { type: 'a.b', tenant: 't1', tags: ['eu'] })).toEqual({ matches: false, reason: 'tags' });
    expect(matchSubscriber(eu, { type: 'a.b', tags: ['eu', 'gold'] })).toEqual({ matches: false, reason: 'tags' });
    expect(matchSubscriber(sub({ types: ['*'], all: true }, false), { type: 'a.b' })).toEqual({ matches: false, reason: 'disabled' });
  });

  it('never lets a tenant event reach another tenant’s subscriber (randomised)', () => {
    const tenants = ['t1', 't2', 't3', 't4'];
    const subs = tenants.map((t) => ({ id: t, ...sub({ types: ['*'], tenants: [t] }) }));
    for (let i = 0; i < 500; i++) {
      const tenant = tenants[i % 4]!;
      const got = matchSubscribers(subs, { type: 'plugin.release.published', tenant });
      expect(got.map((s) => s.id)).toEqual([tenant]);
    }
  });
});

describe('durations', () => {
  it('parses and formats', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(300_000)).toBe('5m');
    expect(() => parseDuration('5 minutes')).toThrow(/not a duration/);
  });
});
