/**
 * The one way the suite talks to GitHub's REST API: Octokit with bounded retries (5xx, network errors, timeouts),
 * bounded waits on primary and secondary rate limits, a per-request timeout, and `GITHUB_API_URL` for GHES.
 *
 * Deliberately imports nothing but Octokit, so an action bundle that needs GitHub carries only this.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const GitHubOctokit = Octokit.plugin(retry, throttling);

export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubLog {
  debug: (message: string, ...rest: unknown[]) => void;
  info: (message: string, ...rest: unknown[]) => void;
  warn: (message: string, ...rest: unknown[]) => void;
  error: (message: string, ...rest: unknown[]) => void;
}

export interface GitHubClientOptions {
  token: string;
  /** Default: `GITHUB_API_URL` (set by the runner, GHES: `https://host/api/v3`), else `https://api.github.com`. */
  baseUrl?: string;
  userAgent?: string;
  log?: GitHubLog;
  /** Per request, including reading the body. Default 30 s. A timed-out request counts as a retryable failure. */
  timeoutMs?: number;
  /** Retries of 5xx answers, network errors and timeouts. Default 3. */
  retries?: number;
  /** Backoff unit for those retries: waits are base × 1, 4, 9, ... Default 1000 ms. */
  retryBaseMs?: number;
  /** Retries after a primary or secondary rate limit. Default 2. */
  rateLimitRetries?: number;
  /** Never wait longer than this for a rate limit to reset; fail instead. Default 120 s. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Space out content-creating requests as GitHub asks (one write per second, three seconds between requests that
   * notify people). Default true; turn off against a local double.
   */
  paceWrites?: boolean;
  /** Where `GITHUB_API_URL` is read from. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

export const DEFAULT_USER_AGENT = 'powerx-release-suite';

// plugin-throttling only calls `group.key(id).schedule(options, fn, ...args)`; this one runs jobs at once.
const unpaced = { key: () => ({ schedule: (_options: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(fn(...args)) }) };

export function resolveApiUrl(baseUrl: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const url = baseUrl ?? (env.GITHUB_API_URL?.trim() || 'https://api.github.com');
  return url.replace(/\/+$/, '');
}

/**
 * Where release assets are uploaded for a given API URL: uploads.github.com for github.com, `/api/uploads` on GHES,
 * and the API URL itself for anything else (a proxy or the GitHub double, which serve uploads on the same origin).
 */
export function resolveUploadsUrl(apiUrl: string): string {
  const url = apiUrl.replace(/\/+$/, '');
  if (url === 'https://api.github.com') return 'https://uploads.github.com';
  if (url.endsWith('/api/v3')) return `${url.slice(0, -'/api/v3'.length)}/api/uploads`;
  return url;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new Error('a GitHub token is required');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const baseFetch = options.fetch ?? fetch;

  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return baseFetch(input, { ...init, signal });
  };

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, octokit: { log: { warn: (message: string) => unknown } }, retryCount: number): boolean => {
      const again = retryCount < rateLimitRetries && retryAfter <= maxWait;
      octokit.log.warn(`${kind} rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})` : `giving up (reset in ${retryAfter} s)`}`);
      return again;
    };

  const paced = options.paceWrites ?? true;
  const apiUrl = resolveApiUrl(options.baseUrl, options.env ?? process.env);
  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl: apiUrl,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    ...(options.log ? { log: options.log } : {}),
    request: { fetch: timedFetch },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      ...(options.retryBaseMs !== undefined ? { retryAfterBaseValue: options.retryBaseMs } : {}),
      ...(paced ? {} : (Object.fromEntries(['write', 'notifications', 'search'].map((g) => [g, unpaced])) as object)),
    },
  });
  // Octokit's uploadReleaseAsset hard-codes uploads.github.com, which is wrong on GHES and against a double.
  const uploadsUrl = resolveUploadsUrl(apiUrl);
  if (uploadsUrl !== 'https://uploads.github.com')
    octokit.hook.before('request', (request) => {
      if (request.baseUrl === 'https://uploads.github.com') request.baseUrl = uploadsUrl;
    });
  return octokit;
}
