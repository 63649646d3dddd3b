/**
 * The GitHub double's in-memory world: accounts, repositories and everything the suite creates in them, plus the
 * helpers tests and the scripted demo use to seed it, inspect it, and act as other people (reviewers).
 */
import { GitStore, type GitCommit, type GitPerson } from './git-store.js';

export interface UserRecord {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
  siteAdmin: boolean;
  createdAt: string;
}

export interface OrgRecord {
  id: number;
  login: string;
  name: string | null;
  description: string | null;
  twoFactorRequirementEnabled: boolean;
  owners: Set<string>;
  members: Set<string>;
  createdAt: string;
}

export interface TeamRecord {
  id: number;
  org: string;
  slug: string;
  name: string;
  description: string | null;
  privacy: 'closed' | 'secret';
  /** login -> role */
  members: Map<string, 'member' | 'maintainer'>;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewerRef {
  type: 'User' | 'Team';
  id: number;
}

export interface BranchPolicyRecord {
  id: number;
  name: string;
  type: 'branch' | 'tag';
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: ReviewerRef[];
  deploymentBranchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  canAdminsBypass: boolean;
  branchPolicies: BranchPolicyRecord[];
  /** Stable ids of the built-in protection rules, as GitHub shows them. */
  ruleIds: { waitTimer: number; reviewers: number; branchPolicy: number };
}

export interface ReviewRecord {
  state: 'approved' | 'rejected';
  user: string;
  environments: string[];
  comment: string;
  at: string;
}

export interface PendingEnvironment {
  environment: string;
  waitTimerStartedAt: string;
}

export interface RunRecord {
  id: number;
  workflowId: number;
  workflowPath: string;
  name: string;
  displayTitle: string;
  event: string;
  status: string;
  conclusion: string | null;
  headBranch: string | null;
  headSha: string;
  runNumber: number;
  runAttempt: number;
  actor: string;
  triggeringActor: string;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
  pending: PendingEnvironment[];
  reviews: ReviewRecord[];
  inputs: Record<string, unknown> | undefined;
}

export interface DeploymentStatusRecord {
  id: number;
  state: string;
  creator: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
  transient: boolean;
  production: boolean;
  statuses: DeploymentStatusRecord[];
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  content: Buffer;
  uploader: string;
  createdAt: string;
  updatedAt: string;
  downloadCount: number;
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  author: string;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  assets: AssetRecord[];
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  comments: CommentRecord[];
}

export interface RepositoryDispatchRecord {
  eventType: string;
  clientPayload: Record<string, unknown>;
  actor: string;
  at: string;
}

export interface WorkflowDispatchRecord {
  /** As the caller named it: a file name (`rollback.yml`) or a numeric id. */
  workflow: string;
  workflowPath: string;
  ref: string;
  inputs: Record<string, unknown>;
  actor: string;
  at: string;
  runId: number | undefined;
}

export interface WorkflowRecord {
  id: number;
  path: string;
  name: string;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  visibility: 'public' | 'private' | 'internal';
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  admins: Set<string>;
  writers: Set<string>;
  git: GitStore;
  environments: Map<string, EnvironmentRecord>;
  workflows: Map<string, WorkflowRecord>;
  runs: Map<number, RunRecord>;
  deployments: DeploymentRecord[];
  releases: ReleaseRecord[];
  issues: IssueRecord[];
  labels: Map<string, { id: number; color: string; description: string | null }>;
  /** repository_dispatch events received, oldest first. */
  dispatches: RepositoryDispatchRecord[];
  /** workflow_dispatch requests received, oldest first. */
  workflowDispatches: WorkflowDispatchRecord[];
  /** Tag name patterns (`v*`) whose refs may be created but never moved or deleted, like a tag ruleset. */
  lockedTagPatterns: string[];
  /** Default retention of workflow artifacts and logs, in days. */
  artifactRetentionDays: number;
}

/** A refusal the API turns into an HTTP error (422 unless said otherwise). */
export class DoubleError extends Error {
  readonly status: number;
  /** GitHub's `errors` array of a 422 "Validation Failed": `{ resource, field, code }`. */
  readonly errors: Array<Record<string, unknown>> | undefined;
  constructor(message: string, status = 422, errors?: Array<Record<string, unknown>>) {
    super(message);
    this.name = 'DoubleError';
    this.status = status;
    this.errors = errors;
  }

  static validation(resource: string, field: string, code: 'already_exists' | 'invalid' | 'missing' | 'missing_field' | 'custom', message?: string): DoubleError {
    return new DoubleError('Validation Failed', 422, [{ resource, field, code, ...(message ? { message } : {}) }]);
  }

  static notFound(message = 'Not Found'): DoubleError {
    return new DoubleError(message, 404);
  }
}

export type ReviewerInput = { user: string } | { team: string };

export interface EnvironmentInput {
  name: string;
  reviewers?: ReviewerInput[];
  waitTimer?: number;
  preventSelfReview?: boolean;
  deploymentBranchPolicy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  canAdminsBypass?: boolean;
  /** Custom branch/tag name patterns; implies `custom_branch_policies: true`. */
  branchPolicies?: Array<string | { name: string; type: 'branch' | 'tag' }>;
}

export interface RunInput {
  /** Workflow file path, e.g. `.github/workflows/release.yml` (a bare file name is placed there). */
  workflow?: string;
  name?: string;
  event?: string;
  headBranch?: string | null;
  /** Default: the head of `headBranch`. */
  headSha?: string;
  actor?: string;
  status?: string;
  conclusion?: string | null;
  /** Environments the run is waiting on; the run's status becomes `waiting`. */
  pendingEnvironments?: string[];
  inputs?: Record<string, unknown>;
}

export interface ReviewInput {
  /** The reviewer acting. */
  user: string;
  state: 'approved' | 'rejected';
  /** Environment names; default: every environment the run waits on. */
  environments?: string[];
  comment?: string;
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function globMatch(pattern: string, value: string): boolean {
  const source = pattern
    .split(/(\*\*|\*|\?)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(value);
}

export interface GitHubStateOptions {
  /** Clock for every timestamp the double writes. Default: the real time. */
  now?: () => Date;
  /** Who an unknown token acts as. Default `github-actions[bot]`, like a workflow's GITHUB_TOKEN. */
  defaultLogin?: string;
  /** Reject tokens that were not registered with `setToken` (401 Bad credentials). Default false. */
  strictTokens?: boolean;
}

export class GitHubState {
  readonly users = new Map<string, UserRecord>();
  readonly orgs = new Map<string, OrgRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly repos = new Map<string, RepoRecord>();
  readonly tokens = new Map<string, string>();
  readonly defaultLogin: string;
  readonly strictTokens: boolean;
  private readonly clock: () => Date;
  private lastId = 1000;

  constructor(options: GitHubStateOptions = {}) {
    this.clock = options.now ?? (() => new Date());
    this.defaultLogin = options.defaultLogin ?? 'github-actions[bot]';
    this.strictTokens = options.strictTokens ?? false;
    this.addUser({ login: this.defaultLogin, type: this.defaultLogin.endsWith('[bot]') ? 'Bot' : 'User' });
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  now(): string {
    return isoSeconds(this.clock());
  }

  // ---- accounts -------------------------------------------------------------------------------------------

  addUser(input: { login: string; name?: string | null; email?: string | null; type?: 'User' | 'Bot'; siteAdmin?: boolean }): UserRecord {
    const existing = this.users.get(input.login.toLowerCase());
    if (existing) return existing;
    const user: UserRecord = {
      id: this.nextId(),
      login: input.login,
      type: input.type ?? (input.login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: input.name ?? null,
      email: input.email ?? null,
      siteAdmin: input.siteAdmin ?? false,
      createdAt: this.now(),
    };
    this.users.set(user.login.toLowerCase(), user);
    return user;
  }

  user(login: string): UserRecord | undefined {
    return this.users.get(login.toLowerCase());
  }

  userById(id: number): UserRecord | undefined {
    return [...this.users.values()].find((u) => u.id === id);
  }

  /** The user a token acts as, or undefined when tokens are strict and this one is unknown. */
  loginForToken(token: string): string | undefined {
    const login = this.tokens.get(token);
    if (login !== undefined) return login;
    return this.strictTokens ? undefined : this.defaultLogin;
  }

  setToken(token: string, login: string): void {
    this.addUser({ login });
    this.tokens.set(token, login);
  }

  addOrg(input: { login: string; name?: string | null; description?: string | null; twoFactorRequirementEnabled?: boolean; owners?: string[]; members?: string[] }): OrgRecord {
    const existing = this.orgs.get(input.login.toLowerCase());
    if (existing) return existing;
    const owners = input.owners ?? [];
    const members = [...owners, ...(input.members ?? [])];
    for (const login of members) this.addUser({ login });
    const org: OrgRecord = {
      id: this.nextId(),
      login: input.login,
      name: input.name ?? null,
      description: input.description ?? null,
      twoFactorRequirementEnabled: input.twoFactorRequirementEnabled ?? false,
      owners: new Set(owners.map((l) => l.toLowerCase())),
      members: new Set(members.map((l) => l.toLowerCase())),
      createdAt: this.now(),
    };
    this.orgs.set(org.login.toLowerCase(), org);
    return org;
  }

  org(login: string): OrgRecord | undefined {
    return this.orgs.get(login.toLowerCase());
  }

  setTwoFactorRequirement(org: string, enabled: boolean): void {
    const record = this.org(org);
    if (!record) throw new Error(`no organization ${org}`);
    record.twoFactorRequirementEnabled = enabled;
  }

  addTeam(input: { org: string; slug: string; name?: string; description?: string | null; members?: string[]; maintainers?: string[] }): TeamRecord {
    const org = this.org(input.org) ?? this.addOrg({ login: input.org });
    const key = `${org.login.toLowerCase()}/${input.slug.toLowerCase()}`;
    const existing = this.teams.get(key);
    if (existing) return existing;
    const members = new Map<string, 'member' | 'maintainer'>();
    for (const login of input.members ?? []) members.set(login.toLowerCase(), 'member');
    for (const login of input.maintainers ?? []) members.set(login.toLowerCase(), 'maintainer');
    for (const login of members.keys()) {
      this.addUser({ login });
      org.members.add(login);
    }
    const team: TeamRecord = {
      id: this.nextId(),
      org: org.login,
      slug: input.slug,
      name: input.name ?? input.slug,
      description: input.description ?? null,
      privacy: 'closed',
      members,
      createdAt: this.now(),
      updatedAt: this.now(),
    };
    this.teams.set(key, team);
    return team;
  }

  team(org: string, slug: string): TeamRecord | undefined {
    return this.teams.get(`${org.toLowerCase()}/${slug.toLowerCase()}`);
  }

  teamById(id: number): TeamRecord | undefined {
    return [...this.teams.values()].find((t) => t.id === id);
  }

  // ---- repositories ---------------------------------------------------------------------------------------

  addRepo(input: { owner: string; name: string; private?: boolean; visibility?: 'public' | 'private' | 'internal'; description?: string | null; defaultBranch?: string; admins?: string[]; writers?: string[] }): RepoRecord {
    const key = `${input.owner}/${input.name}`.toLowerCase();
    const existing = this.repos.get(key);
    if (existing) return existing;
    if (!this.org(input.owner)) this.addUser({ login: input.owner });
    const visibility = input.visibility ?? (input.private ? 'private' : 'public');
    const repo: RepoRecord = {
      id: this.nextId(),
      owner: this.org(input.owner)?.login ?? (this.user(input.owner) as UserRecord).login,
      name: input.name,
      private: visibility !== 'public',
      visibility,
      description: input.description ?? null,
      defaultBranch: input.defaultBranch ?? 'main',
      createdAt: this.now(),
      updatedAt: this.now(),
      admins: new Set((input.admins ?? []).map((l) => l.toLowerCase())),
      writers: new Set((input.writers ?? []).map((l) => l.toLowerCase())),
      git: new GitStore(),
      environments: new Map(),
      workflows: new Map(),
      runs: new Map(),
      deployments: [],
      releases: [],
      issues: [],
      labels: new Map(),
      dispatches: [],
      workflowDispatches: [],
      lockedTagPatterns: [],
      artifactRetentionDays: 90,
    };
    for (const login of [...repo.admins, ...repo.writers]) this.addUser({ login });
    this.repos.set(key, repo);
    const readme = repo.git.writeBlob(Buffer.from(`# ${repo.name}\n`));
    const tree = repo.git.writeTree([{ name: 'README.md', mode: '100644', type: 'blob', sha: readme.sha }]);
    const commit = repo.git.writeCommit({ tree: tree.sha, parents: [], author: this.person(repo.owner), message: 'Initial commit' });
    repo.git.refs.set(`refs/heads/${repo.defaultBranch}`, commit.sha);
    return repo;
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repo(owner: string, name: string): RepoRecord {
    const repo = this.findRepo(owner, name);
    if (!repo) throw new Error(`no repository ${owner}/${name} in the GitHub double`);
    return repo;
  }

  /** The permission GitHub would report for `login` on `repo`. */
  permission(repo: RepoRecord, login: string): 'admin' | 'write' | 'read' {
    const l = login.toLowerCase();
    if (repo.owner.toLowerCase() === l || repo.admins.has(l) || this.org(repo.owner)?.owners.has(l)) return 'admin';
    if (repo.writers.has(l)) return 'write';
    return 'read';
  }

  person(login: string): GitPerson {
    const user = this.user(login);
    return { name: user?.name ?? login, email: user?.email ?? `${user?.id ?? 0}+${login}@users.noreply.github.com`, date: this.now() };
  }

  /** Seeds a commit that writes `path` on `branch` (default branch by default); returns the commit. */
  commitFile(owner: string, name: string, input: { path: string; content: string | Buffer; branch?: string; message?: string; author?: string }): GitCommit {
    const repo = this.repo(owner, name);
    const ref = `refs/heads/${input.branch ?? repo.defaultBranch}`;
    const parentSha = repo.git.refs.get(ref);
    const parent = parentSha ? repo.git.resolveCommitish(parentSha) : undefined;
    const blob = repo.git.writeBlob(Buffer.isBuffer(input.content) ? input.content : Buffer.from(input.content));
    const tree = repo.git.editTree(parent?.tree, [{ path: input.path, mode: '100644', type: 'blob', sha: blob.sha }]);
    const commit = repo.git.writeCommit({ tree: tree.sha, parents: parent ? [parent.sha] : [], author: this.person(input.author ?? repo.owner), message: input.message ?? `Update ${input.path}` });
    repo.git.refs.set(ref, commit.sha);
    return commit;
  }

  /** The longest artifact retention GitHub lets a repository use: 90 days when public, 400 when private. */
  maxArtifactRetentionDays(repo: RepoRecord): number {
    return repo.private ? 400 : 90;
  }

  lockTags(owner: string, name: string, pattern: string): void {
    this.repo(owner, name).lockedTagPatterns.push(pattern);
  }

  // ---- environments ---------------------------------------------------------------------------------------

  resolveReviewer(repo: RepoRecord, input: ReviewerInput): ReviewerRef {
    if ('user' in input) return { type: 'User', id: this.addUser({ login: input.user }).id };
    const team = this.team(repo.owner, input.team);
    if (!team) throw new Error(`no team ${repo.owner}/${input.team}`);
    return { type: 'Team', id: team.id };
  }

  /** Creates or replaces an environment's protection settings (the seeding twin of the PUT endpoint). */
  addEnvironment(owner: string, name: string, input: EnvironmentInput): EnvironmentRecord {
    const repo = this.repo(owner, name);
    const env = this.upsertEnvironment(repo, input.name);
    if (input.reviewers) env.reviewers = input.reviewers.map((r) => this.resolveReviewer(repo, r));
    if (input.waitTimer !== undefined) env.waitTimer = input.waitTimer;
    if (input.preventSelfReview !== undefined) env.preventSelfReview = input.preventSelfReview;
    if (input.canAdminsBypass !== undefined) env.canAdminsBypass = input.canAdminsBypass;
    if (input.deploymentBranchPolicy !== undefined) env.deploymentBranchPolicy = input.deploymentBranchPolicy;
    if (input.branchPolicies) {
      env.deploymentBranchPolicy = { protected_branches: false, custom_branch_policies: true };
      env.branchPolicies = input.branchPolicies.map((p) => ({ id: this.nextId(), ...(typeof p === 'string' ? { name: p, type: 'branch' as const } : p) }));
    }
    env.updatedAt = this.now();
    return env;
  }

  upsertEnvironment(repo: RepoRecord, envName: string): EnvironmentRecord {
    const existing = [...repo.environments.values()].find((e) => e.name.toLowerCase() === envName.toLowerCase());
    if (existing) return existing;
    const env: EnvironmentRecord = {
      id: this.nextId(),
      name: envName,
      createdAt: this.now(),
      updatedAt: this.now(),
      waitTimer: 0,
      preventSelfReview: false,
      reviewers: [],
      deploymentBranchPolicy: null,
      canAdminsBypass: true,
      branchPolicies: [],
      ruleIds: { waitTimer: this.nextId(), reviewers: this.nextId(), branchPolicy: this.nextId() },
    };
    repo.environments.set(envName, env);
    return env;
  }

  environment(repo: RepoRecord, envName: string): EnvironmentRecord | undefined {
    return [...repo.environments.values()].find((e) => e.name.toLowerCase() === envName.toLowerCase());
  }

  // ---- workflow runs and reviews --------------------------------------------------------------------------

  workflow(repo: RepoRecord, path: string): WorkflowRecord {
    const full = path.includes('/') ? path : `.github/workflows/${path}`;
    let wf = repo.workflows.get(full);
    if (!wf) {
      const file = full.split('/').pop() as string;
      wf = { id: this.nextId(), path: full, name: file.replace(/\.ya?ml$/, '') };
      repo.workflows.set(full, wf);
    }
    return wf;
  }

  addRun(owner: string, name: string, input: RunInput = {}): RunRecord {
    const repo = this.repo(owner, name);
    const wf = this.workflow(repo, input.workflow ?? 'release.yml');
    const headBranch = input.headBranch === undefined ? repo.defaultBranch : input.headBranch;
    const headSha = input.headSha ?? repo.git.resolveCommitish(headBranch ?? repo.defaultBranch)?.sha;
    if (!headSha) throw new Error(`no commit for ${headBranch}`);
    const actor = input.actor ?? this.defaultLogin;
    this.addUser({ login: actor });
    for (const envName of input.pendingEnvironments ?? []) if (!this.environment(repo, envName)) throw new Error(`no environment ${envName} in ${owner}/${name}`);
    const now = this.now();
    const run: RunRecord = {
      id: this.nextId(),
      workflowId: wf.id,
      workflowPath: wf.path,
      name: input.name ?? wf.name,
      displayTitle: input.name ?? wf.name,
      event: input.event ?? 'push',
      status: input.status ?? (input.pendingEnvironments?.length ? 'waiting' : 'queued'),
      conclusion: input.conclusion ?? null,
      headBranch,
      headSha,
      runNumber: [...repo.runs.values()].filter((r) => r.workflowId === wf.id).length + 1,
      runAttempt: 1,
      actor,
      triggeringActor: actor,
      createdAt: now,
      updatedAt: now,
      runStartedAt: now,
      pending: (input.pendingEnvironments ?? []).map((environment) => ({ environment: (this.environment(repo, environment) as EnvironmentRecord).name, waitTimerStartedAt: now })),
      reviews: [],
      inputs: input.inputs,
    };
    repo.runs.set(run.id, run);
    return run;
  }

  run(repo: RepoRecord, runId: number): RunRecord | undefined {
    return repo.runs.get(runId);
  }

  /** Whether `login` may approve or reject `envName` for `run`; the reason when not. */
  reviewVerdict(repo: RepoRecord, run: RunRecord, envName: string, login: string): { allowed: boolean; reason: string } {
    const env = this.environment(repo, envName);
    if (!env) return { allowed: false, reason: `environment ${envName} does not exist` };
    const l = login.toLowerCase();
    const user = this.user(login);
    const listed = env.reviewers.some((r) => (r.type === 'User' ? r.id === user?.id : this.teamById(r.id)?.members.has(l) === true));
    const bypass = env.canAdminsBypass && this.permission(repo, login) === 'admin';
    if (!listed && !bypass) return { allowed: false, reason: `${login} is not a required reviewer for ${env.name}` };
    if (env.preventSelfReview && (run.actor.toLowerCase() === l || run.triggeringActor.toLowerCase() === l))
      return { allowed: false, reason: `${login} triggered this run and ${env.name} prevents self-review` };
    return { allowed: true, reason: '' };
  }

  /**
   * Approves or rejects pending environments of a run as `input.user`: the scripted reviewer, and the logic
   * behind `POST .../pending_deployments`. Approval creates one deployment per environment; rejection fails the run.
   */
  review(owner: string, name: string, runId: number, input: ReviewInput): DeploymentRecord[] {
    const repo = this.repo(owner, name);
    const run = repo.runs.get(runId);
    if (!run) throw new DoubleError('Not Found', 404);
    const wanted = (input.environments ?? run.pending.map((p) => p.environment)).map((n) => n.toLowerCase());
    if (wanted.length === 0 || run.pending.length === 0) throw new DoubleError('No pending deployment requests to approve or reject');
    const targets = run.pending.filter((p) => wanted.includes(p.environment.toLowerCase()));
    if (targets.length !== wanted.length) throw new DoubleError('No pending deployment requests to approve or reject');
    for (const t of targets) {
      const verdict = this.reviewVerdict(repo, run, t.environment, input.user);
      if (!verdict.allowed) throw new DoubleError(verdict.reason);
    }
    const now = this.now();
    run.reviews.push({ state: input.state, user: this.user(input.user)?.login ?? input.user, environments: targets.map((t) => t.environment), comment: input.comment ?? '', at: now });
    run.pending = run.pending.filter((p) => !targets.includes(p));
    run.updatedAt = now;
    if (input.state === 'rejected') {
      run.pending = [];
      run.status = 'completed';
      run.conclusion = 'failure';
      return [];
    }
    if (run.pending.length === 0) run.status = 'in_progress';
    return targets.map((t) =>
      this.createDeployment(repo, { ref: run.headBranch ?? run.headSha, sha: run.headSha, environment: t.environment, creator: run.actor, task: 'deploy', payload: {}, description: null, transient: false, production: undefined }),
    );
  }

  completeRun(owner: string, name: string, runId: number, conclusion: 'success' | 'failure' | 'cancelled' = 'success'): RunRecord {
    const run = this.repo(owner, name).runs.get(runId);
    if (!run) throw new Error(`no run ${runId}`);
    run.status = 'completed';
    run.conclusion = conclusion;
    run.pending = [];
    run.updatedAt = this.now();
    return run;
  }

  // ---- deployments ----------------------------------------------------------------------------------------

  createDeployment(
    repo: RepoRecord,
    input: { ref: string; sha: string; environment: string; creator: string; task: string; payload: Record<string, unknown> | string; description: string | null; transient: boolean; production: boolean | undefined },
  ): DeploymentRecord {
    const now = this.now();
    const deployment: DeploymentRecord = {
      id: this.nextId(),
      sha: input.sha,
      ref: input.ref,
      task: input.task,
      payload: input.payload,
      environment: input.environment,
      originalEnvironment: input.environment,
      description: input.description,
      creator: input.creator,
      createdAt: now,
      updatedAt: now,
      transient: input.transient,
      production: input.production ?? /^prod/i.test(input.environment),
      statuses: [],
    };
    repo.deployments.push(deployment);
    this.upsertEnvironment(repo, input.environment);
    return deployment;
  }
}
