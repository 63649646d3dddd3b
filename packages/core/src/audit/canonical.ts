/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * numbers in ECMAScript's shortest round-trip form, strings escaped as JSON.stringify does. Anything that
 * is not plain JSON (undefined, NaN, Infinity, bigint, functions, class instances, lone surrogates,
 * cycles) is rejected, so two parties that agree on the data always agree on the bytes.
 */
import { ConfigError } from '../errors.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function reject(message: string, pointer: string): never {
  throw ConfigError.single(message, { pointer }, 'non-canonical-json');
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function serializeString(value: string, pointer: string): string {
  if (!value.isWellFormed()) reject('string contains a lone UTF-16 surrogate', pointer);
  return JSON.stringify(value);
}

function serialize(value: unknown, pointer: string, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, pointer);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) reject(`number ${String(value)} is not allowed in JSON`, pointer);
      // String(-0) is already "0"; ECMAScript's Number::toString is exactly the JCS number form.
      return String(value);
    case 'object':
      break;
    default:
      reject(`${typeof value} is not a JSON value`, pointer);
  }
  if (value === null) return 'null';
  if (ancestors.has(value)) reject('circular reference', pointer);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = [];
      for (let i = 0; i < value.length; i++) items.push(serialize(value[i], `${pointer}/${i}`, ancestors));
      return `[${items.join(',')}]`;
    }
    if (!isPlainObject(value)) reject(`${value.constructor?.name ?? 'object'} is not a plain JSON object`, pointer);
    // The default sort compares UTF-16 code units, which is what JCS asks for.
    const keys = Object.keys(value).sort();
    const members: string[] = [];
    for (const key of keys) {
      const child = `${pointer}/${escapePointer(key)}`;
      members.push(`${serializeString(key, child)}:${serialize((value as Record<string, unknown>)[key], child, ancestors)}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}

/** The canonical form of a JSON value; throws a `ConfigError` (with a JSON pointer) for anything else. */
export function canonicalize(value: unknown): string {
  return serialize(value, '', new Set());
}

/**
 * The first key that occurs twice in one object of an already valid JSON text, if any. JSON.parse keeps the
 * last duplicate silently while other parsers keep the first, so a log line with duplicates could mean two
 * different things to two readers.
 */
export function findDuplicateKey(json: string): string | undefined {
  const stack: (Set<string> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < json.length && json.charCodeAt(j) !== 0x22) {
        if (json.charCodeAt(j) === 0x5c /* \ */) {
          escaped = true;
          j += 2;
        } else j += 1;
      }
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const key = escaped ? (JSON.parse(json.slice(i, j + 1)) as string) : json.slice(i + 1, j);
        if (keys.has(key)) return key;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(undefined);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] !== undefined;
    }
  }
  return undefined;
}
