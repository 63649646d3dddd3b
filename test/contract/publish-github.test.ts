/** The release pipeline's GitHub adapters against the GitHub double (requests checked against GitHub's description). */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '@powerx/core/audit/log.js';
import { AuditConflictError } from '@powerx/core/audit/store.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { desiredEnvironment, diffEnvironment } from '@powerx/core/publish/environments.js';
import { createGitHubClient, type GitHubClient } from '@powerx/github/octokit.js';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { GitBranchAuditStore, describeBundle, verifyAuditBranch, withFiles } from '@powerx/github/audit-branch.js';
import { applyEnvironment, readEnvironment } from '@powerx/github/environments.js';
import { eligibleReviewers, orgTwoFactorRequired, readRunApprovals } from '@powerx/github/run-approvals.js';
import { TagConflictError, ensureAsset, ensureDraftRelease, ensureTag, publishRelease } from '@powerx/github/releases.js';
import { postNotice } from '@powerx/github/notify.js';
import { ensureDeployment, setDeploymentStatus } from '@powerx/github/deployments.js';
import { dispatchWorkflow } from '@powerx/github/workflow-dispatch.js';
import { artifactRetention } from '@powerx/github/retention.js';

const OWNER = 'acme';
const REPO = 'crm-sync';
let double: GitHubDouble;
let admin: GitHubClient;
let bot: GitHubClient;
let commit: string;

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const client = (login: string) => createGitHubClient({ token: double.token(login), baseUrl: double.url, paceWrites: false, retries: 1, retryBaseMs: 5, log: quiet });

const matrix = parseApprovalMatrix(
  [
    'stages:',
    '  - { environment: powerx-qa, role: qa, reviewers: { teams: [acme/plugin-qa] } }',
    '  - environment: powerx-release-manager',
    '    role: release-manager',
    '    reviewers: { users: [matrix] }',
    '    deploymentPolicy: { type: selected, branches: [main, release/*], tags: [v*] }',
    '',
  ].join('\n'),
  'approval_matrix.yaml',
);

beforeAll(async () => {
  double = await startGitHubDouble();
  const s = double.state;
  s.addOrg({ login: OWNER, owners: ['owner'], members: ['linda', 'matrix', 'michael', 'release-bot'], twoFactorRequirementEnabled: true });
  s.addTeam({ org: OWNER, slug: 'plugin-qa', members: ['linda'] });
  s.addRepo({ owner: OWNER, name: REPO, admins: ['owner'], writers: ['release-bot', 'michael'] });
  commit = s.commitFile(OWNER, REPO, { path: 'powerx-plugin.yaml', content: 'id: acme.crm-sync\n' }).sha;
  admin = client('owner');
  bot = client('release-bot');
});

afterEach(() => {
  expect(double.violations.splice(0)).toEqual([]);
  expect(double.unimplemented.filter((u) => !/artifact-and-log-retention/.test(u.path))).toEqual([]);
});

afterAll(async () => {
  await double?.close();
});

describe('environments from the approval matrix', () => {
  it('creates them, reads them back without drift, and reports drift after a manual change', async () => {
    for (const stage of matrix.stages) {
      const desired = desiredEnvironment(stage, OWNER);
      expect(diffEnvironment(desired, await readEnvironment(admin, OWNER, REPO, stage.environment))).toEqual([{ environment: stage.environment, field: 'missing', expected: 'exists', actual: 'missing' }]);
      // GitHub creates environments with administrator bypass on and its API cannot turn it off: sync says so.
      const { manual } = await applyEnvironment(admin, OWNER, REPO, desired);
      expect(manual).toEqual([expect.stringMatching(new RegExp(`^${stage.environment}: turn off "Allow administrators to bypass`))]);
      expect(diffEnvironment(desired, await readEnvironment(admin, OWNER, REPO, stage.environment))).toEqual([{ environment: stage.environment, field: 'canAdminsBypass', expected: 'false', actual: 'true' }]);
      double.state.environment(double.state.repo(OWNER, REPO), stage.environment)!.canAdminsBypass = false;
      expect(diffEnvironment(desired, await readEnvironment(admin, OWNER, REPO, stage.environment))).toEqual([]);
      expect((await applyEnvironment(admin, OWNER, REPO, desired)).manual).toEqual([]);
    }
    await admin.rest.repos.createOrUpdateEnvironment({ owner: OWNER, repo: REPO, environment_name: 'powerx-qa', prevent_self_review: false, reviewers: [], deployment_branch_policy: null });
    const drift = diffEnvironment(desiredEnvironment(matrix.stages[0]!, OWNER), await readEnvironment(admin, OWNER, REPO, 'powerx-qa'));
    expect(drift.map((d) => d.field).sort()).toEqual(['branchPolicy', 'preventSelfReview', 'reviewers']);
    await applyEnvironment(admin, OWNER, REPO, desiredEnvironment(matrix.stages[0]!, OWNER));
    expect(diffEnvironment(desiredEnvironment(matrix.stages[0]!, OWNER), await readEnvironment(admin, OWNER, REPO, 'powerx-qa'))).toEqual([]);
  });
});

describe('run approvals', () => {
  it('reads who approved which environment, team membership, and the org 2FA rule (owners only)', async () => {
    const run = double.state.addRun(OWNER, REPO, { workflow: 'plugin-release.yml', actor: 'michael', pendingEnvironments: ['powerx-qa'] });
    double.approve(OWNER, REPO, run.id, 'linda', { comment: 'reports look good' });
    const approvals = await readRunApprovals(bot, OWNER, REPO, run.id);
    expect(approvals).toEqual([{ state: 'approved', user: { login: 'linda' }, environments: [{ name: 'powerx-qa' }], comment: 'reports look good' }]);
    expect(await eligibleReviewers(bot, OWNER, matrix.stages[0]!, ['linda', 'michael'])).toEqual(new Set(['linda']));
    expect(await orgTwoFactorRequired(admin, OWNER)).toBe(true);
    expect(await orgTwoFactorRequired(bot, OWNER)).toBeUndefined();
    double.state.setTwoFactorRequirement(OWNER, false);
    expect(await orgTwoFactorRequired(admin, OWNER)).toBe(false);
    double.state.setTwoFactorRequirement(OWNER, true);
    expect(await orgTwoFactorRequired(admin, 'no-such-org')).toBeUndefined();
  });
});

describe('tags and releases', () => {
  it('creates an annotated tag once, converges on a re-run, and never moves it', async () => {
    expect(await ensureTag(bot, OWNER, REPO, { tag: 'v2.4.0', commit, message: 'acme.crm-sync 2.4.0' })).toEqual({ tag: 'v2.4.0', commit, created: true });
    expect(await ensureTag(bot, OWNER, REPO, { tag: 'v2.4.0', commit, message: 'again' })).toMatchObject({ created: false });
    const other = double.state.commitFile(OWNER, REPO, { path: 'x.txt', content: 'x' }).sha;
    await expect(ensureTag(bot, OWNER, REPO, { tag: 'v2.4.0', commit: other, message: 'moved' })).rejects.toBeInstanceOf(TagConflictError);
  });

  it('drafts a release, attaches assets, publishes it; a re-run keeps the published assets', async () => {
    const draft = await ensureDraftRelease(bot, OWNER, REPO, { tag: 'v2.4.0', name: 'acme.crm-sync 2.4.0', body: 'plan', prerelease: false });
    expect(draft).toMatchObject({ created: true, draft: true });
    expect(await ensureAsset(bot, OWNER, REPO, draft, 'release-plan.json', Buffer.from('{"a":1}'), 'application/json')).toMatchObject({ action: 'uploaded' });
    expect(await ensureAsset(bot, OWNER, REPO, draft, 'release-plan.json', Buffer.from('{"a":2}'), 'application/json')).toMatchObject({ action: 'replaced' });
    const url = await publishRelease(bot, OWNER, REPO, draft);
    expect(url).toMatch(/releases\/tag\/v2\.4\.0$/);
    const again = await ensureDraftRelease(bot, OWNER, REPO, { tag: 'v2.4.0', name: 'x', body: 'y', prerelease: false });
    expect(again).toMatchObject({ created: false, draft: false, id: draft.id });
    expect(await ensureAsset(bot, OWNER, REPO, again, 'release-plan.json', Buffer.from('{"a":3}'), 'application/json')).toMatchObject({ action: 'kept' });
    const release = double.state.repo(OWNER, REPO).releases.find((r) => r.id === draft.id)!;
    expect(release.assets.map((a) => [a.name, Buffer.from(a.content).toString()])).toEqual([['release-plan.json', '{"a":2}']]);
  });
});

describe('notices', () => {
  it('opens one issue, comments once per marker', async () => {
    const notice = { title: 'Release blocked: acme.crm-sync@2.4.1', body: '<!-- m1 -->\n@michael @acme/plugin-qa', marker: '<!-- m1 -->', label: 'powerx-release-blocked' };
    expect(await postNotice(bot, OWNER, REPO, notice)).toMatchObject({ action: 'issue-created' });
    expect(await postNotice(bot, OWNER, REPO, notice)).toMatchObject({ action: 'already-posted' });
    expect(await postNotice(bot, OWNER, REPO, { ...notice, body: '<!-- m2 -->\nagain', marker: '<!-- m2 -->' })).toMatchObject({ action: 'commented' });
    expect(await postNotice(bot, OWNER, REPO, { ...notice, body: '<!-- m2 -->\nagain', marker: '<!-- m2 -->' })).toMatchObject({ action: 'already-posted' });
    const issues = double.state.repo(OWNER, REPO).issues.filter((i) => i.title === notice.title);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.comments).toHaveLength(1);
  });
});

describe('deployments, dispatch, retention', () => {
  it('records one deployment per key with statuses', async () => {
    const input = { ref: commit, environment: 'powerx-test', description: 'acme.crm-sync 2.4.0 on tn-test-01', key: 'run-1/1/tn-test-01', payload: { tenant: 'tn-test-01' } };
    const first = await ensureDeployment(bot, OWNER, REPO, input);
    expect(first.created).toBe(true);
    expect(await ensureDeployment(bot, OWNER, REPO, input)).toEqual({ id: first.id, created: false });
    await setDeploymentStatus(bot, OWNER, REPO, first.id, { state: 'in_progress', description: 'installing', logUrl: 'https://github.com/acme/crm-sync/actions/runs/1' });
    await setDeploymentStatus(bot, OWNER, REPO, first.id, { state: 'success', description: 'healthy', environmentUrl: 'https://tn-test-01.powerx.test' });
    const deployment = double.state.repo(OWNER, REPO).deployments.find((d) => d.id === first.id)!;
    expect(deployment.statuses.map((s) => [s.state, s.environmentUrl])).toEqual([
      ['in_progress', ''],
      ['success', 'https://tn-test-01.powerx.test'],
    ]);
  });

  it('dispatches the release workflow and returns its run', async () => {
    const result = await dispatchWorkflow(client('michael'), OWNER, REPO, { workflow: 'plugin-release.yml', ref: 'main', inputs: { version: '2.4.0' } });
    expect(result.runId).toBeGreaterThan(0);
    expect(result.runUrl).toMatch(new RegExp(`/acme/crm-sync/actions/runs/${result.runId}$`));
    expect(double.state.repo(OWNER, REPO).runs.get(result.runId!)?.actor).toBe('michael');
  });

  it('reports an unknown retention setting instead of failing', async () => {
    const retention = await artifactRetention(bot, OWNER, REPO);
    expect(retention.days ?? retention.unknownBecause).toBeDefined();
  });
});

describe('audit branch', () => {
  const context = { actor: 'release-bot', run: { id: '77', attempt: 1, workflow: 'plugin-release', commit: 'f'.repeat(40), repository: `${OWNER}/${REPO}` } };

  it('appends through the Git database API, keeps one chain, and refuses a stale writer', async () => {
    const store = new GitBranchAuditStore(bot, OWNER, REPO, 'powerx-audit');
    expect(await store.head()).toBeUndefined();
    const log = new AuditLog(store, { context });
    await log.append({ action: 'audit.test.first', subject: 'acme.crm-sync@2.4.0', outcome: 'recorded' });
    const head = await store.head();
    await log.append({ action: 'audit.test.second', subject: 'acme.crm-sync@2.4.0', outcome: 'recorded' });
    expect((await store.read()).map((r) => r.seq)).toEqual([1, 2]);
    // A writer still holding the old head is refused, and AuditLog re-seals on top of the new one.
    const stale = (await store.read())[1]!;
    await expect(store.append([{ ...stale, seq: head!.seq + 1 }])).rejects.toBeInstanceOf(AuditConflictError);
  });

  it('archives a bundle with its record in one commit, verifies, and detects a rewritten bundle', async () => {
    const store = new GitBranchAuditStore(bot, OWNER, REPO, 'powerx-audit-2');
    const runStore = new (await import('@powerx/core/audit/store.js')).MemoryAuditStore();
    const runLog = new AuditLog(runStore, { context });
    await runLog.append({ action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.4.0', outcome: 'passed', details: { gate: 'submit' } });
    await runLog.append({ action: 'publish.pipeline.blocked', subject: 'acme.crm-sync@2.4.0', outcome: 'blocked', details: {} });
    const { serializeRecords } = await import('@powerx/core/audit/jsonl.js');
    const text = serializeRecords(await runStore.read());
    const bundle = describeBundle(text, 'acme.crm-sync@2.4.0', '77', 1, 'f'.repeat(40));
    expect(bundle).toMatchObject({ records: 2, blocked: true, released: false });
    const log = new AuditLog(withFiles(store, { [bundle.path]: text }, 'archive'), { context });
    await log.append({ action: 'audit.bundle.archived', subject: bundle.subject, outcome: 'recorded', details: { ...bundle } });
    const results = await verifyAuditBranch(store);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results[1]!.file).toContain(bundle.path);

    // Someone rewrites the bundle with a forced push: verification names it.
    const git = double.state.repo(OWNER, REPO).git;
    const tampered = text.replace('"submit"', '"skipped"');
    const c = double.state.commitFile(OWNER, REPO, { path: bundle.path, content: tampered, branch: 'powerx-audit-2' });
    expect(git.refs.get('refs/heads/powerx-audit-2')).toBe(c.sha);
    const after = await verifyAuditBranch(store);
    expect(after[1]).toMatchObject({ ok: false, problem: { code: 'edited' } });
  });

  it('refuses to replace a file on the branch', async () => {
    const store = new GitBranchAuditStore(bot, OWNER, REPO, 'powerx-audit-2');
    const path = (await store.read()).find((r) => r.action === 'audit.bundle.archived')!.details.path as string;
    await expect(store.appendWithFiles([], { [path]: 'other' })).rejects.toThrow(/append-only/);
  });
});
