import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventsCommand } from '@powerx/cli/commands/events.js';
import { ConfigError } from '@powerx/core/errors.js';
import type { DeliveryReport, RedeliveryResult } from '@powerx/core/events/report.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { startReceiver, type Receiver } from '@powerx/github/delivery/receiver.js';

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
  process.exitCode = undefined;
  delete process.env.POWERX_CLI_TEST_A;
  delete process.env.POWERX_CLI_TEST_B;
});

async function powerx(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  process.exitCode = undefined;
  await eventsCommand({ out: (t) => out.push(t), err: (t) => err.push(t) })
    .exitOverride()
    .parseAsync(args, { from: 'user' });
  return { out: out.join('\n'), err: err.join('\n'), code: Number(process.exitCode ?? 0) };
}

async function setup(bBehaviour: Parameters<typeof startReceiver>[0]['behaviour'] = { kind: 'healthy' }) {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-cli-events-'));
  const a = generateSigningSecret();
  const b = generateSigningSecret();
  const ra = await startReceiver({ behaviour: { kind: 'healthy' }, secret: a });
  const rb = await startReceiver({ behaviour: bBehaviour, secret: b });
  open.push(ra, rb);
  process.env.POWERX_CLI_TEST_A = a;
  process.env.POWERX_CLI_TEST_B = b;
  const subs = join(dir, 'subscriptions.yaml');
  const yaml = (bUrl: string) =>
    `defaults:\n  retry: { schedule: [20ms], maxAttempts: 2, stepBudget: 3s }\nsubscribers:\n  - { id: a, channel: webhook, target: '${ra.url}', secretEnv: POWERX_CLI_TEST_A, filter: { types: ['plugin.*'], tenants: [t1] } }\n  - { id: b, channel: webhook, target: '${bUrl}', secretEnv: POWERX_CLI_TEST_B, filter: { types: ['plugin.*'], all: true } }\n`;
  writeFileSync(subs, yaml(rb.url));
  return { dir, subs, log: join(dir, 'delivery-log.jsonl'), ra, rb, rewrite: (url: string) => writeFileSync(subs, yaml(url)), secretB: b };
}

describe('powerx events', () => {
  it('emit publishes to matching subscribers and prints the same JSON report as the action', async () => {
    const s = await setup();
    const res = await powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@1.2.0', '--tenant', 't1', '--data', '{plugin: crm, version: 1.2.0}', '--subscriptions', s.subs, '--log', s.log, '--run-id', 'r1', '--format', 'json']);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.out) as DeliveryReport;
    expect(report.counts).toMatchObject({ events: 1, delivered: 2, pending: 0, failed: 0 });
    expect(report.events[0]!.subscribers).toEqual(['a', 'b']);
    expect(s.ra.requests).toHaveLength(1);
    // The same run id makes the same logical event: nothing is sent again.
    const again = await powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@1.2.0', '--tenant', 't1', '--data', '{plugin: crm, version: 1.2.0}', '--subscriptions', s.subs, '--log', s.log, '--run-id', 'r1', '--format', 'json']);
    expect((JSON.parse(again.out) as DeliveryReport).counts).toMatchObject({ delivered: 0, skipped: 2 });
    expect(s.ra.requests).toHaveLength(1);
  });

  it('emit and log default to the delivery log the actions use, $RUNNER_TEMP/powerx-events/delivery-log.jsonl', async () => {
    const s = await setup();
    const before = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = s.dir;
    try {
      const res = await powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@1.3.0', '--tenant', 't1', '--data', '{plugin: crm, version: 1.3.0}', '--subscriptions', s.subs, '--run-id', 'r3', '--format', 'json']);
      expect(res.code).toBe(0);
      expect(readFileSync(join(s.dir, 'powerx-events', 'delivery-log.jsonl'), 'utf8')).toContain('"subject":"crm@1.3.0"');
      const shown = JSON.parse((await powerx(['log', '--view', 'deliveries', '--format', 'json'])).out) as { deliveries: { eventId: string; subscriber: string }[] };
      const report = JSON.parse(res.out) as DeliveryReport;
      expect(shown.deliveries.map((d) => [d.eventId, d.subscriber]).sort()).toEqual([[report.events[0]!.eventId, 'a'], [report.events[0]!.eventId, 'b']]);
    } finally {
      if (before === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = before;
    }
  });

  it('emit rejects data that fails the schema with a located error and sends nothing', async () => {
    const s = await setup();
    const file = join(s.dir, 'data.yaml');
    writeFileSync(file, 'plugin: crm\nversion: one\n');
    await expect(powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@1.2.0', '--data-file', file, '--subscriptions', s.subs, '--log', s.log])).rejects.toThrow(ConfigError);
    await expect(powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@1.2.0', '--data-file', file, '--subscriptions', s.subs, '--log', s.log])).rejects.toThrow(/data\.yaml:2:10 version must match/);
    expect(s.rb.requests).toHaveLength(0);
  });

  it('emit exits 1 with --fail-on failed when a delivery fails for good', async () => {
    const s = await setup({ kind: 'status', status: 400 });
    const res = await powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@1.2.0', '--data', '{plugin: crm, version: 1.2.0}', '--subscriptions', s.subs, '--log', s.log, '--fail-on', 'failed']);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/failed\s+b\s+attempts 1\s+HTTP 400/);
  });

  it('log filters by tenant, subscriber, status and type, per attempt or per delivery', async () => {
    const s = await setup({ kind: 'flaky', failureRate: 0.5, seed: 7 });
    for (const [subject, tenant] of [['crm@1.0.0', 't1'], ['crm@1.1.0', 't2']] as const) {
      await powerx(['emit', '--type', 'plugin.release.published', '--subject', subject, '--tenant', tenant, '--data', `{plugin: crm, version: ${subject.split('@')[1]}}`, '--subscriptions', s.subs, '--log', s.log, '--run-id', 'r2']);
    }
    const byTenant = JSON.parse((await powerx(['log', s.log, '--tenant', 't2', '--format', 'json'])).out) as { attempts: { tenant: string; subscriber: string }[] };
    expect(byTenant.attempts.length).toBeGreaterThan(0);
    expect(byTenant.attempts.every((a) => a.tenant === 't2' && a.subscriber === 'b')).toBe(true);
    const retrying = JSON.parse((await powerx(['log', s.log, '--subscriber', 'b', '--status', 'retrying', '--format', 'json'])).out) as { attempts: { status: string }[] };
    expect(retrying.attempts.length).toBeGreaterThan(0);
    expect(retrying.attempts.every((a) => a.status === 'retrying')).toBe(true);
    const deliveries = JSON.parse((await powerx(['log', s.log, '--view', 'deliveries', '--type', 'plugin.*', '--format', 'json'])).out) as { deliveries: { subscriber: string }[]; metrics: Record<string, number> };
    expect(deliveries.deliveries.map((d) => d.subscriber).sort()).toEqual(['a', 'b', 'b']);
    expect(deliveries.metrics['event.delivery.duplicate_total']).toBe(0);
    const md = (await powerx(['log', s.log, '--format', 'md', '--since', '1h'])).out;
    expect(md).toContain('| Time | Event | Type | Tenant | Subscriber |');
    await expect(powerx(['log', s.log, '--since', 'yesterday'])).rejects.toThrow(/--since must be an ISO 8601 date/);
  });

  it('replay counts first with --dry-run, then sends with the same id, and never re-sends an acknowledged delivery', async () => {
    const s = await setup({ kind: 'status', status: 503 });
    const emitted = JSON.parse(
      (await powerx(['emit', '--type', 'plugin.release.published', '--subject', 'crm@2.0.0', '--tenant', 't1', '--data', '{plugin: crm, version: 2.0.0}', '--subscriptions', s.subs, '--log', s.log, '--format', 'json'])).out,
    ) as DeliveryReport;
    const eventId = emitted.events[0]!.eventId;
    expect(emitted.deliveries.find((d) => d.subscriber === 'b')!.status).toBe('failed');
    const fixed = await startReceiver({ behaviour: { kind: 'healthy' }, secret: s.secretB });
    open.push(fixed);
    s.rewrite(fixed.url);
    const dry = JSON.parse((await powerx(['replay', '--from', s.log, '--subscriber', 'b', '--dry-run', '--subscriptions', s.subs, '--log', s.log, '--format', 'json'])).out) as RedeliveryResult;
    expect(dry).toMatchObject({ mode: 'replay', dryRun: true, selected: [expect.objectContaining({ eventId, subscriber: 'b', attempts: 2 })] });
    expect(fixed.requests).toHaveLength(0);
    const sent = JSON.parse((await powerx(['replay', '--from', s.log, '--event-id', eventId, '--subscriptions', s.subs, '--log', s.log, '--format', 'json'])).out) as RedeliveryResult;
    expect(sent.delivery!.counts).toMatchObject({ delivered: 1 });
    expect(sent.skipped).toEqual([{ eventId, subscriber: 'a', reason: 'acknowledged' }]);
    expect(fixed.requests.map((q) => q.id)).toEqual([eventId]);
    const again = JSON.parse((await powerx(['replay', '--from', s.log, '--event-id', eventId, '--subscriptions', s.subs, '--log', s.log, '--format', 'json'])).out) as RedeliveryResult;
    expect(again.selected).toEqual([]);
    expect(fixed.requests).toHaveLength(1);
    await expect(powerx(['replay', '--from', s.log, '--subscriptions', s.subs])).rejects.toThrow(/replay needs --event-id/);
  });
});
