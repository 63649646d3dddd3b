/**
 * A generic OpenAPI 3.0/3.1 request and response checker.
 *
 * Indexing is cheap (path templates only); schemas are converted and compiled with ajv the first time an operation
 * is checked, and cached, so a large description (GitHub's: 13 MB, 811 paths) costs only what is exercised.
 * Errors are plain strings that start with the location: `body/reviewers/0/type: must be one of "User", "Team"`,
 * `query/per_page: must be integer`, `path/run_id: must be integer`, `status: 418 is not a documented response`.
 */
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { deref, isObject, type JsonObject } from './document-refs.js';
import { PathIndex, compilePathTemplate, splitPath } from './path-match.js';
import { SchemaConverter, type Dialect, type Direction } from './schema-convert.js';

export interface OpenApiCheckerOptions {
  /**
   * Path prefixes stripped from a request path before matching (`/api/v3`, `/v1`). Default: the path part of every
   * document-level `servers` URL. A path that does not match once stripped is also tried as is.
   */
  basePaths?: string[];
  /** Validate `format` (date-time, uri, email, ...). Default true. Unknown formats are always accepted. */
  validateFormats?: boolean;
  /** At most this many messages per check. Default 20. */
  maxErrors?: number;
}

export interface MatchedOperation {
  /** Lower-case method of the matched operation (`head` falls back to `get`). */
  method: string;
  /** The path template as written in the description, e.g. `/repos/{owner}/{repo}/git/ref/{ref}`. */
  path: string;
  operationId: string | undefined;
  operation: Readonly<JsonObject>;
  /** Percent-decoded path parameters; a multi-segment parameter keeps its slashes. */
  params: Record<string, string>;
  /** Query parameters; a repeated key gives an array. */
  query: Record<string, string | string[]>;
}

export type HeaderBag = Record<string, unknown>;

export interface RequestParts {
  /** Defaults to the params of the match. */
  params?: Record<string, string>;
  /** Defaults to the query of the match. */
  query?: Record<string, string | string[]>;
  headers?: HeaderBag;
  /** The parsed body (a JSON value), a Buffer/Uint8Array for binary bodies, or undefined when there is none. */
  body?: unknown;
}

export interface OpenApiChecker {
  readonly version: string;
  match(method: string, pathWithQuery: string): MatchedOperation | undefined;
  checkRequest(op: MatchedOperation, request: RequestParts): string[];
  checkResponse(op: MatchedOperation, status: number, headers: HeaderBag | undefined, body: unknown): string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface OperationEntry {
  method: string;
  path: string;
  operationId: string | undefined;
  operation: JsonObject;
  parameters: JsonObject[];
  requestBody: JsonObject | undefined;
  responses: JsonObject;
  validators: Map<string, ValidateFunction | Error>;
}

type Ajvish = InstanceType<typeof Ajv> | InstanceType<typeof Ajv2020>;

// ajv-formats is CommonJS; under NodeNext its default import is the module object, under a bundler the function.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajvish) => void;

/** Patterns are tried with the `u` flag first; descriptions written for other regex engines fall back to plain mode. */
const lenientRegExp = Object.assign(
  (pattern: string, flags: string) => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'lenientRegExp' },
);

export function createOpenApiChecker(document: object, options: OpenApiCheckerOptions = {}): OpenApiChecker {
  const doc = document as JsonObject;
  const version = typeof doc.openapi === 'string' ? doc.openapi : '';
  if (!/^3\.[01]\./.test(version)) throw new Error(`unsupported OpenAPI version '${version || 'missing'}' (3.0.x or 3.1.x expected)`);
  const dialect: Dialect = version.startsWith('3.0') ? 'oas30' : 'oas31';
  const maxErrors = options.maxErrors ?? 20;
  const basePaths = (options.basePaths ?? serverBasePaths(doc)).map((p) => p.replace(/\/+$/, '')).filter((p) => p !== '');

  const index = new PathIndex<Map<string, OperationEntry>>();
  const entries = new Map<string, OperationEntry>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    if (!isObject(item)) continue;
    const byMethod = new Map<string, OperationEntry>();
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const entry: OperationEntry = {
        method,
        path: template,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        operation,
        parameters: mergeParameters(doc, shared, Array.isArray(operation.parameters) ? operation.parameters : []),
        requestBody: asObject(deref(doc, operation.requestBody)),
        responses: asObject(operation.responses) ?? {},
        validators: new Map(),
      };
      byMethod.set(method, entry);
      entries.set(`${method} ${template}`, entry);
    }
    if (byMethod.size === 0) continue;
    const multi = new Set<string>();
    for (const entry of byMethod.values())
      for (const p of entry.parameters) if (p.in === 'path' && p['x-multi-segment'] === true) multi.add(String(p.name));
    index.add(compilePathTemplate(template, multi), byMethod);
  }

  let ajv: Ajvish | undefined;
  const converters = new Map<Direction, SchemaConverter>();
  const validatorFor = (entry: OperationEntry, key: string, schema: unknown, direction: Direction): ValidateFunction | Error => {
    let v = entry.validators.get(key);
    if (v !== undefined) return v;
    if (!ajv) {
      // Referenced schemas are compiled once as functions of their own instead of being inlined at every use: on
      // GitHub's description this compiles large responses (issue, full-repository) two to three times faster.
      const ajvOptions: Options = { strict: false, allErrors: true, inlineRefs: false, validateSchema: false, logger: false, validateFormats: options.validateFormats ?? true, code: { regExp: lenientRegExp } };
      ajv = dialect === 'oas30' ? new Ajv(ajvOptions) : new Ajv2020(ajvOptions);
      addFormats(ajv);
    }
    const a = ajv;
    let c = converters.get(direction);
    if (!c) {
      c = new SchemaConverter(doc, dialect, direction);
      converters.set(direction, c);
    }
    try {
      const converted = c.convert(schema);
      c.drainReferenced(({ id, schema: s }) => a.addSchema(s as JsonObject, id));
      for (const format of c.formats) if (!a.formats[format]) a.addFormat(format, true);
      v = a.compile(converted as JsonObject);
    } catch (error) {
      v = new Error(c.explain(error instanceof Error ? error.message : String(error)));
    }
    entry.validators.set(key, v);
    return v;
  };

  const validate = (entry: OperationEntry, key: string, schema: unknown, location: string, value: unknown): string[] => {
    const v = validatorFor(entry, key, schema, key.startsWith('response:') ? 'response' : 'request');
    if (v instanceof Error) return [`${location}: cannot be checked: ${v.message}`];
    if (v(value)) return [];
    return formatErrors(location, v.errors ?? []);
  };

  const entryOf = (op: MatchedOperation): OperationEntry => {
    const entry = entries.get(`${op.method} ${op.path}`);
    if (!entry) throw new Error(`no operation ${op.method.toUpperCase()} ${op.path} in this description`);
    return entry;
  };

  const finish = (errors: string[]): string[] => [...new Set(errors)].slice(0, maxErrors);

  return {
    version,

    match(method, pathWithQuery) {
      let url: URL;
      try {
        url = new URL(pathWithQuery, 'http://openapi.invalid');
      } catch {
        return undefined;
      }
      let segments: string[];
      try {
        segments = splitPath(url.pathname).map((s) => decodeURIComponent(s));
      } catch {
        return undefined;
      }
      const wanted = method.toLowerCase();
      const accept = (byMethod: Map<string, OperationEntry>) => byMethod.has(wanted) || (wanted === 'head' && byMethod.has('get'));
      const attempts: string[][] = [];
      for (const base of basePaths) {
        const baseSegments = splitPath(base);
        if (baseSegments.every((s, i) => segments[i] === s)) attempts.push(segments.slice(baseSegments.length));
      }
      attempts.push(segments);
      for (const attempt of attempts) {
        const found = index.lookup(attempt, accept);
        if (!found) continue;
        const entry = (found.value.get(wanted) ?? found.value.get('get')) as OperationEntry;
        return {
          method: entry.method,
          path: entry.path,
          operationId: entry.operationId,
          operation: entry.operation,
          params: found.params,
          query: queryRecord(url.searchParams),
        };
      }
      return undefined;
    },

    checkRequest(op, request) {
      const entry = entryOf(op);
      const params = request.params ?? op.params;
      const query = request.query ?? op.query;
      const headers = lowerCaseKeys(request.headers);
      const errors: string[] = [];

      for (const p of entry.parameters) {
        const name = String(p.name);
        const where = p.in === 'path' ? 'path' : p.in === 'query' ? 'query' : p.in === 'header' ? 'header' : undefined;
        if (!where) continue;
        const raw = where === 'path' ? params[name] : where === 'query' ? query[name] : headerValue(headers, name.toLowerCase());
        if (raw === undefined) {
          if (p.required === true || where === 'path') errors.push(`${where}/${name}: is required`);
          continue;
        }
        if (p.schema === undefined) continue;
        const value = coerceParameter(doc, p.schema, raw, p.explode !== false && (p.style ?? 'form') === 'form');
        errors.push(...validate(entry, `param:${where}:${name}`, p.schema, `${where}/${name}`, value));
      }

      const rb = entry.requestBody;
      if (rb) {
        const body = request.body;
        if (body === undefined) {
          if (rb.required === true) errors.push('body: is required');
        } else {
          const content = asObject(rb.content) ?? {};
          const contentType = headerValue(headers, 'content-type');
          const media = pickMediaType(content, contentType);
          if (media === undefined) {
            errors.push(`body: media type '${contentType}' is not accepted (${Object.keys(content).join(', ')})`);
          } else {
            const mediaObject = asObject(deref(doc, content[media]));
            if (mediaObject?.schema !== undefined && !isBinary(body))
              errors.push(...validate(entry, `request:${media}`, mediaObject.schema, 'body', body));
          }
        }
      }
      return finish(errors);
    },

    checkResponse(op, status, headers, body) {
      const entry = entryOf(op);
      const code = String(status);
      const responses = entry.responses;
      const key = [code, `${code[0]}XX`, `${code[0]}xx`, 'default'].find((k) => Object.hasOwn(responses, k));
      if (key === undefined)
        return [`status: ${status} is not a documented response of ${entry.method.toUpperCase()} ${entry.path} (${Object.keys(responses).join(', ')})`];
      const response = asObject(deref(doc, responses[key])) ?? {};
      const bag = lowerCaseKeys(headers);
      const errors: string[] = [];

      for (const [name, rawHeader] of Object.entries(asObject(response.headers) ?? {})) {
        const header = asObject(deref(doc, rawHeader));
        const value = headerValue(bag, name.toLowerCase());
        if (value === undefined) {
          if (header?.required === true) errors.push(`header/${name}: is required`);
        } else if (header?.schema !== undefined) {
          const coerced = coerceParameter(doc, header.schema, value, false);
          errors.push(...validate(entry, `response:${key}:header:${name}`, header.schema, `header/${name}`, coerced));
        }
      }

      const content = asObject(response.content) ?? {};
      const empty = body === undefined || body === null || body === '' || (isBinary(body) && body.byteLength === 0);
      if (Object.keys(content).length === 0) {
        if (!empty) errors.push(`body: a ${status} response of ${entry.method.toUpperCase()} ${entry.path} has no content`);
        return finish(errors);
      }
      const contentType = headerValue(bag, 'content-type');
      const media = pickMediaType(content, contentType);
      if (media === undefined) {
        errors.push(`header/content-type: '${contentType}' is not documented (${Object.keys(content).join(', ')})`);
      } else if (body === undefined) {
        errors.push(`body: is required (${media})`);
      } else {
        const mediaObject = asObject(deref(doc, content[media]));
        if (mediaObject?.schema !== undefined && !isBinary(body))
          errors.push(...validate(entry, `response:${key}:${media}`, mediaObject.schema, 'body', body));
      }
      return finish(errors);
    },
  };
}

function asObject(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

function isBinary(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

function serverBasePaths(doc: JsonObject): string[] {
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const out: string[] = [];
  for (const server of servers) {
    if (!isObject(server) || typeof server.url !== 'string') continue;
    const variables = asObject(server.variables) ?? {};
    const url = server.url.replace(/\{([^}]+)\}/g, (_m, name: string) => String(asObject(variables[name])?.default ?? ''));
    try {
      out.push(new URL(url, 'http://openapi.invalid').pathname);
    } catch {
      // A server URL that does not parse contributes no base path.
    }
  }
  return out;
}

/** Path-item parameters, overridden by operation parameters with the same `in` and `name`. */
function mergeParameters(doc: JsonObject, shared: unknown[], own: unknown[]): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const raw of [...shared, ...own]) {
    const p = deref(doc, raw);
    if (isObject(p) && typeof p.name === 'string' && typeof p.in === 'string') byKey.set(`${p.in}:${p.name}`, p);
  }
  return [...byKey.values()];
}

function queryRecord(search: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of search) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

function lowerCaseKeys(headers: HeaderBag | undefined): HeaderBag {
  const out: HeaderBag = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}

function headerValue(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? v.map(String).join(', ') : String(v);
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/;

function pickMediaType(content: JsonObject, contentType: string | undefined): string | undefined {
  const keys = Object.keys(content);
  if (contentType === undefined) return keys.find((k) => k.toLowerCase() === 'application/json') ?? keys[0];
  const base = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const [type] = base.split('/');
  return (
    keys.find((k) => k.toLowerCase() === base) ??
    keys.find((k) => k.toLowerCase() === `${type}/*`) ??
    keys.find((k) => k === '*/*') ??
    // application/vnd.github+json and friends are JSON documents.
    (JSON_MEDIA.test(base) ? keys.find((k) => JSON_MEDIA.test(k.toLowerCase())) : undefined)
  );
}

function primaryType(doc: JsonObject, schema: unknown): { type: string | undefined; items: unknown } {
  const s = asObject(deref(doc, schema)) ?? {};
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const type = types.find((t): t is string => typeof t === 'string' && t !== 'null');
  return { type, items: s.items };
}

function coerceScalar(type: string | undefined, raw: string): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

/** Parameters arrive as strings; give them the JSON type their schema names so ajv sees what the server would. */
function coerceParameter(doc: JsonObject, schema: unknown, raw: string | string[], explode: boolean): unknown {
  const { type, items } = primaryType(doc, schema);
  if (type === 'array') {
    const list = Array.isArray(raw) ? raw : explode ? [raw] : raw.split(',');
    const itemType = primaryType(doc, items).type;
    return list.map((v) => coerceScalar(itemType, v));
  }
  return coerceScalar(type, Array.isArray(raw) ? (raw[raw.length - 1] as string) : raw);
}

function formatErrors(location: string, errors: ErrorObject[]): string[] {
  // `nullable` becomes `anyOf: [{ type: 'null' }, ...]` and a discriminator an if/then chain: "must be null" and the
  // anyOf/oneOf/if summaries only add noise next to the errors of the branch that applied.
  const useful = errors.filter((e) => !(e.keyword === 'type' && e.params.type === 'null') && !['anyOf', 'oneOf', 'if'].includes(e.keyword));
  const summaries = errors.filter((e) => e.keyword !== 'if');
  return (useful.length > 0 ? useful : summaries.length > 0 ? summaries : errors).map((e) => formatError(location, e));
}

function formatError(location: string, e: ErrorObject): string {
  const at = `${location}${e.instancePath}`;
  switch (e.keyword) {
    case 'required':
      return `${at}/${String(e.params.missingProperty)}: is required`;
    case 'additionalProperties':
      return `${at}: must NOT have additional property '${String(e.params.additionalProperty)}'`;
    case 'enum':
      return `${at}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}: ${e.message ?? e.keyword}`;
  }
}
