/**
 * The event sink the compat and release steps share (packages/actions/src/shared/event-sink.ts): a step that runs
 * again on the same delivery log (a re-run attempt, or a second step of the job) sends a subscriber nothing it
 * already acknowledged; without subscriptions the events are only collected.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReleaseEventInput } from '@powerx/core/events/sink.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { verify } from '@powerx/core/audit/verify.js';
import { startReceiver, type Receiver } from '@powerx/github/delivery/receiver.js';
import type { RunContext } from '@powerx/github/runner.js';
import { openAuditLog } from '@powerx/actions/shared/audit-log.js';
import { openEventSink } from '@powerx/actions/shared/event-sink.js';

const SECRET_ENV = 'POWERX_STEP_SINK_TEST_SECRET';
const secret = generateSigningSecret();
const dirs: string[] = [];
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
  process.env[SECRET_ENV] = secret;
});

afterAll(async () => {
  await receiver?.close();
  delete process.env[SECRET_ENV];
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-step-sink-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'subscriptions.yaml'),
    `subscribers:\n  - { id: ops, channel: webhook, target: '${receiver.url}', secretEnv: ${SECRET_ENV}, filter: { types: ['compat.*'], tenants: [tn-0007] } }\n`,
  );
  return dir;
}

function run(ws: string, attempt: number): RunContext {
  return {
    repository: 'acme/crm-sync',
    owner: 'acme',
    repo: 'crm-sync',
    runId: '4242',
    runAttempt: attempt,
    workflow: 'compat-check',
    job: 'check',
    sha: 'ffac537e6cbbf934b08745a378932722df287a53',
    ref: 'refs/heads/main',
    actor: 'octocat',
    serverUrl: 'https://github.com',
    apiUrl: 'http://127.0.0.1:9',
    eventName: 'workflow_dispatch',
    eventPath: undefined,
    workspace: ws,
    runUrl: 'https://github.com/acme/crm-sync/actions/runs/4242',
  };
}

const EVENTS: ReleaseEventInput[] = [
  {
    type: 'compat.check.blocked',
    subject: 'acme.crm-sync@3.2.0',
    tenant: 'tn-0007',
    key: 'tn-0007',
    data: { plugin: 'acme.crm-sync', version: '3.2.0', tenant: 'tn-0007', verdict: 'block', risk: { score: 90, level: 'critical' }, conflicts: [] },
  },
];

/** What a compat step does with its sink: publish its events, then wait for the deliveries. */
async function step(ws: string, attempt: number, subscriptions = 'subscriptions.yaml') {
  const context = run(ws, attempt);
  const audit = openAuditLog(join(ws, 'audit.jsonl'), context);
  const events = await openEventSink({ subscriptions, deliveryLog: 'delivery-log.jsonl', audit, workspace: ws, run: context });
  for (const event of EVENTS) await events.sink.publish(event);
  return (await events.finish()) as { events: ReleaseEventInput[]; delivery?: { counts: Record<string, number> } };
}

describe('the shared step event sink', () => {
  it('delivers each event once when the step runs twice on the same delivery log', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const ws = workspace();
    const before = receiver.requests.length;

    const first = await step(ws, 1);
    expect(first.delivery?.counts).toMatchObject({ delivered: 1, failed: 0, pending: 0 });
    const again = await step(ws, 2);

    const received = receiver.requests.slice(before);
    expect(received.map((r) => [r.type, r.tenant, r.status])).toEqual([['compat.check.blocked', 'tn-0007', 204]]);
    expect(received.filter((r) => r.duplicate)).toEqual([]);
    expect(again.events.map((e) => e.type)).toEqual(['compat.check.blocked']);
    expect(again.delivery?.counts).toMatchObject({ delivered: 0, skipped: 1, failed: 0, pending: 0 });
    // Both runs continued one log and one audit chain.
    expect(readFileSync(join(ws, 'delivery-log.jsonl'), 'utf8').trim().split('\n').length).toBeGreaterThan(1);
    expect(verify(readFileSync(join(ws, 'audit.jsonl'), 'utf8')).ok).toBe(true);
  });

  it('masks the subscribers\' credentials in the log and the audit records', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const ws = workspace();
    await step(ws, 1);
    expect(written.join('')).toContain(`::add-mask::${secret}`);
    expect(readFileSync(join(ws, 'audit.jsonl'), 'utf8')).not.toContain(secret);
  });

  it('only collects the events when the step has no subscriptions', async () => {
    const ws = workspace();
    const before = receiver.requests.length;
    const collected = await step(ws, 1, '');
    expect(collected).toEqual({ events: EVENTS });
    expect(receiver.requests.length).toBe(before);
  });
});
