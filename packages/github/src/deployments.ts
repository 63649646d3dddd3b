/** GitHub deployments for the test tenant: one deployment per run attempt and tenant, statuses as it goes. */
import type { GitHubClient } from './octokit.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

export interface DeploymentInput {
  ref: string;
  environment: string;
  description: string;
  /** Identifies the deployment across re-runs of the same step (stored in the payload). */
  key: string;
  payload: Record<string, unknown>;
}

/** Creates the deployment, or finds the one an earlier try of this step created. */
export async function ensureDeployment(client: GitHubClient, owner: string, repo: string, input: DeploymentInput): Promise<{ id: number; created: boolean }> {
  const { data: existing } = await client.rest.repos.listDeployments({ owner, repo, environment: input.environment, per_page: 100 });
  const found = existing.find((d) => typeof d.payload === 'object' && d.payload !== null && (d.payload as Record<string, unknown>).key === input.key);
  if (found) return { id: found.id, created: false };
  const response = await client.rest.repos.createDeployment({
    owner,
    repo,
    ref: input.ref,
    environment: input.environment,
    description: input.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    transient_environment: true,
    production_environment: false,
    payload: { ...input.payload, key: input.key },
  });
  if (response.status !== 201 || !('id' in response.data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(response.data)}`);
  return { id: response.data.id, created: true };
}

export async function setDeploymentStatus(
  client: GitHubClient,
  owner: string,
  repo: string,
  deploymentId: number,
  input: { state: DeploymentState; description: string; environmentUrl?: string; logUrl?: string },
): Promise<void> {
  await client.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: deploymentId,
    state: input.state,
    description: input.description.slice(0, 140),
    ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
    ...(input.logUrl ? { log_url: input.logUrl } : {}),
    auto_inactive: input.state === 'success',
  });
}
