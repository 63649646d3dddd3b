/**
 * The approval chain's upkeep, for the approvals-sync and approval-sla actions and `powerx approvals`:
 * environments made to match the approval matrix (or their drift reported), and runs waiting past the SLA
 * reported with reminders to their approvers.
 */
import type { ApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { desiredEnvironments, diffEnvironment, type Drift } from '@powerx/core/publish/environments.js';
import { findOverdue, reminderBody, reminderMarker, type OverdueRun, type WaitingRun } from '@powerx/core/publish/sla.js';
import { applyEnvironment, readEnvironment } from '@powerx/github/environments.js';
import { markedCommentTimes, postNotice } from '@powerx/github/notify.js';
import type { GitHubClient } from '@powerx/github/octokit.js';

export const SLA_LABEL = 'powerx-approval-sla';

export interface EnvironmentSync {
  environment: string;
  drift: Drift[];
  /** What sync changed (empty for check, or when nothing drifted). */
  applied: boolean;
  /** Settings the API cannot change: what to do by hand. */
  manual: string[];
}

/** `apply` false: report drift only (`powerx approvals check`). */
export async function syncEnvironments(client: GitHubClient, owner: string, repo: string, matrix: ApprovalMatrix, apply: boolean): Promise<EnvironmentSync[]> {
  const out: EnvironmentSync[] = [];
  for (const desired of desiredEnvironments(matrix, owner)) {
    const drift = diffEnvironment(desired, await readEnvironment(client, owner, repo, desired.name));
    if (!apply || drift.length === 0) {
      out.push({ environment: desired.name, drift, applied: false, manual: [] });
      continue;
    }
    const { manual } = await applyEnvironment(client, owner, repo, desired);
    const after = diffEnvironment(desired, await readEnvironment(client, owner, repo, desired.name));
    out.push({ environment: desired.name, drift: after, applied: true, manual });
  }
  return out;
}

export function reminderTitle(runId: number): string {
  return `Approval overdue: run ${runId}`;
}

/** Runs waiting on an approval environment, with the reminders already posted for them. */
export async function waitingRuns(client: GitHubClient, owner: string, repo: string): Promise<WaitingRun[]> {
  const runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, { owner, repo, status: 'waiting', per_page: 100 });
  const out: WaitingRun[] = [];
  for (const run of runs) {
    const { data: pending } = await client.rest.actions.getPendingDeploymentsForRun({ owner, repo, run_id: run.id });
    if (pending.length === 0) continue;
    const sent: string[] = [];
    for (const p of pending) {
      const name = p.environment.name ?? '';
      sent.push(...(await markedCommentTimes(client, owner, repo, reminderTitle(run.id), SLA_LABEL, reminderMarker(run.id, name))));
    }
    out.push({
      id: run.id,
      url: run.html_url,
      title: run.display_title ?? run.name ?? `run ${run.id}`,
      createdAt: run.created_at,
      pending: pending.map((p) => ({ environment: p.environment.name ?? '', since: p.wait_timer_started_at ?? run.created_at })),
      remindersSent: sent,
    });
  }
  return out;
}

export interface SlaReport {
  items: OverdueRun[];
  reminded: { runId: number; environment: string; url: string }[];
}

/** Finds overdue runs and, with `remind`, posts the reminders that are due. */
export async function checkSla(client: GitHubClient, owner: string, repo: string, matrix: ApprovalMatrix, now: Date, remind: boolean): Promise<SlaReport> {
  const items = findOverdue(await waitingRuns(client, owner, repo), matrix, owner, now);
  const reminded: SlaReport['reminded'] = [];
  if (remind) {
    for (const item of items.filter((i) => i.remind)) {
      const body = `${reminderBody(item)}\n<!-- powerx:reminder-at ${now.toISOString()} n=${item.reminderNumber} -->`;
      const notice = await postNotice(client, owner, repo, { title: reminderTitle(item.runId), body, marker: `${reminderMarker(item.runId, item.environment)}\n<!-- powerx:reminder-at ${now.toISOString()}`, label: SLA_LABEL });
      reminded.push({ runId: item.runId, environment: item.environment, url: notice.url });
    }
  }
  return { items, reminded };
}
