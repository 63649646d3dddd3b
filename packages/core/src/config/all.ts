import configValidators from './validators/config.generated.cjs';
import eventValidators from './validators/events.generated.cjs';
import { precompiledSchemaSet, type SchemaSet } from './validate.js';

let config: SchemaSet | undefined;
let events: SchemaSet | undefined;

/**
 * Every configuration schema. Only callers that accept any kind of file need this (validate-config);
 * everyone else imports the one validator they use from ./validators/config/, so bundles stay small.
 */
export function configSchemas(): SchemaSet {
  config ??= precompiledSchemaSet(configValidators);
  return config;
}

/** Every event data schema and the envelope schema, keyed by `$id`. */
export function eventSchemas(): SchemaSet {
  events ??= precompiledSchemaSet(eventValidators);
  return events;
}

export const EVENT_SCHEMA_IDS: readonly string[] = Object.keys(eventValidators);
