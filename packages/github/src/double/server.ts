/**
 * A loopback GitHub REST API double. It keeps state for the endpoints the suite uses and, before any handler runs,
 * checks each request against GitHub's published OpenAPI description, so a request GitHub would reject is rejected
 * here too (404 for unknown routes and bad path parameters, 422 for bad bodies and queries). Routes the description
 * has but the double does not implement answer 404 and are listed in `unimplemented`. The double's own responses
 * are checked against the description's response schemas; mismatches are collected in `violations`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MatchedOperation } from '@powerx/core/openapi/check.js';
import { loadGitHubDescription } from './description.js';
import { GitError } from './git-store.js';
import { accountRoutes } from './routes/accounts.js';
import { contentRoutes } from './routes/contents.js';
import { deploymentRoutes } from './routes/deployments.js';
import { dispatchRoutes } from './routes/dispatches.js';
import { environmentRoutes } from './routes/environments.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { releaseRoutes } from './routes/releases.js';
import { retentionRoutes } from './routes/retention.js';
import type { DoubleSettings, RouteContext, RouteResult, RouteTable } from './routes/route.js';
import { runRoutes } from './routes/runs.js';
import type { ShapeContext } from './shapes.js';
import { DoubleError, GitHubState, type DeploymentRecord, type GitHubStateOptions, type RepoRecord } from './state.js';

export interface GitHubDoubleOptions {
  port?: number;
  /** Loopback only: `127.0.0.1` (default), `::1` or `localhost`. */
  host?: string;
  /** A pre-seeded state, or options for a fresh one. */
  state?: GitHubState | GitHubStateOptions;
  /** Check requests against GitHub's description (default true). */
  validateRequests?: boolean;
  /** Check the double's responses against the description, collecting mismatches in `violations` (default true). */
  checkResponses?: boolean;
  /** Start a queued run for each workflow_dispatch (default true). */
  createRunsOnDispatch?: boolean;
  /** Another copy of GitHub's description (default: the one in `@octokit/openapi`). */
  descriptionPath?: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  login: string | undefined;
}

export interface ResponseViolation {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  errors: string[];
}

export interface FaultInput {
  /** Which requests: an operationId, and/or a method and a path (string prefix or RegExp). Default: any request. */
  operationId?: string;
  method?: string;
  path?: string | RegExp;
  /** How many matching requests fail. Default 1. */
  times?: number;
  /**
   * `error` (default, status 500), a primary `rate-limit` or a `secondary-rate-limit` (both 403, like GitHub), or
   * `delay`: answer normally, `delayMs` later (to exercise client timeouts).
   */
  kind?: 'error' | 'rate-limit' | 'secondary-rate-limit' | 'delay';
  delayMs?: number;
  status?: number;
  message?: string;
  retryAfterSeconds?: number;
}

export interface ReviewOptions {
  environments?: string[];
  comment?: string;
}

export interface GitHubDouble {
  /** `http://127.0.0.1:<port>`: the API base URL, the upload origin and the web origin at once. */
  url: string;
  port: number;
  state: GitHubState;
  /** Every request, in order. */
  requests: RequestLogEntry[];
  violations: ResponseViolation[];
  /** Requests to operations GitHub has but the double does not implement. */
  unimplemented: Array<{ method: string; path: string; operationId: string | undefined }>;
  /** Registers (or reuses) a token acting as `login` and returns it. */
  token(login: string): string;
  /** Scripted reviewer: approves environments a run waits on, as `user`. */
  approve(owner: string, repo: string, runId: number, user: string, options?: ReviewOptions): DeploymentRecord[];
  /** Scripted reviewer: rejects, as `user`; the run fails. */
  reject(owner: string, repo: string, runId: number, user: string, options?: ReviewOptions): void;
  /** Makes the next matching request(s) fail, to exercise retries and rate-limit handling. */
  injectFault(fault: FaultInput): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const DOCS = 'https://docs.github.com/rest';
const MAX_BODY = 100 * 1024 * 1024;
const ROUTES: RouteTable = { ...environmentRoutes, ...runRoutes, ...deploymentRoutes, ...gitRoutes, ...contentRoutes, ...releaseRoutes, ...issueRoutes, ...dispatchRoutes, ...accountRoutes, ...retentionRoutes };

/** The operationIds the double implements. */
export const implementedOperations: readonly string[] = Object.keys(ROUTES).sort();

/**
 * For error statuses the description is loose: GitHub answers undocumented ones (404 for a missing environment),
 * sends JSON where the description declares no content, and some `oneOf`s of error shapes match any error body.
 */
function tolerableForErrors(error: string): boolean {
  return error.startsWith('status:') || error.includes(' has no content') || error.endsWith('must match exactly one schema in oneOf');
}

function errorBody(status: number, message: string, errors?: Array<Record<string, unknown>>): Record<string, unknown> {
  return { message, documentation_url: DOCS, status: String(status), ...(errors ? { errors } : {}) };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new DoubleError('Request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isJsonMedia(type: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json$/i.test(type.split(';')[0]?.trim() ?? '');
}

/** Whether the operation takes a binary body (release asset uploads). */
function takesBinaryBody(op: MatchedOperation): boolean {
  const content = (op.operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content;
  return content !== undefined && !Object.keys(content).some(isJsonMedia);
}

export async function startGitHubDouble(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the GitHub double listens on loopback only, not on ${host}`);
  const { checker } = loadGitHubDescription(options.descriptionPath);
  const state = options.state instanceof GitHubState ? options.state : new GitHubState(options.state);
  const validateRequests = options.validateRequests ?? true;
  const checkResponses = options.checkResponses ?? true;
  const settings: DoubleSettings = { createRunsOnDispatch: options.createRunsOnDispatch ?? true };

  const requests: RequestLogEntry[] = [];
  const violations: ResponseViolation[] = [];
  const unimplemented: GitHubDouble['unimplemented'] = [];
  const faults: Array<FaultInput & { remaining: number }> = [];
  const used = new Map<string, number>();
  let requestCounter = 0;
  let baseUrl = '';

  const send = (req: IncomingMessage, res: ServerResponse, login: string | undefined, result: RouteResult): void => {
    const resetAt = Math.floor(Date.now() / 1000) + 3600;
    const count = login === undefined ? 0 : (used.get(login) ?? 0);
    const headers: Record<string, string> = {
      'x-github-request-id': `DOUBLE:${(++requestCounter).toString(16).toUpperCase()}`,
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(5000 - count, 0)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(count),
      'x-ratelimit-resource': 'core',
      ...result.headers,
    };
    let payload: Buffer | undefined;
    if (Buffer.isBuffer(result.body)) {
      payload = result.body;
      headers['content-type'] ??= 'application/octet-stream';
    } else if (result.body !== undefined) {
      payload = Buffer.from(JSON.stringify(result.body));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    res.writeHead(result.status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  };

  const authenticate = (req: IncomingMessage): string | undefined => {
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    return match ? state.loginForToken(match[1] as string) : undefined;
  };

  const serveRaw = (req: IncomingMessage, pathname: string): RouteResult | undefined => {
    const asset = /^\/_double\/assets\/([^/]+)\/([^/]+)\/(\d+)$/.exec(pathname);
    const download = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(pathname);
    const raw = /^\/raw\/([^/]+)\/([^/]+)\/([^/]+)\/(.+)$/.exec(pathname);
    const m = asset ?? download ?? raw;
    if (!m || (req.method !== 'GET' && req.method !== 'HEAD')) return undefined;
    const [owner, name] = [decodeURIComponent(m[1] as string), decodeURIComponent(m[2] as string)];
    const repo = state.findRepo(owner, name);
    if (!repo || (repo.private && authenticate(req) === undefined)) return { status: 404, body: errorBody(404, 'Not Found') };
    const bytes = (found: { content: Buffer; contentType: string; downloadCount: number } | undefined): RouteResult => {
      if (!found) return { status: 404, body: errorBody(404, 'Not Found') };
      found.downloadCount += 1;
      return { status: 200, body: found.content, headers: { 'content-type': found.contentType } };
    };
    const assets = (r: RepoRecord) => r.releases.flatMap((rel) => rel.assets.map((a) => ({ rel, a })));
    if (m === asset) return bytes(assets(repo).find(({ a }) => a.id === Number(m[3]))?.a);
    if (m === download) {
      const [tag, file] = [decodeURIComponent(m[3] as string), decodeURIComponent(m[4] as string)];
      return bytes(assets(repo).find(({ rel, a }) => rel.tagName === tag && !rel.draft && a.name === file)?.a);
    }
    const commit = repo.git.resolveCommitish(decodeURIComponent(m[3] as string));
    const entry = commit ? repo.git.entryAt(commit.tree, (m[4] as string).split('/').map(decodeURIComponent).join('/')) : undefined;
    const blob = entry ? repo.git.get(entry.sha) : undefined;
    return blob?.type === 'blob' ? { status: 200, body: blob.content, headers: { 'content-type': 'text/plain; charset=utf-8' } } : { status: 404, body: errorBody(404, 'Not Found') };
  };

  const takeFault = async (method: string, path: string, operationId: string | undefined, login: string): Promise<RouteResult | undefined> => {
    const index = faults.findIndex(
      (f) =>
        (f.operationId === undefined || f.operationId === operationId) &&
        (f.method === undefined || f.method.toUpperCase() === method) &&
        (f.path === undefined || (typeof f.path === 'string' ? path.startsWith(f.path) : f.path.test(path))),
    );
    if (index < 0) return undefined;
    const fault = faults[index] as FaultInput & { remaining: number };
    if (--fault.remaining <= 0) faults.splice(index, 1);
    const wait = fault.retryAfterSeconds ?? 1;
    if (fault.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.kind === 'delay') return undefined;
    if (fault.kind === 'rate-limit') {
      const user = state.user(login);
      return {
        status: fault.status ?? 403,
        body: errorBody(fault.status ?? 403, fault.message ?? `API rate limit exceeded for user ID ${user?.id ?? 0}.`),
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + wait) },
      };
    }
    if (fault.kind === 'secondary-rate-limit')
      return {
        status: fault.status ?? 403,
        body: errorBody(fault.status ?? 403, fault.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
        headers: { 'retry-after': String(wait) },
      };
    const status = fault.status ?? 500;
    return { status, body: errorBody(status, fault.message ?? 'Server Error') };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const url = new URL(target, baseUrl);
    let login: string | undefined;
    let op: MatchedOperation | undefined;
    const finish = (result: RouteResult): void => {
      requests.push({ method, path: target, operationId: op?.operationId, status: result.status, login });
      send(req, res, login, result);
    };

    try {
      const raw = serveRaw(req, url.pathname);
      if (raw) return finish(raw);

      login = authenticate(req);
      if (login === undefined) {
        const hasHeader = req.headers.authorization !== undefined;
        return finish({ status: 401, body: errorBody(401, hasHeader ? 'Bad credentials' : 'Requires authentication') });
      }
      used.set(login, (used.get(login) ?? 0) + 1);
      const bodyBytes = await readBody(req);

      op = checker.match(method, target);
      if (!op) return finish({ status: 404, body: errorBody(404, 'Not Found') });
      const fault = await takeFault(method, url.pathname, op.operationId, login);
      if (fault) return finish(fault);

      const binary = takesBinaryBody(op);
      let body: unknown;
      if (bodyBytes.length > 0) {
        if (binary) body = bodyBytes;
        else {
          try {
            body = JSON.parse(bodyBytes.toString('utf8'));
          } catch {
            return finish({ status: 400, body: errorBody(400, 'Problems parsing JSON') });
          }
        }
      }

      if (validateRequests) {
        const headers = binary ? { ...req.headers, 'content-type': 'application/octet-stream' } : { ...req.headers, 'content-type': 'application/json' };
        const errors = checker.checkRequest(op, { headers, body });
        if (errors.some((e) => e.startsWith('path/'))) return finish({ status: 404, body: errorBody(404, 'Not Found') });
        if (errors.length > 0)
          return finish({
            status: 422,
            body: errorBody(422, `Invalid request.\n\n${errors.join('\n')}`, errors.map((e) => ({ resource: 'Request', code: 'invalid', field: e.split(':')[0], message: e }))),
          });
      }

      const handler = op.operationId === undefined ? undefined : ROUTES[op.operationId];
      if (!handler) {
        unimplemented.push({ method, path: target, operationId: op.operationId });
        return finish({ status: 404, body: errorBody(404, 'Not Found'), headers: { 'x-github-double': `unimplemented ${op.operationId ?? ''}`.trim() } });
      }

      const shape: ShapeContext = { api: baseUrl, web: baseUrl, state, viewer: login };
      const ctx: RouteContext = { state, shape, viewer: login, params: op.params, query: op.query, headers: req.headers, body, requestPath: target, settings };
      let result: RouteResult;
      try {
        result = handler(ctx);
      } catch (error) {
        if (error instanceof DoubleError) result = { status: error.status, body: errorBody(error.status, error.message, error.errors) };
        else if (error instanceof GitError) result = { status: 422, body: errorBody(422, error.message) };
        else throw error;
      }

      if (checkResponses) {
        const responseHeaders = { 'content-type': Buffer.isBuffer(result.body) ? (result.headers?.['content-type'] ?? 'application/octet-stream') : 'application/json', ...result.headers };
        const errors = checker
          .checkResponse(op, result.status, responseHeaders, result.body)
          .filter((e) => result.status < 300 || !tolerableForErrors(e));
        if (errors.length > 0) violations.push({ method, path: target, operationId: op.operationId, status: result.status, errors });
      }
      return finish(result);
    } catch (error) {
      if (error instanceof DoubleError) return finish({ status: error.status, body: errorBody(error.status, error.message) });
      const message = error instanceof Error ? error.message : String(error);
      return finish({ status: 500, body: errorBody(500, `GitHub double failure: ${message}`) });
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const review = (owner: string, repo: string, runId: number, user: string, decision: 'approved' | 'rejected', o: ReviewOptions = {}) =>
    state.review(owner, repo, runId, { user, state: decision, ...(o.environments ? { environments: o.environments } : {}), ...(o.comment !== undefined ? { comment: o.comment } : {}) });

  return {
    url: baseUrl,
    port,
    state,
    requests,
    violations,
    unimplemented,
    token(login) {
      const existing = [...state.tokens.entries()].find(([, l]) => l.toLowerCase() === login.toLowerCase());
      if (existing) return existing[0];
      const token = `ghs_double_${login.replace(/[^A-Za-z0-9]/g, '_')}_${state.tokens.size + 1}`;
      state.setToken(token, login);
      return token;
    },
    approve: (owner, repo, runId, user, o) => review(owner, repo, runId, user, 'approved', o),
    reject: (owner, repo, runId, user, o) => void review(owner, repo, runId, user, 'rejected', o),
    injectFault(fault) {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
