/**
 * Version tags and GitHub releases, created look-before-create so a re-run converges: a tag that already points at
 * the commit is reused (one pointing elsewhere is refused, never moved), a release for the tag is reused, assets of
 * a draft are replaced, assets of a published release are left as they are.
 */
import type { GitHubClient } from './octokit.js';

export class TagConflictError extends Error {
  override name = 'TagConflictError';
}

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

/** The commit a tag ref points at (peeling an annotated tag), or undefined when the tag does not exist. */
export async function tagCommit(client: GitHubClient, owner: string, repo: string, tag: string): Promise<string | undefined> {
  let ref;
  try {
    ref = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
  let { sha, type } = ref.data.object;
  for (let depth = 0; type === 'tag' && depth < 5; depth++) {
    const annotated = await client.rest.git.getTag({ owner, repo, tag_sha: sha });
    ({ sha, type } = annotated.data.object);
  }
  return sha;
}

export interface TagResult {
  tag: string;
  commit: string;
  created: boolean;
}

/** Creates an annotated tag `tag` on `commit`, or confirms it already points there. */
export async function ensureTag(client: GitHubClient, owner: string, repo: string, input: { tag: string; commit: string; message: string }): Promise<TagResult> {
  const existing = await tagCommit(client, owner, repo, input.tag);
  if (existing !== undefined) {
    if (existing.toLowerCase() !== input.commit.toLowerCase()) {
      throw new TagConflictError(`tag ${input.tag} already exists on ${existing.slice(0, 12)}, not on ${input.commit.slice(0, 12)}; a released tag is never moved`);
    }
    return { tag: input.tag, commit: existing, created: false };
  }
  const object = await client.rest.git.createTag({ owner, repo, tag: input.tag, message: input.message, object: input.commit, type: 'commit' });
  try {
    await client.rest.git.createRef({ owner, repo, ref: `refs/tags/${input.tag}`, sha: object.data.sha });
  } catch (error) {
    if (status(error) !== 422) throw error;
    // Someone created it in between: accept it only if it points at the same commit.
    const now = await tagCommit(client, owner, repo, input.tag);
    if (now?.toLowerCase() !== input.commit.toLowerCase()) throw new TagConflictError(`tag ${input.tag} was created concurrently on ${now?.slice(0, 12) ?? 'another object'}`);
    return { tag: input.tag, commit: now, created: false };
  }
  return { tag: input.tag, commit: input.commit, created: true };
}

export interface ReleaseInfo {
  id: number;
  url: string;
  draft: boolean;
  uploadUrl: string;
}

/** The release of `tag`, drafts included (the by-tag endpoint does not return drafts). */
export async function findRelease(client: GitHubClient, owner: string, repo: string, tag: string): Promise<ReleaseInfo | undefined> {
  for (let page = 1; page <= 10; page++) {
    const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: 100, page });
    const found = data.find((r) => r.tag_name === tag);
    if (found) return { id: found.id, url: found.html_url, draft: found.draft, uploadUrl: found.upload_url };
    if (data.length < 100) return undefined;
  }
  return undefined;
}

export async function ensureDraftRelease(
  client: GitHubClient,
  owner: string,
  repo: string,
  input: { tag: string; name: string; body: string; prerelease: boolean },
): Promise<ReleaseInfo & { created: boolean }> {
  const existing = await findRelease(client, owner, repo, input.tag);
  if (existing) {
    if (existing.draft) await client.rest.repos.updateRelease({ owner, repo, release_id: existing.id, name: input.name, body: input.body });
    return { ...existing, created: false };
  }
  const { data } = await client.rest.repos.createRelease({ owner, repo, tag_name: input.tag, name: input.name, body: input.body, draft: true, prerelease: input.prerelease });
  return { id: data.id, url: data.html_url, draft: data.draft, uploadUrl: data.upload_url, created: true };
}

export interface AssetResult {
  name: string;
  url: string;
  action: 'uploaded' | 'replaced' | 'kept';
}

export async function ensureAsset(client: GitHubClient, owner: string, repo: string, release: ReleaseInfo, name: string, content: Buffer, contentType: string): Promise<AssetResult> {
  const { data: assets } = await client.rest.repos.listReleaseAssets({ owner, repo, release_id: release.id, per_page: 100 });
  const existing = assets.find((a) => a.name === name);
  if (existing && !release.draft) return { name, url: existing.browser_download_url, action: 'kept' };
  if (existing) await client.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: existing.id });
  const { data } = await client.rest.repos.uploadReleaseAsset({
    owner,
    repo,
    release_id: release.id,
    name,
    data: content as unknown as string,
    headers: { 'content-type': contentType, 'content-length': content.length },
  });
  return { name, url: data.browser_download_url, action: existing ? 'replaced' : 'uploaded' };
}

export async function publishRelease(client: GitHubClient, owner: string, repo: string, release: ReleaseInfo): Promise<string> {
  if (!release.draft) return release.url;
  const { data } = await client.rest.repos.updateRelease({ owner, repo, release_id: release.id, draft: false, make_latest: 'legacy' });
  return data.html_url;
}
