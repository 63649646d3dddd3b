import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCoverage } from '../reports/coverage-formats.js';
import type { CoverageReport } from '../reports/coverage.js';
import { parseJUnit, type JUnitReport } from '../reports/junit.js';
import { loadGateConfig, type LoadedGateConfig } from './config.js';
import { findFiles } from './files.js';
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

/**
 * Finds and reads the reports, then decides. A report that is not the format it should be is a ConfigError
 * naming the file and line (bad input); a report that is missing is a failed condition.
 */
export async function runQualityGate(options: QualityRunOptions): Promise<QualityRun> {
  const loaded = await loadGateConfig(options.config, options.cwd);
  const config = loaded.config;
  const coverageFiles = await findFiles(options.coverage && options.coverage.length > 0 ? options.coverage : config.reports.coverage.paths, options.cwd);
  const junitFiles = await findFiles(options.junit && options.junit.length > 0 ? options.junit : config.reports.junit.paths, options.cwd);
  const coverage: CoverageReport[] = [];
  for (const file of coverageFiles) coverage.push(parseCoverage(await readFile(resolve(options.cwd, file), 'utf8'), file, config.reports.coverage.formats));
  const junit: JUnitReport[] = [];
  for (const file of junitFiles) junit.push(parseJUnit(await readFile(resolve(options.cwd, file), 'utf8'), file));
  if (options.coverage && options.coverage.length > 0) config.reports.coverage.paths = [...options.coverage];
  if (options.junit && options.junit.length > 0) config.reports.junit.paths = [...options.junit];
  const result = evaluateQualityGate(config, { config: { file: loaded.file, found: loaded.found }, coverage, junit, workspace: resolve(options.cwd) });
  return { config: loaded, result };
}
