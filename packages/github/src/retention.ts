/** How long the repository keeps workflow artifacts (and so the run's audit bundle artifact). */
import type { GitHubClient } from './octokit.js';

export interface Retention {
  /** The repository's current default, in days. */
  days?: number;
  /** The longest retention the repository may use (90 on public repositories, up to 400 on private ones). */
  maximumAllowedDays?: number;
  /** Why the setting is unknown (no permission, older GitHub Enterprise Server). */
  unknownBecause?: string;
}

export async function artifactRetention(client: GitHubClient, owner: string, repo: string): Promise<Retention> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention', { owner, repo });
    const body = data as { days?: number; maximum_allowed_days?: number };
    return { ...(body.days ? { days: body.days } : {}), ...(body.maximum_allowed_days ? { maximumAllowedDays: body.maximum_allowed_days } : {}) };
  } catch (error) {
    const code = (error as { status?: number }).status;
    return { unknownBecause: `GitHub answered ${code ?? 'an error'} for the artifact retention setting (${(error as Error).message})` };
  }
}
