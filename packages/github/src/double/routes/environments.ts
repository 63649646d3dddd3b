/** Repository environments and their deployment branch policies. */
import { branchPolicy, environment } from '../shapes.js';
import { DoubleError, type EnvironmentRecord, type ReviewerRef } from '../state.js';
import { bodyObject, intParam, noContent, ok, paginate, repoOf, type RouteContext, type RouteTable } from './route.js';

const MAX_REVIEWERS = 6;
const MAX_WAIT_TIMER = 43_200;

function environmentOf(ctx: RouteContext): EnvironmentRecord {
  const env = ctx.state.environment(repoOf(ctx), ctx.params.environment_name ?? '');
  if (!env) throw DoubleError.notFound();
  return env;
}

function validateReviewers(ctx: RouteContext, reviewers: unknown[]): ReviewerRef[] {
  if (reviewers.length > MAX_REVIEWERS) throw new DoubleError(`Only ${MAX_REVIEWERS} reviewers can be required for an environment`);
  const repo = repoOf(ctx);
  return reviewers.map((raw) => {
    const r = raw as { type?: 'User' | 'Team'; id?: number };
    if (r.type === undefined || r.id === undefined) throw DoubleError.validation('Environment', 'reviewers', 'missing_field', 'reviewers need a type and an id');
    if (r.type === 'User' && !ctx.state.userById(r.id)) throw new DoubleError(`Reviewer with id ${r.id} could not be found`);
    if (r.type === 'Team') {
      const team = ctx.state.teamById(r.id);
      if (!team || team.org.toLowerCase() !== repo.owner.toLowerCase()) throw new DoubleError(`Team with id ${r.id} could not be found in ${repo.owner}`);
    }
    return { type: r.type, id: r.id };
  });
}

export const environmentRoutes: RouteTable = {
  'repos/get-all-environments': (ctx) => {
    const repo = repoOf(ctx);
    const all = [...repo.environments.values()].sort((a, b) => a.name.localeCompare(b.name));
    const page = paginate(ctx, all);
    return ok({ total_count: all.length, environments: page.items.map((e) => environment(ctx.shape, repo, e)) }, 200, page.headers);
  },

  'repos/get-environment': (ctx) => ok(environment(ctx.shape, repoOf(ctx), environmentOf(ctx))),

  'repos/create-or-update-environment': (ctx) => {
    const repo = repoOf(ctx);
    const name = ctx.params.environment_name ?? '';
    if (name.length > 255 || /[\\,'"`;:]/.test(name)) throw new DoubleError(`Environment name '${name}' is invalid`);
    const body = bodyObject(ctx);
    const reviewers = Array.isArray(body.reviewers) ? validateReviewers(ctx, body.reviewers) : body.reviewers === null ? [] : undefined;
    const waitTimer = body.wait_timer as number | undefined;
    if (waitTimer !== undefined && (waitTimer < 0 || waitTimer > MAX_WAIT_TIMER)) throw new DoubleError(`wait_timer must be between 0 and ${MAX_WAIT_TIMER} minutes`);
    const policy = body.deployment_branch_policy as EnvironmentRecord['deploymentBranchPolicy'] | undefined;
    if (policy && policy.protected_branches === policy.custom_branch_policies)
      throw new DoubleError('Either protected_branches or custom_branch_policies must be true, and not both');

    const env = ctx.state.upsertEnvironment(repo, name);
    if (reviewers !== undefined) env.reviewers = reviewers;
    if (waitTimer !== undefined) env.waitTimer = waitTimer;
    if (typeof body.prevent_self_review === 'boolean') env.preventSelfReview = body.prevent_self_review;
    if (policy !== undefined) {
      env.deploymentBranchPolicy = policy;
      if (!policy?.custom_branch_policies) env.branchPolicies = [];
    }
    env.updatedAt = ctx.state.now();
    return ok(environment(ctx.shape, repo, env));
  },

  'repos/delete-an-environment': (ctx) => {
    const repo = repoOf(ctx);
    const env = environmentOf(ctx);
    repo.environments.delete(env.name);
    return noContent();
  },

  'repos/list-deployment-branch-policies': (ctx) => {
    const env = environmentOf(ctx);
    const page = paginate(ctx, env.branchPolicies);
    return ok({ total_count: env.branchPolicies.length, branch_policies: page.items.map(branchPolicy) }, 200, page.headers);
  },

  'repos/create-deployment-branch-policy': (ctx) => {
    const env = environmentOf(ctx);
    if (env.deploymentBranchPolicy?.custom_branch_policies !== true) throw DoubleError.notFound();
    const body = bodyObject(ctx) as { name: string; type?: 'branch' | 'tag' };
    const type = body.type ?? 'branch';
    const existing = env.branchPolicies.find((p) => p.name === body.name && p.type === type);
    if (existing) {
      const location = `${ctx.shape.api}${new URL(ctx.requestPath, ctx.shape.api).pathname}/${existing.id}`;
      return { status: 303, headers: { location } };
    }
    const policy = { id: ctx.state.nextId(), name: body.name, type };
    env.branchPolicies.push(policy);
    return ok(branchPolicy(policy));
  },

  'repos/get-deployment-branch-policy': (ctx) => {
    const env = environmentOf(ctx);
    const policy = env.branchPolicies.find((p) => p.id === intParam(ctx, 'branch_policy_id'));
    if (!policy) throw DoubleError.notFound();
    return ok(branchPolicy(policy));
  },

  'repos/delete-deployment-branch-policy': (ctx) => {
    const env = environmentOf(ctx);
    const id = intParam(ctx, 'branch_policy_id');
    if (!env.branchPolicies.some((p) => p.id === id)) throw DoubleError.notFound();
    env.branchPolicies = env.branchPolicies.filter((p) => p.id !== id);
    return noContent();
  },
};
