import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequest, decideRequest, loadExceptionWorkflow, slaStatus, splitList, type ExceptionRequestInput, type RunApproval } from '@powerx/core/compat/exception-workflow.js';
import { checkCompat } from '@powerx/core/compat/engine.js';
import { isConfigError } from '@powerx/core/errors.js';
import { input, tenant } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..', '..');
const config = loadExceptionWorkflow(readFileSync(join(root, 'config/version/exception_workflow.yaml'), 'utf8'), 'config/version/exception_workflow.yaml');
const requestedAt = new Date('2026-11-10T08:00:00Z');

function ask(over: Partial<ExceptionRequestInput> = {}): ExceptionRequestInput {
  return {
    plugin: 'acme.crm-sync',
    versions: '2.4.x',
    tenants: ['tn-0001'],
    waive: ['host-mismatch'],
    reason: 'Host 4.0 keeps the session API; vendor confirmed in PX-901.',
    requestedBy: 'dev-alice',
    requestedAt,
    repository: 'acme/crm-sync',
    runId: '777',
    ...over,
  };
}

const approval = (env: string, login: string, state: 'approved' | 'rejected' = 'approved', comment = ''): RunApproval => ({ state, user: { login }, environments: [{ name: env }], comment });
const bothApproved = [approval('powerx-compat-security', 'sec-bob'), approval('powerx-release-manager', 'rm-carol')];

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (isConfigError(error)) return error.issues.map((i) => i.message);
    throw error;
  }
  return [];
}

describe('exception requests', () => {
  it('builds a pending record with the default monitoring profile', () => {
    const { record, durationMs } = createRequest(ask(), config);
    expect(record).toMatchObject({ id: 'cx-777', status: 'pending', plugin: 'acme.crm-sync', waive: ['host-mismatch'], requestedBy: 'dev-alice', requestedAt: '2026-11-10T08:00:00.000Z', onFailure: 'rollback' });
    expect(record.monitoring?.metrics.map((m) => m.name)).toEqual(['error-rate', 'latency-p95']);
    expect(durationMs).toBe(30 * 86_400_000);
  });

  it('caps the duration at maxDuration and says so', () => {
    const request = createRequest(ask({ duration: '90d' }), config);
    expect(request.durationMs).toBe(30 * 86_400_000);
    expect(request.capped).toBe('the requested 90d is capped at maxDuration 30d');
    expect(createRequest(ask({ duration: '72h' }), config).durationMs).toBe(72 * 3_600_000);
  });

  it('refuses everything wrong with a request at once, naming the input', () => {
    expect(problems(() => createRequest(ask({ plugin: 'CRM', versions: '2.4.x.1', tenants: [], waive: ['runtime-missing', 'untested', 'bogus'], reason: 'risky', duration: 'soon' }), config))).toEqual([
      'input plugin: "CRM" is not a plugin id such as acme.crm-sync',
      'input versions: "2.4.x.1" is not a valid node-semver range',
      'input tenants: names no tenant',
      'input waive: runtime-missing may not be waived (waivable: host-mismatch, runtime-mismatch, dependency-mismatch, dependent-broken, migration-irreversible, matrix-incompatible)',
      'input waive: untested may not be waived (waivable: host-mismatch, runtime-mismatch, dependency-mismatch, dependent-broken, migration-irreversible, matrix-incompatible)',
      'input waive: "bogus" is not a conflict code',
      'input reason: must explain the risk in at least 10 characters',
      'input duration: "soon" is not a duration such as 72h or 7d',
    ]);
  });

  it('requires a monitoring profile that watches the required metrics', () => {
    const latencyOnly = { metrics: [{ name: 'p95', provider: { powerx: { metric: 'latencyP95Ms' as const } }, successCondition: 'result < 900' }] };
    expect(problems(() => createRequest(ask({ monitoring: latencyOnly }), config))).toEqual(['input monitoring: must watch errorRate (monitoring.requiredMetrics)']);
    const noDefault = { ...config, monitoring: { ...config.monitoring, defaultProfile: undefined } };
    expect(problems(() => createRequest(ask(), noDefault))).toEqual(['input monitoring: is required: the configuration has no default profile and the request brings none']);
  });

  it('splits list inputs on commas, spaces and new lines', () => {
    expect(splitList('tn-1, tn-2\ntn-3  tn-1')).toEqual(['tn-1', 'tn-2', 'tn-3']);
  });
});

describe('decisions from the run approvals', () => {
  const now = new Date('2026-11-10T12:00:00Z');
  const decide = (approvals: RunApproval[], twoFactor: { org: boolean | undefined } = { org: true }, cfg = config) =>
    decideRequest({ request: createRequest(ask(), cfg), config: cfg, approvals, orgTwoFactor: twoFactor.org, approvalId: 'acme/crm-sync/runs/777', runUrl: 'https://github.com/acme/crm-sync/actions/runs/777', now });

  it('approved when every stage is approved: approval id, approvers, stages, expiry', () => {
    const { record, leadTimeHours, slaBreached } = decide(bothApproved);
    expect(record).toMatchObject({
      status: 'approved',
      decidedAt: '2026-11-10T12:00:00.000Z',
      expiresAt: '2026-12-10T12:00:00.000Z',
      approval: {
        id: 'acme/crm-sync/runs/777',
        runUrl: 'https://github.com/acme/crm-sync/actions/runs/777',
        approvers: ['sec-bob', 'rm-carol'],
        stages: [
          { environment: 'powerx-compat-security', role: 'security', reviewer: 'sec-bob', state: 'approved' },
          { environment: 'powerx-release-manager', role: 'release-manager', reviewer: 'rm-carol', state: 'approved' },
        ],
      },
    });
    expect(record.reasons).toBeUndefined();
    expect(leadTimeHours).toBe(4);
    expect(slaBreached).toBe(false);
  });

  it('an approved record makes a blocked check run under the exception', () => {
    const { record } = decide(bothApproved);
    const result = checkCompat(input({ tenant: tenant({ hostVersion: '4.0.0' }), exceptions: [record], now: new Date('2026-11-11T00:00:00Z') }));
    expect(result.verdict).toBe('exception');
    expect(result.exception?.approvalId).toBe('acme/crm-sync/runs/777');
  });

  it('rejected when a reviewer rejects a stage, with who and why', () => {
    const { record } = decide([approval('powerx-compat-security', 'sec-bob', 'rejected', 'no rollback plan')]);
    expect(record.status).toBe('rejected');
    expect(record.reasons).toEqual(['security (powerx-compat-security) rejected by sec-bob: no rollback plan']);
    expect(record.expiresAt).toBeUndefined();
  });

  it('pending while a stage has no decision', () => {
    const { record } = decide([approval('powerx-compat-security', 'sec-bob')]);
    expect(record.status).toBe('pending');
    expect(record.decidedAt).toBeUndefined();
  });

  it('rejected when the requester approved their own exception', () => {
    const { record } = decide([approval('powerx-compat-security', 'dev-alice'), approval('powerx-release-manager', 'rm-carol')]);
    expect(record.status).toBe('rejected');
    expect(record.reasons).toEqual(['dev-alice requested this exception and may not approve it (security)']);
  });

  it('rejected when one person approved two stages', () => {
    const { record } = decide([approval('powerx-compat-security', 'sec-bob'), approval('powerx-release-manager', 'sec-bob')]);
    expect(record.reasons).toEqual(['sec-bob approved both security and release-manager; each stage needs a different person']);
  });

  it('rejected when the organisation does not require 2FA, or GitHub does not say', () => {
    expect(decide(bothApproved, { org: false }).record.reasons).toEqual(['the organisation does not require two-factor authentication']);
    expect(decide(bothApproved, { org: undefined }).record.reasons).toEqual([
      'GitHub did not disclose whether the organisation requires two-factor authentication; unknown counts as not required',
    ]);
    expect(decide(bothApproved, { org: undefined }, { ...config, requireOrgTwoFactor: false }).record.status).toBe('approved');
  });

  it('reports a decision past the SLA', () => {
    const late = decideRequest({ request: createRequest(ask(), config), config, approvals: bothApproved, orgTwoFactor: true, approvalId: 'x/y/runs/1', now: new Date('2026-11-11T09:00:00Z') });
    expect(late.leadTimeHours).toBe(25);
    expect(late.slaBreached).toBe(true);
    expect(slaStatus(requestedAt, config, new Date('2026-11-11T08:00:00Z'))).toEqual({ waitingHours: 24, breached: false });
    expect(slaStatus(requestedAt, config, new Date('2026-11-11T08:00:01Z')).breached).toBe(true);
  });
});
