export const id = 354;
export const ids = [354];
export const modules = {

/***/ 9973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openStepDelivery: () => (/* binding */ openStepDelivery)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/cloudevents/dist/index.js
var dist = __webpack_require__(2973);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/config/validators/config.generated.cjs
var config_generated = __webpack_require__(2210);
// EXTERNAL MODULE: ./packages/core/src/config/validators/events.generated.cjs
var events_generated = __webpack_require__(3543);
var events_generated_default = /*#__PURE__*/__webpack_require__.n(events_generated);
// EXTERNAL MODULE: ./packages/core/src/config/validate.ts
var validate = __webpack_require__(68);
;// CONCATENATED MODULE: ./packages/core/src/config/all.ts



let config;
let events;
/**
 * Every configuration schema. Only callers that accept any kind of file need this (validate-config);
 * everyone else imports the one validator they use from ./validators/config/, so bundles stay small.
 */
function configSchemas() {
    config ??= precompiledSchemaSet(configValidators);
    return config;
}
/** Every event data schema and the envelope schema, keyed by `$id`. */
function eventSchemas() {
    events ??= (0,validate/* precompiledSchemaSet */.gS)((events_generated_default()));
    return events;
}
const EVENT_SCHEMA_IDS = Object.keys((events_generated_default()));

;// CONCATENATED MODULE: ./packages/core/src/events/catalog.ts


/** Event schemas live in config/events/schemas/ and are precompiled with the configuration schemas (scripts/compile-schemas.mjs). */
const EVENTS_BASE = 'https://powerx.dev/schemas/events/';
const ENVELOPE_SCHEMA_ID = `${EVENTS_BASE}cloudevent.schema.json`;
const schemaIdByType = new Map(EVENT_SCHEMA_IDS
    .filter((id) => id.startsWith(EVENTS_BASE) && id !== ENVELOPE_SCHEMA_ID)
    .map((id) => [id.slice(EVENTS_BASE.length).replace(/\.schema\.json$/, ''), id]));
/** Every event type the suite sends, each with a JSON Schema for its data under config/events/schemas/. */
const EVENT_TYPES = [...schemaIdByType.keys()].sort();
/** The `dataschema` URI for a type. Throws a ConfigError for an unknown type. */
function dataSchemaFor(type, where = {}) {
    const id = schemaIdByType.get(type);
    if (!id) {
        throw errors/* ConfigError */.xL.single(`unknown event type "${type}"; known types: ${EVENT_TYPES.join(', ')}`, { ...where, pointer: where.pointer ?? '/type' }, 'unknown-event-type');
    }
    return id;
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
    const issues = stripFakePositions(eventSchemas().validator(id)(source));
    return pointerPrefix ? issues.map((i) => ({ ...i, pointer: `${pointerPrefix}${i.pointer ?? ''}` })) : issues;
}
/** Validates a whole envelope (for envelopes read back from a delivery log) and its data. */
function checkEnvelope(source) {
    const issues = stripFakePositions(eventSchemas().validator(ENVELOPE_SCHEMA_ID)(source));
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

;// CONCATENATED MODULE: ./packages/core/src/events/envelope.ts




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
    return (0,external_node_crypto_.createHash)('sha256').update(logical).digest('hex');
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
        throw new errors/* ConfigError */.xL(issues);
    const dataschema = dataSchemaFor(input.type, { file });
    const dataIssues = checkEventData(input.type, options.dataSource ?? inMemorySource(input.data, `<${input.type} data>`));
    if (dataIssues.length > 0)
        throw new errors/* ConfigError */.xL(dataIssues);
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
    const message = dist.HTTP.structured(new dist.CloudEvent({ ...envelope }));
    return { contentType: String(message.headers['content-type'] ?? CLOUDEVENTS_CONTENT_TYPE), body: String(message.body) };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/config/parse.ts
var parse = __webpack_require__(7711);
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

// EXTERNAL MODULE: ./packages/core/src/config/validators/config/subscriptions.generated.cjs
var subscriptions_generated = __webpack_require__(5881);
var subscriptions_generated_default = /*#__PURE__*/__webpack_require__.n(subscriptions_generated);
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
    const issues = (0,validate/* precompiled */.t8)((subscriptions_generated_default()))(source);
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
// EXTERNAL MODULE: ./packages/core/src/audit/jsonl.ts
var jsonl = __webpack_require__(8339);
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
            const envelopeIssues = checkEnvelope({ file, value: value.envelope, locate: () => ({ line: line.line, column: 1 }) });
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
/** The filter (but `trigger`, which only attempts have) as a predicate; `since`/`until` bound the instant `time`. */
function matcher(filter) {
    const since = filter.since?.getTime();
    const until = filter.until?.getTime();
    const type = filter.type ? typeFilter(filter.type) : undefined;
    return (row, time) => (filter.tenant === undefined || row.tenant === filter.tenant) &&
        (filter.subscriber === undefined || row.subscriber === filter.subscriber) &&
        (filter.status === undefined || row.status === filter.status) &&
        (filter.eventId === undefined || row.eventId === filter.eventId) &&
        (type === undefined || type(row.type)) &&
        (since === undefined || ms(time) >= since) &&
        (until === undefined || ms(time) <= until);
}
/** Attempt records that pass every given filter, oldest first. */
function filterAttempts(records, filter) {
    const matches = matcher(filter);
    return records
        .filter((r) => r.record === 'attempt')
        .filter((r) => matches(r, r.time) && (filter.trigger === undefined || r.trigger === filter.trigger))
        .sort((a, b) => ms(a.time) - ms(b.time));
}
/** Delivery states (latest status per event and subscriber) that pass the filter; `since`/`until` apply to the last attempt. */
function filterDeliveries(records, filter) {
    const matches = matcher(filter);
    return [...foldDeliveries(records).values()].filter((s) => matches(s, s.lastAttemptAt)).sort((a, b) => ms(a.lastAttemptAt) - ms(b.lastAttemptAt));
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
            found = serializeEnvelope(envelope);
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
            channel ??= __webpack_require__.e(/* import() */ 654).then(__webpack_require__.bind(__webpack_require__, 1654)).then(({ DispatchChannel }) => (opened = new DispatchChannel(subscriber, credential, github)));
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
        const envelope = buildEnvelope(event, options.origin, { now: new Date(clock()), ...(planOptions.dataSource ? { dataSource: planOptions.dataSource } : {}) });
        const tags = event.tags ?? (event.tenant !== undefined && options.tenantTags ? await options.tenantTags(event.tenant) : envelopeTags(envelope));
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

// EXTERNAL MODULE: ./packages/github/src/runner.ts + 1 modules
var runner = __webpack_require__(5830);
// EXTERNAL MODULE: ./packages/actions/src/shared/loopback.ts
var loopback = __webpack_require__(6968);
;// CONCATENATED MODULE: ./packages/actions/src/shared/delivery.ts
/**
 * A step's event delivery: the subscriptions file read and its credentials masked (in the log and the audit
 * records), and the delivering sink opened on the step's delivery log. The records already in that log (an
 * earlier step of the job, or the earlier attempt of a re-run that downloaded it) and in `historyPaths` are the
 * history, so an event a subscriber acknowledged is never sent to it again.
 */





async function openStepDelivery(options) {
    const run = options.run ?? (0,runner/* runContext */.pO)();
    const subscriptions = await readSubscriptions((0,external_node_path_.resolve)(options.workspace, options.subscriptions), options.subscriptions);
    for (const secret of credentialValues(subscriptions, process.env)) {
        (0,runner/* setSecret */.Pq)(secret);
        options.audit.registerSecret(secret);
    }
    const opened = await openDeliveringSink({
        subscriptions,
        logPath: (0,external_node_path_.resolve)(options.workspace, options.deliveryLog),
        ...(options.historyPaths ? { historyPaths: options.historyPaths } : {}),
        env: process.env,
        origin: originFromRun({ serverUrl: run.serverUrl, repository: run.repository || 'local/local', runId: run.runId || 'local' }),
        ...(run.runId ? { runId: run.runId } : {}),
        audit: options.audit,
        // GitHub asks for spaced-out writes; a loopback API (the GitHub double) does not.
        github: { baseUrl: run.apiUrl, paceWrites: !(0,loopback/* isLoopback */.U)(run.apiUrl) },
    });
    for (const w of opened.warnings)
        (0,runner/* warning */.$e)(w.message, { title: 'Delivery log', file: w.file, startLine: w.line });
    return { ...opened, subscriptions };
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

/***/ 2210:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

// Every config schema, keyed by $id.
module.exports = {
  "https://powerx.dev/schemas/analysis.schema.json": __webpack_require__(5557),
  "https://powerx.dev/schemas/approval_matrix.schema.json": __webpack_require__(1724),
  "https://powerx.dev/schemas/compat_catalog.schema.json": __webpack_require__(3369),
  "https://powerx.dev/schemas/compat_exceptions.schema.json": __webpack_require__(7240),
  "https://powerx.dev/schemas/compat_matrix.schema.json": __webpack_require__(3117),
  "https://powerx.dev/schemas/compat_monitoring.schema.json": __webpack_require__(6480),
  "https://powerx.dev/schemas/compat_tenant.schema.json": __webpack_require__(1850),
  "https://powerx.dev/schemas/compat_tenants.schema.json": __webpack_require__(9484),
  "https://powerx.dev/schemas/exception_workflow.schema.json": __webpack_require__(6066),
  "https://powerx.dev/schemas/governance_rules.schema.json": __webpack_require__(6079),
  "https://powerx.dev/schemas/powerx-plugin.schema.json": __webpack_require__(8860),
  "https://powerx.dev/schemas/quality_gates.schema.json": __webpack_require__(7217),
  "https://powerx.dev/schemas/signature_policy.schema.json": __webpack_require__(4732),
  "https://powerx.dev/schemas/subscriptions.schema.json": __webpack_require__(5881),
  "https://powerx.dev/schemas/upgrade_policies.schema.json": __webpack_require__(9526),
};


/***/ }),

/***/ 5557:
/***/ ((module) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate20;
module.exports["default"] = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/analysis.schema.json","$defs":{"duration":{"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"},"templateName":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"condition":{"type":"string","pattern":"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},"powerxQuery":{"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","enum":["requestCount","errorRate","latencyP95Ms"]},"window":{"$ref":"#/$defs/duration","default":"5m"},"aggregate":{"type":"string","enum":["max","mean","min","sum"],"default":"max"}}},"provider":{"type":"object","additionalProperties":false,"required":["powerx"],"properties":{"powerx":{"$ref":"#/$defs/powerxQuery"}}},"metric":{"type":"object","additionalProperties":false,"required":["name","provider"],"anyOf":[{"properties":{"successCondition":true},"required":["successCondition"]},{"properties":{"failureCondition":true},"required":["failureCondition"]}],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"provider":{"$ref":"#/$defs/provider"},"interval":{"$ref":"#/$defs/duration","default":"1m"},"initialDelay":{"$ref":"#/$defs/duration"},"count":{"type":"integer","minimum":1,"maximum":1000,"default":1},"successCondition":{"$ref":"#/$defs/condition"},"failureCondition":{"$ref":"#/$defs/condition"},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"inconclusiveLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"consecutiveErrorLimit":{"type":"integer","minimum":0,"maximum":1000,"default":4}}},"template":{"type":"object","additionalProperties":false,"required":["metrics"],"properties":{"description":{"type":"string"},"metrics":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/metric"}}}}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/analysis.schema.json" */;
validate20.errors = null;
return true;
}
validate20.evaluated = {"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3369:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate28;
module.exports["default"] = validate28;
const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_catalog.schema.json","type":"object","additionalProperties":false,"required":["plugins"],"properties":{"plugins":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","releases"],"properties":{"id":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"name":{"type":"string"},"description":{"type":"string"},"owner":{"type":"string"},"latestVersion":{"anyOf":[{"type":"string"},{"type":"null"}]},"ltsLine":{"anyOf":[{"type":"string"},{"type":"null"}]},"releases":{"type":"array","items":{"$ref":"#/$defs/release"}}}}}},"$defs":{"release":{"type":"object","additionalProperties":false,"required":["version","manifest"],"properties":{"plugin":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"version":{"$ref":"compat_tenant.schema.json#/$defs/semver"},"manifest":{"$ref":"#/$defs/manifest"},"yanked":{"type":"boolean","default":false},"yankedReason":{"anyOf":[{"type":"string"},{"type":"null"}]},"prerelease":{"type":"boolean"},"releasedAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"changelogUrl":{"type":"string"},"lts":{"type":"boolean"},"ltsLine":{"anyOf":[{"type":"string"},{"type":"null"}]},"digest":{"anyOf":[{"type":"string"},{"type":"null"}]}}},"manifest":{"type":"object","additionalProperties":false,"required":["id","version","host"],"properties":{"id":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"version":{"$ref":"compat_tenant.schema.json#/$defs/semver"},"name":{"type":"string"},"description":{"type":"string"},"license":{"type":"string"},"changelog":{"type":"string"},"artifact":{"type":"object","additionalProperties":true},"host":{"$ref":"powerx-plugin.schema.json#/$defs/semverRange"},"runtimes":{"type":"object","default":{},"propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"powerx-plugin.schema.json#/$defs/semverRange"}},"dependencies":{"type":"object","default":{},"propertyNames":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"additionalProperties":{"$ref":"powerx-plugin.schema.json#/$defs/dependency"}},"migrations":{"type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"type":"integer","minimum":0},"minFrom":{"type":"integer","minimum":0},"reversible":{"type":"boolean"}}}}}}};
const schema50 = {"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern11 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$", "u");
const schema55 = {"type":"object","additionalProperties":false,"required":["version","manifest"],"properties":{"plugin":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"version":{"$ref":"compat_tenant.schema.json#/$defs/semver"},"manifest":{"$ref":"#/$defs/manifest"},"yanked":{"type":"boolean","default":false},"yankedReason":{"anyOf":[{"type":"string"},{"type":"null"}]},"prerelease":{"type":"boolean"},"releasedAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"changelogUrl":{"type":"string"},"lts":{"type":"boolean"},"ltsLine":{"anyOf":[{"type":"string"},{"type":"null"}]},"digest":{"anyOf":[{"type":"string"},{"type":"null"}]}}};
const schema59 = {"type":"string","minLength":1,"maxLength":256};
const schema63 = {"type":"string","format":"date-time"};
const func9 = Object.prototype.hasOwnProperty;
const schema65 = {"type":"object","additionalProperties":false,"required":["id","version","host"],"properties":{"id":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"version":{"$ref":"compat_tenant.schema.json#/$defs/semver"},"name":{"type":"string"},"description":{"type":"string"},"license":{"type":"string"},"changelog":{"type":"string"},"artifact":{"type":"object","additionalProperties":true},"host":{"$ref":"powerx-plugin.schema.json#/$defs/semverRange"},"runtimes":{"type":"object","default":{},"propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"powerx-plugin.schema.json#/$defs/semverRange"}},"dependencies":{"type":"object","default":{},"propertyNames":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"additionalProperties":{"$ref":"powerx-plugin.schema.json#/$defs/dependency"}},"migrations":{"type":"object","additionalProperties":false,"required":["schema"],"properties":{"schema":{"type":"integer","minimum":0},"minFrom":{"type":"integer","minimum":0},"reversible":{"type":"boolean"}}}}};
const schema48 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"};
const pattern13 = new RegExp("^[ 0-9A-Za-z.*^~<>=|+-]+$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const schema51 = {"oneOf":[{"$ref":"#/$defs/semverRange"},{"type":"object","additionalProperties":false,"required":["range"],"properties":{"range":{"$ref":"#/$defs/semverRange"},"optional":{"type":"boolean"}}}]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(func3(data) > 256){
const err0 = {instancePath,schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern13.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.range === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "range") || (key0 === "optional"))){
const err5 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.range !== undefined){
let data0 = data.range;
if(typeof data0 === "string"){
if(func3(data0) > 256){
const err6 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data0) < 1){
const err7 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern13.test(data0)){
const err8 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err10 = {instancePath:instancePath+"/optional",schemaPath:"#/oneOf/1/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err12 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate35.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate35.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.runtimes === undefined){
data.runtimes = {};
}
if(data.dependencies === undefined){
data.dependencies = {};
}
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.host === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema65.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern11.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err7 = {instancePath:instancePath+"/version",schemaPath:"compat_tenant.schema.json#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/version",schemaPath:"compat_tenant.schema.json#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/version",schemaPath:"compat_tenant.schema.json#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.license !== undefined){
if(typeof data.license !== "string"){
const err12 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.changelog !== undefined){
if(typeof data.changelog !== "string"){
const err13 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.artifact !== undefined){
let data6 = data.artifact;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
const err14 = {instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.host !== undefined){
let data7 = data.host;
if(typeof data7 === "string"){
if(func3(data7) > 256){
const err15 = {instancePath:instancePath+"/host",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data7) < 1){
const err16 = {instancePath:instancePath+"/host",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern13.test(data7)){
const err17 = {instancePath:instancePath+"/host",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/host",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data8 = data.runtimes;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const _errs24 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err19 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var valid4 = _errs24 === errors;
if(!valid4){
const err21 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key2 in data8){
let data9 = data8[key2];
if(typeof data9 === "string"){
if(func3(data9) > 256){
const err22 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data9) < 1){
const err23 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern13.test(data9)){
const err24 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
let data10 = data.dependencies;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
const _errs32 = errors;
if(typeof key3 === "string"){
if(func3(key3) > 100){
const err27 = {instancePath:instancePath+"/dependencies",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern11.test(key3)){
const err28 = {instancePath:instancePath+"/dependencies",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/dependencies",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid7 = _errs32 === errors;
if(!valid7){
const err30 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key4 in data10){
if(!(validate35(data10[key4], {instancePath:instancePath+"/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.migrations !== undefined){
let data12 = data.migrations;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.schema === undefined){
const err32 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key5 in data12){
if(!(((key5 === "schema") || (key5 === "minFrom")) || (key5 === "reversible"))){
const err33 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.schema !== undefined){
let data13 = data12.schema;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err34 = {instancePath:instancePath+"/migrations/schema",schemaPath:"#/properties/migrations/properties/schema/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err35 = {instancePath:instancePath+"/migrations/schema",schemaPath:"#/properties/migrations/properties/schema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data12.minFrom !== undefined){
let data14 = data12.minFrom;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err36 = {instancePath:instancePath+"/migrations/minFrom",schemaPath:"#/properties/migrations/properties/minFrom/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/migrations/minFrom",schemaPath:"#/properties/migrations/properties/minFrom/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data12.reversible !== undefined){
if(typeof data12.reversible !== "boolean"){
const err38 = {instancePath:instancePath+"/migrations/reversible",schemaPath:"#/properties/migrations/properties/reversible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.yanked === undefined){
data.yanked = false;
}
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.manifest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "manifest"},message:"must have required property '"+"manifest"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema55.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 100){
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern11.test(data0)){
const err4 = {instancePath:instancePath+"/plugin",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/plugin",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err6 = {instancePath:instancePath+"/version",schemaPath:"compat_tenant.schema.json#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/version",schemaPath:"compat_tenant.schema.json#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/version",schemaPath:"compat_tenant.schema.json#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.manifest !== undefined){
if(!(validate34(data.manifest, {instancePath:instancePath+"/manifest",parentData:data,parentDataProperty:"manifest",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(typeof data.yanked !== "boolean"){
const err9 = {instancePath:instancePath+"/yanked",schemaPath:"#/properties/yanked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.yankedReason !== undefined){
let data4 = data.yankedReason;
const _errs12 = errors;
let valid3 = false;
const _errs13 = errors;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/yankedReason",schemaPath:"#/properties/yankedReason/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid3 = valid3 || _valid0;
const _errs15 = errors;
if(data4 !== null){
const err11 = {instancePath:instancePath+"/yankedReason",schemaPath:"#/properties/yankedReason/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err12 = {instancePath:instancePath+"/yankedReason",schemaPath:"#/properties/yankedReason/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.prerelease !== undefined){
if(typeof data.prerelease !== "boolean"){
const err13 = {instancePath:instancePath+"/prerelease",schemaPath:"#/properties/prerelease/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.releasedAt !== undefined){
let data6 = data.releasedAt;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err14 = {instancePath:instancePath+"/releasedAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/releasedAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.changelogUrl !== undefined){
if(typeof data.changelogUrl !== "string"){
const err16 = {instancePath:instancePath+"/changelogUrl",schemaPath:"#/properties/changelogUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.lts !== undefined){
if(typeof data.lts !== "boolean"){
const err17 = {instancePath:instancePath+"/lts",schemaPath:"#/properties/lts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ltsLine !== undefined){
let data9 = data.ltsLine;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/ltsLine",schemaPath:"#/properties/ltsLine/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs28 === errors;
valid5 = valid5 || _valid1;
const _errs30 = errors;
if(data9 !== null){
const err19 = {instancePath:instancePath+"/ltsLine",schemaPath:"#/properties/ltsLine/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err20 = {instancePath:instancePath+"/ltsLine",schemaPath:"#/properties/ltsLine/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.digest !== undefined){
let data10 = data.digest;
const _errs33 = errors;
let valid6 = false;
const _errs34 = errors;
if(typeof data10 !== "string"){
const err21 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid6 = valid6 || _valid2;
const _errs36 = errors;
if(data10 !== null){
const err22 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err23 = {instancePath:instancePath+"/digest",schemaPath:"#/properties/digest/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_catalog.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugins === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugins"},message:"must have required property '"+"plugins"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "plugins")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.plugins !== undefined){
let data0 = data.plugins;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err2 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.releases === undefined){
const err3 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/required",keyword:"required",params:{missingProperty: "releases"},message:"must have required property '"+"releases"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!(((((((key1 === "id") || (key1 === "name")) || (key1 === "description")) || (key1 === "owner")) || (key1 === "latestVersion")) || (key1 === "ltsLine")) || (key1 === "releases"))){
const err4 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(func3(data2) > 100){
const err5 = {instancePath:instancePath+"/plugins/" + i0+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern11.test(data2)){
const err6 = {instancePath:instancePath+"/plugins/" + i0+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/plugins/" + i0+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err8 = {instancePath:instancePath+"/plugins/" + i0+"/name",schemaPath:"#/properties/plugins/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.description !== undefined){
if(typeof data1.description !== "string"){
const err9 = {instancePath:instancePath+"/plugins/" + i0+"/description",schemaPath:"#/properties/plugins/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.owner !== undefined){
if(typeof data1.owner !== "string"){
const err10 = {instancePath:instancePath+"/plugins/" + i0+"/owner",schemaPath:"#/properties/plugins/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.latestVersion !== undefined){
let data6 = data1.latestVersion;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/plugins/" + i0+"/latestVersion",schemaPath:"#/properties/plugins/items/properties/latestVersion/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid5 = valid5 || _valid0;
const _errs20 = errors;
if(data6 !== null){
const err12 = {instancePath:instancePath+"/plugins/" + i0+"/latestVersion",schemaPath:"#/properties/plugins/items/properties/latestVersion/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs20 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err13 = {instancePath:instancePath+"/plugins/" + i0+"/latestVersion",schemaPath:"#/properties/plugins/items/properties/latestVersion/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data1.ltsLine !== undefined){
let data7 = data1.ltsLine;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/plugins/" + i0+"/ltsLine",schemaPath:"#/properties/plugins/items/properties/ltsLine/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid6 = valid6 || _valid1;
const _errs26 = errors;
if(data7 !== null){
const err15 = {instancePath:instancePath+"/plugins/" + i0+"/ltsLine",schemaPath:"#/properties/plugins/items/properties/ltsLine/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs26 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err16 = {instancePath:instancePath+"/plugins/" + i0+"/ltsLine",schemaPath:"#/properties/plugins/items/properties/ltsLine/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data1.releases !== undefined){
let data8 = data1.releases;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate32(data8[i1], {instancePath:instancePath+"/plugins/" + i0+"/releases/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/plugins/" + i0+"/releases",schemaPath:"#/properties/plugins/items/properties/releases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/plugins/" + i0,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 7240:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate39;
module.exports["default"] = validate39;
const schema75 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_exceptions.schema.json","type":"object","additionalProperties":false,"required":["exceptions"],"properties":{"exceptions":{"type":"array","items":{"$ref":"#/$defs/exceptionRecord"}}},"$defs":{"exceptionRecord":{"type":"object","additionalProperties":false,"required":["id","plugin","versions","tenants","waive","reason","status","requestedBy","requestedAt"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"plugin":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"versions":{"$ref":"powerx-plugin.schema.json#/$defs/semverRange"},"tenants":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"compat_tenant.schema.json#/$defs/tenantId"}},"waive":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/conflictCode"}},"reason":{"type":"string","minLength":1},"monitoring":{"$ref":"analysis.schema.json#/$defs/template"},"onFailure":{"type":"string","enum":["rollback","alert"]},"status":{"type":"string","enum":["pending","approved","rejected"]},"reasons":{"type":"array","items":{"type":"string"}},"requestedBy":{"type":"string","minLength":1},"requestedAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"decidedAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"expiresAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"approval":{"type":"object","additionalProperties":false,"required":["id","approvers","stages"],"properties":{"id":{"type":"string","minLength":1},"runUrl":{"type":"string"},"approvers":{"type":"array","items":{"type":"string"}},"stages":{"type":"array","items":{"$ref":"#/$defs/approvalStage"}}}}}},"conflictCode":{"type":"string","enum":["host-mismatch","runtime-missing","runtime-mismatch","dependency-missing","dependency-mismatch","dependent-broken","migration-path-missing","migration-irreversible","matrix-incompatible","untested","major-jump","optional-dependency-mismatch","matrix-stale","prerelease"]},"approvalStage":{"type":"object","additionalProperties":false,"required":["environment","role","reviewer","state"],"properties":{"environment":{"type":"string"},"role":{"type":"string"},"reviewer":{"type":"string"},"state":{"type":"string","enum":["approved","rejected"]},"comment":{"type":"string"}}}}};
const schema76 = {"type":"object","additionalProperties":false,"required":["id","plugin","versions","tenants","waive","reason","status","requestedBy","requestedAt"],"properties":{"id":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"plugin":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"versions":{"$ref":"powerx-plugin.schema.json#/$defs/semverRange"},"tenants":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"compat_tenant.schema.json#/$defs/tenantId"}},"waive":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/conflictCode"}},"reason":{"type":"string","minLength":1},"monitoring":{"$ref":"analysis.schema.json#/$defs/template"},"onFailure":{"type":"string","enum":["rollback","alert"]},"status":{"type":"string","enum":["pending","approved","rejected"]},"reasons":{"type":"array","items":{"type":"string"}},"requestedBy":{"type":"string","minLength":1},"requestedAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"decidedAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"expiresAt":{"$ref":"compat_tenant.schema.json#/$defs/timestamp"},"approval":{"type":"object","additionalProperties":false,"required":["id","approvers","stages"],"properties":{"id":{"type":"string","minLength":1},"runUrl":{"type":"string"},"approvers":{"type":"array","items":{"type":"string"}},"stages":{"type":"array","items":{"$ref":"#/$defs/approvalStage"}}}}}};
const schema50 = {"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"};
const schema48 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"};
const schema58 = {"type":"string","minLength":2,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9-]*$"};
const schema80 = {"type":"string","enum":["host-mismatch","runtime-missing","runtime-mismatch","dependency-missing","dependency-mismatch","dependent-broken","migration-path-missing","migration-irreversible","matrix-incompatible","untested","major-jump","optional-dependency-mismatch","matrix-stale","prerelease"]};
const schema63 = {"type":"string","format":"date-time"};
const schema93 = {"type":"object","additionalProperties":false,"required":["environment","role","reviewer","state"],"properties":{"environment":{"type":"string"},"role":{"type":"string"},"reviewer":{"type":"string"},"state":{"type":"string","enum":["approved","rejected"]},"comment":{"type":"string"}}};
const func9 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern11 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$", "u");
const pattern13 = new RegExp("^[ 0-9A-Za-z.*^~<>=|+-]+$", "u");
const pattern22 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const schema81 = {"type":"object","additionalProperties":false,"required":["metrics"],"properties":{"description":{"type":"string"},"metrics":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/metric"}}}};
const schema82 = {"type":"object","additionalProperties":false,"required":["name","provider"],"anyOf":[{"properties":{"successCondition":true},"required":["successCondition"]},{"properties":{"failureCondition":true},"required":["failureCondition"]}],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"provider":{"$ref":"#/$defs/provider"},"interval":{"$ref":"#/$defs/duration","default":"1m"},"initialDelay":{"$ref":"#/$defs/duration"},"count":{"type":"integer","minimum":1,"maximum":1000,"default":1},"successCondition":{"$ref":"#/$defs/condition"},"failureCondition":{"$ref":"#/$defs/condition"},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"inconclusiveLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"consecutiveErrorLimit":{"type":"integer","minimum":0,"maximum":1000,"default":4}}};
const schema85 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema88 = {"type":"string","pattern":"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"};
const pattern36 = new RegExp("^[a-z][a-z0-9-]{0,62}$", "u");
const pattern37 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
const pattern40 = new RegExp("^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$", "u");
const schema83 = {"type":"object","additionalProperties":false,"required":["powerx"],"properties":{"powerx":{"$ref":"#/$defs/powerxQuery"}}};
const schema84 = {"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","enum":["requestCount","errorRate","latencyP95Ms"]},"window":{"$ref":"#/$defs/duration","default":"5m"},"aggregate":{"type":"string","enum":["max","mean","min","sum"],"default":"max"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.window === undefined){
data.window = "5m";
}
if(data.aggregate === undefined){
data.aggregate = "max";
}
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "metric") || (key0 === "window")) || (key0 === "aggregate"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metric !== undefined){
let data0 = data.metric;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "requestCount") || (data0 === "errorRate")) || (data0 === "latencyP95Ms"))){
const err3 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema84.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.window;
if(typeof data1 === "string"){
if(!pattern37.test(data1)){
const err4 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data2 = data.aggregate;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data2 === "max") || (data2 === "mean")) || (data2 === "min")) || (data2 === "sum"))){
const err7 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/enum",keyword:"enum",params:{allowedValues: schema84.properties.aggregate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.powerx === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "powerx"},message:"must have required property '"+"powerx"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "powerx")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.powerx !== undefined){
if(!(validate44(data.powerx, {instancePath:instancePath+"/powerx",parentData:data,parentDataProperty:"powerx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.successCondition === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "successCondition"},message:"must have required property '"+"successCondition"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.successCondition = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failureCondition === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "failureCondition"},message:"must have required property '"+"failureCondition"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.failureCondition = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval === undefined){
data.interval = "1m";
}
if(data.count === undefined){
data.count = 1;
}
if(data.failureLimit === undefined){
data.failureLimit = 0;
}
if(data.inconclusiveLimit === undefined){
data.inconclusiveLimit = 0;
}
if(data.consecutiveErrorLimit === undefined){
data.consecutiveErrorLimit = 4;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provider === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema82.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.provider !== undefined){
if(!(validate43(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
let data2 = data.interval;
if(typeof data2 === "string"){
if(!pattern37.test(data2)){
const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.initialDelay !== undefined){
let data3 = data.initialDelay;
if(typeof data3 === "string"){
if(!pattern37.test(data3)){
const err10 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data4 = data.count;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.successCondition !== undefined){
let data5 = data.successCondition;
if(typeof data5 === "string"){
if(!pattern40.test(data5)){
const err15 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.failureCondition !== undefined){
let data6 = data.failureCondition;
if(typeof data6 === "string"){
if(!pattern40.test(data6)){
const err17 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data7 = data.failureLimit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data8 = data.inconclusiveLimit;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data9 = data.consecutiveErrorLimit;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "description") || (key0 === "metrics"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metrics !== undefined){
let data1 = data.metrics;
if(Array.isArray(data1)){
if(data1.length > 20){
const err3 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data1[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.plugin === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.versions === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tenants === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenants"},message:"must have required property '"+"tenants"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.waive === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "waive"},message:"must have required property '"+"waive"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.reason === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.status === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.requestedBy === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestedBy"},message:"must have required property '"+"requestedBy"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.requestedAt === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requestedAt"},message:"must have required property '"+"requestedAt"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema76.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(func3(data1) > 100){
const err12 = {instancePath:instancePath+"/plugin",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern11.test(data1)){
const err13 = {instancePath:instancePath+"/plugin",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/plugin",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.versions !== undefined){
let data2 = data.versions;
if(typeof data2 === "string"){
if(func3(data2) > 256){
const err15 = {instancePath:instancePath+"/versions",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data2) < 1){
const err16 = {instancePath:instancePath+"/versions",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern13.test(data2)){
const err17 = {instancePath:instancePath+"/versions",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/versions",schemaPath:"powerx-plugin.schema.json#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
if(data3.length < 1){
const err19 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) > 64){
const err20 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"compat_tenant.schema.json#/$defs/tenantId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data4) < 2){
const err21 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"compat_tenant.schema.json#/$defs/tenantId/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern22.test(data4)){
const err22 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"compat_tenant.schema.json#/$defs/tenantId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"compat_tenant.schema.json#/$defs/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data3[i1], data3[j0])){
const err24 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.waive !== undefined){
let data5 = data.waive;
if(Array.isArray(data5)){
if(data5.length < 1){
const err26 = {instancePath:instancePath+"/waive",schemaPath:"#/properties/waive/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 !== "string"){
const err27 = {instancePath:instancePath+"/waive/" + i2,schemaPath:"#/$defs/conflictCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((((((((((((data6 === "host-mismatch") || (data6 === "runtime-missing")) || (data6 === "runtime-mismatch")) || (data6 === "dependency-missing")) || (data6 === "dependency-mismatch")) || (data6 === "dependent-broken")) || (data6 === "migration-path-missing")) || (data6 === "migration-irreversible")) || (data6 === "matrix-incompatible")) || (data6 === "untested")) || (data6 === "major-jump")) || (data6 === "optional-dependency-mismatch")) || (data6 === "matrix-stale")) || (data6 === "prerelease"))){
const err28 = {instancePath:instancePath+"/waive/" + i2,schemaPath:"#/$defs/conflictCode/enum",keyword:"enum",params:{allowedValues: schema80.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data5[i3], data5[j1])){
const err29 = {instancePath:instancePath+"/waive",schemaPath:"#/properties/waive/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/waive",schemaPath:"#/properties/waive/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.reason !== undefined){
let data7 = data.reason;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err31 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.monitoring !== undefined){
if(!(validate41(data.monitoring, {instancePath:instancePath+"/monitoring",parentData:data,parentDataProperty:"monitoring",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.onFailure !== undefined){
let data9 = data.onFailure;
if(typeof data9 !== "string"){
const err33 = {instancePath:instancePath+"/onFailure",schemaPath:"#/properties/onFailure/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((data9 === "rollback") || (data9 === "alert"))){
const err34 = {instancePath:instancePath+"/onFailure",schemaPath:"#/properties/onFailure/enum",keyword:"enum",params:{allowedValues: schema76.properties.onFailure.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.status !== undefined){
let data10 = data.status;
if(typeof data10 !== "string"){
const err35 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data10 === "pending") || (data10 === "approved")) || (data10 === "rejected"))){
const err36 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema76.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.reasons !== undefined){
let data11 = data.reasons;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
if(typeof data11[i4] !== "string"){
const err37 = {instancePath:instancePath+"/reasons/" + i4,schemaPath:"#/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.requestedBy !== undefined){
let data13 = data.requestedBy;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err39 = {instancePath:instancePath+"/requestedBy",schemaPath:"#/properties/requestedBy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/requestedBy",schemaPath:"#/properties/requestedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.requestedAt !== undefined){
let data14 = data.requestedAt;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err41 = {instancePath:instancePath+"/requestedAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/requestedAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.decidedAt !== undefined){
let data15 = data.decidedAt;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err43 = {instancePath:instancePath+"/decidedAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/decidedAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data16 = data.expiresAt;
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err45 = {instancePath:instancePath+"/expiresAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/expiresAt",schemaPath:"compat_tenant.schema.json#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.approval !== undefined){
let data17 = data.approval;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err47 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data17.approvers === undefined){
const err48 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data17.stages === undefined){
const err49 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/required",keyword:"required",params:{missingProperty: "stages"},message:"must have required property '"+"stages"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key1 in data17){
if(!((((key1 === "id") || (key1 === "runUrl")) || (key1 === "approvers")) || (key1 === "stages"))){
const err50 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data17.id !== undefined){
let data18 = data17.id;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err51 = {instancePath:instancePath+"/approval/id",schemaPath:"#/properties/approval/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/approval/id",schemaPath:"#/properties/approval/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17.runUrl !== undefined){
if(typeof data17.runUrl !== "string"){
const err53 = {instancePath:instancePath+"/approval/runUrl",schemaPath:"#/properties/approval/properties/runUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.approvers !== undefined){
let data20 = data17.approvers;
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i5=0; i5<len3; i5++){
if(typeof data20[i5] !== "string"){
const err54 = {instancePath:instancePath+"/approval/approvers/" + i5,schemaPath:"#/properties/approval/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/approval/approvers",schemaPath:"#/properties/approval/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data17.stages !== undefined){
let data22 = data17.stages;
if(Array.isArray(data22)){
const len4 = data22.length;
for(let i6=0; i6<len4; i6++){
let data23 = data22[i6];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.environment === undefined){
const err56 = {instancePath:instancePath+"/approval/stages/" + i6,schemaPath:"#/$defs/approvalStage/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data23.role === undefined){
const err57 = {instancePath:instancePath+"/approval/stages/" + i6,schemaPath:"#/$defs/approvalStage/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data23.reviewer === undefined){
const err58 = {instancePath:instancePath+"/approval/stages/" + i6,schemaPath:"#/$defs/approvalStage/required",keyword:"required",params:{missingProperty: "reviewer"},message:"must have required property '"+"reviewer"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data23.state === undefined){
const err59 = {instancePath:instancePath+"/approval/stages/" + i6,schemaPath:"#/$defs/approvalStage/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key2 in data23){
if(!(((((key2 === "environment") || (key2 === "role")) || (key2 === "reviewer")) || (key2 === "state")) || (key2 === "comment"))){
const err60 = {instancePath:instancePath+"/approval/stages/" + i6,schemaPath:"#/$defs/approvalStage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data23.environment !== undefined){
if(typeof data23.environment !== "string"){
const err61 = {instancePath:instancePath+"/approval/stages/" + i6+"/environment",schemaPath:"#/$defs/approvalStage/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data23.role !== undefined){
if(typeof data23.role !== "string"){
const err62 = {instancePath:instancePath+"/approval/stages/" + i6+"/role",schemaPath:"#/$defs/approvalStage/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data23.reviewer !== undefined){
if(typeof data23.reviewer !== "string"){
const err63 = {instancePath:instancePath+"/approval/stages/" + i6+"/reviewer",schemaPath:"#/$defs/approvalStage/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data23.state !== undefined){
let data27 = data23.state;
if(typeof data27 !== "string"){
const err64 = {instancePath:instancePath+"/approval/stages/" + i6+"/state",schemaPath:"#/$defs/approvalStage/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!((data27 === "approved") || (data27 === "rejected"))){
const err65 = {instancePath:instancePath+"/approval/stages/" + i6+"/state",schemaPath:"#/$defs/approvalStage/properties/state/enum",keyword:"enum",params:{allowedValues: schema93.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data23.comment !== undefined){
if(typeof data23.comment !== "string"){
const err66 = {instancePath:instancePath+"/approval/stages/" + i6+"/comment",schemaPath:"#/$defs/approvalStage/properties/comment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/approval/stages/" + i6,schemaPath:"#/$defs/approvalStage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/approval/stages",schemaPath:"#/properties/approval/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/approval",schemaPath:"#/properties/approval/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_exceptions.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exceptions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exceptions"},message:"must have required property '"+"exceptions"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "exceptions")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.exceptions !== undefined){
let data0 = data.exceptions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data0[i0], {instancePath:instancePath+"/exceptions/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3117:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate50;
module.exports["default"] = validate50;
const schema94 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_matrix.schema.json","type":"object","additionalProperties":false,"required":["generatedAt"],"properties":{"generatedAt":{"type":"string","format":"date-time"},"maxAgeHours":{"type":"number","exclusiveMinimum":0,"maximum":8760,"default":168},"rules":{"type":"array","default":[],"items":{"$ref":"#/$defs/rule"}},"weights":{"type":"object","additionalProperties":false,"default":{},"properties":{"host-mismatch":{"$ref":"#/$defs/weight","default":80},"runtime-missing":{"$ref":"#/$defs/weight","default":80},"runtime-mismatch":{"$ref":"#/$defs/weight","default":60},"dependency-missing":{"$ref":"#/$defs/weight","default":70},"dependency-mismatch":{"$ref":"#/$defs/weight","default":60},"dependent-broken":{"$ref":"#/$defs/weight","default":60},"migration-path-missing":{"$ref":"#/$defs/weight","default":90},"migration-irreversible":{"$ref":"#/$defs/weight","default":70},"matrix-incompatible":{"$ref":"#/$defs/weight","default":80},"untested":{"$ref":"#/$defs/weight","default":15},"major-jump":{"$ref":"#/$defs/weight","default":20},"optional-dependency-mismatch":{"$ref":"#/$defs/weight","default":10},"matrix-stale":{"$ref":"#/$defs/weight","default":10},"prerelease":{"$ref":"#/$defs/weight","default":15}}},"thresholds":{"type":"object","additionalProperties":false,"default":{},"properties":{"block":{"type":"number","minimum":1,"maximum":100,"default":50}}}},"$defs":{"weight":{"type":"number","minimum":0,"maximum":100},"semverRange":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"},"rule":{"type":"object","additionalProperties":false,"required":["plugin","versions","host","verdict"],"properties":{"plugin":{"type":"string","pattern":"^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"},"versions":{"$ref":"#/$defs/semverRange"},"host":{"$ref":"#/$defs/semverRange"},"verdict":{"type":"string","enum":["incompatible","compatible","untested"]},"reason":{"type":"string","minLength":1},"severity":{"type":"string","enum":["error","warning"]}}}}};
const schema98 = {"type":"number","minimum":0,"maximum":100};
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const schema95 = {"type":"object","additionalProperties":false,"required":["plugin","versions","host","verdict"],"properties":{"plugin":{"type":"string","pattern":"^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"},"versions":{"$ref":"#/$defs/semverRange"},"host":{"$ref":"#/$defs/semverRange"},"verdict":{"type":"string","enum":["incompatible","compatible","untested"]},"reason":{"type":"string","minLength":1},"severity":{"type":"string","enum":["error","warning"]}}};
const schema96 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"};
const pattern42 = new RegExp("^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$", "u");
const pattern13 = new RegExp("^[ 0-9A-Za-z.*^~<>=|+-]+$", "u");
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.versions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.host === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.verdict === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "plugin") || (key0 === "versions")) || (key0 === "host")) || (key0 === "verdict")) || (key0 === "reason")) || (key0 === "severity"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(!pattern42.test(data0)){
const err5 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/pattern",keyword:"pattern",params:{pattern: "^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"},message:"must match pattern \""+"^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.versions !== undefined){
let data1 = data.versions;
if(typeof data1 === "string"){
if(func3(data1) > 256){
const err7 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern13.test(data1)){
const err9 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.host !== undefined){
let data2 = data.host;
if(typeof data2 === "string"){
if(func3(data2) > 256){
const err11 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func3(data2) < 1){
const err12 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern13.test(data2)){
const err13 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.verdict !== undefined){
let data3 = data.verdict;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((data3 === "incompatible") || (data3 === "compatible")) || (data3 === "untested"))){
const err16 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema95.properties.verdict.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.reason !== undefined){
let data4 = data.reason;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.severity !== undefined){
let data5 = data.severity;
if(typeof data5 !== "string"){
const err19 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data5 === "error") || (data5 === "warning"))){
const err20 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema95.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const func9 = Object.prototype.hasOwnProperty;

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_matrix.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxAgeHours === undefined){
data.maxAgeHours = 168;
}
if(data.rules === undefined){
data.rules = [];
}
if(data.weights === undefined){
data.weights = {};
}
if(data.thresholds === undefined){
data.thresholds = {};
}
if(data.generatedAt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedAt"},message:"must have required property '"+"generatedAt"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "generatedAt") || (key0 === "maxAgeHours")) || (key0 === "rules")) || (key0 === "weights")) || (key0 === "thresholds"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.generatedAt !== undefined){
let data0 = data.generatedAt;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.maxAgeHours;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 8760 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/maxAgeHours",schemaPath:"#/properties/maxAgeHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8760},message:"must be <= 8760"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/maxAgeHours",schemaPath:"#/properties/maxAgeHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/maxAgeHours",schemaPath:"#/properties/maxAgeHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data2 = data.rules;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate51(data2[i0], {instancePath:instancePath+"/rules/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let data4 = data.weights;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4["host-mismatch"] === undefined){
data4["host-mismatch"] = 80;
}
if(data4["runtime-missing"] === undefined){
data4["runtime-missing"] = 80;
}
if(data4["runtime-mismatch"] === undefined){
data4["runtime-mismatch"] = 60;
}
if(data4["dependency-missing"] === undefined){
data4["dependency-missing"] = 70;
}
if(data4["dependency-mismatch"] === undefined){
data4["dependency-mismatch"] = 60;
}
if(data4["dependent-broken"] === undefined){
data4["dependent-broken"] = 60;
}
if(data4["migration-path-missing"] === undefined){
data4["migration-path-missing"] = 90;
}
if(data4["migration-irreversible"] === undefined){
data4["migration-irreversible"] = 70;
}
if(data4["matrix-incompatible"] === undefined){
data4["matrix-incompatible"] = 80;
}
if(data4.untested === undefined){
data4.untested = 15;
}
if(data4["major-jump"] === undefined){
data4["major-jump"] = 20;
}
if(data4["optional-dependency-mismatch"] === undefined){
data4["optional-dependency-mismatch"] = 10;
}
if(data4["matrix-stale"] === undefined){
data4["matrix-stale"] = 10;
}
if(data4.prerelease === undefined){
data4.prerelease = 15;
}
for(const key1 in data4){
if(!(func9.call(schema94.properties.weights.properties, key1))){
const err8 = {instancePath:instancePath+"/weights",schemaPath:"#/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let data5 = data4["host-mismatch"];
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/weights/host-mismatch",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/weights/host-mismatch",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/weights/host-mismatch",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
let data6 = data4["runtime-missing"];
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/weights/runtime-missing",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/weights/runtime-missing",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/weights/runtime-missing",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
let data7 = data4["runtime-mismatch"];
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/weights/runtime-mismatch",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err16 = {instancePath:instancePath+"/weights/runtime-mismatch",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/weights/runtime-mismatch",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
let data8 = data4["dependency-missing"];
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/weights/dependency-missing",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/weights/dependency-missing",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/weights/dependency-missing",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
let data9 = data4["dependency-mismatch"];
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/weights/dependency-mismatch",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/weights/dependency-mismatch",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/weights/dependency-mismatch",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let data10 = data4["dependent-broken"];
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/weights/dependent-broken",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/weights/dependent-broken",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/weights/dependent-broken",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
let data11 = data4["migration-path-missing"];
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/weights/migration-path-missing",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/weights/migration-path-missing",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/weights/migration-path-missing",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
let data12 = data4["migration-irreversible"];
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/weights/migration-irreversible",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err31 = {instancePath:instancePath+"/weights/migration-irreversible",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/weights/migration-irreversible",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
let data13 = data4["matrix-incompatible"];
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100 || isNaN(data13)){
const err33 = {instancePath:instancePath+"/weights/matrix-incompatible",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/weights/matrix-incompatible",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/weights/matrix-incompatible",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
let data14 = data4.untested;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100 || isNaN(data14)){
const err36 = {instancePath:instancePath+"/weights/untested",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err37 = {instancePath:instancePath+"/weights/untested",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/weights/untested",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
let data15 = data4["major-jump"];
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 100 || isNaN(data15)){
const err39 = {instancePath:instancePath+"/weights/major-jump",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err40 = {instancePath:instancePath+"/weights/major-jump",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/weights/major-jump",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
let data16 = data4["optional-dependency-mismatch"];
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100 || isNaN(data16)){
const err42 = {instancePath:instancePath+"/weights/optional-dependency-mismatch",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err43 = {instancePath:instancePath+"/weights/optional-dependency-mismatch",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/weights/optional-dependency-mismatch",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
let data17 = data4["matrix-stale"];
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/weights/matrix-stale",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err46 = {instancePath:instancePath+"/weights/matrix-stale",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/weights/matrix-stale",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
let data18 = data4.prerelease;
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100 || isNaN(data18)){
const err48 = {instancePath:instancePath+"/weights/prerelease",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err49 = {instancePath:instancePath+"/weights/prerelease",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/weights/prerelease",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/weights",schemaPath:"#/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
let data19 = data.thresholds;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.block === undefined){
data19.block = 50;
}
for(const key2 in data19){
if(!(key2 === "block")){
const err52 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
let data20 = data19.block;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 100 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/thresholds/block",schemaPath:"#/properties/thresholds/properties/block/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err54 = {instancePath:instancePath+"/thresholds/block",schemaPath:"#/properties/thresholds/properties/block/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/thresholds/block",schemaPath:"#/properties/thresholds/properties/block/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 6480:
/***/ ((module) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate53;
module.exports["default"] = validate53;
const schema112 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_monitoring.schema.json","$ref":"analysis.schema.json#/$defs/template"};
const schema81 = {"type":"object","additionalProperties":false,"required":["metrics"],"properties":{"description":{"type":"string"},"metrics":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/metric"}}}};
const schema82 = {"type":"object","additionalProperties":false,"required":["name","provider"],"anyOf":[{"properties":{"successCondition":true},"required":["successCondition"]},{"properties":{"failureCondition":true},"required":["failureCondition"]}],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"provider":{"$ref":"#/$defs/provider"},"interval":{"$ref":"#/$defs/duration","default":"1m"},"initialDelay":{"$ref":"#/$defs/duration"},"count":{"type":"integer","minimum":1,"maximum":1000,"default":1},"successCondition":{"$ref":"#/$defs/condition"},"failureCondition":{"$ref":"#/$defs/condition"},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"inconclusiveLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"consecutiveErrorLimit":{"type":"integer","minimum":0,"maximum":1000,"default":4}}};
const schema85 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema88 = {"type":"string","pattern":"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"};
const func9 = Object.prototype.hasOwnProperty;
const pattern36 = new RegExp("^[a-z][a-z0-9-]{0,62}$", "u");
const pattern37 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
const pattern40 = new RegExp("^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$", "u");
const schema83 = {"type":"object","additionalProperties":false,"required":["powerx"],"properties":{"powerx":{"$ref":"#/$defs/powerxQuery"}}};
const schema84 = {"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","enum":["requestCount","errorRate","latencyP95Ms"]},"window":{"$ref":"#/$defs/duration","default":"5m"},"aggregate":{"type":"string","enum":["max","mean","min","sum"],"default":"max"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.window === undefined){
data.window = "5m";
}
if(data.aggregate === undefined){
data.aggregate = "max";
}
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "metric") || (key0 === "window")) || (key0 === "aggregate"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metric !== undefined){
let data0 = data.metric;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "requestCount") || (data0 === "errorRate")) || (data0 === "latencyP95Ms"))){
const err3 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema84.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.window;
if(typeof data1 === "string"){
if(!pattern37.test(data1)){
const err4 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data2 = data.aggregate;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data2 === "max") || (data2 === "mean")) || (data2 === "min")) || (data2 === "sum"))){
const err7 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/enum",keyword:"enum",params:{allowedValues: schema84.properties.aggregate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.powerx === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "powerx"},message:"must have required property '"+"powerx"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "powerx")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.powerx !== undefined){
if(!(validate44(data.powerx, {instancePath:instancePath+"/powerx",parentData:data,parentDataProperty:"powerx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.successCondition === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "successCondition"},message:"must have required property '"+"successCondition"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.successCondition = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failureCondition === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "failureCondition"},message:"must have required property '"+"failureCondition"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.failureCondition = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval === undefined){
data.interval = "1m";
}
if(data.count === undefined){
data.count = 1;
}
if(data.failureLimit === undefined){
data.failureLimit = 0;
}
if(data.inconclusiveLimit === undefined){
data.inconclusiveLimit = 0;
}
if(data.consecutiveErrorLimit === undefined){
data.consecutiveErrorLimit = 4;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provider === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema82.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.provider !== undefined){
if(!(validate43(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
let data2 = data.interval;
if(typeof data2 === "string"){
if(!pattern37.test(data2)){
const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.initialDelay !== undefined){
let data3 = data.initialDelay;
if(typeof data3 === "string"){
if(!pattern37.test(data3)){
const err10 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data4 = data.count;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.successCondition !== undefined){
let data5 = data.successCondition;
if(typeof data5 === "string"){
if(!pattern40.test(data5)){
const err15 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.failureCondition !== undefined){
let data6 = data.failureCondition;
if(typeof data6 === "string"){
if(!pattern40.test(data6)){
const err17 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data7 = data.failureLimit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data8 = data.inconclusiveLimit;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data9 = data.consecutiveErrorLimit;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "description") || (key0 === "metrics"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metrics !== undefined){
let data1 = data.metrics;
if(Array.isArray(data1)){
if(data1.length > 20){
const err3 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data1[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_monitoring.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 1850:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate33;
module.exports["default"] = validate33;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_tenant.schema.json","type":"object","additionalProperties":false,"required":["id","hostVersion"],"properties":{"id":{"$ref":"#/$defs/tenantId"},"name":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},"tier":{"type":"string"},"region":{"type":"string"},"url":{"type":"string"},"testPool":{"type":"boolean"},"hostVersion":{"$ref":"#/$defs/semver"},"runtimes":{"type":"object","default":{},"propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/semver"}},"plugins":{"type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["id","version"],"properties":{"id":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"version":{"$ref":"#/$defs/semver"},"installedAt":{"$ref":"#/$defs/timestamp"},"status":{"type":"string","enum":["active","disabled","failed"]}}}}},"$defs":{"semver":{"type":"string","minLength":1,"maxLength":256},"tenantId":{"type":"string","minLength":2,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9-]*$"},"timestamp":{"type":"string","format":"date-time"}}};
const schema58 = {"type":"string","minLength":2,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9-]*$"};
const schema59 = {"type":"string","minLength":1,"maxLength":256};
const schema50 = {"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"};
const schema63 = {"type":"string","format":"date-time"};
const func9 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern22 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const pattern11 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$", "u");
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_tenant.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.runtimes === undefined){
data.runtimes = {};
}
if(data.plugins === undefined){
data.plugins = [];
}
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hostVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostVersion"},message:"must have required property '"+"hostVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema57.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 2){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern22.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err10 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err11 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.testPool !== undefined){
if(typeof data.testPool !== "boolean"){
const err13 = {instancePath:instancePath+"/testPool",schemaPath:"#/properties/testPool/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hostVersion !== undefined){
let data8 = data.hostVersion;
if(typeof data8 === "string"){
if(func3(data8) > 256){
const err14 = {instancePath:instancePath+"/hostVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data8) < 1){
const err15 = {instancePath:instancePath+"/hostVersion",schemaPath:"#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/hostVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data9 = data.runtimes;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
const _errs24 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err17 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid5 = _errs24 === errors;
if(!valid5){
const err19 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data9){
let data10 = data9[key2];
if(typeof data10 === "string"){
if(func3(data10) > 256){
const err20 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data10) < 1){
const err21 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let data11 = data.plugins;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err24 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.version === undefined){
const err25 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "id") || (key3 === "version")) || (key3 === "installedAt")) || (key3 === "status"))){
const err26 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func3(data13) > 100){
const err27 = {instancePath:instancePath+"/plugins/" + i1+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern11.test(data13)){
const err28 = {instancePath:instancePath+"/plugins/" + i1+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/plugins/" + i1+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.version !== undefined){
let data14 = data12.version;
if(typeof data14 === "string"){
if(func3(data14) > 256){
const err30 = {instancePath:instancePath+"/plugins/" + i1+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func3(data14) < 1){
const err31 = {instancePath:instancePath+"/plugins/" + i1+"/version",schemaPath:"#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/plugins/" + i1+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.installedAt !== undefined){
let data15 = data12.installedAt;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err33 = {instancePath:instancePath+"/plugins/" + i1+"/installedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/plugins/" + i1+"/installedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.status !== undefined){
let data16 = data12.status;
if(typeof data16 !== "string"){
const err35 = {instancePath:instancePath+"/plugins/" + i1+"/status",schemaPath:"#/properties/plugins/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data16 === "active") || (data16 === "disabled")) || (data16 === "failed"))){
const err36 = {instancePath:instancePath+"/plugins/" + i1+"/status",schemaPath:"#/properties/plugins/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema57.properties.plugins.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 9484:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate57;
module.exports["default"] = validate57;
const schema114 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_tenants.schema.json","type":"object","additionalProperties":false,"required":["tenants"],"properties":{"tenants":{"type":"array","minItems":1,"items":{"$ref":"compat_tenant.schema.json"}}}};
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/compat_tenant.schema.json","type":"object","additionalProperties":false,"required":["id","hostVersion"],"properties":{"id":{"$ref":"#/$defs/tenantId"},"name":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},"tier":{"type":"string"},"region":{"type":"string"},"url":{"type":"string"},"testPool":{"type":"boolean"},"hostVersion":{"$ref":"#/$defs/semver"},"runtimes":{"type":"object","default":{},"propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/semver"}},"plugins":{"type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["id","version"],"properties":{"id":{"$ref":"powerx-plugin.schema.json#/$defs/pluginId"},"version":{"$ref":"#/$defs/semver"},"installedAt":{"$ref":"#/$defs/timestamp"},"status":{"type":"string","enum":["active","disabled","failed"]}}}}},"$defs":{"semver":{"type":"string","minLength":1,"maxLength":256},"tenantId":{"type":"string","minLength":2,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9-]*$"},"timestamp":{"type":"string","format":"date-time"}}};
const schema58 = {"type":"string","minLength":2,"maxLength":64,"pattern":"^[a-z0-9][a-z0-9-]*$"};
const schema59 = {"type":"string","minLength":1,"maxLength":256};
const schema50 = {"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"};
const schema63 = {"type":"string","format":"date-time"};
const func9 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern22 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const pattern11 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$", "u");
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_tenant.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.runtimes === undefined){
data.runtimes = {};
}
if(data.plugins === undefined){
data.plugins = [];
}
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hostVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hostVersion"},message:"must have required property '"+"hostVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema57.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func3(data0) < 2){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern22.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err8 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tier !== undefined){
if(typeof data.tier !== "string"){
const err10 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.region !== undefined){
if(typeof data.region !== "string"){
const err11 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.testPool !== undefined){
if(typeof data.testPool !== "boolean"){
const err13 = {instancePath:instancePath+"/testPool",schemaPath:"#/properties/testPool/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hostVersion !== undefined){
let data8 = data.hostVersion;
if(typeof data8 === "string"){
if(func3(data8) > 256){
const err14 = {instancePath:instancePath+"/hostVersion",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func3(data8) < 1){
const err15 = {instancePath:instancePath+"/hostVersion",schemaPath:"#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/hostVersion",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data9 = data.runtimes;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
const _errs24 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err17 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid5 = _errs24 === errors;
if(!valid5){
const err19 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data9){
let data10 = data9[key2];
if(typeof data10 === "string"){
if(func3(data10) > 256){
const err20 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data10) < 1){
const err21 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let data11 = data.plugins;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err24 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.version === undefined){
const err25 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "id") || (key3 === "version")) || (key3 === "installedAt")) || (key3 === "status"))){
const err26 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func3(data13) > 100){
const err27 = {instancePath:instancePath+"/plugins/" + i1+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern11.test(data13)){
const err28 = {instancePath:instancePath+"/plugins/" + i1+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/plugins/" + i1+"/id",schemaPath:"powerx-plugin.schema.json#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.version !== undefined){
let data14 = data12.version;
if(typeof data14 === "string"){
if(func3(data14) > 256){
const err30 = {instancePath:instancePath+"/plugins/" + i1+"/version",schemaPath:"#/$defs/semver/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func3(data14) < 1){
const err31 = {instancePath:instancePath+"/plugins/" + i1+"/version",schemaPath:"#/$defs/semver/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/plugins/" + i1+"/version",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data12.installedAt !== undefined){
let data15 = data12.installedAt;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err33 = {instancePath:instancePath+"/plugins/" + i1+"/installedAt",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/plugins/" + i1+"/installedAt",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.status !== undefined){
let data16 = data12.status;
if(typeof data16 !== "string"){
const err35 = {instancePath:instancePath+"/plugins/" + i1+"/status",schemaPath:"#/properties/plugins/items/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data16 === "active") || (data16 === "disabled")) || (data16 === "failed"))){
const err36 = {instancePath:instancePath+"/plugins/" + i1+"/status",schemaPath:"#/properties/plugins/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema57.properties.plugins.items.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/plugins/" + i1,schemaPath:"#/properties/plugins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/plugins",schemaPath:"#/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/compat_tenants.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenants === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenants"},message:"must have required property '"+"tenants"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "tenants")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tenants !== undefined){
let data0 = data.tenants;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data0[i0], {instancePath:instancePath+"/tenants/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 6066:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate59;
module.exports["default"] = validate59;
const schema115 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/exception_workflow.schema.json","type":"object","additionalProperties":false,"required":["chain"],"properties":{"chain":{"type":"array","minItems":1,"maxItems":5,"items":{"$ref":"#/$defs/chainStage"}},"slaHours":{"type":"number","exclusiveMinimum":0,"maximum":720,"default":24},"preventSelfReview":{"type":"boolean","default":true},"distinctApprovers":{"type":"boolean","default":true},"requireOrgTwoFactor":{"type":"boolean","default":true},"maxDuration":{"$ref":"#/$defs/duration","default":"30d"},"waivableCodes":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/errorCode"},"default":["host-mismatch","runtime-mismatch","dependency-mismatch","dependent-broken","migration-irreversible","matrix-incompatible"]},"monitoring":{"type":"object","additionalProperties":false,"default":{},"properties":{"requiredMetrics":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["requestCount","errorRate","latencyP95Ms"]},"default":["errorRate","latencyP95Ms"]},"defaultProfile":{"$ref":"analysis.schema.json#/$defs/template"},"onFailure":{"type":"string","enum":["rollback","alert"],"default":"rollback"}}},"notifications":{"type":"object","additionalProperties":false,"default":{},"properties":{"onRejected":{"$ref":"#/$defs/channels","default":["event","github-issue"]},"onExpired":{"$ref":"#/$defs/channels","default":["event","github-issue"]},"onSlaBreach":{"$ref":"#/$defs/channels","default":["event","github-issue"]},"expiryWarning":{"$ref":"#/$defs/duration","default":"24h"}}}},"$defs":{"duration":{"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"},"errorCode":{"type":"string","enum":["host-mismatch","runtime-missing","runtime-mismatch","dependency-missing","dependency-mismatch","dependent-broken","migration-path-missing","migration-irreversible","matrix-incompatible"]},"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["event","github-issue"]}},"chainStage":{"type":"object","additionalProperties":false,"required":["environment","role"],"properties":{"environment":{"$ref":"#/$defs/environmentName"},"role":{"$ref":"#/$defs/role"},"reviewers":{"$ref":"#/$defs/reviewers"}}},"environmentName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"role":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"githubLogin":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},"githubTeam":{"type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"reviewers":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"users":{"type":"array","minItems":1,"maxItems":6,"uniqueItems":true,"items":{"$ref":"#/$defs/githubLogin"}},"teams":{"type":"array","minItems":1,"maxItems":6,"uniqueItems":true,"items":{"$ref":"#/$defs/githubTeam"}}},"allOf":[{"if":{"properties":{"users":{"type":"array","minItems":1}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":5}}}},{"if":{"properties":{"users":{"type":"array","minItems":2}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":4}}}},{"if":{"properties":{"users":{"type":"array","minItems":3}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":3}}}},{"if":{"properties":{"users":{"type":"array","minItems":4}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":2}}}},{"if":{"properties":{"users":{"type":"array","minItems":5}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":1}}}},{"if":{"properties":{"users":{"type":"array","minItems":6}},"required":["users"]},"then":{"properties":{"teams":false}}}]}}};
const schema122 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema123 = {"type":"string","enum":["host-mismatch","runtime-missing","runtime-mismatch","dependency-missing","dependency-mismatch","dependent-broken","migration-path-missing","migration-irreversible","matrix-incompatible"]};
const schema125 = {"type":"array","uniqueItems":true,"items":{"type":"string","enum":["event","github-issue"]}};
const func9 = Object.prototype.hasOwnProperty;
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);
const schema116 = {"type":"object","additionalProperties":false,"required":["environment","role"],"properties":{"environment":{"$ref":"#/$defs/environmentName"},"role":{"$ref":"#/$defs/role"},"reviewers":{"$ref":"#/$defs/reviewers"}}};
const schema117 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"};
const schema118 = {"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"};
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const schema119 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"users":{"type":"array","minItems":1,"maxItems":6,"uniqueItems":true,"items":{"$ref":"#/$defs/githubLogin"}},"teams":{"type":"array","minItems":1,"maxItems":6,"uniqueItems":true,"items":{"$ref":"#/$defs/githubTeam"}}},"allOf":[{"if":{"properties":{"users":{"type":"array","minItems":1}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":5}}}},{"if":{"properties":{"users":{"type":"array","minItems":2}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":4}}}},{"if":{"properties":{"users":{"type":"array","minItems":3}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":3}}}},{"if":{"properties":{"users":{"type":"array","minItems":4}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":2}}}},{"if":{"properties":{"users":{"type":"array","minItems":5}},"required":["users"]},"then":{"properties":{"teams":{"type":"array","maxItems":1}}}},{"if":{"properties":{"users":{"type":"array","minItems":6}},"required":["users"]},"then":{"properties":{"teams":false}}}]};
const schema120 = {"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"};
const schema121 = {"type":"string","pattern":"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"};
const pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const pattern7 = new RegExp("^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.users === undefined) && (missing0 = "users")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.users !== undefined){
let data0 = data.users;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams !== undefined){
let data1 = data.teams;
if(Array.isArray(data1)){
if(data1.length > 5){
const err3 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/0/then/properties/teams/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/0/then/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.teams = true;
props0.users = true;
}
}
if(!valid1){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs10 = errors;
let valid4 = true;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.users === undefined) && (missing1 = "users")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.users !== undefined){
let data2 = data.users;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data2)){
if(data2.length < 2){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs14 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams !== undefined){
let data3 = data.teams;
if(Array.isArray(data3)){
if(data3.length > 4){
const err9 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/1/then/properties/teams/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/1/then/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid1 = _errs14 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.teams = true;
props1.users = true;
}
}
if(!valid4){
const err11 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs18 = errors;
let valid7 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.users === undefined) && (missing2 = "users")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.users !== undefined){
let data4 = data.users;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data4)){
if(data4.length < 3){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
}
var _valid2 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams !== undefined){
let data5 = data.teams;
if(Array.isArray(data5)){
if(data5.length > 3){
const err15 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/2/then/properties/teams/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/2/then/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var _valid2 = _errs22 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.teams = true;
props2.users = true;
}
}
if(!valid7){
const err17 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs26 = errors;
let valid10 = true;
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.users === undefined) && (missing3 = "users")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.users !== undefined){
let data6 = data.users;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data6)){
if(data6.length < 4){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
}
var _valid3 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs30 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams !== undefined){
let data7 = data.teams;
if(Array.isArray(data7)){
if(data7.length > 2){
const err21 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/3/then/properties/teams/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/3/then/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
var _valid3 = _errs30 === errors;
valid10 = _valid3;
if(valid10){
var props3 = {};
props3.teams = true;
props3.users = true;
}
}
if(!valid10){
const err23 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs34 = errors;
let valid13 = true;
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.users === undefined) && (missing4 = "users")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.users !== undefined){
let data8 = data.users;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data8)){
if(data8.length < 5){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
}
var _valid4 = _errs35 === errors;
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs38 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams !== undefined){
let data9 = data.teams;
if(Array.isArray(data9)){
if(data9.length > 1){
const err27 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/4/then/properties/teams/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/4/then/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
var _valid4 = _errs38 === errors;
valid13 = _valid4;
if(valid13){
var props4 = {};
props4.teams = true;
props4.users = true;
}
}
if(!valid13){
const err29 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs42 = errors;
let valid16 = true;
const _errs43 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.users === undefined) && (missing5 = "users")){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.users !== undefined){
let data10 = data.users;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data10)){
if(data10.length < 6){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
}
var _valid5 = _errs43 === errors;
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.teams !== undefined){
const err33 = {instancePath:instancePath+"/teams",schemaPath:"#/allOf/5/then/properties/teams/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid5 = _errs46 === errors;
valid16 = _valid5;
if(valid16){
var props5 = {};
props5.teams = true;
props5.users = true;
}
}
if(!valid16){
const err34 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err35 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "users") || (key0 === "teams"))){
const err36 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.users !== undefined){
let data12 = data.users;
if(Array.isArray(data12)){
if(data12.length > 6){
const err37 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12.length < 1){
const err38 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err39 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/$defs/githubLogin/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/users/" + i0,schemaPath:"#/$defs/githubLogin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data12[i1], data12[j0])){
const err41 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.teams !== undefined){
let data14 = data.teams;
if(Array.isArray(data14)){
if(data14.length > 6){
const err43 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/maxItems",keyword:"maxItems",params:{limit: 6},message:"must NOT have more than 6 items"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14.length < 1){
const err44 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(typeof data15 === "string"){
if(!pattern7.test(data15)){
const err45 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/$defs/githubTeam/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/$defs/githubTeam/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
let i3 = data14.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data14[i3], data14[j1])){
const err47 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.environment === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "environment") || (key0 === "role")) || (key0 === "reviewers"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.environment !== undefined){
let data0 = data.environment;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/environment",schemaPath:"#/$defs/environmentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/environment",schemaPath:"#/$defs/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/role/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reviewers !== undefined){
if(!(validate61(data.reviewers, {instancePath:instancePath+"/reviewers",parentData:data,parentDataProperty:"reviewers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"type":"object","additionalProperties":false,"required":["metrics"],"properties":{"description":{"type":"string"},"metrics":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/metric"}}}};
const schema82 = {"type":"object","additionalProperties":false,"required":["name","provider"],"anyOf":[{"properties":{"successCondition":true},"required":["successCondition"]},{"properties":{"failureCondition":true},"required":["failureCondition"]}],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"provider":{"$ref":"#/$defs/provider"},"interval":{"$ref":"#/$defs/duration","default":"1m"},"initialDelay":{"$ref":"#/$defs/duration"},"count":{"type":"integer","minimum":1,"maximum":1000,"default":1},"successCondition":{"$ref":"#/$defs/condition"},"failureCondition":{"$ref":"#/$defs/condition"},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"inconclusiveLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"consecutiveErrorLimit":{"type":"integer","minimum":0,"maximum":1000,"default":4}}};
const schema85 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema88 = {"type":"string","pattern":"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"};
const pattern36 = new RegExp("^[a-z][a-z0-9-]{0,62}$", "u");
const pattern37 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
const pattern40 = new RegExp("^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$", "u");
const schema83 = {"type":"object","additionalProperties":false,"required":["powerx"],"properties":{"powerx":{"$ref":"#/$defs/powerxQuery"}}};
const schema84 = {"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","enum":["requestCount","errorRate","latencyP95Ms"]},"window":{"$ref":"#/$defs/duration","default":"5m"},"aggregate":{"type":"string","enum":["max","mean","min","sum"],"default":"max"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.window === undefined){
data.window = "5m";
}
if(data.aggregate === undefined){
data.aggregate = "max";
}
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "metric") || (key0 === "window")) || (key0 === "aggregate"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metric !== undefined){
let data0 = data.metric;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "requestCount") || (data0 === "errorRate")) || (data0 === "latencyP95Ms"))){
const err3 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema84.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.window;
if(typeof data1 === "string"){
if(!pattern37.test(data1)){
const err4 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data2 = data.aggregate;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data2 === "max") || (data2 === "mean")) || (data2 === "min")) || (data2 === "sum"))){
const err7 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/enum",keyword:"enum",params:{allowedValues: schema84.properties.aggregate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.powerx === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "powerx"},message:"must have required property '"+"powerx"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "powerx")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.powerx !== undefined){
if(!(validate44(data.powerx, {instancePath:instancePath+"/powerx",parentData:data,parentDataProperty:"powerx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.successCondition === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "successCondition"},message:"must have required property '"+"successCondition"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.successCondition = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failureCondition === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "failureCondition"},message:"must have required property '"+"failureCondition"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.failureCondition = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval === undefined){
data.interval = "1m";
}
if(data.count === undefined){
data.count = 1;
}
if(data.failureLimit === undefined){
data.failureLimit = 0;
}
if(data.inconclusiveLimit === undefined){
data.inconclusiveLimit = 0;
}
if(data.consecutiveErrorLimit === undefined){
data.consecutiveErrorLimit = 4;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provider === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema82.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.provider !== undefined){
if(!(validate43(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
let data2 = data.interval;
if(typeof data2 === "string"){
if(!pattern37.test(data2)){
const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.initialDelay !== undefined){
let data3 = data.initialDelay;
if(typeof data3 === "string"){
if(!pattern37.test(data3)){
const err10 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data4 = data.count;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.successCondition !== undefined){
let data5 = data.successCondition;
if(typeof data5 === "string"){
if(!pattern40.test(data5)){
const err15 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.failureCondition !== undefined){
let data6 = data.failureCondition;
if(typeof data6 === "string"){
if(!pattern40.test(data6)){
const err17 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data7 = data.failureLimit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data8 = data.inconclusiveLimit;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data9 = data.consecutiveErrorLimit;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "description") || (key0 === "metrics"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metrics !== undefined){
let data1 = data.metrics;
if(Array.isArray(data1)){
if(data1.length > 20){
const err3 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data1[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/exception_workflow.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.slaHours === undefined){
data.slaHours = 24;
}
if(data.preventSelfReview === undefined){
data.preventSelfReview = true;
}
if(data.distinctApprovers === undefined){
data.distinctApprovers = true;
}
if(data.requireOrgTwoFactor === undefined){
data.requireOrgTwoFactor = true;
}
if(data.maxDuration === undefined){
data.maxDuration = "30d";
}
if(data.waivableCodes === undefined){
data.waivableCodes = ["host-mismatch","runtime-mismatch","dependency-mismatch","dependent-broken","migration-irreversible","matrix-incompatible"];
}
if(data.monitoring === undefined){
data.monitoring = {};
}
if(data.notifications === undefined){
data.notifications = {};
}
if(data.chain === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chain"},message:"must have required property '"+"chain"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema115.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.chain !== undefined){
let data0 = data.chain;
if(Array.isArray(data0)){
if(data0.length > 5){
const err2 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate60(data0[i0], {instancePath:instancePath+"/chain/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/chain",schemaPath:"#/properties/chain/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let data2 = data.slaHours;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 720 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/slaHours",schemaPath:"#/properties/slaHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 720},message:"must be <= 720"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/slaHours",schemaPath:"#/properties/slaHours/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/slaHours",schemaPath:"#/properties/slaHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data.preventSelfReview !== "boolean"){
const err8 = {instancePath:instancePath+"/preventSelfReview",schemaPath:"#/properties/preventSelfReview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data.distinctApprovers !== "boolean"){
const err9 = {instancePath:instancePath+"/distinctApprovers",schemaPath:"#/properties/distinctApprovers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data.requireOrgTwoFactor !== "boolean"){
const err10 = {instancePath:instancePath+"/requireOrgTwoFactor",schemaPath:"#/properties/requireOrgTwoFactor/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
let data6 = data.maxDuration;
if(typeof data6 === "string"){
if(!pattern37.test(data6)){
const err11 = {instancePath:instancePath+"/maxDuration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/maxDuration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
let data7 = data.waivableCodes;
if(Array.isArray(data7)){
if(data7.length < 1){
const err13 = {instancePath:instancePath+"/waivableCodes",schemaPath:"#/properties/waivableCodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/waivableCodes/" + i1,schemaPath:"#/$defs/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((((((data8 === "host-mismatch") || (data8 === "runtime-missing")) || (data8 === "runtime-mismatch")) || (data8 === "dependency-missing")) || (data8 === "dependency-mismatch")) || (data8 === "dependent-broken")) || (data8 === "migration-path-missing")) || (data8 === "migration-irreversible")) || (data8 === "matrix-incompatible"))){
const err15 = {instancePath:instancePath+"/waivableCodes/" + i1,schemaPath:"#/$defs/errorCode/enum",keyword:"enum",params:{allowedValues: schema123.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i2 = data7.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data7[i2], data7[j0])){
const err16 = {instancePath:instancePath+"/waivableCodes",schemaPath:"#/properties/waivableCodes/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/waivableCodes",schemaPath:"#/properties/waivableCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
let data9 = data.monitoring;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.requiredMetrics === undefined){
data9.requiredMetrics = ["errorRate","latencyP95Ms"];
}
if(data9.onFailure === undefined){
data9.onFailure = "rollback";
}
for(const key1 in data9){
if(!(((key1 === "requiredMetrics") || (key1 === "defaultProfile")) || (key1 === "onFailure"))){
const err18 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data10 = data9.requiredMetrics;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i3=0; i3<len2; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err19 = {instancePath:instancePath+"/monitoring/requiredMetrics/" + i3,schemaPath:"#/properties/monitoring/properties/requiredMetrics/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data11 === "requestCount") || (data11 === "errorRate")) || (data11 === "latencyP95Ms"))){
const err20 = {instancePath:instancePath+"/monitoring/requiredMetrics/" + i3,schemaPath:"#/properties/monitoring/properties/requiredMetrics/items/enum",keyword:"enum",params:{allowedValues: schema115.properties.monitoring.properties.requiredMetrics.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i4 = data10.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data10[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err21 = {instancePath:instancePath+"/monitoring/requiredMetrics",schemaPath:"#/properties/monitoring/properties/requiredMetrics/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err22 = {instancePath:instancePath+"/monitoring/requiredMetrics",schemaPath:"#/properties/monitoring/properties/requiredMetrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9.defaultProfile !== undefined){
if(!(validate64(data9.defaultProfile, {instancePath:instancePath+"/monitoring/defaultProfile",parentData:data9,parentDataProperty:"defaultProfile",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
let data13 = data9.onFailure;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/monitoring/onFailure",schemaPath:"#/properties/monitoring/properties/onFailure/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data13 === "rollback") || (data13 === "alert"))){
const err24 = {instancePath:instancePath+"/monitoring/onFailure",schemaPath:"#/properties/monitoring/properties/onFailure/enum",keyword:"enum",params:{allowedValues: schema115.properties.monitoring.properties.onFailure.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
let data14 = data.notifications;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.onRejected === undefined){
data14.onRejected = ["event","github-issue"];
}
if(data14.onExpired === undefined){
data14.onExpired = ["event","github-issue"];
}
if(data14.onSlaBreach === undefined){
data14.onSlaBreach = ["event","github-issue"];
}
if(data14.expiryWarning === undefined){
data14.expiryWarning = "24h";
}
for(const key2 in data14){
if(!((((key2 === "onRejected") || (key2 === "onExpired")) || (key2 === "onSlaBreach")) || (key2 === "expiryWarning"))){
const err26 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data15 = data14.onRejected;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i5=0; i5<len3; i5++){
let data16 = data15[i5];
if(typeof data16 !== "string"){
const err27 = {instancePath:instancePath+"/notifications/onRejected/" + i5,schemaPath:"#/$defs/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((data16 === "event") || (data16 === "github-issue"))){
const err28 = {instancePath:instancePath+"/notifications/onRejected/" + i5,schemaPath:"#/$defs/channels/items/enum",keyword:"enum",params:{allowedValues: schema125.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i6 = data15.length;
let j2;
if(i6 > 1){
const indices1 = {};
for(;i6--;){
let item1 = data15[i6];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err29 = {instancePath:instancePath+"/notifications/onRejected",schemaPath:"#/$defs/channels/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
indices1[item1] = i6;
}
}
}
else {
const err30 = {instancePath:instancePath+"/notifications/onRejected",schemaPath:"#/$defs/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
let data17 = data14.onExpired;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i7=0; i7<len4; i7++){
let data18 = data17[i7];
if(typeof data18 !== "string"){
const err31 = {instancePath:instancePath+"/notifications/onExpired/" + i7,schemaPath:"#/$defs/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!((data18 === "event") || (data18 === "github-issue"))){
const err32 = {instancePath:instancePath+"/notifications/onExpired/" + i7,schemaPath:"#/$defs/channels/items/enum",keyword:"enum",params:{allowedValues: schema125.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i8 = data17.length;
let j3;
if(i8 > 1){
const indices2 = {};
for(;i8--;){
let item2 = data17[i8];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j3 = indices2[item2];
const err33 = {instancePath:instancePath+"/notifications/onExpired",schemaPath:"#/$defs/channels/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices2[item2] = i8;
}
}
}
else {
const err34 = {instancePath:instancePath+"/notifications/onExpired",schemaPath:"#/$defs/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
let data19 = data14.onSlaBreach;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i9=0; i9<len5; i9++){
let data20 = data19[i9];
if(typeof data20 !== "string"){
const err35 = {instancePath:instancePath+"/notifications/onSlaBreach/" + i9,schemaPath:"#/$defs/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((data20 === "event") || (data20 === "github-issue"))){
const err36 = {instancePath:instancePath+"/notifications/onSlaBreach/" + i9,schemaPath:"#/$defs/channels/items/enum",keyword:"enum",params:{allowedValues: schema125.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
let i10 = data19.length;
let j4;
if(i10 > 1){
const indices3 = {};
for(;i10--;){
let item3 = data19[i10];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j4 = indices3[item3];
const err37 = {instancePath:instancePath+"/notifications/onSlaBreach",schemaPath:"#/$defs/channels/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break;
}
indices3[item3] = i10;
}
}
}
else {
const err38 = {instancePath:instancePath+"/notifications/onSlaBreach",schemaPath:"#/$defs/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
let data21 = data14.expiryWarning;
if(typeof data21 === "string"){
if(!pattern37.test(data21)){
const err39 = {instancePath:instancePath+"/notifications/expiryWarning",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/notifications/expiryWarning",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 6079:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate67;
module.exports["default"] = validate67;
const schema129 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/governance_rules.schema.json","type":"object","additionalProperties":false,"properties":{"scope":{"type":"object","additionalProperties":false,"default":{},"properties":{"include":{"type":"array","default":[],"items":{"$ref":"#/$defs/tenantSelector"}},"exclude":{"type":"array","default":[],"items":{"$ref":"#/$defs/tenantSelector"}},"plugins":{"type":"array","default":[],"uniqueItems":true,"items":{"$ref":"#/$defs/pluginId"}}}},"policies":{"type":"object","additionalProperties":false,"default":{},"properties":{"enforcement":{"type":"string","enum":["advisory","required"],"default":"advisory"},"requiredFrom":{"$ref":"#/$defs/priority","default":"high"},"lts":{"type":"object","additionalProperties":false,"default":{},"properties":{"prefer":{"type":"boolean","default":true},"stayOnLine":{"type":"boolean","default":true}}},"security":{"type":"object","additionalProperties":false,"default":{},"properties":{"preferMinimalFix":{"type":"boolean","default":true},"bands":{"type":"object","additionalProperties":false,"default":{},"properties":{"critical":{"$ref":"#/$defs/band","default":{"minScore":9,"weight":100}},"high":{"$ref":"#/$defs/band","default":{"minScore":7,"weight":70}},"medium":{"$ref":"#/$defs/band","default":{"minScore":4,"weight":40}},"low":{"$ref":"#/$defs/band","default":{"minScore":0.1,"weight":10}}}},"unscored":{"$ref":"#/$defs/priority","default":"medium"}}},"outdated":{"type":"object","additionalProperties":false,"default":{},"properties":{"major":{"$ref":"#/$defs/weight","default":20},"minor":{"$ref":"#/$defs/weight","default":10},"patch":{"$ref":"#/$defs/weight","default":5}}},"priorities":{"type":"object","additionalProperties":false,"default":{},"properties":{"critical":{"$ref":"#/$defs/weight","default":90},"high":{"$ref":"#/$defs/weight","default":60},"medium":{"$ref":"#/$defs/weight","default":25}}},"yanked":{"type":"object","additionalProperties":false,"default":{},"properties":{"priority":{"$ref":"#/$defs/priority","default":"high"}}},"prerelease":{"type":"object","additionalProperties":false,"default":{},"properties":{"mode":{"type":"string","enum":["exclude","opt-in","include"],"default":"exclude"},"optInTags":{"type":"array","default":[],"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}}}}},"exemptions":{"type":"array","default":[],"items":{"$ref":"#/$defs/exemption"}},"decisions":{"type":"object","additionalProperties":false,"default":{},"properties":{"allowed":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["upgrade","schedule","ignore"]},"default":["upgrade","schedule","ignore"]},"schedule":{"type":"object","additionalProperties":false,"default":{},"properties":{"maxDelay":{"$ref":"#/$defs/duration","default":"30d"}}},"ignore":{"type":"object","additionalProperties":false,"default":{},"properties":{"reasons":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"default":["fix-started","inaccurate","no-bandwidth","not-used","tolerable-risk"]},"requireComment":{"type":"boolean","default":true},"expiresAfter":{"$ref":"#/$defs/duration","default":"90d"}}}}},"sla":{"type":"object","additionalProperties":false,"default":{},"properties":{"critical":{"$ref":"#/$defs/duration","default":"24h"},"high":{"$ref":"#/$defs/duration","default":"72h"},"medium":{"$ref":"#/$defs/duration","default":"14d"},"low":{"$ref":"#/$defs/duration","default":"30d"}}},"notifications":{"type":"object","additionalProperties":false,"default":{},"properties":{"channels":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["console","email","im","event","github-issue"]},"default":["console","event"]},"minPriority":{"$ref":"#/$defs/priority","default":"medium"},"batching":{"type":"object","additionalProperties":false,"default":{},"properties":{"enabled":{"type":"boolean","default":true},"window":{"$ref":"#/$defs/duration","default":"1h"},"maxItems":{"type":"integer","minimum":1,"maximum":1000,"default":50},"bypass":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/priority"},"default":["critical"]}}}}}},"$defs":{"duration":{"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"},"semverRange":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"},"pluginId":{"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},"tenantId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},"label":{"type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},"tenantSelector":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"ids":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/tenantId"}},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"tiers":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"regions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}}},"githubLogin":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},"priority":{"type":"string","enum":["critical","high","medium","low"]},"weight":{"type":"number","minimum":0,"maximum":100},"band":{"type":"object","additionalProperties":false,"required":["minScore","weight"],"properties":{"minScore":{"type":"number","minimum":0,"maximum":10},"weight":{"$ref":"#/$defs/weight"}}},"exemption":{"type":"object","additionalProperties":false,"required":["tenant","plugin","reason","expires","approver"],"properties":{"tenant":{"type":"string","pattern":"^(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,127})$"},"plugin":{"type":"string","pattern":"^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"},"versions":{"$ref":"#/$defs/semverRange","default":"*"},"reason":{"type":"string","minLength":10},"expires":{"type":"string","format":"date-time"},"approver":{"$ref":"#/$defs/githubLogin"}}}}};
const schema135 = {"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"};
const schema136 = {"type":"string","enum":["critical","high","medium","low"]};
const schema138 = {"type":"number","minimum":0,"maximum":100};
const schema132 = {"type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"};
const schema151 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema130 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"ids":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/tenantId"}},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"tiers":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"regions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}}};
const schema131 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"};
const pattern51 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
const pattern52 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]*$", "u");
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "ids") || (key0 === "tags")) || (key0 === "tiers")) || (key0 === "regions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ids !== undefined){
let data0 = data.ids;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern51.test(data1)){
const err3 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"#/$defs/tenantId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"#/$defs/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err5 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(func3(data3) > 63){
const err8 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern52.test(data3)){
const err10 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data2[i3], data2[j1])){
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tiers !== undefined){
let data4 = data.tiers;
if(Array.isArray(data4)){
if(data4.length < 1){
const err14 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(func3(data5) > 63){
const err15 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data5) < 1){
const err16 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern52.test(data5)){
const err17 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i5 = data4.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data4[i5], data4[j2])){
const err19 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.regions !== undefined){
let data6 = data.regions;
if(Array.isArray(data6)){
if(data6.length < 1){
const err21 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len3 = data6.length;
for(let i6=0; i6<len3; i6++){
let data7 = data6[i6];
if(typeof data7 === "string"){
if(func3(data7) > 63){
const err22 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data7) < 1){
const err23 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern52.test(data7)){
const err24 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i7 = data6.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data6[i7], data6[j3])){
const err26 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema137 = {"type":"object","additionalProperties":false,"required":["minScore","weight"],"properties":{"minScore":{"type":"number","minimum":0,"maximum":10},"weight":{"$ref":"#/$defs/weight"}}};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.minScore === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minScore"},message:"must have required property '"+"minScore"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weight === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "minScore") || (key0 === "weight"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.minScore !== undefined){
let data0 = data.minScore;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/minScore",schemaPath:"#/properties/minScore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/minScore",schemaPath:"#/properties/minScore/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/minScore",schemaPath:"#/properties/minScore/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/weight",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/weight",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/weight",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema148 = {"type":"object","additionalProperties":false,"required":["tenant","plugin","reason","expires","approver"],"properties":{"tenant":{"type":"string","pattern":"^(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,127})$"},"plugin":{"type":"string","pattern":"^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"},"versions":{"$ref":"#/$defs/semverRange","default":"*"},"reason":{"type":"string","minLength":10},"expires":{"type":"string","format":"date-time"},"approver":{"$ref":"#/$defs/githubLogin"}}};
const schema149 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"};
const schema150 = {"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"};
const pattern57 = new RegExp("^(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,127})$", "u");
const pattern42 = new RegExp("^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$", "u");
const pattern13 = new RegExp("^[ 0-9A-Za-z.*^~<>=|+-]+$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.versions === undefined){
data.versions = "*";
}
if(data.tenant === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenant"},message:"must have required property '"+"tenant"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.plugin === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.expires === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.approver === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approver"},message:"must have required property '"+"approver"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "tenant") || (key0 === "plugin")) || (key0 === "versions")) || (key0 === "reason")) || (key0 === "expires")) || (key0 === "approver"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tenant !== undefined){
let data0 = data.tenant;
if(typeof data0 === "string"){
if(!pattern57.test(data0)){
const err6 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/pattern",keyword:"pattern",params:{pattern: "^(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,127})$"},message:"must match pattern \""+"^(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,127})$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(!pattern42.test(data1)){
const err8 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/pattern",keyword:"pattern",params:{pattern: "^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"},message:"must match pattern \""+"^(\\*|[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+)$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let data2 = data.versions;
if(typeof data2 === "string"){
if(func3(data2) > 256){
const err10 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data2) < 1){
const err11 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern13.test(data2)){
const err12 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/versions",schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 === "string"){
if(func3(data3) < 10){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.expires !== undefined){
let data4 = data.expires;
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
const err16 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/expires",schemaPath:"#/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.approver !== undefined){
let data5 = data.approver;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err18 = {instancePath:instancePath+"/approver",schemaPath:"#/$defs/githubLogin/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/approver",schemaPath:"#/$defs/githubLogin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern11 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$", "u");
const pattern37 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/governance_rules.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate67.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope === undefined){
data.scope = {};
}
if(data.policies === undefined){
data.policies = {};
}
if(data.exemptions === undefined){
data.exemptions = [];
}
if(data.decisions === undefined){
data.decisions = {};
}
if(data.sla === undefined){
data.sla = {};
}
if(data.notifications === undefined){
data.notifications = {};
}
for(const key0 in data){
if(!((((((key0 === "scope") || (key0 === "policies")) || (key0 === "exemptions")) || (key0 === "decisions")) || (key0 === "sla")) || (key0 === "notifications"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.scope;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.include === undefined){
data0.include = [];
}
if(data0.exclude === undefined){
data0.exclude = [];
}
if(data0.plugins === undefined){
data0.plugins = [];
}
for(const key1 in data0){
if(!(((key1 === "include") || (key1 === "exclude")) || (key1 === "plugins"))){
const err1 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let data1 = data0.include;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate68(data1[i0], {instancePath:instancePath+"/scope/include/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/scope/include",schemaPath:"#/properties/scope/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
let data3 = data0.exclude;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate68(data3[i1], {instancePath:instancePath+"/scope/exclude/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/scope/exclude",schemaPath:"#/properties/scope/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
let data5 = data0.plugins;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(func3(data6) > 100){
const err4 = {instancePath:instancePath+"/scope/plugins/" + i2,schemaPath:"#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern11.test(data6)){
const err5 = {instancePath:instancePath+"/scope/plugins/" + i2,schemaPath:"#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/scope/plugins/" + i2,schemaPath:"#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i3 = data5.length;
let j0;
if(i3 > 1){
outer0:
for(;i3--;){
for(j0 = i3; j0--;){
if(func0(data5[i3], data5[j0])){
const err7 = {instancePath:instancePath+"/scope/plugins",schemaPath:"#/properties/scope/properties/plugins/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/scope/plugins",schemaPath:"#/properties/scope/properties/plugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
let data7 = data.policies;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.enforcement === undefined){
data7.enforcement = "advisory";
}
if(data7.requiredFrom === undefined){
data7.requiredFrom = "high";
}
if(data7.lts === undefined){
data7.lts = {};
}
if(data7.security === undefined){
data7.security = {};
}
if(data7.outdated === undefined){
data7.outdated = {};
}
if(data7.priorities === undefined){
data7.priorities = {};
}
if(data7.yanked === undefined){
data7.yanked = {};
}
if(data7.prerelease === undefined){
data7.prerelease = {};
}
for(const key2 in data7){
if(!((((((((key2 === "enforcement") || (key2 === "requiredFrom")) || (key2 === "lts")) || (key2 === "security")) || (key2 === "outdated")) || (key2 === "priorities")) || (key2 === "yanked")) || (key2 === "prerelease"))){
const err10 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let data8 = data7.enforcement;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/policies/enforcement",schemaPath:"#/properties/policies/properties/enforcement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data8 === "advisory") || (data8 === "required"))){
const err12 = {instancePath:instancePath+"/policies/enforcement",schemaPath:"#/properties/policies/properties/enforcement/enum",keyword:"enum",params:{allowedValues: schema129.properties.policies.properties.enforcement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
let data9 = data7.requiredFrom;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/policies/requiredFrom",schemaPath:"#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data9 === "critical") || (data9 === "high")) || (data9 === "medium")) || (data9 === "low"))){
const err14 = {instancePath:instancePath+"/policies/requiredFrom",schemaPath:"#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema136.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
let data10 = data7.lts;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.prefer === undefined){
data10.prefer = true;
}
if(data10.stayOnLine === undefined){
data10.stayOnLine = true;
}
for(const key3 in data10){
if(!((key3 === "prefer") || (key3 === "stayOnLine"))){
const err15 = {instancePath:instancePath+"/policies/lts",schemaPath:"#/properties/policies/properties/lts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(typeof data10.prefer !== "boolean"){
const err16 = {instancePath:instancePath+"/policies/lts/prefer",schemaPath:"#/properties/policies/properties/lts/properties/prefer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data10.stayOnLine !== "boolean"){
const err17 = {instancePath:instancePath+"/policies/lts/stayOnLine",schemaPath:"#/properties/policies/properties/lts/properties/stayOnLine/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/policies/lts",schemaPath:"#/properties/policies/properties/lts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let data13 = data7.security;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.preferMinimalFix === undefined){
data13.preferMinimalFix = true;
}
if(data13.bands === undefined){
data13.bands = {};
}
if(data13.unscored === undefined){
data13.unscored = "medium";
}
for(const key4 in data13){
if(!(((key4 === "preferMinimalFix") || (key4 === "bands")) || (key4 === "unscored"))){
const err19 = {instancePath:instancePath+"/policies/security",schemaPath:"#/properties/policies/properties/security/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(typeof data13.preferMinimalFix !== "boolean"){
const err20 = {instancePath:instancePath+"/policies/security/preferMinimalFix",schemaPath:"#/properties/policies/properties/security/properties/preferMinimalFix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
let data15 = data13.bands;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.critical === undefined){
data15.critical = {"minScore":9,"weight":100};
}
if(data15.high === undefined){
data15.high = {"minScore":7,"weight":70};
}
if(data15.medium === undefined){
data15.medium = {"minScore":4,"weight":40};
}
if(data15.low === undefined){
data15.low = {"minScore":0.1,"weight":10};
}
for(const key5 in data15){
if(!((((key5 === "critical") || (key5 === "high")) || (key5 === "medium")) || (key5 === "low"))){
const err21 = {instancePath:instancePath+"/policies/security/bands",schemaPath:"#/properties/policies/properties/security/properties/bands/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(!(validate71(data15.critical, {instancePath:instancePath+"/policies/security/bands/critical",parentData:data15,parentDataProperty:"critical",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
if(!(validate71(data15.high, {instancePath:instancePath+"/policies/security/bands/high",parentData:data15,parentDataProperty:"high",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
if(!(validate71(data15.medium, {instancePath:instancePath+"/policies/security/bands/medium",parentData:data15,parentDataProperty:"medium",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
if(!(validate71(data15.low, {instancePath:instancePath+"/policies/security/bands/low",parentData:data15,parentDataProperty:"low",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
else {
const err22 = {instancePath:instancePath+"/policies/security/bands",schemaPath:"#/properties/policies/properties/security/properties/bands/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
let data20 = data13.unscored;
if(typeof data20 !== "string"){
const err23 = {instancePath:instancePath+"/policies/security/unscored",schemaPath:"#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((((data20 === "critical") || (data20 === "high")) || (data20 === "medium")) || (data20 === "low"))){
const err24 = {instancePath:instancePath+"/policies/security/unscored",schemaPath:"#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema136.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/policies/security",schemaPath:"#/properties/policies/properties/security/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
let data21 = data7.outdated;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.major === undefined){
data21.major = 20;
}
if(data21.minor === undefined){
data21.minor = 10;
}
if(data21.patch === undefined){
data21.patch = 5;
}
for(const key6 in data21){
if(!(((key6 === "major") || (key6 === "minor")) || (key6 === "patch"))){
const err26 = {instancePath:instancePath+"/policies/outdated",schemaPath:"#/properties/policies/properties/outdated/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data22 = data21.major;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 100 || isNaN(data22)){
const err27 = {instancePath:instancePath+"/policies/outdated/major",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err28 = {instancePath:instancePath+"/policies/outdated/major",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/policies/outdated/major",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
let data23 = data21.minor;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 100 || isNaN(data23)){
const err30 = {instancePath:instancePath+"/policies/outdated/minor",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err31 = {instancePath:instancePath+"/policies/outdated/minor",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/policies/outdated/minor",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
let data24 = data21.patch;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 100 || isNaN(data24)){
const err33 = {instancePath:instancePath+"/policies/outdated/patch",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err34 = {instancePath:instancePath+"/policies/outdated/patch",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/policies/outdated/patch",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/policies/outdated",schemaPath:"#/properties/policies/properties/outdated/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
let data25 = data7.priorities;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.critical === undefined){
data25.critical = 90;
}
if(data25.high === undefined){
data25.high = 60;
}
if(data25.medium === undefined){
data25.medium = 25;
}
for(const key7 in data25){
if(!(((key7 === "critical") || (key7 === "high")) || (key7 === "medium"))){
const err37 = {instancePath:instancePath+"/policies/priorities",schemaPath:"#/properties/policies/properties/priorities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let data26 = data25.critical;
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 100 || isNaN(data26)){
const err38 = {instancePath:instancePath+"/policies/priorities/critical",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err39 = {instancePath:instancePath+"/policies/priorities/critical",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/policies/priorities/critical",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
let data27 = data25.high;
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 100 || isNaN(data27)){
const err41 = {instancePath:instancePath+"/policies/priorities/high",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err42 = {instancePath:instancePath+"/policies/priorities/high",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/policies/priorities/high",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
let data28 = data25.medium;
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 100 || isNaN(data28)){
const err44 = {instancePath:instancePath+"/policies/priorities/medium",schemaPath:"#/$defs/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data28 < 0 || isNaN(data28)){
const err45 = {instancePath:instancePath+"/policies/priorities/medium",schemaPath:"#/$defs/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/policies/priorities/medium",schemaPath:"#/$defs/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/policies/priorities",schemaPath:"#/properties/policies/properties/priorities/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
let data29 = data7.yanked;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.priority === undefined){
data29.priority = "high";
}
for(const key8 in data29){
if(!(key8 === "priority")){
const err48 = {instancePath:instancePath+"/policies/yanked",schemaPath:"#/properties/policies/properties/yanked/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
let data30 = data29.priority;
if(typeof data30 !== "string"){
const err49 = {instancePath:instancePath+"/policies/yanked/priority",schemaPath:"#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!((((data30 === "critical") || (data30 === "high")) || (data30 === "medium")) || (data30 === "low"))){
const err50 = {instancePath:instancePath+"/policies/yanked/priority",schemaPath:"#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema136.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/policies/yanked",schemaPath:"#/properties/policies/properties/yanked/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
let data31 = data7.prerelease;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.mode === undefined){
data31.mode = "exclude";
}
if(data31.optInTags === undefined){
data31.optInTags = [];
}
for(const key9 in data31){
if(!((key9 === "mode") || (key9 === "optInTags"))){
const err52 = {instancePath:instancePath+"/policies/prerelease",schemaPath:"#/properties/policies/properties/prerelease/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
let data32 = data31.mode;
if(typeof data32 !== "string"){
const err53 = {instancePath:instancePath+"/policies/prerelease/mode",schemaPath:"#/properties/policies/properties/prerelease/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(((data32 === "exclude") || (data32 === "opt-in")) || (data32 === "include"))){
const err54 = {instancePath:instancePath+"/policies/prerelease/mode",schemaPath:"#/properties/policies/properties/prerelease/properties/mode/enum",keyword:"enum",params:{allowedValues: schema129.properties.policies.properties.prerelease.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
let data33 = data31.optInTags;
if(Array.isArray(data33)){
const len3 = data33.length;
for(let i4=0; i4<len3; i4++){
let data34 = data33[i4];
if(typeof data34 === "string"){
if(func3(data34) > 63){
const err55 = {instancePath:instancePath+"/policies/prerelease/optInTags/" + i4,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(func3(data34) < 1){
const err56 = {instancePath:instancePath+"/policies/prerelease/optInTags/" + i4,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!pattern52.test(data34)){
const err57 = {instancePath:instancePath+"/policies/prerelease/optInTags/" + i4,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/policies/prerelease/optInTags/" + i4,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
let i5 = data33.length;
let j1;
if(i5 > 1){
outer1:
for(;i5--;){
for(j1 = i5; j1--;){
if(func0(data33[i5], data33[j1])){
const err59 = {instancePath:instancePath+"/policies/prerelease/optInTags",schemaPath:"#/properties/policies/properties/prerelease/properties/optInTags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err60 = {instancePath:instancePath+"/policies/prerelease/optInTags",schemaPath:"#/properties/policies/properties/prerelease/properties/optInTags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/policies/prerelease",schemaPath:"#/properties/policies/properties/prerelease/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
let data35 = data.exemptions;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i6=0; i6<len4; i6++){
if(!(validate76(data35[i6], {instancePath:instancePath+"/exemptions/" + i6,parentData:data35,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
else {
const err63 = {instancePath:instancePath+"/exemptions",schemaPath:"#/properties/exemptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
let data37 = data.decisions;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.allowed === undefined){
data37.allowed = ["upgrade","schedule","ignore"];
}
if(data37.schedule === undefined){
data37.schedule = {};
}
if(data37.ignore === undefined){
data37.ignore = {};
}
for(const key10 in data37){
if(!(((key10 === "allowed") || (key10 === "schedule")) || (key10 === "ignore"))){
const err64 = {instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
let data38 = data37.allowed;
if(Array.isArray(data38)){
if(data38.length < 1){
const err65 = {instancePath:instancePath+"/decisions/allowed",schemaPath:"#/properties/decisions/properties/allowed/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const len5 = data38.length;
for(let i7=0; i7<len5; i7++){
let data39 = data38[i7];
if(typeof data39 !== "string"){
const err66 = {instancePath:instancePath+"/decisions/allowed/" + i7,schemaPath:"#/properties/decisions/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!(((data39 === "upgrade") || (data39 === "schedule")) || (data39 === "ignore"))){
const err67 = {instancePath:instancePath+"/decisions/allowed/" + i7,schemaPath:"#/properties/decisions/properties/allowed/items/enum",keyword:"enum",params:{allowedValues: schema129.properties.decisions.properties.allowed.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let i8 = data38.length;
let j2;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data38[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j2 = indices0[item0];
const err68 = {instancePath:instancePath+"/decisions/allowed",schemaPath:"#/properties/decisions/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i8+" are identical)"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
break;
}
indices0[item0] = i8;
}
}
}
else {
const err69 = {instancePath:instancePath+"/decisions/allowed",schemaPath:"#/properties/decisions/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
let data40 = data37.schedule;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.maxDelay === undefined){
data40.maxDelay = "30d";
}
for(const key11 in data40){
if(!(key11 === "maxDelay")){
const err70 = {instancePath:instancePath+"/decisions/schedule",schemaPath:"#/properties/decisions/properties/schedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
let data41 = data40.maxDelay;
if(typeof data41 === "string"){
if(!pattern37.test(data41)){
const err71 = {instancePath:instancePath+"/decisions/schedule/maxDelay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/decisions/schedule/maxDelay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/decisions/schedule",schemaPath:"#/properties/decisions/properties/schedule/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
let data42 = data37.ignore;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.reasons === undefined){
data42.reasons = ["fix-started","inaccurate","no-bandwidth","not-used","tolerable-risk"];
}
if(data42.requireComment === undefined){
data42.requireComment = true;
}
if(data42.expiresAfter === undefined){
data42.expiresAfter = "90d";
}
for(const key12 in data42){
if(!(((key12 === "reasons") || (key12 === "requireComment")) || (key12 === "expiresAfter"))){
const err74 = {instancePath:instancePath+"/decisions/ignore",schemaPath:"#/properties/decisions/properties/ignore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
let data43 = data42.reasons;
if(Array.isArray(data43)){
if(data43.length < 1){
const err75 = {instancePath:instancePath+"/decisions/ignore/reasons",schemaPath:"#/properties/decisions/properties/ignore/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const len6 = data43.length;
for(let i9=0; i9<len6; i9++){
let data44 = data43[i9];
if(typeof data44 === "string"){
if(!pattern5.test(data44)){
const err76 = {instancePath:instancePath+"/decisions/ignore/reasons/" + i9,schemaPath:"#/properties/decisions/properties/ignore/properties/reasons/items/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/decisions/ignore/reasons/" + i9,schemaPath:"#/properties/decisions/properties/ignore/properties/reasons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
let i10 = data43.length;
let j3;
if(i10 > 1){
const indices1 = {};
for(;i10--;){
let item1 = data43[i10];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j3 = indices1[item1];
const err78 = {instancePath:instancePath+"/decisions/ignore/reasons",schemaPath:"#/properties/decisions/properties/ignore/properties/reasons/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i10+" are identical)"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
break;
}
indices1[item1] = i10;
}
}
}
else {
const err79 = {instancePath:instancePath+"/decisions/ignore/reasons",schemaPath:"#/properties/decisions/properties/ignore/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(typeof data42.requireComment !== "boolean"){
const err80 = {instancePath:instancePath+"/decisions/ignore/requireComment",schemaPath:"#/properties/decisions/properties/ignore/properties/requireComment/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
let data46 = data42.expiresAfter;
if(typeof data46 === "string"){
if(!pattern37.test(data46)){
const err81 = {instancePath:instancePath+"/decisions/ignore/expiresAfter",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/decisions/ignore/expiresAfter",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/decisions/ignore",schemaPath:"#/properties/decisions/properties/ignore/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/decisions",schemaPath:"#/properties/decisions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
let data47 = data.sla;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.critical === undefined){
data47.critical = "24h";
}
if(data47.high === undefined){
data47.high = "72h";
}
if(data47.medium === undefined){
data47.medium = "14d";
}
if(data47.low === undefined){
data47.low = "30d";
}
for(const key13 in data47){
if(!((((key13 === "critical") || (key13 === "high")) || (key13 === "medium")) || (key13 === "low"))){
const err85 = {instancePath:instancePath+"/sla",schemaPath:"#/properties/sla/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
let data48 = data47.critical;
if(typeof data48 === "string"){
if(!pattern37.test(data48)){
const err86 = {instancePath:instancePath+"/sla/critical",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/sla/critical",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
let data49 = data47.high;
if(typeof data49 === "string"){
if(!pattern37.test(data49)){
const err88 = {instancePath:instancePath+"/sla/high",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/sla/high",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
let data50 = data47.medium;
if(typeof data50 === "string"){
if(!pattern37.test(data50)){
const err90 = {instancePath:instancePath+"/sla/medium",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/sla/medium",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
let data51 = data47.low;
if(typeof data51 === "string"){
if(!pattern37.test(data51)){
const err92 = {instancePath:instancePath+"/sla/low",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/sla/low",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/sla",schemaPath:"#/properties/sla/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
let data52 = data.notifications;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.channels === undefined){
data52.channels = ["console","event"];
}
if(data52.minPriority === undefined){
data52.minPriority = "medium";
}
if(data52.batching === undefined){
data52.batching = {};
}
for(const key14 in data52){
if(!(((key14 === "channels") || (key14 === "minPriority")) || (key14 === "batching"))){
const err95 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
let data53 = data52.channels;
if(Array.isArray(data53)){
const len7 = data53.length;
for(let i11=0; i11<len7; i11++){
let data54 = data53[i11];
if(typeof data54 !== "string"){
const err96 = {instancePath:instancePath+"/notifications/channels/" + i11,schemaPath:"#/properties/notifications/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!(((((data54 === "console") || (data54 === "email")) || (data54 === "im")) || (data54 === "event")) || (data54 === "github-issue"))){
const err97 = {instancePath:instancePath+"/notifications/channels/" + i11,schemaPath:"#/properties/notifications/properties/channels/items/enum",keyword:"enum",params:{allowedValues: schema129.properties.notifications.properties.channels.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
let i12 = data53.length;
let j4;
if(i12 > 1){
const indices2 = {};
for(;i12--;){
let item2 = data53[i12];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j4 = indices2[item2];
const err98 = {instancePath:instancePath+"/notifications/channels",schemaPath:"#/properties/notifications/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i12+" are identical)"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
break;
}
indices2[item2] = i12;
}
}
}
else {
const err99 = {instancePath:instancePath+"/notifications/channels",schemaPath:"#/properties/notifications/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
let data55 = data52.minPriority;
if(typeof data55 !== "string"){
const err100 = {instancePath:instancePath+"/notifications/minPriority",schemaPath:"#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!((((data55 === "critical") || (data55 === "high")) || (data55 === "medium")) || (data55 === "low"))){
const err101 = {instancePath:instancePath+"/notifications/minPriority",schemaPath:"#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema136.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
let data56 = data52.batching;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.enabled === undefined){
data56.enabled = true;
}
if(data56.window === undefined){
data56.window = "1h";
}
if(data56.maxItems === undefined){
data56.maxItems = 50;
}
if(data56.bypass === undefined){
data56.bypass = ["critical"];
}
for(const key15 in data56){
if(!((((key15 === "enabled") || (key15 === "window")) || (key15 === "maxItems")) || (key15 === "bypass"))){
const err102 = {instancePath:instancePath+"/notifications/batching",schemaPath:"#/properties/notifications/properties/batching/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(typeof data56.enabled !== "boolean"){
const err103 = {instancePath:instancePath+"/notifications/batching/enabled",schemaPath:"#/properties/notifications/properties/batching/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
let data58 = data56.window;
if(typeof data58 === "string"){
if(!pattern37.test(data58)){
const err104 = {instancePath:instancePath+"/notifications/batching/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/notifications/batching/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
let data59 = data56.maxItems;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err106 = {instancePath:instancePath+"/notifications/batching/maxItems",schemaPath:"#/properties/notifications/properties/batching/properties/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 1000 || isNaN(data59)){
const err107 = {instancePath:instancePath+"/notifications/batching/maxItems",schemaPath:"#/properties/notifications/properties/batching/properties/maxItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data59 < 1 || isNaN(data59)){
const err108 = {instancePath:instancePath+"/notifications/batching/maxItems",schemaPath:"#/properties/notifications/properties/batching/properties/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
let data60 = data56.bypass;
if(Array.isArray(data60)){
const len8 = data60.length;
for(let i13=0; i13<len8; i13++){
let data61 = data60[i13];
if(typeof data61 !== "string"){
const err109 = {instancePath:instancePath+"/notifications/batching/bypass/" + i13,schemaPath:"#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!((((data61 === "critical") || (data61 === "high")) || (data61 === "medium")) || (data61 === "low"))){
const err110 = {instancePath:instancePath+"/notifications/batching/bypass/" + i13,schemaPath:"#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema136.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
let i14 = data60.length;
let j5;
if(i14 > 1){
outer2:
for(;i14--;){
for(j5 = i14; j5--;){
if(func0(data60[i14], data60[j5])){
const err111 = {instancePath:instancePath+"/notifications/batching/bypass",schemaPath:"#/properties/notifications/properties/batching/properties/bypass/uniqueItems",keyword:"uniqueItems",params:{i: i14, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i14+" are identical)"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err112 = {instancePath:instancePath+"/notifications/batching/bypass",schemaPath:"#/properties/notifications/properties/batching/properties/bypass/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/notifications/batching",schemaPath:"#/properties/notifications/properties/batching/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/notifications",schemaPath:"#/properties/notifications/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
validate67.errors = vErrors;
return errors === 0;
}
validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 8860:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate29;
module.exports["default"] = validate29;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/powerx-plugin.schema.json","type":"object","additionalProperties":false,"required":["id","version","name","host"],"properties":{"$schema":{"type":"string","minLength":1},"id":{"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},"version":{"type":"string","maxLength":256,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-((0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$"},"name":{"type":"string","minLength":1,"maxLength":100},"description":{"type":"string","maxLength":1000},"license":{"type":"string","minLength":1},"host":{"$ref":"#/$defs/semverRange"},"runtimes":{"type":"object","default":{},"propertyNames":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/semverRange"}},"dependencies":{"type":"object","default":{},"propertyNames":{"$ref":"#/$defs/pluginId"},"additionalProperties":{"$ref":"#/$defs/dependency"}},"migrations":{"type":"object","additionalProperties":false,"required":["schema","minFrom"],"properties":{"schema":{"type":"integer","minimum":0},"minFrom":{"type":"integer","minimum":0},"reversible":{"type":"boolean","default":false}}},"changelog":{"type":"string","format":"uri"},"artifact":{"type":"object","additionalProperties":false,"properties":{"path":{"type":"string","minLength":1},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"signature":{"type":"string","minLength":1}}}},"$defs":{"semverRange":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"},"pluginId":{"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},"dependency":{"oneOf":[{"$ref":"#/$defs/semverRange"},{"type":"object","additionalProperties":false,"required":["range"],"properties":{"range":{"$ref":"#/$defs/semverRange"},"optional":{"type":"boolean"}}}]}}};
const schema48 = {"type":"string","minLength":1,"maxLength":256,"pattern":"^[ 0-9A-Za-z.*^~<>=|+-]+$"};
const schema50 = {"type":"string","maxLength":100,"pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"};
const func9 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern11 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$", "u");
const pattern12 = new RegExp("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-((0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$", "u");
const pattern13 = new RegExp("^[ 0-9A-Za-z.*^~<>=|+-]+$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const pattern19 = new RegExp("^[0-9a-f]{64}$", "u");
const schema51 = {"oneOf":[{"$ref":"#/$defs/semverRange"},{"type":"object","additionalProperties":false,"required":["range"],"properties":{"range":{"$ref":"#/$defs/semverRange"},"optional":{"type":"boolean"}}}]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(func3(data) > 256){
const err0 = {instancePath,schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data) < 1){
const err1 = {instancePath,schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern13.test(data)){
const err2 = {instancePath,schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.range === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "range") || (key0 === "optional"))){
const err5 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.range !== undefined){
let data0 = data.range;
if(typeof data0 === "string"){
if(func3(data0) > 256){
const err6 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func3(data0) < 1){
const err7 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern13.test(data0)){
const err8 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/range",schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err10 = {instancePath:instancePath+"/optional",schemaPath:"#/oneOf/1/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err12 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate30.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate30.evaluated = {"dynamicProps":true,"dynamicItems":false};

const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/powerx-plugin.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.runtimes === undefined){
data.runtimes = {};
}
if(data.dependencies === undefined){
data.dependencies = {};
}
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.host === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema47.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func3(data1) > 100){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern11.test(data1)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(typeof data2 === "string"){
if(func3(data2) > 256){
const err10 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern12.test(data2)){
const err11 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-((0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-((0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func3(data3) > 100){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func3(data3) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 === "string"){
if(func3(data4) > 1000){
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.license !== undefined){
let data5 = data.license;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err18 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/license",schemaPath:"#/properties/license/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.host !== undefined){
let data6 = data.host;
if(typeof data6 === "string"){
if(func3(data6) > 256){
const err20 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func3(data6) < 1){
const err21 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern13.test(data6)){
const err22 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/host",schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data7 = data.runtimes;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
const _errs19 = errors;
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err24 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid2 = _errs19 === errors;
if(!valid2){
const err26 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 === "string"){
if(func3(data8) > 256){
const err27 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semverRange/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func3(data8) < 1){
const err28 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semverRange/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern13.test(data8)){
const err29 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semverRange/pattern",keyword:"pattern",params:{pattern: "^[ 0-9A-Za-z.*^~<>=|+-]+$"},message:"must match pattern \""+"^[ 0-9A-Za-z.*^~<>=|+-]+$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/runtimes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/semverRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/runtimes",schemaPath:"#/properties/runtimes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
let data9 = data.dependencies;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
const _errs27 = errors;
if(typeof key3 === "string"){
if(func3(key3) > 100){
const err32 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/pluginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",propertyName:key3};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern11.test(key3)){
const err33 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/pluginId/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/dependencies",schemaPath:"#/$defs/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var valid5 = _errs27 === errors;
if(!valid5){
const err35 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
for(const key4 in data9){
if(!(validate30(data9[key4], {instancePath:instancePath+"/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.migrations !== undefined){
let data11 = data.migrations;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.reversible === undefined){
data11.reversible = false;
}
if(data11.schema === undefined){
const err37 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11.minFrom === undefined){
const err38 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/required",keyword:"required",params:{missingProperty: "minFrom"},message:"must have required property '"+"minFrom"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key5 in data11){
if(!(((key5 === "schema") || (key5 === "minFrom")) || (key5 === "reversible"))){
const err39 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.schema !== undefined){
let data12 = data11.schema;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err40 = {instancePath:instancePath+"/migrations/schema",schemaPath:"#/properties/migrations/properties/schema/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/migrations/schema",schemaPath:"#/properties/migrations/properties/schema/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data11.minFrom !== undefined){
let data13 = data11.minFrom;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err42 = {instancePath:instancePath+"/migrations/minFrom",schemaPath:"#/properties/migrations/properties/minFrom/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/migrations/minFrom",schemaPath:"#/properties/migrations/properties/minFrom/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(typeof data11.reversible !== "boolean"){
const err44 = {instancePath:instancePath+"/migrations/reversible",schemaPath:"#/properties/migrations/properties/reversible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.changelog !== undefined){
let data15 = data.changelog;
if(typeof data15 === "string"){
if(!(formats4(data15))){
const err46 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.artifact !== undefined){
let data16 = data.artifact;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key6 in data16){
if(!(((key6 === "path") || (key6 === "sha256")) || (key6 === "signature"))){
const err48 = {instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.path !== undefined){
let data17 = data16.path;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err49 = {instancePath:instancePath+"/artifact/path",schemaPath:"#/properties/artifact/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/artifact/path",schemaPath:"#/properties/artifact/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.sha256 !== undefined){
let data18 = data16.sha256;
if(typeof data18 === "string"){
if(!pattern19.test(data18)){
const err51 = {instancePath:instancePath+"/artifact/sha256",schemaPath:"#/properties/artifact/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/artifact/sha256",schemaPath:"#/properties/artifact/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.signature !== undefined){
let data19 = data16.signature;
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err53 = {instancePath:instancePath+"/artifact/signature",schemaPath:"#/properties/artifact/properties/signature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/artifact/signature",schemaPath:"#/properties/artifact/properties/signature/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/artifact",schemaPath:"#/properties/artifact/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 7217:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate78;
module.exports["default"] = validate78;
const schema160 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/quality_gates.schema.json","type":"object","additionalProperties":false,"properties":{"coverage":{"type":"object","additionalProperties":false,"default":{},"properties":{"lines":{"$ref":"#/$defs/percent","default":90},"branches":{"$ref":"#/$defs/percent","default":90},"functions":{"$ref":"#/$defs/percent","default":90},"statements":{"$ref":"#/$defs/percent","default":90}}},"tests":{"type":"object","additionalProperties":false,"default":{},"properties":{"maxFailed":{"type":"integer","minimum":0,"default":0},"minPassRate":{"type":"number","minimum":0,"maximum":1,"default":0.95},"minCount":{"type":"integer","minimum":1,"default":1}}},"reports":{"type":"object","additionalProperties":false,"default":{},"properties":{"coverage":{"type":"object","additionalProperties":false,"default":{},"properties":{"required":{"type":"boolean","default":true},"formats":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["istanbul-summary","lcov","cobertura"]},"default":["istanbul-summary","lcov","cobertura"]},"paths":{"$ref":"#/$defs/globs","default":["coverage/coverage-summary.json","coverage/lcov.info","coverage/cobertura-coverage.xml"]}}},"junit":{"type":"object","additionalProperties":false,"default":{},"properties":{"required":{"type":"boolean","default":true},"paths":{"$ref":"#/$defs/globs","default":["reports/**/*.xml","**/junit*.xml","**/TEST-*.xml","!**/node_modules/**"]}}}}},"security":{"type":"object","additionalProperties":false,"default":{},"properties":{"failOn":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/severity"},"default":["high","critical"]},"cvssThreshold":{"type":"number","minimum":0,"maximum":10,"default":7},"licenses":{"type":"object","additionalProperties":false,"default":{},"properties":{"allow":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/spdxId"},"default":[]},"deny":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/spdxId"},"default":[]},"onUnlisted":{"type":"string","enum":["fail","warn","pass"],"default":"warn"},"onMissing":{"type":"string","enum":["fail","warn","pass"],"default":"warn"},"includeDev":{"type":"boolean","default":false}}},"waivers":{"type":"array","default":[],"items":{"$ref":"#/$defs/waiver"}}}}},"$defs":{"percent":{"type":"number","minimum":0,"maximum":100},"globs":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"severity":{"type":"string","enum":["critical","high","medium","low","info","unknown"]},"spdxId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$"},"waiver":{"type":"object","additionalProperties":false,"required":["id","reason","approver","expires"],"properties":{"id":{"type":"string","minLength":1},"package":{"type":"string","minLength":1},"reason":{"type":"string","minLength":10},"approver":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},"expires":{"type":"string","format":"date-time"}}}}};
const schema161 = {"type":"number","minimum":0,"maximum":100};
const schema165 = {"type":"array","minItems":1,"items":{"type":"string","minLength":1}};
const schema167 = {"type":"string","enum":["critical","high","medium","low","info","unknown"]};
const schema168 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$"};
const schema170 = {"type":"object","additionalProperties":false,"required":["id","reason","approver","expires"],"properties":{"id":{"type":"string","minLength":1},"package":{"type":"string","minLength":1},"reason":{"type":"string","minLength":10},"approver":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},"expires":{"type":"string","format":"date-time"}}};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);
const pattern69 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/quality_gates.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.coverage === undefined){
data.coverage = {};
}
if(data.tests === undefined){
data.tests = {};
}
if(data.reports === undefined){
data.reports = {};
}
if(data.security === undefined){
data.security = {};
}
for(const key0 in data){
if(!((((key0 === "coverage") || (key0 === "tests")) || (key0 === "reports")) || (key0 === "security"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.coverage;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.lines === undefined){
data0.lines = 90;
}
if(data0.branches === undefined){
data0.branches = 90;
}
if(data0.functions === undefined){
data0.functions = 90;
}
if(data0.statements === undefined){
data0.statements = 90;
}
for(const key1 in data0){
if(!((((key1 === "lines") || (key1 === "branches")) || (key1 === "functions")) || (key1 === "statements"))){
const err1 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let data1 = data0.lines;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/coverage/lines",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/coverage/lines",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/coverage/lines",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
let data2 = data0.branches;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/coverage/branches",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/coverage/branches",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/coverage/branches",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
let data3 = data0.functions;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/coverage/functions",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/coverage/functions",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/coverage/functions",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
let data4 = data0.statements;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/coverage/statements",schemaPath:"#/$defs/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/coverage/statements",schemaPath:"#/$defs/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/coverage/statements",schemaPath:"#/$defs/percent/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
let data5 = data.tests;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.maxFailed === undefined){
data5.maxFailed = 0;
}
if(data5.minPassRate === undefined){
data5.minPassRate = 0.95;
}
if(data5.minCount === undefined){
data5.minCount = 1;
}
for(const key2 in data5){
if(!(((key2 === "maxFailed") || (key2 === "minPassRate")) || (key2 === "minCount"))){
const err15 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let data6 = data5.maxFailed;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err16 = {instancePath:instancePath+"/tests/maxFailed",schemaPath:"#/properties/tests/properties/maxFailed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/tests/maxFailed",schemaPath:"#/properties/tests/properties/maxFailed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let data7 = data5.minPassRate;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/tests/minPassRate",schemaPath:"#/properties/tests/properties/minPassRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/tests/minPassRate",schemaPath:"#/properties/tests/properties/minPassRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/tests/minPassRate",schemaPath:"#/properties/tests/properties/minPassRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
let data8 = data5.minCount;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/tests/minCount",schemaPath:"#/properties/tests/properties/minCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/tests/minCount",schemaPath:"#/properties/tests/properties/minCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/tests",schemaPath:"#/properties/tests/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let data9 = data.reports;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.coverage === undefined){
data9.coverage = {};
}
if(data9.junit === undefined){
data9.junit = {};
}
for(const key3 in data9){
if(!((key3 === "coverage") || (key3 === "junit"))){
const err24 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data10 = data9.coverage;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.required === undefined){
data10.required = true;
}
if(data10.formats === undefined){
data10.formats = ["istanbul-summary","lcov","cobertura"];
}
if(data10.paths === undefined){
data10.paths = ["coverage/coverage-summary.json","coverage/lcov.info","coverage/cobertura-coverage.xml"];
}
for(const key4 in data10){
if(!(((key4 === "required") || (key4 === "formats")) || (key4 === "paths"))){
const err25 = {instancePath:instancePath+"/reports/coverage",schemaPath:"#/properties/reports/properties/coverage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(typeof data10.required !== "boolean"){
const err26 = {instancePath:instancePath+"/reports/coverage/required",schemaPath:"#/properties/reports/properties/coverage/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
let data12 = data10.formats;
if(Array.isArray(data12)){
if(data12.length < 1){
const err27 = {instancePath:instancePath+"/reports/coverage/formats",schemaPath:"#/properties/reports/properties/coverage/properties/formats/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(typeof data13 !== "string"){
const err28 = {instancePath:instancePath+"/reports/coverage/formats/" + i0,schemaPath:"#/properties/reports/properties/coverage/properties/formats/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data13 === "istanbul-summary") || (data13 === "lcov")) || (data13 === "cobertura"))){
const err29 = {instancePath:instancePath+"/reports/coverage/formats/" + i0,schemaPath:"#/properties/reports/properties/coverage/properties/formats/items/enum",keyword:"enum",params:{allowedValues: schema160.properties.reports.properties.coverage.properties.formats.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data12[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err30 = {instancePath:instancePath+"/reports/coverage/formats",schemaPath:"#/properties/reports/properties/coverage/properties/formats/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err31 = {instancePath:instancePath+"/reports/coverage/formats",schemaPath:"#/properties/reports/properties/coverage/properties/formats/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
let data14 = data10.paths;
if(Array.isArray(data14)){
if(data14.length < 1){
const err32 = {instancePath:instancePath+"/reports/coverage/paths",schemaPath:"#/$defs/globs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
let data15 = data14[i2];
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err33 = {instancePath:instancePath+"/reports/coverage/paths/" + i2,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/reports/coverage/paths/" + i2,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/reports/coverage/paths",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/reports/coverage",schemaPath:"#/properties/reports/properties/coverage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
let data16 = data9.junit;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.required === undefined){
data16.required = true;
}
if(data16.paths === undefined){
data16.paths = ["reports/**/*.xml","**/junit*.xml","**/TEST-*.xml","!**/node_modules/**"];
}
for(const key5 in data16){
if(!((key5 === "required") || (key5 === "paths"))){
const err37 = {instancePath:instancePath+"/reports/junit",schemaPath:"#/properties/reports/properties/junit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(typeof data16.required !== "boolean"){
const err38 = {instancePath:instancePath+"/reports/junit/required",schemaPath:"#/properties/reports/properties/junit/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
let data18 = data16.paths;
if(Array.isArray(data18)){
if(data18.length < 1){
const err39 = {instancePath:instancePath+"/reports/junit/paths",schemaPath:"#/$defs/globs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len2 = data18.length;
for(let i3=0; i3<len2; i3++){
let data19 = data18[i3];
if(typeof data19 === "string"){
if(func3(data19) < 1){
const err40 = {instancePath:instancePath+"/reports/junit/paths/" + i3,schemaPath:"#/$defs/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/reports/junit/paths/" + i3,schemaPath:"#/$defs/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/reports/junit/paths",schemaPath:"#/$defs/globs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/reports/junit",schemaPath:"#/properties/reports/properties/junit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
let data20 = data.security;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.failOn === undefined){
data20.failOn = ["high","critical"];
}
if(data20.cvssThreshold === undefined){
data20.cvssThreshold = 7;
}
if(data20.licenses === undefined){
data20.licenses = {};
}
if(data20.waivers === undefined){
data20.waivers = [];
}
for(const key6 in data20){
if(!((((key6 === "failOn") || (key6 === "cvssThreshold")) || (key6 === "licenses")) || (key6 === "waivers"))){
const err45 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
let data21 = data20.failOn;
if(Array.isArray(data21)){
const len3 = data21.length;
for(let i4=0; i4<len3; i4++){
let data22 = data21[i4];
if(typeof data22 !== "string"){
const err46 = {instancePath:instancePath+"/security/failOn/" + i4,schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((((((data22 === "critical") || (data22 === "high")) || (data22 === "medium")) || (data22 === "low")) || (data22 === "info")) || (data22 === "unknown"))){
const err47 = {instancePath:instancePath+"/security/failOn/" + i4,schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema167.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let i5 = data21.length;
let j1;
if(i5 > 1){
outer0:
for(;i5--;){
for(j1 = i5; j1--;){
if(func0(data21[i5], data21[j1])){
const err48 = {instancePath:instancePath+"/security/failOn",schemaPath:"#/properties/security/properties/failOn/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err49 = {instancePath:instancePath+"/security/failOn",schemaPath:"#/properties/security/properties/failOn/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
let data23 = data20.cvssThreshold;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 10 || isNaN(data23)){
const err50 = {instancePath:instancePath+"/security/cvssThreshold",schemaPath:"#/properties/security/properties/cvssThreshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err51 = {instancePath:instancePath+"/security/cvssThreshold",schemaPath:"#/properties/security/properties/cvssThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/security/cvssThreshold",schemaPath:"#/properties/security/properties/cvssThreshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
let data24 = data20.licenses;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.allow === undefined){
data24.allow = [];
}
if(data24.deny === undefined){
data24.deny = [];
}
if(data24.onUnlisted === undefined){
data24.onUnlisted = "warn";
}
if(data24.onMissing === undefined){
data24.onMissing = "warn";
}
if(data24.includeDev === undefined){
data24.includeDev = false;
}
for(const key7 in data24){
if(!(((((key7 === "allow") || (key7 === "deny")) || (key7 === "onUnlisted")) || (key7 === "onMissing")) || (key7 === "includeDev"))){
const err53 = {instancePath:instancePath+"/security/licenses",schemaPath:"#/properties/security/properties/licenses/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
let data25 = data24.allow;
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i6=0; i6<len4; i6++){
let data26 = data25[i6];
if(typeof data26 === "string"){
if(!pattern69.test(data26)){
const err54 = {instancePath:instancePath+"/security/licenses/allow/" + i6,schemaPath:"#/$defs/spdxId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/security/licenses/allow/" + i6,schemaPath:"#/$defs/spdxId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
let i7 = data25.length;
let j2;
if(i7 > 1){
outer1:
for(;i7--;){
for(j2 = i7; j2--;){
if(func0(data25[i7], data25[j2])){
const err56 = {instancePath:instancePath+"/security/licenses/allow",schemaPath:"#/properties/security/properties/licenses/properties/allow/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/security/licenses/allow",schemaPath:"#/properties/security/properties/licenses/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
let data27 = data24.deny;
if(Array.isArray(data27)){
const len5 = data27.length;
for(let i8=0; i8<len5; i8++){
let data28 = data27[i8];
if(typeof data28 === "string"){
if(!pattern69.test(data28)){
const err58 = {instancePath:instancePath+"/security/licenses/deny/" + i8,schemaPath:"#/$defs/spdxId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.+-]*( WITH [A-Za-z0-9][A-Za-z0-9.+-]*)?$"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/security/licenses/deny/" + i8,schemaPath:"#/$defs/spdxId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let i9 = data27.length;
let j3;
if(i9 > 1){
outer2:
for(;i9--;){
for(j3 = i9; j3--;){
if(func0(data27[i9], data27[j3])){
const err60 = {instancePath:instancePath+"/security/licenses/deny",schemaPath:"#/properties/security/properties/licenses/properties/deny/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/security/licenses/deny",schemaPath:"#/properties/security/properties/licenses/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
let data29 = data24.onUnlisted;
if(typeof data29 !== "string"){
const err62 = {instancePath:instancePath+"/security/licenses/onUnlisted",schemaPath:"#/properties/security/properties/licenses/properties/onUnlisted/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!(((data29 === "fail") || (data29 === "warn")) || (data29 === "pass"))){
const err63 = {instancePath:instancePath+"/security/licenses/onUnlisted",schemaPath:"#/properties/security/properties/licenses/properties/onUnlisted/enum",keyword:"enum",params:{allowedValues: schema160.properties.security.properties.licenses.properties.onUnlisted.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
let data30 = data24.onMissing;
if(typeof data30 !== "string"){
const err64 = {instancePath:instancePath+"/security/licenses/onMissing",schemaPath:"#/properties/security/properties/licenses/properties/onMissing/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(((data30 === "fail") || (data30 === "warn")) || (data30 === "pass"))){
const err65 = {instancePath:instancePath+"/security/licenses/onMissing",schemaPath:"#/properties/security/properties/licenses/properties/onMissing/enum",keyword:"enum",params:{allowedValues: schema160.properties.security.properties.licenses.properties.onMissing.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(typeof data24.includeDev !== "boolean"){
const err66 = {instancePath:instancePath+"/security/licenses/includeDev",schemaPath:"#/properties/security/properties/licenses/properties/includeDev/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/security/licenses",schemaPath:"#/properties/security/properties/licenses/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
let data32 = data20.waivers;
if(Array.isArray(data32)){
const len6 = data32.length;
for(let i10=0; i10<len6; i10++){
let data33 = data32[i10];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.id === undefined){
const err68 = {instancePath:instancePath+"/security/waivers/" + i10,schemaPath:"#/$defs/waiver/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data33.reason === undefined){
const err69 = {instancePath:instancePath+"/security/waivers/" + i10,schemaPath:"#/$defs/waiver/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data33.approver === undefined){
const err70 = {instancePath:instancePath+"/security/waivers/" + i10,schemaPath:"#/$defs/waiver/required",keyword:"required",params:{missingProperty: "approver"},message:"must have required property '"+"approver"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data33.expires === undefined){
const err71 = {instancePath:instancePath+"/security/waivers/" + i10,schemaPath:"#/$defs/waiver/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key8 in data33){
if(!(((((key8 === "id") || (key8 === "package")) || (key8 === "reason")) || (key8 === "approver")) || (key8 === "expires"))){
const err72 = {instancePath:instancePath+"/security/waivers/" + i10,schemaPath:"#/$defs/waiver/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data33.id !== undefined){
let data34 = data33.id;
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err73 = {instancePath:instancePath+"/security/waivers/" + i10+"/id",schemaPath:"#/$defs/waiver/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/security/waivers/" + i10+"/id",schemaPath:"#/$defs/waiver/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data33.package !== undefined){
let data35 = data33.package;
if(typeof data35 === "string"){
if(func3(data35) < 1){
const err75 = {instancePath:instancePath+"/security/waivers/" + i10+"/package",schemaPath:"#/$defs/waiver/properties/package/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/security/waivers/" + i10+"/package",schemaPath:"#/$defs/waiver/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data33.reason !== undefined){
let data36 = data33.reason;
if(typeof data36 === "string"){
if(func3(data36) < 10){
const err77 = {instancePath:instancePath+"/security/waivers/" + i10+"/reason",schemaPath:"#/$defs/waiver/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/security/waivers/" + i10+"/reason",schemaPath:"#/$defs/waiver/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data33.approver !== undefined){
let data37 = data33.approver;
if(typeof data37 === "string"){
if(!pattern6.test(data37)){
const err79 = {instancePath:instancePath+"/security/waivers/" + i10+"/approver",schemaPath:"#/$defs/waiver/properties/approver/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/security/waivers/" + i10+"/approver",schemaPath:"#/$defs/waiver/properties/approver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data33.expires !== undefined){
let data38 = data33.expires;
if(typeof data38 === "string"){
if(!(formats0.validate(data38))){
const err81 = {instancePath:instancePath+"/security/waivers/" + i10+"/expires",schemaPath:"#/$defs/waiver/properties/expires/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/security/waivers/" + i10+"/expires",schemaPath:"#/$defs/waiver/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/security/waivers/" + i10,schemaPath:"#/$defs/waiver/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/security/waivers",schemaPath:"#/properties/security/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 4732:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate79;
module.exports["default"] = validate79;
const schema171 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/signature_policy.schema.json","type":"object","additionalProperties":false,"properties":{"accept":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["sigstore","key"]},"default":["sigstore","key"]},"sigstore":{"type":"object","additionalProperties":false,"default":{},"properties":{"trustedRoot":{"type":"string","minLength":1,"default":"public-good"},"identities":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/identity"},"default":[{"issuer":"https://token.actions.githubusercontent.com","subject":"^https://github\\.com/{{repository}}/\\.github/workflows/[A-Za-z0-9._-]+\\.ya?ml@refs/(heads/main|tags/v[0-9][A-Za-z0-9.+-]*)$"}]},"thresholds":{"type":"object","additionalProperties":false,"default":{},"properties":{"tlog":{"type":"integer","minimum":0,"maximum":5,"default":1},"ctlog":{"type":"integer","minimum":0,"maximum":5,"default":1},"timestamp":{"type":"integer","minimum":0,"maximum":5,"default":1}}}}},"keys":{"type":"array","default":[],"items":{"$ref":"#/$defs/key"}}},"$defs":{"identity":{"type":"object","additionalProperties":false,"required":["issuer","subject"],"properties":{"issuer":{"type":"string","format":"uri"},"subject":{"type":"string","pattern":"^\\^.*[^\\\\]\\$$"}}},"key":{"type":"object","additionalProperties":false,"required":["hint","path"],"properties":{"hint":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$"},"path":{"type":"string","minLength":1},"validFrom":{"type":"string","format":"date-time"},"validUntil":{"type":"string","format":"date-time"}}}}};
const schema172 = {"type":"object","additionalProperties":false,"required":["issuer","subject"],"properties":{"issuer":{"type":"string","format":"uri"},"subject":{"type":"string","pattern":"^\\^.*[^\\\\]\\$$"}}};
const schema173 = {"type":"object","additionalProperties":false,"required":["hint","path"],"properties":{"hint":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$"},"path":{"type":"string","minLength":1},"validFrom":{"type":"string","format":"date-time"},"validUntil":{"type":"string","format":"date-time"}}};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const pattern72 = new RegExp("^\\^.*[^\\\\]\\$$", "u");
const pattern73 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/signature_policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accept === undefined){
data.accept = ["sigstore","key"];
}
if(data.sigstore === undefined){
data.sigstore = {};
}
if(data.keys === undefined){
data.keys = [];
}
for(const key0 in data){
if(!(((key0 === "accept") || (key0 === "sigstore")) || (key0 === "keys"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let data0 = data.accept;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/accept/" + i0,schemaPath:"#/properties/accept/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data1 === "sigstore") || (data1 === "key"))){
const err3 = {instancePath:instancePath+"/accept/" + i0,schemaPath:"#/properties/accept/items/enum",keyword:"enum",params:{allowedValues: schema171.properties.accept.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/accept",schemaPath:"#/properties/accept/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data2 = data.sigstore;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.trustedRoot === undefined){
data2.trustedRoot = "public-good";
}
if(data2.identities === undefined){
data2.identities = [{"issuer":"https://token.actions.githubusercontent.com","subject":"^https://github\\.com/{{repository}}/\\.github/workflows/[A-Za-z0-9._-]+\\.ya?ml@refs/(heads/main|tags/v[0-9][A-Za-z0-9.+-]*)$"}];
}
if(data2.thresholds === undefined){
data2.thresholds = {};
}
for(const key1 in data2){
if(!(((key1 === "trustedRoot") || (key1 === "identities")) || (key1 === "thresholds"))){
const err6 = {instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let data3 = data2.trustedRoot;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err7 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data4 = data2.identities;
if(Array.isArray(data4)){
if(data4.length < 1){
const err9 = {instancePath:instancePath+"/sigstore/identities",schemaPath:"#/properties/sigstore/properties/identities/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
let data5 = data4[i2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.issuer === undefined){
const err10 = {instancePath:instancePath+"/sigstore/identities/" + i2,schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.subject === undefined){
const err11 = {instancePath:instancePath+"/sigstore/identities/" + i2,schemaPath:"#/$defs/identity/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "issuer") || (key2 === "subject"))){
const err12 = {instancePath:instancePath+"/sigstore/identities/" + i2,schemaPath:"#/$defs/identity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.issuer !== undefined){
let data6 = data5.issuer;
if(typeof data6 === "string"){
if(!(formats4(data6))){
const err13 = {instancePath:instancePath+"/sigstore/identities/" + i2+"/issuer",schemaPath:"#/$defs/identity/properties/issuer/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/sigstore/identities/" + i2+"/issuer",schemaPath:"#/$defs/identity/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.subject !== undefined){
let data7 = data5.subject;
if(typeof data7 === "string"){
if(!pattern72.test(data7)){
const err15 = {instancePath:instancePath+"/sigstore/identities/" + i2+"/subject",schemaPath:"#/$defs/identity/properties/subject/pattern",keyword:"pattern",params:{pattern: "^\\^.*[^\\\\]\\$$"},message:"must match pattern \""+"^\\^.*[^\\\\]\\$$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/sigstore/identities/" + i2+"/subject",schemaPath:"#/$defs/identity/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/sigstore/identities/" + i2,schemaPath:"#/$defs/identity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/sigstore/identities",schemaPath:"#/properties/sigstore/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let data8 = data2.thresholds;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.tlog === undefined){
data8.tlog = 1;
}
if(data8.ctlog === undefined){
data8.ctlog = 1;
}
if(data8.timestamp === undefined){
data8.timestamp = 1;
}
for(const key3 in data8){
if(!(((key3 === "tlog") || (key3 === "ctlog")) || (key3 === "timestamp"))){
const err19 = {instancePath:instancePath+"/sigstore/thresholds",schemaPath:"#/properties/sigstore/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
let data9 = data8.tlog;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err20 = {instancePath:instancePath+"/sigstore/thresholds/tlog",schemaPath:"#/properties/sigstore/properties/thresholds/properties/tlog/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 5 || isNaN(data9)){
const err21 = {instancePath:instancePath+"/sigstore/thresholds/tlog",schemaPath:"#/properties/sigstore/properties/thresholds/properties/tlog/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/sigstore/thresholds/tlog",schemaPath:"#/properties/sigstore/properties/thresholds/properties/tlog/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let data10 = data8.ctlog;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err23 = {instancePath:instancePath+"/sigstore/thresholds/ctlog",schemaPath:"#/properties/sigstore/properties/thresholds/properties/ctlog/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 5 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/sigstore/thresholds/ctlog",schemaPath:"#/properties/sigstore/properties/thresholds/properties/ctlog/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err25 = {instancePath:instancePath+"/sigstore/thresholds/ctlog",schemaPath:"#/properties/sigstore/properties/thresholds/properties/ctlog/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let data11 = data8.timestamp;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err26 = {instancePath:instancePath+"/sigstore/thresholds/timestamp",schemaPath:"#/properties/sigstore/properties/thresholds/properties/timestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 5 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/sigstore/thresholds/timestamp",schemaPath:"#/properties/sigstore/properties/thresholds/properties/timestamp/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/sigstore/thresholds/timestamp",schemaPath:"#/properties/sigstore/properties/thresholds/properties/timestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/sigstore/thresholds",schemaPath:"#/properties/sigstore/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
let data12 = data.keys;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i3=0; i3<len2; i3++){
let data13 = data12[i3];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.hint === undefined){
const err31 = {instancePath:instancePath+"/keys/" + i3,schemaPath:"#/$defs/key/required",keyword:"required",params:{missingProperty: "hint"},message:"must have required property '"+"hint"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13.path === undefined){
const err32 = {instancePath:instancePath+"/keys/" + i3,schemaPath:"#/$defs/key/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key4 in data13){
if(!((((key4 === "hint") || (key4 === "path")) || (key4 === "validFrom")) || (key4 === "validUntil"))){
const err33 = {instancePath:instancePath+"/keys/" + i3,schemaPath:"#/$defs/key/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.hint !== undefined){
let data14 = data13.hint;
if(typeof data14 === "string"){
if(!pattern73.test(data14)){
const err34 = {instancePath:instancePath+"/keys/" + i3+"/hint",schemaPath:"#/$defs/key/properties/hint/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/keys/" + i3+"/hint",schemaPath:"#/$defs/key/properties/hint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.path !== undefined){
let data15 = data13.path;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err36 = {instancePath:instancePath+"/keys/" + i3+"/path",schemaPath:"#/$defs/key/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/keys/" + i3+"/path",schemaPath:"#/$defs/key/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.validFrom !== undefined){
let data16 = data13.validFrom;
if(typeof data16 === "string"){
if(!(formats0.validate(data16))){
const err38 = {instancePath:instancePath+"/keys/" + i3+"/validFrom",schemaPath:"#/$defs/key/properties/validFrom/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/keys/" + i3+"/validFrom",schemaPath:"#/$defs/key/properties/validFrom/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data13.validUntil !== undefined){
let data17 = data13.validUntil;
if(typeof data17 === "string"){
if(!(formats0.validate(data17))){
const err40 = {instancePath:instancePath+"/keys/" + i3+"/validUntil",schemaPath:"#/$defs/key/properties/validUntil/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/keys/" + i3+"/validUntil",schemaPath:"#/$defs/key/properties/validUntil/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/keys/" + i3,schemaPath:"#/$defs/key/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/keys",schemaPath:"#/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 5881:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate80;
module.exports["default"] = validate80;
const schema174 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/subscriptions.schema.json","type":"object","additionalProperties":false,"required":["subscribers"],"properties":{"defaults":{"type":"object","additionalProperties":false,"default":{},"properties":{"timeout":{"$ref":"#/$defs/duration","default":"10s"},"retry":{"type":"object","additionalProperties":false,"default":{},"properties":{"schedule":{"$ref":"#/$defs/schedule","default":["5s","30s","2m","10m","30m","1h","2h","4h"]},"maxAttempts":{"$ref":"#/$defs/maxAttempts","default":9},"stepBudget":{"$ref":"#/$defs/duration","default":"60s"}}},"rateLimit":{"$ref":"#/$defs/rateLimit","default":{"perSecond":10,"burst":20}},"circuitBreaker":{"type":"object","additionalProperties":false,"default":{},"properties":{"failureThreshold":{"type":"integer","minimum":1,"maximum":1000,"default":5},"cooldown":{"$ref":"#/$defs/duration","default":"1m"}}},"maxInFlight":{"$ref":"#/$defs/maxInFlight","default":16}}},"alerts":{"type":"object","additionalProperties":false,"default":{},"properties":{"failureRate":{"type":"number","minimum":0,"maximum":1,"default":0.05},"window":{"$ref":"#/$defs/duration","default":"5m"},"latency":{"$ref":"#/$defs/duration","default":"10s"},"signatureRejections":{"type":"boolean","default":true},"minAttempts":{"type":"integer","minimum":1,"maximum":100000,"default":10}}},"subscribers":{"type":"array","items":{"$ref":"#/$defs/subscriber"}}},"$defs":{"duration":{"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"},"schedule":{"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/duration"}},"maxAttempts":{"type":"integer","minimum":1,"maximum":50},"maxInFlight":{"type":"integer","minimum":1,"maximum":1000},"rateLimit":{"type":"object","additionalProperties":false,"required":["perSecond"],"properties":{"perSecond":{"type":"number","exclusiveMinimum":0,"maximum":10000},"burst":{"type":"integer","minimum":1,"maximum":10000,"default":1}}},"tenantId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},"label":{"type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},"filter":{"type":"object","additionalProperties":false,"required":["types"],"properties":{"types":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9_*]+(\\.[a-z0-9_*]+)*$"}},"tenants":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/tenantId"}},"all":{"type":"boolean","const":true},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}},"if":{"properties":{"all":true},"required":["all"]},"then":{"properties":{"tenants":false}},"else":{"properties":{"tenants":true},"required":["tenants"]}},"subscriber":{"type":"object","additionalProperties":false,"required":["id","channel","secretEnv","filter"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$"},"description":{"type":"string"},"channel":{"type":"string","enum":["webhook","repository_dispatch","slack","pagerduty"]},"target":{"type":"string","minLength":1},"secretEnv":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"filter":{"$ref":"#/$defs/filter"},"rateLimit":{"$ref":"#/$defs/rateLimit"},"retry":{"type":"object","additionalProperties":false,"properties":{"schedule":{"$ref":"#/$defs/schedule"},"maxAttempts":{"$ref":"#/$defs/maxAttempts"},"stepBudget":{"$ref":"#/$defs/duration"}}},"timeout":{"$ref":"#/$defs/duration"},"maxInFlight":{"$ref":"#/$defs/maxInFlight"},"enabled":{"type":"boolean","default":true}},"allOf":[{"if":{"properties":{"channel":{"const":"webhook"}},"required":["channel"]},"then":{"properties":{"target":{"type":"string","format":"uri","pattern":"^https?://"}},"required":["target"]}},{"if":{"properties":{"channel":{"const":"repository_dispatch"}},"required":["channel"]},"then":{"properties":{"target":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9._-]{1,100}$"}},"required":["target"]}},{"if":{"properties":{"channel":{"enum":["slack","pagerduty"]}},"required":["channel"]},"then":{"properties":{"target":{"type":"string","format":"uri","pattern":"^(https://|http://(127\\.0\\.0\\.1|localhost)[:/])"}}}}]}}};
const schema175 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema178 = {"type":"integer","minimum":1,"maximum":50};
const schema180 = {"type":"object","additionalProperties":false,"required":["perSecond"],"properties":{"perSecond":{"type":"number","exclusiveMinimum":0,"maximum":10000},"burst":{"type":"integer","minimum":1,"maximum":10000,"default":1}}};
const schema182 = {"type":"integer","minimum":1,"maximum":1000};
const pattern37 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
const schema176 = {"type":"array","minItems":1,"maxItems":50,"items":{"$ref":"#/$defs/duration"}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 50){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema185 = {"type":"object","additionalProperties":false,"required":["id","channel","secretEnv","filter"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$"},"description":{"type":"string"},"channel":{"type":"string","enum":["webhook","repository_dispatch","slack","pagerduty"]},"target":{"type":"string","minLength":1},"secretEnv":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"filter":{"$ref":"#/$defs/filter"},"rateLimit":{"$ref":"#/$defs/rateLimit"},"retry":{"type":"object","additionalProperties":false,"properties":{"schedule":{"$ref":"#/$defs/schedule"},"maxAttempts":{"$ref":"#/$defs/maxAttempts"},"stepBudget":{"$ref":"#/$defs/duration"}}},"timeout":{"$ref":"#/$defs/duration"},"maxInFlight":{"$ref":"#/$defs/maxInFlight"},"enabled":{"type":"boolean","default":true}},"allOf":[{"if":{"properties":{"channel":{"const":"webhook"}},"required":["channel"]},"then":{"properties":{"target":{"type":"string","format":"uri","pattern":"^https?://"}},"required":["target"]}},{"if":{"properties":{"channel":{"const":"repository_dispatch"}},"required":["channel"]},"then":{"properties":{"target":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9._-]{1,100}$"}},"required":["target"]}},{"if":{"properties":{"channel":{"enum":["slack","pagerduty"]}},"required":["channel"]},"then":{"properties":{"target":{"type":"string","format":"uri","pattern":"^(https://|http://(127\\.0\\.0\\.1|localhost)[:/])"}}}}]};
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;
const pattern80 = new RegExp("^https?://", "u");
const pattern81 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9._-]{1,100}$", "u");
const pattern82 = new RegExp("^(https://|http://(127\\.0\\.0\\.1|localhost)[:/])", "u");
const pattern83 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
const pattern84 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const func9 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const schema186 = {"type":"object","additionalProperties":false,"required":["types"],"properties":{"types":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z0-9_*]+(\\.[a-z0-9_*]+)*$"}},"tenants":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/tenantId"}},"all":{"type":"boolean","const":true},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}},"if":{"properties":{"all":true},"required":["all"]},"then":{"properties":{"tenants":false}},"else":{"properties":{"tenants":true},"required":["tenants"]}};
const schema187 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"};
const schema188 = {"type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"};
const pattern85 = new RegExp("^[a-z0-9_*]+(\\.[a-z0-9_*]+)*$", "u");
const pattern51 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
const pattern52 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]*$", "u");
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.all === undefined) && (missing0 = "all")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenants !== undefined){
const err1 = {instancePath:instancePath+"/tenants",schemaPath:"#/then/properties/tenants/false schema",keyword:"false schema",params:{},message:"boolean schema is false"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.tenants = true;
props0.all = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenants === undefined){
const err2 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "tenants"},message:"must have required property '"+"tenants"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.tenants = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.types === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "types"},message:"must have required property '"+"types"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "types") || (key0 === "tenants")) || (key0 === "all")) || (key0 === "tags"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.types !== undefined){
let data1 = data.types;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern85.test(data2)){
const err7 = {instancePath:instancePath+"/types/" + i0,schemaPath:"#/properties/types/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_*]+(\\.[a-z0-9_*]+)*$"},message:"must match pattern \""+"^[a-z0-9_*]+(\\.[a-z0-9_*]+)*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/types/" + i0,schemaPath:"#/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err9 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err10 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(typeof data4 === "string"){
if(!pattern51.test(data4)){
const err12 = {instancePath:instancePath+"/tenants/" + i2,schemaPath:"#/$defs/tenantId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/tenants/" + i2,schemaPath:"#/$defs/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i3 = data3.length;
let j1;
if(i3 > 1){
outer0:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data3[i3], data3[j1])){
const err14 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.all !== undefined){
let data5 = data.all;
if(typeof data5 !== "boolean"){
const err16 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(true !== data5){
const err17 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.tags !== undefined){
let data6 = data.tags;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len2 = data6.length;
for(let i4=0; i4<len2; i4++){
let data7 = data6[i4];
if(typeof data7 === "string"){
if(func3(data7) > 63){
const err19 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func3(data7) < 1){
const err20 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern52.test(data7)){
const err21 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/tags/" + i4,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i5 = data6.length;
let j2;
if(i5 > 1){
outer1:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data6[i5], data6[j2])){
const err23 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.channel === undefined) && (missing0 = "channel")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.channel !== undefined){
if("webhook" !== data.channel){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.target !== undefined){
let data1 = data.target;
if(typeof data1 === "string"){
if(!pattern80.test(data1)){
const err3 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/0/then/properties/target/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats4(data1))){
const err4 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/0/then/properties/target/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/0/then/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.target = true;
props0.channel = true;
}
}
if(!valid1){
const err6 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.channel === undefined) && (missing1 = "channel")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.channel !== undefined){
if("repository_dispatch" !== data.channel){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target === undefined){
const err9 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.target !== undefined){
let data3 = data.target;
if(typeof data3 === "string"){
if(!pattern81.test(data3)){
const err10 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/1/then/properties/target/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9._-]{1,100}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/1/then/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.target = true;
props1.channel = true;
}
}
if(!valid4){
const err12 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs16 = errors;
let valid7 = true;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.channel === undefined) && (missing2 = "channel")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.channel !== undefined){
let data4 = data.channel;
if(!((data4 === "slack") || (data4 === "pagerduty"))){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var _valid2 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.target !== undefined){
let data5 = data.target;
if(typeof data5 === "string"){
if(!pattern82.test(data5)){
const err15 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/2/then/properties/target/pattern",keyword:"pattern",params:{pattern: "^(https://|http://(127\\.0\\.0\\.1|localhost)[:/])"},message:"must match pattern \""+"^(https://|http://(127\\.0\\.0\\.1|localhost)[:/])"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats4(data5))){
const err16 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/2/then/properties/target/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/target",schemaPath:"#/allOf/2/then/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
var _valid2 = _errs19 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.target = true;
props2.channel = true;
}
}
if(!valid7){
const err18 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled === undefined){
data.enabled = true;
}
if(data.id === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.channel === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.secretEnv === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secretEnv"},message:"must have required property '"+"secretEnv"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.filter === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filter"},message:"must have required property '"+"filter"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema185.properties, key0))){
const err23 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.id !== undefined){
let data6 = data.id;
if(typeof data6 === "string"){
if(!pattern83.test(data6)){
const err24 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,62}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err26 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.channel !== undefined){
let data8 = data.channel;
if(typeof data8 !== "string"){
const err27 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((((data8 === "webhook") || (data8 === "repository_dispatch")) || (data8 === "slack")) || (data8 === "pagerduty"))){
const err28 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/enum",keyword:"enum",params:{allowedValues: schema185.properties.channel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.target !== undefined){
let data9 = data.target;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err29 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.secretEnv !== undefined){
let data10 = data.secretEnv;
if(typeof data10 === "string"){
if(!pattern84.test(data10)){
const err31 = {instancePath:instancePath+"/secretEnv",schemaPath:"#/properties/secretEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/secretEnv",schemaPath:"#/properties/secretEnv/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.filter !== undefined){
if(!(validate84(data.filter, {instancePath:instancePath+"/filter",parentData:data,parentDataProperty:"filter",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
}
if(data.rateLimit !== undefined){
let data12 = data.rateLimit;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.burst === undefined){
data12.burst = 1;
}
if(data12.perSecond === undefined){
const err33 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/$defs/rateLimit/required",keyword:"required",params:{missingProperty: "perSecond"},message:"must have required property '"+"perSecond"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data12){
if(!((key1 === "perSecond") || (key1 === "burst"))){
const err34 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/$defs/rateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.perSecond !== undefined){
let data13 = data12.perSecond;
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 10000 || isNaN(data13)){
const err35 = {instancePath:instancePath+"/rateLimit/perSecond",schemaPath:"#/$defs/rateLimit/properties/perSecond/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13 <= 0 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/rateLimit/perSecond",schemaPath:"#/$defs/rateLimit/properties/perSecond/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/rateLimit/perSecond",schemaPath:"#/$defs/rateLimit/properties/perSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let data14 = data12.burst;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err38 = {instancePath:instancePath+"/rateLimit/burst",schemaPath:"#/$defs/rateLimit/properties/burst/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 10000 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/rateLimit/burst",schemaPath:"#/$defs/rateLimit/properties/burst/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err40 = {instancePath:instancePath+"/rateLimit/burst",schemaPath:"#/$defs/rateLimit/properties/burst/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/rateLimit",schemaPath:"#/$defs/rateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.retry !== undefined){
let data15 = data.retry;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(!(((key2 === "schedule") || (key2 === "maxAttempts")) || (key2 === "stepBudget"))){
const err42 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.schedule !== undefined){
if(!(validate81(data15.schedule, {instancePath:instancePath+"/retry/schedule",parentData:data15,parentDataProperty:"schedule",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data15.maxAttempts !== undefined){
let data17 = data15.maxAttempts;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err43 = {instancePath:instancePath+"/retry/maxAttempts",schemaPath:"#/$defs/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 50 || isNaN(data17)){
const err44 = {instancePath:instancePath+"/retry/maxAttempts",schemaPath:"#/$defs/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err45 = {instancePath:instancePath+"/retry/maxAttempts",schemaPath:"#/$defs/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data15.stepBudget !== undefined){
let data18 = data15.stepBudget;
if(typeof data18 === "string"){
if(!pattern37.test(data18)){
const err46 = {instancePath:instancePath+"/retry/stepBudget",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/retry/stepBudget",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/retry",schemaPath:"#/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.timeout !== undefined){
let data19 = data.timeout;
if(typeof data19 === "string"){
if(!pattern37.test(data19)){
const err49 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.maxInFlight !== undefined){
let data20 = data.maxInFlight;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err51 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/maxInFlight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1000 || isNaN(data20)){
const err52 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/maxInFlight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/maxInFlight",schemaPath:"#/$defs/maxInFlight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(typeof data.enabled !== "boolean"){
const err54 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/subscriptions.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaults === undefined){
data.defaults = {};
}
if(data.alerts === undefined){
data.alerts = {};
}
if(data.subscribers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subscribers"},message:"must have required property '"+"subscribers"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "defaults") || (key0 === "alerts")) || (key0 === "subscribers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let data0 = data.defaults;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.timeout === undefined){
data0.timeout = "10s";
}
if(data0.retry === undefined){
data0.retry = {};
}
if(data0.rateLimit === undefined){
data0.rateLimit = {"perSecond":10,"burst":20};
}
if(data0.circuitBreaker === undefined){
data0.circuitBreaker = {};
}
if(data0.maxInFlight === undefined){
data0.maxInFlight = 16;
}
for(const key1 in data0){
if(!(((((key1 === "timeout") || (key1 === "retry")) || (key1 === "rateLimit")) || (key1 === "circuitBreaker")) || (key1 === "maxInFlight"))){
const err2 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let data1 = data0.timeout;
if(typeof data1 === "string"){
if(!pattern37.test(data1)){
const err3 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/defaults/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
let data2 = data0.retry;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.schedule === undefined){
data2.schedule = ["5s","30s","2m","10m","30m","1h","2h","4h"];
}
if(data2.maxAttempts === undefined){
data2.maxAttempts = 9;
}
if(data2.stepBudget === undefined){
data2.stepBudget = "60s";
}
for(const key2 in data2){
if(!(((key2 === "schedule") || (key2 === "maxAttempts")) || (key2 === "stepBudget"))){
const err5 = {instancePath:instancePath+"/defaults/retry",schemaPath:"#/properties/defaults/properties/retry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(!(validate81(data2.schedule, {instancePath:instancePath+"/defaults/retry/schedule",parentData:data2,parentDataProperty:"schedule",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
let data4 = data2.maxAttempts;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/defaults/retry/maxAttempts",schemaPath:"#/$defs/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 50 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/defaults/retry/maxAttempts",schemaPath:"#/$defs/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/defaults/retry/maxAttempts",schemaPath:"#/$defs/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let data5 = data2.stepBudget;
if(typeof data5 === "string"){
if(!pattern37.test(data5)){
const err9 = {instancePath:instancePath+"/defaults/retry/stepBudget",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/defaults/retry/stepBudget",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/defaults/retry",schemaPath:"#/properties/defaults/properties/retry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
let data6 = data0.rateLimit;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.burst === undefined){
data6.burst = 1;
}
if(data6.perSecond === undefined){
const err12 = {instancePath:instancePath+"/defaults/rateLimit",schemaPath:"#/$defs/rateLimit/required",keyword:"required",params:{missingProperty: "perSecond"},message:"must have required property '"+"perSecond"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key3 in data6){
if(!((key3 === "perSecond") || (key3 === "burst"))){
const err13 = {instancePath:instancePath+"/defaults/rateLimit",schemaPath:"#/$defs/rateLimit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.perSecond !== undefined){
let data7 = data6.perSecond;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/defaults/rateLimit/perSecond",schemaPath:"#/$defs/rateLimit/properties/perSecond/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7 <= 0 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/defaults/rateLimit/perSecond",schemaPath:"#/$defs/rateLimit/properties/perSecond/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/defaults/rateLimit/perSecond",schemaPath:"#/$defs/rateLimit/properties/perSecond/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data8 = data6.burst;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err17 = {instancePath:instancePath+"/defaults/rateLimit/burst",schemaPath:"#/$defs/rateLimit/properties/burst/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 10000 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/defaults/rateLimit/burst",schemaPath:"#/$defs/rateLimit/properties/burst/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/defaults/rateLimit/burst",schemaPath:"#/$defs/rateLimit/properties/burst/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/defaults/rateLimit",schemaPath:"#/$defs/rateLimit/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
let data9 = data0.circuitBreaker;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.failureThreshold === undefined){
data9.failureThreshold = 5;
}
if(data9.cooldown === undefined){
data9.cooldown = "1m";
}
for(const key4 in data9){
if(!((key4 === "failureThreshold") || (key4 === "cooldown"))){
const err21 = {instancePath:instancePath+"/defaults/circuitBreaker",schemaPath:"#/properties/defaults/properties/circuitBreaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data10 = data9.failureThreshold;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err22 = {instancePath:instancePath+"/defaults/circuitBreaker/failureThreshold",schemaPath:"#/properties/defaults/properties/circuitBreaker/properties/failureThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/defaults/circuitBreaker/failureThreshold",schemaPath:"#/properties/defaults/properties/circuitBreaker/properties/failureThreshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err24 = {instancePath:instancePath+"/defaults/circuitBreaker/failureThreshold",schemaPath:"#/properties/defaults/properties/circuitBreaker/properties/failureThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data11 = data9.cooldown;
if(typeof data11 === "string"){
if(!pattern37.test(data11)){
const err25 = {instancePath:instancePath+"/defaults/circuitBreaker/cooldown",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/defaults/circuitBreaker/cooldown",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/defaults/circuitBreaker",schemaPath:"#/properties/defaults/properties/circuitBreaker/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
let data12 = data0.maxInFlight;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err28 = {instancePath:instancePath+"/defaults/maxInFlight",schemaPath:"#/$defs/maxInFlight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/defaults/maxInFlight",schemaPath:"#/$defs/maxInFlight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/defaults/maxInFlight",schemaPath:"#/$defs/maxInFlight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
let data13 = data.alerts;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.failureRate === undefined){
data13.failureRate = 0.05;
}
if(data13.window === undefined){
data13.window = "5m";
}
if(data13.latency === undefined){
data13.latency = "10s";
}
if(data13.signatureRejections === undefined){
data13.signatureRejections = true;
}
if(data13.minAttempts === undefined){
data13.minAttempts = 10;
}
for(const key5 in data13){
if(!(((((key5 === "failureRate") || (key5 === "window")) || (key5 === "latency")) || (key5 === "signatureRejections")) || (key5 === "minAttempts"))){
const err32 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let data14 = data13.failureRate;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1 || isNaN(data14)){
const err33 = {instancePath:instancePath+"/alerts/failureRate",schemaPath:"#/properties/alerts/properties/failureRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err34 = {instancePath:instancePath+"/alerts/failureRate",schemaPath:"#/properties/alerts/properties/failureRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/alerts/failureRate",schemaPath:"#/properties/alerts/properties/failureRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
let data15 = data13.window;
if(typeof data15 === "string"){
if(!pattern37.test(data15)){
const err36 = {instancePath:instancePath+"/alerts/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/alerts/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
let data16 = data13.latency;
if(typeof data16 === "string"){
if(!pattern37.test(data16)){
const err38 = {instancePath:instancePath+"/alerts/latency",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/alerts/latency",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data13.signatureRejections !== "boolean"){
const err40 = {instancePath:instancePath+"/alerts/signatureRejections",schemaPath:"#/properties/alerts/properties/signatureRejections/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
let data18 = data13.minAttempts;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err41 = {instancePath:instancePath+"/alerts/minAttempts",schemaPath:"#/properties/alerts/properties/minAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100000 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/alerts/minAttempts",schemaPath:"#/properties/alerts/properties/minAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err43 = {instancePath:instancePath+"/alerts/minAttempts",schemaPath:"#/properties/alerts/properties/minAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data.subscribers !== undefined){
let data19 = data.subscribers;
if(Array.isArray(data19)){
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
if(!(validate83(data19[i0], {instancePath:instancePath+"/subscribers/" + i0,parentData:data19,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err45 = {instancePath:instancePath+"/subscribers",schemaPath:"#/properties/subscribers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 9526:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate88;
module.exports["default"] = validate88;
const schema194 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/upgrade_policies.schema.json","type":"object","additionalProperties":false,"required":["strategies"],"properties":{"defaultStrategy":{"$ref":"#/$defs/name"},"strategies":{"type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/name"},"additionalProperties":{"$ref":"#/$defs/strategy"}},"analysisTemplates":{"type":"object","default":{},"propertyNames":{"$ref":"analysis.schema.json#/$defs/templateName"},"additionalProperties":{"$ref":"analysis.schema.json#/$defs/template"}},"alerts":{"type":"object","additionalProperties":false,"default":{},"properties":{"errorRate":{"type":"number","minimum":0,"maximum":1,"default":0.05},"missingMetrics":{"$ref":"#/$defs/duration","default":"5m"},"batchRuntime":{"$ref":"#/$defs/duration","default":"30m"},"rollbackFailure":{"type":"boolean","default":true}}},"freezes":{"type":"array","default":[],"items":{"$ref":"#/$defs/freezePeriod"}}},"$defs":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"strategy":{"type":"object","additionalProperties":false,"required":["steps"],"properties":{"description":{"type":"string"},"steps":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/step"}},"batchConcurrency":{"type":"integer","minimum":1,"maximum":256,"default":4},"maxParallelTenants":{"type":"integer","minimum":1,"maximum":1000,"default":10},"windows":{"type":"array","items":{"$ref":"#/$defs/weeklyWindow"}},"rollback":{"$ref":"#/$defs/rollback","default":{}}}},"step":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"setWeight":{"type":"integer","minimum":0,"maximum":100},"setTenants":{"$ref":"#/$defs/tenantSelector"},"pause":{"type":"object","additionalProperties":false,"properties":{"duration":{"$ref":"#/$defs/duration"}}},"analysis":{"type":"object","additionalProperties":false,"required":["templates"],"properties":{"templates":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["templateName"],"properties":{"templateName":{"$ref":"analysis.schema.json#/$defs/templateName"}}}}}}}},"rollback":{"type":"object","additionalProperties":false,"properties":{"automatic":{"type":"boolean","default":true},"triggers":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["failed","error","inconclusive"]},"default":["failed","error"]},"target":{"type":"string","enum":["previous-stable","previous"],"default":"previous-stable"},"scope":{"type":"string","enum":["all","batch"],"default":"all"},"timeBudget":{"$ref":"#/$defs/duration","default":"3m"}}},"duration":{"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"},"tenantId":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},"label":{"type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},"tenantSelector":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"ids":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/tenantId"}},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"tiers":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"regions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}}},"weekday":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]},"timeOfDay":{"type":"string","pattern":"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},"timeZone":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$"},"weeklyWindow":{"type":"object","additionalProperties":false,"required":["days","start","end"],"properties":{"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/weekday"}},"start":{"$ref":"#/$defs/timeOfDay"},"end":{"$ref":"#/$defs/timeOfDay"},"timeZone":{"$ref":"#/$defs/timeZone","default":"UTC"}}},"freezePeriod":{"type":"object","additionalProperties":false,"required":["start","end","reason"],"properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"reason":{"type":"string","minLength":1}}}}};
const schema195 = {"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"};
const schema205 = {"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"};
const schema204 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema217 = {"type":"object","additionalProperties":false,"required":["start","end","reason"],"properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"reason":{"type":"string","minLength":1}}};
const pattern36 = new RegExp("^[a-z][a-z0-9-]{0,62}$", "u");
const pattern37 = new RegExp("^([0-9]+(ms|s|m|h|d))+$", "u");
const schema197 = {"type":"object","additionalProperties":false,"required":["steps"],"properties":{"description":{"type":"string"},"steps":{"type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/step"}},"batchConcurrency":{"type":"integer","minimum":1,"maximum":256,"default":4},"maxParallelTenants":{"type":"integer","minimum":1,"maximum":1000,"default":10},"windows":{"type":"array","items":{"$ref":"#/$defs/weeklyWindow"}},"rollback":{"$ref":"#/$defs/rollback","default":{}}}};
const schema198 = {"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"properties":{"setWeight":{"type":"integer","minimum":0,"maximum":100},"setTenants":{"$ref":"#/$defs/tenantSelector"},"pause":{"type":"object","additionalProperties":false,"properties":{"duration":{"$ref":"#/$defs/duration"}}},"analysis":{"type":"object","additionalProperties":false,"required":["templates"],"properties":{"templates":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["templateName"],"properties":{"templateName":{"$ref":"analysis.schema.json#/$defs/templateName"}}}}}}}};
const schema199 = {"type":"object","additionalProperties":false,"minProperties":1,"properties":{"ids":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/tenantId"}},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"tiers":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}},"regions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/label"}}}};
const schema200 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"};
const schema201 = {"type":"string","minLength":1,"maxLength":63,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"};
const pattern51 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
const pattern52 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]*$", "u");
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "ids") || (key0 === "tags")) || (key0 === "tiers")) || (key0 === "regions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ids !== undefined){
let data0 = data.ids;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(!pattern51.test(data1)){
const err3 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"#/$defs/tenantId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ids/" + i0,schemaPath:"#/$defs/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err5 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/ids",schemaPath:"#/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tags !== undefined){
let data2 = data.tags;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i2=0; i2<len1; i2++){
let data3 = data2[i2];
if(typeof data3 === "string"){
if(func3(data3) > 63){
const err8 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern52.test(data3)){
const err10 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tags/" + i2,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i3 = data2.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data2[i3], data2[j1])){
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tiers !== undefined){
let data4 = data.tiers;
if(Array.isArray(data4)){
if(data4.length < 1){
const err14 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data4.length;
for(let i4=0; i4<len2; i4++){
let data5 = data4[i4];
if(typeof data5 === "string"){
if(func3(data5) > 63){
const err15 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func3(data5) < 1){
const err16 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern52.test(data5)){
const err17 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/tiers/" + i4,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let i5 = data4.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data4[i5], data4[j2])){
const err19 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.regions !== undefined){
let data6 = data.regions;
if(Array.isArray(data6)){
if(data6.length < 1){
const err21 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len3 = data6.length;
for(let i6=0; i6<len3; i6++){
let data7 = data6[i6];
if(typeof data7 === "string"){
if(func3(data7) > 63){
const err22 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func3(data7) < 1){
const err23 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern52.test(data7)){
const err24 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/regions/" + i6,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i7 = data6.length;
let j3;
if(i7 > 1){
outer3:
for(;i7--;){
for(j3 = i7; j3--;){
if(func0(data6[i7], data6[j3])){
const err26 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/regions",schemaPath:"#/properties/regions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate91.errors = vErrors;
return errors === 0;
}
validate91.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "setWeight") || (key0 === "setTenants")) || (key0 === "pause")) || (key0 === "analysis"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.setWeight !== undefined){
let data0 = data.setWeight;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/setWeight",schemaPath:"#/properties/setWeight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/setWeight",schemaPath:"#/properties/setWeight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/setWeight",schemaPath:"#/properties/setWeight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.setTenants !== undefined){
if(!(validate91(data.setTenants, {instancePath:instancePath+"/setTenants",parentData:data,parentDataProperty:"setTenants",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
if(data.pause !== undefined){
let data2 = data.pause;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(key1 === "duration")){
const err6 = {instancePath:instancePath+"/pause",schemaPath:"#/properties/pause/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.duration !== undefined){
let data3 = data2.duration;
if(typeof data3 === "string"){
if(!pattern37.test(data3)){
const err7 = {instancePath:instancePath+"/pause/duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/pause/duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/pause",schemaPath:"#/properties/pause/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.analysis !== undefined){
let data4 = data.analysis;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.templates === undefined){
const err10 = {instancePath:instancePath+"/analysis",schemaPath:"#/properties/analysis/required",keyword:"required",params:{missingProperty: "templates"},message:"must have required property '"+"templates"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data4){
if(!(key2 === "templates")){
const err11 = {instancePath:instancePath+"/analysis",schemaPath:"#/properties/analysis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.templates !== undefined){
let data5 = data4.templates;
if(Array.isArray(data5)){
if(data5.length < 1){
const err12 = {instancePath:instancePath+"/analysis/templates",schemaPath:"#/properties/analysis/properties/templates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.templateName === undefined){
const err13 = {instancePath:instancePath+"/analysis/templates/" + i0,schemaPath:"#/properties/analysis/properties/templates/items/required",keyword:"required",params:{missingProperty: "templateName"},message:"must have required property '"+"templateName"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key3 in data6){
if(!(key3 === "templateName")){
const err14 = {instancePath:instancePath+"/analysis/templates/" + i0,schemaPath:"#/properties/analysis/properties/templates/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.templateName !== undefined){
let data7 = data6.templateName;
if(typeof data7 === "string"){
if(!pattern36.test(data7)){
const err15 = {instancePath:instancePath+"/analysis/templates/" + i0+"/templateName",schemaPath:"analysis.schema.json#/$defs/templateName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/analysis/templates/" + i0+"/templateName",schemaPath:"analysis.schema.json#/$defs/templateName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/analysis/templates/" + i0,schemaPath:"#/properties/analysis/properties/templates/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/analysis/templates",schemaPath:"#/properties/analysis/properties/templates/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/analysis",schemaPath:"#/properties/analysis/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema206 = {"type":"object","additionalProperties":false,"required":["days","start","end"],"properties":{"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/weekday"}},"start":{"$ref":"#/$defs/timeOfDay"},"end":{"$ref":"#/$defs/timeOfDay"},"timeZone":{"$ref":"#/$defs/timeZone","default":"UTC"}}};
const schema207 = {"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"]};
const schema208 = {"type":"string","pattern":"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"};
const schema210 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$"};
const pattern8 = new RegExp("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "u");
const pattern10 = new RegExp("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$", "u");

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeZone === undefined){
data.timeZone = "UTC";
}
if(data.days === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.start === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.end === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "days") || (key0 === "start")) || (key0 === "end")) || (key0 === "timeZone"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.days !== undefined){
let data0 = data.days;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/days/" + i0,schemaPath:"#/$defs/weekday/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((((data1 === "mon") || (data1 === "tue")) || (data1 === "wed")) || (data1 === "thu")) || (data1 === "fri")) || (data1 === "sat")) || (data1 === "sun"))){
const err6 = {instancePath:instancePath+"/days/" + i0,schemaPath:"#/$defs/weekday/enum",keyword:"enum",params:{allowedValues: schema207.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err7 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.start !== undefined){
let data2 = data.start;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err9 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/timeOfDay/pattern",keyword:"pattern",params:{pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/timeOfDay/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.end !== undefined){
let data3 = data.end;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err11 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/timeOfDay/pattern",keyword:"pattern",params:{pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"},message:"must match pattern \""+"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/timeOfDay/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
let data4 = data.timeZone;
if(typeof data4 === "string"){
if(!pattern10.test(data4)){
const err13 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/timeZone",schemaPath:"#/$defs/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema211 = {"type":"object","additionalProperties":false,"properties":{"automatic":{"type":"boolean","default":true},"triggers":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["failed","error","inconclusive"]},"default":["failed","error"]},"target":{"type":"string","enum":["previous-stable","previous"],"default":"previous-stable"},"scope":{"type":"string","enum":["all","batch"],"default":"all"},"timeBudget":{"$ref":"#/$defs/duration","default":"3m"}}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.automatic === undefined){
data.automatic = true;
}
if(data.triggers === undefined){
data.triggers = ["failed","error"];
}
if(data.target === undefined){
data.target = "previous-stable";
}
if(data.scope === undefined){
data.scope = "all";
}
if(data.timeBudget === undefined){
data.timeBudget = "3m";
}
for(const key0 in data){
if(!(((((key0 === "automatic") || (key0 === "triggers")) || (key0 === "target")) || (key0 === "scope")) || (key0 === "timeBudget"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(typeof data.automatic !== "boolean"){
const err1 = {instancePath:instancePath+"/automatic",schemaPath:"#/properties/automatic/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
let data1 = data.triggers;
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/triggers/" + i0,schemaPath:"#/properties/triggers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data2 === "failed") || (data2 === "error")) || (data2 === "inconclusive"))){
const err4 = {instancePath:instancePath+"/triggers/" + i0,schemaPath:"#/properties/triggers/items/enum",keyword:"enum",params:{allowedValues: schema211.properties.triggers.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err6 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
let data3 = data.target;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data3 === "previous-stable") || (data3 === "previous"))){
const err8 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/enum",keyword:"enum",params:{allowedValues: schema211.properties.target.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data4 = data.scope;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "all") || (data4 === "batch"))){
const err10 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/enum",keyword:"enum",params:{allowedValues: schema211.properties.scope.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
let data5 = data.timeBudget;
if(typeof data5 === "string"){
if(!pattern37.test(data5)){
const err11 = {instancePath:instancePath+"/timeBudget",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timeBudget",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.batchConcurrency === undefined){
data.batchConcurrency = 4;
}
if(data.maxParallelTenants === undefined){
data.maxParallelTenants = 10;
}
if(data.rollback === undefined){
data.rollback = {};
}
if(data.steps === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "description") || (key0 === "steps")) || (key0 === "batchConcurrency")) || (key0 === "maxParallelTenants")) || (key0 === "windows")) || (key0 === "rollback"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.steps !== undefined){
let data1 = data.steps;
if(Array.isArray(data1)){
if(data1.length > 100){
const err3 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate90(data1[i0], {instancePath:instancePath+"/steps/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let data3 = data.batchConcurrency;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/batchConcurrency",schemaPath:"#/properties/batchConcurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 256 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/batchConcurrency",schemaPath:"#/properties/batchConcurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/batchConcurrency",schemaPath:"#/properties/batchConcurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let data4 = data.maxParallelTenants;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/maxParallelTenants",schemaPath:"#/properties/maxParallelTenants/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/maxParallelTenants",schemaPath:"#/properties/maxParallelTenants/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/maxParallelTenants",schemaPath:"#/properties/maxParallelTenants/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.windows !== undefined){
let data5 = data.windows;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate94(data5[i1], {instancePath:instancePath+"/windows/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/windows",schemaPath:"#/properties/windows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(!(validate96(data.rollback, {instancePath:instancePath+"/rollback",parentData:data,parentDataProperty:"rollback",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"type":"object","additionalProperties":false,"required":["metrics"],"properties":{"description":{"type":"string"},"metrics":{"type":"array","minItems":1,"maxItems":20,"items":{"$ref":"#/$defs/metric"}}}};
const schema82 = {"type":"object","additionalProperties":false,"required":["name","provider"],"anyOf":[{"properties":{"successCondition":true},"required":["successCondition"]},{"properties":{"failureCondition":true},"required":["failureCondition"]}],"properties":{"name":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,62}$"},"provider":{"$ref":"#/$defs/provider"},"interval":{"$ref":"#/$defs/duration","default":"1m"},"initialDelay":{"$ref":"#/$defs/duration"},"count":{"type":"integer","minimum":1,"maximum":1000,"default":1},"successCondition":{"$ref":"#/$defs/condition"},"failureCondition":{"$ref":"#/$defs/condition"},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"inconclusiveLimit":{"type":"integer","minimum":0,"maximum":1000,"default":0},"consecutiveErrorLimit":{"type":"integer","minimum":0,"maximum":1000,"default":4}}};
const schema85 = {"type":"string","pattern":"^([0-9]+(ms|s|m|h|d))+$"};
const schema88 = {"type":"string","pattern":"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"};
const func9 = Object.prototype.hasOwnProperty;
const pattern40 = new RegExp("^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$", "u");
const schema83 = {"type":"object","additionalProperties":false,"required":["powerx"],"properties":{"powerx":{"$ref":"#/$defs/powerxQuery"}}};
const schema84 = {"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"type":"string","enum":["requestCount","errorRate","latencyP95Ms"]},"window":{"$ref":"#/$defs/duration","default":"5m"},"aggregate":{"type":"string","enum":["max","mean","min","sum"],"default":"max"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.window === undefined){
data.window = "5m";
}
if(data.aggregate === undefined){
data.aggregate = "max";
}
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "metric") || (key0 === "window")) || (key0 === "aggregate"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metric !== undefined){
let data0 = data.metric;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "requestCount") || (data0 === "errorRate")) || (data0 === "latencyP95Ms"))){
const err3 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema84.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let data1 = data.window;
if(typeof data1 === "string"){
if(!pattern37.test(data1)){
const err4 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
let data2 = data.aggregate;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data2 === "max") || (data2 === "mean")) || (data2 === "min")) || (data2 === "sum"))){
const err7 = {instancePath:instancePath+"/aggregate",schemaPath:"#/properties/aggregate/enum",keyword:"enum",params:{allowedValues: schema84.properties.aggregate.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.powerx === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "powerx"},message:"must have required property '"+"powerx"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "powerx")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.powerx !== undefined){
if(!(validate44(data.powerx, {instancePath:instancePath+"/powerx",parentData:data,parentDataProperty:"powerx",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.successCondition === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "successCondition"},message:"must have required property '"+"successCondition"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.successCondition = true;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failureCondition === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "failureCondition"},message:"must have required property '"+"failureCondition"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.failureCondition = true;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval === undefined){
data.interval = "1m";
}
if(data.count === undefined){
data.count = 1;
}
if(data.failureLimit === undefined){
data.failureLimit = 0;
}
if(data.inconclusiveLimit === undefined){
data.inconclusiveLimit = 0;
}
if(data.consecutiveErrorLimit === undefined){
data.consecutiveErrorLimit = 4;
}
if(data.name === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provider === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema82.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.provider !== undefined){
if(!(validate43(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
let data2 = data.interval;
if(typeof data2 === "string"){
if(!pattern37.test(data2)){
const err8 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.initialDelay !== undefined){
let data3 = data.initialDelay;
if(typeof data3 === "string"){
if(!pattern37.test(data3)){
const err10 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/initialDelay",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let data4 = data.count;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.successCondition !== undefined){
let data5 = data.successCondition;
if(typeof data5 === "string"){
if(!pattern40.test(data5)){
const err15 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/successCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.failureCondition !== undefined){
let data6 = data.failureCondition;
if(typeof data6 === "string"){
if(!pattern40.test(data6)){
const err17 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/pattern",keyword:"pattern",params:{pattern: "^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*result\\s*(<=|>=|==|!=|<|>)\\s*-?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/failureCondition",schemaPath:"#/$defs/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
let data7 = data.failureLimit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/failureLimit",schemaPath:"#/properties/failureLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data8 = data.inconclusiveLimit;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/inconclusiveLimit",schemaPath:"#/properties/inconclusiveLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
let data9 = data.consecutiveErrorLimit;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/consecutiveErrorLimit",schemaPath:"#/properties/consecutiveErrorLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metrics === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "description") || (key0 === "metrics"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.metrics !== undefined){
let data1 = data.metrics;
if(Array.isArray(data1)){
if(data1.length > 20){
const err3 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate42(data1[i0], {instancePath:instancePath+"/metrics/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/upgrade_policies.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.analysisTemplates === undefined){
data.analysisTemplates = {};
}
if(data.alerts === undefined){
data.alerts = {};
}
if(data.freezes === undefined){
data.freezes = [];
}
if(data.strategies === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "strategies"},message:"must have required property '"+"strategies"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "defaultStrategy") || (key0 === "strategies")) || (key0 === "analysisTemplates")) || (key0 === "alerts")) || (key0 === "freezes"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.defaultStrategy !== undefined){
let data0 = data.defaultStrategy;
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
const err2 = {instancePath:instancePath+"/defaultStrategy",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/defaultStrategy",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.strategies !== undefined){
let data1 = data.strategies;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/strategies",schemaPath:"#/properties/strategies/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(!pattern36.test(key1)){
const err5 = {instancePath:instancePath+"/strategies",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/strategies",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid2 = _errs7 === errors;
if(!valid2){
const err7 = {instancePath:instancePath+"/strategies",schemaPath:"#/properties/strategies/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key2 in data1){
if(!(validate89(data1[key2], {instancePath:instancePath+"/strategies/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/strategies",schemaPath:"#/properties/strategies/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let data3 = data.analysisTemplates;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key3 in data3){
const _errs14 = errors;
if(typeof key3 === "string"){
if(!pattern36.test(key3)){
const err9 = {instancePath:instancePath+"/analysisTemplates",schemaPath:"analysis.schema.json#/$defs/templateName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,62}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,62}$"+"\"",propertyName:key3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/analysisTemplates",schemaPath:"analysis.schema.json#/$defs/templateName/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid5 = _errs14 === errors;
if(!valid5){
const err11 = {instancePath:instancePath+"/analysisTemplates",schemaPath:"#/properties/analysisTemplates/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key4 in data3){
if(!(validate99(data3[key4], {instancePath:instancePath+"/analysisTemplates/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/analysisTemplates",schemaPath:"#/properties/analysisTemplates/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
let data5 = data.alerts;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.errorRate === undefined){
data5.errorRate = 0.05;
}
if(data5.missingMetrics === undefined){
data5.missingMetrics = "5m";
}
if(data5.batchRuntime === undefined){
data5.batchRuntime = "30m";
}
if(data5.rollbackFailure === undefined){
data5.rollbackFailure = true;
}
for(const key5 in data5){
if(!((((key5 === "errorRate") || (key5 === "missingMetrics")) || (key5 === "batchRuntime")) || (key5 === "rollbackFailure"))){
const err13 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let data6 = data5.errorRate;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/alerts/errorRate",schemaPath:"#/properties/alerts/properties/errorRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/alerts/errorRate",schemaPath:"#/properties/alerts/properties/errorRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/alerts/errorRate",schemaPath:"#/properties/alerts/properties/errorRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let data7 = data5.missingMetrics;
if(typeof data7 === "string"){
if(!pattern37.test(data7)){
const err17 = {instancePath:instancePath+"/alerts/missingMetrics",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/alerts/missingMetrics",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let data8 = data5.batchRuntime;
if(typeof data8 === "string"){
if(!pattern37.test(data8)){
const err19 = {instancePath:instancePath+"/alerts/batchRuntime",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h|d))+$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/alerts/batchRuntime",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data5.rollbackFailure !== "boolean"){
const err21 = {instancePath:instancePath+"/alerts/rollbackFailure",schemaPath:"#/properties/alerts/properties/rollbackFailure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
let data10 = data.freezes;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.start === undefined){
const err23 = {instancePath:instancePath+"/freezes/" + i0,schemaPath:"#/$defs/freezePeriod/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11.end === undefined){
const err24 = {instancePath:instancePath+"/freezes/" + i0,schemaPath:"#/$defs/freezePeriod/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data11.reason === undefined){
const err25 = {instancePath:instancePath+"/freezes/" + i0,schemaPath:"#/$defs/freezePeriod/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key6 in data11){
if(!(((key6 === "start") || (key6 === "end")) || (key6 === "reason"))){
const err26 = {instancePath:instancePath+"/freezes/" + i0,schemaPath:"#/$defs/freezePeriod/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.start !== undefined){
let data12 = data11.start;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err27 = {instancePath:instancePath+"/freezes/" + i0+"/start",schemaPath:"#/$defs/freezePeriod/properties/start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/freezes/" + i0+"/start",schemaPath:"#/$defs/freezePeriod/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.end !== undefined){
let data13 = data11.end;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err29 = {instancePath:instancePath+"/freezes/" + i0+"/end",schemaPath:"#/$defs/freezePeriod/properties/end/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/freezes/" + i0+"/end",schemaPath:"#/$defs/freezePeriod/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.reason !== undefined){
let data14 = data11.reason;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err31 = {instancePath:instancePath+"/freezes/" + i0+"/reason",schemaPath:"#/$defs/freezePeriod/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/freezes/" + i0+"/reason",schemaPath:"#/$defs/freezePeriod/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/freezes/" + i0,schemaPath:"#/$defs/freezePeriod/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/freezes",schemaPath:"#/properties/freezes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3543:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

// Every events schema, keyed by $id.
module.exports = {
  "https://powerx.dev/schemas/events/cloudevent.schema.json": __webpack_require__(4885),
  "https://powerx.dev/schemas/events/compat.check.blocked.schema.json": __webpack_require__(7994),
  "https://powerx.dev/schemas/events/compat.exception.approved.schema.json": __webpack_require__(7920),
  "https://powerx.dev/schemas/events/compat.exception.expired.schema.json": __webpack_require__(1710),
  "https://powerx.dev/schemas/events/compat.exception.rejected.schema.json": __webpack_require__(3175),
  "https://powerx.dev/schemas/events/compat.exception.requested.schema.json": __webpack_require__(3569),
  "https://powerx.dev/schemas/events/event.delivery.failed.schema.json": __webpack_require__(4781),
  "https://powerx.dev/schemas/events/plugin.release.published.schema.json": __webpack_require__(4084),
  "https://powerx.dev/schemas/events/plugin.upgrade.batch.completed.schema.json": __webpack_require__(1552),
  "https://powerx.dev/schemas/events/plugin.upgrade.rolled_back.schema.json": __webpack_require__(8041),
  "https://powerx.dev/schemas/events/publish.pipeline.blocked.schema.json": __webpack_require__(6801),
  "https://powerx.dev/schemas/events/version.recommendation.created.schema.json": __webpack_require__(3289),
};


/***/ }),

/***/ 4885:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate102;
module.exports["default"] = validate102;
const schema218 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/cloudevent.schema.json","type":"object","required":["specversion","id","source","type","subject","time","datacontenttype","dataschema","idempotencykey","data"],"additionalProperties":false,"properties":{"specversion":{"const":"1.0"},"id":{"type":"string","pattern":"^evt_[0-9a-z]{26}$"},"source":{"type":"string","format":"uri-reference","minLength":1},"type":{"type":"string","pattern":"^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$","maxLength":100},"subject":{"type":"string","pattern":"^\\S+$","maxLength":200},"time":{"type":"string","format":"date-time"},"datacontenttype":{"const":"application/json"},"dataschema":{"type":"string","format":"uri"},"tenantid":{"type":"string","minLength":1},"idempotencykey":{"type":"string","pattern":"^[0-9a-f]{64}$"},"tags":{"type":"string"},"data":{"type":"object"}}};
const func9 = Object.prototype.hasOwnProperty;
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern105 = new RegExp("^evt_[0-9a-z]{26}$", "u");
const pattern106 = new RegExp("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$", "u");
const pattern107 = new RegExp("^\\S+$", "u");
const pattern19 = new RegExp("^[0-9a-f]{64}$", "u");
const formats36 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/cloudevent.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate102.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.specversion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "specversion"},message:"must have required property '"+"specversion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.subject === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.time === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.datacontenttype === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "datacontenttype"},message:"must have required property '"+"datacontenttype"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.dataschema === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataschema"},message:"must have required property '"+"dataschema"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.idempotencykey === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "idempotencykey"},message:"must have required property '"+"idempotencykey"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.data === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema218.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.specversion !== undefined){
if("1.0" !== data.specversion){
const err11 = {instancePath:instancePath+"/specversion",schemaPath:"#/properties/specversion/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern105.test(data1)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^evt_[0-9a-z]{26}$"},message:"must match pattern \""+"^evt_[0-9a-z]{26}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.source !== undefined){
let data2 = data.source;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err14 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats36.test(data2))){
const err15 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 === "string"){
if(func3(data3) > 100){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern106.test(data3)){
const err18 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.subject !== undefined){
let data4 = data.subject;
if(typeof data4 === "string"){
if(func3(data4) > 200){
const err20 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern107.test(data4)){
const err21 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.time !== undefined){
let data5 = data.time;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.datacontenttype !== undefined){
if("application/json" !== data.datacontenttype){
const err25 = {instancePath:instancePath+"/datacontenttype",schemaPath:"#/properties/datacontenttype/const",keyword:"const",params:{allowedValue: "application/json"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.dataschema !== undefined){
let data7 = data.dataschema;
if(typeof data7 === "string"){
if(!(formats4(data7))){
const err26 = {instancePath:instancePath+"/dataschema",schemaPath:"#/properties/dataschema/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/dataschema",schemaPath:"#/properties/dataschema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.tenantid !== undefined){
let data8 = data.tenantid;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err28 = {instancePath:instancePath+"/tenantid",schemaPath:"#/properties/tenantid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/tenantid",schemaPath:"#/properties/tenantid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.idempotencykey !== undefined){
let data9 = data.idempotencykey;
if(typeof data9 === "string"){
if(!pattern19.test(data9)){
const err30 = {instancePath:instancePath+"/idempotencykey",schemaPath:"#/properties/idempotencykey/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/idempotencykey",schemaPath:"#/properties/idempotencykey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.tags !== undefined){
if(typeof data.tags !== "string"){
const err32 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.data !== undefined){
let data11 = data.data;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err33 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}
validate102.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 7994:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate103;
module.exports["default"] = validate103;
const schema219 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.check.blocked.schema.json","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200},"version":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},"fromVersion":{"type":"string"},"operation":{"type":"string","enum":["install","upgrade"]},"conflicts":{"type":"array","items":{"type":"object","required":["code"],"properties":{"code":{"type":"string"},"message":{"type":"string"}},"additionalProperties":true}},"reportUrl":{"type":"string","format":"uri"}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern109 = new RegExp("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/compat.check.blocked.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate103.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err0 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(!pattern109.test(data1)){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fromVersion !== undefined){
if(typeof data.fromVersion !== "string"){
const err5 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/properties/fromVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.operation !== undefined){
let data3 = data.operation;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data3 === "install") || (data3 === "upgrade"))){
const err7 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/enum",keyword:"enum",params:{allowedValues: schema219.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.conflicts !== undefined){
let data4 = data.conflicts;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err8 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/properties/conflicts/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err9 = {instancePath:instancePath+"/conflicts/" + i0+"/code",schemaPath:"#/properties/conflicts/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err10 = {instancePath:instancePath+"/conflicts/" + i0+"/message",schemaPath:"#/properties/conflicts/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/conflicts/" + i0,schemaPath:"#/properties/conflicts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/conflicts",schemaPath:"#/properties/conflicts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.reportUrl !== undefined){
let data8 = data.reportUrl;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err13 = {instancePath:instancePath+"/reportUrl",schemaPath:"#/properties/reportUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reportUrl",schemaPath:"#/properties/reportUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}
validate103.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 7920:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate104;
module.exports["default"] = validate104;
const schema220 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.approved.schema.json","type":"object","properties":{"exceptionId":{"type":"string"},"plugin":{"type":"string","minLength":1,"maxLength":200},"versionRange":{"type":"string"},"tenants":{"type":"array","items":{"type":"string","minLength":1}},"waivedCodes":{"type":"array","items":{"type":"string"}},"requester":{"type":"string"},"url":{"type":"string","format":"uri"},"approvers":{"type":"array","items":{"type":"string"}},"expiresAt":{"type":"string","format":"date-time"}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/compat.exception.approved.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exceptionId !== undefined){
if(typeof data.exceptionId !== "string"){
const err0 = {instancePath:instancePath+"/exceptionId",schemaPath:"#/properties/exceptionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.versionRange !== undefined){
if(typeof data.versionRange !== "string"){
const err4 = {instancePath:instancePath+"/versionRange",schemaPath:"#/properties/versionRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err5 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.waivedCodes !== undefined){
let data5 = data.waivedCodes;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err8 = {instancePath:instancePath+"/waivedCodes/" + i1,schemaPath:"#/properties/waivedCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/waivedCodes",schemaPath:"#/properties/waivedCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.requester !== undefined){
if(typeof data.requester !== "string"){
const err10 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
let data8 = data.url;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.approvers !== undefined){
let data9 = data.approvers;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(typeof data9[i2] !== "string"){
const err13 = {instancePath:instancePath+"/approvers/" + i2,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.expiresAt !== undefined){
let data11 = data.expiresAt;
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err15 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/expiresAt",schemaPath:"#/properties/expiresAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 1710:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate105;
module.exports["default"] = validate105;
const schema221 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.expired.schema.json","type":"object","properties":{"exceptionId":{"type":"string"},"plugin":{"type":"string","minLength":1,"maxLength":200},"versionRange":{"type":"string"},"tenants":{"type":"array","items":{"type":"string","minLength":1}},"waivedCodes":{"type":"array","items":{"type":"string"}},"requester":{"type":"string"},"url":{"type":"string","format":"uri"},"expiredAt":{"type":"string","format":"date-time"},"reason":{"type":"string","enum":["expired","sla-breached"]}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;
const formats0 = (__webpack_require__(779)/* .fullFormats */ .U9)["date-time"];

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/compat.exception.expired.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exceptionId !== undefined){
if(typeof data.exceptionId !== "string"){
const err0 = {instancePath:instancePath+"/exceptionId",schemaPath:"#/properties/exceptionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.versionRange !== undefined){
if(typeof data.versionRange !== "string"){
const err4 = {instancePath:instancePath+"/versionRange",schemaPath:"#/properties/versionRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err5 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.waivedCodes !== undefined){
let data5 = data.waivedCodes;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err8 = {instancePath:instancePath+"/waivedCodes/" + i1,schemaPath:"#/properties/waivedCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/waivedCodes",schemaPath:"#/properties/waivedCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.requester !== undefined){
if(typeof data.requester !== "string"){
const err10 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
let data8 = data.url;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.expiredAt !== undefined){
let data9 = data.expiredAt;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err13 = {instancePath:instancePath+"/expiredAt",schemaPath:"#/properties/expiredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/expiredAt",schemaPath:"#/properties/expiredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.reason !== undefined){
let data10 = data.reason;
if(typeof data10 !== "string"){
const err15 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data10 === "expired") || (data10 === "sla-breached"))){
const err16 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema221.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3175:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate106;
module.exports["default"] = validate106;
const schema222 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.rejected.schema.json","type":"object","properties":{"exceptionId":{"type":"string"},"plugin":{"type":"string","minLength":1,"maxLength":200},"versionRange":{"type":"string"},"tenants":{"type":"array","items":{"type":"string","minLength":1}},"waivedCodes":{"type":"array","items":{"type":"string"}},"requester":{"type":"string"},"url":{"type":"string","format":"uri"},"rejectedBy":{"type":"string"},"reason":{"type":"string"}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/compat.exception.rejected.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exceptionId !== undefined){
if(typeof data.exceptionId !== "string"){
const err0 = {instancePath:instancePath+"/exceptionId",schemaPath:"#/properties/exceptionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.versionRange !== undefined){
if(typeof data.versionRange !== "string"){
const err4 = {instancePath:instancePath+"/versionRange",schemaPath:"#/properties/versionRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err5 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.waivedCodes !== undefined){
let data5 = data.waivedCodes;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err8 = {instancePath:instancePath+"/waivedCodes/" + i1,schemaPath:"#/properties/waivedCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/waivedCodes",schemaPath:"#/properties/waivedCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.requester !== undefined){
if(typeof data.requester !== "string"){
const err10 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
let data8 = data.url;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rejectedBy !== undefined){
if(typeof data.rejectedBy !== "string"){
const err13 = {instancePath:instancePath+"/rejectedBy",schemaPath:"#/properties/rejectedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err14 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3569:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate107;
module.exports["default"] = validate107;
const schema223 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.requested.schema.json","type":"object","properties":{"exceptionId":{"type":"string"},"plugin":{"type":"string","minLength":1,"maxLength":200},"versionRange":{"type":"string"},"tenants":{"type":"array","items":{"type":"string","minLength":1}},"waivedCodes":{"type":"array","items":{"type":"string"}},"requester":{"type":"string"},"url":{"type":"string","format":"uri"},"slaHours":{"type":"number"},"risk":{"type":"string"}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/compat.exception.requested.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exceptionId !== undefined){
if(typeof data.exceptionId !== "string"){
const err0 = {instancePath:instancePath+"/exceptionId",schemaPath:"#/properties/exceptionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.plugin !== undefined){
let data1 = data.plugin;
if(typeof data1 === "string"){
if(func3(data1) > 200){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.versionRange !== undefined){
if(typeof data.versionRange !== "string"){
const err4 = {instancePath:instancePath+"/versionRange",schemaPath:"#/properties/versionRange/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err5 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.waivedCodes !== undefined){
let data5 = data.waivedCodes;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err8 = {instancePath:instancePath+"/waivedCodes/" + i1,schemaPath:"#/properties/waivedCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/waivedCodes",schemaPath:"#/properties/waivedCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.requester !== undefined){
if(typeof data.requester !== "string"){
const err10 = {instancePath:instancePath+"/requester",schemaPath:"#/properties/requester/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.url !== undefined){
let data8 = data.url;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err11 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.slaHours !== undefined){
let data9 = data.slaHours;
if(!((typeof data9 == "number") && (isFinite(data9)))){
const err13 = {instancePath:instancePath+"/slaHours",schemaPath:"#/properties/slaHours/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.risk !== undefined){
if(typeof data.risk !== "string"){
const err14 = {instancePath:instancePath+"/risk",schemaPath:"#/properties/risk/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 4781:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate108;
module.exports["default"] = validate108;
const schema224 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/event.delivery.failed.schema.json","type":"object","required":["reason","subscriber"],"properties":{"reason":{"type":"string","enum":["exhausted","rejected","subscriber-gone","failure-rate","signature-rejected","latency"]},"subscriber":{"type":"string","minLength":1},"state":{"type":"string","enum":["firing","resolved"]},"eventId":{"type":"string"},"eventType":{"type":"string"},"attempts":{"type":"integer","minimum":0},"lastStatus":{"type":["integer","null"]},"lastError":{"type":"string"},"window":{"type":"string"},"failureRate":{"type":"number","minimum":0,"maximum":1},"latencyP95Ms":{"type":"number","minimum":0},"threshold":{"type":"number"}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/event.delivery.failed.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate108.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reason === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.subscriber === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subscriber"},message:"must have required property '"+"subscriber"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason !== undefined){
let data0 = data.reason;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((data0 === "exhausted") || (data0 === "rejected")) || (data0 === "subscriber-gone")) || (data0 === "failure-rate")) || (data0 === "signature-rejected")) || (data0 === "latency"))){
const err3 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema224.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.subscriber !== undefined){
let data1 = data.subscriber;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/subscriber",schemaPath:"#/properties/subscriber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/subscriber",schemaPath:"#/properties/subscriber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.state !== undefined){
let data2 = data.state;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data2 === "firing") || (data2 === "resolved"))){
const err7 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema224.properties.state.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.eventId !== undefined){
if(typeof data.eventId !== "string"){
const err8 = {instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.eventType !== undefined){
if(typeof data.eventType !== "string"){
const err9 = {instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.attempts !== undefined){
let data5 = data.attempts;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/attempts",schemaPath:"#/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.lastStatus !== undefined){
let data6 = data.lastStatus;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (data6 !== null)){
const err12 = {instancePath:instancePath+"/lastStatus",schemaPath:"#/properties/lastStatus/type",keyword:"type",params:{type: schema224.properties.lastStatus.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.lastError !== undefined){
if(typeof data.lastError !== "string"){
const err13 = {instancePath:instancePath+"/lastError",schemaPath:"#/properties/lastError/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.window !== undefined){
if(typeof data.window !== "string"){
const err14 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.failureRate !== undefined){
let data9 = data.failureRate;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/failureRate",schemaPath:"#/properties/failureRate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err16 = {instancePath:instancePath+"/failureRate",schemaPath:"#/properties/failureRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/failureRate",schemaPath:"#/properties/failureRate/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.latencyP95Ms !== undefined){
let data10 = data.latencyP95Ms;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/latencyP95Ms",schemaPath:"#/properties/latencyP95Ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/latencyP95Ms",schemaPath:"#/properties/latencyP95Ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.threshold !== undefined){
let data11 = data.threshold;
if(!((typeof data11 == "number") && (isFinite(data11)))){
const err20 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate108.errors = vErrors;
return errors === 0;
}
validate108.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 4084:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate109;
module.exports["default"] = validate109;
const schema225 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/plugin.release.published.schema.json","type":"object","required":["plugin","version"],"properties":{"plugin":{"type":"string","minLength":1,"maxLength":200},"version":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},"tag":{"type":"string"},"commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"releaseUrl":{"type":"string","format":"uri"},"changelogUrl":{"type":"string","format":"uri"},"channel":{"type":"string","enum":["stable","lts","prerelease"]},"tenants":{"type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern109 = new RegExp("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");
const pattern111 = new RegExp("^[0-9a-f]{7,64}$", "u");
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/plugin.release.published.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plugin"},message:"must have required property '"+"plugin"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(!pattern109.test(data1)){
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tag !== undefined){
if(typeof data.tag !== "string"){
const err7 = {instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.commit !== undefined){
let data3 = data.commit;
if(typeof data3 === "string"){
if(!pattern111.test(data3)){
const err8 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.releaseUrl !== undefined){
let data4 = data.releaseUrl;
if(typeof data4 === "string"){
if(!(formats4(data4))){
const err10 = {instancePath:instancePath+"/releaseUrl",schemaPath:"#/properties/releaseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/releaseUrl",schemaPath:"#/properties/releaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.changelogUrl !== undefined){
let data5 = data.changelogUrl;
if(typeof data5 === "string"){
if(!(formats4(data5))){
const err12 = {instancePath:instancePath+"/changelogUrl",schemaPath:"#/properties/changelogUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/changelogUrl",schemaPath:"#/properties/changelogUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.channel !== undefined){
let data6 = data.channel;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data6 === "stable") || (data6 === "lts")) || (data6 === "prerelease"))){
const err15 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/enum",keyword:"enum",params:{allowedValues: schema225.properties.channel.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.tenants !== undefined){
let data7 = data.tenants;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err16 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 1552:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate110;
module.exports["default"] = validate110;
const schema226 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/plugin.upgrade.batch.completed.schema.json","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200},"fromVersion":{"type":"string"},"toVersion":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},"batch":{"type":"integer","minimum":1},"batches":{"type":"integer","minimum":1},"tenants":{"type":"array","items":{"type":"string","minLength":1}},"succeeded":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"verdict":{"type":"string","enum":["pass","fail","inconclusive"]}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern109 = new RegExp("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/plugin.upgrade.batch.completed.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err0 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fromVersion !== undefined){
if(typeof data.fromVersion !== "string"){
const err3 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/properties/fromVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.toVersion !== undefined){
let data2 = data.toVersion;
if(typeof data2 === "string"){
if(!pattern109.test(data2)){
const err4 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.batch !== undefined){
let data3 = data.batch;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/batch",schemaPath:"#/properties/batch/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/batch",schemaPath:"#/properties/batch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.batches !== undefined){
let data4 = data.batches;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/batches",schemaPath:"#/properties/batches/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/batches",schemaPath:"#/properties/batches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.tenants !== undefined){
let data5 = data.tenants;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err10 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.succeeded !== undefined){
let data7 = data.succeeded;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err13 = {instancePath:instancePath+"/succeeded",schemaPath:"#/properties/succeeded/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/succeeded",schemaPath:"#/properties/succeeded/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.failed !== undefined){
let data8 = data.failed;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err15 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.verdict !== undefined){
let data9 = data.verdict;
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data9 === "pass") || (data9 === "fail")) || (data9 === "inconclusive"))){
const err18 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema226.properties.verdict.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 8041:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate111;
module.exports["default"] = validate111;
const schema227 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/plugin.upgrade.rolled_back.schema.json","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200},"fromVersion":{"type":"string"},"toVersion":{"type":"string"},"tenants":{"type":"array","items":{"type":"string","minLength":1}},"trigger":{"type":"string","enum":["automatic","manual"]},"reasons":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["message"],"properties":{"code":{"type":"string"},"message":{"type":"string","minLength":1}},"additionalProperties":true}]}}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/plugin.upgrade.rolled_back.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err0 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.fromVersion !== undefined){
if(typeof data.fromVersion !== "string"){
const err3 = {instancePath:instancePath+"/fromVersion",schemaPath:"#/properties/fromVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.toVersion !== undefined){
if(typeof data.toVersion !== "string"){
const err4 = {instancePath:instancePath+"/toVersion",schemaPath:"#/properties/toVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.tenants !== undefined){
let data3 = data.tenants;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err5 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tenants/" + i0,schemaPath:"#/properties/tenants/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.trigger !== undefined){
let data5 = data.trigger;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data5 === "automatic") || (data5 === "manual"))){
const err9 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/enum",keyword:"enum",params:{allowedValues: schema227.properties.trigger.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reasons !== undefined){
let data6 = data.reasons;
if(Array.isArray(data6)){
if(data6.length < 1){
const err10 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs17 = errors;
let valid5 = false;
let passing0 = null;
const _errs18 = errors;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err11 = {instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/properties/reasons/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/properties/reasons/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs18 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs20 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.message === undefined){
const err13 = {instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/properties/reasons/items/oneOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7.code !== undefined){
if(typeof data7.code !== "string"){
const err14 = {instancePath:instancePath+"/reasons/" + i1+"/code",schemaPath:"#/properties/reasons/items/oneOf/1/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.message !== undefined){
let data9 = data7.message;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err15 = {instancePath:instancePath+"/reasons/" + i1+"/message",schemaPath:"#/properties/reasons/items/oneOf/1/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/reasons/" + i1+"/message",schemaPath:"#/properties/reasons/items/oneOf/1/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/properties/reasons/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err18 = {instancePath:instancePath+"/reasons/" + i1,schemaPath:"#/properties/reasons/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 6801:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate112;
module.exports["default"] = validate112;
const schema228 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/publish.pipeline.blocked.schema.json","type":"object","required":["reasons"],"properties":{"plugin":{"type":"string","minLength":1,"maxLength":200},"version":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},"stage":{"type":"string"},"reasons":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["message"],"properties":{"code":{"type":"string"},"message":{"type":"string","minLength":1}},"additionalProperties":true}]}},"reports":{"type":"array","items":{"type":"object","required":["url"],"properties":{"name":{"type":"string"},"url":{"type":"string","format":"uri"}},"additionalProperties":true}},"submitter":{"type":"string"}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern109 = new RegExp("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");
const formats4 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/publish.pipeline.blocked.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.reasons === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(!pattern109.test(data1)){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.stage !== undefined){
if(typeof data.stage !== "string"){
const err6 = {instancePath:instancePath+"/stage",schemaPath:"#/properties/stage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.reasons !== undefined){
let data3 = data.reasons;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs11 = errors;
let valid3 = false;
let passing0 = null;
const _errs12 = errors;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err8 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.message === undefined){
const err10 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.code !== undefined){
if(typeof data4.code !== "string"){
const err11 = {instancePath:instancePath+"/reasons/" + i0+"/code",schemaPath:"#/properties/reasons/items/oneOf/1/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.message !== undefined){
let data6 = data4.message;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err12 = {instancePath:instancePath+"/reasons/" + i0+"/message",schemaPath:"#/properties/reasons/items/oneOf/1/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/reasons/" + i0+"/message",schemaPath:"#/properties/reasons/items/oneOf/1/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err15 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.reports !== undefined){
let data7 = data.reports;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.url === undefined){
const err17 = {instancePath:instancePath+"/reports/" + i1,schemaPath:"#/properties/reports/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err18 = {instancePath:instancePath+"/reports/" + i1+"/name",schemaPath:"#/properties/reports/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.url !== undefined){
let data10 = data8.url;
if(typeof data10 === "string"){
if(!(formats4(data10))){
const err19 = {instancePath:instancePath+"/reports/" + i1+"/url",schemaPath:"#/properties/reports/items/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/reports/" + i1+"/url",schemaPath:"#/properties/reports/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/reports/" + i1,schemaPath:"#/properties/reports/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/reports",schemaPath:"#/properties/reports/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.submitter !== undefined){
if(typeof data.submitter !== "string"){
const err23 = {instancePath:instancePath+"/submitter",schemaPath:"#/properties/submitter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ }),

/***/ 3289:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by scripts/compile-schemas.mjs. Do not edit.

module.exports = validate113;
module.exports["default"] = validate113;
const schema229 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/version.recommendation.created.schema.json","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200},"currentVersion":{"type":"string"},"recommendedVersion":{"type":"string","pattern":"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},"priority":{"type":"string","enum":["critical","high","medium","low"]},"reasons":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["message"],"properties":{"code":{"type":"string"},"message":{"type":"string","minLength":1}},"additionalProperties":true}]}}},"additionalProperties":true};
const func3 = (__webpack_require__(6214)/* ["default"] */ .A);
const pattern109 = new RegExp("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://powerx.dev/schemas/events/version.recommendation.created.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.plugin !== undefined){
let data0 = data.plugin;
if(typeof data0 === "string"){
if(func3(data0) > 200){
const err0 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/plugin",schemaPath:"#/properties/plugin/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.currentVersion !== undefined){
if(typeof data.currentVersion !== "string"){
const err3 = {instancePath:instancePath+"/currentVersion",schemaPath:"#/properties/currentVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.recommendedVersion !== undefined){
let data2 = data.recommendedVersion;
if(typeof data2 === "string"){
if(!pattern109.test(data2)){
const err4 = {instancePath:instancePath+"/recommendedVersion",schemaPath:"#/properties/recommendedVersion/pattern",keyword:"pattern",params:{pattern: "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/recommendedVersion",schemaPath:"#/properties/recommendedVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.priority !== undefined){
let data3 = data.priority;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data3 === "critical") || (data3 === "high")) || (data3 === "medium")) || (data3 === "low"))){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/enum",keyword:"enum",params:{allowedValues: schema229.properties.priority.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reasons !== undefined){
let data4 = data.reasons;
if(Array.isArray(data4)){
if(data4.length < 1){
const err8 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs13 = errors;
let valid3 = false;
let passing0 = null;
const _errs14 = errors;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err9 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs16 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.message === undefined){
const err11 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/1/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err12 = {instancePath:instancePath+"/reasons/" + i0+"/code",schemaPath:"#/properties/reasons/items/oneOf/1/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.message !== undefined){
let data7 = data5.message;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err13 = {instancePath:instancePath+"/reasons/" + i0+"/message",schemaPath:"#/properties/reasons/items/oneOf/1/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/reasons/" + i0+"/message",schemaPath:"#/properties/reasons/items/oneOf/1/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err16 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/properties/reasons/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ })

};
