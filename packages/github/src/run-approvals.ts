/** What a run's approval chain looks like on GitHub: reviews per environment, the org's 2FA rule, who may review. */
import type { RunApproval } from '@powerx/core/publish/approvals.js';
import type { MatrixStage } from '@powerx/core/publish/approval-matrix.js';
import type { GitHubClient } from './octokit.js';

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

/** `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`. */
export async function readRunApprovals(client: GitHubClient, owner: string, repo: string, runId: number): Promise<RunApproval[]> {
  const { data } = await client.rest.actions.getReviewsForRun({ owner, repo, run_id: runId });
  return data.map((a) => ({
    state: a.state,
    user: { login: a.user.login },
    environments: a.environments.map((e) => ({ ...(e.name ? { name: e.name } : {}) })),
    comment: a.comment,
  }));
}

/**
 * `two_factor_requirement_enabled` of the owning organisation. GitHub shows it to organisation owners only; for
 * anyone else, and for a repository owned by a user, the answer is undefined, which the approval rules treat as
 * "not required".
 */
export async function orgTwoFactorRequired(client: GitHubClient, org: string): Promise<boolean | undefined> {
  try {
    const { data } = await client.rest.orgs.get({ org });
    return typeof data.two_factor_requirement_enabled === 'boolean' ? data.two_factor_requirement_enabled : undefined;
  } catch (error) {
    if (status(error) === 404 || status(error) === 403) return undefined;
    throw error;
  }
}

/** Which of `logins` may review the stage: listed users, and active members of its teams. */
export async function eligibleReviewers(client: GitHubClient, owner: string, stage: MatrixStage, logins: readonly string[]): Promise<Set<string>> {
  const eligible = new Set((stage.reviewers.users ?? []).map((u) => u.toLowerCase()));
  for (const login of logins) {
    if (eligible.has(login.toLowerCase())) continue;
    for (const team of stage.reviewers.teams ?? []) {
      const [org, slug] = team.includes('/') ? (team.split('/') as [string, string]) : [owner, team];
      try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
        if (data.state === 'active') {
          eligible.add(login.toLowerCase());
          break;
        }
      } catch (error) {
        if (status(error) !== 404) throw error;
      }
    }
  }
  return eligible;
}
