export const id = 511;
export const ids = [511];
export const modules = {

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ foldDeliveries),
/* harmony export */   Kj: () => (/* binding */ parseDeliveryLog),
/* harmony export */   eQ: () => (/* binding */ disabledSubscribers),
/* harmony export */   ui: () => (/* binding */ deliveryKey)
/* harmony export */ });
/* unused harmony exports serializeLogRecords, eventsById, filterAttempts, filterDeliveries */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _audit_jsonl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8339);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3755);



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
    for (const line of (0,_audit_jsonl_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonLines */ .L)(text)) {
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
            const envelopeIssues = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEnvelope */ .$6)({ file, value: value.envelope, locate: () => ({ line: line.line, column: 1 }) });
            if (envelopeIssues.length > 0) {
                issues.push(...envelopeIssues.map((i) => ({ ...i, line: line.line, column: undefined, pointer: `/envelope${i.pointer ?? ''}` })));
                continue;
            }
        }
        records.push(value);
    }
    if (issues.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(issues);
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


/***/ }),

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileDeliveryLog: () => (/* binding */ FileDeliveryLog),
/* harmony export */   MemoryDeliveryLog: () => (/* binding */ MemoryDeliveryLog),
/* harmony export */   readDeliveryLogs: () => (/* binding */ readDeliveryLogs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _powerx_core_events_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1601);




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
 * Appends to a JSON-lines file through one stream (records reach the file as they happen, in order).
 * A file that already exists is continued, so every step of a job, and a re-run that downloaded the
 * earlier log, writes one log.
 */
class FileDeliveryLog {
    path;
    records = [];
    stream;
    failed;
    constructor(path) {
        this.path = path;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        const cutOff = endsWithoutNewline(path);
        this.stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, { flags: 'a' });
        this.stream.on('error', (error) => (this.failed = error));
        // A line cut off by an earlier crash stays alone on its line; readers skip it.
        if (cutOff)
            this.stream.write('\n');
    }
    append(record) {
        if (this.failed)
            throw this.failed;
        this.records.push(record);
        this.stream.write(`${JSON.stringify(record)}\n`);
    }
    close() {
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
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT' && options.optional)
                continue;
            throw error;
        }
        const parsed = (0,_powerx_core_events_log_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDeliveryLog */ .Kj)(text, path);
        records.push(...parsed.records);
        warnings.push(...parsed.warnings);
    }
    return { records, warnings };
}
function endsWithoutNewline(path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        if (size === 0)
            return false;
        const last = Buffer.alloc(1);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, last, 0, 1, size - 1);
        return last[0] !== 0x0a;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ })

};
