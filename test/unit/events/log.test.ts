import { describe, expect, it } from 'vitest';
import type { ConfigError } from '@powerx/core/errors.js';
import { evaluateAlerts } from '@powerx/core/events/alerts.js';
import { filterAttempts, filterDeliveries, foldDeliveries, parseDeliveryLog, serializeLogRecords, deliveryKey, type LogRecord } from '@powerx/core/events/log.js';
import { deliveryMetrics, percentile } from '@powerx/core/events/metrics.js';
import { selectRedrive, selectReplay } from '@powerx/core/events/replay.js';
import { parseSubscriptions } from '@powerx/core/events/subscriptions.js';
import { attempt, envelope, eventRecord } from './records.js';

const e1 = envelope(1);
const e2 = envelope(2, 't2');
const e3 = envelope(3);

describe('delivery log file', () => {
  it('round-trips records', () => {
    const records: LogRecord[] = [eventRecord(e1, ['a']), attempt(e1, 'a', { attempt: 1, status: 'delivered' })];
    expect(parseDeliveryLog(serializeLogRecords(records), 'log.jsonl')).toEqual({ records, warnings: [] });
  });

  it('skips a line cut off by a crash with a warning, and keeps the rest', () => {
    const text = serializeLogRecords([eventRecord(e1, ['a'])]) + '{"record":"attempt","ti\n' + serializeLogRecords([attempt(e1, 'a', { attempt: 1, status: 'delivered' })]) + '{"rec';
    const { records, warnings } = parseDeliveryLog(text, 'log.jsonl');
    expect(records).toHaveLength(2);
    expect(warnings.map((w) => w.line)).toEqual([2, 4]);
  });

  it('locates a record of the wrong shape, and an envelope that was edited', () => {
    const edited = { ...eventRecord(e1, ['a']), envelope: { ...e1, data: { plugin: 'x', version: 'bad' } } };
    const text = serializeLogRecords([eventRecord(e1, ['a'])]) + '{"record":"attempt","time":"x"}\n' + JSON.stringify(edited) + '\n' + '{"record":"nope"}\n';
    try {
      parseDeliveryLog(text, 'log.jsonl');
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        expect.objectContaining({ file: 'log.jsonl', line: 2, pointer: '/eventId', message: 'is required in a attempt record' }),
        expect.objectContaining({ file: 'log.jsonl', line: 3, pointer: '/envelope/data/version' }),
        expect.objectContaining({ file: 'log.jsonl', line: 4, pointer: '/record' }),
      ]);
    }
  });
});

describe('folding and filtering', () => {
  const records: LogRecord[] = [
    eventRecord(e1, ['a', 'b']),
    eventRecord(e2, ['b']),
    attempt(e1, 'a', { attempt: 1, status: 'retrying', time: '2026-03-01T10:00:01Z' }),
    attempt(e1, 'a', { attempt: 2, status: 'delivered', time: '2026-03-01T10:00:06Z' }),
    attempt(e1, 'b', { attempt: 1, status: 'retrying', time: '2026-03-01T10:00:01Z' }),
    attempt(e1, 'b', { attempt: 2, status: 'pending', time: '2026-03-01T10:00:40Z', nextAttemptAt: '2026-03-01T10:02:40Z' }),
    attempt(e2, 'b', { attempt: 1, status: 'failed', statusCode: 400, time: '2026-03-01T11:00:00Z', error: 'HTTP 400' }),
  ];

  it('folds attempts into one state per event and subscriber, whatever the line order', () => {
    const states = foldDeliveries([...records].reverse());
    expect(states.get(deliveryKey(e1.id, 'a'))).toMatchObject({ status: 'delivered', attempts: 2, acknowledged: true, successes: 1 });
    expect(states.get(deliveryKey(e1.id, 'b'))).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: '2026-03-01T10:02:40Z' });
    expect(states.get(deliveryKey(e2.id, 'b'))).toMatchObject({ status: 'failed', lastStatusCode: 400, lastError: 'HTTP 400' });
  });

  it('filters attempts by tenant, subscriber, status, type and time', () => {
    expect(filterAttempts(records, { tenant: 't2' })).toHaveLength(1);
    expect(filterAttempts(records, { subscriber: 'a' }).map((r) => r.attempt)).toEqual([1, 2]);
    expect(filterAttempts(records, { status: 'pending' })).toHaveLength(1);
    expect(filterAttempts(records, { type: 'plugin.*' })).toHaveLength(5);
    expect(filterAttempts(records, { type: 'compat.*' })).toHaveLength(0);
    expect(filterAttempts(records, { since: new Date('2026-03-01T10:00:30Z'), until: new Date('2026-03-01T10:59:00Z') })).toHaveLength(1);
  });

  it('filters deliveries by their current status', () => {
    expect(filterDeliveries(records, { status: 'failed' }).map((s) => s.eventId)).toEqual([e2.id]);
    expect(filterDeliveries(records, { status: 'delivered' }).map((s) => s.subscriber)).toEqual(['a']);
  });
});

describe('metrics', () => {
  it('computes the scenario metrics and counts a second success as a duplicate', () => {
    const records: LogRecord[] = [
      eventRecord(e1, ['a', 'b']),
      attempt(e1, 'a', { attempt: 1, status: 'delivered', sincePublishMs: 100 }),
      attempt(e1, 'b', { attempt: 1, status: 'retrying', sincePublishMs: 50 }),
      attempt(e1, 'b', { attempt: 2, status: 'delivered', sincePublishMs: 5000 }),
      attempt(e1, 'b', { attempt: 3, status: 'delivered', sincePublishMs: 9000, trigger: 'manual' }),
    ];
    const m = deliveryMetrics(records);
    expect(m['event.delivery.success_total']).toBe(3);
    expect(m['event.delivery.retry_total']).toBe(2);
    expect(m['event.delivery.duplicate_total']).toBe(1);
    expect(m['event.delivery.latency_p95']).toBe(5000);
    expect(m.first_attempt_success_rate).toBe(0.5);
    expect(m.eventual_success_rate).toBe(1);
  });

  it('uses nearest-rank percentiles', () => {
    expect(percentile([], 95)).toBeNull();
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
  });
});

const subscriptions = parseSubscriptions(
  `subscribers:
  - { id: a, channel: webhook, target: 'https://a.example/h', secretEnv: A, filter: { types: ['*'], all: true } }
  - { id: b, channel: webhook, target: 'https://b.example/h', secretEnv: B, filter: { types: ['*'], all: true } }
  - { id: off, channel: webhook, target: 'https://c.example/h', secretEnv: C, enabled: false, filter: { types: ['*'], all: true } }
`,
  'subs.yaml',
).subscribers;

describe('replay selection', () => {
  const records: LogRecord[] = [
    eventRecord(e1, ['a', 'b', 'off']),
    eventRecord(e3, ['a', 'gone-sub']),
    attempt(e1, 'a', { attempt: 1, status: 'delivered' }),
    attempt(e1, 'b', { attempt: 3, status: 'failed', time: '2026-03-01T12:00:00Z' }),
    attempt(e1, 'off', { attempt: 1, status: 'failed' }),
    attempt(e3, 'a', { attempt: 2, status: 'pending', time: '2026-03-02T12:00:00Z', nextAttemptAt: '2026-03-02T12:10:00Z' }),
    attempt(e3, 'gone-sub', { attempt: 1, status: 'failed', time: '2026-03-02T12:00:00Z' }),
  ];

  it('by event id: every matched subscriber except those that acknowledged it, with reasons', () => {
    const sel = selectReplay(records, subscriptions, { eventId: e1.id });
    expect(sel.deliveries.map((d) => [d.subscriber, d.attempts])).toEqual([['b', 3]]);
    expect(sel.skipped).toEqual([
      { eventId: e1.id, subscriber: 'a', reason: 'acknowledged' },
      { eventId: e1.id, subscriber: 'off', reason: 'disabled' },
    ]);
  });

  it('failed and pending for a subscriber within since/until', () => {
    expect(selectReplay(records, subscriptions, { subscriber: 'a' }).deliveries.map((d) => d.event.eventId)).toEqual([e3.id]);
    expect(selectReplay(records, subscriptions, { since: new Date('2026-03-02T00:00:00Z') }).deliveries.map((d) => d.subscriber)).toEqual(['a']);
    expect(selectReplay(records, subscriptions, { until: new Date('2026-03-01T23:00:00Z') }).deliveries.map((d) => d.subscriber)).toEqual(['b']);
    expect(selectReplay(records, subscriptions, { eventId: 'evt_unknown' }).skipped[0]!.reason).toBe('unknown-event');
  });

  it('never selects an acknowledged delivery, even if a later record says otherwise', () => {
    const odd = [...records, attempt(e1, 'a', { attempt: 2, status: 'failed', time: '2026-03-05T00:00:00Z' })];
    expect(selectReplay(odd, subscriptions, { subscriber: 'a' }).deliveries.map((d) => d.event.eventId)).toEqual([e3.id]);
  });

  it('re-drive takes pending deliveries that are due, and events that never got an attempt', () => {
    expect(selectRedrive(records, subscriptions, new Date('2026-03-02T12:05:00Z')).deliveries).toEqual([]);
    const due = selectRedrive(records, subscriptions, new Date('2026-03-02T12:10:00Z'));
    expect(due.deliveries.map((d) => [d.event.eventId, d.subscriber, d.attempts])).toEqual([[e3.id, 'a', 2]]);
    const orphan = selectRedrive([eventRecord(e2, ['a', 'b'])], subscriptions, new Date());
    expect(orphan.deliveries.map((d) => [d.subscriber, d.attempts])).toEqual([['a', 0], ['b', 0]]);
  });

  it('re-drive skips subscribers disabled by a 410', () => {
    const gone: LogRecord[] = [...records, { record: 'subscriber', time: '2026-03-02T12:01:00Z', subscriber: 'a', state: 'disabled', reason: '410' }];
    const sel = selectRedrive(gone, subscriptions, new Date('2026-03-03T00:00:00Z'));
    expect(sel.deliveries).toEqual([]);
    expect(sel.skipped).toContainEqual({ eventId: e3.id, subscriber: 'a', reason: 'disabled' });
  });
});

describe('alerts', () => {
  const thresholds = { failureRate: 0.05, windowMs: 300_000, minAttempts: 10, latencyMs: 10_000, signatureRejections: true };
  const now = new Date('2026-03-01T10:04:00Z');
  const many = (n: number, failed: number, extra: object = {}) =>
    Array.from({ length: n }, (_, i) => attempt(envelope(i), 'a', { attempt: 1, status: i < failed ? 'failed' : 'delivered', time: `2026-03-01T10:0${i % 4}:00.000Z`, ...extra }));

  it('fires on a failure rate above 5% over 5 minutes, with enough attempts', () => {
    expect(evaluateAlerts(many(20, 1), thresholds, now)).toEqual([]);
    expect(evaluateAlerts(many(20, 2), thresholds, now)).toEqual([expect.objectContaining({ subscriber: 'a', kind: 'failure-rate', state: 'firing', value: 0.1, window: '5m' })]);
    expect(evaluateAlerts(many(5, 5), thresholds, now)).toEqual([]);
  });

  it('ignores attempts outside the window', () => {
    expect(evaluateAlerts(many(20, 10), thresholds, new Date('2026-03-01T10:20:00Z'))).toEqual([]);
  });

  it('fires on any 401/403 and on p95 latency above 10 s', () => {
    const rejected = [attempt(e1, 'b', { attempt: 1, status: 'failed', statusCode: 401, time: '2026-03-01T10:03:00Z' })];
    expect(evaluateAlerts(rejected, thresholds, now)).toEqual([expect.objectContaining({ subscriber: 'b', kind: 'signature-rejected', state: 'firing' })]);
    const throttled = [attempt(e1, 'b', { attempt: 1, status: 'retrying', statusCode: 403, time: '2026-03-01T10:03:00Z' })];
    expect(evaluateAlerts(throttled, thresholds, now)).toEqual([]);
    const slow = many(20, 0, { sincePublishMs: 12_000 });
    expect(evaluateAlerts(slow, thresholds, now)).toEqual([expect.objectContaining({ kind: 'latency', value: 12_000, threshold: 10_000 })]);
  });

  it('does not fire again while firing, and resolves when the condition clears', () => {
    const firing: LogRecord = { record: 'alert', time: '2026-03-01T09:59:00Z', subscriber: 'a', kind: 'failure-rate', state: 'firing', value: 0.5, threshold: 0.05, eventId: 'evt_x' };
    expect(evaluateAlerts([firing, ...many(20, 5)], thresholds, now)).toEqual([]);
    expect(evaluateAlerts([firing, ...many(20, 0)], thresholds, now)).toEqual([expect.objectContaining({ kind: 'failure-rate', state: 'resolved' })]);
  });
});
