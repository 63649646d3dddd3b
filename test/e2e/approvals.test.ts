/** The approval chain's upkeep as the runner runs it against the GitHub double: environment sync/check and the SLA reminder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { GitHubState } from '@powerx/github/double/state.js';
import { runAction } from '../support/harness.js';

const OWNER = 'acme';
const REPO = 'crm-sync';
const MATRIX = `stages:
  - environment: powerx-qa
    role: qa
    reviewers: { teams: [acme/plugin-qa] }
  - environment: powerx-release-manager
    role: release-manager
    reviewers: { users: [matrix] }
    deploymentPolicy: { type: selected, branches: [main], tags: ['v*'] }
sla:
  hours: 24
  reminders: { everyHours: 4, maxReminders: 2 }
`;

let double: GitHubDouble;
/** The double's clock runs `shift` ms off the real one, so its records can lie in the past of the step's now. */
let shift = 0;
let workspace: string;

beforeAll(async () => {
  double = await startGitHubDouble({ state: new GitHubState({ now: () => new Date(Date.now() + shift) }) });
  const s = double.state;
  s.addOrg({ login: OWNER, owners: ['ops-owner'], members: ['linda', 'matrix', 'michael'] });
  s.addTeam({ org: OWNER, slug: 'plugin-qa', members: ['linda'] });
  s.addRepo({ owner: OWNER, name: REPO, admins: ['ops-owner'], writers: ['michael'] });
  workspace = mkdtempSync(join(tmpdir(), 'powerx-approvals-'));
  mkdirSync(join(workspace, 'config/publish'), { recursive: true });
  writeFileSync(join(workspace, 'config/publish/approval_matrix.yaml'), MATRIX);
});

afterAll(async () => {
  await double?.close();
});

const env = () => ({ GITHUB_API_URL: double.url, GITHUB_SERVER_URL: double.url, GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_REPOSITORY_OWNER: OWNER });

describe('approvals-sync', () => {
  it('check reports missing environments, sync creates them, check then passes (admin bypass turned off by hand)', async () => {
    const token = double.token('ops-owner');
    const before = await runAction({ action: 'approvals-sync', workspace, inputs: { mode: 'check', 'github-token': token }, env: env() });
    expect(before.exitCode).toBe(1);
    expect(JSON.parse(before.outputs.drift!)).toEqual([
      { environment: 'powerx-qa', field: 'missing', expected: 'exists', actual: 'missing' },
      { environment: 'powerx-release-manager', field: 'missing', expected: 'exists', actual: 'missing' },
    ]);

    const sync = await runAction({ action: 'approvals-sync', workspace, inputs: { 'github-token': token }, env: env() });
    expect(JSON.parse(sync.outputs.updated!)).toEqual(['powerx-qa', 'powerx-release-manager']);
    // GitHub's API cannot turn off administrator bypass: sync says so and fails until someone does.
    expect(sync.exitCode).toBe(1);
    expect(sync.annotations.filter((a) => a.properties.title === 'Change by hand')).toHaveLength(2);
    const repo = double.state.repo(OWNER, REPO);
    const rm = double.state.environment(repo, 'powerx-release-manager')!;
    expect(rm.preventSelfReview).toBe(true);
    expect(rm.branchPolicies.map((p) => `${p.type}:${p.name}`).sort()).toEqual(['branch:main', 'tag:v*']);
    for (const e of repo.environments.values()) e.canAdminsBypass = false;

    const after = await runAction({ action: 'approvals-sync', workspace, inputs: { mode: 'check', 'github-token': token }, env: env() });
    expect(after.exitCode).toBe(0);
    expect(after.outputs['in-sync']).toBe('true');
    expect(after.summary).toContain('No drift');
  });

  it('check names a reviewer change made on GitHub', async () => {
    double.state.addEnvironment(OWNER, REPO, { name: 'powerx-qa', reviewers: [{ user: 'michael' }], preventSelfReview: true, canAdminsBypass: false });
    const check = await runAction({ action: 'approvals-sync', workspace, inputs: { mode: 'check', 'github-token': double.token('ops-owner') }, env: env() });
    expect(check.exitCode).toBe(1);
    expect(JSON.parse(check.outputs.drift!)).toEqual([{ environment: 'powerx-qa', field: 'reviewers', expected: 'team acme/plugin-qa', actual: 'michael' }]);
    expect(check.annotations.find((a) => a.command === 'error')?.properties.file).toBe('config/publish/approval_matrix.yaml');
    double.state.addEnvironment(OWNER, REPO, { name: 'powerx-qa', reviewers: [{ team: 'plugin-qa' }], preventSelfReview: true, canAdminsBypass: false });
  });
});

describe('approval-sla', () => {
  it('reminds the approvers of a run waiting past 24 h, every 4 h, at most twice', async () => {
    const hours = (h: number) => h * 3_600_000;
    shift = -hours(25);
    const run = double.state.addRun(OWNER, REPO, { workflow: 'plugin-release.yml', actor: 'michael', pendingEnvironments: ['powerx-qa'], name: 'release acme.crm-sync 3.4.0' });
    shift = -hours(23);
    const fresh = double.state.addRun(OWNER, REPO, { workflow: 'plugin-release.yml', actor: 'michael', pendingEnvironments: ['powerx-qa'], name: 'release acme.crm-sync 3.5.0' });
    const sla = () => runAction({ action: 'approval-sla', workspace, inputs: {}, env: env(), token: double.token('github-actions[bot]') });

    // The first reminder is posted "4.5 hours ago" in the double's time.
    shift = -hours(4.5);
    const first = await sla();
    expect(first.outputs).toMatchObject({ waiting: '2', reminded: '1' });
    const overdue = JSON.parse(first.outputs.overdue!) as { run: number; environment: string; waitingHours: number; slaHours: number }[];
    expect(overdue).toEqual([expect.objectContaining({ run: run.id, environment: 'powerx-qa', slaHours: 24 })]);
    expect(overdue[0]!.waitingHours).toBeGreaterThanOrEqual(25);
    expect(overdue.some((o) => o.run === fresh.id)).toBe(false);
    const issue = double.state.repo(OWNER, REPO).issues.find((i) => i.title === `Approval overdue: run ${run.id}`)!;
    expect(issue.body).toContain('@acme/plugin-qa');

    // 4.5 hours later (now): the second reminder is due.
    shift = 0;
    expect((await sla()).outputs.reminded).toBe('1');
    expect(issue.comments).toHaveLength(1);
    // Right after: not due again, and the maximum of two is reached anyway.
    const third = await sla();
    expect(third.outputs.reminded).toBe('0');
    expect(third.summary).toContain('overdue');
    expect(issue.comments).toHaveLength(1);
  });
});
