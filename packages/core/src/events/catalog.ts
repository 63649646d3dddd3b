import { ConfigError, type ConfigIssue } from '../errors.js';
import type { SourceDocument } from '../config/parse.js';
import eventValidators from '../config/validators/events.generated.cjs';
import { precompiledSchemaSet } from '../config/validate.js';

const schemas = precompiledSchemaSet(eventValidators);

/** Event schemas live in config/events/schemas/ and are precompiled with the configuration schemas (scripts/compile-schemas.mjs). */
const EVENTS_BASE = 'https://powerx.dev/schemas/events/';

export const ENVELOPE_SCHEMA_ID = `${EVENTS_BASE}cloudevent.schema.json`;

const schemaIdByType = new Map(
  Object.keys(eventValidators)
    .filter((id) => id.startsWith(EVENTS_BASE) && id !== ENVELOPE_SCHEMA_ID)
    .map((id) => [id.slice(EVENTS_BASE.length).replace(/\.schema\.json$/, ''), id] as const),
);

/** Every event type the suite sends, each with a JSON Schema for its data under config/events/schemas/. */
export const EVENT_TYPES: readonly string[] = [...schemaIdByType.keys()].sort();

/** The `dataschema` URI for a type. Throws a ConfigError for an unknown type. */
export function dataSchemaFor(type: string, where: { file?: string; pointer?: string } = {}): string {
  const id = schemaIdByType.get(type);
  if (!id) {
    throw ConfigError.single(`unknown event type "${type}"; known types: ${EVENT_TYPES.join(', ')}`, { ...where, pointer: where.pointer ?? '/type' }, 'unknown-event-type');
  }
  return id;
}

/** A document that was not read from a file: issues carry the pointer but no line. */
export function inMemorySource(value: unknown, file = '<event>'): SourceDocument {
  return { file, value, locate: () => ({ line: 0, column: 0 }) };
}

function stripFakePositions(issues: ConfigIssue[]): ConfigIssue[] {
  return issues.map((i) => (i.line === 0 ? { file: i.file, pointer: i.pointer, message: i.message, code: i.code } : i));
}

/**
 * Validates event data against its type's schema. `source` keeps positions when the data came from a
 * file or an input; pointers are prefixed with `pointerPrefix` (e.g. `/data`) when it is part of a larger document.
 */
export function checkEventData(type: string, source: SourceDocument, pointerPrefix = ''): ConfigIssue[] {
  const id = dataSchemaFor(type, { file: source.file });
  const issues = stripFakePositions(schemas.validator(id)(source));
  return pointerPrefix ? issues.map((i) => ({ ...i, pointer: `${pointerPrefix}${i.pointer ?? ''}` })) : issues;
}

/** Validates a whole envelope (for envelopes read back from a delivery log) and its data. */
export function checkEnvelope(source: SourceDocument): ConfigIssue[] {
  const issues = stripFakePositions(schemas.validator(ENVELOPE_SCHEMA_ID)(source));
  if (issues.length > 0) return issues;
  const envelope = source.value as { type: string; data: unknown };
  if (!schemaIdByType.has(envelope.type)) {
    return [{ file: source.file, pointer: '/type', message: `unknown event type "${envelope.type}"`, code: 'unknown-event-type' }];
  }
  const dataSource: SourceDocument = {
    file: source.file,
    value: envelope.data,
    locate: (pointer, key) => source.locate(`/data${pointer}`, key),
  };
  return checkEventData(envelope.type, dataSource, '/data');
}
