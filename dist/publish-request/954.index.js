export const id = 954;
export const ids = [954,403];
export const modules = {

/***/ 6624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ checkEnvelope),
/* harmony export */   P5: () => (/* binding */ checkEventData),
/* harmony export */   iE: () => (/* binding */ inMemorySource),
/* harmony export */   tU: () => (/* binding */ dataSchemaFor)
/* harmony export */ });
/* unused harmony exports ENVELOPE_SCHEMA_ID, EVENT_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _config_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68);
/* harmony import */ var _config_validators_generated_cjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6455);



/** Event schemas live in config/events/schemas/ and are precompiled with the configuration schemas (scripts/compile-schemas.mjs). */
const EVENTS_BASE = 'https://powerx.dev/schemas/events/';
const ENVELOPE_SCHEMA_ID = `${EVENTS_BASE}cloudevent.schema.json`;
const schemaIdByType = new Map(Object.keys(_config_validators_generated_cjs__WEBPACK_IMPORTED_MODULE_2__)
    .filter((id) => id.startsWith(EVENTS_BASE) && id !== ENVELOPE_SCHEMA_ID)
    .map((id) => [id.slice(EVENTS_BASE.length).replace(/\.schema\.json$/, ''), id]));
/** Every event type the suite sends, each with a JSON Schema for its data under config/events/schemas/. */
const EVENT_TYPES = [...schemaIdByType.keys()].sort();
/** The `dataschema` URI for a type. Throws a ConfigError for an unknown type. */
function dataSchemaFor(type, where = {}) {
    const id = schemaIdByType.get(type);
    if (!id) {
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL.single(`unknown event type "${type}"; known types: ${EVENT_TYPES.join(', ')}`, { ...where, pointer: where.pointer ?? '/type' }, 'unknown-event-type');
    }
    return id;
}
let schemas;
function eventSchemas() {
    schemas ??= (0,_config_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .precompiledSchemaSet */ .g)(_config_validators_generated_cjs__WEBPACK_IMPORTED_MODULE_2__);
    return schemas;
}
/** A document that was not read from a file: issues carry the pointer but no line. */
function inMemorySource(value, file = '<event>') {
    return { file, value, locate: () => ({ line: 0, column: 0 }) };
}
function stripFakePositions(issues) {
    return issues.map((i) => (i.line === 0 ? { file: i.file, pointer: i.pointer, message: i.message, code: i.code } : i));
}
/**
 * Validates event data against its type's schema. `source` keeps positions when the data came from a
 * file or an input; pointers are prefixed with `pointerPrefix` (e.g. `/data`) when it is part of a larger document.
 */
function checkEventData(type, source, pointerPrefix = '') {
    const id = dataSchemaFor(type, { file: source.file });
    const issues = stripFakePositions(eventSchemas().validate(id, source));
    return pointerPrefix ? issues.map((i) => ({ ...i, pointer: `${pointerPrefix}${i.pointer ?? ''}` })) : issues;
}
/** Validates a whole envelope (for envelopes read back from a delivery log) and its data. */
function checkEnvelope(source) {
    const issues = stripFakePositions(eventSchemas().validate(ENVELOPE_SCHEMA_ID, source));
    if (issues.length > 0)
        return issues;
    const envelope = source.value;
    if (!schemaIdByType.has(envelope.type)) {
        return [{ file: source.file, pointer: '/type', message: `unknown event type "${envelope.type}"`, code: 'unknown-event-type' }];
    }
    const dataSource = {
        file: source.file,
        value: envelope.data,
        locate: (pointer, key) => source.locate(`/data${pointer}`, key),
    };
    return checkEventData(envelope.type, dataSource, '/data');
}


/***/ }),

/***/ 3539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ PAGERDUTY_EVENTS_URL),
/* harmony export */   qe: () => (/* binding */ pagerDutyEvent),
/* harmony export */   wH: () => (/* binding */ dispatchRequest),
/* harmony export */   y$: () => (/* binding */ slackMessage)
/* harmony export */ });
/* unused harmony exports eventHeadline, DISPATCH_EVENT_TYPE_MAX, DISPATCH_PAYLOAD_MAX_BYTES */
/** What the channels send, decided here; the delivery module only performs the requests. */
const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
/** Title line used by Slack and PagerDuty. */
function eventHeadline(envelope) {
    const tenant = envelope.tenantid ? ` (tenant ${envelope.tenantid})` : '';
    const data = envelope.data;
    const reason = envelope.type === 'event.delivery.failed' ? `: ${String(data.reason)} for subscriber ${String(data.subscriber)}` : '';
    return `${envelope.type} ${envelope.subject}${tenant}${reason}`;
}
function dataFields(data) {
    return Object.entries(data)
        .filter(([, v]) => v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v)))
        .slice(0, 10)
        .map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : String(v)]);
}
/** A Slack incoming-webhook message: `text` for notifications, blocks for the channel. */
function slackMessage(envelope) {
    const text = eventHeadline(envelope);
    const fields = dataFields(envelope.data).map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${v.slice(0, 500)}` }));
    return {
        text,
        blocks: [
            { type: 'header', text: { type: 'plain_text', text: text.slice(0, 150) } },
            ...(fields.length > 0 ? [{ type: 'section', fields }] : []),
            { type: 'context', elements: [{ type: 'mrkdwn', text: `event \`${envelope.id}\` · ${envelope.time} · <${envelope.source}|source>` }] },
        ],
    };
}
const SEVERITY = {
    'event.delivery.failed': 'error',
    'plugin.upgrade.rolled_back': 'error',
    'publish.pipeline.blocked': 'warning',
    'compat.check.blocked': 'warning',
    'compat.exception.expired': 'warning',
    'compat.exception.rejected': 'warning',
};
/**
 * A PagerDuty Events API v2 event. The dedup key is scoped to the PagerDuty subscriber: for delivery
 * alerts it names the failing subscriber and the alert kind, so repeats update one incident and a
 * `resolved` alert resolves it; for other events it is the event's idempotency key.
 */
function pagerDutyEvent(envelope, subscriberId, routingKey) {
    const data = envelope.data;
    const isDeliveryAlert = envelope.type === 'event.delivery.failed';
    const dedup = isDeliveryAlert ? `${String(data.subscriber)}:${String(data.reason)}` : envelope.idempotencykey;
    const dedupKey = `powerx:${subscriberId}:${dedup}`.slice(0, 255);
    if (isDeliveryAlert && data.state === 'resolved') {
        return { routing_key: routingKey, event_action: 'resolve', dedup_key: dedupKey };
    }
    const source = /^https?:\/\//.test(envelope.source) ? new URL(envelope.source).pathname.split('/').slice(1, 3).join('/') || envelope.source : envelope.source;
    return {
        routing_key: routingKey,
        event_action: 'trigger',
        dedup_key: dedupKey,
        payload: {
            summary: eventHeadline(envelope).slice(0, 1024),
            source,
            severity: typeof data.severity === 'string' && ['critical', 'error', 'warning', 'info'].includes(data.severity) ? data.severity : (SEVERITY[envelope.type] ?? 'info'),
            timestamp: envelope.time,
            component: envelope.subject.split('@')[0],
            group: envelope.tenantid ?? 'all-tenants',
            class: envelope.type,
            custom_details: { eventId: envelope.id, subject: envelope.subject, ...data },
        },
        links: /^https?:\/\//.test(envelope.source) ? [{ href: envelope.source, text: 'Workflow run' }] : [],
    };
}
/** GitHub's limits on repository_dispatch. */
const DISPATCH_EVENT_TYPE_MAX = 100;
const DISPATCH_PAYLOAD_MAX_BYTES = 64 * 1024;
/**
 * The repository_dispatch request: `event_type` is the event type, the whole envelope sits under the one
 * `client_payload.event` key (GitHub allows at most 10 top-level keys). Returns a reason when GitHub
 * would refuse it, so it is recorded as a permanent failure instead of being sent.
 */
function dispatchRequest(envelope) {
    if (envelope.type.length > DISPATCH_EVENT_TYPE_MAX)
        return { ok: false, reason: `event type longer than ${DISPATCH_EVENT_TYPE_MAX} characters` };
    const clientPayload = { event: envelope };
    const size = Buffer.byteLength(JSON.stringify(clientPayload));
    if (size >= DISPATCH_PAYLOAD_MAX_BYTES)
        return { ok: false, reason: `client_payload is ${size} bytes; repository_dispatch takes less than ${DISPATCH_PAYLOAD_MAX_BYTES}` };
    return { ok: true, eventType: envelope.type, clientPayload };
}


/***/ }),

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLOUDEVENTS_CONTENT_TYPE: () => (/* binding */ CLOUDEVENTS_CONTENT_TYPE),
/* harmony export */   buildEnvelope: () => (/* binding */ buildEnvelope),
/* harmony export */   envelopeTags: () => (/* binding */ envelopeTags),
/* harmony export */   eventIdFor: () => (/* binding */ eventIdFor),
/* harmony export */   idempotencyKey: () => (/* binding */ idempotencyKey),
/* harmony export */   originFromRun: () => (/* binding */ originFromRun),
/* harmony export */   serializeEnvelope: () => (/* binding */ serializeEnvelope)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var cloudevents__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2973);
/* harmony import */ var cloudevents__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(cloudevents__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6624);




const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';
function originFromRun(run) {
    if (!run.repository || !run.runId)
        throw new Error('a repository and a run id are needed to name the event source');
    return { source: `${run.serverUrl.replace(/\/+$/, '')}/${run.repository}/actions/runs/${run.runId}` };
}
/**
 * The key of the logical event: type, subject, tenant, source (repository and run id) and the optional
 * discriminator. A re-run attempt of the same job derives the same key, so it is the same event.
 */
function idempotencyKey(input, origin) {
    const logical = JSON.stringify([input.type, input.subject, input.tenant ?? null, origin.source, input.key ?? null]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(logical).digest('hex');
}
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';
/** `evt_` + 26 Crockford base32 characters (130 bits) of the idempotency key. */
function eventIdFor(key) {
    const bytes = Buffer.from(key, 'hex');
    let bits = 0;
    let value = 0;
    let out = '';
    for (const byte of bytes) {
        value = (value << 8) | byte;
        bits += 8;
        while (bits >= 5 && out.length < 26) {
            out += BASE32[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
        value &= (1 << bits) - 1;
        if (out.length === 26)
            break;
    }
    return `evt_${out}`;
}
const TYPE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
/**
 * Builds and validates the envelope of an event. Throws a ConfigError (nothing is sent) when the type
 * is unknown, the subject or tenant is malformed, or the data does not conform to its schema.
 * `dataSource` keeps file positions when the data was read from a file or an input.
 */
function buildEnvelope(input, origin, options = {}) {
    const file = options.dataSource?.file;
    const issues = [];
    if (!TYPE_PATTERN.test(input.type))
        issues.push({ file, pointer: '/type', message: `"${input.type}" is not a dotted event type`, code: 'pattern' });
    if (!input.subject || /\s/.test(input.subject) || input.subject.length > 200) {
        issues.push({ file, pointer: '/subject', message: 'must be a non-empty string without spaces (by convention <plugin>@<version>)', code: 'pattern' });
    }
    if (input.tenant !== undefined && (input.tenant === '' || /[\s,]/.test(input.tenant))) {
        issues.push({ file, pointer: '/tenant', message: 'must be a tenant id without spaces or commas', code: 'pattern' });
    }
    if (input.data === null || typeof input.data !== 'object' || Array.isArray(input.data)) {
        issues.push({ file, pointer: '/data', message: 'must be a JSON object', code: 'type' });
    }
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(issues);
    const dataschema = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .dataSchemaFor */ .tU)(input.type, { file });
    const dataIssues = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEventData */ .P5)(input.type, options.dataSource ?? (0,_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .inMemorySource */ .iE)(input.data, `<${input.type} data>`));
    if (dataIssues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(dataIssues);
    const key = idempotencyKey(input, origin);
    const envelope = {
        specversion: '1.0',
        id: eventIdFor(key),
        source: origin.source,
        type: input.type,
        subject: input.subject,
        time: (options.now ?? new Date()).toISOString(),
        datacontenttype: 'application/json',
        dataschema,
        ...(input.tenant !== undefined ? { tenantid: input.tenant } : {}),
        idempotencykey: key,
        ...(input.tags && input.tags.length > 0 ? { tags: [...new Set(input.tags)].join(',') } : {}),
        data: input.data,
    };
    return envelope;
}
/** The tags of an envelope as a list. */
function envelopeTags(envelope) {
    return envelope.tags ? envelope.tags.split(',').filter((t) => t !== '') : [];
}
/**
 * The exact bytes sent for an envelope: the CloudEvents SDK's structured HTTP serialization, which also
 * checks the envelope against the CloudEvents 1.0 specification.
 */
function serializeEnvelope(envelope) {
    const message = cloudevents__WEBPACK_IMPORTED_MODULE_1__.HTTP.structured(new cloudevents__WEBPACK_IMPORTED_MODULE_1__.CloudEvent({ ...envelope }));
    return { contentType: String(message.headers['content-type'] ?? CLOUDEVENTS_CONTENT_TYPE), body: String(message.body) };
}


/***/ }),

/***/ 4954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialValues: () => (/* binding */ credentialValues),
  openDeliveringSink: () => (/* binding */ openDeliveringSink),
  readSubscriptions: () => (/* binding */ readSubscriptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/config/parse.ts
var parse = __webpack_require__(7711);
// EXTERNAL MODULE: ./packages/core/src/config/suite.ts
var suite = __webpack_require__(1164);
;// CONCATENATED MODULE: ./packages/core/src/events/duration.ts
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

;// CONCATENATED MODULE: ./packages/core/src/events/subscriptions.ts




/**
 * Reads `config/events/subscriptions.yaml` (or any file of that kind): schema validation with located
 * errors, then the rules a schema cannot say (unique ids). Throws a ConfigError listing every problem.
 */
function parseSubscriptions(text, file) {
    const parsed = (0,parse/* parseSource */.P)(text, file);
    if (!parsed.ok)
        throw new errors/* ConfigError */.xL(parsed.issues);
    const source = parsed.source;
    const issues = (0,suite/* suiteSchemas */.JK)().validate((0,suite/* configKind */.DF)('subscriptions').schemaId, source);
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
    const raw = source.value;
    const duplicates = duplicateIds(raw, source);
    if (duplicates.length > 0)
        throw new errors/* ConfigError */.xL(duplicates);
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
            timeoutMs: parseDuration(s.timeout ?? d.timeout),
            retry: { scheduleMs: retry.schedule.map(parseDuration), maxAttempts: retry.maxAttempts, stepBudgetMs: parseDuration(retry.stepBudget) },
            rateLimit: { perSecond: rate.perSecond, burst: rate.burst ?? 1 },
            circuitBreaker: { failureThreshold: d.circuitBreaker.failureThreshold, cooldownMs: parseDuration(d.circuitBreaker.cooldown) },
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
            windowMs: parseDuration(a.window),
            minAttempts: a.minAttempts,
            latencyMs: parseDuration(a.latency),
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
        throw new errors/* ConfigError */.xL(issues);
    return found;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/audit/jsonl.ts
var jsonl = __webpack_require__(8339);
// EXTERNAL MODULE: ./packages/core/src/events/catalog.ts
var catalog = __webpack_require__(6624);
;// CONCATENATED MODULE: ./packages/core/src/events/log.ts



function serializeLogRecords(records) {
    return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}
const KINDS = new Set(['event', 'attempt', 'subscriber', 'alert']);
const REQUIRED = {
    event: ['time', 'eventId', 'type', 'subject', 'subscribers', 'envelope'],
    attempt: ['time', 'eventId', 'subscriber', 'channel', 'type', 'attempt', 'trigger', 'sent', 'status'],
    subscriber: ['time', 'subscriber', 'state'],
    alert: ['time', 'subscriber', 'kind', 'state', 'eventId'],
};
/**
 * Parses a delivery log. Lines that are not JSON (a write cut off by a crash) are skipped with a warning;
 * JSON lines that are not valid records are located errors (file, line, pointer).
 */
function parseDeliveryLog(text, file) {
    const records = [];
    const issues = [];
    const warnings = [];
    for (const line of (0,jsonl/* parseJsonLines */.L)(text)) {
        if (line.partial) {
            warnings.push({ file, line: line.line, message: 'incomplete last line skipped', code: 'partial' });
            continue;
        }
        if (line.error) {
            // A line that is not JSON is what a write cut off by a crash leaves; the writer starts a new line after it.
            if (line.error !== 'empty line')
                warnings.push({ file, line: line.line, message: `skipped: ${line.error}`, code: 'json' });
            continue;
        }
        const value = line.value;
        const kind = typeof value === 'object' && value !== null ? value.record : undefined;
        if (typeof kind !== 'string' || !KINDS.has(kind)) {
            issues.push({ file, line: line.line, pointer: '/record', message: 'must be one of: "event", "attempt", "subscriber", "alert"', code: 'enum' });
            continue;
        }
        const missing = REQUIRED[kind].filter((k) => !(k in value));
        if (missing.length > 0) {
            issues.push({ file, line: line.line, pointer: `/${missing[0]}`, message: `is required in a ${kind} record`, code: 'required' });
            continue;
        }
        if (kind === 'event') {
            const envelopeIssues = (0,catalog/* checkEnvelope */.$6)({ file, value: value.envelope, locate: () => ({ line: line.line, column: 1 }) });
            if (envelopeIssues.length > 0) {
                issues.push(...envelopeIssues.map((i) => ({ ...i, line: line.line, column: undefined, pointer: `/envelope${i.pointer ?? ''}` })));
                continue;
            }
        }
        records.push(value);
    }
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
    return { records, warnings };
}
function deliveryKey(eventId, subscriber) {
    return `${eventId}\u0000${subscriber}`;
}
function later(a, b) {
    return a.attempt !== b.attempt ? a.attempt > b.attempt : Date.parse(a.time) >= Date.parse(b.time);
}
/** Epoch ms of an ISO time (records written elsewhere may use another ISO 8601 form than ours). */
const ms = (iso) => Date.parse(iso);
function foldDeliveries(records) {
    const latest = new Map();
    const states = new Map();
    for (const r of records) {
        if (r.record !== 'attempt')
            continue;
        const key = deliveryKey(r.eventId, r.subscriber);
        let state = states.get(key);
        if (!state) {
            state = {
                eventId: r.eventId,
                subscriber: r.subscriber,
                channel: r.channel,
                tenant: r.tenant,
                type: r.type,
                attempts: 0,
                status: r.status,
                acknowledged: false,
                lastStatusCode: r.statusCode,
                firstAttemptAt: r.time,
                lastAttemptAt: r.time,
                successes: 0,
            };
            states.set(key, state);
        }
        if (r.sent)
            state.attempts = Math.max(state.attempts, r.attempt);
        if (r.status === 'delivered') {
            state.acknowledged = true;
            state.successes++;
        }
        if (ms(r.time) < ms(state.firstAttemptAt))
            state.firstAttemptAt = r.time;
        if (ms(r.time) > ms(state.lastAttemptAt))
            state.lastAttemptAt = r.time;
        const previous = latest.get(key);
        if (!previous || later(r, previous)) {
            latest.set(key, r);
            state.status = r.status;
            state.lastStatusCode = r.statusCode;
            if (r.error !== undefined)
                state.lastError = r.error;
            else
                delete state.lastError;
            if (r.nextAttemptAt !== undefined)
                state.nextAttemptAt = r.nextAttemptAt;
            else
                delete state.nextAttemptAt;
        }
    }
    for (const state of states.values())
        if (state.acknowledged)
            state.status = 'delivered';
    return states;
}
/** Envelopes by event id (the first record of each id wins: they are identical by construction). */
function eventsById(records) {
    const events = new Map();
    for (const r of records)
        if (r.record === 'event' && !events.has(r.eventId))
            events.set(r.eventId, r);
    return events;
}
function disabledSubscribers(records) {
    const disabled = new Map();
    for (const r of records)
        if (r.record === 'subscriber' && r.state === 'disabled')
            disabled.set(r.subscriber, r);
    return disabled;
}
function typeFilter(pattern) {
    if (!pattern.includes('*'))
        return (t) => t === pattern;
    const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return (t) => re.test(t);
}
/** Attempt records that pass every given filter, oldest first. */
function filterAttempts(records, filter) {
    const since = filter.since?.getTime();
    const until = filter.until?.getTime();
    const type = filter.type ? typeFilter(filter.type) : undefined;
    return records
        .filter((r) => r.record === 'attempt')
        .filter((r) => (filter.tenant === undefined || r.tenant === filter.tenant) &&
        (filter.subscriber === undefined || r.subscriber === filter.subscriber) &&
        (filter.status === undefined || r.status === filter.status) &&
        (filter.eventId === undefined || r.eventId === filter.eventId) &&
        (filter.trigger === undefined || r.trigger === filter.trigger) &&
        (type === undefined || type(r.type)) &&
        (since === undefined || ms(r.time) >= since) &&
        (until === undefined || ms(r.time) <= until))
        .sort((a, b) => ms(a.time) - ms(b.time));
}
/** Delivery states (latest status per event and subscriber) that pass the filter; `since`/`until` apply to the last attempt. */
function filterDeliveries(records, filter) {
    const since = filter.since?.getTime();
    const until = filter.until?.getTime();
    const type = filter.type ? typeFilter(filter.type) : undefined;
    return [...foldDeliveries(records).values()]
        .filter((s) => (filter.tenant === undefined || s.tenant === filter.tenant) &&
        (filter.subscriber === undefined || s.subscriber === filter.subscriber) &&
        (filter.status === undefined || s.status === filter.status) &&
        (filter.eventId === undefined || s.eventId === filter.eventId) &&
        (type === undefined || type(s.type)) &&
        (since === undefined || ms(s.lastAttemptAt) >= since) &&
        (until === undefined || ms(s.lastAttemptAt) <= until))
        .sort((a, b) => ms(a.lastAttemptAt) - ms(b.lastAttemptAt));
}

;// CONCATENATED MODULE: ./packages/github/src/delivery/log-file.ts




/** Keeps records in memory only (tests, the bench). */
class MemoryDeliveryLog {
    path = undefined;
    records = [];
    append(record) {
        this.records.push(record);
    }
    async close() { }
}
/**
 * Appends to a JSON-lines file through one stream, in order; records reach the file within a tick of happening.
 * A file that already exists is continued, so every step of a job, and a re-run that downloaded the
 * earlier log, writes one log.
 */
class FileDeliveryLog {
    path;
    records = [];
    stream;
    failed;
    pending = [];
    constructor(path) {
        this.path = path;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        const cutOff = endsWithoutNewline(path);
        this.stream = (0,external_node_fs_.createWriteStream)(path, { flags: 'a' });
        this.stream.on('error', (error) => (this.failed = error));
        // A line cut off by an earlier crash stays alone on its line; readers skip it.
        if (cutOff)
            this.stream.write('\n');
    }
    append(record) {
        if (this.failed)
            throw this.failed;
        this.records.push(record);
        // Lines written in the same tick go to the file in one write.
        if (this.pending.length === 0)
            setImmediate(() => this.flushPending());
        this.pending.push(JSON.stringify(record));
    }
    flushPending() {
        if (this.pending.length === 0)
            return;
        this.stream.write(`${this.pending.join('\n')}\n`);
        this.pending = [];
    }
    close() {
        this.flushPending();
        return new Promise((resolve, reject) => {
            this.stream.end(() => (this.failed ? reject(this.failed) : resolve()));
        });
    }
}
/** Reads and concatenates delivery logs; a missing file is an empty log when `optional`. */
async function readDeliveryLogs(paths, options = {}) {
    const records = [];
    const warnings = [];
    for (const path of paths) {
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT' && options.optional)
                continue;
            throw error;
        }
        const parsed = parseDeliveryLog(text, path);
        records.push(...parsed.records);
        warnings.push(...parsed.warnings);
    }
    return { records, warnings };
}
function endsWithoutNewline(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size === 0)
            return false;
        const last = Buffer.alloc(1);
        (0,external_node_fs_.readSync)(fd, last, 0, 1, size - 1);
        return last[0] !== 0x0a;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/events/metrics.ts

/** Nearest-rank percentile of unsorted values (null for none). */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
function deliveryMetrics(records) {
    let success = 0;
    let retries = 0;
    const latencies = [];
    const firstOk = new Set();
    const eventIds = new Set();
    for (const r of records) {
        if (r.record === 'event')
            eventIds.add(r.eventId);
        if (r.record !== 'attempt' || !r.sent)
            continue;
        if (r.attempt > 1)
            retries++;
        if (r.status === 'delivered') {
            success++;
            if (r.trigger === 'scheduled')
                latencies.push(r.sincePublishMs);
            if (r.attempt === 1)
                firstOk.add(`${r.eventId}\u0000${r.subscriber}`);
        }
    }
    const states = [...foldDeliveries(records).values()];
    const attempted = states.filter((s) => s.attempts > 0 || s.acknowledged);
    const duplicates = states.reduce((n, s) => n + Math.max(0, s.successes - 1), 0);
    const rate = (n) => (attempted.length === 0 ? null : n / attempted.length);
    return {
        'event.delivery.success_total': success,
        'event.delivery.retry_total': retries,
        'event.delivery.latency_p95': percentile(latencies, 95),
        'event.delivery.duplicate_total': duplicates,
        'event.delivery.failure_total': states.filter((s) => s.status === 'failed').length,
        'event.delivery.pending_total': states.filter((s) => s.status === 'pending' || s.status === 'retrying').length,
        first_attempt_success_rate: rate(firstOk.size),
        eventual_success_rate: rate(attempted.filter((s) => s.acknowledged).length),
        deliveries: states.length,
        events: eventIds.size,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/events/alerts.ts


/**
 * Evaluates the alert thresholds per subscriber over the attempts in the window ending at `now`:
 * - failure-rate: failed attempts / attempts > `failureRate`, with at least `minAttempts` attempts;
 * - signature-rejected: any 401 or 403 (the receiver refused our signature or credential);
 * - latency: p95 publish-to-delivery latency of the emitting step's deliveries > `latency`.
 * An alert already firing (its last alert record) is not raised again; one whose condition cleared
 * while the subscriber kept receiving attempts is resolved.
 */
function evaluateAlerts(records, thresholds, now) {
    const to = now.getTime();
    const from = to - thresholds.windowMs;
    const window = formatDuration(thresholds.windowMs);
    const stats = new Map();
    const lastAlert = new Map();
    for (const r of records) {
        if (r.record === 'alert') {
            const key = `${r.subscriber}\u0000${r.kind}`;
            const prev = lastAlert.get(key);
            if (!prev || Date.parse(prev.time) <= Date.parse(r.time))
                lastAlert.set(key, r);
            continue;
        }
        if (r.record !== 'attempt' || !r.sent)
            continue;
        const at = Date.parse(r.time);
        if (at < from || at > to)
            continue;
        let s = stats.get(r.subscriber);
        if (!s)
            stats.set(r.subscriber, (s = { attempts: 0, failed: 0, rejections: 0, latencies: [] }));
        s.attempts++;
        if (r.status !== 'delivered')
            s.failed++;
        // A throttling 403 (GitHub's secondary rate limit) is retried, not a rejection of our credential.
        if ((r.statusCode === 401 || r.statusCode === 403) && r.status === 'failed')
            s.rejections++;
        if (r.status === 'delivered' && r.trigger === 'scheduled')
            s.latencies.push(r.sincePublishMs);
    }
    const verdicts = [];
    const decide = (subscriber, kind, firing, value, threshold, message) => {
        const previous = lastAlert.get(`${subscriber}\u0000${kind}`);
        const wasFiring = previous?.state === 'firing';
        if (firing && !wasFiring)
            verdicts.push({ subscriber, kind, state: 'firing', value, threshold, window, message });
        if (!firing && wasFiring)
            verdicts.push({ subscriber, kind, state: 'resolved', value, threshold, window, message: `${kind} cleared for ${subscriber}` });
    };
    for (const [subscriber, s] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
        const rate = s.failed / s.attempts;
        if (s.attempts >= thresholds.minAttempts || rate <= thresholds.failureRate) {
            decide(subscriber, 'failure-rate', rate > thresholds.failureRate, rate, thresholds.failureRate, `${(rate * 100).toFixed(1)}% of ${s.attempts} attempts to ${subscriber} failed in ${window} (threshold ${(thresholds.failureRate * 100).toFixed(1)}%)`);
        }
        if (thresholds.signatureRejections) {
            decide(subscriber, 'signature-rejected', s.rejections > 0, s.rejections, 0, `${subscriber} rejected ${s.rejections} signed deliver${s.rejections === 1 ? 'y' : 'ies'} with 401/403 in ${window}`);
        }
        const p95 = percentile(s.latencies, 95);
        if (p95 !== null) {
            decide(subscriber, 'latency', p95 > thresholds.latencyMs, p95, thresholds.latencyMs, `p95 delivery latency to ${subscriber} is ${formatDuration(p95)} in ${window} (threshold ${formatDuration(thresholds.latencyMs)})`);
        }
    }
    return verdicts;
}

// EXTERNAL MODULE: ./packages/core/src/events/envelope.ts
var events_envelope = __webpack_require__(2403);
;// CONCATENATED MODULE: ./packages/core/src/events/match.ts
const globs = new Map();
/** `*` matches any characters, dots included: `plugin.*`, `*.blocked`, `*`. */
function typeMatches(pattern, type) {
    let re = globs.get(pattern);
    if (!re) {
        re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
        globs.set(pattern, re);
    }
    return re.test(type);
}
/**
 * Tenant isolation: an event of tenant T reaches a subscriber only if it lists T or says `all: true`;
 * an event with no tenant reaches only `all: true` subscribers.
 */
function matchSubscriber(subscriber, event) {
    if (!subscriber.enabled)
        return { matches: false, reason: 'disabled' };
    const filter = subscriber.filter;
    if (!filter.types.some((p) => typeMatches(p, event.type)))
        return { matches: false, reason: 'type' };
    if (filter.all !== true) {
        if (event.tenant === undefined || !(filter.tenants ?? []).includes(event.tenant))
            return { matches: false, reason: 'tenant' };
    }
    if (filter.tags && filter.tags.length > 0) {
        const tags = new Set(event.tags ?? []);
        if (event.tenant === undefined || !filter.tags.every((t) => tags.has(t)))
            return { matches: false, reason: 'tags' };
    }
    return { matches: true };
}
function matchSubscribers(subscribers, event) {
    return subscribers.filter((s) => matchSubscriber(s, event).matches);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/events/signing.ts

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 over
 * `<webhook-id>.<webhook-timestamp>.<body>` with a `whsec_<base64>` secret, sent as `v1,<base64>`.
 */
const SECRET_PREFIX = 'whsec_';
class SecretFormatError extends Error {
    name = 'SecretFormatError';
}
/**
 * The keys of a credential that holds one or more space-separated `whsec_` secrets (several during a
 * rotation: the delivery is signed with each, so receivers holding either the old or the new one verify it).
 */
function parseSigningSecrets(value) {
    const parts = value.trim().split(/\s+/).filter((p) => p !== '');
    if (parts.length === 0)
        throw new SecretFormatError('is empty');
    return parts.map((part, i) => {
        const which = parts.length > 1 ? `secret ${i + 1} ` : '';
        if (!part.startsWith(SECRET_PREFIX))
            throw new SecretFormatError(`${which}does not start with ${SECRET_PREFIX}`);
        const b64 = part.slice(SECRET_PREFIX.length);
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64))
            throw new SecretFormatError(`${which}is not base64 after ${SECRET_PREFIX}`);
        const key = Buffer.from(b64, 'base64');
        if (key.length < 24 || key.length > 64)
            throw new SecretFormatError(`${which}must decode to 24..64 bytes (got ${key.length})`);
        return (0,external_node_crypto_.createSecretKey)(key);
    });
}
/** A new random secret in `whsec_` form (32 bytes), for receivers and tests. */
function generateSigningSecret() {
    return SECRET_PREFIX + randomBytes(32).toString('base64');
}
function hmac(key, id, timestamp, body) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64');
}
/** The `webhook-signature` value: one `v1,<base64>` per key, space-separated. */
function signatureHeader(keys, id, timestamp, body) {
    return keys.map((key) => `v1,${hmac(key, id, timestamp, body)}`).join(' ');
}
/** The three Standard Webhooks headers for exactly these body bytes. */
function webhookHeaders(keys, id, body, now) {
    const timestamp = Math.floor(now.getTime() / 1000);
    return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(keys, id, timestamp, body) };
}
/** True when any `v1` signature in the header matches any of the keys (constant-time comparison). */
function signatureMatches(keys, id, timestamp, body, header) {
    const offered = header
        .split(' ')
        .map((s) => s.split(','))
        .filter(([version, sig]) => version === 'v1' && sig !== undefined)
        .map(([, sig]) => Buffer.from(sig, 'utf8'));
    for (const key of keys) {
        const expected = Buffer.from(hmac(key, id, timestamp, body), 'utf8');
        if (offered.some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected)))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./packages/core/src/events/channels.ts
var channels = __webpack_require__(3539);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/github/src/delivery/http.ts


/** The first bytes of a response body kept in the delivery log. */
const RESPONSE_EXCERPT_BYTES = 512;
/** Keep-alive connection pools for one subscriber; `maxSockets` bounds its requests in flight. */
function createAgents(maxSockets) {
    const options = { keepAlive: true, maxSockets, maxFreeSockets: Math.min(maxSockets, 256), scheduling: 'lifo' };
    return { http: new external_node_http_.Agent(options), https: new external_node_https_.Agent(options) };
}
function destroyAgents(agents) {
    agents.http.destroy();
    agents.https.destroy();
}
/** Parsed once per subscriber, not per request. */
function targetOf(url) {
    const secure = url.protocol === 'https:';
    return { secure, host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port) || (secure ? 443 : 80), path: `${url.pathname}${url.search}` };
}
function post(url, body, headers, options) {
    const started = performance.now();
    const target = url instanceof URL ? targetOf(url) : url;
    const send = target.secure ? external_node_https_.request : external_node_http_.request;
    const agent = options.agents ? (target.secure ? options.agents.https : options.agents.http) : undefined;
    // A string body goes out with the headers in one write; a Buffer costs a second (writev) chunk.
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    return new Promise((resolve) => {
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({ ...result, latencyMs: Math.round((performance.now() - started) * 10) / 10 });
        };
        const req = send({
            host: target.host,
            port: target.port,
            path: target.path,
            method: 'POST',
            agent,
            headers: { ...headers, 'content-length': String(length), 'user-agent': 'powerx-release-suite' },
        });
        const timer = setTimeout(() => {
            req.destroy(new Error(`no response within ${options.timeoutMs} ms`));
        }, options.timeoutMs);
        req.on('error', (error) => {
            finish({ status: null, headers: {}, excerpt: '', error: error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message });
        });
        req.on('response', (res) => {
            const chunks = [];
            let kept = 0;
            res.on('data', (chunk) => {
                if (kept < RESPONSE_EXCERPT_BYTES) {
                    chunks.push(chunk.subarray(0, RESPONSE_EXCERPT_BYTES - kept));
                    kept += Math.min(chunk.length, RESPONSE_EXCERPT_BYTES - kept);
                }
            });
            const done = () => finish({ status: res.statusCode ?? null, headers: res.headers, excerpt: Buffer.concat(chunks).toString('utf8') });
            // The status line is the receiver's answer even if the body is cut off afterwards.
            res.on('end', done);
            res.on('close', done);
            res.on('error', done);
        });
        req.end(body);
    });
}

;// CONCATENATED MODULE: ./packages/github/src/delivery/channels.ts




/** Serialized bodies, shared by every webhook subscriber of an event (the same bytes are signed and sent). */
class BodyCache {
    bodies = new Map();
    get(envelope) {
        let found = this.bodies.get(envelope.id);
        if (!found) {
            found = (0,events_envelope.serializeEnvelope)(envelope);
            this.bodies.set(envelope.id, found);
        }
        return found;
    }
    forget(eventId) {
        this.bodies.delete(eventId);
    }
}
function fromPost(result) {
    const retryAfter = result.headers['retry-after'];
    return {
        status: result.status,
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
        error: result.error,
        response: result.excerpt || undefined,
        latencyMs: result.latencyMs,
    };
}
class HttpChannel {
    agents;
    timeoutMs;
    constructor(subscriber) {
        this.agents = createAgents(subscriber.maxInFlight);
        this.timeoutMs = subscriber.timeoutMs;
    }
    close() {
        destroyAgents(this.agents);
    }
}
/** Standard Webhooks: the structured CloudEvent, signed with every configured secret. */
class WebhookChannel extends HttpChannel {
    url;
    keys;
    bodies;
    constructor(subscriber, credential, bodies) {
        super(subscriber);
        this.url = targetOf(new URL(subscriber.target));
        this.keys = parseSigningSecrets(credential);
        this.bodies = bodies;
    }
    async send(envelope, now) {
        const { contentType, body } = this.bodies.get(envelope);
        const headers = { 'content-type': contentType, ...webhookHeaders(this.keys, envelope.id, body, now) };
        return fromPost(await post(this.url, body, headers, { timeoutMs: this.timeoutMs, agents: this.agents }));
    }
}
/** Slack incoming webhook: the URL is the credential. */
class SlackChannel extends HttpChannel {
    url;
    constructor(subscriber, credential) {
        super(subscriber);
        this.url = targetOf(new URL(credential));
    }
    async send(envelope) {
        const body = JSON.stringify((0,channels/* slackMessage */.y$)(envelope));
        return fromPost(await post(this.url, body, { 'content-type': 'application/json' }, { timeoutMs: this.timeoutMs, agents: this.agents }));
    }
}
/** PagerDuty Events API v2: the credential is the integration's routing key. */
class PagerDutyChannel extends HttpChannel {
    url;
    routingKey;
    subscriberId;
    constructor(subscriber, credential) {
        super(subscriber);
        this.url = targetOf(new URL(subscriber.target ?? channels/* PAGERDUTY_EVENTS_URL */.mJ));
        this.routingKey = credential;
        this.subscriberId = subscriber.id;
    }
    async send(envelope) {
        const body = JSON.stringify((0,channels/* pagerDutyEvent */.qe)(envelope, this.subscriberId, this.routingKey));
        return fromPost(await post(this.url, body, { 'content-type': 'application/json' }, { timeoutMs: this.timeoutMs, agents: this.agents }));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/events/breaker.ts
class CircuitBreaker {
    failures = 0;
    openedAt = 0;
    probing = false;
    state = 'closed';
    failureThreshold;
    cooldownMs;
    constructor(options) {
        this.failureThreshold = options.failureThreshold;
        this.cooldownMs = options.cooldownMs;
    }
    /** Whether an attempt may start now; if not, when to ask again (epoch ms). */
    admit(now) {
        if (this.state === 'closed')
            return { ok: true };
        if (this.state === 'open') {
            const until = this.openedAt + this.cooldownMs;
            if (now < until)
                return { ok: false, retryAt: until };
            this.state = 'half-open';
            this.probing = false;
        }
        if (this.probing)
            return { ok: false, retryAt: now + Math.min(this.cooldownMs, 1000) };
        this.probing = true;
        return { ok: true };
    }
    /** The admitted attempt was not made after all: let another one probe. */
    release() {
        this.probing = false;
    }
    success() {
        this.failures = 0;
        this.probing = false;
        this.state = 'closed';
    }
    failure(now) {
        this.failures++;
        this.probing = false;
        if (this.state === 'half-open' || this.failures >= this.failureThreshold) {
            this.state = 'open';
            this.openedAt = now;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/events/rate-limit.ts
/**
 * Token bucket that queues instead of dropping: `reserve` always grants a slot and says when it may
 * be used. `slowDown` halves the rate after a 429/503 (down to a floor); successes win it back gradually.
 */
class TokenBucket {
    tokens;
    last;
    rate;
    perSecond;
    burst;
    constructor(options, now) {
        this.perSecond = options.perSecond;
        this.burst = Math.max(1, options.burst);
        this.rate = options.perSecond;
        this.tokens = this.burst;
        this.last = now;
    }
    get currentRate() {
        return this.rate;
    }
    refill(now) {
        if (now > this.last) {
            this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
            this.last = now;
        }
    }
    /** Takes one token; returns the epoch ms at which the caller may go (now, or later when queued). */
    reserve(now) {
        this.refill(now);
        this.tokens -= 1;
        if (this.tokens >= 0)
            return now;
        return now + Math.ceil((-this.tokens / this.rate) * 1000);
    }
    /** When a reservation would be granted, without taking a token. */
    nextFree(now) {
        this.refill(now);
        if (this.tokens >= 1)
            return now;
        return now + Math.ceil(((1 - this.tokens) / this.rate) * 1000);
    }
    slowDown() {
        this.rate = Math.max(this.perSecond / 16, this.rate / 2, 0.05);
    }
    recover() {
        if (this.rate < this.perSecond)
            this.rate = Math.min(this.perSecond, this.rate * 1.1);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/events/retry.ts
const SLOW_DOWN = new Set([429, 502, 503, 504]);
function classifyAttempt(result, now = new Date()) {
    const { status } = result;
    if (status === null)
        return { kind: 'retry', slowDown: false, reason: result.error ?? 'no response' };
    if (status >= 200 && status < 300)
        return { kind: 'delivered' };
    if (status === 410)
        return { kind: 'gone', reason: '410 Gone: the subscriber asked to be removed' };
    if (SLOW_DOWN.has(status) || result.throttled) {
        const retryAfterMs = parseRetryAfter(result.retryAfter, now);
        return { kind: 'retry', slowDown: true, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), reason: `HTTP ${status}` };
    }
    if (status >= 500 || status === 408)
        return { kind: 'retry', slowDown: false, reason: `HTTP ${status}` };
    if (status >= 300 && status < 400)
        return { kind: 'rejected', reason: `HTTP ${status}: redirects are not followed; point the subscriber at the final URL` };
    return { kind: 'rejected', reason: `HTTP ${status}` };
}
/** A Retry-After value (delta seconds or an HTTP date) in milliseconds from `now`; capped at one day. */
function parseRetryAfter(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    let ms;
    if (/^\d+$/.test(text))
        ms = Number(text) * 1000;
    else {
        const at = Date.parse(text);
        if (Number.isNaN(at))
            return undefined;
        ms = at - now.getTime();
    }
    return Math.min(Math.max(ms, 0), 86_400_000);
}
/** Delay before retry `n` (1-based): the schedule's n-th value (the last repeats), ±20% jitter. */
function retryDelay(scheduleMs, n, random = Math.random) {
    const base = scheduleMs[Math.min(n, scheduleMs.length) - 1] ?? scheduleMs[scheduleMs.length - 1] ?? 0;
    return Math.round(base * (0.8 + 0.4 * random()));
}
function planNext(input) {
    const { verdict } = input;
    if (verdict.kind === 'gone' || verdict.kind === 'rejected')
        return { action: 'failed', reason: verdict.reason };
    if (input.attempts >= input.maxAttempts)
        return { action: 'failed', reason: `${input.attempts} attempts failed (last: ${verdict.reason})` };
    const delay = Math.max(verdict.retryAfterMs ?? 0, retryDelay(input.scheduleMs, input.attempts, input.random));
    const at = input.now + delay;
    return at <= input.deadline ? { action: 'retry', at } : { action: 'pending', at };
}

;// CONCATENATED MODULE: ./packages/github/src/delivery/dispatcher.ts



/** A retried job is due a little late when its timer fires; within this grace it still goes. */
const DEADLINE_GRACE_MS = 250;
class Lane {
    subscriber;
    channel;
    bucket;
    breaker;
    /** Retries go before new deliveries. */
    retries = [];
    queue = [];
    head = 0;
    inFlight = 0;
    pausedUntil = 0;
    disabled;
    timer;
    timerAt = Infinity;
    constructor(subscriber, channel, now) {
        this.subscriber = subscriber;
        this.channel = channel;
        this.bucket = new TokenBucket(subscriber.rateLimit, now);
        this.breaker = new CircuitBreaker(subscriber.circuitBreaker);
    }
    get size() {
        return this.retries.length + this.queue.length - this.head;
    }
    push(job) {
        this.queue.push(job);
    }
    peek() {
        return this.retries[0] ?? this.queue[this.head];
    }
    shift() {
        if (this.retries.length > 0)
            return this.retries.shift();
        const job = this.queue[this.head];
        this.queue[this.head++] = undefined;
        if (this.head > 1024 && this.head * 2 > this.queue.length) {
            this.queue.splice(0, this.head);
            this.head = 0;
        }
        return job;
    }
}
/**
 * Delivers events to subscribers: one lane per subscriber with its own rate limit (queueing, never
 * dropping), requests in flight bound, circuit breaker and pause after Retry-After; retries follow the
 * subscriber's schedule within its step budget, and what does not fit is logged as pending for the
 * re-drive. Every attempt (and every deferral) is one delivery-log record.
 */
class Dispatcher {
    lanes = new Map();
    options;
    clock;
    subscribers;
    perEvent = new Map();
    waiters = [];
    timers = new Set();
    outstanding = 0;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? Date.now;
        this.subscribers = new Map(options.subscribers.map((s) => [s.id, s]));
    }
    /** Deliveries not yet delivered, pending or failed in this step. */
    get inProgress() {
        return this.outstanding;
    }
    deliver(request) {
        const subscriber = this.subscribers.get(request.subscriber);
        if (!subscriber)
            throw new Error(`unknown subscriber ${request.subscriber}`);
        const lane = this.lane(subscriber);
        const now = this.clock();
        this.outstanding++;
        this.perEvent.set(request.envelope.id, (this.perEvent.get(request.envelope.id) ?? 0) + 1);
        return new Promise((done) => {
            const published = Date.parse(request.envelope.time);
            lane.push({
                request,
                subscriber,
                attempt: request.attempts,
                counted: request.trigger === 'manual' ? 0 : request.attempts,
                publishedMs: Number.isNaN(published) ? now : published,
                deadline: now + subscriber.retry.stepBudgetMs,
                lastStatusCode: null,
                done,
            });
            this.pump(lane);
        });
    }
    /** Resolves when every delivery handed in so far has reached delivered, pending or failed. */
    idle() {
        if (this.outstanding === 0)
            return Promise.resolve();
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    close() {
        for (const timer of this.timers)
            clearTimeout(timer);
        for (const lane of this.lanes.values()) {
            if (lane.timer)
                clearTimeout(lane.timer);
            lane.channel.close();
        }
    }
    lane(subscriber) {
        let lane = this.lanes.get(subscriber.id);
        if (!lane) {
            const channel = this.options.channels.get(subscriber.id);
            if (!channel)
                throw new Error(`no channel for subscriber ${subscriber.id}`);
            lane = new Lane(subscriber, channel, this.clock());
            this.lanes.set(subscriber.id, lane);
        }
        return lane;
    }
    pump(lane) {
        const now = this.clock();
        while (lane.inFlight < lane.subscriber.maxInFlight && lane.size > 0) {
            const job = lane.peek();
            if (lane.disabled) {
                lane.shift();
                this.finish(job, 'failed', { error: `not sent: subscriber disabled (${lane.disabled})`, reason: 'subscriber-gone' });
                continue;
            }
            if (now > job.deadline + DEADLINE_GRACE_MS) {
                lane.shift();
                this.defer(job, now, this.waitReason(lane, now));
                continue;
            }
            let goAt = Math.max(lane.pausedUntil, lane.bucket.nextFree(now));
            if (goAt <= now) {
                const admitted = lane.breaker.admit(now);
                if (!admitted.ok)
                    goAt = admitted.retryAt;
            }
            if (goAt > now) {
                if (goAt > job.deadline) {
                    lane.shift();
                    this.defer(job, goAt, this.waitReason(lane, now));
                    continue;
                }
                this.wake(lane, goAt);
                return;
            }
            lane.shift();
            lane.bucket.reserve(now);
            lane.inFlight++;
            void this.attempt(lane, job);
        }
    }
    waitReason(lane, now) {
        if (lane.breaker.state !== 'closed')
            return 'not sent: circuit open after consecutive failures';
        if (lane.pausedUntil > now)
            return 'not sent: subscriber asked to slow down (Retry-After) past the step budget';
        return 'not sent: rate-limit queue reached the end of the step budget';
    }
    wake(lane, at) {
        if (lane.timer && lane.timerAt <= at)
            return;
        if (lane.timer)
            clearTimeout(lane.timer);
        lane.timerAt = at;
        lane.timer = setTimeout(() => {
            lane.timer = undefined;
            lane.timerAt = Infinity;
            this.pump(lane);
        }, Math.max(0, at - this.clock()));
    }
    async attempt(lane, job) {
        const startMs = this.clock();
        let result;
        try {
            result = await lane.channel.send(job.request.envelope, new Date(startMs));
        }
        catch (error) {
            result = { status: null, error: error.message, latencyMs: this.clock() - startMs };
        }
        lane.inFlight--;
        const end = this.clock();
        if (result.refused) {
            lane.breaker.release();
            this.record(job, startMs, end, result, 'failed', false);
            this.finish(job, 'failed', { error: result.error, reason: 'rejected' }, false);
            this.pump(lane);
            return;
        }
        job.attempt++;
        job.counted++;
        job.lastStatusCode = result.status;
        const verdict = classifyAttempt(result, new Date(end));
        if (verdict.kind === 'delivered') {
            lane.breaker.success();
            lane.bucket.recover();
            this.record(job, startMs, end, result, 'delivered', true);
            this.finish(job, 'delivered', {}, false);
            this.pump(lane);
            return;
        }
        job.lastError = result.error ?? verdict.reason;
        // A 4xx answer proves the endpoint is up: it does not count towards opening the circuit.
        if (verdict.kind === 'rejected')
            lane.breaker.success();
        if (verdict.kind === 'retry') {
            lane.breaker.failure(end);
            if (verdict.slowDown) {
                lane.bucket.slowDown();
                if (verdict.retryAfterMs !== undefined)
                    lane.pausedUntil = Math.max(lane.pausedUntil, end + verdict.retryAfterMs);
            }
        }
        const next = planNext({
            verdict,
            attempts: job.counted,
            maxAttempts: job.subscriber.retry.maxAttempts,
            scheduleMs: job.subscriber.retry.scheduleMs,
            now: end,
            deadline: job.deadline,
            ...(this.options.random ? { random: this.options.random } : {}),
        });
        if (next.action === 'retry') {
            this.record(job, startMs, end, result, 'retrying', true, undefined, verdict);
            const timer = setTimeout(() => {
                this.timers.delete(timer);
                lane.retries.push(job);
                this.pump(lane);
            }, Math.max(0, next.at - this.clock()));
            this.timers.add(timer);
        }
        else if (next.action === 'pending') {
            const nextAttemptAt = new Date(next.at).toISOString();
            this.record(job, startMs, end, result, 'pending', true, nextAttemptAt, verdict);
            this.finish(job, 'pending', { nextAttemptAt }, false);
        }
        else {
            this.record(job, startMs, end, result, 'failed', true, undefined, verdict);
            const reason = verdict.kind === 'gone' ? 'subscriber-gone' : verdict.kind === 'rejected' ? 'rejected' : 'exhausted';
            if (verdict.kind === 'gone' && !lane.disabled) {
                lane.disabled = verdict.reason;
                this.options.log.append({ record: 'subscriber', time: new Date(end).toISOString(), subscriber: lane.subscriber.id, state: 'disabled', reason: verdict.reason });
                this.options.onDisabled?.(lane.subscriber.id, verdict.reason);
            }
            this.finish(job, 'failed', { reason }, false);
        }
        this.pump(lane);
    }
    record(job, startMs, endMs, result, status, sent, nextAttemptAt, verdict) {
        const { envelope } = job.request;
        const error = result.error ?? (verdict && verdict.kind !== 'delivered' ? verdict.reason : undefined);
        const record = {
            record: 'attempt',
            time: new Date(startMs).toISOString(),
            eventId: envelope.id,
            subscriber: job.subscriber.id,
            channel: job.subscriber.channel,
            tenant: envelope.tenantid ?? null,
            type: envelope.type,
            attempt: job.attempt,
            trigger: job.request.trigger,
            sent,
            status,
            statusCode: result.status,
            latencyMs: sent ? result.latencyMs : null,
            sincePublishMs: Math.max(0, endMs - job.publishedMs),
            ...(error !== undefined ? { error } : {}),
            ...(result.response !== undefined ? { response: result.response } : {}),
            ...(nextAttemptAt !== undefined ? { nextAttemptAt } : {}),
            ...(this.options.runId !== undefined ? { runId: this.options.runId } : {}),
        };
        this.options.log.append(record);
    }
    /** Logs a delivery that could not be attempted within the step budget as pending, without a request. */
    defer(job, at, reason) {
        const now = this.clock();
        const nextAttemptAt = new Date(at).toISOString();
        this.record(job, now, now, { status: null, error: reason, latencyMs: 0 }, 'pending', false, nextAttemptAt);
        this.finish(job, 'pending', { nextAttemptAt, error: reason }, false);
    }
    finish(job, status, extra, log = true) {
        if (log && status === 'failed') {
            const now = this.clock();
            this.record(job, now, now, { status: null, error: extra.error, latencyMs: 0 }, 'failed', false);
        }
        const error = extra.error ?? job.lastError;
        const final = {
            eventId: job.request.envelope.id,
            subscriber: job.subscriber.id,
            envelope: job.request.envelope,
            trigger: job.request.trigger,
            status,
            attempts: job.attempt,
            lastStatusCode: job.lastStatusCode,
            ...(status !== 'delivered' && error !== undefined ? { lastError: error } : {}),
            ...(extra.nextAttemptAt !== undefined ? { nextAttemptAt: extra.nextAttemptAt } : {}),
            ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
        };
        job.done(final);
        this.options.onFinal?.(final);
        const left = (this.perEvent.get(final.eventId) ?? 1) - 1;
        if (left === 0) {
            this.perEvent.delete(final.eventId);
            this.options.onEventSettled?.(final.eventId);
        }
        else {
            this.perEvent.set(final.eventId, left);
        }
        this.outstanding--;
        if (this.outstanding === 0)
            for (const resolve of this.waiters.splice(0))
                resolve();
    }
}

;// CONCATENATED MODULE: ./packages/github/src/delivery/sink.ts










function channelFor(subscriber, credential, bodies, github) {
    switch (subscriber.channel) {
        case 'webhook':
            return new WebhookChannel(subscriber, credential, bodies);
        case 'slack':
            return new SlackChannel(subscriber, credential);
        case 'pagerduty':
            return new PagerDutyChannel(subscriber, credential);
        case 'repository_dispatch':
            return lazyDispatchChannel(subscriber, credential, github);
    }
}
/** Octokit is loaded only when a repository_dispatch delivery is actually made (it costs cold start). */
function lazyDispatchChannel(subscriber, credential, github) {
    let channel;
    let opened;
    return {
        async send(envelope, now) {
            channel ??= Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 6756)).then(({ DispatchChannel }) => (opened = new DispatchChannel(subscriber, credential, github)));
            return (await channel).send(envelope, now);
        },
        close() {
            opened?.close();
        },
    };
}
function credentialIssue(subscriber, message) {
    return {
        file: subscriber.location.file,
        line: subscriber.location.line,
        column: subscriber.location.column,
        pointer: `${subscriber.location.pointer}/secretEnv`,
        message: `subscriber ${subscriber.id}: the value of ${subscriber.secretEnv} ${message}`,
        code: 'bad-secret',
    };
}
/** One channel per enabled subscriber; credentials are checked here so a bad one fails before anything is sent. */
function openChannels(options, bodies) {
    const credentials = resolveCredentials(options.subscriptions, options.secrets);
    const channels = new Map();
    const issues = [];
    for (const subscriber of options.subscriptions.subscribers) {
        const credential = credentials.get(subscriber.id);
        if (credential === undefined)
            continue;
        options.audit?.registerSecret(credential);
        try {
            if (subscriber.channel === 'slack' && !/^https:\/\//.test(credential) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(credential)) {
                throw new SecretFormatError('is not an https:// Slack incoming-webhook URL');
            }
            channels.set(subscriber.id, channelFor(subscriber, credential, bodies, options.github));
        }
        catch (error) {
            if (error instanceof SecretFormatError)
                issues.push(credentialIssue(subscriber, error.message));
            else
                throw error;
        }
    }
    if (issues.length > 0) {
        for (const channel of channels.values())
            channel.close();
        throw new errors/* ConfigError */.xL(issues);
    }
    return channels;
}
/**
 * The EventSink that delivers: builds CloudEvents, matches subscriptions (tenant isolation), delivers
 * through webhook / Slack / PagerDuty / repository_dispatch with retries, writes the delivery log,
 * announces failures and alerts as `event.delivery.failed`, and audits its decisions.
 * `publish` returns once the event is accepted; `flush` (or `close`) waits for the deliveries.
 */
function createDeliveringSink(options) {
    const bodies = new BodyCache();
    const channels = openChannels(options, bodies);
    const clock = options.clock ?? Date.now;
    const announce = options.announceFailures ?? true;
    const history = options.history ?? [];
    const historyStates = foldDeliveries(history);
    const disabled = new Set(disabledSubscribers(history).keys());
    const accepted = new Map();
    const rows = [];
    const audits = [];
    const announcements = [];
    const subscribersById = new Map(options.subscriptions.subscribers.map((s) => [s.id, s]));
    const alerts = [];
    const perEventRows = new Map();
    const audit = (entry) => {
        if (options.audit)
            audits.push(options.audit.append(entry));
    };
    const row = (envelope, subscriber, trigger, fields) => {
        const r = {
            eventId: envelope.id,
            type: envelope.type,
            subject: envelope.subject,
            tenant: envelope.tenantid ?? null,
            subscriber,
            channel: subscribersById.get(subscriber)?.channel ?? 'webhook',
            trigger,
            status: fields.status,
            attempts: fields.attempts,
            lastStatusCode: fields.lastStatusCode,
            ...(fields.lastError !== undefined ? { lastError: fields.lastError } : {}),
            ...(fields.nextAttemptAt !== undefined ? { nextAttemptAt: fields.nextAttemptAt } : {}),
        };
        rows.push(r);
        const list = perEventRows.get(envelope.id) ?? [];
        list.push(r);
        perEventRows.set(envelope.id, list);
        return r;
    };
    const dispatcher = new Dispatcher({
        subscribers: options.subscriptions.subscribers,
        channels,
        log: options.log,
        ...(options.runId !== undefined ? { runId: options.runId } : {}),
        clock,
        ...(options.random ? { random: options.random } : {}),
        onFinal: (final) => {
            row(final.envelope, final.subscriber, final.trigger, final);
            options.onDelivery?.(final);
            const announceIt = final.status === 'failed' && (final.reason !== 'subscriber-gone' || final.lastStatusCode === 410);
            if (announce && announceIt && final.envelope.type !== 'event.delivery.failed') {
                announcements.push(announceFailure(final));
            }
        },
        onDisabled: (subscriber, reason) => {
            disabled.add(subscriber);
            audit({ action: 'events.subscriber.disabled', subject: subscriber, outcome: 'disabled', details: { reason } });
        },
        onEventSettled: (eventId) => {
            bodies.forget(eventId);
            const event = accepted.get(eventId);
            const list = perEventRows.get(eventId) ?? [];
            if (event && list.length > 0) {
                const statuses = list.map((r) => r.status);
                const outcome = statuses.every((s) => s === 'delivered' || s === 'skipped') ? 'delivered' : statuses.some((s) => s === 'failed') ? 'failed' : 'pending';
                audit({
                    action: 'events.delivery.completed',
                    subject: event.subject,
                    outcome,
                    details: { eventId, type: event.type, tenant: event.tenant, deliveries: Object.fromEntries(list.map((r) => [r.subscriber, { status: r.status, attempts: r.attempts, lastStatusCode: r.lastStatusCode }])) },
                });
            }
        },
    });
    async function announceFailure(final) {
        const reason = final.reason ?? 'exhausted';
        await publishInternal({
            type: 'event.delivery.failed',
            subject: final.envelope.subject,
            ...(final.envelope.tenantid !== undefined ? { tenant: final.envelope.tenantid } : {}),
            key: `${final.eventId}:${final.subscriber}`,
            data: {
                reason,
                subscriber: final.subscriber,
                eventId: final.eventId,
                eventType: final.envelope.type,
                attempts: final.attempts,
                lastStatus: final.lastStatusCode,
                ...(final.lastError !== undefined ? { lastError: final.lastError } : {}),
            },
        }).catch(() => undefined);
    }
    async function plan(event, planOptions = {}) {
        const envelope = (0,events_envelope.buildEnvelope)(event, options.origin, { now: new Date(clock()), ...(planOptions.dataSource ? { dataSource: planOptions.dataSource } : {}) });
        const tags = event.tags ?? (event.tenant !== undefined && options.tenantTags ? await options.tenantTags(event.tenant) : (0,events_envelope.envelopeTags)(envelope));
        let matched = matchSubscribers(options.subscriptions.subscribers.filter((s) => !disabled.has(s.id)), { type: envelope.type, tenant: envelope.tenantid, tags }).map((s) => s.id);
        // A delivery failure is never announced to the subscriber it is about.
        if (envelope.type === 'event.delivery.failed')
            matched = matched.filter((id) => id !== envelope.data.subscriber);
        const acknowledged = matched.filter((id) => historyStates.get(deliveryKey(envelope.id, id))?.acknowledged);
        return { envelope, subscribers: matched, acknowledged };
    }
    async function publishInternal(event, publishOptions = {}) {
        let planned;
        try {
            planned = await plan(event, publishOptions);
        }
        catch (error) {
            if ((0,errors/* isConfigError */.De)(error)) {
                audit({ action: 'events.event.rejected', subject: event.subject || 'unknown', outcome: 'rejected', details: { type: event.type, issues: error.issues.map((i) => ({ pointer: i.pointer ?? '', message: i.message })) } });
            }
            throw error;
        }
        const { envelope, subscribers, acknowledged } = planned;
        if (accepted.has(envelope.id))
            return;
        const summary = { eventId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenantid ?? null, subscribers };
        accepted.set(envelope.id, summary);
        options.log.append({ record: 'event', time: new Date(clock()).toISOString(), eventId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenantid ?? null, subscribers, envelope });
        audit({ action: 'events.event.accepted', subject: envelope.subject, outcome: 'recorded', details: { eventId: envelope.id, type: envelope.type, tenant: envelope.tenantid ?? null, subscribers, alreadyAcknowledged: acknowledged } });
        for (const id of subscribers) {
            const state = historyStates.get(deliveryKey(envelope.id, id));
            if (state?.acknowledged) {
                row(envelope, id, 'scheduled', { status: 'skipped', attempts: state.attempts, lastStatusCode: state.lastStatusCode });
                continue;
            }
            void dispatcher.deliver({ envelope, subscriber: id, trigger: 'scheduled', attempts: state?.attempts ?? 0 });
        }
        if (subscribers.length > 0 && subscribers.every((id) => acknowledged.includes(id))) {
            audit({ action: 'events.delivery.completed', subject: envelope.subject, outcome: 'delivered', details: { eventId: envelope.id, type: envelope.type, alreadyAcknowledged: acknowledged } });
        }
    }
    async function evaluate() {
        const records = [...history, ...options.log.records];
        const verdicts = evaluateAlerts(records, options.subscriptions.alerts, new Date(clock()));
        for (const verdict of verdicts) {
            alerts.push(verdict);
            const time = new Date(clock()).toISOString();
            const event = {
                type: 'event.delivery.failed',
                subject: `subscriber/${verdict.subscriber}`,
                key: `alert:${verdict.subscriber}:${verdict.kind}:${verdict.state}:${time}`,
                data: {
                    reason: verdict.kind,
                    subscriber: verdict.subscriber,
                    state: verdict.state,
                    window: verdict.window,
                    threshold: verdict.threshold,
                    ...(verdict.kind === 'failure-rate' ? { failureRate: verdict.value } : verdict.kind === 'latency' ? { latencyP95Ms: verdict.value } : {}),
                    message: verdict.message,
                },
            };
            const { envelope } = await plan(event);
            const record = { record: 'alert', time, subscriber: verdict.subscriber, kind: verdict.kind, state: verdict.state, value: verdict.value, threshold: verdict.threshold, eventId: envelope.id };
            options.log.append(record);
            audit({ action: `events.alert.${verdict.state}`, subject: verdict.subscriber, outcome: verdict.state, details: { kind: verdict.kind, value: verdict.value, threshold: verdict.threshold, window: verdict.window, eventId: envelope.id } });
            if (announce)
                await publishInternal(event);
        }
    }
    let evaluated = false;
    async function flush() {
        // Announcements publish more events; wait until nothing new is started.
        for (;;) {
            await dispatcher.idle();
            const pending = announcements.splice(0);
            if (pending.length === 0)
                break;
            await Promise.all(pending);
        }
        if (!evaluated) {
            evaluated = true;
            await evaluate();
            await dispatcher.idle();
        }
        await Promise.all(audits.splice(0));
        return report();
    }
    function report() {
        const count = (status) => rows.filter((r) => r.status === status).length;
        return {
            events: [...accepted.values()],
            deliveries: [...rows],
            counts: { events: accepted.size, delivered: count('delivered'), pending: count('pending'), failed: count('failed'), skipped: count('skipped') },
            alerts: [...alerts],
            metrics: deliveryMetrics(options.log.records),
            logPath: options.log.path ?? null,
        };
    }
    return {
        publish: (event, publishOptions) => publishInternal(event, publishOptions),
        plan,
        redeliver(candidates, trigger) {
            for (const c of candidates) {
                if (!channels.has(c.subscriber))
                    throw new Error(`subscriber ${c.subscriber} is not enabled`);
                const { envelope } = c.event;
                if (!accepted.has(envelope.id)) {
                    accepted.set(envelope.id, { eventId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenantid ?? null, subscribers: c.event.subscribers });
                }
                void dispatcher.deliver({ envelope, subscriber: c.subscriber, trigger, attempts: c.attempts });
            }
        },
        abandon(skipped, trigger) {
            const now = new Date(clock()).toISOString();
            for (const s of skipped) {
                if (s.reason === 'acknowledged' || s.reason === 'unknown-event')
                    continue;
                const state = historyStates.get(deliveryKey(s.eventId, s.subscriber));
                options.log.append({
                    record: 'attempt',
                    time: now,
                    eventId: s.eventId,
                    subscriber: s.subscriber,
                    channel: state?.channel ?? subscribersById.get(s.subscriber)?.channel ?? 'webhook',
                    tenant: state?.tenant ?? null,
                    type: state?.type ?? 'unknown',
                    attempt: state?.attempts ?? 0,
                    trigger,
                    sent: false,
                    status: 'failed',
                    statusCode: null,
                    latencyMs: null,
                    sincePublishMs: 0,
                    error: s.reason === 'disabled' ? 'not sent: subscriber disabled' : 'not sent: subscriber no longer configured',
                    ...(options.runId !== undefined ? { runId: options.runId } : {}),
                });
            }
        },
        flush,
        async close() {
            try {
                return await flush();
            }
            finally {
                dispatcher.close();
                await options.log.close();
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/src/delivery/open.ts





/** Reads a subscriptions file; a missing file is bad input naming the file. */
async function readSubscriptions(path, display = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        throw errors/* ConfigError */.xL.single(`subscriptions file ${display} does not exist`, { file: display }, 'missing-file');
    }
    return parseSubscriptions(text, display);
}
/** Every credential value of enabled subscribers (space-separated parts too), for masking in logs. */
function credentialValues(subscriptions, env) {
    const values = new Set();
    for (const s of subscriptions.subscribers) {
        const value = s.enabled ? env[s.secretEnv]?.trim() : undefined;
        if (!value)
            continue;
        values.add(value);
        for (const part of value.split(/\s+/))
            if (part)
                values.add(part);
    }
    return [...values];
}
/**
 * The delivering sink as the front-ends open it: history from the existing delivery log (so a re-run
 * never sends an acknowledged event again) plus any other logs given, and the log file continued.
 */
async function openDeliveringSink(options) {
    const { records: history, warnings } = await readDeliveryLogs([options.logPath, ...(options.historyPaths ?? []).filter((p) => p !== options.logPath)], { optional: true });
    const sink = createDeliveringSink({
        subscriptions: options.subscriptions,
        secrets: options.env,
        log: new FileDeliveryLog(options.logPath),
        origin: options.origin,
        history,
        ...(options.runId !== undefined ? { runId: options.runId } : {}),
        ...(options.audit ? { audit: options.audit } : {}),
        ...(options.github ? { github: options.github } : {}),
    });
    return { sink, history, warnings };
}


/***/ })

};
