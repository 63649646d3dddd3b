import envelopeSchema from '../../../../config/events/schemas/cloudevent.schema.json' with { type: 'json' };
import compatCheckBlocked from '../../../../config/events/schemas/compat.check.blocked.schema.json' with { type: 'json' };
import compatExceptionApproved from '../../../../config/events/schemas/compat.exception.approved.schema.json' with { type: 'json' };
import compatExceptionExpired from '../../../../config/events/schemas/compat.exception.expired.schema.json' with { type: 'json' };
import compatExceptionRejected from '../../../../config/events/schemas/compat.exception.rejected.schema.json' with { type: 'json' };
import compatExceptionRequested from '../../../../config/events/schemas/compat.exception.requested.schema.json' with { type: 'json' };
import eventDeliveryFailed from '../../../../config/events/schemas/event.delivery.failed.schema.json' with { type: 'json' };
import pluginReleasePublished from '../../../../config/events/schemas/plugin.release.published.schema.json' with { type: 'json' };
import pluginUpgradeBatchCompleted from '../../../../config/events/schemas/plugin.upgrade.batch.completed.schema.json' with { type: 'json' };
import pluginUpgradeRolledBack from '../../../../config/events/schemas/plugin.upgrade.rolled_back.schema.json' with { type: 'json' };
import publishPipelineBlocked from '../../../../config/events/schemas/publish.pipeline.blocked.schema.json' with { type: 'json' };
import versionRecommendationCreated from '../../../../config/events/schemas/version.recommendation.created.schema.json' with { type: 'json' };
import { ConfigError, type ConfigIssue } from '../errors.js';
import type { SourceDocument } from '../config/parse.js';
import { createSchemaSet, type SchemaSet } from '../config/validate.js';

const DATA_SCHEMAS = [
  pluginReleasePublished,
  publishPipelineBlocked,
  eventDeliveryFailed,
  compatCheckBlocked,
  compatExceptionRequested,
  compatExceptionApproved,
  compatExceptionRejected,
  compatExceptionExpired,
  pluginUpgradeBatchCompleted,
  pluginUpgradeRolledBack,
  versionRecommendationCreated,
] as const;

/** `https://powerx.dev/schemas/events/<type>.schema.json` -> `<type>`. */
function typeOf(schema: { $id: string }): string {
  return schema.$id.split('/').pop()!.replace(/\.schema\.json$/, '');
}

/** Every event type the suite sends, each with a JSON Schema for its data under config/events/schemas/. */
export const EVENT_TYPES: readonly string[] = DATA_SCHEMAS.map(typeOf);

export const ENVELOPE_SCHEMA_ID = envelopeSchema.$id;

const schemaIdByType = new Map(DATA_SCHEMAS.map((s) => [typeOf(s), s.$id]));

/** The `dataschema` URI for a type. Throws a ConfigError for an unknown type. */
export function dataSchemaFor(type: string, where: { file?: string; pointer?: string } = {}): string {
  const id = schemaIdByType.get(type);
  if (!id) {
    throw ConfigError.single(`unknown event type "${type}"; known types: ${EVENT_TYPES.join(', ')}`, { ...where, pointer: where.pointer ?? '/type' }, 'unknown-event-type');
  }
  return id;
}

let schemas: SchemaSet | undefined;

function eventSchemas(): SchemaSet {
  schemas ??= createSchemaSet([envelopeSchema, ...DATA_SCHEMAS]);
  return schemas;
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
  const issues = stripFakePositions(eventSchemas().validate(id, source));
  return pointerPrefix ? issues.map((i) => ({ ...i, pointer: `${pointerPrefix}${i.pointer ?? ''}` })) : issues;
}

/** Validates a whole envelope (for envelopes read back from a delivery log) and its data. */
export function checkEnvelope(source: SourceDocument): ConfigIssue[] {
  const issues = stripFakePositions(eventSchemas().validate(ENVELOPE_SCHEMA_ID, source));
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
