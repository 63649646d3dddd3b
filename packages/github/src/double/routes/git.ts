/**
 * The Git database API: refs, annotated tags, blobs, trees and commits. Enough to append a file to a branch
 * without a checkout (blob -> tree with base_tree -> commit with parent -> non-forced ref update), with GitHub's
 * 422 "Update is not a fast forward" when someone else moved the branch first.
 */
import { GitError, type GitPerson, type TreeEdit, type TreeEntryType } from '../git-store.js';
import { gitCommit, gitRef, gitTag, gitTree } from '../shapes.js';
import { DoubleError, globMatch, type RepoRecord } from '../state.js';
import { bodyObject, noContent, ok, queryString, repoOf, type RouteContext, type RouteTable } from './route.js';

function git<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof GitError) throw new DoubleError(error.message);
    throw error;
  }
}

function lockedTag(repo: RepoRecord, ref: string): boolean {
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  return tag !== undefined && repo.lockedTagPatterns.some((p) => globMatch(p, tag));
}

function ruleViolation(ref: string): DoubleError {
  return new DoubleError(`Repository rule violations found\n\nCannot update this protected ref: ${ref}.\n\n`);
}

function person(ctx: RouteContext, input: unknown): GitPerson {
  const given = (input ?? {}) as Partial<GitPerson>;
  const fallback = ctx.state.person(ctx.viewer);
  return { name: given.name ?? fallback.name, email: given.email ?? fallback.email, date: given.date ? new Date(given.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : fallback.date };
}

function shaParam(ctx: RouteContext, name: string): string {
  return (ctx.params[name] ?? '').toLowerCase();
}

const MODE_TYPES: Record<string, TreeEntryType> = { '100644': 'blob', '100755': 'blob', '120000': 'blob', '040000': 'tree', '160000': 'commit' };

export const gitRoutes: RouteTable = {
  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const sha = repo.git.refs.get(ref);
    if (sha === undefined) throw DoubleError.notFound();
    return ok(gitRef(ctx.shape, repo, ref, sha));
  },

  'git/list-matching-refs': (ctx) => {
    const repo = repoOf(ctx);
    const prefix = `refs/${ctx.params.ref ?? ''}`;
    const refs = [...repo.git.refs.entries()].filter(([name]) => name.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
    return ok(refs.map(([name, sha]) => gitRef(ctx.shape, repo, name, sha)));
  },

  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    const { ref, sha } = bodyObject(ctx) as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[~^:?*[\\\s]|\/$|\.lock$|@\{/.test(ref)) throw new DoubleError(`Reference name '${ref}' is invalid; it must start with 'refs' and have at least two slashes`);
    if (repo.git.refs.has(ref)) throw new DoubleError('Reference already exists');
    if (!repo.git.get(sha)) throw new DoubleError('Object does not exist');
    repo.git.refs.set(ref, sha.toLowerCase());
    return ok(gitRef(ctx.shape, repo, ref, sha.toLowerCase()), 201, { location: `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/git/${ref}` });
  },

  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const { sha, force } = bodyObject(ctx) as { sha: string; force?: boolean };
    const current = repo.git.refs.get(ref);
    if (current === undefined) throw new DoubleError('Reference does not exist');
    const target = repo.git.get(sha);
    if (!target) throw new DoubleError('Object does not exist');
    if (lockedTag(repo, ref) && current !== target.sha) throw ruleViolation(ref);
    if (force !== true && current !== target.sha) {
      const from = repo.git.peel(current);
      const to = repo.git.peel(target.sha);
      if (from?.type !== 'commit' || to?.type !== 'commit' || !repo.git.isAncestor(from.sha, to.sha)) throw new DoubleError('Update is not a fast forward');
    }
    repo.git.refs.set(ref, target.sha);
    return ok(gitRef(ctx.shape, repo, ref, target.sha));
  },

  'git/delete-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref ?? ''}`;
    if (!repo.git.refs.has(ref)) throw new DoubleError('Reference does not exist');
    if (lockedTag(repo, ref)) throw ruleViolation(ref);
    repo.git.refs.delete(ref);
    return noContent();
  },

  'git/create-tag': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as { tag: string; message: string; object: string; type: string; tagger?: unknown };
    const target = repo.git.get(body.object);
    if (!target) throw new DoubleError('Object does not exist');
    if (target.type !== body.type) throw new DoubleError(`Object ${body.object} is a ${target.type}, not a ${body.type}`);
    const tag = git(() => repo.git.writeTag({ tag: body.tag, object: target.sha, tagger: person(ctx, body.tagger), message: body.message }));
    return ok(gitTag(ctx.shape, repo, tag), 201);
  },

  'git/get-tag': (ctx) => {
    const repo = repoOf(ctx);
    const tag = repo.git.get(shaParam(ctx, 'tag_sha'));
    if (tag?.type !== 'tag') throw DoubleError.notFound();
    return ok(gitTag(ctx.shape, repo, tag));
  },

  'git/create-blob': (ctx) => {
    const repo = repoOf(ctx);
    const { content, encoding = 'utf-8' } = bodyObject(ctx) as { content: string; encoding?: string };
    if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') throw DoubleError.validation('Blob', 'encoding', 'invalid', `encoding must be utf-8 or base64`);
    const blob = repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    const url = `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/git/blobs/${blob.sha}`;
    return ok({ url, sha: blob.sha }, 201, { location: url });
  },

  'git/get-blob': (ctx) => {
    const repo = repoOf(ctx);
    const blob = repo.git.get(shaParam(ctx, 'file_sha'));
    if (blob?.type !== 'blob') throw DoubleError.notFound();
    return ok({
      content: (blob.content.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join(''),
      encoding: 'base64',
      url: `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/git/blobs/${blob.sha}`,
      sha: blob.sha,
      size: blob.content.length,
      node_id: Buffer.from(`04:Blob${blob.sha}`).toString('base64'),
    });
  },

  'git/create-tree': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as { tree: Array<{ path?: string; mode?: string; type?: TreeEntryType; sha?: string | null; content?: string }>; base_tree?: string };
    const edits: TreeEdit[] = body.tree.map((entry, index) => {
      if (entry.path === undefined || entry.mode === undefined) throw DoubleError.validation('Tree', `tree[${index}]`, 'missing_field', 'path and mode are required');
      const type = entry.type ?? MODE_TYPES[entry.mode] ?? 'blob';
      if (MODE_TYPES[entry.mode] !== type) throw new DoubleError(`tree.mode ${entry.mode} does not match tree.type ${type}`);
      if (entry.content !== undefined && entry.sha !== undefined) throw new DoubleError('Must supply either tree.sha or tree.content, not both');
      if (entry.content !== undefined) return { path: entry.path, mode: entry.mode, type, sha: repo.git.writeBlob(Buffer.from(entry.content)).sha };
      if (entry.sha === undefined) throw new DoubleError('Must supply either tree.sha or tree.content');
      return { path: entry.path, mode: entry.mode, type, sha: entry.sha === null ? null : entry.sha.toLowerCase() };
    });
    const tree = git(() => repo.git.editTree(body.base_tree?.toLowerCase(), edits));
    return ok(gitTree(ctx.shape, repo, tree, false), 201);
  },

  'git/get-tree': (ctx) => {
    const repo = repoOf(ctx);
    const key = ctx.params.tree_sha ?? '';
    const obj = repo.git.get(key) ?? repo.git.resolveCommitish(key);
    const tree = obj?.type === 'commit' ? repo.git.get(obj.tree) : obj;
    if (tree?.type !== 'tree') throw DoubleError.notFound();
    const recursive = queryString(ctx, 'recursive');
    return ok(gitTree(ctx.shape, repo, tree, recursive !== undefined && recursive !== '0' && recursive !== 'false'));
  },

  'git/create-commit': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as { message: string; tree: string; parents?: string[]; author?: unknown; committer?: unknown };
    const author = person(ctx, body.author);
    const commit = git(() =>
      repo.git.writeCommit({ tree: body.tree.toLowerCase(), parents: (body.parents ?? []).map((p) => p.toLowerCase()), author, committer: body.committer ? person(ctx, body.committer) : author, message: body.message }),
    );
    return ok(gitCommit(ctx.shape, repo, commit), 201, { location: `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/git/commits/${commit.sha}` });
  },

  'git/get-commit': (ctx) => {
    const repo = repoOf(ctx);
    const commit = repo.git.get(shaParam(ctx, 'commit_sha'));
    if (commit?.type !== 'commit') throw DoubleError.notFound();
    return ok(gitCommit(ctx.shape, repo, commit));
  },
};
