/** Releases and release assets (uploads arrive on the double itself, which serves its own `upload_url`). */
import { release, releaseAsset } from '../shapes.js';
import { DoubleError, type ReleaseRecord, type RepoRecord } from '../state.js';
import { bodyObject, intParam, noContent, ok, paginate, queryString, repoOf, type RouteContext, type RouteTable } from './route.js';

function releaseOf(ctx: RouteContext): { repo: RepoRecord; rel: ReleaseRecord } {
  const repo = repoOf(ctx);
  const rel = repo.releases.find((r) => r.id === intParam(ctx, 'release_id'));
  if (!rel) throw DoubleError.notFound();
  return { repo, rel };
}

function assetOf(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const id = intParam(ctx, 'asset_id');
  for (const rel of repo.releases) {
    const asset = rel.assets.find((a) => a.id === id);
    if (asset) return { repo, rel, asset };
  }
  throw DoubleError.notFound();
}

/** Publishing a release whose tag does not exist creates a lightweight tag at `target_commitish`. */
function ensureTag(repo: RepoRecord, rel: ReleaseRecord): void {
  const ref = `refs/tags/${rel.tagName}`;
  if (repo.git.refs.has(ref)) return;
  const commit = repo.git.resolveCommitish(rel.targetCommitish);
  if (!commit) throw DoubleError.validation('Release', 'target_commitish', 'invalid');
  repo.git.refs.set(ref, commit.sha);
}

function sortedReleases(repo: RepoRecord): ReleaseRecord[] {
  return [...repo.releases].sort((a, b) => b.id - a.id);
}

export const releaseRoutes: RouteTable = {
  'repos/list-releases': (ctx) => {
    const repo = repoOf(ctx);
    const page = paginate(ctx, sortedReleases(repo));
    return ok(page.items.map((r) => release(ctx.shape, repo, r)), 200, page.headers);
  },

  'repos/create-release': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyObject(ctx) as { tag_name: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; make_latest?: 'true' | 'false' | 'legacy'; generate_release_notes?: boolean };
    if (body.tag_name.trim() === '') throw DoubleError.validation('Release', 'tag_name', 'missing_field');
    if (repo.releases.some((r) => r.tagName === body.tag_name && !r.draft)) throw DoubleError.validation('Release', 'tag_name', 'already_exists');
    const target = body.target_commitish ?? repo.defaultBranch;
    if (!repo.git.refs.has(`refs/tags/${body.tag_name}`) && !repo.git.resolveCommitish(target)) throw DoubleError.validation('Release', 'target_commitish', 'invalid');
    const now = ctx.state.now();
    const rel: ReleaseRecord = {
      id: ctx.state.nextId(),
      tagName: body.tag_name,
      targetCommitish: target,
      name: body.name ?? (body.generate_release_notes ? body.tag_name : null),
      body: body.body ?? (body.generate_release_notes ? `## What's Changed\n\n**Full Changelog**: ${body.tag_name}` : null),
      draft: body.draft ?? false,
      prerelease: body.prerelease ?? false,
      makeLatest: body.make_latest ?? 'true',
      author: ctx.viewer,
      createdAt: now,
      publishedAt: body.draft ? null : now,
      updatedAt: now,
      assets: [],
    };
    if (!rel.draft) ensureTag(repo, rel);
    repo.releases.push(rel);
    return ok(release(ctx.shape, repo, rel), 201, { location: `${ctx.shape.api}/repos/${repo.owner}/${repo.name}/releases/${rel.id}` });
  },

  'repos/get-release': (ctx) => {
    const { repo, rel } = releaseOf(ctx);
    return ok(release(ctx.shape, repo, rel));
  },

  'repos/get-release-by-tag': (ctx) => {
    const repo = repoOf(ctx);
    const rel = sortedReleases(repo).find((r) => r.tagName === ctx.params.tag && !r.draft);
    if (!rel) throw DoubleError.notFound();
    return ok(release(ctx.shape, repo, rel));
  },

  'repos/get-latest-release': (ctx) => {
    const repo = repoOf(ctx);
    const candidates = repo.releases.filter((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
    const latest = candidates.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id)[0];
    if (!latest) throw DoubleError.notFound();
    return ok(release(ctx.shape, repo, latest));
  },

  'repos/update-release': (ctx) => {
    const { repo, rel } = releaseOf(ctx);
    const body = bodyObject(ctx) as { tag_name?: string; target_commitish?: string; name?: string; body?: string; draft?: boolean; prerelease?: boolean; make_latest?: 'true' | 'false' | 'legacy' };
    if (body.tag_name !== undefined && body.tag_name !== rel.tagName && repo.releases.some((r) => r !== rel && r.tagName === body.tag_name && !r.draft))
      throw DoubleError.validation('Release', 'tag_name', 'already_exists');
    if (body.tag_name !== undefined) rel.tagName = body.tag_name;
    if (body.target_commitish !== undefined) rel.targetCommitish = body.target_commitish;
    if (body.name !== undefined) rel.name = body.name;
    if (body.body !== undefined) rel.body = body.body;
    if (body.prerelease !== undefined) rel.prerelease = body.prerelease;
    if (body.make_latest !== undefined) rel.makeLatest = body.make_latest;
    const now = ctx.state.now();
    if (body.draft === false && rel.draft) {
      ensureTag(repo, rel);
      rel.draft = false;
      rel.publishedAt = now;
    } else if (body.draft === true) {
      rel.draft = true;
      rel.publishedAt = null;
    }
    rel.updatedAt = now;
    return ok(release(ctx.shape, repo, rel));
  },

  'repos/delete-release': (ctx) => {
    const { repo, rel } = releaseOf(ctx);
    repo.releases.splice(repo.releases.indexOf(rel), 1);
    return noContent();
  },

  'repos/list-release-assets': (ctx) => {
    const { repo, rel } = releaseOf(ctx);
    const page = paginate(ctx, rel.assets);
    return ok(page.items.map((a) => releaseAsset(ctx.shape, repo, rel, a)), 200, page.headers);
  },

  'repos/upload-release-asset': (ctx) => {
    const { repo, rel } = releaseOf(ctx);
    const name = queryString(ctx, 'name') ?? '';
    if (rel.assets.some((a) => a.name === name)) throw DoubleError.validation('ReleaseAsset', 'name', 'already_exists');
    const content = Buffer.isBuffer(ctx.body) ? ctx.body : Buffer.from(typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body ?? ''));
    if (content.length === 0) throw DoubleError.validation('ReleaseAsset', 'size', 'invalid', 'the asset is empty');
    const now = ctx.state.now();
    const asset = {
      id: ctx.state.nextId(),
      releaseId: rel.id,
      name,
      label: queryString(ctx, 'label') ?? null,
      contentType: String(ctx.headers['content-type'] ?? 'application/octet-stream').split(';')[0] as string,
      content,
      uploader: ctx.viewer,
      createdAt: now,
      updatedAt: now,
      downloadCount: 0,
    };
    rel.assets.push(asset);
    return ok(releaseAsset(ctx.shape, repo, rel, asset), 201);
  },

  'repos/get-release-asset': (ctx) => {
    const { repo, rel, asset } = assetOf(ctx);
    // Like GitHub, asking for the bytes answers with a redirect to where they are stored.
    if (String(ctx.headers.accept ?? '').includes('application/octet-stream'))
      return { status: 302, headers: { location: `${ctx.shape.api}/_double/assets/${repo.owner}/${repo.name}/${asset.id}` } };
    return ok(releaseAsset(ctx.shape, repo, rel, asset));
  },

  'repos/delete-release-asset': (ctx) => {
    const { rel, asset } = assetOf(ctx);
    rel.assets.splice(rel.assets.indexOf(asset), 1);
    return noContent();
  },
};
