/** Workflow runs, their attempts, pending deployments and the reviews (approvals) of protected environments. */
import { deployment, environmentApproval, pendingDeployment, workflowRun } from '../shapes.js';
import { DoubleError, type RepoRecord, type RunRecord } from '../state.js';
import { bodyObject, intParam, ok, paginate, queryString, repoOf, type RouteContext, type RouteResult, type RouteTable } from './route.js';

const STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending', 'action_required']);

function runOf(ctx: RouteContext): { repo: RepoRecord; run: RunRecord } {
  const repo = repoOf(ctx);
  const run = repo.runs.get(intParam(ctx, 'run_id'));
  if (!run) throw DoubleError.notFound();
  return { repo, run };
}

function listRuns(ctx: RouteContext, repo: RepoRecord, runs: RunRecord[]): RouteResult {
  const status = queryString(ctx, 'status');
  const branch = queryString(ctx, 'branch');
  const event = queryString(ctx, 'event');
  const actor = queryString(ctx, 'actor');
  const headSha = queryString(ctx, 'head_sha');
  const filtered = runs
    .filter((r) => status === undefined || (STATUSES.has(status) ? r.status === status : r.conclusion === status))
    .filter((r) => branch === undefined || r.headBranch === branch)
    .filter((r) => event === undefined || r.event === event)
    .filter((r) => actor === undefined || r.actor.toLowerCase() === actor.toLowerCase())
    .filter((r) => headSha === undefined || r.headSha === headSha)
    .sort((a, b) => b.id - a.id);
  const page = paginate(ctx, filtered);
  return ok({ total_count: filtered.length, workflow_runs: page.items.map((r) => workflowRun(ctx.shape, repo, r)) }, 200, page.headers);
}

export const runRoutes: RouteTable = {
  'actions/list-workflow-runs-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    return listRuns(ctx, repo, [...repo.runs.values()]);
  },

  'actions/list-workflow-runs': (ctx) => {
    const repo = repoOf(ctx);
    const id = ctx.params.workflow_id ?? '';
    const wf = [...repo.workflows.values()].find((w) => String(w.id) === id || w.path.split('/').pop() === id);
    if (!wf) throw DoubleError.notFound();
    return listRuns(ctx, repo, [...repo.runs.values()].filter((r) => r.workflowId === wf.id));
  },

  'actions/get-workflow-run': (ctx) => {
    const { repo, run } = runOf(ctx);
    return ok(workflowRun(ctx.shape, repo, run));
  },

  'actions/get-workflow-run-attempt': (ctx) => {
    const { repo, run } = runOf(ctx);
    const attempt = intParam(ctx, 'attempt_number');
    if (attempt < 1 || attempt > run.runAttempt) throw DoubleError.notFound();
    return ok(workflowRun(ctx.shape, repo, run, attempt));
  },

  'actions/get-reviews-for-run': (ctx) => {
    const { repo, run } = runOf(ctx);
    return ok(run.reviews.map((r) => environmentApproval(ctx.shape, repo, r)));
  },

  'actions/get-pending-deployments-for-run': (ctx) => {
    const { repo, run } = runOf(ctx);
    return ok(run.pending.map((p) => pendingDeployment(ctx.shape, repo, run, p)));
  },

  'actions/review-pending-deployments-for-run': (ctx) => {
    const { repo, run } = runOf(ctx);
    const body = bodyObject(ctx) as { environment_ids: number[]; state: 'approved' | 'rejected'; comment: string };
    const names = body.environment_ids.map((id) => {
      const env = [...repo.environments.values()].find((e) => e.id === id);
      if (!env) throw new DoubleError(`Environment with id ${id} not found`);
      return env.name;
    });
    const created = ctx.state.review(repo.owner, repo.name, run.id, { user: ctx.viewer, state: body.state, environments: names, comment: body.comment });
    return ok(created.map((d) => deployment(ctx.shape, repo, d)));
  },
};
