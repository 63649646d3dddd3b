export const id = 756;
export const ids = [756];
export const modules = {

/***/ 6756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DispatchChannel: () => (/* binding */ DispatchChannel)
});

// EXTERNAL MODULE: ./packages/core/src/events/channels.ts
var channels = __webpack_require__(3539);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./packages/github/src/octokit.ts
/**
 * The one way the suite talks to GitHub's REST API: Octokit with bounded retries (5xx, network errors, timeouts),
 * bounded waits on primary and secondary rate limits, a per-request timeout, and `GITHUB_API_URL` for GHES.
 *
 * Deliberately imports nothing but Octokit, so an action bundle that needs GitHub carries only this.
 */



const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const DEFAULT_USER_AGENT = 'powerx-release-suite';
// plugin-throttling only calls `group.key(id).schedule(options, fn, ...args)`; this one runs jobs at once.
const unpaced = { key: () => ({ schedule: (_options, fn, ...args) => Promise.resolve(fn(...args)) }) };
function resolveApiUrl(baseUrl, env) {
    const url = baseUrl ?? (env.GITHUB_API_URL?.trim() || 'https://api.github.com');
    return url.replace(/\/+$/, '');
}
/**
 * Where release assets are uploaded for a given API URL: uploads.github.com for github.com, `/api/uploads` on GHES,
 * and the API URL itself for anything else (a proxy or the GitHub double, which serve uploads on the same origin).
 */
function resolveUploadsUrl(apiUrl) {
    const url = apiUrl.replace(/\/+$/, '');
    if (url === 'https://api.github.com')
        return 'https://uploads.github.com';
    if (url.endsWith('/api/v3'))
        return `${url.slice(0, -'/api/v3'.length)}/api/uploads`;
    return url;
}
function createGitHubClient(options) {
    if (!options.token)
        throw new Error('a GitHub token is required');
    const timeoutMs = options.timeoutMs ?? 30_000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const baseFetch = options.fetch ?? fetch;
    const timedFetch = (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return baseFetch(input, { ...init, signal });
    };
    const onLimit = (kind) => (retryAfter, request, octokit, retryCount) => {
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
            ...(paced ? {} : Object.fromEntries(['write', 'notifications', 'search'].map((g) => [g, unpaced]))),
        },
    });
    // Octokit's uploadReleaseAsset hard-codes uploads.github.com, which is wrong on GHES and against a double.
    const uploadsUrl = resolveUploadsUrl(apiUrl);
    if (uploadsUrl !== 'https://uploads.github.com')
        octokit.hook.before('request', (request) => {
            if (request.baseUrl === 'https://uploads.github.com')
                request.baseUrl = uploadsUrl;
        });
    return octokit;
}

;// CONCATENATED MODULE: ./packages/github/src/delivery/dispatch.ts


/**
 * repository_dispatch through Octokit. Octokit's own retries are off: GitHub does not retry a dispatch,
 * and our dispatcher retries with the subscriber's schedule, circuit breaker and delivery log.
 */
class DispatchChannel {
    client;
    owner;
    repo;
    constructor(subscriber, token, options = {}) {
        const [owner, repo] = subscriber.target.split('/');
        this.owner = owner;
        this.repo = repo;
        this.client =
            options.createClient?.(token) ??
                createGitHubClient({
                    token,
                    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
                    timeoutMs: subscriber.timeoutMs,
                    retries: 0,
                    rateLimitRetries: 0,
                    paceWrites: options.paceWrites ?? true,
                });
    }
    async send(envelope) {
        const request = (0,channels/* dispatchRequest */.wH)(envelope);
        if (!request.ok)
            return { status: null, error: request.reason, latencyMs: 0, refused: true };
        const started = performance.now();
        const latency = () => Math.round((performance.now() - started) * 10) / 10;
        try {
            const response = await this.client.rest.repos.createDispatchEvent({
                owner: this.owner,
                repo: this.repo,
                event_type: request.eventType,
                client_payload: request.clientPayload,
            });
            return { status: response.status, latencyMs: latency() };
        }
        catch (error) {
            const e = error;
            if (!e.response)
                return { status: null, error: e.message ?? String(error), latencyMs: latency() };
            const data = e.response.data;
            const headers = e.response.headers ?? {};
            // GitHub answers rate limits with 403 (or 429) and says when to come back.
            const throttled = e.response.status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
            const reset = Number(headers['x-ratelimit-reset']);
            const retryAfter = headers['retry-after'] ?? (throttled && Number.isFinite(reset) ? String(Math.max(0, reset - Math.floor(Date.now() / 1000))) : undefined);
            return {
                status: e.response.status,
                throttled,
                retryAfter,
                error: e.message,
                response: (typeof data === 'string' ? data : JSON.stringify(data ?? '')).slice(0, 512),
                latencyMs: latency(),
            };
        }
    }
    close() { }
}


/***/ })

};
