export const id = 403;
export const ids = [403];
export const modules = {

/***/ 3755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $6: () => (/* binding */ checkEnvelope),
  P5: () => (/* binding */ checkEventData),
  tU: () => (/* binding */ dataSchemaFor),
  iE: () => (/* binding */ inMemorySource)
});

// UNUSED EXPORTS: ENVELOPE_SCHEMA_ID, EVENT_TYPES

;// CONCATENATED MODULE: ./config/events/schemas/cloudevent.schema.json
const cloudevent_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/cloudevent.schema.json","title":"PowerX release event envelope","description":"A CloudEvents 1.0 event in structured JSON mode, as the suite sends it: the required context attributes, the optional ones it always sets, and the extensions tenantid, idempotencykey and tags. The data is described by the schema named in dataschema.","type":"object","required":["specversion","id","source","type","subject","time","datacontenttype","dataschema","idempotencykey","data"],"additionalProperties":false,"properties":{"specversion":{"const":"1.0","description":"CloudEvents version."},"id":{"type":"string","pattern":"^evt_[0-9a-z]{26}$","description":"Stable id derived from the idempotency key: the same across retries, redrives and replays. Sent as webhook-id."},"source":{"type":"string","format":"uri-reference","minLength":1,"description":"The emitting repository and workflow run (https://github.com/<owner>/<repo>/actions/runs/<id>), or urn:powerx:... outside Actions."},"type":{"type":"string","pattern":"^[a-z][a-z0-9_]*(\\\\.[a-z][a-z0-9_]*)+$","maxLength":100,"description":"Dotted event type."},"subject":{"type":"string","pattern":"^\\\\S+$","maxLength":200,"description":"What the event is about, by convention <plugin>@<version>."},"time":{"type":"string","format":"date-time","description":"When the event occurred (kept on redrive and replay)."},"datacontenttype":{"const":"application/json","description":"Data is JSON."},"dataschema":{"type":"string","format":"uri","description":"The JSON Schema of the data for this type."},"tenantid":{"type":"string","minLength":1,"description":"Tenant the event concerns; absent for events of no single tenant."},"idempotencykey":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 of the logical event: type, subject, tenant, source repository, workflow run id (not the attempt) and an optional discriminator."},"tags":{"type":"string","description":"Comma-separated tags the event was published with (subscription filters match them)."},"data":{"type":"object","description":"Event data; see dataschema."}}}');
;// CONCATENATED MODULE: ./config/events/schemas/compat.check.blocked.schema.json
const compat_check_blocked_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.check.blocked.schema.json","title":"PowerX event compat.check.blocked","description":"An install or upgrade was blocked by the compatibility guard.","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"version":{"type":"string","pattern":"^v?[0-9]+\\\\.[0-9]+\\\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"Target version."},"fromVersion":{"type":"string","description":"Installed version, for an upgrade."},"operation":{"type":"string","enum":["install","upgrade"],"description":"What was attempted."},"conflicts":{"type":"array","items":{"type":"object","required":["code"],"properties":{"code":{"type":"string"},"message":{"type":"string"}},"additionalProperties":true},"description":"Each conflict with its code and explanation."},"reportUrl":{"type":"string","format":"uri","description":"The compatibility report."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/compat.exception.approved.schema.json
const compat_exception_approved_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.approved.schema.json","title":"PowerX event compat.exception.approved","description":"A compatibility exception was approved; the covered operations may run under its monitoring profile.","type":"object","properties":{"exceptionId":{"type":"string","description":"Id of the exception request or record."},"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"versionRange":{"type":"string","description":"Versions the exception covers."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."},"waivedCodes":{"type":"array","items":{"type":"string"},"description":"Conflict codes the exception waives."},"requester":{"type":"string","description":"GitHub login of the requester."},"url":{"type":"string","format":"uri","description":"The run or issue where the request is decided."},"approvers":{"type":"array","items":{"type":"string"},"description":"Who approved, per stage."},"expiresAt":{"type":"string","format":"date-time","description":"When the exception lapses."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/compat.exception.expired.schema.json
const compat_exception_expired_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.expired.schema.json","title":"PowerX event compat.exception.expired","description":"A compatibility exception expired (or its request passed the SLA undecided).","type":"object","properties":{"exceptionId":{"type":"string","description":"Id of the exception request or record."},"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"versionRange":{"type":"string","description":"Versions the exception covers."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."},"waivedCodes":{"type":"array","items":{"type":"string"},"description":"Conflict codes the exception waives."},"requester":{"type":"string","description":"GitHub login of the requester."},"url":{"type":"string","format":"uri","description":"The run or issue where the request is decided."},"expiredAt":{"type":"string","format":"date-time","description":"When it expired."},"reason":{"type":"string","enum":["expired","sla-breached"],"description":"Lapsed after approval, or undecided past its SLA."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/compat.exception.rejected.schema.json
const compat_exception_rejected_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.rejected.schema.json","title":"PowerX event compat.exception.rejected","description":"A compatibility exception was rejected; the operations stay blocked.","type":"object","properties":{"exceptionId":{"type":"string","description":"Id of the exception request or record."},"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"versionRange":{"type":"string","description":"Versions the exception covers."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."},"waivedCodes":{"type":"array","items":{"type":"string"},"description":"Conflict codes the exception waives."},"requester":{"type":"string","description":"GitHub login of the requester."},"url":{"type":"string","format":"uri","description":"The run or issue where the request is decided."},"rejectedBy":{"type":"string","description":"Who rejected it."},"reason":{"type":"string","description":"Why."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/compat.exception.requested.schema.json
const compat_exception_requested_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/compat.exception.requested.schema.json","title":"PowerX event compat.exception.requested","description":"A compatibility exception was requested and waits for its approval chain.","type":"object","properties":{"exceptionId":{"type":"string","description":"Id of the exception request or record."},"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"versionRange":{"type":"string","description":"Versions the exception covers."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."},"waivedCodes":{"type":"array","items":{"type":"string"},"description":"Conflict codes the exception waives."},"requester":{"type":"string","description":"GitHub login of the requester."},"url":{"type":"string","format":"uri","description":"The run or issue where the request is decided."},"slaHours":{"type":"number","description":"Hours the chain has to decide."},"risk":{"type":"string","description":"The requester\'s risk explanation."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/event.delivery.failed.schema.json
const event_delivery_failed_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/event.delivery.failed.schema.json","title":"PowerX event event.delivery.failed","description":"Delivery of an event to a subscriber failed for good, a subscriber was disabled, or a delivery alert threshold was crossed (failure rate, signature complaints, latency).","type":"object","required":["reason","subscriber"],"properties":{"reason":{"type":"string","enum":["exhausted","rejected","subscriber-gone","failure-rate","signature-rejected","latency"],"description":"exhausted: every retry failed; rejected: a permanent failure (4xx, 3xx, payload too large); subscriber-gone: 410, the subscriber is disabled; the others are alerts."},"subscriber":{"type":"string","minLength":1,"description":"The subscriber the failure concerns."},"state":{"type":"string","enum":["firing","resolved"],"description":"For alerts: firing (the default when absent), or resolved once the condition has cleared."},"eventId":{"type":"string","description":"The event that could not be delivered."},"eventType":{"type":"string","description":"Its type."},"attempts":{"type":"integer","minimum":0,"description":"Attempts made."},"lastStatus":{"type":["integer","null"],"description":"HTTP status of the last attempt (null for a network error)."},"lastError":{"type":"string","description":"Error of the last attempt."},"window":{"type":"string","description":"Alert window, e.g. 5m."},"failureRate":{"type":"number","minimum":0,"maximum":1,"description":"Failed attempts / attempts in the window."},"latencyP95Ms":{"type":"number","minimum":0,"description":"p95 publish-to-delivery latency in the window."},"threshold":{"type":"number","description":"The threshold that was crossed."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/plugin.release.published.schema.json
const plugin_release_published_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/plugin.release.published.schema.json","title":"PowerX event plugin.release.published","description":"A plugin version was released (tag locked, release published) and is available to tenants.","type":"object","required":["plugin","version"],"properties":{"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"version":{"type":"string","pattern":"^v?[0-9]+\\\\.[0-9]+\\\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"The released version (semver)."},"tag":{"type":"string","description":"Git tag of the release."},"commit":{"type":"string","pattern":"^[0-9a-f]{7,64}$","description":"Commit the release was built from."},"releaseUrl":{"type":"string","format":"uri","description":"The GitHub release or catalog page."},"changelogUrl":{"type":"string","format":"uri","description":"Changelog of this version."},"channel":{"type":"string","enum":["stable","lts","prerelease"],"description":"Release channel."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/plugin.upgrade.batch.completed.schema.json
const plugin_upgrade_batch_completed_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/plugin.upgrade.batch.completed.schema.json","title":"PowerX event plugin.upgrade.batch.completed","description":"A batch of a grey rollout finished (upgraded and analysed).","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"fromVersion":{"type":"string","description":"Version before the upgrade."},"toVersion":{"type":"string","pattern":"^v?[0-9]+\\\\.[0-9]+\\\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"Version rolled out."},"batch":{"type":"integer","minimum":1,"description":"Batch number, from 1."},"batches":{"type":"integer","minimum":1,"description":"Number of batches in the rollout."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."},"succeeded":{"type":"integer","minimum":0,"description":"Tenants upgraded successfully."},"failed":{"type":"integer","minimum":0,"description":"Tenants whose upgrade failed."},"verdict":{"type":"string","enum":["pass","fail","inconclusive"],"description":"Analysis result of the batch."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/plugin.upgrade.rolled_back.schema.json
const plugin_upgrade_rolled_back_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/plugin.upgrade.rolled_back.schema.json","title":"PowerX event plugin.upgrade.rolled_back","description":"A rollout was rolled back, automatically or by a dispatch.","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"fromVersion":{"type":"string","description":"Version that was rolled back."},"toVersion":{"type":"string","description":"Version restored."},"tenants":{"type":"array","items":{"type":"string","minLength":1},"description":"Tenant ids concerned."},"trigger":{"type":"string","enum":["automatic","manual"],"description":"Rolled back by the analysis or by a person."},"reasons":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["message"],"properties":{"code":{"type":"string"},"message":{"type":"string","minLength":1}},"additionalProperties":true}]},"description":"Why it was rolled back."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/publish.pipeline.blocked.schema.json
const publish_pipeline_blocked_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/publish.pipeline.blocked.schema.json","title":"PowerX event publish.pipeline.blocked","description":"A stage of the release pipeline failed; the version cannot be approved or tagged until it passes.","type":"object","required":["reasons"],"properties":{"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"version":{"type":"string","pattern":"^v?[0-9]+\\\\.[0-9]+\\\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"The version that was blocked."},"stage":{"type":"string","description":"The stage that failed (tests, coverage, security, approval, ...)."},"reasons":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["message"],"properties":{"code":{"type":"string"},"message":{"type":"string","minLength":1}},"additionalProperties":true}]},"description":"Why the pipeline is blocked: codes and messages."},"reports":{"type":"array","description":"Reports and pages a reader can follow.","items":{"type":"object","required":["url"],"properties":{"name":{"type":"string"},"url":{"type":"string","format":"uri"}},"additionalProperties":true}},"submitter":{"type":"string","description":"GitHub login of the submitter."}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./config/events/schemas/version.recommendation.created.schema.json
const version_recommendation_created_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://powerx.dev/schemas/events/version.recommendation.created.schema.json","title":"PowerX event version.recommendation.created","description":"Version governance recommends an upgrade for a tenant\'s plugin.","type":"object","properties":{"plugin":{"type":"string","minLength":1,"maxLength":200,"description":"Plugin id."},"currentVersion":{"type":"string","description":"Installed version."},"recommendedVersion":{"type":"string","pattern":"^v?[0-9]+\\\\.[0-9]+\\\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\\\+[0-9A-Za-z.-]+)?$","description":"Recommended version."},"priority":{"type":"string","enum":["critical","high","medium","low"],"description":"How urgent."},"reasons":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"string","minLength":1},{"type":"object","required":["message"],"properties":{"code":{"type":"string"},"message":{"type":"string","minLength":1}},"additionalProperties":true}]},"description":"Advisories, end of support, and other reasons."}},"additionalProperties":true}');
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/config/validate.ts
var validate = __webpack_require__(68);
;// CONCATENATED MODULE: ./packages/core/src/events/catalog.ts














const DATA_SCHEMAS = [
    plugin_release_published_schema_namespaceObject,
    publish_pipeline_blocked_schema_namespaceObject,
    event_delivery_failed_schema_namespaceObject,
    compat_check_blocked_schema_namespaceObject,
    compat_exception_requested_schema_namespaceObject,
    compat_exception_approved_schema_namespaceObject,
    compat_exception_rejected_schema_namespaceObject,
    compat_exception_expired_schema_namespaceObject,
    plugin_upgrade_batch_completed_schema_namespaceObject,
    plugin_upgrade_rolled_back_schema_namespaceObject,
    version_recommendation_created_schema_namespaceObject,
];
/** `https://powerx.dev/schemas/events/<type>.schema.json` -> `<type>`. */
function typeOf(schema) {
    return schema.$id.split('/').pop().replace(/\.schema\.json$/, '');
}
/** Every event type the suite sends, each with a JSON Schema for its data under config/events/schemas/. */
const EVENT_TYPES = DATA_SCHEMAS.map(typeOf);
const ENVELOPE_SCHEMA_ID = cloudevent_schema_namespaceObject.$id;
const schemaIdByType = new Map(DATA_SCHEMAS.map((s) => [typeOf(s), s.$id]));
/** The `dataschema` URI for a type. Throws a ConfigError for an unknown type. */
function dataSchemaFor(type, where = {}) {
    const id = schemaIdByType.get(type);
    if (!id) {
        throw errors/* ConfigError */.xL.single(`unknown event type "${type}"; known types: ${EVENT_TYPES.join(', ')}`, { ...where, pointer: where.pointer ?? '/type' }, 'unknown-event-type');
    }
    return id;
}
let schemas;
function eventSchemas() {
    schemas ??= (0,validate/* createSchemaSet */.Y)([cloudevent_schema_namespaceObject, ...DATA_SCHEMAS]);
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
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3755);




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
