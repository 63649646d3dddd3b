import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP } from 'cloudevents';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '@powerx/core/errors.js';
import { originFromRun } from '@powerx/core/events/envelope.js';
import { deliveryKey, foldDeliveries, type AttemptRecord, type LogRecord } from '@powerx/core/events/log.js';
import { selectReplay } from '@powerx/core/events/replay.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { parseSubscriptions } from '@powerx/core/events/subscriptions.js';
import { MemoryDeliveryLog } from '@powerx/github/delivery/log-file.js';
import { startReceiver, type Receiver, type ReceiverBehaviour } from '@powerx/github/delivery/receiver.js';
import { createDeliveringSink, type DeliveringSinkOptions } from '@powerx/github/delivery/sink.js';

const origin = originFromRun({ serverUrl: 'https://github.com', repository: 'acme/crm-sync', runId: '555' });
const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

async function receiver(behaviour: ReceiverBehaviour, secret = generateSigningSecret()) {
  const r = await startReceiver({ behaviour, secret });
  open.push(r);
  return { ...r, secret };
}

function subscriptions(subscribers: string, defaults = 'retry: { schedule: [20ms, 40ms, 80ms], maxAttempts: 6, stepBudget: 5s }') {
  return parseSubscriptions(`defaults:\n  ${defaults}\nsubscribers:\n${subscribers}`, 'subs.yaml');
}

function webhook(id: string, url: string, filter = `{ types: ['*'], all: true }`, extra = '') {
  return `  - id: ${id}\n    channel: webhook\n    target: ${url}\n    secretEnv: ${id.toUpperCase().replace(/-/g, '_')}_SECRET\n    filter: ${filter}\n${extra}`;
}

function sink(options: Partial<DeliveringSinkOptions> & Pick<DeliveringSinkOptions, 'subscriptions' | 'secrets'>) {
  const log = new MemoryDeliveryLog();
  return { log, sink: createDeliveringSink({ log, origin, runId: '555', ...options }) };
}

const release = (n: number, tenant = 't1') => ({ type: 'plugin.release.published', subject: `crm-sync@2.${n}.0`, tenant, data: { plugin: 'crm-sync', version: `2.${n}.0` } });
const attempts = (records: LogRecord[]) => records.filter((r): r is AttemptRecord => r.record === 'attempt');

describe('delivering sink against loopback receivers', () => {
  it('delivers signed CloudEvents that Webhook.verify and HTTP.toEvent accept', async () => {
    const r = await receiver({ kind: 'healthy' });
    const { sink: s, log } = sink({ subscriptions: subscriptions(webhook('ops', r.url)), secrets: { OPS_SECRET: r.secret } });
    await s.publish(release(1));
    const report = await s.close();
    expect(report.counts).toMatchObject({ events: 1, delivered: 1, pending: 0, failed: 0 });
    const [delivery] = r.requests;
    expect(delivery).toMatchObject({ verified: true, status: 204, type: 'plugin.release.published', tenant: 't1' });
    const headers = delivery!.headers as Record<string, string>;
    expect(new Webhook(r.secret).verify(delivery!.body, headers)).toMatchObject({ id: report.events[0]!.eventId });
    const event = HTTP.toEvent({ headers, body: delivery!.body }) as unknown as Record<string, unknown>;
    expect(event).toMatchObject({ id: headers['webhook-id'], tenantid: 't1', specversion: '1.0', subject: 'crm-sync@2.1.0' });
    expect(attempts(log.records)).toEqual([expect.objectContaining({ attempt: 1, status: 'delivered', statusCode: 204, trigger: 'scheduled', sent: true, runId: '555' })]);
  });

  it('retries a flaky receiver until every event is acknowledged exactly once', async () => {
    const r = await receiver({ kind: 'flaky', failureRate: 0.4, seed: 7 });
    const { sink: s } = sink({ subscriptions: subscriptions(webhook('ops', r.url, undefined, '    maxInFlight: 4\n    rateLimit: { perSecond: 1000, burst: 100 }\n'), 'retry: { schedule: [10ms, 20ms], maxAttempts: 12, stepBudget: 10s }'), secrets: { OPS_SECRET: r.secret } });
    for (let i = 0; i < 40; i++) await s.publish(release(i));
    const report = await s.close();
    expect(report.counts.delivered).toBe(40);
    expect(r.acknowledged.size).toBe(40);
    expect([...r.acknowledged.values()].every((n) => n === 1)).toBe(true);
    expect(r.requests.some((q) => q.status === 500)).toBe(true);
    expect(report.metrics['event.delivery.retry_total']).toBeGreaterThan(0);
    expect(report.metrics['event.delivery.duplicate_total']).toBe(0);
  });

  it('honours Retry-After on 429 before trying again', async () => {
    const r = await receiver({ kind: 'throttle', count: 1, retryAfterSeconds: 1 });
    const { sink: s, log } = sink({ subscriptions: subscriptions(webhook('ops', r.url)), secrets: { OPS_SECRET: r.secret } });
    await s.publish(release(1));
    await s.close();
    expect(r.requests.map((q) => q.status)).toEqual([429, 204]);
    expect(r.requests[1]!.time - r.requests[0]!.time).toBeGreaterThanOrEqual(950);
    expect(attempts(log.records).map((a) => a.status)).toEqual(['retrying', 'delivered']);
  });

  it('retries after the receiver closes the connection', async () => {
    const r = await receiver({ kind: 'closing', count: 2 });
    const { sink: s, log } = sink({ subscriptions: subscriptions(webhook('ops', r.url)), secrets: { OPS_SECRET: r.secret } });
    await s.publish(release(1));
    const report = await s.close();
    expect(report.counts.delivered).toBe(1);
    expect(attempts(log.records).map((a) => [a.statusCode, a.status])).toEqual([
      [null, 'retrying'],
      [null, 'retrying'],
      [204, 'delivered'],
    ]);
    expect(attempts(log.records)[0]!.error).toMatch(/socket hang up|ECONNRESET/);
  });

  it('times a slow receiver out and leaves the delivery pending at the end of the step budget', async () => {
    const r = await receiver({ kind: 'slow', delayMs: 1000 });
    const { sink: s, log } = sink({
      subscriptions: subscriptions(webhook('ops', r.url), 'timeout: 200ms\n  retry: { schedule: [50ms, 5m], maxAttempts: 5, stepBudget: 2s }'),
      secrets: { OPS_SECRET: r.secret },
    });
    await s.publish(release(1));
    const report = await s.close();
    expect(report.counts).toMatchObject({ delivered: 0, pending: 1 });
    const recs = attempts(log.records);
    expect(recs.map((a) => a.status)).toEqual(['retrying', 'pending']);
    expect(recs[0]!.error).toMatch(/no response within 200 ms/);
    expect(Date.parse(recs[1]!.nextAttemptAt!) - Date.parse(recs[1]!.time)).toBeGreaterThan(200_000);
  });

  it('disables a subscriber that answers 410 and announces it to the others', async () => {
    const gone = await receiver({ kind: 'gone' });
    const ops = await receiver({ kind: 'healthy' });
    const { sink: s, log } = sink({
      subscriptions: subscriptions(webhook('old', gone.url) + webhook('ops', ops.url)),
      secrets: { OLD_SECRET: gone.secret, OPS_SECRET: ops.secret },
    });
    await s.publish(release(1));
    await s.flush();
    await s.publish(release(2));
    const report = await s.close();
    expect(gone.requests).toHaveLength(1);
    expect(log.records.filter((r) => r.record === 'subscriber')).toEqual([expect.objectContaining({ subscriber: 'old', state: 'disabled' })]);
    const failed = ops.requests.filter((q) => q.type === 'event.delivery.failed');
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0]!.body).data).toMatchObject({ reason: 'subscriber-gone', subscriber: 'old', lastStatus: 410 });
    expect(report.deliveries.find((d) => d.subscriber === 'old' && d.status === 'failed')).toBeDefined();
    expect(report.events.find((e) => e.subject === 'crm-sync@2.2.0')!.subscribers).toEqual(['ops']);
  });

  it('queues behind the rate limit instead of dropping, and defers what does not fit in the budget', async () => {
    const r = await receiver({ kind: 'healthy' });
    const { sink: s, log } = sink({
      subscriptions: subscriptions(webhook('ops', r.url, undefined, '    rateLimit: { perSecond: 20, burst: 1 }\n'), 'retry: { schedule: [1s], maxAttempts: 3, stepBudget: 300ms }'),
      secrets: { OPS_SECRET: r.secret },
    });
    for (let i = 0; i < 12; i++) await s.publish(release(i));
    const report = await s.close();
    expect(report.counts.delivered + report.counts.pending).toBe(12);
    expect(report.counts.pending).toBeGreaterThan(0);
    // Request start times, as logged: one per 50 ms at 20/s.
    const starts = attempts(log.records).filter((a) => a.sent).map((a) => Date.parse(a.time));
    expect(starts.length).toBe(r.requests.length);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(45);
    const deferred = attempts(log.records).filter((a) => !a.sent);
    expect(deferred.length).toBe(report.counts.pending);
    expect(deferred[0]).toMatchObject({ status: 'pending', statusCode: null, error: expect.stringMatching(/rate-limit queue/) });
  });

  it('opens the circuit on a dead endpoint instead of hammering it', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const { sink: s, log } = sink({
      subscriptions: subscriptions(webhook('ops', `http://127.0.0.1:${port}/x`, undefined, '    maxInFlight: 1\n'), 'retry: { schedule: [10ms], maxAttempts: 9, stepBudget: 500ms }\n  circuitBreaker: { failureThreshold: 3, cooldown: 10s }'),
      secrets: { OPS_SECRET: generateSigningSecret() },
    });
    for (let i = 0; i < 20; i++) await s.publish(release(i));
    const report = await s.close();
    const sent = attempts(log.records).filter((a) => a.sent);
    expect(sent.length).toBe(3);
    expect(report.counts.pending).toBe(20);
    expect(attempts(log.records).filter((a) => !a.sent)[0]!.error).toMatch(/circuit open/);
  });

  it('keeps tenants apart: a subscriber never receives another tenant’s event', async () => {
    const r1 = await receiver({ kind: 'healthy' });
    const r2 = await receiver({ kind: 'healthy' });
    const all = await receiver({ kind: 'healthy' });
    const { sink: s } = sink({
      subscriptions: subscriptions(
        webhook('t1-sub', r1.url, `{ types: ['plugin.*'], tenants: [t1] }`) + webhook('t2-sub', r2.url, `{ types: ['plugin.*'], tenants: [t2] }`) + webhook('all-sub', all.url, `{ types: ['plugin.*'], all: true }`),
      ),
      secrets: { T1_SUB_SECRET: r1.secret, T2_SUB_SECRET: r2.secret, ALL_SUB_SECRET: all.secret },
    });
    const tenants = ['t1', 't2', 't3'];
    for (let i = 0; i < 30; i++) await s.publish(release(i, tenants[i % 3]!));
    await s.publish({ type: 'plugin.release.published', subject: 'x@1.0.0', data: { plugin: 'x', version: '1.0.0' } });
    await s.close();
    expect(r1.requests.every((q) => q.tenant === 't1')).toBe(true);
    expect(r2.requests.every((q) => q.tenant === 't2')).toBe(true);
    expect(r1.requests).toHaveLength(10);
    expect(r2.requests).toHaveLength(10);
    expect(all.requests).toHaveLength(31);
  });

  it('publishes a logical event once: a repeat in the step and a re-run of the job send nothing again', async () => {
    const r = await receiver({ kind: 'healthy' });
    const subs = subscriptions(webhook('ops', r.url));
    const first = sink({ subscriptions: subs, secrets: { OPS_SECRET: r.secret } });
    await first.sink.publish(release(1));
    await first.sink.publish(release(1));
    await first.sink.close();
    expect(r.requests).toHaveLength(1);
    // Attempt 2 of the same run: same run id, the earlier log downloaded as history.
    const rerun = sink({ subscriptions: subs, secrets: { OPS_SECRET: r.secret }, history: first.log.records });
    await rerun.sink.publish(release(1));
    await rerun.sink.publish(release(2));
    const report = await rerun.sink.close();
    expect(r.requests).toHaveLength(2);
    expect(report.deliveries.map((d) => [d.subject, d.status])).toEqual([
      ['crm-sync@2.1.0', 'skipped'],
      ['crm-sync@2.2.0', 'delivered'],
    ]);
  });

  it('replays a failed delivery with the same id, a fresh timestamp and signature, never to a subscriber that acknowledged it', async () => {
    const ok = await receiver({ kind: 'healthy' });
    const bad = await receiver({ kind: 'status', status: 400 });
    const subs = subscriptions(webhook('ok', ok.url) + webhook('bad', bad.url));
    const secrets = { OK_SECRET: ok.secret, BAD_SECRET: bad.secret };
    const first = sink({ subscriptions: subs, secrets, announceFailures: false });
    await first.sink.publish(release(1));
    const report = await first.sink.close();
    expect(report.counts).toMatchObject({ delivered: 1, failed: 1 });
    const eventId = report.events[0]!.eventId;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fixed = await receiver({ kind: 'healthy' }, bad.secret);
    const subs2 = subscriptions(webhook('ok', ok.url) + webhook('bad', fixed.url));
    const selection = selectReplay(first.log.records, subs2.subscribers, { eventId });
    expect(selection.deliveries.map((d) => d.subscriber)).toEqual(['bad']);
    expect(selection.skipped).toEqual([{ eventId, subscriber: 'ok', reason: 'acknowledged' }]);
    const replay = sink({ subscriptions: subs2, secrets, history: first.log.records });
    replay.sink.redeliver(selection.deliveries, 'manual');
    const after = await replay.sink.close();
    expect(after.counts.delivered).toBe(1);
    expect(fixed.requests[0]!.id).toBe(eventId);
    expect(Number(fixed.requests[0]!.headers['webhook-timestamp'])).toBeGreaterThan(Number(bad.requests[0]!.headers['webhook-timestamp']));
    expect(fixed.requests[0]!.headers['webhook-signature']).not.toBe(bad.requests[0]!.headers['webhook-signature']);
    expect(ok.requests).toHaveLength(1);
    const state = foldDeliveries([...first.log.records, ...replay.log.records]).get(deliveryKey(eventId, 'bad'));
    expect(state).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(attempts(replay.log.records)[0]).toMatchObject({ trigger: 'manual', attempt: 2 });
  });

  it('never sends an event that fails its schema, and says why', async () => {
    const r = await receiver({ kind: 'healthy' });
    const { sink: s, log } = sink({ subscriptions: subscriptions(webhook('ops', r.url)), secrets: { OPS_SECRET: r.secret } });
    await expect(s.publish({ type: 'plugin.release.published', subject: 'a@1', data: { plugin: 'a' } })).rejects.toThrow(ConfigError);
    await expect(s.publish({ type: 'nope.nope', subject: 'a@1', data: {} })).rejects.toThrow(/unknown event type "nope.nope"/);
    await s.close();
    expect(r.requests).toHaveLength(0);
    expect(log.records).toHaveLength(0);
  });

  it('refuses to start with a missing or malformed credential, naming the variable and the line', () => {
    const subs = subscriptions(webhook('ops', 'http://127.0.0.1:1/x'));
    expect(() => sink({ subscriptions: subs, secrets: {} })).toThrow(/subscriber ops: environment variable OPS_SECRET is not set/);
    try {
      sink({ subscriptions: subs, secrets: { OPS_SECRET: 'plain-password' } });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues[0]).toMatchObject({ file: 'subs.yaml', line: 4, pointer: '/subscribers/0/secretEnv', message: expect.stringMatching(/does not start with whsec_/) });
      expect((error as Error).message).not.toContain('plain-password');
    }
  });

  it('alerts through PagerDuty on signature rejections, with a dedup key per failing subscriber', async () => {
    const rejecting = await receiver({ kind: 'healthy' }); // verifies with its own secret: ours will not match -> 401
    const pd = await startReceiver({ behaviour: { kind: 'status', status: 202 } });
    open.push(pd);
    const subs = subscriptions(
      webhook('console', rejecting.url) +
        `  - id: oncall\n    channel: pagerduty\n    target: ${pd.url}\n    secretEnv: PD_KEY\n    filter: { types: [event.delivery.failed], all: true }\n`,
    );
    const { sink: s, log } = sink({ subscriptions: subs, secrets: { CONSOLE_SECRET: generateSigningSecret(), PD_KEY: 'R0UTINGKEY' } });
    await s.publish(release(1));
    const report = await s.close();
    expect(rejecting.requests[0]!.status).toBe(401);
    expect(report.alerts).toEqual([expect.objectContaining({ subscriber: 'console', kind: 'signature-rejected', state: 'firing' })]);
    const bodies = pd.requests.map((q) => JSON.parse(q.body) as { event_action: string; dedup_key: string; routing_key: string; payload: { summary: string } });
    expect(bodies.map((b) => b.dedup_key).sort()).toEqual(['powerx:oncall:console:rejected', 'powerx:oncall:console:signature-rejected']);
    expect(bodies.every((b) => b.event_action === 'trigger' && b.routing_key === 'R0UTINGKEY')).toBe(true);
    expect(log.records.filter((r) => r.record === 'alert')).toHaveLength(1);
  });

  it('posts Slack messages to the incoming-webhook URL held in the secret', async () => {
    const slack = await startReceiver({ behaviour: { kind: 'status', status: 200 } });
    open.push(slack);
    const subs = subscriptions(`  - id: chat\n    channel: slack\n    secretEnv: SLACK_URL\n    filter: { types: ['plugin.*'], all: true }\n`);
    const { sink: s } = sink({ subscriptions: subs, secrets: { SLACK_URL: slack.url } });
    await s.publish(release(1));
    await s.close();
    const body = JSON.parse(slack.requests[0]!.body) as { text: string; blocks: unknown[] };
    expect(body.text).toBe('plugin.release.published crm-sync@2.1.0 (tenant t1)');
    expect(body.blocks.length).toBeGreaterThan(1);
  });
});

afterAll(async () => {
  await Promise.all(open.map((r) => r.close()));
});
