/** Starts a workflow with `workflow_dispatch` and returns the run GitHub created for it. */
import type { GitHubClient } from './octokit.js';

export interface DispatchResult {
  runId?: number;
  runUrl?: string;
}

export async function dispatchWorkflow(
  client: GitHubClient,
  owner: string,
  repo: string,
  input: { workflow: string; ref: string; inputs: Record<string, string> },
): Promise<DispatchResult> {
  const response = await client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
    owner,
    repo,
    workflow_id: input.workflow,
    ref: input.ref,
    inputs: input.inputs,
    return_run_details: true,
  });
  const data = (response.data ?? {}) as { workflow_run_id?: number; html_url?: string };
  return { ...(data.workflow_run_id ? { runId: data.workflow_run_id } : {}), ...(data.html_url ? { runUrl: data.html_url } : {}) };
}
