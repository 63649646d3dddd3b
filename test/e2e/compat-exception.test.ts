/**
 * The compat-exception bundle through the harness: request -> environment approvals given by scripted
 * reviewers on the GitHub double -> record read back from the run's approvals -> the record lets compat-check
 * run a blocked tenant under the exception. Rejection and SLA paths notify through issues on the double.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { GitHubState } from '@powerx/github/double/state.js';
import { repoRoot, runAction, type ActionResult } from '../support/harness.js';

const OWNER = 'acme';
const REPO = 'crm-sync';
const WORKFLOW = 'request-compat-exception.yml';
const CHAIN = ['powerx-compat-security', 'powerx-release-manager'];

let clock = new Date('2026-11-10T08:00:00Z');
let double: GitHubDouble;
let ownerToken: string;

beforeAll(async () => {
  const state = new GitHubState({ now: () => clock });
  for (const login of ['dev-alice', 'sec-bob', 'rm-carol', 'org-admin']) state.addUser({ login });
  state.addOrg({ login: OWNER, twoFactorRequirementEnabled: true, owners: ['org-admin'], members: ['dev-alice', 'sec-bob', 'rm-carol'] });
  state.addRepo({ owner: OWNER, name: REPO, admins: ['org-admin'], writers: ['dev-alice', 'sec-bob', 'rm-carol'] });
  state.addEnvironment(OWNER, REPO, { name: CHAIN[0]!, reviewers: [{ user: 'sec-bob' }], preventSelfReview: true, canAdminsBypass: false });
  state.addEnvironment(OWNER, REPO, { name: CHAIN[1]!, reviewers: [{ user: 'rm-carol' }, { user: 'dev-alice' }], preventSelfReview: true, canAdminsBypass: false });
  double = await startGitHubDouble({ state });
  ownerToken = double.token('org-admin');
});

afterAll(async () => {
  await double?.close();
});

function pluginRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-exception-repo-'));
  cpSync(join(repoRoot, 'config'), join(dir, 'config'), { recursive: true });
  return dir;
}

/** A run of the requesting workflow, started by dev-alice, waiting on every environment of the chain. */
function newRun(): number {
  return double.state.addRun(OWNER, REPO, { workflow: WORKFLOW, actor: 'dev-alice', event: 'workflow_dispatch', pendingEnvironments: CHAIN }).id;
}

function env(runId: number, token = ownerToken): Record<string, string> {
  return { GITHUB_API_URL: double.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_REPOSITORY_OWNER: OWNER, GITHUB_RUN_ID: String(runId), GITHUB_ACTOR: 'dev-alice', GITHUB_TRIGGERING_ACTOR: 'dev-alice', GITHUB_TOKEN: token };
}

async function requestStep(workspace: string, runId: number, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({
    action: 'compat-exception',
    workspace,
    env: env(runId),
    inputs: { step: 'request', plugin: 'acme.crm-sync', versions: '2.4.x', tenants: 'tn-0042', waive: 'host-mismatch', reason: 'Host 4.0 keeps the session API; vendor confirmed in PX-901.', duration: '72h', ...inputs },
  });
}

async function recordStep(workspace: string, runId: number, request: string, token = ownerToken): Promise<ActionResult> {
  return runAction({ action: 'compat-exception', workspace, env: env(runId, token), token, inputs: { step: 'record', request, 'record-path': 'exceptions/record.json' } });
}

interface ExceptionsFile {
  exceptions: { id: string; status: string; expiresAt?: string; reasons?: string[]; approval?: { id: string; approvers: string[]; stages: { environment: string; reviewer: string; state: string }[] } }[];
}

describe('compat-exception: request -> environment approval -> record', () => {
  it('records an approved exception from the run approvals, and compat-check then runs the blocked tenant under it', async () => {
    const workspace = pluginRepo();
    const runId = newRun();
    const requested = await requestStep(workspace, runId);
    expect(requested.stderr).toBe('');
    expect(requested.exitCode).toBe(0);
    expect(requested.outputs).toMatchObject({ 'exception-id': `cx-${runId}`, status: 'pending', chain: JSON.stringify(CHAIN) });
    expect(requested.summary).toContain(`Compatibility exception requested: \`cx-${runId}\``);
    expect(requested.summary).toContain('| error-rate | errorRate | result < 0.05 | 10m | 12 | 1 |');

    // The chain: security first, then the release manager (the requester may not approve their own request).
    double.approve(OWNER, REPO, runId, 'sec-bob', { environments: [CHAIN[0]!], comment: 'monitoring looks right' });
    expect(() => double.approve(OWNER, REPO, runId, 'dev-alice', { environments: [CHAIN[1]!] })).toThrow(/prevents self-review/);
    clock = new Date('2026-11-10T11:00:00Z');
    double.approve(OWNER, REPO, runId, 'rm-carol', { environments: [CHAIN[1]!] });

    mkdirSync(join(workspace, 'exceptions'));
    const recorded = await recordStep(workspace, runId, requested.outputs.request!);
    expect(recorded.stderr).toBe('');
    expect(recorded.exitCode).toBe(0);
    expect(recorded.outputs).toMatchObject({ 'exception-id': `cx-${runId}`, status: 'approved' });
    expect(double.requests.some((r) => r.operationId === 'actions/get-reviews-for-run' && r.path === `/repos/${OWNER}/${REPO}/actions/runs/${runId}/approvals`)).toBe(true);
    expect(double.violations).toEqual([]);

    const file = JSON.parse(readFileSync(join(workspace, 'exceptions', 'record.json'), 'utf8')) as ExceptionsFile;
    const record = file.exceptions[0]!;
    expect(record).toMatchObject({
      id: `cx-${runId}`,
      status: 'approved',
      approval: {
        id: `${OWNER}/${REPO}/runs/${runId}`,
        approvers: ['sec-bob', 'rm-carol'],
        stages: [
          { environment: CHAIN[0], reviewer: 'sec-bob', state: 'approved' },
          { environment: CHAIN[1], reviewer: 'rm-carol', state: 'approved' },
        ],
      },
    });
    const validFor = Date.parse(record.expiresAt!) - Date.now();
    expect(validFor).toBeGreaterThan(71 * 3_600_000);
    expect(validFor).toBeLessThanOrEqual(72 * 3_600_000);
    expect(recorded.summary).toContain(`Compatibility exception \`cx-${runId}\`: approved`);
    expect(recorded.summary).toContain('| security | `powerx-compat-security` | @sec-bob | ✅ approved | monitoring looks right |');

    // The record is what compat-check reads: tenant tn-0042 runs host 4.0.0, outside the manifest's range.
    cpSync(join(repoRoot, 'examples', 'powerx-plugin.yaml'), join(workspace, 'powerx-plugin.yaml'));
    writeFileSync(join(workspace, 'tenant.yaml'), 'id: tn-0042\nhostVersion: 4.0.0\nruntimes: { node: 22.11.0, postgres: 16.2.0 }\nplugins: [{ id: acme.core, version: 1.9.0 }, { id: acme.webhooks, version: 2.2.0 }]\n');
    writeFileSync(
      join(workspace, 'config', 'version', 'compat_matrix.yaml'),
      `generatedAt: ${new Date().toISOString()}\nrules:\n  - { plugin: acme.crm-sync, versions: 2.4.x, host: ">=3.2.0 <5.0.0", verdict: compatible }\n`,
    );
    const checked = await runAction({ action: 'compat-check', workspace, inputs: { 'tenants-file': 'tenant.yaml', exceptions: 'exceptions/' } });
    expect(checked.exitCode).toBe(0);
    expect(checked.outputs.verdict).toBe('exception');
    const report = JSON.parse(readFileSync(checked.outputs.report!, 'utf8')) as { results: { exception?: { id: string; approvalId: string } }[] };
    expect(report.results[0]!.exception).toMatchObject({ id: `cx-${runId}`, approvalId: `${OWNER}/${REPO}/runs/${runId}` });

    // One audit chain per job: the request step's, and the record step's.
    expect(verify(readFileSync(requested.outputs['audit-log']!, 'utf8'))).toMatchObject({ ok: true, count: 1 });
    const audit = readFileSync(recorded.outputs['audit-log']!, 'utf8');
    expect(verify(audit)).toMatchObject({ ok: true, count: 1 });
    expect(JSON.parse(audit.trim())).toMatchObject({ action: 'compat.exception.approved', outcome: 'approved', details: { approvalId: `${OWNER}/${REPO}/runs/${runId}`, approvers: ['sec-bob', 'rm-carol'] } });
    expect(audit).not.toContain(ownerToken);
  });

  it('a rejection stays blocked: rejected record, one notification issue even when the step re-runs, compat.exception.rejected', async () => {
    const workspace = pluginRepo();
    const runId = newRun();
    const requested = await requestStep(workspace, runId);
    double.reject(OWNER, REPO, runId, 'sec-bob', { environments: [CHAIN[0]!], comment: 'no rollback plan' });
    mkdirSync(join(workspace, 'exceptions'));

    const first = await recordStep(workspace, runId, requested.outputs.request!);
    expect(first.exitCode).toBe(0);
    expect(first.outputs.status).toBe('rejected');
    const record = (JSON.parse(readFileSync(join(workspace, 'exceptions', 'record.json'), 'utf8')) as ExceptionsFile).exceptions[0]!;
    expect(record.reasons).toEqual(['security (powerx-compat-security) rejected by sec-bob: no rollback plan']);
    expect(record.expiresAt).toBeUndefined();

    const issues = [...double.state.repo(OWNER, REPO).issues.values()].filter((i) => i.title.includes(`cx-${runId}`));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.title).toBe(`Compatibility exception cx-${runId} rejected: acme.crm-sync 2.4.x`);
    expect(issues[0]!.body).toMatch(/^@dev-alice @sec-bob the compatibility exception `cx-\d+` was rejected/);
    expect(first.outputs.issue).toMatch(new RegExp(`/${OWNER}/${REPO}/issues/${issues[0]!.number}$`));

    const again = await recordStep(workspace, runId, requested.outputs.request!);
    expect(again.outputs.status).toBe('rejected');
    expect([...double.state.repo(OWNER, REPO).issues.values()].filter((i) => i.title.includes(`cx-${runId}`))).toHaveLength(1);

    const report = JSON.parse(readFileSync(join(again.runnerTemp, `compat-exception-cx-${runId}.report.json`), 'utf8')) as { events: { type: string; data: Record<string, unknown> }[] };
    expect(report.events).toEqual([expect.objectContaining({ type: 'compat.exception.rejected', data: expect.objectContaining({ exceptionId: `cx-${runId}`, rejectedBy: 'sec-bob' }) })]);
  });

  it('rejects an approval when GitHub does not disclose the organisation 2FA setting (the run token is no org owner)', async () => {
    const workspace = pluginRepo();
    const runId = newRun();
    const requested = await requestStep(workspace, runId);
    double.approve(OWNER, REPO, runId, 'sec-bob', { environments: [CHAIN[0]!] });
    double.approve(OWNER, REPO, runId, 'rm-carol', { environments: [CHAIN[1]!] });
    mkdirSync(join(workspace, 'exceptions'));
    const recorded = await recordStep(workspace, runId, requested.outputs.request!, double.token('github-actions[bot]'));
    expect(recorded.outputs.status).toBe('rejected');
    expect(recorded.summary).toContain('unknown counts as not required');
  });

  it('refuses a request that waives a code the configuration does not allow, naming the input', async () => {
    const result = await requestStep(pluginRepo(), newRun(), { waive: 'host-mismatch, runtime-missing' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        command: 'error',
        properties: { title: 'Invalid input' },
        message: expect.stringContaining('input waive: runtime-missing may not be waived'),
      }),
    ]);
    expect(result.outputs.request).toBeUndefined();
  });

  it('reports requests waiting past the SLA once, with an issue that mentions the reviewers', async () => {
    const workspace = pluginRepo();
    clock = new Date('2026-11-01T08:00:00Z');
    const waiting = newRun();
    clock = new Date();
    const fresh = newRun();
    const sla = () => runAction({ action: 'compat-exception', workspace, env: env(9999), token: ownerToken, inputs: { step: 'sla', workflow: WORKFLOW } });

    const first = await sla();
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(Number(first.outputs.overdue)).toBeGreaterThanOrEqual(1);
    expect(first.summary).toContain(`[cx-${waiting}]`);
    expect(first.summary).toMatch(new RegExp(`\\[cx-${fresh}\\][^\\n]*✅`));
    const issue = [...double.state.repo(OWNER, REPO).issues.values()].find((i) => i.title === `Compatibility exception cx-${waiting} waits past its SLA`);
    expect(issue?.body).toContain('@sec-bob');
    const report = first.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(report.some((m) => m.startsWith(`cx-${waiting} has waited`))).toBe(true);

    const second = await sla();
    expect([...double.state.repo(OWNER, REPO).issues.values()].filter((i) => i.title.includes(`cx-${waiting}`))).toHaveLength(1);
    expect(second.outputs.overdue).toBe(first.outputs.overdue);
  });
});
