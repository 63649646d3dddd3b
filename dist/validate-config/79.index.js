export const id = 79;
export const ids = [79];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


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



/***/ })

};
