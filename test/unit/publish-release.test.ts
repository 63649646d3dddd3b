import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, type AuditEntry } from '@powerx/core/audit/log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { MemoryAuditStore } from '@powerx/core/audit/store.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { describeBlock } from '@powerx/core/publish/block.js';
import { countBlocks, pipelineMetrics } from '@powerx/core/publish/metrics.js';
import { buildReleasePlan, migrationBack, planIsValid, renderPlanMarkdown, type PlanInput } from '@powerx/core/publish/plan.js';
import { AUDIT, DEFAULT_REQUIRED_GATES, collectEvidence } from '@powerx/core/publish/trail.js';
import { checkNewVersion } from '@powerx/core/publish/version.js';
import { desiredEnvironment, diffEnvironment } from '@powerx/core/publish/environments.js';
import { findOverdue, reminderBody } from '@powerx/core/publish/sla.js';
import { repoRoot } from '../support/harness.js';

const matrix = parseApprovalMatrix(readFileSync(join(repoRoot, 'config/publish/approval_matrix.yaml'), 'utf8'), 'approval_matrix.yaml');
const subject = 'acme.crm-sync@2.4.0';
const commit = 'ffac537e6cbbf934b08745a378932722df287a53';
const required = matrix.stages.map((s) => ({ role: s.role, environment: s.environment }));

async function trail(entries: AuditEntry[], run = { id: '4242', attempt: 1 }, at = '2026-11-23T08:00:00Z'): Promise<AuditRecord[]> {
  const store = new MemoryAuditStore();
  let t = Date.parse(at);
  const log = new AuditLog(store, {
    context: { actor: 'michael', run: { ...run, workflow: 'plugin-release', commit, repository: 'acme/crm-sync' } },
    clock: () => new Date((t += 3_600_000)),
  });
  for (const e of entries) await log.append(e);
  return store.read();
}

const gate = (name: string, outcome = 'passed', details: Record<string, unknown> = {}): AuditEntry => ({ action: AUDIT.gate, subject, outcome, details: { gate: name, ...details } });
const approval = (role: string, environment: string, approvers: string[], outcome = 'approved', details: Record<string, unknown> = {}): AuditEntry => ({
  action: AUDIT.approval,
  subject,
  outcome,
  details: { role, environment, approvers, launchWindow: { start: '2026-11-24T09:30:00.000Z', end: '2026-11-24T11:00:00.000Z' }, rollbackContacts: ['ops-oncall'], leadTimeHours: 3, ...details },
});
const happy = (): AuditEntry[] => [
  gate('submit', 'passed', { submitter: 'michael', digest: 'sha256:ab' }),
  gate('test-deploy'),
  gate('quality', 'passed', { metrics: { 'publish.test.pass_rate': 0.98, 'publish.coverage.percent': 92.5 }, links: [{ title: 'JUnit', url: 'https://example.test/junit' }] }),
  gate('security'),
  approval('qa', 'powerx-qa', ['linda']),
  approval('release-manager', 'powerx-release-manager', ['matrix'], 'approved', { leadTimeHours: 5 }),
];

describe('evidence from the audit trail', () => {
  it('is ready when every gate passed and every approval is recorded', async () => {
    const evidence = collectEvidence({ records: await trail(happy()), subject, commit, runId: '4242', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: required });
    expect(evidence.missing).toEqual([]);
    expect(evidence.ready).toBe(true);
    expect(evidence.gates.map((g) => g.gate)).toEqual(['submit', 'test-deploy', 'quality', 'security']);
    expect(evidence.approvals.map((a) => a.role)).toEqual(['qa', 'release-manager']);
    expect(evidence.submission?.submitter).toBe('michael');
  });

  it('says which evidence is missing: a failed gate, a missing gate, a missing approval', async () => {
    const records = await trail([gate('submit', 'passed', { submitter: 'michael' }), gate('test-deploy'), gate('quality', 'failed'), approval('qa', 'powerx-qa', ['linda'])]);
    const evidence = collectEvidence({ records, subject, commit, runId: '4242', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: required });
    expect(evidence.ready).toBe(false);
    expect(evidence.missing.map((m) => [m.code, m.stage])).toEqual([
      ['gate-failed', 'quality'],
      ['gate-missing', 'security'],
      ['approval-missing', 'approval'],
    ]);
  });

  it('ignores other runs, other subjects, and a blocked approval', async () => {
    const other = await trail(happy(), { id: '1111', attempt: 1 });
    const evidence = collectEvidence({ records: other, subject, commit, runId: '4242', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: required });
    expect(evidence.missing).toHaveLength(6);
    const blockedApproval = await trail([...happy().slice(0, 5), approval('release-manager', 'powerx-release-manager', ['linda'], 'blocked')]);
    expect(collectEvidence({ records: blockedApproval, subject, commit, runId: '4242', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: required }).missing.map((m) => m.code)).toEqual(['approval-missing']);
  });

  it('refuses a version and commit blocked in any earlier run, even when this run passed', async () => {
    const earlier = await trail([gate('quality', 'failed'), { action: AUDIT.blocked, subject, outcome: 'blocked', details: { reasons: [{ code: 'coverage-below-threshold', message: 'lines 89.9% < 90%' }] } }], { id: '4000', attempt: 1 });
    const evidence = collectEvidence({ records: await trail(happy()), longTerm: earlier, subject, commit, runId: '4242', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: required });
    expect(evidence.ready).toBe(false);
    expect(evidence.missing[0]).toMatchObject({ code: 'version-blocked' });
    expect(evidence.missing[0]?.message).toMatch(/run 4000.*89\.9%/);
    // Another commit of the same version is not blocked by it.
    const elsewhere = collectEvidence({ records: await trail(happy()), longTerm: earlier, subject, commit: 'f'.repeat(40), runId: '4242', requiredGates: [], requiredApprovals: [] });
    expect(elsewhere.missing.map((m) => m.code)).toEqual(['commit-mismatch']);
  });
});

describe('release plan', () => {
  const manifest = {
    id: 'acme.crm-sync',
    version: '2.4.0',
    name: 'CRM Sync',
    host: '>=3.2.0 <4.0.0',
    dependencies: { 'acme.core': '^1.8.0', 'acme.analytics': { range: '^3.0.0', optional: true } },
    migrations: { schema: 7, minFrom: 5, reversible: true },
  };
  async function input(overrides: Partial<PlanInput> = {}): Promise<PlanInput> {
    const evidence = collectEvidence({ records: await trail(happy()), subject, commit, runId: '4242', requiredGates: DEFAULT_REQUIRED_GATES, requiredApprovals: required });
    return {
      evidence,
      plugin: 'acme.crm-sync',
      version: '2.4.0',
      digest: 'sha256:ab',
      commit,
      repository: 'acme/crm-sync',
      runUrl: 'https://github.com/acme/crm-sync/actions/runs/4242',
      serverUrl: 'https://github.com',
      manifest,
      matrix,
      tenants: [
        { id: 'tn-001', plugins: [{ id: 'acme.crm-sync', version: '2.3.1' }] },
        { id: 'tn-002', plugins: [{ id: 'acme.crm-sync', version: '2.3.1' }] },
        { id: 'tn-003', plugins: [{ id: 'acme.crm-sync', version: '1.9.0' }] },
        { id: 'tn-004', plugins: [] },
        { id: 'tn-005', plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] },
      ],
      releases: [
        { version: '1.9.0', manifest: { ...manifest, version: '1.9.0', migrations: { schema: 3, minFrom: 1, reversible: true } } },
        { version: '2.3.1', manifest: { ...manifest, version: '2.3.1', migrations: { schema: 6, minFrom: 4, reversible: true } } },
      ],
      dependencyReleases: { 'acme.core': [{ version: '1.8.0', manifest }, { version: '1.9.2', manifest }, { version: '2.0.0', manifest }, { version: '1.9.3', yanked: true, manifest }] },
      rollout: { file: 'config/version/upgrade_policies.yaml', name: 'standard', description: 'Default for minor and major upgrades.' },
      now: new Date('2026-11-23T20:00:00Z'),
      ...overrides,
    };
  }

  it('has the window, rollback per cohort with reversibility, contacts, resolved dependencies, gates and approvals', async () => {
    const plan = buildReleasePlan(await input());
    expect(planIsValid(plan)).toBe(true);
    expect(plan.launchWindow).toEqual({ start: '2026-11-24T09:30:00.000Z', end: '2026-11-24T11:00:00.000Z' });
    expect(plan.rollback.contacts).toEqual(['ops-oncall']);
    expect(plan.rollback.cohorts.map((c) => [c.cohort, c.tenantCount, c.rollbackTo, c.migration.reversible])).toEqual([
      ['tenants on 2.3.1', 2, '2.3.1', true],
      ['tenants on 1.9.0', 1, '1.9.0', false],
      ['new installs', 1, null, true],
    ]);
    expect(plan.rollback.strategy).toMatch(/NOT reversible for tenants on 1\.9\.0/);
    expect(plan.dependencies).toEqual([
      { id: 'acme.analytics', range: '^3.0.0', optional: true, resolved: null, status: 'optional-missing' },
      { id: 'acme.core', range: '^1.8.0', optional: false, resolved: '1.9.2', status: 'resolved' },
    ]);
    expect(plan.gates.find((g) => g.gate === 'quality')?.links).toEqual([{ title: 'JUnit', url: 'https://example.test/junit' }]);
    expect(plan.approvals.map((a) => [a.role, a.approvers])).toEqual([
      ['qa', ['linda']],
      ['release-manager', ['matrix']],
    ]);
    expect(plan.submitter).toBe('michael');
    const md = renderPlanMarkdown(plan);
    for (const needle of ['Launch window', 'Rollback contacts: @ops-oncall', 'tenants on 1.9.0', '`acme.core`', '1.9.2', 'release-manager', 'standard']) expect(md).toContain(needle);
  });

  it('is invalid when the launch window has passed or a dependency does not resolve', async () => {
    const late = buildReleasePlan(await input({ now: new Date('2026-11-25T00:00:00Z') }));
    expect(planIsValid(late)).toBe(false);
    expect(late.checks.find((c) => c.status === 'fail')?.code).toBe('launch-window-past');
    const unresolved = buildReleasePlan(await input({ dependencyReleases: {} }));
    expect(unresolved.checks.find((c) => c.status === 'fail')?.code).toBe('dependency-unresolved');
  });

  it('knows when a migration can be reversed', () => {
    expect(migrationBack({ schema: 7, minFrom: 5, reversible: true }, { schema: 6 }).reversible).toBe(true);
    expect(migrationBack({ schema: 7, minFrom: 5, reversible: false }, { schema: 6 }).reversible).toBe(false);
    expect(migrationBack({ schema: 7, minFrom: 5, reversible: true }, { schema: 4 }).reversible).toBe(false);
    expect(migrationBack({ schema: 7, minFrom: 0, reversible: false }, { schema: 7 }).reversible).toBe(true);
  });
});

describe('blocked pipeline', () => {
  it('collects reasons from failed verdicts, mentions submitter and QA, and carries report links', async () => {
    const records = await trail([gate('submit', 'passed', { submitter: 'michael' }), gate('quality', 'failed', { reasons: [{ code: 'coverage-lines', message: 'lines 89.9% < 90%' }], links: [{ title: 'Coverage', url: 'https://example.test/cov' }] })]);
    const block = describeBlock({ plugin: 'acme.crm-sync', version: '2.4.0', commit, repository: 'acme/crm-sync', runId: '4242', runAttempt: 1, runUrl: 'https://github.com/acme/crm-sync/actions/runs/4242', records, submitter: 'michael', mention: ['@acme/plugin-qa'] });
    expect(block.reasons).toEqual([{ stage: 'quality', code: 'coverage-lines', message: 'lines 89.9% < 90%' }]);
    expect(block.event).toMatchObject({ type: 'publish.pipeline.blocked', subject, data: { stages: ['quality'], notify: ['@michael', '@acme/plugin-qa'] } });
    expect(block.links.map((l) => l.url)).toEqual(['https://github.com/acme/crm-sync/actions/runs/4242', 'https://example.test/cov']);
    expect(block.notification.body).toContain('@michael @acme/plugin-qa');
    expect(block.notification.body).toContain(block.notification.marker);
  });

  it('falls back to failed jobs when the trail explains nothing', () => {
    const block = describeBlock({ plugin: 'p', version: '1.0.0', commit, repository: 'a/b', runId: '1', runAttempt: 1, records: [], jobs: { verify: { result: 'failure' }, submit: { result: 'success' } }, mention: [] });
    expect(block.reasons).toEqual([{ stage: 'verify', code: 'job-failure', message: 'job verify failed before it recorded a verdict' }]);
  });
});

describe('pipeline metrics', () => {
  it('reads pass rate and coverage from the quality gate, lead time from approvals, and counts blocks', async () => {
    const records = await trail(happy());
    expect(pipelineMetrics(records, subject, '4242', 3)).toEqual({
      'publish.test.pass_rate': 0.98,
      'publish.coverage.percent': 92.5,
      'publish.approval.lead_time_hours': 5,
      'publish.pipeline.block_total': 3,
    });
    const blocked = await trail([gate('quality', 'failed'), { action: AUDIT.blocked, subject, outcome: 'blocked', details: {} }]);
    expect(pipelineMetrics(blocked, subject, '4242', 3)['publish.pipeline.block_total']).toBe(4);
    expect(countBlocks([...blocked, ...(await trail([{ action: AUDIT.blocked, subject, outcome: 'blocked', details: {} }], { id: '9', attempt: 2 }))])).toBe(2);
  });
});

describe('version rules', () => {
  const releases = [
    { version: '1.4.2', ltsLine: '1.x', lts: true, digest: 'sha256:aa' },
    { version: '2.3.1', digest: 'sha256:bb' },
    { version: '2.4.0-rc.1', digest: 'sha256:cc' },
    { version: '2.2.0', yanked: true, digest: 'sha256:dd' },
  ];
  it.each([
    ['2.4.0', 'pass', undefined],
    ['2.3.2', 'fail', 'version-not-newer'],
    ['2.4.0-rc.0', 'fail', 'version-not-newer'],
    ['2.3.1', 'fail', 'version-exists'],
    ['2.2.0', 'fail', 'version-exists'],
    ['1.4.3', 'pass', undefined],
    ['1.4.1', 'fail', 'version-not-newer'],
    ['v2.5.0', 'fail', 'version-invalid'],
  ])('%s -> %s', (version, status, code) => {
    const d = checkNewVersion(version, '11', releases);
    expect(d.check.status).toBe(status);
    expect(d.check.code).toBe(code);
  });

  it('treats the same version with the same digest as a re-run', () => {
    expect(checkNewVersion('2.3.1', 'bb', releases)).toMatchObject({ resubmission: true, check: { status: 'pass' } });
  });
});

describe('environment drift', () => {
  const stage = matrix.stages[0]!;
  const desired = desiredEnvironment(stage, 'acme');
  it('none when GitHub matches the matrix', () => {
    expect(diffEnvironment(desired, structuredClone(desired))).toEqual([]);
  });
  it('reports each differing setting', () => {
    const actual = { ...structuredClone(desired), reviewers: [{ type: 'User' as const, name: 'someone' }], preventSelfReview: false, canAdminsBypass: true, branchPolicy: { type: 'any' as const, branches: [], tags: [] } };
    expect(diffEnvironment(desired, actual).map((d) => d.field)).toEqual(['reviewers', 'preventSelfReview', 'canAdminsBypass', 'branchPolicy']);
    expect(diffEnvironment(desired, undefined)).toEqual([{ environment: 'powerx-qa', field: 'missing', expected: 'exists', actual: 'missing' }]);
  });
});

describe('approval SLA', () => {
  const run = { id: 77, url: 'https://github.com/acme/crm-sync/actions/runs/77', title: 'release 2.4.0', createdAt: '2026-11-22T08:00:00Z', pending: [{ environment: 'powerx-qa', since: '2026-11-22T09:00:00Z' }], remindersSent: [] as string[] };
  it('reminds after 24 h, then every 4 h, at most 6 times', () => {
    const at = (iso: string, sent: string[] = []) => findOverdue([{ ...run, remindersSent: sent }], matrix, 'acme', new Date(iso))[0]!;
    expect(at('2026-11-23T07:00:00Z')).toMatchObject({ overdue: false, remind: false });
    const first = at('2026-11-23T09:00:00Z');
    expect(first).toMatchObject({ overdue: true, remind: true, reminderNumber: 1, waitingHours: 25, mentions: ['@acme/plugin-qa'] });
    expect(reminderBody(first)).toMatch(/@acme\/plugin-qa.*25 h.*SLA is 24 h/);
    expect(at('2026-11-23T11:00:00Z', ['2026-11-23T09:00:00Z']).remind).toBe(false);
    expect(at('2026-11-23T13:30:00Z', ['2026-11-23T09:00:00Z']).remind).toBe(true);
    expect(at('2026-11-25T13:30:00Z', Array.from({ length: 6 }, (_, i) => `2026-11-23T0${i}:00:00Z`)).remind).toBe(false);
  });
});
