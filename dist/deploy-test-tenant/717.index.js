export const id = 717;
export const ids = [717];
export const modules = {

/***/ 4143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `1h30m` -> 5 400 000. The schemas' duration pattern (`^([0-9]+(ms|s|m|h|d))+$`) is checked before this runs. */
function parseDuration(text) {
    if (!/^([0-9]+(ms|s|m|h|d))+$/.test(text))
        throw new Error(`"${text}" is not a duration such as 30s, 5m or 1h30m`);
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/([0-9]+)(ms|s|m|h|d)/g))
        total += Number(amount) * UNIT_MS[unit];
    return total;
}
/** 5 400 000 -> `1h30m`; sub-second values in ms. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let rest = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('');
}


/***/ }),

/***/ 1717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSubscriptions: () => (/* binding */ parseSubscriptions),
/* harmony export */   resolveCredentials: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7711);
/* harmony import */ var _config_suite_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1164);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4143);




/**
 * Reads `config/events/subscriptions.yaml` (or any file of that kind): schema validation with located
 * errors, then the rules a schema cannot say (unique ids). Throws a ConfigError listing every problem.
 */
function parseSubscriptions(text, file) {
    const parsed = (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSource */ .P)(text, file);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(parsed.issues);
    const source = parsed.source;
    const issues = (0,_config_suite_js__WEBPACK_IMPORTED_MODULE_2__/* .suiteSchemas */ .JK)().validate((0,_config_suite_js__WEBPACK_IMPORTED_MODULE_2__/* .configKind */ .DF)('subscriptions').schemaId, source);
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(issues);
    const raw = source.value;
    const duplicates = duplicateIds(raw, source);
    if (duplicates.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(duplicates);
    return resolve(raw, source);
}
function duplicateIds(raw, source) {
    const seen = new Map();
    const issues = [];
    raw.subscribers.forEach((s, i) => {
        const first = seen.get(s.id);
        const pointer = `/subscribers/${i}/id`;
        if (first !== undefined) {
            issues.push({ file: source.file, ...source.locate(pointer), pointer, message: `duplicates the id of subscribers[${first}]`, code: 'duplicate-id' });
        }
        else {
            seen.set(s.id, i);
        }
    });
    return issues;
}
function resolve(raw, source) {
    const d = raw.defaults;
    const subscribers = raw.subscribers.map((s, i) => {
        const retry = { ...d.retry, ...s.retry };
        const rate = s.rateLimit ?? d.rateLimit;
        const pointer = `/subscribers/${i}`;
        return {
            id: s.id,
            ...(s.description !== undefined ? { description: s.description } : {}),
            channel: s.channel,
            ...(s.target !== undefined ? { target: s.target } : {}),
            secretEnv: s.secretEnv,
            filter: s.filter,
            enabled: s.enabled,
            timeoutMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(s.timeout ?? d.timeout),
            retry: { scheduleMs: retry.schedule.map(_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E), maxAttempts: retry.maxAttempts, stepBudgetMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(retry.stepBudget) },
            rateLimit: { perSecond: rate.perSecond, burst: rate.burst ?? 1 },
            circuitBreaker: { failureThreshold: d.circuitBreaker.failureThreshold, cooldownMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(d.circuitBreaker.cooldown) },
            maxInFlight: s.maxInFlight ?? d.maxInFlight,
            location: { file: source.file, ...source.locate(pointer), pointer },
        };
    });
    const a = raw.alerts;
    return {
        file: source.file,
        subscribers,
        alerts: {
            failureRate: a.failureRate,
            windowMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(a.window),
            minAttempts: a.minAttempts,
            latencyMs: (0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(a.latency),
            signatureRejections: a.signatureRejections,
        },
    };
}
/** The credentials of enabled subscribers, read from `env`; every missing one is a located issue. */
function resolveCredentials(subscriptions, env) {
    const found = new Map();
    const issues = [];
    for (const s of subscriptions.subscribers) {
        if (!s.enabled)
            continue;
        const value = env[s.secretEnv];
        if (value === undefined || value.trim() === '') {
            issues.push({
                file: s.location.file,
                line: s.location.line,
                column: s.location.column,
                pointer: `${s.location.pointer}/secretEnv`,
                message: `subscriber ${s.id}: environment variable ${s.secretEnv} is not set (pass the secret to the step with env:)`,
                code: 'missing-secret',
            });
        }
        else {
            found.set(s.id, value.trim());
        }
    }
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(issues);
    return found;
}


/***/ })

};
