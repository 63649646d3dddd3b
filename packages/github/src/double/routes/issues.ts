/** Issues and issue comments. */
import { issue, issueComment } from '../shapes.js';
import { DoubleError, type IssueRecord, type RepoRecord } from '../state.js';
import { bodyObject, intParam, ok, paginate, queryString, repoOf, type RouteContext, type RouteTable } from './route.js';

type LabelInput = string | { name?: string };

function issueOf(ctx: RouteContext): { repo: RepoRecord; i: IssueRecord } {
  const repo = repoOf(ctx);
  const i = repo.issues.find((x) => x.number === intParam(ctx, 'issue_number'));
  if (!i) throw DoubleError.notFound();
  return { repo, i };
}

function labelNames(ctx: RouteContext, repo: RepoRecord, labels: LabelInput[]): string[] {
  return labels.map((l) => {
    const name = typeof l === 'string' ? l : (l.name ?? '');
    if (!repo.labels.has(name.toLowerCase())) repo.labels.set(name.toLowerCase(), { id: ctx.state.nextId(), color: 'ededed', description: null });
    return name;
  });
}

function commentOf(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const id = intParam(ctx, 'comment_id');
  for (const i of repo.issues) {
    const c = i.comments.find((x) => x.id === id);
    if (c) return { repo, c };
  }
  throw DoubleError.notFound();
}

export const issueRoutes: RouteTable = {
  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as { title: string | number; body?: string; labels?: LabelInput[]; assignees?: string[]; assignee?: string | null };
    const title = String(body.title);
    if (title.trim() === '') throw DoubleError.validation('Issue', 'title', 'missing_field');
    const assignees = [...(body.assignees ?? []), ...(body.assignee ? [body.assignee] : [])];
    for (const a of assignees) if (!ctx.state.user(a)) throw DoubleError.validation('Issue', 'assignees', 'invalid', `${a} is not a user`);
    const now = ctx.state.now();
    const created: IssueRecord = {
      id: ctx.state.nextId(),
      number: repo.issues.length + 1,
      title,
      body: body.body ?? null,
      state: 'open',
      stateReason: null,
      labels: labelNames(ctx, repo, body.labels ?? []),
      assignees,
      user: ctx.viewer,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      comments: [],
    };
    repo.issues.push(created);
    return ok(issue(ctx.shape, repo, created), 201, { location: `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/issues/${created.number}` });
  },

  'issues/get': (ctx) => {
    const { repo, i } = issueOf(ctx);
    return ok(issue(ctx.shape, repo, i));
  },

  'issues/update': (ctx) => {
    const { repo, i } = issueOf(ctx);
    const body = bodyObject(ctx) as { title?: string | number | null; body?: string | null; state?: 'open' | 'closed'; state_reason?: IssueRecord['stateReason']; labels?: LabelInput[]; assignees?: Array<string | { login?: string }> };
    const now = ctx.state.now();
    if (body.title !== undefined && body.title !== null) i.title = String(body.title);
    if (body.body !== undefined) i.body = body.body;
    if (body.labels !== undefined) i.labels = labelNames(ctx, repo, body.labels);
    if (body.assignees !== undefined) i.assignees = body.assignees.map((a) => (typeof a === 'string' ? a : (a.login ?? '')));
    if (body.state !== undefined && body.state !== i.state) {
      i.state = body.state;
      i.closedAt = body.state === 'closed' ? now : null;
      i.stateReason = body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
    } else if (body.state_reason !== undefined) {
      i.stateReason = body.state_reason;
    }
    i.updatedAt = now;
    return ok(issue(ctx.shape, repo, i));
  },

  'issues/list-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const state = queryString(ctx, 'state') ?? 'open';
    const labels = (queryString(ctx, 'labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter((l) => l !== '');
    const creator = queryString(ctx, 'creator')?.toLowerCase();
    const assignee = queryString(ctx, 'assignee')?.toLowerCase();
    const since = queryString(ctx, 'since');
    const direction = queryString(ctx, 'direction') ?? 'desc';
    const sort = queryString(ctx, 'sort') ?? 'created';
    const key = (i: IssueRecord) => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? String(i.comments.length).padStart(9, '0') : i.createdAt) + String(i.number).padStart(9, '0');
    const list = repo.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
      .filter((i) => creator === undefined || i.user.toLowerCase() === creator)
      .filter((i) => assignee === undefined || (assignee === 'none' ? i.assignees.length === 0 : assignee === '*' ? i.assignees.length > 0 : i.assignees.some((a) => a.toLowerCase() === assignee)))
      .filter((i) => since === undefined || i.updatedAt >= since)
      .sort((a, b) => (direction === 'asc' ? key(a).localeCompare(key(b)) : key(b).localeCompare(key(a))));
    const page = paginate(ctx, list);
    return ok(page.items.map((i) => issue(ctx.shape, repo, i)), 200, page.headers);
  },

  'issues/create-comment': (ctx) => {
    const { repo, i } = issueOf(ctx);
    const { body } = bodyObject(ctx) as { body: string };
    if (body.trim() === '') throw DoubleError.validation('IssueComment', 'body', 'missing_field');
    const now = ctx.state.now();
    const comment = { id: ctx.state.nextId(), issueNumber: i.number, body, user: ctx.viewer, createdAt: now, updatedAt: now };
    i.comments.push(comment);
    i.updatedAt = now;
    return ok(issueComment(ctx.shape, repo, comment), 201, { location: `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/issues/comments/${comment.id}` });
  },

  'issues/list-comments': (ctx) => {
    const { repo, i } = issueOf(ctx);
    const since = queryString(ctx, 'since');
    const page = paginate(ctx, i.comments.filter((c) => since === undefined || c.updatedAt >= since));
    return ok(page.items.map((c) => issueComment(ctx.shape, repo, c)), 200, page.headers);
  },

  'issues/list-comments-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const all = repo.issues.flatMap((i) => i.comments).sort((a, b) => a.id - b.id);
    const page = paginate(ctx, queryString(ctx, 'direction') === 'desc' ? all.reverse() : all);
    return ok(page.items.map((c) => issueComment(ctx.shape, repo, c)), 200, page.headers);
  },

  'issues/get-comment': (ctx) => {
    const { repo, c } = commentOf(ctx);
    return ok(issueComment(ctx.shape, repo, c));
  },

  'issues/update-comment': (ctx) => {
    const { repo, c } = commentOf(ctx);
    c.body = (bodyObject(ctx) as { body: string }).body;
    c.updatedAt = ctx.state.now();
    return ok(issueComment(ctx.shape, repo, c));
  },
};
