export const id = 403;
export const ids = [403];
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


/***/ })

};
