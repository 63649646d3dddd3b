import { parseCobertura } from './cobertura.js';
import type { CoverageFormat, CoverageReport } from './coverage.js';
import { parseIstanbulSummary } from './istanbul.js';
import { parseLcov } from './lcov.js';
import { reportError, stripBom } from './source.js';

export const COVERAGE_FORMATS: readonly CoverageFormat[] = ['istanbul-summary', 'lcov', 'cobertura'];

/** The format a coverage file's content says it is: JSON, XML or an lcov tracefile; undefined for anything else. */
export function detectCoverageFormat(text: string): CoverageFormat | undefined {
  const head = stripBom(text).trimStart();
  if (head.startsWith('{')) return 'istanbul-summary';
  if (head.startsWith('<')) return 'cobertura';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/^(TN|SF|VER):/.test(firstLine)) return 'lcov';
  return undefined;
}

/**
 * Reads a coverage report. Without `accepted`, any of the three formats; with it, a file in another
 * format is an error naming the format it was found to be.
 */
export function parseCoverage(text: string, file: string, accepted: readonly CoverageFormat[] = COVERAGE_FORMATS): CoverageReport {
  const format = detectCoverageFormat(text);
  if (!format) {
    throw reportError(file, `is not a coverage report: expected ${accepted.join(', ')} (istanbul coverage-summary.json, lcov tracefile or Cobertura XML)`, { line: 1, column: 1 }, 'unknown-coverage-format');
  }
  if (!accepted.includes(format)) {
    throw reportError(file, `looks like ${format} coverage, which this gate does not accept (accepted: ${accepted.join(', ')})`, { line: 1, column: 1 }, 'coverage-format-not-accepted');
  }
  if (format === 'istanbul-summary') return parseIstanbulSummary(text, file);
  if (format === 'lcov') return parseLcov(text, file);
  return parseCobertura(text, file);
}
