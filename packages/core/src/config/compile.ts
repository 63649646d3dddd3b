import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemaSet, type SchemaSet } from './validate.js';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

/**
 * Compiles schemas at run time, lazily (one schema compiled per `$id` used). The suite's own schemas
 * are precompiled instead (config/validators/); this is for schemas known only at run time, and it
 * keeps the ajv compiler out of every bundle that does not import this module.
 * The options must stay those of scripts/compile-schemas.mjs.
 */
export function createSchemaSet(schemas: readonly object[]): SchemaSet {
  const ajv = new Ajv2020({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const schema of schemas) ajv.addSchema(schema);
  return schemaSet((id) => ajv.getSchema(id));
}
