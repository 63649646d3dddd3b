/** The contents API: read a file or directory at a ref, create or update a file with a commit. */
import { contentDirectory, contentFile, fileCommit } from '../shapes.js';
import { DoubleError } from '../state.js';
import { bodyObject, ok, queryString, repoOf, type RouteTable } from './route.js';

export const contentRoutes: RouteTable = {
  'repos/get-content': (ctx) => {
    const repo = repoOf(ctx);
    const ref = queryString(ctx, 'ref') ?? repo.defaultBranch;
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const commit = repo.git.resolveCommitish(ref);
    if (!commit) throw new DoubleError(`No commit found for the ref ${ref}`, 404);
    const entry = repo.git.entryAt(commit.tree, path);
    if (!entry) throw DoubleError.notFound();
    if (entry.type === 'tree') {
      const tree = repo.git.get(entry.sha);
      if (tree?.type !== 'tree') throw DoubleError.notFound();
      return ok(contentDirectory(ctx.shape, repo, path, ref, tree));
    }
    return ok(contentFile(ctx.shape, repo, path, ref, entry.sha));
  },

  'repos/create-or-update-file-contents': (ctx) => {
    const repo = repoOf(ctx);
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const body = bodyObject(ctx) as { message: string; content: string; sha?: string; branch?: string; committer?: { name: string; email: string; date?: string }; author?: { name: string; email: string; date?: string } };
    const branch = body.branch ?? repo.defaultBranch;
    const ref = `refs/heads/${branch}`;
    const headSha = repo.git.refs.get(ref);
    const head = headSha === undefined ? undefined : repo.git.resolveCommitish(headSha);
    if (!head) throw new DoubleError(`Branch ${branch} not found`, 404);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(body.content)) throw DoubleError.validation('Contents', 'content', 'invalid', 'content is not valid Base64');

    const existing = repo.git.entryAt(head.tree, path);
    if (existing?.type === 'tree') throw new DoubleError(`${path} is a directory`);
    if (existing && body.sha === undefined) throw new DoubleError('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && body.sha !== existing.sha) throw new DoubleError(`${path} does not match ${body.sha}`, 409);

    const blob = repo.git.writeBlob(Buffer.from(body.content, 'base64'));
    const tree = repo.git.editTree(head.tree, [{ path, mode: existing?.mode ?? '100644', type: 'blob', sha: blob.sha }]);
    const viewer = ctx.state.person(ctx.viewer);
    const author = body.author ? { ...viewer, ...body.author } : body.committer ? { ...viewer, ...body.committer } : viewer;
    const committer = body.committer ? { ...viewer, ...body.committer } : author;
    const commit = repo.git.writeCommit({ tree: tree.sha, parents: [head.sha], author, committer, message: body.message });
    repo.git.refs.set(ref, commit.sha);
    repo.updatedAt = ctx.state.now();
    return ok(fileCommit(ctx.shape, repo, commit, path, branch, blob.sha), existing ? 200 : 201);
  },
};
