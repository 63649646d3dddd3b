import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isConfigError } from '@powerx/core/errors.js';
import { runQualityGate } from '@powerx/core/gates/quality-run.js';
import { parseGateConfig, type QualityGatesConfig } from '@powerx/core/gates/config.js';
import { floorTo, formatValue } from '@powerx/core/gates/gate.js';
import { evaluateQualityGate, mergeCoverage } from '@powerx/core/gates/quality.js';
import { renderQualityMarkdown } from '@powerx/core/gates/quality-report.js';
import type { CoverageReport } from '@powerx/core/reports/coverage.js';
import { parseJUnit, type JUnitReport } from '@powerx/core/reports/junit.js';
import { parseLcov } from '@powerx/core/reports/lcov.js';
import { istanbulSummary, junitXml, write } from '../support/gate-workspace.js';
import { readFixture } from '../support/report-fixtures.js';
import { parseIstanbulSummary } from '@powerx/core/reports/istanbul.js';

const defaults = (): QualityGatesConfig => parseGateConfig('{}', 'quality_gates.yaml');
const config = (yaml: string): QualityGatesConfig => parseGateConfig(yaml, 'quality_gates.yaml');
const found = { file: 'config/publish/quality_gates.yaml', found: true };
const summary = (lines: [number, number], rest: Partial<Record<'branches' | 'functions' | 'statements', [number, number]>> = {}): CoverageReport =>
  parseIstanbulSummary(istanbulSummary({ '/ws/src/a.ts': { lines, ...rest } }), 'coverage/coverage-summary.json');
const junit = (passed: number, failed = 0, skipped = 0): JUnitReport => parseJUnit(junitXml(passed, failed, skipped), 'reports/junit.xml');
const evaluate = (cfg: QualityGatesConfig, coverage: CoverageReport[], tests: JUnitReport[], configFound = true) =>
  evaluateQualityGate(cfg, { config: { ...found, found: configFound }, coverage, junit: tests, workspace: '/ws' });
const status = (result: ReturnType<typeof evaluate>, id: string) => result.conditions.find((c) => c.id === id)?.status;

describe('quality gate rules', () => {
  it('passes at exactly the thresholds', () => {
    const r = evaluate(defaults(), [summary([90, 100])], [junit(19, 1, 3)], true);
    // 19 of 20 executed pass = 95%, but one failure exceeds maxFailed 0.
    expect(status(r, 'coverage.lines')).toBe('pass');
    expect(status(r, 'tests.passRate')).toBe('pass');
    expect(status(r, 'tests.failed')).toBe('fail');
    expect(r.tests).toMatchObject({ executed: 20, passRate: 0.95 });
  });

  it('fails below a coverage threshold and never prints a failing value as the threshold', () => {
    const r = evaluate(defaults(), [summary([89_996, 100_000])], [junit(3)]);
    const lines = r.conditions.find((c) => c.id === 'coverage.lines')!;
    expect(lines).toMatchObject({ status: 'fail', actual: 89.99 });
    expect(formatValue(lines.actual, 'percent')).toBe('89.99%');
    expect(r.status).toBe('failed');
    expect(r.metrics['publish.coverage.percent']).toBe(89.99);
  });

  it('a threshold of 0 disables a metric; 0 of 0 only warns; a metric the format cannot carry is skipped', () => {
    const lcov = parseLcov('SF:src/a.ts\nDA:1,1\nDA:2,1\nend_of_record\n', 'coverage/lcov.info');
    const r = evaluate(config('coverage: {functions: 0}'), [lcov], [junit(2)]);
    expect(r.conditions.filter((c) => c.id.startsWith('coverage.')).map((c) => [c.id, c.status])).toEqual([
      ['coverage.lines', 'pass'],
      ['coverage.branches', 'warn'],
      ['coverage.functions', 'skip'],
      ['coverage.statements', 'skip'],
    ]);
    expect(r.status).toBe('passed');
  });

  it('a missing required report fails its conditions; an optional one is skipped', () => {
    const r = evaluate(defaults(), [], [junit(2)]);
    expect(status(r, 'reports.coverage')).toBe('fail');
    expect(status(r, 'coverage.lines')).toBe('fail');
    const optional = evaluate(config('reports: {coverage: {required: false}}'), [], [junit(2)]);
    expect(status(optional, 'reports.coverage')).toBe('skip');
    expect(status(optional, 'coverage.lines')).toBe('skip');
    expect(optional.status).toBe('passed');
  });

  it('a missing configuration fails the gate', () => {
    const r = evaluate(defaults(), [summary([100, 100])], [junit(2)], false);
    expect(status(r, 'config')).toBe('fail');
    expect(r.reasons[0]).toEqual({ code: 'config', message: 'config/publish/quality_gates.yaml was not found; a gate without configuration never passes' });
  });

  it('counts executed tests without the skipped ones, and an all-skipped run has no pass rate', () => {
    const r = evaluate(config('tests: {minCount: 5}'), [summary([100, 100])], [junit(0, 0, 9)]);
    expect(r.conditions.find((c) => c.id === 'tests.count')).toMatchObject({ status: 'fail', actual: 0 });
    expect(r.conditions.find((c) => c.id === 'tests.passRate')).toMatchObject({ status: 'fail', actual: null });
    expect(r.metrics['publish.test.pass_rate']).toBeNull();
  });

  it('pass rate below the minimum fails even when failures are allowed', () => {
    const r = evaluate(config('tests: {maxFailed: 10, minPassRate: 0.95}'), [summary([100, 100])], [junit(94, 6)]);
    expect(status(r, 'tests.failed')).toBe('pass');
    expect(r.conditions.find((c) => c.id === 'tests.passRate')).toMatchObject({ status: 'fail', actual: 0.94 });
  });

  it('errored tests count as failed and are listed', () => {
    const errored = parseJUnit('<testsuite name="s"><testcase name="boot"><error message="ECONNREFUSED"/></testcase><testcase name="ok"/></testsuite>', 'reports/e.xml');
    const r = evaluate(defaults(), [summary([100, 100])], [errored]);
    expect(r.conditions.find((c) => c.id === 'tests.failed')).toMatchObject({ status: 'fail', actual: 1 });
    expect(r.tests.failures).toEqual([{ report: 'reports/e.xml', suite: 's', classname: '', name: 'boot', status: 'error', message: 'ECONNREFUSED', reportLine: 1 }]);
  });

  it('merges coverage reports by source file, first report wins, paths made relative to the workspace', () => {
    const a = summary([9, 10]);
    const b = parseLcov('SF:src/a.ts\nDA:1,0\nend_of_record\nSF:src/b.ts\nDA:1,1\nDA:2,0\nend_of_record\n', 'coverage/lcov.info');
    const merged = mergeCoverage([a, b], '/ws');
    expect(merged.files.map((f) => [f.path, f.lines])).toEqual([
      ['src/a.ts', { covered: 9, total: 10 }],
      ['src/b.ts', { covered: 1, total: 2 }],
    ]);
    expect(merged.duplicates).toEqual(['src/a.ts']);
    const r = evaluate(defaults(), [a, b], [junit(1)]);
    expect(r.coverage.totals.lines).toEqual({ covered: 10, total: 12 });
  });

  it('renders a summary with every condition and the failed tests', () => {
    const r = evaluate(defaults(), [summary([80, 100])], [junit(3, 1)]);
    const md = renderQualityMarkdown(r, 'acme.crm-sync@2.4.0');
    expect(md).toContain('### ❌ Quality gate failed for `acme.crm-sync@2.4.0`');
    for (const c of r.conditions) expect(md).toContain(`\`${c.id}\``);
    expect(md).toContain('| crm-sync regression › fails 1 | failed | expected 200, got 500 | `src/sync.test.ts`:10 |');
    expect(md).toContain('| `publish.coverage.percent` | 80 |');
  });

  it('floors, never rounds up', () => {
    expect(floorTo(89.999)).toBe(89.99);
    expect(floorTo(0.29 * 100)).toBe(29);
    expect(floorTo(0.95, 4)).toBe(0.95);
  });
});

describe('finding the reports', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('a glob that also matches another kind of report leaves it out with a note; naming it makes it an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'powerx-quality-'));
    dirs.push(dir);
    write(dir, 'config/publish/quality_gates.yaml', 'reports:\n  coverage:\n    paths: [reports/cobertura.xml]\n');
    write(dir, 'reports/junit.xml', junitXml(4));
    write(dir, 'reports/cobertura.xml', readFixture('cobertura/coveragepy-7.14.1-branch.xml'));
    write(dir, 'reports/broken.xml', '<testsuite><testcase name="a"></testsuite>');
    const withBroken = await runQualityGate({ cwd: dir }).catch((e: unknown) => e);
    expect(isConfigError(withBroken) && withBroken.issues[0]).toMatchObject({ file: 'reports/broken.xml', code: 'xml-syntax' });

    rmSync(join(dir, 'reports/broken.xml'));
    const run = await runQualityGate({ cwd: dir, config: 'config/publish/quality_gates.yaml' });
    expect(run.result.tests.reports.map((r) => r.file)).toEqual(['reports/junit.xml']);
    expect(run.result.coverage.reports.map((r) => r.file)).toEqual(['reports/cobertura.xml']);
    expect(run.result.skipped).toEqual([{ file: 'reports/cobertura.xml', reason: 'is not a JUnit XML report: the root element is <coverage>, expected <testsuites> or <testsuite>' }]);
    expect(renderQualityMarkdown(run.result)).toContain('_Left out (matched a pattern but are another kind of report): `reports/cobertura.xml`');

    const named = await runQualityGate({ cwd: dir, junit: ['reports/cobertura.xml'] }).catch((e: unknown) => e);
    expect(isConfigError(named) && named.issues[0]).toMatchObject({ file: 'reports/cobertura.xml', code: 'not-junit', line: 2 });
  });
});
