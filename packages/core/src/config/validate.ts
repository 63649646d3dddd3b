import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ConfigIssue } from '../errors.js';
import type { SourceDocument } from './parse.js';

/** Validates a parsed document in place (schema defaults are applied) and returns located issues. */
export type Validator = (source: SourceDocument) => ConfigIssue[];

/** Several schemas, looked up by `$id`. */
export interface SchemaSet {
  validator(schemaId: string): Validator;
}

/** A validator generated ahead of time by ajv's standalone code (config/validators/*.generated.cjs). */
export function precompiled(fn: ValidateFunction): Validator {
  return (source) => (fn(source.value) ? [] : toIssues(fn.errors ?? [], source));
}

export function schemaSet(lookup: (schemaId: string) => ValidateFunction | undefined): SchemaSet {
  return {
    validator(schemaId) {
      const fn = lookup(schemaId);
      if (!fn) throw new Error(`unknown schema ${schemaId}`);
      return precompiled(fn);
    },
  };
}

/** Precompiled validators keyed by schema `$id` (config/validators/{config,events}.generated.cjs). */
export function precompiledSchemaSet(validators: Readonly<Record<string, ValidateFunction>>): SchemaSet {
  return schemaSet((id) => validators[id]);
}

/** Keywords whose errors only repeat what a nested error already says. */
const NOISE = new Set(['if', 'then', 'else', 'allOf', '$ref']);

function toIssues(errors: readonly ErrorObject[], source: SourceDocument): ConfigIssue[] {
  const significant = errors.filter((e) => !NOISE.has(e.keyword));
  // An anyOf/oneOf failure explains itself through its branches only when nothing more precise exists.
  const precise = significant.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const chosen = precise.length > 0 ? dropBranchNoise(precise, significant) : significant;
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  for (const error of chosen.length > 0 ? chosen : errors) {
    const issue = toIssue(error, source);
    const key = `${issue.pointer}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Keeps anyOf/oneOf errors for locations where no branch produced a more precise error. */
function dropBranchNoise(precise: ErrorObject[], all: ErrorObject[]): ErrorObject[] {
  const covered = new Set(precise.map((e) => e.instancePath));
  return all.filter((e) => {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') return true;
    return ![...covered].some((p) => p === e.instancePath || p.startsWith(`${e.instancePath}/`));
  });
}

function toIssue(error: ErrorObject, source: SourceDocument): ConfigIssue {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  let key: string | undefined;
  let message = error.message ?? 'is invalid';
  switch (error.keyword) {
    case 'additionalProperties':
      key = String(params.additionalProperty);
      pointer = `${pointer}/${escape(key)}`;
      message = 'is not a known key';
      break;
    case 'unevaluatedProperties':
      key = String(params.unevaluatedProperty);
      pointer = `${pointer}/${escape(key)}`;
      message = 'is not a known key';
      break;
    case 'required':
      pointer = `${pointer}/${escape(String(params.missingProperty))}`;
      message = 'is required';
      break;
    case 'enum':
      message = `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'format':
      message = `must be a valid ${String(params.format)}`;
      break;
    case 'false schema':
      message = 'is not allowed here';
      break;
    case 'pattern':
      message = `must match the pattern ${String(params.pattern)}`;
      break;
  }
  const at =
    key !== undefined
      ? source.locate(error.instancePath, key)
      : error.keyword === 'required'
        ? source.locate(error.instancePath)
        : source.locate(pointer);
  return { file: source.file, ...at, pointer, message, code: error.keyword };
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
