/** Reads and writes the GitHub environments that carry the approval chain. */
import type { EnvironmentSettings, ReviewerName } from '@powerx/core/publish/environments.js';
import type { GitHubClient } from './octokit.js';

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

interface RuleShape {
  type: string;
  prevent_self_review?: boolean;
  wait_timer?: number;
  reviewers?: { type?: string; reviewer?: { login?: string; slug?: string } }[];
}

/** The environment as the approval matrix describes environments, or undefined when it does not exist. */
export async function readEnvironment(client: GitHubClient, owner: string, repo: string, name: string): Promise<EnvironmentSettings | undefined> {
  let env;
  try {
    env = (await client.rest.repos.getEnvironment({ owner, repo, environment_name: name })).data;
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
  const rules = (env.protection_rules ?? []) as RuleShape[];
  const reviewersRule = rules.find((r) => r.type === 'required_reviewers');
  const reviewers: ReviewerName[] = (reviewersRule?.reviewers ?? []).flatMap((r): ReviewerName[] => {
    if (r.type === 'User' && r.reviewer?.login) return [{ type: 'User', name: r.reviewer.login.toLowerCase() }];
    if (r.type === 'Team' && r.reviewer?.slug) return [{ type: 'Team', name: `${owner}/${r.reviewer.slug}`.toLowerCase() }];
    return [];
  });
  const policy = env.deployment_branch_policy;
  let branchPolicy: EnvironmentSettings['branchPolicy'] = { type: 'any', branches: [], tags: [] };
  if (policy?.protected_branches) branchPolicy = { type: 'protected-branches', branches: [], tags: [] };
  else if (policy?.custom_branch_policies) {
    const { data } = await client.rest.repos.listDeploymentBranchPolicies({ owner, repo, environment_name: name, per_page: 100 });
    branchPolicy = {
      type: 'selected',
      branches: data.branch_policies.filter((p) => (p as { type?: string }).type !== 'tag').map((p) => p.name ?? '').sort(),
      tags: data.branch_policies.filter((p) => (p as { type?: string }).type === 'tag').map((p) => p.name ?? '').sort(),
    };
  }
  return {
    name: env.name,
    reviewers,
    preventSelfReview: reviewersRule?.prevent_self_review ?? false,
    // GitHub's default when the answer does not say: administrators may bypass.
    canAdminsBypass: (env as { can_admins_bypass?: boolean }).can_admins_bypass ?? true,
    waitTimer: rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0,
    branchPolicy,
  };
}

async function reviewerId(client: GitHubClient, reviewer: ReviewerName): Promise<number> {
  if (reviewer.type === 'User') return (await client.rest.users.getByUsername({ username: reviewer.name })).data.id;
  const [org, slug] = reviewer.name.split('/') as [string, string];
  return (await client.rest.teams.getByName({ org, team_slug: slug })).data.id;
}

/**
 * Creates or updates the environment to match `desired`, branch policies included. GitHub's API does not take
 * `can_admins_bypass`; when it differs from the matrix, the returned list says what to change by hand.
 */
export async function applyEnvironment(client: GitHubClient, owner: string, repo: string, desired: EnvironmentSettings): Promise<{ manual: string[] }> {
  const reviewers = [];
  for (const r of desired.reviewers) reviewers.push({ type: r.type, id: await reviewerId(client, r) });
  const policy = desired.branchPolicy;
  await client.rest.repos.createOrUpdateEnvironment({
    owner,
    repo,
    environment_name: desired.name,
    wait_timer: desired.waitTimer,
    prevent_self_review: desired.preventSelfReview,
    reviewers,
    deployment_branch_policy:
      policy.type === 'any' ? null : { protected_branches: policy.type === 'protected-branches', custom_branch_policies: policy.type === 'selected' },
  });
  const manual: string[] = [];
  const now = await readEnvironment(client, owner, repo, desired.name);
  if (now && now.canAdminsBypass !== desired.canAdminsBypass) {
    manual.push(`${desired.name}: turn ${desired.canAdminsBypass ? 'on' : 'off'} "Allow administrators to bypass configured protection rules" in Settings > Environments (the REST API cannot change it)`);
  }
  if (policy.type !== 'selected') return { manual };
  const { data } = await client.rest.repos.listDeploymentBranchPolicies({ owner, repo, environment_name: desired.name, per_page: 100 });
  const want = [...policy.branches.map((name) => ({ name, type: 'branch' as const })), ...policy.tags.map((name) => ({ name, type: 'tag' as const }))];
  const have = data.branch_policies.map((p) => ({ id: p.id ?? 0, name: p.name ?? '', type: ((p as { type?: string }).type === 'tag' ? 'tag' : 'branch') as 'branch' | 'tag' }));
  for (const extra of have.filter((h) => !want.some((w) => w.name === h.name && w.type === h.type))) {
    await client.rest.repos.deleteDeploymentBranchPolicy({ owner, repo, environment_name: desired.name, branch_policy_id: extra.id });
  }
  for (const missing of want.filter((w) => !have.some((h) => h.name === w.name && h.type === w.type))) {
    await client.rest.repos.createDeploymentBranchPolicy({ owner, repo, environment_name: desired.name, name: missing.name, type: missing.type });
  }
  return { manual };
}
