/**
 * Turns OpenAPI Schema Objects into schemas ajv can compile, one reachable schema at a time.
 *
 * Local `$ref`s (`#/components/schemas/x`) become references to separately registered schemas with synthetic ids,
 * so only what an operation reaches is converted and compiled, and each component once per checker and direction.
 * For OpenAPI 3.0 the conversion also maps 3.0-only keywords to JSON Schema: `nullable`, boolean
 * `exclusiveMinimum`/`exclusiveMaximum`, siblings of `$ref` (ignored in 3.0), and drops annotations ajv does not need.
 * For both versions, a `required` property that is `readOnly` is only required in responses (`writeOnly`: in
 * requests), and a `discriminator` picks the one `oneOf`/`anyOf` branch its property value names.
 */
import { isObject, resolveRef, type JsonObject } from './document-refs.js';

export type Dialect = 'oas30' | 'oas31';
export type Direction = 'request' | 'response';

const SINGLE = ['additionalProperties', 'items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
const ARRAYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];
// Annotations and OpenAPI-only keywords that would only cost memory (or, like `discriminator`, need ajv options).
const DROP_30 = new Set(['nullable', 'example', 'discriminator', 'xml', 'externalDocs', 'description', 'deprecated', 'title']);
const DROP_31 = new Set(['example', 'discriminator', 'xml', 'externalDocs', '$schema', '$id']);

export interface RegisteredSchema {
  id: string;
  schema: unknown;
}

export class SchemaConverter {
  private readonly ids = new Map<string, string>();
  private readonly pending: Array<{ ref: string; id: string }> = [];
  /** Formats seen while converting, so the caller can register unknown ones (`int64`, `repo.nwo`) as annotations. */
  readonly formats = new Set<string>();

  private readonly document: unknown;
  private readonly dialect: Dialect;
  private readonly direction: Direction;
  private readonly idBase: string;

  constructor(document: unknown, dialect: Dialect, direction: Direction) {
    this.document = document;
    this.dialect = dialect;
    this.direction = direction;
    this.idBase = `https://openapi.invalid/${direction}/`;
  }

  /** Converts `schema`; every local schema it references is queued and returned by `drainReferenced`. */
  convert(schema: unknown): unknown {
    return this.walk(schema);
  }

  /**
   * Converts the referenced schemas queued so far (and those they reference), each exactly once, handing each to
   * `register`. Throws on a dangling `$ref`; the rest of the queue is kept for the next call.
   */
  drainReferenced(register: (entry: RegisteredSchema) => void): void {
    for (let next = this.pending.shift(); next !== undefined; next = this.pending.shift()) {
      const target = resolveRef(this.document, next.ref);
      if (target === undefined) throw new Error(`unresolved $ref '${next.ref}'`);
      register({ id: next.id, schema: this.walk(target) });
    }
  }

  /** Replaces synthetic ids in a message (an ajv error about a reference) by the `$ref` they stand for. */
  explain(message: string): string {
    let out = message;
    for (const [ref, id] of this.ids) if (out.includes(id)) out = out.split(id).join(ref);
    return out;
  }

  private refId(ref: string): string {
    let id = this.ids.get(ref);
    if (id === undefined) {
      id = `${this.idBase}${this.ids.size}.json`;
      this.ids.set(ref, id);
      this.pending.push({ ref, id });
    }
    return id;
  }

  private walk(input: unknown): unknown {
    if (!isObject(input)) return input;
    const oas30 = this.dialect === 'oas30';
    const schema = applyDiscriminator(input);

    if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#')) {
      const ref = { $ref: this.refId(schema.$ref) };
      if (oas30) return schema.nullable === true ? { anyOf: [{ type: 'null' }, ref] } : ref;
      const rest: JsonObject = {};
      for (const [key, value] of Object.entries(schema)) if (key !== '$ref') rest[key] = value;
      return Object.keys(rest).length === 0 ? ref : { ...this.walkKeywords(rest), $ref: ref.$ref };
    }

    const out = this.walkKeywords(schema);
    if (oas30) {
      fixExclusiveBound(out, schema, 'exclusiveMinimum', 'minimum');
      fixExclusiveBound(out, schema, 'exclusiveMaximum', 'maximum');
      if (schema.nullable === true) return makeNullable(out);
    }
    return out;
  }

  private walkKeywords(schema: JsonObject): JsonObject {
    const drop = this.dialect === 'oas30' ? DROP_30 : DROP_31;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
      if (drop.has(key) || key.startsWith('x-')) continue;
      if (key === 'format' && typeof value === 'string') this.formats.add(value);
      if (ARRAYS.includes(key) && Array.isArray(value)) out[key] = value.map((s) => this.walk(s));
      else if (SINGLE.includes(key)) out[key] = this.walk(value);
      else if (MAPS.includes(key) && isObject(value)) {
        const map: JsonObject = {};
        for (const [name, sub] of Object.entries(value)) map[name] = Array.isArray(sub) ? sub : this.walk(sub);
        out[key] = map;
      } else out[key] = value;
    }
    if (Array.isArray(out.required) && isObject(schema.properties)) {
      const properties = schema.properties;
      const hidden = this.direction === 'request' ? 'readOnly' : 'writeOnly';
      out.required = out.required.filter((name) => !this.hasFlag(properties[String(name)], hidden));
    }
    return out;
  }

  private hasFlag(property: unknown, flag: 'readOnly' | 'writeOnly'): boolean {
    if (!isObject(property)) return false;
    if (property[flag] === true) return true;
    if (typeof property.$ref !== 'string') return false;
    const target = resolveRef(this.document, property.$ref);
    return isObject(target) && target[flag] === true;
  }
}

/**
 * `{ oneOf: [A, B], discriminator: { propertyName: 'kind', mapping } }` becomes an if/then chain on the value of
 * `kind`: `kind: a` validates against A alone, so open schemas that would all match `oneOf` are told apart.
 * Without a mapping, a branch `$ref`'s last segment is its value, as OpenAPI defines. Other values keep the `oneOf`.
 */
function applyDiscriminator(schema: JsonObject): JsonObject {
  const d = schema.discriminator;
  const key = Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined;
  if (!isObject(d) || typeof d.propertyName !== 'string' || key === undefined) return schema;
  const name = d.propertyName;
  const cases = new Map<string, string>();
  for (const branch of schema[key] as unknown[])
    if (isObject(branch) && typeof branch.$ref === 'string') cases.set(branch.$ref.split('/').pop() as string, branch.$ref);
  for (const [value, target] of Object.entries(isObject(d.mapping) ? d.mapping : {}))
    if (typeof target === 'string') cases.set(value, target.startsWith('#') ? target : `#/components/schemas/${target}`);
  if (cases.size === 0) return schema;
  const rest: JsonObject = {};
  for (const [k, v] of Object.entries(schema)) if (k !== 'discriminator' && k !== key) rest[k] = v;
  let chain: JsonObject = { [key]: schema[key] };
  for (const [value, ref] of [...cases].reverse())
    chain = { if: { type: 'object', required: [name], properties: { [name]: { const: value } } }, then: { $ref: ref }, else: chain };
  return { ...rest, allOf: [...(Array.isArray(rest.allOf) ? rest.allOf : []), chain] };
}

function fixExclusiveBound(out: JsonObject, schema: JsonObject, exclusive: string, bound: string): void {
  if (typeof schema[exclusive] !== 'boolean') return;
  if (schema[exclusive] === true && typeof schema[bound] === 'number') {
    out[exclusive] = schema[bound];
    delete out[bound];
  } else {
    delete out[exclusive];
  }
}

/**
 * OpenAPI 3.0 `nullable: true`. With a plain `type`, null joins the type (and the enum, if any). Combined with
 * `allOf`/`anyOf`/`oneOf`/`not` (GitHub's `{ nullable: true, allOf: [{ $ref }] }`), null is accepted beside the
 * whole schema, which is what such descriptions mean even though 3.0.3 reads it more narrowly.
 */
function makeNullable(schema: JsonObject): JsonObject {
  if (['allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in schema)) return { anyOf: [{ type: 'null' }, schema] };
  const out = { ...schema };
  if (typeof out.type === 'string') out.type = out.type === 'null' ? 'null' : [out.type, 'null'];
  else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}
