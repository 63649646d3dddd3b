import { readFile, stat } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { ConfigIssue } from '../errors.js';
import { checkConfig } from './load.js';
import { kindOfFile } from './suite.js';
import { configValidator } from './all.js';

export interface FileReport {
  file: string;
  kind: string | null;
  valid: boolean;
  issues: ConfigIssue[];
}

export interface ValidationReport {
  valid: boolean;
  errorCount: number;
  files: FileReport[];
}

/** What `validate-config` and `powerx config validate` look at when given nothing. */
export const DEFAULT_PATTERNS = ['powerx-plugin.{yaml,yml,json}', 'config/**/*.{yaml,yml}'];

async function collect(items: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const hasMagic = (pattern: string) => /[*?[{]/.test(pattern);

/**
 * Expands patterns relative to `cwd`. A file named explicitly must exist and be of a known kind;
 * files matched by a glob that are not suite configuration are skipped.
 */
export async function validateConfigFiles(patterns: readonly string[], cwd: string): Promise<ValidationReport> {
  const files: FileReport[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : DEFAULT_PATTERNS) {
    const explicit = !hasMagic(pattern);
    const paths = explicit ? [pattern] : (await collect(glob(pattern, { cwd }))).sort();
    for (const path of paths) {
      const absolute = resolve(cwd, path);
      const file = relative(cwd, absolute) || path;
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const report = await validateOne(absolute, file, explicit);
      if (report) files.push(report);
    }
  }
  const errorCount = files.reduce((n, f) => n + f.issues.length, 0);
  return { valid: errorCount === 0, errorCount, files };
}

async function validateOne(absolute: string, file: string, explicit: boolean): Promise<FileReport | undefined> {
  let text: string;
  try {
    if (!(await stat(absolute)).isFile()) throw new Error('not a file');
    text = await readFile(absolute, 'utf8');
  } catch {
    return explicit ? failed(file, null, 'file not found', 'not-found') : undefined;
  }
  const kind = kindOfFile(file, text);
  if (!kind) {
    return explicit ? failed(file, null, 'is not a suite configuration file (unknown name and no $schema modeline)', 'unknown-kind') : undefined;
  }
  const result = checkConfig(text, file, await configValidator(kind));
  return { file, kind: kind.name, valid: result.ok, issues: result.issues };
}

function failed(file: string, kind: string | null, message: string, code: string): FileReport {
  return { file, kind, valid: false, issues: [{ file, message, code }] };
}
