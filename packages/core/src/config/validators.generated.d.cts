import type { ValidateFunction } from 'ajv';

/** Precompiled validators of config/schemas/*.schema.json, keyed by schema `$id`. */
declare const validators: Record<string, ValidateFunction>;
export = validators;
