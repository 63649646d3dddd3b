export const id = 654;
export const ids = [654];
export const modules = {

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DispatchChannel: () => (/* binding */ DispatchChannel)
/* harmony export */ });
/* harmony import */ var _powerx_core_events_channels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3539);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8977);


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
                (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({
                    token,
                    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
                    timeoutMs: subscriber.timeoutMs,
                    retries: 0,
                    rateLimitRetries: 0,
                    paceWrites: options.paceWrites ?? true,
                });
    }
    async send(envelope) {
        const request = (0,_powerx_core_events_channels_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatchRequest */ .wH)(envelope);
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
