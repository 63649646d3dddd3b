import { ConfigError, type ConfigIssue } from '../errors.js';
import { parseSource } from './parse.js';
import type { Validator } from './validate.js';

export type CheckResult<T> = { ok: true; value: T; issues: [] } | { ok: false; value: undefined; issues: ConfigIssue[] };

/**
 * Parses and validates one configuration text. Defaults from the schema are applied to `value`.
 * Never throws for bad input: syntax and schema problems come back as located issues.
 */
export function checkConfig<T>(text: string, file: string, validate: Validator): CheckResult<T> {
  const parsed = parseSource(text, file);
  if (!parsed.ok) return { ok: false, value: undefined, issues: parsed.issues };
  const issues = validate(parsed.source);
  if (issues.length > 0) return { ok: false, value: undefined, issues };
  return { ok: true, value: parsed.source.value as T, issues: [] };
}

/** Like `checkConfig`, for callers that cannot go on without a valid file. */
export function loadConfig<T>(text: string, file: string, validate: Validator): T {
  const result = checkConfig<T>(text, file, validate);
  if (!result.ok) throw new ConfigError(result.issues);
  return result.value;
}
