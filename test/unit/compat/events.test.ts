/**
 * Every event the compatibility guard publishes is one the events capability accepts: a valid envelope whose
 * data conforms to its type's schema (a delivering sink refuses anything else, so a mismatch would lose it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompatChecker } from '@powerx/core/compat/engine.js';
import { decisionEvents, requestEvent } from '@powerx/core/compat/exception-report.js';
import { createRequest, decideRequest, loadExceptionWorkflow } from '@powerx/core/compat/exception-workflow.js';
import { recordCompatReport } from '@powerx/core/compat/record.js';
import { buildReport } from '@powerx/core/compat/report.js';
import { buildEnvelope } from '@powerx/core/events/envelope.js';
import { CollectingSink, type ReleaseEventInput } from '@powerx/core/events/sink.js';
import { catalog, exception, manifest, matrix, NOW, tenant } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..', '..');
const config = loadExceptionWorkflow(readFileSync(join(root, 'config/version/exception_workflow.yaml'), 'utf8'), 'exception_workflow.yaml');
const origin = { source: 'https://github.com/acme/crm-sync/actions/runs/42' };

async function checkEvents(): Promise<ReleaseEventInput[]> {
  const exceptions = [exception({ id: 'cx-old', tenants: ['tn-0002', 'tn-0003'], expiresAt: '2026-11-05T00:00:00Z' }), exception({ id: 'cx-older', tenants: ['tn-0003'], expiresAt: '2026-11-04T00:00:00Z' })];
  const m = manifest({ version: '3.0.0' });
  const c = catalog([manifest({ version: '2.0.0' })]);
  const checker = createCompatChecker({ manifest: m, catalog: c, matrix: matrix(), exceptions, now: NOW });
  const results = [tenant({ id: 'tn-0002', hostVersion: '4.0.0', plugins: [{ id: 'acme.crm-sync', version: '2.0.0' }] }), tenant({ id: 'tn-0003', hostVersion: '4.0.0' })].map((t) => checker.check(t));
  const sink = new CollectingSink();
  await recordCompatReport(buildReport({ manifest: m, matrix: matrix(), exceptions, results, now: NOW }), exceptions, { events: sink, reportUrl: 'https://github.com/acme/crm-sync/actions/runs/42' });
  return sink.events;
}

function workflowEvents(): ReleaseEventInput[] {
  const request = createRequest(
    { plugin: 'acme.crm-sync', versions: '>=2.4.0 <2.5.0', tenants: ['tn-0001', 'tn-0002'], waive: ['host-mismatch'], reason: 'Vendor confirmed the API is stable.', requestedBy: 'dev-alice', requestedAt: new Date('2026-11-09T00:00:00Z'), repository: 'acme/crm-sync', runId: '99' },
    config,
  );
  const approval = (env: string, login: string, state: 'approved' | 'rejected') => ({ state, user: { login }, environments: [{ name: env }], comment: 'ok' });
  const decide = (approvals: ReturnType<typeof approval>[]) =>
    decideRequest({ request, config, approvals, orgTwoFactor: true, approvalId: 'acme/crm-sync/runs/99', runUrl: 'https://github.com/acme/crm-sync/actions/runs/99', now: NOW });
  const approved = decide([approval('powerx-compat-security', 'sec-bob', 'approved'), approval('powerx-release-manager', 'rm-carol', 'approved')]);
  const rejected = decide([approval('powerx-compat-security', 'sec-bob', 'rejected')]);
  return [requestEvent(request, config, 'https://github.com/acme/crm-sync/actions/runs/99'), ...decisionEvents(approved, config, 'https://github.com/acme/crm-sync/issues/7'), ...decisionEvents(rejected, config)];
}

describe('compat events against the event schemas', () => {
  it('blocked checks and expired exceptions', async () => {
    const events = await checkEvents();
    expect(events.map((e) => e.type)).toEqual(['compat.check.blocked', 'compat.check.blocked', 'compat.exception.expired', 'compat.exception.expired']);
    const envelopes = events.map((e) => buildEnvelope(e, origin, { now: NOW }));
    expect(new Set(envelopes.map((e) => e.id)).size).toBe(4);
    expect(envelopes[0]).toMatchObject({ type: 'compat.check.blocked', subject: 'acme.crm-sync@3.0.0', tenantid: 'tn-0002', data: { operation: 'upgrade', fromVersion: '2.0.0' } });
  });

  it('requests, approvals, rejections and SLA breaches', () => {
    const events = workflowEvents();
    expect(events.map((e) => e.type)).toEqual(['compat.exception.requested', 'compat.exception.approved', 'compat.exception.expired', 'compat.exception.rejected', 'compat.exception.expired']);
    for (const event of events) {
      const envelope = buildEnvelope(event, origin, { now: NOW });
      expect(envelope.subject).toBe('acme.crm-sync@>=2.4.0<2.5.0');
    }
  });
});
