/**
 * Records rendered the way GitHub's REST API renders them (the description's response schemas are the reference:
 * required fields present, URLs pointing back at the double, nullable fields null rather than missing).
 */
import { createHash } from 'node:crypto';
import type { GitCommit, GitTag, GitTree } from './git-store.js';
import type {
  AssetRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  EnvironmentRecord,
  GitHubState,
  IssueRecord,
  OrgRecord,
  ReleaseRecord,
  RepoRecord,
  ReviewerRef,
  RunRecord,
  TeamRecord,
  UserRecord,
} from './state.js';

export interface ShapeContext {
  /** Base of API URLs, e.g. `http://127.0.0.1:4123`. */
  api: string;
  /** Base of web (html) URLs. */
  web: string;
  state: GitHubState;
  /** Login of the authenticated user. */
  viewer: string;
}

type Json = Record<string, unknown>;

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

const enc = encodeURIComponent;

function repoApi(ctx: ShapeContext, repo: RepoRecord): string {
  return `${ctx.api}/repos/${enc(repo.owner)}/${enc(repo.name)}`;
}

function repoWeb(ctx: ShapeContext, repo: RepoRecord): string {
  return `${ctx.web}/${enc(repo.owner)}/${enc(repo.name)}`;
}

export function noreplyEmail(user: { id: number; login: string }): string {
  return `${user.id}+${user.login.replace(/[^A-Za-z0-9._-]/g, '')}@users.noreply.github.com`;
}

function accountUrls(ctx: ShapeContext, login: string): Json {
  const u = `${ctx.api}/users/${enc(login)}`;
  return {
    url: u,
    html_url: `${ctx.web}/${enc(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
  };
}

/** An account (user or organization) as `simple-user`. Unknown logins render as a plain user with id 0. */
export function simpleUser(ctx: ShapeContext, login: string): Json {
  const user = ctx.state.user(login);
  const org = user ? undefined : ctx.state.org(login);
  const id = user?.id ?? org?.id ?? 0;
  return {
    login: user?.login ?? org?.login ?? login,
    id,
    node_id: nodeId(org ? 'Organization' : 'User', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    ...accountUrls(ctx, login),
    type: org ? 'Organization' : (user?.type ?? 'User'),
    user_view_type: 'public',
    site_admin: user?.siteAdmin ?? false,
  };
}

export function publicUser(ctx: ShapeContext, user: UserRecord): Json {
  const owned = [...ctx.state.repos.values()].filter((r) => r.owner.toLowerCase() === user.login.toLowerCase());
  return {
    ...simpleUser(ctx, user.login),
    name: user.name,
    company: null,
    blog: '',
    location: null,
    email: user.email,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: owned.filter((r) => !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: user.createdAt,
    updated_at: user.createdAt,
  };
}

export function privateUser(ctx: ShapeContext, user: UserRecord): Json {
  const owned = [...ctx.state.repos.values()].filter((r) => r.owner.toLowerCase() === user.login.toLowerCase());
  return {
    ...publicUser(ctx, user),
    user_view_type: 'private',
    private_gists: 0,
    total_private_repos: owned.filter((r) => r.private).length,
    owned_private_repos: owned.filter((r) => r.private).length,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

function orgBase(ctx: ShapeContext, org: OrgRecord): Json {
  const o = `${ctx.api}/orgs/${enc(org.login)}`;
  const repos = [...ctx.state.repos.values()].filter((r) => r.owner.toLowerCase() === org.login.toLowerCase());
  return {
    login: org.login,
    id: org.id,
    node_id: nodeId('Organization', org.id),
    url: o,
    repos_url: `${o}/repos`,
    events_url: `${o}/events`,
    hooks_url: `${o}/hooks`,
    issues_url: `${o}/issues`,
    members_url: `${o}/members{/member}`,
    public_members_url: `${o}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: org.description,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: repos.filter((r) => !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    html_url: `${ctx.web}/${enc(org.login)}`,
    created_at: org.createdAt,
    updated_at: org.createdAt,
    archived_at: null,
    type: 'Organization',
  };
}

/** `organization-full`. Settings only owners can read (`two_factor_requirement_enabled`, ...) are absent for others, as on GitHub. */
export function organizationFull(ctx: ShapeContext, org: OrgRecord): Json {
  const base: Json = { ...orgBase(ctx, org), ...(org.name ? { name: org.name } : {}) };
  if (!org.owners.has(ctx.viewer.toLowerCase())) return base;
  const repos = [...ctx.state.repos.values()].filter((r) => r.owner.toLowerCase() === org.login.toLowerCase());
  return {
    ...base,
    total_private_repos: repos.filter((r) => r.private).length,
    owned_private_repos: repos.filter((r) => r.private).length,
    private_gists: 0,
    disk_usage: 0,
    collaborators: 0,
    billing_email: null,
    default_repository_permission: 'read',
    members_can_create_repositories: true,
    two_factor_requirement_enabled: org.twoFactorRequirementEnabled,
    plan: { name: 'team', space: 976562499, private_repos: 999999, filled_seats: org.members.size, seats: Math.max(org.members.size, 5) },
  };
}

function teamBase(ctx: ShapeContext, team: TeamRecord): Json {
  const org = ctx.state.org(team.org);
  const t = `${ctx.api}/organizations/${org?.id ?? 0}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId('Team', team.id),
    url: t,
    html_url: `${ctx.web}/orgs/${enc(team.org)}/teams/${enc(team.slug)}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: team.privacy,
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${t}/members{/member}`,
    repositories_url: `${t}/repos`,
    type: 'organization',
    organization_id: org?.id ?? 0,
  };
}

export function team(ctx: ShapeContext, record: TeamRecord): Json {
  return { ...teamBase(ctx, record), parent: null };
}

export function teamFull(ctx: ShapeContext, record: TeamRecord): Json {
  const org = ctx.state.org(record.org) as OrgRecord;
  return {
    ...teamBase(ctx, record),
    parent: null,
    members_count: record.members.size,
    repos_count: 0,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    organization: { ...orgBase(ctx, org), ...(org.name ? { name: org.name } : {}) },
  };
}

function repoUrls(ctx: ShapeContext, repo: RepoRecord): Json {
  const r = repoApi(ctx, repo);
  const host = new URL(ctx.web).host;
  return {
    html_url: repoWeb(ctx, repo),
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_url: `git://${host}/${repo.owner}/${repo.name}.git`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    ssh_url: `git@${host}:${repo.owner}/${repo.name}.git`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    clone_url: `${repoWeb(ctx, repo)}.git`,
    hooks_url: `${r}/hooks`,
    svn_url: repoWeb(ctx, repo),
  };
}

function repoPermissions(ctx: ShapeContext, repo: RepoRecord): Json {
  const level = ctx.state.permission(repo, ctx.viewer);
  return { admin: level === 'admin', maintain: level === 'admin', push: level !== 'read', triage: level !== 'read', pull: true };
}

export function minimalRepository(ctx: ShapeContext, repo: RepoRecord): Json {
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: simpleUser(ctx, repo.owner),
    private: repo.private,
    description: repo.description,
    fork: false,
    ...repoUrls(ctx, repo),
    visibility: repo.visibility,
    default_branch: repo.defaultBranch,
  };
}

export function fullRepository(ctx: ShapeContext, repo: RepoRecord): Json {
  const openIssues = repo.issues.filter((i) => i.state === 'open').length;
  return {
    ...minimalRepository(ctx, repo),
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    pushed_at: repo.updatedAt,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    permissions: repoPermissions(ctx, repo),
    allow_forking: true,
    web_commit_signoff_required: false,
    subscribers_count: 0,
    network_count: 0,
    license: null,
  };
}

// ---- environments -------------------------------------------------------------------------------------------

function environmentLink(ctx: ShapeContext, repo: RepoRecord, env: EnvironmentRecord): Json {
  return {
    id: env.id,
    node_id: nodeId('Environment', env.id),
    name: env.name,
    url: `${repoApi(ctx, repo)}/environments/${enc(env.name)}`,
    html_url: `${repoWeb(ctx, repo)}/deployments/activity_log?environments_filter=${enc(env.name)}`,
  };
}

export function reviewer(ctx: ShapeContext, ref: ReviewerRef): Json {
  if (ref.type === 'Team') {
    const t = ctx.state.teamById(ref.id);
    return { type: 'Team', reviewer: t ? team(ctx, t) : { id: ref.id } };
  }
  const u = ctx.state.userById(ref.id);
  return { type: 'User', reviewer: simpleUser(ctx, u?.login ?? `user-${ref.id}`) };
}

export function environment(ctx: ShapeContext, repo: RepoRecord, env: EnvironmentRecord): Json {
  const rules: Json[] = [];
  if (env.waitTimer > 0) rules.push({ id: env.ruleIds.waitTimer, node_id: nodeId('Gate', env.ruleIds.waitTimer), type: 'wait_timer', wait_timer: env.waitTimer });
  if (env.reviewers.length > 0)
    rules.push({
      id: env.ruleIds.reviewers,
      node_id: nodeId('Gate', env.ruleIds.reviewers),
      prevent_self_review: env.preventSelfReview,
      type: 'required_reviewers',
      reviewers: env.reviewers.map((r) => reviewer(ctx, r)),
    });
  if (env.deploymentBranchPolicy) rules.push({ id: env.ruleIds.branchPolicy, node_id: nodeId('Gate', env.ruleIds.branchPolicy), type: 'branch_policy' });
  return {
    ...environmentLink(ctx, repo, env),
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    // Not in the published schema, but GitHub sends it and the schema leaves objects open.
    can_admins_bypass: env.canAdminsBypass,
    protection_rules: rules,
    deployment_branch_policy: env.deploymentBranchPolicy,
  };
}

export function branchPolicy(policy: { id: number; name: string; type: 'branch' | 'tag' }): Json {
  return { id: policy.id, node_id: nodeId('DeploymentBranchPolicy', policy.id), name: policy.name, type: policy.type };
}

export function pendingDeployment(ctx: ShapeContext, repo: RepoRecord, run: RunRecord, pending: { environment: string; waitTimerStartedAt: string }): Json {
  const env = ctx.state.environment(repo, pending.environment) as EnvironmentRecord;
  return {
    environment: environmentLink(ctx, repo, env),
    wait_timer: env.waitTimer,
    wait_timer_started_at: pending.waitTimerStartedAt,
    current_user_can_approve: ctx.state.reviewVerdict(repo, run, env.name, ctx.viewer).allowed,
    reviewers: env.reviewers.map((r) => reviewer(ctx, r)),
  };
}

export function environmentApproval(ctx: ShapeContext, repo: RepoRecord, review: RunRecord['reviews'][number]): Json {
  return {
    environments: review.environments.map((name) => {
      const env = ctx.state.environment(repo, name) as EnvironmentRecord;
      return { ...environmentLink(ctx, repo, env), created_at: env.createdAt, updated_at: env.updatedAt };
    }),
    state: review.state,
    user: simpleUser(ctx, review.user),
    comment: review.comment,
  };
}

// ---- workflow runs ------------------------------------------------------------------------------------------

export function workflowRun(ctx: ShapeContext, repo: RepoRecord, run: RunRecord, attempt = run.runAttempt): Json {
  const r = repoApi(ctx, repo);
  const url = `${r}/actions/runs/${run.id}`;
  const commit = repo.git.get(run.headSha);
  const author = ctx.state.user(run.actor);
  const person = { name: author?.name ?? run.actor, email: noreplyEmail({ id: author?.id ?? 0, login: run.actor }) };
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflowPath,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    run_attempt: attempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: `${repoWeb(ctx, repo)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: simpleUser(ctx, run.actor),
    triggering_actor: simpleUser(ctx, run.triggeringActor),
    run_started_at: run.runStartedAt,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${r}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: attempt > 1 ? `${url}/attempts/${attempt - 1}` : null,
    workflow_url: `${r}/actions/workflows/${run.workflowId}`,
    head_commit:
      commit?.type === 'commit'
        ? { id: commit.sha, tree_id: commit.tree, message: commit.message, timestamp: commit.committer.date, author: person, committer: person }
        : null,
    repository: minimalRepository(ctx, repo),
    head_repository: minimalRepository(ctx, repo),
  };
}

// ---- deployments --------------------------------------------------------------------------------------------

export function deployment(ctx: ShapeContext, repo: RepoRecord, d: DeploymentRecord): Json {
  const url = `${repoApi(ctx, repo)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx, d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(ctx, repo),
    transient_environment: d.transient,
    production_environment: d.production,
  };
}

export function deploymentStatus(ctx: ShapeContext, repo: RepoRecord, d: DeploymentRecord, s: DeploymentStatusRecord): Json {
  const deploymentUrl = `${repoApi(ctx, repo)}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    // The schema requires a URI here; GitHub mirrors log_url into target_url. Without either, point at the deployment.
    target_url: s.logUrl || s.targetUrl || deploymentUrl,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(ctx, repo),
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    ...(s.logUrl || s.targetUrl ? { log_url: s.logUrl || s.targetUrl } : {}),
  };
}

// ---- git ----------------------------------------------------------------------------------------------------

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

export function gitRef(ctx: ShapeContext, repo: RepoRecord, ref: string, sha: string): Json {
  const obj = repo.git.get(sha);
  const kind = obj?.type === 'tag' ? 'tag' : 'commit';
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${repoApi(ctx, repo)}/git/${ref}`,
    object: { type: kind, sha, url: `${repoApi(ctx, repo)}/git/${kind}s/${sha}` },
  };
}

export function gitCommit(ctx: ShapeContext, repo: RepoRecord, c: GitCommit): Json {
  const r = repoApi(ctx, repo);
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${r}/git/commits/${c.sha}`,
    html_url: `${repoWeb(ctx, repo)}/commit/${c.sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${r}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({ sha: p, url: `${r}/git/commits/${p}`, html_url: `${repoWeb(ctx, repo)}/commit/${p}` })),
    verification: UNSIGNED,
  };
}

export function gitTag(ctx: ShapeContext, repo: RepoRecord, t: GitTag): Json {
  const r = repoApi(ctx, repo);
  return {
    node_id: nodeId('Tag', t.sha),
    tag: t.tag,
    sha: t.sha,
    url: `${r}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { sha: t.object, type: t.objectType, url: `${r}/git/${t.objectType}s/${t.object}` },
    verification: UNSIGNED,
  };
}

export function gitTree(ctx: ShapeContext, repo: RepoRecord, tree: GitTree, recursive: boolean): Json {
  const r = repoApi(ctx, repo);
  const entries = recursive ? repo.git.walkTree(tree.sha) : tree.entries.map((e) => ({ ...e, path: e.name }));
  return {
    sha: tree.sha,
    url: `${r}/git/trees/${tree.sha}`,
    truncated: false,
    tree: entries.map((e) => {
      const obj = repo.git.get(e.sha);
      return {
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(obj?.type === 'blob' ? { size: obj.content.length } : {}),
        url: `${r}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
      };
    }),
  };
}

// ---- contents -----------------------------------------------------------------------------------------------

function contentLinks(ctx: ShapeContext, repo: RepoRecord, path: string, ref: string, sha: string, type: 'file' | 'dir'): Json {
  const self = `${repoApi(ctx, repo)}/contents/${path.split('/').map(enc).join('/')}?ref=${enc(ref)}`;
  const git = `${repoApi(ctx, repo)}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const html = `${repoWeb(ctx, repo)}/${type === 'dir' ? 'tree' : 'blob'}/${enc(ref)}/${path.split('/').map(enc).join('/')}`;
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

export function contentFile(ctx: ShapeContext, repo: RepoRecord, path: string, ref: string, sha: string): Json {
  const blob = repo.git.get(sha);
  const content = blob?.type === 'blob' ? blob.content : Buffer.alloc(0);
  return {
    type: 'file',
    encoding: 'base64',
    size: content.length,
    name: path.split('/').pop() as string,
    path,
    // GitHub wraps base64 content at 60 characters.
    content: (content.toString('base64').match(/.{1,60}/g) ?? []).map((l) => `${l}\n`).join(''),
    sha,
    ...contentLinks(ctx, repo, path, ref, sha, 'file'),
    download_url: `${ctx.web}/raw/${enc(repo.owner)}/${enc(repo.name)}/${enc(ref)}/${path.split('/').map(enc).join('/')}`,
  };
}

export function contentDirectory(ctx: ShapeContext, repo: RepoRecord, path: string, ref: string, tree: GitTree): Json[] {
  return tree.entries.map((e) => {
    const childPath = path === '' ? e.name : `${path}/${e.name}`;
    const obj = repo.git.get(e.sha);
    const type = e.type === 'tree' ? 'dir' : 'file';
    return {
      type,
      size: obj?.type === 'blob' ? obj.content.length : 0,
      name: e.name,
      path: childPath,
      sha: e.sha,
      ...contentLinks(ctx, repo, childPath, ref, e.sha, type),
      download_url: type === 'file' ? `${ctx.web}/raw/${enc(repo.owner)}/${enc(repo.name)}/${enc(ref)}/${childPath.split('/').map(enc).join('/')}` : null,
    };
  });
}

export function fileCommit(ctx: ShapeContext, repo: RepoRecord, commit: GitCommit, path: string, ref: string, blobSha: string | null): Json {
  return {
    content: blobSha === null ? null : contentFile(ctx, repo, path, ref, blobSha),
    commit: gitCommit(ctx, repo, commit),
  };
}

// ---- releases -----------------------------------------------------------------------------------------------

export function releaseAsset(ctx: ShapeContext, repo: RepoRecord, release: ReleaseRecord, a: AssetRecord): Json {
  return {
    url: `${repoApi(ctx, repo)}/releases/assets/${a.id}`,
    browser_download_url: `${repoWeb(ctx, repo)}/releases/download/${enc(release.tagName)}/${enc(a.name)}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.content.length,
    digest: `sha256:${sha256(a.content)}`,
    download_count: a.downloadCount,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    uploader: simpleUser(ctx, a.uploader),
  };
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function release(ctx: ShapeContext, repo: RepoRecord, rel: ReleaseRecord): Json {
  const r = repoApi(ctx, repo);
  const tagPath = rel.draft ? `untagged-${rel.id}` : enc(rel.tagName);
  return {
    url: `${r}/releases/${rel.id}`,
    html_url: `${repoWeb(ctx, repo)}/releases/tag/${tagPath}`,
    assets_url: `${r}/releases/${rel.id}/assets`,
    upload_url: `${ctx.api}/repos/${enc(repo.owner)}/${enc(repo.name)}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: rel.draft ? null : `${r}/tarball/${enc(rel.tagName)}`,
    zipball_url: rel.draft ? null : `${r}/zipball/${enc(rel.tagName)}`,
    id: rel.id,
    node_id: nodeId('Release', rel.id),
    tag_name: rel.tagName,
    target_commitish: rel.targetCommitish,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: false,
    created_at: rel.createdAt,
    published_at: rel.publishedAt,
    updated_at: rel.updatedAt,
    author: simpleUser(ctx, rel.author),
    assets: rel.assets.map((a) => releaseAsset(ctx, repo, rel, a)),
  };
}

// ---- issues -------------------------------------------------------------------------------------------------

function authorAssociation(ctx: ShapeContext, repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  if (ctx.state.org(repo.owner)?.members.has(login.toLowerCase())) return 'MEMBER';
  return ctx.state.permission(repo, login) === 'read' ? 'NONE' : 'COLLABORATOR';
}

export function issue(ctx: ShapeContext, repo: RepoRecord, i: IssueRecord): Json {
  const r = repoApi(ctx, repo);
  const url = `${r}/issues/${i.number}`;
  return {
    id: i.id,
    node_id: nodeId('Issue', i.id),
    url,
    repository_url: r,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoWeb(ctx, repo)}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx, i.user),
    labels: i.labels.map((name) => {
      const label = repo.labels.get(name.toLowerCase());
      const id = label?.id ?? 0;
      return { id, node_id: nodeId('Label', id), url: `${r}/labels/${enc(name)}`, name, description: label?.description ?? null, color: label?.color ?? 'ededed', default: false };
    }),
    assignee: i.assignees[0] ? simpleUser(ctx, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => simpleUser(ctx, a)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: i.comments.length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_by: null,
    author_association: authorAssociation(ctx, repo, i.user),
    timeline_url: `${url}/timeline`,
  };
}

export function issueComment(ctx: ShapeContext, repo: RepoRecord, c: CommentRecord): Json {
  const r = repoApi(ctx, repo);
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${r}/issues/comments/${c.id}`,
    html_url: `${repoWeb(ctx, repo)}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${r}/issues/${c.issueNumber}`,
    author_association: authorAssociation(ctx, repo, c.user),
  };
}
