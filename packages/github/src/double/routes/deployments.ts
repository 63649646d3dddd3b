/** Deployments and deployment statuses. */
import { deployment, deploymentStatus } from '../shapes.js';
import { DoubleError, type DeploymentRecord, type RepoRecord } from '../state.js';
import { bodyObject, intParam, noContent, ok, paginate, queryString, repoOf, type RouteContext, type RouteTable } from './route.js';

function deploymentOf(ctx: RouteContext): { repo: RepoRecord; d: DeploymentRecord } {
  const repo = repoOf(ctx);
  const d = repo.deployments.find((x) => x.id === intParam(ctx, 'deployment_id'));
  if (!d) throw DoubleError.notFound();
  return { repo, d };
}

function latestState(d: DeploymentRecord): string | undefined {
  return d.statuses[d.statuses.length - 1]?.state;
}

export const deploymentRoutes: RouteTable = {
  'repos/list-deployments': (ctx) => {
    const repo = repoOf(ctx);
    const filters: Array<[string | undefined, (d: DeploymentRecord) => string]> = [
      [queryString(ctx, 'sha'), (d) => d.sha],
      [queryString(ctx, 'ref'), (d) => d.ref],
      [queryString(ctx, 'task'), (d) => d.task],
      [queryString(ctx, 'environment'), (d) => d.environment],
    ];
    const list = repo.deployments
      .filter((d) => filters.every(([want, get]) => want === undefined || want === 'none' || get(d) === want))
      .sort((a, b) => b.id - a.id);
    const page = paginate(ctx, list);
    return ok(page.items.map((d) => deployment(ctx.shape, repo, d)), 200, page.headers);
  },

  'repos/create-deployment': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as {
      ref: string;
      task?: string;
      payload?: Record<string, unknown> | string;
      environment?: string;
      description?: string | null;
      transient_environment?: boolean;
      production_environment?: boolean;
    };
    const commit = repo.git.resolveCommitish(body.ref);
    if (!commit) throw new DoubleError(`No ref found for: ${body.ref}`);
    const created = ctx.state.createDeployment(repo, {
      ref: body.ref,
      sha: commit.sha,
      environment: body.environment ?? 'production',
      creator: ctx.viewer,
      task: body.task ?? 'deploy',
      payload: body.payload ?? {},
      description: body.description ?? null,
      transient: body.transient_environment ?? false,
      production: body.production_environment,
    });
    return ok(deployment(ctx.shape, repo, created), 201);
  },

  'repos/get-deployment': (ctx) => {
    const { repo, d } = deploymentOf(ctx);
    return ok(deployment(ctx.shape, repo, d));
  },

  'repos/delete-deployment': (ctx) => {
    const { repo, d } = deploymentOf(ctx);
    const others = repo.deployments.filter((x) => x !== d && x.environment === d.environment);
    if (others.length > 0 && latestState(d) !== 'inactive')
      throw new DoubleError('We cannot delete an active deployment unless it is the only deployment in a given environment.');
    repo.deployments.splice(repo.deployments.indexOf(d), 1);
    return noContent();
  },

  'repos/list-deployment-statuses': (ctx) => {
    const { repo, d } = deploymentOf(ctx);
    const page = paginate(ctx, [...d.statuses].reverse());
    return ok(page.items.map((s) => deploymentStatus(ctx.shape, repo, d, s)), 200, page.headers);
  },

  'repos/get-deployment-status': (ctx) => {
    const { repo, d } = deploymentOf(ctx);
    const s = d.statuses.find((x) => x.id === intParam(ctx, 'status_id'));
    if (!s) throw DoubleError.notFound();
    return ok(deploymentStatus(ctx.shape, repo, d, s));
  },

  'repos/create-deployment-status': (ctx) => {
    const { repo, d } = deploymentOf(ctx);
    const body = bodyObject(ctx) as {
      state: string;
      target_url?: string;
      log_url?: string;
      description?: string;
      environment?: string;
      environment_url?: string;
      auto_inactive?: boolean;
    };
    if (body.description !== undefined && body.description.length > 140) throw DoubleError.validation('DeploymentStatus', 'description', 'custom', 'description is too long (maximum is 140 characters)');
    const now = ctx.state.now();
    if (body.environment !== undefined && body.environment !== d.environment) {
      d.environment = body.environment;
      ctx.state.upsertEnvironment(repo, body.environment);
    }
    const status = {
      id: ctx.state.nextId(),
      state: body.state,
      creator: ctx.viewer,
      description: body.description ?? '',
      environment: d.environment,
      targetUrl: body.target_url ?? '',
      logUrl: body.log_url ?? '',
      environmentUrl: body.environment_url ?? '',
      createdAt: now,
      updatedAt: now,
    };
    d.statuses.push(status);
    d.updatedAt = now;
    // GitHub marks earlier non-transient deployments to the same environment inactive after a success.
    if (body.state === 'success' && (body.auto_inactive ?? true) && !d.transient) {
      for (const other of repo.deployments) {
        if (other === d || other.environment !== d.environment || other.transient || latestState(other) === 'inactive') continue;
        other.statuses.push({ ...status, id: ctx.state.nextId(), state: 'inactive', description: '', targetUrl: '', logUrl: '', environmentUrl: '' });
        other.updatedAt = now;
      }
    }
    return ok(deploymentStatus(ctx.shape, repo, d, status), 201);
  },
};
