import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originFromRun } from '@powerx/core/events/envelope.js';
import type { AttemptRecord } from '@powerx/core/events/log.js';
import { parseSubscriptions } from '@powerx/core/events/subscriptions.js';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { MemoryDeliveryLog } from '@powerx/github/delivery/log-file.js';
import { createDeliveringSink } from '@powerx/github/delivery/sink.js';

let github: GitHubDouble;
let token: string;

beforeAll(async () => {
  github = await startGitHubDouble();
  github.state.addRepo({ owner: 'acme', name: 'integration' });
  token = github.token('release-bot');
});
afterAll(async () => {
  await github.close();
});

function sink(target = 'acme/integration') {
  const subscriptions = parseSubscriptions(
    `defaults:\n  retry: { schedule: [50ms], maxAttempts: 4, stepBudget: 10s }\nsubscribers:\n  - id: ci\n    channel: repository_dispatch\n    target: ${target}\n    secretEnv: DISPATCH_TOKEN\n    filter: { types: ['plugin.*'], all: true }\n`,
    'subs.yaml',
  );
  const log = new MemoryDeliveryLog();
  const s = createDeliveringSink({ subscriptions, secrets: { DISPATCH_TOKEN: token }, log, origin: originFromRun({ serverUrl: 'https://github.com', repository: 'acme/crm-sync', runId: '9' }), github: { baseUrl: github.url, paceWrites: false }, announceFailures: false });
  return { s, log, attempts: () => log.records.filter((r): r is AttemptRecord => r.record === 'attempt') };
}

const release = (version: string, extra: Record<string, unknown> = {}) => ({ type: 'plugin.release.published', subject: `crm-sync@${version}`, tenant: 't1', data: { plugin: 'crm-sync', version, ...extra } });

describe('repository_dispatch through Octokit against the GitHub double', () => {
  it('dispatches the event type with the envelope under one client_payload key', async () => {
    const { s } = sink();
    await s.publish(release('1.0.0'));
    const report = await s.close();
    expect(report.counts.delivered).toBe(1);
    const last = github.state.repo('acme', 'integration').dispatches.at(-1)!;
    expect(last).toMatchObject({ eventType: 'plugin.release.published', actor: 'release-bot' });
    expect((last.clientPayload as { event: { id: string } }).event.id).toBe(report.events[0]!.eventId);
    expect(github.violations).toEqual([]);
  });

  it('waits out a secondary rate limit (403 with Retry-After) and retries', async () => {
    github.injectFault({ operationId: 'repos/create-dispatch-event', kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const { s, attempts } = sink();
    await s.publish(release('1.1.0'));
    const report = await s.close();
    expect(report.counts.delivered).toBe(1);
    const [first, second] = attempts();
    expect(first).toMatchObject({ statusCode: 403, status: 'retrying' });
    expect(Date.parse(second!.time) - Date.parse(first!.time)).toBeGreaterThanOrEqual(950);
    expect(report.alerts).toEqual([]);
  });

  it('retries a 5xx, since GitHub does not', async () => {
    github.injectFault({ operationId: 'repos/create-dispatch-event', times: 2 });
    const { s, attempts } = sink();
    await s.publish(release('1.2.0'));
    await s.close();
    expect(attempts().map((a) => [a.statusCode, a.status])).toEqual([
      [500, 'retrying'],
      [500, 'retrying'],
      [204, 'delivered'],
    ]);
  });

  it('fails a missing repository for good, and refuses a payload GitHub would reject without sending it', async () => {
    const missing = sink('acme/nowhere');
    await missing.s.publish(release('1.3.0'));
    expect((await missing.s.close()).deliveries[0]).toMatchObject({ status: 'failed', lastStatusCode: 404, attempts: 1 });
    const before = github.requests.length;
    const big = sink();
    await big.s.publish(release('1.4.0', { notes: 'x'.repeat(70_000) }));
    const report = await big.s.close();
    expect(report.deliveries[0]).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/less than 65536/) });
    expect(big.attempts()[0]).toMatchObject({ sent: false });
    expect(github.requests.length).toBe(before);
  });
});
