import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient, resolveApiUrl, resolveUploadsUrl, type GitHubClient } from '@powerx/github/octokit.js';
import { loadGitHubDescription } from '@powerx/github/double/description.js';
import { implementedOperations, startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { GitHubState } from '@powerx/github/double/state.js';

interface WebhookExample {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
const webhookExamples = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as WebhookExample[];
function webhookExample<T>(name: string): T {
  const found = webhookExamples.find((e) => e.name === name)?.examples[0];
  if (!found) throw new Error(`no webhook example ${name}`);
  return found as T;
}

interface DeploymentReviewEvent {
  environment: string;
  reviewers: Array<{ type: string; reviewer: Record<string, unknown> & { slug: string } }>;
  requestor: { login: string };
  workflow_run: Record<string, unknown> & { path: string; display_title: string; event: string };
}

const OWNER = 'powerx-labs';
const REPO = 'plugin-billing';

let double: GitHubDouble;
let admin: GitHubClient;
let bot: GitHubClient;
let alice: GitHubClient;
let carol: GitHubClient;

const logged: string[] = [];
const log = { debug: () => {}, info: () => {}, warn: (m: string) => void logged.push(m), error: (m: string) => void logged.push(m) };

function client(login: string, extra: Parameters<typeof createGitHubClient>[0] | object = {}): GitHubClient {
  return createGitHubClient({ token: double.token(login), baseUrl: double.url, paceWrites: false, retries: 2, retryBaseMs: 5, log, ...extra });
}

async function status(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
    return { status: 0, message: '' };
  } catch (error) {
    const e = error as { status?: number; response?: { data?: { message?: string } } };
    return { status: e.status ?? -1, message: e.response?.data?.message ?? String(error) };
  }
}

beforeAll(async () => {
  double = await startGitHubDouble();
  const s = double.state;
  s.addOrg({ login: OWNER, owners: ['ops-admin'], members: ['alice', 'bob', 'carol', 'release-bot'], twoFactorRequirementEnabled: true });
  s.addTeam({ org: OWNER, slug: 'release-approvers', name: 'Release approvers', members: ['bob'], maintainers: ['alice'] });
  s.addRepo({ owner: OWNER, name: REPO, private: true, writers: ['release-bot', 'alice'] });
  admin = client('ops-admin');
  bot = client('release-bot');
  alice = client('alice');
  carol = client('carol');
});

afterEach(() => {
  // Every response the double sent in the test matched GitHub's response schemas.
  expect(double.violations.splice(0)).toEqual([]);
});

afterAll(async () => {
  await double?.close();
});

describe('GitHub description', () => {
  it('loads once per process and quickly', () => {
    const first = loadGitHubDescription();
    expect(loadGitHubDescription()).toBe(first);
    expect(first.loadMs).toBeLessThan(2_000);
    expect(Object.keys((first.document as { paths: object }).paths).length).toBeGreaterThan(800);
  });

  it('names only operations that exist in the description', () => {
    const doc = loadGitHubDescription().document as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ids = new Set(Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId)));
    expect(implementedOperations.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('catches a response that does not match the schema (so an empty violations list means something)', () => {
    const { checker } = loadGitHubDescription();
    const op = checker.match('GET', `/repos/${OWNER}/${REPO}/environments/production`);
    expect(op?.operationId).toBe('repos/get-environment');
    const errors = checker.checkResponse(op!, 200, { 'content-type': 'application/json' }, { id: 'one', name: 'production' });
    expect(errors).toEqual(expect.arrayContaining(['body/id: must be integer', 'body/node_id: is required', 'body/html_url: is required']));
  });
});

describe('authentication and unknown routes', () => {
  it('answers 401 without a token', async () => {
    const res = await fetch(`${double.url}/repos/${OWNER}/${REPO}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' });
  });

  it('accepts both token and Bearer schemes', async () => {
    const token = double.token('alice');
    for (const scheme of ['token', 'Bearer']) {
      const res = await fetch(`${double.url}/user`, { headers: { authorization: `${scheme} ${token}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { login: string }).login).toBe('alice');
    }
  });

  it('answers 404 Not Found for paths GitHub does not have', async () => {
    const res = await fetch(`${double.url}/repos/${OWNER}/${REPO}/no-such-thing`, { headers: { authorization: `token ${double.token('alice')}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: 'Not Found' });
  });

  it('answers 404 for operations GitHub has but the double does not implement, and records them', async () => {
    const before = double.unimplemented.length;
    expect(await status(alice.rest.pulls.list({ owner: OWNER, repo: REPO }))).toEqual({ status: 404, message: 'Not Found' });
    expect(double.unimplemented.slice(before)).toEqual([{ method: 'GET', path: `/repos/${OWNER}/${REPO}/pulls`, operationId: 'pulls/list' }]);
  });

  it('answers 404 for a path parameter GitHub would not route (non-numeric run id)', async () => {
    const res = await fetch(`${double.url}/repos/${OWNER}/${REPO}/actions/runs/latest`, { headers: { authorization: `token ${double.token('alice')}` } });
    expect(res.status).toBe(404);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await fetch(`${double.url}/repos/${OWNER}/${REPO}/dispatches`, {
      method: 'POST',
      headers: { authorization: `token ${double.token('alice')}`, 'content-type': 'application/json' },
      body: '{"event_type":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });
});

describe('environments', () => {
  it('creates, reads, lists and deletes an environment with reviewers, wait timer and branch policy', async () => {
    const aliceId = double.state.user('alice')!.id;
    const teamId = double.state.team(OWNER, 'release-approvers')!.id;
    const put = await admin.rest.repos.createOrUpdateEnvironment({
      owner: OWNER,
      repo: REPO,
      environment_name: 'production',
      wait_timer: 30,
      prevent_self_review: true,
      reviewers: [
        { type: 'User', id: aliceId },
        { type: 'Team', id: teamId },
      ],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    expect(put.status).toBe(200);
    expect(put.data.name).toBe('production');
    const rules = put.data.protection_rules ?? [];
    expect(rules.map((r) => r.type)).toEqual(['wait_timer', 'required_reviewers', 'branch_policy']);
    const reviewersRule = rules[1] as { prevent_self_review?: boolean; reviewers?: Array<{ type?: string; reviewer?: { login?: string; slug?: string } }> };
    expect(reviewersRule.prevent_self_review).toBe(true);
    expect(reviewersRule.reviewers?.map((r) => [r.type, r.reviewer?.login ?? r.reviewer?.slug])).toEqual([
      ['User', 'alice'],
      ['Team', 'release-approvers'],
    ]);

    const got = await bot.rest.repos.getEnvironment({ owner: OWNER, repo: REPO, environment_name: 'production' });
    expect(got.data.id).toBe(put.data.id);
    expect(got.data.deployment_branch_policy).toEqual({ protected_branches: false, custom_branch_policies: true });
    expect((got.data as { can_admins_bypass?: boolean }).can_admins_bypass).toBe(true);

    await admin.rest.repos.createOrUpdateEnvironment({ owner: OWNER, repo: REPO, environment_name: 'staging' });
    const list = await bot.rest.repos.getAllEnvironments({ owner: OWNER, repo: REPO });
    expect(list.data.total_count).toBe(2);
    expect(list.data.environments?.map((e) => e.name)).toEqual(['production', 'staging']);

    expect((await admin.rest.repos.deleteAnEnvironment({ owner: OWNER, repo: REPO, environment_name: 'staging' })).status).toBe(204);
    expect(await status(bot.rest.repos.getEnvironment({ owner: OWNER, repo: REPO, environment_name: 'staging' }))).toMatchObject({ status: 404 });
  });

  it('manages deployment branch policies, answering a duplicate with 303 to the existing one', async () => {
    const created = await admin.rest.repos.createDeploymentBranchPolicy({ owner: OWNER, repo: REPO, environment_name: 'production', name: 'release/*' });
    expect(created.data).toMatchObject({ name: 'release/*', type: 'branch' });
    const tag = await admin.rest.repos.createDeploymentBranchPolicy({ owner: OWNER, repo: REPO, environment_name: 'production', name: 'v*', type: 'tag' });
    // fetch follows the 303 to the existing policy.
    const again = await admin.rest.repos.createDeploymentBranchPolicy({ owner: OWNER, repo: REPO, environment_name: 'production', name: 'release/*' });
    expect(again.data.id).toBe(created.data.id);
    const list = await bot.rest.repos.listDeploymentBranchPolicies({ owner: OWNER, repo: REPO, environment_name: 'production' });
    expect(list.data.total_count).toBe(2);
    expect(list.data.branch_policies.map((p) => `${p.type}:${p.name}`)).toEqual(['branch:release/*', 'tag:v*']);
    await admin.rest.repos.deleteDeploymentBranchPolicy({ owner: OWNER, repo: REPO, environment_name: 'production', branch_policy_id: tag.data.id! });
    expect((await bot.rest.repos.getDeploymentBranchPolicy({ owner: OWNER, repo: REPO, environment_name: 'production', branch_policy_id: created.data.id! })).data.name).toBe('release/*');
    expect(await status(bot.rest.repos.getDeploymentBranchPolicy({ owner: OWNER, repo: REPO, environment_name: 'production', branch_policy_id: tag.data.id! }))).toMatchObject({ status: 404 });
  });

  it('rejects what GitHub rejects: a reviewer type "Robot", unknown properties, wrong types', async () => {
    const put = (body: Record<string, unknown>) =>
      fetch(`${double.url}/repos/${OWNER}/${REPO}/environments/qa`, {
        method: 'PUT',
        headers: { authorization: `token ${double.token('ops-admin')}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const robot = await put({ reviewers: [{ type: 'Robot', id: 1 }] });
    expect(robot.status).toBe(422);
    const robotBody = (await robot.json()) as { message: string; errors: Array<{ field: string }> };
    expect(robotBody.message).toContain('body/reviewers/0/type: must be one of "User", "Team"');
    expect(robotBody.errors[0]?.field).toBe('body/reviewers/0/type');

    const unknown = await put({ wait_timer: 5, colour: 'blue' });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { message: string }).message).toContain("must NOT have additional property 'colour'");

    // Not in GitHub's request schema (only in responses), so the description rejects it.
    expect((await put({ can_admins_bypass: false })).status).toBe(422);
    expect((await put({ wait_timer: 'soon' })).status).toBe(422);
    expect(double.state.environment(double.state.repo(OWNER, REPO), 'qa')).toBeUndefined();
  });

  it('enforces GitHub limits beyond the schema (6 reviewers, 43,200 minutes, one branch policy kind)', async () => {
    const ids = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'].map((login) => double.state.addUser({ login }).id);
    const seven = ids.map((id) => ({ type: 'User' as const, id }));
    expect(await status(admin.rest.repos.createOrUpdateEnvironment({ owner: OWNER, repo: REPO, environment_name: 'qa', reviewers: seven }))).toMatchObject({ status: 422 });
    expect(await status(admin.rest.repos.createOrUpdateEnvironment({ owner: OWNER, repo: REPO, environment_name: 'qa', wait_timer: 43_201 }))).toMatchObject({ status: 422 });
    expect(
      await status(admin.rest.repos.createOrUpdateEnvironment({ owner: OWNER, repo: REPO, environment_name: 'qa', deployment_branch_policy: { protected_branches: true, custom_branch_policies: true } })),
    ).toMatchObject({ status: 422 });
    expect(await status(admin.rest.repos.createOrUpdateEnvironment({ owner: OWNER, repo: REPO, environment_name: 'qa', reviewers: [{ type: 'User', id: 999_999 }] }))).toMatchObject({ status: 422 });
  });
});

describe('workflow runs, pending deployments and approvals', () => {
  it('reports pending deployments per viewer and takes an approval through the API', async () => {
    const run = double.state.addRun(OWNER, REPO, { workflow: 'release.yml', event: 'workflow_dispatch', actor: 'alice', pendingEnvironments: ['production'] });

    const waiting = await bot.rest.actions.listWorkflowRunsForRepo({ owner: OWNER, repo: REPO, status: 'waiting' });
    expect(waiting.data.workflow_runs.map((r) => r.id)).toContain(run.id);
    expect(waiting.data.workflow_runs.every((r) => r.status === 'waiting')).toBe(true);

    // alice triggered the run and production prevents self-review; bob is in the reviewer team.
    const asAlice = await alice.rest.actions.getPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id });
    expect(asAlice.data).toHaveLength(1);
    expect(asAlice.data[0]).toMatchObject({ environment: { name: 'production' }, wait_timer: 30, current_user_can_approve: false });
    const bob = client('bob');
    expect((await bob.rest.actions.getPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id })).data[0]?.current_user_can_approve).toBe(true);

    const envId = asAlice.data[0]!.environment.id!;
    expect(await status(alice.rest.actions.reviewPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id, environment_ids: [envId], state: 'approved', comment: 'mine' }))).toMatchObject({
      status: 422,
      message: expect.stringContaining('prevents self-review'),
    });
    expect(await status(carol.rest.actions.reviewPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id, environment_ids: [envId], state: 'approved', comment: 'x' }))).toMatchObject({
      status: 422,
      message: expect.stringContaining('not a required reviewer'),
    });

    const approved = await bob.rest.actions.reviewPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id, environment_ids: [envId], state: 'approved', comment: 'Ship it' });
    expect(approved.data.map((d) => [d.environment, d.sha])).toEqual([['production', run.headSha]]);

    const reviews = await bot.rest.actions.getReviewsForRun({ owner: OWNER, repo: REPO, run_id: run.id });
    expect(reviews.data).toEqual([expect.objectContaining({ state: 'approved', comment: 'Ship it', user: expect.objectContaining({ login: 'bob' }), environments: [expect.objectContaining({ name: 'production', id: envId })] })]);
    expect((await bot.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: run.id })).data.status).toBe('in_progress');
    expect((await bot.rest.actions.getPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id })).data).toEqual([]);
    expect(await status(bob.rest.actions.reviewPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id, environment_ids: [envId], state: 'approved', comment: 'again' }))).toMatchObject({ status: 422 });
  });

  it('scripted reviewers show up in the approvals API the way GitHub shows them; a rejection fails the run', async () => {
    const run = double.state.addRun(OWNER, REPO, { workflow: 'release.yml', actor: 'release-bot', pendingEnvironments: ['production'] });
    double.reject(OWNER, REPO, run.id, 'bob', { comment: 'Compat report is red' });
    const reviews = await bot.rest.actions.getReviewsForRun({ owner: OWNER, repo: REPO, run_id: run.id });
    expect(reviews.data).toHaveLength(1);
    expect(reviews.data[0]).toMatchObject({ state: 'rejected', comment: 'Compat report is red', user: { login: 'bob', type: 'User' }, environments: [{ name: 'production' }] });
    const got = await bot.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: run.id });
    expect([got.data.status, got.data.conclusion]).toEqual(['completed', 'failure']);

    const second = double.state.addRun(OWNER, REPO, { workflow: 'release.yml', actor: 'release-bot', pendingEnvironments: ['production'] });
    expect(() => double.approve(OWNER, REPO, second.id, 'carol')).toThrow(/not a required reviewer/);
    const deployments = double.approve(OWNER, REPO, second.id, 'alice', { comment: 'LGTM' });
    expect(deployments.map((d) => d.environment)).toEqual(['production']);
    const approvals = await bot.rest.actions.getReviewsForRun({ owner: OWNER, repo: REPO, run_id: second.id });
    expect(approvals.data.map((a) => [a.state, a.user.login, a.comment])).toEqual([['approved', 'alice', 'LGTM']]);
  });

  it('serves runs seeded from a real deployment_review event, shaped like GitHub', async () => {
    const event = webhookExample<DeploymentReviewEvent>('deployment_review');
    const teamSlug = event.reviewers[0]!.reviewer.slug;
    double.state.addTeam({ org: OWNER, slug: teamSlug, members: ['dave'] });
    double.state.addEnvironment(OWNER, REPO, { name: event.environment, reviewers: [{ team: teamSlug }] });
    const example = event.workflow_run;
    const run = double.state.addRun(OWNER, REPO, { workflow: example.path, name: example.display_title, event: example.event, actor: event.requestor.login, headBranch: null, pendingEnvironments: [event.environment] });

    const got = await bot.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: run.id });
    const missing = Object.keys(example).filter((key) => !(key in got.data));
    expect(missing).toEqual([]);
    expect(got.data).toMatchObject({ status: 'waiting', event: example.event, path: example.path, display_title: example.display_title, run_attempt: 1, previous_attempt_url: null });

    const pending = await client('dave').rest.actions.getPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id });
    const teamReviewer = pending.data[0]!.reviewers[0]!;
    expect(teamReviewer.type).toBe('Team');
    expect(Object.keys(event.reviewers[0]!.reviewer).filter((key) => !(key in (teamReviewer.reviewer as object)))).toEqual([]);
    expect(pending.data[0]!.current_user_can_approve).toBe(true);
  });

  it('serves run attempts and filters runs by workflow, branch, event and conclusion', async () => {
    const run = double.state.addRun(OWNER, REPO, { workflow: 'nightly.yml', event: 'schedule' });
    double.state.completeRun(OWNER, REPO, run.id, 'success');
    const attempt = await bot.rest.actions.getWorkflowRunAttempt({ owner: OWNER, repo: REPO, run_id: run.id, attempt_number: 1 });
    expect(attempt.data).toMatchObject({ id: run.id, run_attempt: 1, conclusion: 'success' });
    expect(await status(bot.rest.actions.getWorkflowRunAttempt({ owner: OWNER, repo: REPO, run_id: run.id, attempt_number: 2 }))).toMatchObject({ status: 404 });

    const byWorkflow = await bot.rest.actions.listWorkflowRuns({ owner: OWNER, repo: REPO, workflow_id: 'nightly.yml' });
    expect(byWorkflow.data.workflow_runs.map((r) => r.id)).toEqual([run.id]);
    const bySuccess = await bot.rest.actions.listWorkflowRunsForRepo({ owner: OWNER, repo: REPO, status: 'success', event: 'schedule', branch: 'main' });
    expect(bySuccess.data.workflow_runs.map((r) => r.id)).toEqual([run.id]);
    expect(await status(bot.rest.actions.listWorkflowRunsForRepo({ owner: OWNER, repo: REPO, status: 'sleeping' as 'waiting' }))).toMatchObject({ status: 422 });
  });
});

describe('deployments and statuses', () => {
  it('creates deployments and statuses; a success marks earlier deployments inactive', async () => {
    const first = await bot.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main', environment: 'tenants-batch-1', auto_merge: false, required_contexts: [], payload: { plugin: 'billing', version: '2.4.0' }, description: 'batch 1' });
    expect(first.status).toBe(201);
    const firstId = (first.data as { id: number }).id;
    await bot.rest.repos.createDeploymentStatus({ owner: OWNER, repo: REPO, deployment_id: firstId, state: 'in_progress', log_url: 'https://ci.example.test/runs/1' });
    const done = await bot.rest.repos.createDeploymentStatus({ owner: OWNER, repo: REPO, deployment_id: firstId, state: 'success', environment_url: 'https://tenant-1.example.test', log_url: 'https://ci.example.test/runs/1' });
    expect(done.data).toMatchObject({ state: 'success', environment_url: 'https://tenant-1.example.test', log_url: 'https://ci.example.test/runs/1', target_url: 'https://ci.example.test/runs/1' });

    const second = await bot.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main', environment: 'tenants-batch-1', auto_merge: false, required_contexts: [] });
    const secondId = (second.data as { id: number }).id;
    await bot.rest.repos.createDeploymentStatus({ owner: OWNER, repo: REPO, deployment_id: secondId, state: 'success' });

    const statuses = await bot.rest.repos.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: firstId });
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress']);
    const one = await bot.rest.repos.getDeploymentStatus({ owner: OWNER, repo: REPO, deployment_id: firstId, status_id: statuses.data[1]!.id });
    expect(one.data.state).toBe('success');

    const listed = await bot.rest.repos.listDeployments({ owner: OWNER, repo: REPO, environment: 'tenants-batch-1' });
    expect(listed.data.map((d) => d.id)).toEqual([secondId, firstId]);
    const got = await bot.rest.repos.getDeployment({ owner: OWNER, repo: REPO, deployment_id: firstId });
    expect(got.data.payload).toEqual({ plugin: 'billing', version: '2.4.0' });

    expect(await status(bot.rest.repos.deleteDeployment({ owner: OWNER, repo: REPO, deployment_id: secondId }))).toMatchObject({ status: 422 });
    expect((await bot.rest.repos.deleteDeployment({ owner: OWNER, repo: REPO, deployment_id: firstId })).status).toBe(204);
  });

  it('rejects unknown refs and bad states', async () => {
    expect(await status(bot.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'no-such-branch' }))).toMatchObject({ status: 422, message: 'No ref found for: no-such-branch' });
    const d = await bot.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main', environment: 'scratch', required_contexts: [] });
    expect(await status(bot.rest.repos.createDeploymentStatus({ owner: OWNER, repo: REPO, deployment_id: (d.data as { id: number }).id, state: 'done' as 'success' }))).toMatchObject({ status: 422 });
  });
});

describe('git database', () => {
  it('hashes objects exactly like git', async () => {
    const blob = await bot.rest.git.createBlob({ owner: OWNER, repo: REPO, content: 'hello\n' });
    expect(blob.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const b64 = await bot.rest.git.createBlob({ owner: OWNER, repo: REPO, content: Buffer.from('hello\n').toString('base64'), encoding: 'base64' });
    expect(b64.data.sha).toBe(blob.data.sha);
    const tree = await bot.rest.git.createTree({ owner: OWNER, repo: REPO, tree: [{ path: 'hello.txt', mode: '100644', type: 'blob', sha: blob.data.sha }] });
    // `git hash-object` of a tree holding hello.txt -> "hello\n"
    expect(tree.data.sha).toBe('aaa96ced2d9a1c8e72c56b253a0e2fe78393feb7');
    const got = await bot.rest.git.getBlob({ owner: OWNER, repo: REPO, file_sha: blob.data.sha });
    expect(Buffer.from(got.data.content, 'base64').toString()).toBe('hello\n');
  });

  it('appends a file to an append-only branch through the API, and refuses a non-fast-forward update', async () => {
    const main = await bot.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
    await bot.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/audit/log', sha: main.data.object.sha });

    const append = async (path: string, content: string, parentSha: string) => {
      const parent = await bot.rest.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: parentSha });
      const blob = await bot.rest.git.createBlob({ owner: OWNER, repo: REPO, content });
      const tree = await bot.rest.git.createTree({ owner: OWNER, repo: REPO, base_tree: parent.data.tree.sha, tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }] });
      return bot.rest.git.createCommit({ owner: OWNER, repo: REPO, message: `audit: ${path}`, tree: tree.data.sha, parents: [parentSha] });
    };

    // A multi-segment ref: Octokit sends heads%2Faudit%2Flog.
    const head = await bot.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log' });
    const c1 = await append('records/0001.jsonl', '{"seq":1}\n', head.data.object.sha);
    const updated = await bot.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log', sha: c1.data.sha });
    expect(updated.data.object.sha).toBe(c1.data.sha);

    // A writer that started from the old head loses the race like on GitHub.
    const stale = await append('records/0002.jsonl', '{"seq":2}\n', head.data.object.sha);
    expect(await status(bot.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log', sha: stale.data.sha }))).toEqual({ status: 422, message: 'Update is not a fast forward' });

    const c2 = await append('records/0002.jsonl', '{"seq":2}\n', c1.data.sha);
    await bot.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log', sha: c2.data.sha, force: false });
    const commit = await bot.rest.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: c2.data.sha });
    expect(commit.data.parents.map((p) => p.sha)).toEqual([c1.data.sha]);
    const tree = await bot.rest.git.getTree({ owner: OWNER, repo: REPO, tree_sha: commit.data.tree.sha, recursive: 'true' });
    expect(tree.data.tree.map((e) => e.path)).toEqual(['README.md', 'records', 'records/0001.jsonl', 'records/0002.jsonl']);

    const matching = await bot.rest.git.listMatchingRefs({ owner: OWNER, repo: REPO, ref: 'heads/audit' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/audit/log']);
    expect(await status(bot.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/audit/log', sha: c2.data.sha }))).toEqual({ status: 422, message: 'Reference already exists' });
    expect(await status(bot.rest.git.createCommit({ owner: OWNER, repo: REPO, message: 'x', tree: c2.data.tree.sha, parents: ['0'.repeat(40)] }))).toMatchObject({ status: 422 });
    // A forced update may move the branch anywhere.
    await bot.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log', sha: stale.data.sha, force: true });
    expect((await bot.rest.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log' })).status).toBe(204);
    expect(await status(bot.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/audit/log' }))).toMatchObject({ status: 404 });
  });

  it('creates annotated tags and refuses to move or delete a locked tag', async () => {
    const main = await bot.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
    const tag = await bot.rest.git.createTag({ owner: OWNER, repo: REPO, tag: 'v2.4.0', message: 'billing 2.4.0', object: main.data.object.sha, type: 'commit', tagger: { name: 'Release Bot', email: 'release-bot@example.test', date: '2026-11-02T10:00:00Z' } });
    expect(tag.data).toMatchObject({ tag: 'v2.4.0', object: { sha: main.data.object.sha, type: 'commit' }, tagger: { name: 'Release Bot', date: '2026-11-02T10:00:00Z' } });
    const ref = await bot.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/tags/v2.4.0', sha: tag.data.sha });
    expect(ref.data.object).toMatchObject({ type: 'tag', sha: tag.data.sha });
    expect((await bot.rest.git.getTag({ owner: OWNER, repo: REPO, tag_sha: tag.data.sha })).data.message).toBe('billing 2.4.0');

    double.state.lockTags(OWNER, REPO, 'v*');
    const other = double.state.commitFile(OWNER, REPO, { path: 'CHANGELOG.md', content: '2.4.1\n' });
    expect(await status(bot.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'tags/v2.4.0', sha: other.sha, force: true }))).toMatchObject({ status: 422, message: expect.stringContaining('Repository rule violations') });
    expect(await status(bot.rest.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'tags/v2.4.0' }))).toMatchObject({ status: 422 });
    expect(await status(bot.rest.git.createTag({ owner: OWNER, repo: REPO, tag: 'x', message: 'x', object: main.data.object.sha, type: 'bogus' as 'commit' }))).toMatchObject({ status: 422 });
  });
});

describe('contents', () => {
  it('reads files and directories, creates and updates a file with the right sha', async () => {
    const readme = await bot.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'README.md' });
    const file = readme.data as { type: string; content: string; sha: string };
    expect(file.type).toBe('file');
    expect(Buffer.from(file.content, 'base64').toString()).toBe(`# ${REPO}\n`);

    const created = await bot.rest.repos.createOrUpdateFileContents({ owner: OWNER, repo: REPO, path: 'releases/2.4.0/plan.json', message: 'Add release plan', content: Buffer.from('{"batches":3}').toString('base64') });
    expect(created.status).toBe(201);
    const sha = created.data.content!.sha!;
    expect(await status(bot.rest.repos.createOrUpdateFileContents({ owner: OWNER, repo: REPO, path: 'releases/2.4.0/plan.json', message: 'x', content: 'e30=' }))).toMatchObject({ status: 422 });
    expect(await status(bot.rest.repos.createOrUpdateFileContents({ owner: OWNER, repo: REPO, path: 'releases/2.4.0/plan.json', message: 'x', content: 'e30=', sha: '1'.repeat(40) }))).toMatchObject({ status: 409 });
    const updated = await bot.rest.repos.createOrUpdateFileContents({ owner: OWNER, repo: REPO, path: 'releases/2.4.0/plan.json', message: 'Update plan', content: 'e30=', sha });
    expect(updated.status).toBe(200);
    expect(updated.data.commit.message).toBe('Update plan');

    const dir = await bot.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'releases/2.4.0' });
    expect((dir.data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([['plan.json', 'file']]);
    const old = await bot.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'releases/2.4.0/plan.json', ref: created.data.commit.sha! });
    expect(Buffer.from((old.data as { content: string }).content, 'base64').toString()).toBe('{"batches":3}');
    expect(await status(bot.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'nope.txt' }))).toMatchObject({ status: 404 });
  });
});

describe('releases and assets', () => {
  it('drafts, publishes (creating the tag), uploads to upload_url, lists and downloads assets', async () => {
    const draft = await bot.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v3.0.0', name: 'billing 3.0.0', body: 'notes', draft: true });
    expect(draft.data).toMatchObject({ draft: true, published_at: null, tag_name: 'v3.0.0' });
    expect(draft.data.upload_url.startsWith(`${double.url}/repos/${OWNER}/${REPO}/releases/${draft.data.id}/assets{?name,label}`)).toBe(true);
    expect(await status(bot.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'tags/v3.0.0' }))).toMatchObject({ status: 404 });
    expect(await status(bot.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: 'v3.0.0' }))).toMatchObject({ status: 404 });

    const zip = Buffer.from('PK\u0003\u0004 plugin bytes');
    const uploaded = await bot.request({ method: 'POST', url: draft.data.upload_url, name: 'billing-3.0.0.zip', label: 'Plugin bundle', data: zip, headers: { 'content-type': 'application/zip' } });
    expect(uploaded.status).toBe(201);
    expect(uploaded.data).toMatchObject({ name: 'billing-3.0.0.zip', label: 'Plugin bundle', content_type: 'application/zip', size: zip.length, state: 'uploaded' });
    // The client sends Octokit's hard-coded uploads.github.com requests to the configured API origin instead.
    const viaRest = await bot.rest.repos.uploadReleaseAsset({ owner: OWNER, repo: REPO, release_id: draft.data.id, name: 'SHA256SUMS', data: 'abc  billing-3.0.0.zip\n', headers: { 'content-type': 'text/plain' } });
    expect(viaRest.status).toBe(201);
    expect(await status(bot.request({ method: 'POST', url: draft.data.upload_url, name: 'SHA256SUMS', data: 'again', headers: { 'content-type': 'text/plain' } }))).toMatchObject({ status: 422 });
    expect(await status(bot.request({ method: 'POST', url: `${double.url}/repos/${OWNER}/${REPO}/releases/${draft.data.id}/assets`, data: 'x', headers: { 'content-type': 'text/plain' } }))).toMatchObject({ status: 422 });

    const published = await bot.rest.repos.updateRelease({ owner: OWNER, repo: REPO, release_id: draft.data.id, draft: false });
    expect(published.data.draft).toBe(false);
    expect(published.data.published_at).not.toBeNull();
    expect((await bot.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'tags/v3.0.0' })).data.object.type).toBe('commit');

    const byTag = await bot.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: 'v3.0.0' });
    expect(byTag.data.assets.map((a) => a.name)).toEqual(['billing-3.0.0.zip', 'SHA256SUMS']);
    expect((await bot.rest.repos.getLatestRelease({ owner: OWNER, repo: REPO })).data.id).toBe(draft.data.id);
    expect((await bot.rest.repos.getRelease({ owner: OWNER, repo: REPO, release_id: draft.data.id })).data.name).toBe('billing 3.0.0');
    expect((await bot.rest.repos.listReleases({ owner: OWNER, repo: REPO })).data.map((r) => r.tag_name)).toContain('v3.0.0');

    const assets = await bot.rest.repos.listReleaseAssets({ owner: OWNER, repo: REPO, release_id: draft.data.id });
    const asset = assets.data.find((a) => a.name === 'billing-3.0.0.zip')!;
    expect(asset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await bot.rest.repos.getReleaseAsset({ owner: OWNER, repo: REPO, asset_id: asset.id })).data.name).toBe('billing-3.0.0.zip');
    // Asking for the bytes redirects, as on GitHub; fetch follows.
    const bytes = await bot.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner: OWNER, repo: REPO, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    expect(Buffer.from(bytes.data as unknown as ArrayBuffer).equals(zip)).toBe(true);
    // The private repository's browser download needs a token.
    expect((await fetch(asset.browser_download_url)).status).toBe(404);
    const browser = await fetch(asset.browser_download_url, { headers: { authorization: `token ${double.token('release-bot')}` } });
    expect(Buffer.from(await browser.arrayBuffer()).equals(zip)).toBe(true);

    expect(await status(bot.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v3.0.0' }))).toMatchObject({ status: 422, message: 'Validation Failed' });
    expect((await bot.rest.repos.deleteReleaseAsset({ owner: OWNER, repo: REPO, asset_id: asset.id })).status).toBe(204);
    const prerelease = await bot.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v3.1.0-rc.1', prerelease: true, target_commitish: 'main' });
    expect((await bot.rest.repos.getLatestRelease({ owner: OWNER, repo: REPO })).data.id).toBe(draft.data.id);
    expect((await bot.rest.repos.deleteRelease({ owner: OWNER, repo: REPO, release_id: prerelease.data.id })).status).toBe(204);
  });
});

describe('issues and comments', () => {
  it('creates, lists, comments on and closes issues', async () => {
    const created = await bot.rest.issues.create({ owner: OWNER, repo: REPO, title: 'Compatibility exception: tenant acme on host 7.2', body: 'Needs approval', labels: ['compat-exception', { name: 'needs-review' }], assignees: ['alice'] });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ number: 1, state: 'open', assignee: { login: 'alice' }, user: { login: 'release-bot' } });
    expect(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['compat-exception', 'needs-review']);
    await bot.rest.issues.create({ owner: OWNER, repo: REPO, title: 'Unrelated' });

    const listed = await bot.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'compat-exception' });
    expect(listed.data.map((i) => i.number)).toEqual([1]);
    const comment = await alice.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'Approved until 2026-12-31' });
    expect(comment.data).toMatchObject({ body: 'Approved until 2026-12-31', user: { login: 'alice' }, author_association: 'MEMBER' });
    await alice.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: comment.data.id, body: 'Approved until 2027-01-31' });
    expect((await bot.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: comment.data.id })).data.body).toBe('Approved until 2027-01-31');
    expect((await bot.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 1 })).data.map((c) => c.id)).toEqual([comment.data.id]);
    expect((await bot.rest.issues.listCommentsForRepo({ owner: OWNER, repo: REPO })).data).toHaveLength(1);

    const closed = await bot.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: 1, state: 'closed', state_reason: 'completed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    expect((await bot.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 1 })).data.closed_at).not.toBeNull();
    expect((await bot.rest.issues.listForRepo({ owner: OWNER, repo: REPO, state: 'closed' })).data.map((i) => i.number)).toEqual([1]);
    expect(await status(bot.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x', labels: [42 as unknown as string] }))).toMatchObject({ status: 422 });
  });
});

describe('dispatches', () => {
  it('records repository_dispatch events and rejects payloads GitHub rejects', async () => {
    const example = webhookExample<{ action: string; client_payload: Record<string, unknown> }>('repository_dispatch');
    const res = await bot.rest.repos.createDispatchEvent({ owner: OWNER, repo: REPO, event_type: example.action, client_payload: { ...example.client_payload, plugin: 'billing', version: '3.0.0' } });
    expect(res.status).toBe(204);
    expect(double.state.repo(OWNER, REPO).dispatches.at(-1)).toMatchObject({ eventType: 'on-demand-test', clientPayload: { plugin: 'billing', version: '3.0.0' }, actor: 'release-bot' });

    expect(await status(bot.rest.repos.createDispatchEvent({ owner: OWNER, repo: REPO, event_type: 'x'.repeat(101) }))).toMatchObject({ status: 422 });
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    expect(await status(bot.rest.repos.createDispatchEvent({ owner: OWNER, repo: REPO, event_type: 'release.published', client_payload: eleven }))).toMatchObject({ status: 422, message: expect.stringContaining('body/client_payload: must NOT have more than 10 properties') });
    expect(await status(bot.rest.repos.createDispatchEvent({ owner: OWNER, repo: REPO } as unknown as Parameters<typeof bot.rest.repos.createDispatchEvent>[0]))).toMatchObject({ status: 422 });
  });

  it('records workflow_dispatch requests and starts a run, returning its details when asked', async () => {
    const example = webhookExample<{ ref: string; workflow: string }>('workflow_dispatch');
    const file = example.workflow.split('/').pop()!;
    const plain = await bot.rest.actions.createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: file, ref: example.ref, inputs: { tenant_batch: '2', dry_run: 'true' } });
    expect(plain.status).toBe(204);
    const detailed = await bot.rest.actions.createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: 'rollback.yml', ref: 'main', inputs: { version: '2.4.0' }, return_run_details: true });
    expect(detailed.status).toBe(200);
    const runId = (detailed.data as { workflow_run_id: number }).workflow_run_id;
    const run = await bot.rest.actions.getWorkflowRun({ owner: OWNER, repo: REPO, run_id: runId });
    expect(run.data).toMatchObject({ event: 'workflow_dispatch', status: 'queued', path: '.github/workflows/rollback.yml', head_branch: 'main' });

    const recorded = double.state.repo(OWNER, REPO).workflowDispatches.slice(-2);
    expect(recorded.map((d) => [d.workflow, d.ref, d.inputs])).toEqual([
      [file, 'refs/heads/main', { tenant_batch: '2', dry_run: 'true' }],
      ['rollback.yml', 'main', { version: '2.4.0' }],
    ]);
    expect(await status(bot.rest.actions.createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: 'rollback.yml', ref: 'no-such-ref' }))).toMatchObject({ status: 422, message: 'No ref found for: no-such-ref' });
    const many = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`i${i}`, 'x']));
    expect(await status(bot.rest.actions.createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: 'rollback.yml', ref: 'main', inputs: many }))).toMatchObject({ status: 422 });
  });
});

describe('organizations, users, teams and repositories', () => {
  it('shows two_factor_requirement_enabled to organization owners only, as GitHub does', async () => {
    const asOwner = await admin.rest.orgs.get({ org: OWNER });
    expect(asOwner.data.two_factor_requirement_enabled).toBe(true);
    const asMember = await alice.rest.orgs.get({ org: OWNER });
    expect('two_factor_requirement_enabled' in asMember.data).toBe(false);
    double.state.setTwoFactorRequirement(OWNER, false);
    expect((await admin.rest.orgs.get({ org: OWNER })).data.two_factor_requirement_enabled).toBe(false);
    expect(await status(admin.rest.orgs.get({ org: 'no-such-org' }))).toMatchObject({ status: 404 });
  });

  it('serves users, the authenticated user, teams, memberships and permissions', async () => {
    expect((await bot.rest.users.getByUsername({ username: 'alice' })).data).toMatchObject({ login: 'alice', type: 'User' });
    expect((await bot.rest.users.getByUsername({ username: OWNER })).data).toMatchObject({ login: OWNER, type: 'Organization' });
    expect((await alice.rest.users.getAuthenticated()).data.login).toBe('alice');

    const team = await bot.rest.teams.getByName({ org: OWNER, team_slug: 'release-approvers' });
    expect(team.data).toMatchObject({ slug: 'release-approvers', name: 'Release approvers', members_count: 2, organization: { login: OWNER } });
    expect((await bot.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'release-approvers', username: 'alice' })).data).toMatchObject({ role: 'maintainer', state: 'active' });
    expect(await status(bot.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: 'release-approvers', username: 'carol' }))).toMatchObject({ status: 404 });

    const perms = await bot.rest.repos.getCollaboratorPermissionLevel({ owner: OWNER, repo: REPO, username: 'ops-admin' });
    expect(perms.data).toMatchObject({ permission: 'admin', user: { login: 'ops-admin' } });
    expect((await bot.rest.repos.getCollaboratorPermissionLevel({ owner: OWNER, repo: REPO, username: 'carol' })).data.permission).toBe('read');
  });

  it('serves a repository with its visibility and the viewer permissions', async () => {
    const repo = await alice.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(repo.data).toMatchObject({ full_name: `${OWNER}/${REPO}`, private: true, visibility: 'private', default_branch: 'main', permissions: { admin: false, push: true, pull: true } });
    double.state.addRepo({ owner: OWNER, name: 'plugin-public' });
    expect((await admin.rest.repos.get({ owner: OWNER, repo: 'plugin-public' })).data).toMatchObject({ private: false, visibility: 'public', permissions: { admin: true } });
    expect(await status(admin.rest.repos.get({ owner: OWNER, repo: 'nope' }))).toMatchObject({ status: 404 });
  });
});

describe('artifact retention', () => {
  it('reads and sets the repository artifact and log retention within what GitHub allows', async () => {
    const path = 'GET /repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention';
    expect((await bot.request(path, { owner: OWNER, repo: REPO })).data).toEqual({ days: 90, maximum_allowed_days: 400 });
    const set = (repo: string, days: number) => admin.request('PUT /repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention', { owner: OWNER, repo, days });
    expect((await set(REPO, 400)).status).toBe(204);
    expect((await bot.request(path, { owner: OWNER, repo: REPO })).data).toMatchObject({ days: 400 });
    expect(await status(set(REPO, 401))).toMatchObject({ status: 422 });
    double.state.addRepo({ owner: OWNER, name: 'plugin-open' });
    expect((await bot.request(path, { owner: OWNER, repo: 'plugin-open' })).data).toEqual({ days: 90, maximum_allowed_days: 90 });
    expect(await status(set('plugin-open', 180))).toMatchObject({ status: 422 });
  });
});

describe('createGitHubClient against the double', () => {
  it('honours GITHUB_API_URL when no baseUrl is given', async () => {
    const viaEnv = createGitHubClient({ token: double.token('alice'), env: { GITHUB_API_URL: `${double.url}/` }, paceWrites: false });
    expect((await viaEnv.rest.users.getAuthenticated()).data.login).toBe('alice');
  });

  it('retries server errors a bounded number of times', async () => {
    double.injectFault({ operationId: 'repos/get', status: 502, times: 2 });
    const before = double.requests.length;
    expect((await bot.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200);
    expect(double.requests.slice(before).map((r) => r.status)).toEqual([502, 502, 200]);

    double.injectFault({ operationId: 'repos/get', status: 500, times: 5 });
    const start = double.requests.length;
    expect(await status(bot.rest.repos.get({ owner: OWNER, repo: REPO }))).toMatchObject({ status: 500 });
    expect(double.requests.length - start).toBe(3);
    double.injectFault({ operationId: 'repos/get', kind: 'delay', delayMs: 0, times: 2 });
    await bot.rest.repos.get({ owner: OWNER, repo: REPO });
    await bot.rest.repos.get({ owner: OWNER, repo: REPO });
  });

  it('waits out secondary and primary rate limits a bounded number of times', async () => {
    const limited = client('release-bot', { rateLimitRetries: 1, maxRateLimitWaitSeconds: 5, retryBaseMs: 1 });
    double.injectFault({ operationId: 'repos/get', kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    expect((await limited.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200);
    double.injectFault({ operationId: 'repos/get', kind: 'rate-limit', retryAfterSeconds: 2 });
    expect((await limited.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200);

    double.injectFault({ operationId: 'repos/get', kind: 'secondary-rate-limit', retryAfterSeconds: 1, times: 2 });
    expect(await status(limited.rest.repos.get({ owner: OWNER, repo: REPO }))).toMatchObject({ status: 403, message: expect.stringContaining('secondary rate limit') });
    // A reset too far away is not waited for.
    double.injectFault({ operationId: 'repos/get', kind: 'rate-limit', retryAfterSeconds: 3600 });
    expect(await status(limited.rest.repos.get({ owner: OWNER, repo: REPO }))).toMatchObject({ status: 403, message: expect.stringContaining('API rate limit exceeded') });
    expect(logged.filter((m) => m.includes('rate limit on GET'))).toEqual([
      expect.stringMatching(/^secondary rate limit on GET .* retrying in 1 s \(retry 1 of 1\)$/),
      expect.stringMatching(/^primary rate limit on GET .* retrying in \d s \(retry 1 of 1\)$/),
      expect.stringMatching(/^secondary rate limit on GET .* retrying/),
      expect.stringMatching(/^secondary rate limit on GET .* giving up/),
      expect.stringMatching(/^primary rate limit on GET .* giving up \(reset in \d+ s\)$/),
    ]);
  });

  it('times out a request that hangs, and retries it', async () => {
    const impatient = client('release-bot', { timeoutMs: 200, retries: 1 });
    double.injectFault({ operationId: 'repos/get', kind: 'delay', delayMs: 1_000 });
    const started = Date.now();
    expect((await impatient.rest.repos.get({ owner: OWNER, repo: REPO })).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);

    double.injectFault({ operationId: 'repos/get', kind: 'delay', delayMs: 1_000, times: 2 });
    expect(await status(impatient.rest.repos.get({ owner: OWNER, repo: REPO }))).toMatchObject({ status: 500 });
  });

  it('sends release asset uploads to the uploads endpoint of the configured host (GHES)', async () => {
    expect(resolveApiUrl(undefined, {})).toBe('https://api.github.com');
    expect(resolveUploadsUrl('https://api.github.com')).toBe('https://uploads.github.com');
    expect(resolveUploadsUrl('https://ghe.example.test/api/v3/')).toBe('https://ghe.example.test/api/uploads');
    const seen: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      seen.push(String(input));
      return new Response(JSON.stringify({ id: 1 }), { status: 201, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const ghes = createGitHubClient({ token: 't', env: { GITHUB_API_URL: 'https://ghe.example.test/api/v3' }, fetch: fakeFetch, log });
    await ghes.rest.repos.uploadReleaseAsset({ owner: 'o', repo: 'r', release_id: 7, name: 'a.zip', data: 'x' });
    await ghes.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(seen).toEqual([expect.stringMatching(/^https:\/\/ghe\.example\.test\/api\/uploads\/repos\/o\/r\/releases\/7\/assets\?name=a\.zip/), 'https://ghe.example.test/api/v3/repos/o/r']);
  });

  it('refuses to start without a token', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(/token is required/);
  });
});

describe('starting the double', () => {
  it('listens on loopback only', async () => {
    await expect(startGitHubDouble({ host: '0.0.0.0' })).rejects.toThrow(/loopback only/);
  });

  it('serves a pre-seeded state and can refuse unknown tokens', async () => {
    const state = new GitHubState({ strictTokens: true, now: () => new Date('2026-11-02T08:00:00.123Z') });
    state.addRepo({ owner: 'octo-demo', name: 'plugin-demo', description: 'seeded before start' });
    const other = await startGitHubDouble({ state });
    try {
      expect(other.state).toBe(state);
      const unknown = await fetch(`${other.url}/repos/octo-demo/plugin-demo`, { headers: { authorization: 'token nope' } });
      expect(unknown.status).toBe(401);
      expect(await unknown.json()).toMatchObject({ message: 'Bad credentials' });
      const gh = createGitHubClient({ token: other.token('octo-demo'), baseUrl: other.url, log });
      const repo = await gh.rest.repos.get({ owner: 'octo-demo', repo: 'plugin-demo' });
      expect(repo.data).toMatchObject({ description: 'seeded before start', created_at: '2026-11-02T08:00:00Z', permissions: { admin: true } });
      expect(other.violations).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('coverage', () => {
  it('drove every implemented route through the client in this file', () => {
    const hit = new Set(double.requests.filter((r) => r.status < 400).map((r) => r.operationId));
    expect(implementedOperations.filter((id) => !hit.has(id))).toEqual([]);
  });
});
