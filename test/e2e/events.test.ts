import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HTTP } from 'cloudevents';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryKey, foldDeliveries, parseDeliveryLog, type AttemptRecord, type EventRecord, type LogRecord } from '@powerx/core/events/log.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { startReceiver, type Receiver, type ReceiverBehaviour } from '@powerx/github/delivery/receiver.js';
import { runAction, type ActionResult } from '../support/harness.js';

interface Sub {
  id: string;
  behaviour: ReceiverBehaviour;
  /** Tenants it subscribes to, or 'all'. */
  tenants: string[] | 'all';
  types?: string[];
}

const SUBSCRIBERS: Sub[] = [
  { id: 'healthy', behaviour: { kind: 'healthy' }, tenants: ['t1', 't2'] },
  { id: 'flaky', behaviour: { kind: 'flaky', failureRate: 0.3, seed: 8 }, tenants: ['t1'] },
  { id: 'slow', behaviour: { kind: 'slow', delayMs: 700 }, tenants: ['t2'] },
  { id: 'gone', behaviour: { kind: 'gone' }, tenants: 'all' },
  { id: 'throttled', behaviour: { kind: 'throttle', count: 2, retryAfterSeconds: 1 }, tenants: ['t1'] },
  { id: 'closing', behaviour: { kind: 'closing', count: 2 }, tenants: ['t2'] },
  { id: 'ops', behaviour: { kind: 'healthy' }, tenants: 'all', types: ['event.delivery.failed'] },
];

const EVENTS = [
  { subject: 'crm-sync@2.1.0', tenant: 't1' },
  { subject: 'crm-sync@2.1.0', tenant: 't2' },
  { subject: 'crm-sync@2.2.0', tenant: 't1' },
  { subject: 'crm-sync@2.2.0', tenant: 't3' },
  { subject: 'crm-sync@2.3.0', tenant: undefined },
];

const receivers = new Map<string, Receiver & { secret: string }>();
let github: GitHubDouble;
let workspace: string;
let dispatchToken: string;
const runs: ActionResult[] = [];
const secretEnv = (id: string) => `${id.toUpperCase()}_SECRET`;

function subscriptionsYaml(extra = ''): string {
  const lines = [
    'defaults:',
    '  timeout: 5s',
    '  retry: { schedule: [100ms, 200ms, 400ms], maxAttempts: 8, stepBudget: 8s }',
    '  rateLimit: { perSecond: 100, burst: 50 }',
    'subscribers:',
  ];
  for (const s of SUBSCRIBERS) {
    lines.push(`  - id: ${s.id}`, '    channel: webhook', `    target: ${receivers.get(s.id)!.url}`, `    secretEnv: ${secretEnv(s.id)}`);
    lines.push(`    filter: { types: [${(s.types ?? ['plugin.*']).map((t) => `'${t}'`).join(', ')}], ${s.tenants === 'all' ? 'all: true' : `tenants: [${s.tenants.join(', ')}]`} }`);
  }
  lines.push('  - id: ci', '    channel: repository_dispatch', '    target: acme/integration', '    secretEnv: DISPATCH_TOKEN', '    filter: { types: [plugin.release.published], tenants: [t1] }');
  return `${lines.join('\n')}\n${extra}`;
}

function env(): Record<string, string> {
  const out: Record<string, string> = { GITHUB_API_URL: github.url, DISPATCH_TOKEN: dispatchToken };
  for (const [id, r] of receivers) out[secretEnv(id)] = r.secret;
  return out;
}

function emit(inputs: Record<string, string>, extra: { env?: Record<string, string>; workspace?: string } = {}): Promise<ActionResult> {
  return runAction({
    action: 'emit-event',
    workspace: extra.workspace ?? workspace,
    inputs: { 'delivery-log': 'logs/delivery-log.jsonl', 'audit-log': 'logs/audit.jsonl', ...inputs },
    env: { ...env(), ...extra.env },
  });
}

function readLog(ws = workspace, file = 'logs/delivery-log.jsonl'): LogRecord[] {
  return parseDeliveryLog(readFileSync(join(ws, file), 'utf8'), file).records;
}

function expectedSubscribers(tenant: string | undefined): string[] {
  const ids = SUBSCRIBERS.filter((s) => !s.types && (s.tenants === 'all' || (tenant !== undefined && s.tenants.includes(tenant)))).map((s) => s.id);
  if (tenant === 't1') ids.push('ci');
  return ids;
}

beforeAll(async () => {
  for (const s of SUBSCRIBERS) {
    const secret = generateSigningSecret();
    receivers.set(s.id, { ...(await startReceiver({ behaviour: s.behaviour, secret })), secret });
  }
  github = await startGitHubDouble();
  github.state.addRepo({ owner: 'acme', name: 'integration' });
  dispatchToken = github.token('release-bot');
  workspace = mkdtempSync(join(tmpdir(), 'powerx-events-e2e-'));
  mkdirSync(join(workspace, 'config', 'events'), { recursive: true });
  writeFileSync(join(workspace, 'config', 'events', 'subscriptions.yaml'), subscriptionsYaml());
  // The release pipeline publishes each event in its own step, as a workflow would.
  for (const e of EVENTS) {
    const version = e.subject.split('@')[1]!;
    runs.push(
      await emit({
        type: 'plugin.release.published',
        subject: e.subject,
        ...(e.tenant ? { tenant: e.tenant } : {}),
        data: JSON.stringify({ plugin: 'crm-sync', version, releaseUrl: `https://github.com/acme/crm-sync/releases/tag/v${version}` }),
      }),
    );
  }
}, 180_000);

afterAll(async () => {
  await Promise.all([...receivers.values()].map((r) => r.close()));
  await github?.close();
});

describe('emit-event bundle against loopback receivers and the GitHub double', () => {
  it('finishes every step and reports its event id and counts', () => {
    for (const run of runs) {
      expect(run.exitCode, run.stderr + run.stdout).toBe(0);
      expect(run.outputs['event-id']).toMatch(/^evt_[0-9a-z]{26}$/);
      const counts = ['delivered', 'pending', 'failed', 'skipped'].map((k) => Number(run.outputs[k]));
      expect(counts.every((n) => Number.isInteger(n))).toBe(true);
    }
  });

  it('loses nothing: every event reached every matching subscriber as delivered, pending or failed', () => {
    const records = readLog();
    const events = records.filter((r): r is EventRecord => r.record === 'event' && r.type === 'plugin.release.published');
    expect(events.map((e) => e.subject)).toEqual(EVENTS.map((e) => e.subject));
    const states = foldDeliveries(records);
    for (const [i, event] of events.entries()) {
      // The 410 subscriber is disabled after the first event, so later events no longer match it.
      const expected = expectedSubscribers(EVENTS[i]!.tenant).filter((id) => i === 0 || id !== 'gone');
      expect(event.subscribers.sort()).toEqual(expected.sort());
      for (const id of expected) expect(['delivered', 'pending', 'failed'], `${event.subject} ${event.tenant} -> ${id}`).toContain(states.get(deliveryKey(event.eventId, id))?.status);
    }
    const statuses = [...states.values()].filter((s) => s.type === 'plugin.release.published');
    expect(statuses.filter((s) => s.status !== 'delivered').map((s) => s.subscriber)).toEqual(['gone']);
  });

  it('keeps tenants apart at every receiver and in repository_dispatch', () => {
    for (const s of SUBSCRIBERS) {
      const got = receivers.get(s.id)!.requests.filter((q) => q.type === 'plugin.release.published');
      for (const q of got) {
        if (s.tenants === 'all') continue;
        expect(s.tenants, `${s.id} received ${q.tenant}`).toContain(q.tenant);
      }
    }
    expect(receivers.get('healthy')!.requests.map((q) => q.tenant).sort()).toEqual(['t1', 't1', 't2']);
    const dispatches = github.state.repo('acme', 'integration').dispatches;
    expect(dispatches.map((d) => (d.clientPayload as { event: { tenantid?: string } }).event.tenantid)).toEqual(['t1', 't1']);
  });

  it('never sends an acknowledged event to the same receiver again', () => {
    for (const [id, r] of receivers) {
      for (const [eventId, count] of r.acknowledged) expect(count, `${id} acknowledged ${eventId} ${count} times`).toBe(1);
      expect(r.requests.filter((q) => q.duplicate), id).toEqual([]);
    }
  });

  it('signs every delivery so Webhook.verify accepts it, and sends CloudEvents HTTP.toEvent parses', () => {
    const healthy = receivers.get('healthy')!;
    for (const q of healthy.requests) {
      const headers = q.headers as Record<string, string>;
      expect(() => new Webhook(healthy.secret).verify(q.body, { 'webhook-id': headers['webhook-id']!, 'webhook-timestamp': headers['webhook-timestamp']!, 'webhook-signature': headers['webhook-signature']! })).not.toThrow();
      const event = HTTP.toEvent({ headers, body: q.body }) as unknown as { id: string; type: string };
      expect(event.id).toBe(headers['webhook-id']);
    }
    for (const r of receivers.values()) expect(r.requests.every((q) => q.verified || q.status === 'closed')).toBe(true);
  });

  it('retries a flaky receiver (random 500s) until it acknowledges', () => {
    const flaky = receivers.get('flaky')!;
    expect(flaky.requests.some((q) => q.status === 500)).toBe(true);
    expect(flaky.acknowledged.size).toBe(2);
  });

  it('waits for a slow receiver', () => {
    const slow = readLog().filter((r): r is AttemptRecord => r.record === 'attempt' && r.subscriber === 'slow');
    expect(slow.map((a) => a.status)).toEqual(['delivered']);
    expect(slow[0]!.latencyMs).toBeGreaterThanOrEqual(690);
  });

  it('honours 429 Retry-After', () => {
    const throttled = receivers.get('throttled')!.requests;
    expect(throttled.slice(0, 2).map((q) => q.status)).toEqual([429, 429]);
    expect(throttled[1]!.time - throttled[0]!.time).toBeGreaterThanOrEqual(950);
    expect(receivers.get('throttled')!.acknowledged.size).toBe(2);
  });

  it('retries after the receiver closes connections', () => {
    const closing = receivers.get('closing')!.requests;
    expect(closing.slice(0, 2).map((q) => q.status)).toEqual(['closed', 'closed']);
    expect(receivers.get('closing')!.acknowledged.size).toBe(1);
  });

  it('disables a subscriber that answers 410, announces it, and annotates its line', () => {
    expect(receivers.get('gone')!.requests).toHaveLength(1);
    const records = readLog();
    expect(records.filter((r) => r.record === 'subscriber')).toEqual([expect.objectContaining({ subscriber: 'gone', state: 'disabled' })]);
    const announced = receivers.get('ops')!.requests.map((q) => JSON.parse(q.body) as { type: string; data: Record<string, unknown> });
    expect(announced).toContainEqual(expect.objectContaining({ type: 'event.delivery.failed', data: expect.objectContaining({ reason: 'subscriber-gone', subscriber: 'gone', lastStatus: 410 }) }));
    const warning = runs[0]!.annotations.find((a) => a.command === 'warning' && a.message.includes('to gone'));
    const goneLine = readFileSync(join(workspace, 'config/events/subscriptions.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('id: gone')) + 1;
    expect(warning?.properties).toMatchObject({ file: 'config/events/subscriptions.yaml', line: String(goneLine) });
  });

  it('delivers repository_dispatch to the GitHub double with the envelope under one client_payload key', () => {
    const dispatches = github.state.repo('acme', 'integration').dispatches;
    expect(dispatches).toHaveLength(2);
    for (const d of dispatches) {
      expect(d.eventType).toBe('plugin.release.published');
      expect(Object.keys(d.clientPayload)).toEqual(['event']);
      expect(d.actor).toBe('release-bot');
    }
    expect(github.violations).toEqual([]);
  });

  it('writes a summary table per subscriber, the metrics, and masks every credential', () => {
    const summary = runs[0]!.summary;
    expect(summary).toContain('| Subscriber | Channel | Status | Attempts | Last HTTP status | Details |');
    for (const id of expectedSubscribers('t1')) expect(summary).toContain(`| \`${id}\` |`);
    expect(summary).toContain('`event.delivery.latency_p95`');
    const metrics = JSON.parse(runs[0]!.outputs.metrics!) as Record<string, number>;
    expect(metrics['event.delivery.duplicate_total']).toBe(0);
    for (const r of receivers.values()) expect(runs[0]!.masks).toContain(r.secret);
    expect(runs[0]!.masks).toContain(dispatchToken);
    expect(runs[0]!.log.join('\n')).not.toContain(receivers.get('healthy')!.secret);
  });

  it('appends an audit record for every decision', () => {
    const audit = readFileSync(join(workspace, 'logs/audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string });
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'events.event.accepted').length).toBeGreaterThanOrEqual(EVENTS.length);
    expect(actions).toContain('events.delivery.completed');
    expect(actions).toContain('events.subscriber.disabled');
  });

  it('re-running the job (attempt 2, same run, log downloaded) sends nothing already acknowledged', async () => {
    const before = [...receivers.values()].map((r) => r.requests.length);
    const dispatchesBefore = github.state.repo('acme', 'integration').dispatches.length;
    const again = await emit(
      { type: 'plugin.release.published', subject: EVENTS[0]!.subject, tenant: 't1', data: JSON.stringify({ plugin: 'crm-sync', version: '2.1.0', releaseUrl: 'https://github.com/acme/crm-sync/releases/tag/v2.1.0' }) },
      { env: { GITHUB_RUN_ATTEMPT: '2' } },
    );
    expect(again.exitCode).toBe(0);
    expect(again.outputs['event-id']).toBe(runs[0]!.outputs['event-id']);
    expect(Number(again.outputs.skipped)).toBe(expectedSubscribers('t1').length - 1);
    expect(Number(again.outputs.delivered)).toBe(0);
    expect([...receivers.values()].map((r) => r.requests.length)).toEqual(before);
    expect(github.state.repo('acme', 'integration').dispatches).toHaveLength(dispatchesBefore);
  });
});

describe('emit-event bad input', () => {
  it('never sends an event whose data fails its schema, and points at the line in the data file', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'powerx-events-bad-'));
    mkdirSync(join(ws, 'config', 'events'), { recursive: true });
    writeFileSync(join(ws, 'config', 'events', 'subscriptions.yaml'), subscriptionsYaml());
    writeFileSync(join(ws, 'event.yaml'), 'plugin: crm-sync\nversion: "2.x"\n');
    const before = receivers.get('healthy')!.requests.length;
    const run = await emit({ type: 'plugin.release.published', subject: 'crm-sync@2.4.0', tenant: 't1', 'data-file': 'event.yaml' }, { workspace: ws });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'event.yaml', line: '2' }), message: expect.stringMatching(/version must match the pattern/) }));
    expect(receivers.get('healthy')!.requests.length).toBe(before);
  });

  it('names a missing credential and the subscriber’s line', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'powerx-events-bad-'));
    mkdirSync(join(ws, 'config', 'events'), { recursive: true });
    writeFileSync(join(ws, 'config', 'events', 'subscriptions.yaml'), subscriptionsYaml());
    const run = await emit({ type: 'plugin.release.published', subject: 'crm-sync@2.4.0', tenant: 't1', data: '{"plugin":"crm-sync","version":"2.4.0"}' }, { workspace: ws, env: { FLAKY_SECRET: '' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'config/events/subscriptions.yaml' }), message: expect.stringMatching(/subscriber flaky: environment variable FLAKY_SECRET is not set/) }),
    );
  });
});

describe('replay-events bundle', () => {
  const down = (target: string, retry: string) =>
    `defaults:\n  timeout: 2s\n  retry: ${retry}\nsubscribers:\n  - id: console\n    channel: webhook\n    target: ${target}\n    secretEnv: CONSOLE_SECRET\n    filter: { types: ['*'], all: true }\n  - id: other\n    channel: webhook\n    target: ${receivers.get('healthy')!.url}\n    secretEnv: HEALTHY_SECRET\n    filter: { types: ['*'], all: true }\n`;

  function workspaceWith(yaml: string): string {
    const ws = mkdtempSync(join(tmpdir(), 'powerx-events-replay-'));
    mkdirSync(join(ws, 'config', 'events'), { recursive: true });
    writeFileSync(join(ws, 'config', 'events', 'subscriptions.yaml'), yaml);
    return ws;
  }

  it('replays a failed delivery by event id after a dry-run count, keeping the id, never re-sending an acknowledged one', async () => {
    const secret = generateSigningSecret();
    const ws = workspaceWith(down('http://127.0.0.1:9/hook', '{ schedule: [50ms], maxAttempts: 2, stepBudget: 5s }'));
    const first = await emit({ type: 'plugin.release.published', subject: 'crm-sync@3.0.0', data: '{"plugin":"crm-sync","version":"3.0.0"}', 'delivery-log': 'powerx-event-logs/run-1/delivery-log.jsonl' }, { workspace: ws, env: { CONSOLE_SECRET: secret } });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ failed: '1', delivered: '1' });
    const eventId = first.outputs['event-id']!;
    const console = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
    try {
      writeFileSync(join(ws, 'config', 'events', 'subscriptions.yaml'), down(console.url, '{ schedule: [50ms], maxAttempts: 2, stepBudget: 5s }'));
      const replayEnv = { ...env(), CONSOLE_SECRET: secret };
      const dry = await runAction({ action: 'replay-events', workspace: ws, inputs: { 'event-id': eventId, 'dry-run': 'true' }, env: replayEnv });
      expect(dry.exitCode, dry.stdout + dry.stderr).toBe(0);
      expect(dry.outputs.selected).toBe('1');
      expect(dry.summary).toMatch(/dry run.*1 delivery selected/);
      expect(console.requests).toHaveLength(0);
      const replay = await runAction({ action: 'replay-events', workspace: ws, inputs: { 'event-id': eventId, 'delivery-log': 'powerx-event-logs/replay-1/delivery-log.jsonl' }, env: replayEnv });
      expect(replay.exitCode, replay.stdout + replay.stderr).toBe(0);
      expect(replay.outputs).toMatchObject({ selected: '1', delivered: '1' });
      expect(console.requests.map((q) => [q.id, q.status])).toEqual([[eventId, 204]]);
      const attempts = readLog(ws, 'powerx-event-logs/replay-1/delivery-log.jsonl').filter((r): r is AttemptRecord => r.record === 'attempt');
      expect(attempts).toEqual([expect.objectContaining({ eventId, subscriber: 'console', trigger: 'manual', attempt: 3, status: 'delivered' })]);
      const report = JSON.parse(readFileSync(replay.outputs.report!, 'utf8')) as { skipped: { subscriber: string; reason: string }[] };
      expect(report.skipped).toEqual([expect.objectContaining({ subscriber: 'other', reason: 'acknowledged' })]);
      const audit = readFileSync(join(replay.runnerTemp, 'powerx-audit', 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string; details: Record<string, unknown> });
      expect(audit[0]).toMatchObject({ action: 'events.replay.started', details: { selected: [{ eventId, subscriber: 'console' }] } });
      const again = await runAction({ action: 'replay-events', workspace: ws, inputs: { 'event-id': eventId, 'delivery-log': 'powerx-event-logs/replay-2/delivery-log.jsonl' }, env: replayEnv });
      expect(again.outputs.selected).toBe('0');
      expect(console.requests).toHaveLength(1);
    } finally {
      await console.close();
    }
  });

  it('re-drives pending deliveries once they are due', async () => {
    const secret = generateSigningSecret();
    const ws = workspaceWith(down('http://127.0.0.1:9/hook', '{ schedule: [50ms, 1s], maxAttempts: 5, stepBudget: 300ms }'));
    const first = await emit({ type: 'plugin.release.published', subject: 'crm-sync@3.1.0', data: '{"plugin":"crm-sync","version":"3.1.0"}', 'delivery-log': 'powerx-event-logs/run-1/delivery-log.jsonl' }, { workspace: ws, env: { CONSOLE_SECRET: secret } });
    expect(first.outputs).toMatchObject({ pending: '1', delivered: '1' });
    const console = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
    try {
      writeFileSync(join(ws, 'config', 'events', 'subscriptions.yaml'), down(console.url, '{ schedule: [50ms, 1s], maxAttempts: 5, stepBudget: 300ms }'));
      await new Promise((resolve) => setTimeout(resolve, 1300));
      const redrive = await runAction({ action: 'replay-events', workspace: ws, inputs: { mode: 'redrive', 'delivery-log': 'powerx-event-logs/redrive-1/delivery-log.jsonl' }, env: { ...env(), CONSOLE_SECRET: secret } });
      expect(redrive.exitCode, redrive.stdout + redrive.stderr).toBe(0);
      expect(redrive.outputs).toMatchObject({ selected: '1', delivered: '1' });
      expect(console.requests.map((q) => q.id)).toEqual([first.outputs['event-id']]);
      const attempts = readLog(ws, 'powerx-event-logs/redrive-1/delivery-log.jsonl').filter((r): r is AttemptRecord => r.record === 'attempt');
      expect(attempts).toEqual([expect.objectContaining({ trigger: 'redrive', attempt: 3, status: 'delivered' })]);
      const nothing = await runAction({ action: 'replay-events', workspace: ws, inputs: { mode: 'redrive', 'delivery-log': 'powerx-event-logs/redrive-2/delivery-log.jsonl' }, env: { ...env(), CONSOLE_SECRET: secret } });
      expect(nothing.outputs.selected).toBe('0');
    } finally {
      await console.close();
    }
  });
});
