export const id = 511;
export const ids = [511];
export const modules = {

/***/ 4511:
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
// EXTERNAL MODULE: ./packages/core/src/config/validators/events.generated.cjs
var events_generated = __webpack_require__(3543);
var events_generated_default = /*#__PURE__*/__webpack_require__.n(events_generated);
// EXTERNAL MODULE: ./packages/core/src/config/validate.ts
var validate = __webpack_require__(68);
;// CONCATENATED MODULE: ./packages/core/src/events/catalog.ts



const schemas = (0,validate/* precompiledSchemaSet */.gS)((events_generated_default()));
/** Event schemas live in config/events/schemas/ and are precompiled with the configuration schemas (scripts/compile-schemas.mjs). */
const EVENTS_BASE = 'https://powerx.dev/schemas/events/';
const ENVELOPE_SCHEMA_ID = `${EVENTS_BASE}cloudevent.schema.json`;
const schemaIdByType = new Map(Object.keys((events_generated_default()))
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
    const issues = stripFakePositions(schemas.validator(id)(source));
    return pointerPrefix ? issues.map((i) => ({ ...i, pointer: `${pointerPrefix}${i.pointer ?? ''}` })) : issues;
}
/** Validates a whole envelope (for envelopes read back from a delivery log) and its data. */
function checkEnvelope(source) {
    const issues = stripFakePositions(schemas.validator(ENVELOPE_SCHEMA_ID)(source));
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
// EXTERNAL MODULE: ./packages/core/src/events/duration.ts
var duration = __webpack_require__(4143);
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
            timeoutMs: (0,duration/* parseDuration */.E)(s.timeout ?? d.timeout),
            retry: { scheduleMs: retry.schedule.map(duration/* parseDuration */.E), maxAttempts: retry.maxAttempts, stepBudgetMs: (0,duration/* parseDuration */.E)(retry.stepBudget) },
            rateLimit: { perSecond: rate.perSecond, burst: rate.burst ?? 1 },
            circuitBreaker: { failureThreshold: d.circuitBreaker.failureThreshold, cooldownMs: (0,duration/* parseDuration */.E)(d.circuitBreaker.cooldown) },
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
            windowMs: (0,duration/* parseDuration */.E)(a.window),
            minAttempts: a.minAttempts,
            latencyMs: (0,duration/* parseDuration */.E)(a.latency),
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
    const window = (0,duration/* formatDuration */.a)(thresholds.windowMs);
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
            decide(subscriber, 'latency', p95 > thresholds.latencyMs, p95, thresholds.latencyMs, `p95 delivery latency to ${subscriber} is ${(0,duration/* formatDuration */.a)(p95)} in ${window} (threshold ${(0,duration/* formatDuration */.a)(thresholds.latencyMs)})`);
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
