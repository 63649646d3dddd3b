/** repository_dispatch and workflow_dispatch: recorded for tests to inspect; a dispatch may also start a run. */
import { DoubleError } from '../state.js';
import { bodyObject, noContent, ok, repoOf, type RouteTable } from './route.js';

export const dispatchRoutes: RouteTable = {
  'repos/create-dispatch-event': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as { event_type: string; client_payload?: Record<string, unknown> };
    const payload = body.client_payload ?? {};
    if (Buffer.byteLength(JSON.stringify(payload)) >= 64 * 1024) throw new DoubleError('client_payload must be less than 64KB');
    repo.dispatches.push({ eventType: body.event_type, clientPayload: payload, actor: ctx.viewer, at: ctx.state.now() });
    return noContent();
  },

  'actions/create-workflow-dispatch': (ctx) => {
    const repo = repoOf(ctx);
    const id = ctx.params.workflow_id ?? '';
    const known = [...repo.workflows.values()].find((w) => String(w.id) === id || w.path.split('/').pop() === id);
    if (!known && !/\.ya?ml$/.test(id)) throw DoubleError.notFound();
    const wf = known ?? ctx.state.workflow(repo, id);
    const body = bodyObject(ctx) as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
    const commit = repo.git.resolveCommitish(body.ref);
    if (!commit) throw new DoubleError(`No ref found for: ${body.ref}`);
    const inputs = body.inputs ?? {};
    for (const [key, value] of Object.entries(inputs))
      if (typeof value === 'object' && value !== null) throw new DoubleError(`Invalid value for input '${key}': inputs must be strings, numbers or booleans`);
    const branch = body.ref.replace(/^refs\/(heads|tags)\//, '');
    const run = ctx.settings.createRunsOnDispatch
      ? ctx.state.addRun(repo.owner, repo.name, { workflow: wf.path, event: 'workflow_dispatch', headBranch: branch, headSha: commit.sha, actor: ctx.viewer, status: 'queued', inputs })
      : undefined;
    repo.workflowDispatches.push({ workflow: id, workflowPath: wf.path, ref: body.ref, inputs, actor: ctx.viewer, at: ctx.state.now(), runId: run?.id });
    if (body.return_run_details && run) {
      const runUrl = `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/actions/runs/${run.id}`;
      return ok({ workflow_run_id: run.id, run_url: runUrl, html_url: `${ctx.shape.web}/${repo.owner}/${repo.name}/actions/runs/${run.id}` });
    }
    return noContent();
  },
};
