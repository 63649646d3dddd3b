import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isConfigError } from '../errors.js';
import { parseCoverage } from '../reports/coverage-formats.js';
import type { CoverageReport } from '../reports/coverage.js';
import { parseJUnit, type JUnitReport } from '../reports/junit.js';
import { loadGateConfig, type LoadedGateConfig } from './config.js';
import { findFiles, namedFiles } from './files.js';
import { evaluateQualityGate, type QualityGateResult } from './quality.js';

export interface QualityRunOptions {
  /** Directory the configuration and report patterns are relative to. */
  cwd: string;
  /** Gate configuration file; default `config/publish/quality_gates.yaml`. */
  config?: string;
  /** Coverage report patterns replacing `reports.coverage.paths`. */
  coverage?: readonly string[];
  /** JUnit report patterns replacing `reports.junit.paths`. */
  junit?: readonly string[];
}

export interface QualityRun {
  config: LoadedGateConfig;
  result: QualityGateResult;
}

/** Well-formed files of another kind (a Cobertura XML under `reports/**\/*.xml`), which a glob may well match. */
const OTHER_JUNIT = new Set(['not-junit']);
const OTHER_COVERAGE = new Set(['unknown-coverage-format', 'coverage-format-not-accepted', 'not-cobertura', 'not-istanbul']);

/**
 * Parses a report. A file matched by a glob that is well-formed but of another kind is left out with a note;
 * a file named explicitly must be what it was named for, and malformed files are always errors.
 */
async function readOrSkip<T>(file: string, named: ReadonlySet<string>, otherKind: ReadonlySet<string>, skipped: { file: string; reason: string }[], parse: (text: string) => T, cwd: string): Promise<T | undefined> {
  const text = await readFile(resolve(cwd, file), 'utf8');
  try {
    return parse(text);
  } catch (error) {
    if (!isConfigError(error) || named.has(file) || !error.issues.every((i) => otherKind.has(i.code))) throw error;
    skipped.push({ file, reason: error.issues[0]!.message });
    return undefined;
  }
}

/**
 * Finds and reads the reports, then decides. A report that is not the format it should be is a ConfigError
 * naming the file and line (bad input); a report that is missing is a failed condition.
 */
export async function runQualityGate(options: QualityRunOptions): Promise<QualityRun> {
  const loaded = await loadGateConfig(options.config, options.cwd);
  const config = loaded.config;
  const coveragePatterns = options.coverage && options.coverage.length > 0 ? options.coverage : config.reports.coverage.paths;
  const junitPatterns = options.junit && options.junit.length > 0 ? options.junit : config.reports.junit.paths;
  const skipped: { file: string; reason: string }[] = [];
  const coverage: CoverageReport[] = [];
  const namedCoverage = namedFiles(coveragePatterns, options.cwd);
  for (const file of await findFiles(coveragePatterns, options.cwd)) {
    const report = await readOrSkip(file, namedCoverage, OTHER_COVERAGE, skipped, (text) => parseCoverage(text, file, config.reports.coverage.formats), options.cwd);
    if (report) coverage.push(report);
  }
  const junit: JUnitReport[] = [];
  const namedJunit = namedFiles(junitPatterns, options.cwd);
  for (const file of await findFiles(junitPatterns, options.cwd)) {
    const report = await readOrSkip(file, namedJunit, OTHER_JUNIT, skipped, (text) => parseJUnit(text, file), options.cwd);
    if (report) junit.push(report);
  }
  if (options.coverage && options.coverage.length > 0) config.reports.coverage.paths = [...options.coverage];
  if (options.junit && options.junit.length > 0) config.reports.junit.paths = [...options.junit];
  const result = evaluateQualityGate(config, { config: { file: loaded.file, found: loaded.found }, coverage, junit, workspace: resolve(options.cwd), skipped });
  return { config: loaded, result };
}
