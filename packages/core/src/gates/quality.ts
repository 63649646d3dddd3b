import { COVERAGE_METRICS, percent, totalsOf, type CoverageCount, type CoverageCounts, type CoverageMetric, type CoverageReport, type FileCoverage } from '../reports/coverage.js';
import { sumTotals, type JUnitReport, type TestCase, type TestTotals } from '../reports/junit.js';
import type { QualityGatesConfig } from './config.js';
import { workspacePath } from './files.js';
import { configCondition, floorTo, gateStatus, reasonsOf, type GateCondition, type GateReason, type GateStatus } from './gate.js';

export interface QualityEvidence {
  config: { file: string; found: boolean };
  /** Coverage reports read, in the order found; a source file in several reports counts once (the first). */
  coverage: CoverageReport[];
  junit: JUnitReport[];
  /** The working directory the reports' paths are made relative to. */
  workspace: string;
  /** Files a glob matched that turned out to be another kind of report; they are left out. */
  skipped?: { file: string; reason: string }[];
}

export interface FailedTest extends Pick<TestCase, 'suite' | 'classname' | 'name' | 'status' | 'message' | 'file' | 'line' | 'reportLine'> {
  report: string;
}

export interface QualityGateResult {
  gate: 'quality';
  status: GateStatus;
  conditions: GateCondition[];
  reasons: GateReason[];
  coverage: {
    reports: { file: string; format: string; files: number; notes: string[] }[];
    totals: CoverageCounts;
    /** Percent per metric (floored to 2 decimals), null when nothing was measured. */
    percent: Partial<Record<CoverageMetric, number | null>>;
    /** Source files found in more than one report (the first report's figures are used). */
    duplicates: string[];
  };
  tests: {
    reports: { file: string; totals: TestTotals; notes: string[] }[];
    totals: TestTotals;
    /** total - skipped. */
    executed: number;
    /** passed / executed, null when nothing ran. */
    passRate: number | null;
    /** Failed and errored tests, at most 50. */
    failures: FailedTest[];
  };
  metrics: { 'publish.test.pass_rate': number | null; 'publish.coverage.percent': number | null };
  /** Files matched by a glob and left out because they are another kind of report. */
  skipped: { file: string; reason: string }[];
}

/** The setting each condition compares against, for annotating the configuration file. */
export const QUALITY_CONDITION_SETTING: Record<string, string> = {
  'reports.coverage': '/reports/coverage/paths',
  'reports.junit': '/reports/junit/paths',
  'coverage.lines': '/coverage/lines',
  'coverage.branches': '/coverage/branches',
  'coverage.functions': '/coverage/functions',
  'coverage.statements': '/coverage/statements',
  'tests.count': '/tests/minCount',
  'tests.failed': '/tests/maxFailed',
  'tests.passRate': '/tests/minPassRate',
};

const METRIC_TITLE: Record<CoverageMetric, string> = { lines: 'Line coverage', branches: 'Branch coverage', functions: 'Function coverage', statements: 'Statement coverage' };
const MAX_FAILURES = 50;

/** Joins coverage reports by source file: the first report that covers a file wins (the same run rarely writes two formats that disagree). */
export function mergeCoverage(reports: readonly CoverageReport[], workspace: string): { files: FileCoverage[]; duplicates: string[] } {
  const byPath = new Map<string, FileCoverage>();
  const duplicates = new Set<string>();
  for (const report of reports) {
    for (const file of report.files) {
      const path = workspacePath(file.path, workspace);
      if (byPath.has(path)) duplicates.add(path);
      else byPath.set(path, { ...file, path });
    }
  }
  return { files: [...byPath.values()], duplicates: [...duplicates].sort() };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function coverageCondition(metric: CoverageMetric, threshold: number, reports: readonly CoverageReport[], total: CoverageCount | undefined, required: boolean): GateCondition {
  const base = { id: `coverage.${metric}`, title: METRIC_TITLE[metric], comparison: '>=' as const, threshold, unit: 'percent' as const };
  if (threshold === 0) return { ...base, status: 'skip', actual: total && percent(total) !== undefined ? percent(total)! : null, detail: 'disabled (threshold 0)' };
  if (reports.length === 0) {
    return required
      ? { ...base, status: 'fail', actual: null, detail: `no coverage report was found, so ${metric} coverage is unknown` }
      : { ...base, status: 'skip', actual: null, detail: 'no coverage report (not required)' };
  }
  if (!total) {
    const formats = [...new Set(reports.map((r) => r.format))].join(', ');
    return { ...base, status: 'skip', actual: null, detail: `${formats} does not report ${metric} coverage` };
  }
  const value = percent(total);
  if (value === undefined) return { ...base, status: 'warn', actual: null, detail: `nothing to measure (0 of 0 ${metric})` };
  const ok = value >= threshold;
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    actual: floorTo(value),
    detail: ok ? `${total.covered} of ${total.total} ${metric} covered` : `${metric} coverage ${floorTo(value)}% is below ${threshold}% (${total.covered} of ${total.total} covered)`,
  };
}

/**
 * Decides the quality gate: every condition is listed with its threshold, actual value and status. A missing
 * configuration, a missing required report, too few executed tests, too many failures, a low pass rate or
 * coverage below a threshold fails it. Metrics that nothing measured only warn; metrics a format cannot carry
 * (statements in lcov and Cobertura) are skipped.
 */
export function evaluateQualityGate(config: QualityGatesConfig, evidence: QualityEvidence): QualityGateResult {
  const conditions: GateCondition[] = [];
  conditions.push(configCondition(evidence.config));

  const coverageRequired = config.reports.coverage.required;
  const junitRequired = config.reports.junit.required;
  conditions.push(reportCondition('reports.coverage', 'Coverage report', evidence.coverage.length, coverageRequired, config.reports.coverage.paths));
  conditions.push(reportCondition('reports.junit', 'Test report (JUnit XML)', evidence.junit.length, junitRequired, config.reports.junit.paths));

  const merged = mergeCoverage(evidence.coverage, evidence.workspace);
  const totals = totalsOf(merged.files);
  for (const metric of COVERAGE_METRICS) conditions.push(coverageCondition(metric, config.coverage[metric], evidence.coverage, totals[metric], coverageRequired));

  const testTotals = sumTotals(evidence.junit.map((r) => r.totals));
  const executed = testTotals.tests - testTotals.skipped;
  const failed = testTotals.failed + testTotals.errors;
  const passRate = executed > 0 ? testTotals.passed / executed : null;
  const noTests = evidence.junit.length === 0;
  const missingTests = (id: string, title: string, comparison: '>=' | '<=', threshold: number, unit: GateCondition['unit']): GateCondition =>
    junitRequired
      ? { id, title, comparison, threshold, unit, status: 'fail', actual: null, detail: 'no JUnit report was found' }
      : { id, title, comparison, threshold, unit, status: 'skip', actual: null, detail: 'no JUnit report (not required)' };

  if (noTests) {
    conditions.push(missingTests('tests.count', 'Executed tests', '>=', config.tests.minCount, 'count'));
    conditions.push(missingTests('tests.failed', 'Failed tests', '<=', config.tests.maxFailed, 'count'));
    conditions.push(missingTests('tests.passRate', 'Pass rate', '>=', config.tests.minPassRate, 'ratio'));
  } else {
    const countOk = executed >= config.tests.minCount;
    conditions.push({
      id: 'tests.count',
      title: 'Executed tests',
      comparison: '>=',
      threshold: config.tests.minCount,
      actual: executed,
      unit: 'count',
      status: countOk ? 'pass' : 'fail',
      detail: countOk
        ? `${plural(testTotals.tests, 'test')}, ${testTotals.skipped} skipped`
        : `only ${plural(executed, 'test')} ran (${testTotals.skipped} skipped); at least ${config.tests.minCount} must run`,
    });
    conditions.push({
      id: 'tests.failed',
      title: 'Failed tests',
      comparison: '<=',
      threshold: config.tests.maxFailed,
      actual: failed,
      unit: 'count',
      status: failed <= config.tests.maxFailed ? 'pass' : 'fail',
      detail:
        failed <= config.tests.maxFailed
          ? `${testTotals.failed} failed, ${testTotals.errors} errored${testTotals.flaky ? `, ${testTotals.flaky} passed on a rerun` : ''}`
          : `${testTotals.failed} failed and ${testTotals.errors} errored; at most ${config.tests.maxFailed} allowed`,
    });
    const rateOk = passRate !== null && passRate >= config.tests.minPassRate;
    conditions.push({
      id: 'tests.passRate',
      title: 'Pass rate',
      comparison: '>=',
      threshold: config.tests.minPassRate,
      actual: passRate,
      unit: 'ratio',
      status: rateOk ? 'pass' : 'fail',
      detail:
        passRate === null
          ? 'no test ran, so there is no pass rate'
          : `${testTotals.passed} of ${executed} executed tests passed${rateOk ? '' : `; at least ${floorTo(config.tests.minPassRate * 100)}% must pass`}`,
    });
  }

  const failures: FailedTest[] = [];
  for (const report of evidence.junit) {
    for (const c of report.cases) {
      if ((c.status === 'failed' || c.status === 'error') && failures.length < MAX_FAILURES) {
        const entry: FailedTest = { report: report.file, suite: c.suite, classname: c.classname, name: c.name, status: c.status, reportLine: c.reportLine };
        if (c.message !== undefined) entry.message = c.message;
        if (c.file !== undefined) entry.file = c.file;
        if (c.line !== undefined) entry.line = c.line;
        failures.push(entry);
      }
    }
  }

  const percents: Partial<Record<CoverageMetric, number | null>> = {};
  for (const metric of COVERAGE_METRICS) {
    if (totals[metric]) {
      const value = percent(totals[metric]);
      percents[metric] = value === undefined ? null : floorTo(value);
    }
  }
  return {
    gate: 'quality',
    status: gateStatus(conditions),
    conditions,
    reasons: reasonsOf(conditions),
    coverage: {
      reports: evidence.coverage.map((r) => ({ file: r.file, format: r.format, files: r.files.length, notes: r.notes })),
      totals,
      percent: percents,
      duplicates: merged.duplicates,
    },
    tests: {
      reports: evidence.junit.map((r) => ({ file: r.file, totals: r.totals, notes: r.notes })),
      totals: testTotals,
      executed,
      passRate: passRate === null ? null : floorTo(passRate, 4),
      failures,
    },
    metrics: {
      'publish.test.pass_rate': passRate === null ? null : floorTo(passRate, 4),
      'publish.coverage.percent': percents.lines ?? null,
    },
    skipped: evidence.skipped ?? [],
  };
}

function reportCondition(id: string, title: string, found: number, required: boolean, patterns: readonly string[]): GateCondition {
  const where = patterns.filter((p) => !p.startsWith('!')).join(', ');
  if (found > 0) return { id, title, comparison: 'present', threshold: required ? 'required' : 'optional', actual: plural(found, 'file'), status: 'pass' };
  return {
    id,
    title,
    comparison: 'present',
    threshold: required ? 'required' : 'optional',
    actual: 'none found',
    status: required ? 'fail' : 'skip',
    detail: `no file matches ${where}${required ? '; a missing report fails the gate' : ''}`,
  };
}
