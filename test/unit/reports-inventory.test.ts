import { describe, expect, it } from 'vitest';
import { parseCoverage } from '@powerx/core/reports/coverage-formats.js';
import { parseCvss } from '@powerx/core/reports/cvss.js';
import { parseJUnit } from '@powerx/core/reports/junit.js';
import { parseNpmAudit } from '@powerx/core/reports/npm-audit.js';
import { parseOsv } from '@powerx/core/reports/osv.js';
import { parseSarif } from '@powerx/core/reports/sarif.js';
import { fixturePath, listFixtures, readFixture } from '../support/report-fixtures.js';

/** Every fixture and the number of items it holds (tests, covered files, findings, vectors), asserted in detail elsewhere. */
const INVENTORY: Record<string, number> = {
  'cobertura/cobertura-2.1.1-java.xml': 7,
  'cobertura/coveragepy-6.3.2.xml': 47,
  'cobertura/coveragepy-7.14.1-branch.xml': 1,
  'cobertura/gcovr-8.0-gcc14.xml': 1,
  'cvss/cvss-vectors.json': 23,
  'istanbul/jest-coverage-summary.json': 6,
  'istanbul/vitest-coverage-summary.json': 5,
  'junit/go-junit-report.xml': 5,
  'junit/jest-junit-suite-errors.xml': 2,
  'junit/jest-junit.xml': 6,
  'junit/mocha-junit-reporter.xml': 1,
  'junit/phpunit-nested-testsuites.xml': 12,
  'junit/surefire-TEST-action.surefire.report.calc.StringUtilsTest.xml': 5,
  'lcov/coverlet-lcov.info': 15,
  'lcov/gcov-cpp-lcov.info': 3,
  'lcov/jest-istanbul-lcov.info': 6,
  'npm-audit/npm-audit-many-vulns.json': 3,
  'npm-audit/npm-audit-no-vuln.json': 0,
  'npm-audit/npm-audit-one-vuln-high.json': 2,
  'osv/osv-record-GHSA-3pxv-7cmr-fjr4.json': 1,
  'osv/osv-record-GHSA-whgm-jr23-g3j9.json': 1,
  'osv/osv-record-GO-2022-0493.json': 2,
  'osv/osv-scanner-some-findings.json': 1,
  'sarif/eslint-8.57.0-no-results.sarif': 0,
  'sarif/gitleaks-7.5.0.sarif': 8,
  'sarif/govulncheck-1.3.0.sarif': 3,
  'sarif/osv-scanner-test-vuln-results-a.sarif': 3,
  'sarif/semgrep-oss-1.69.0.sarif': 77,
  'sarif/snyk-container-two-runs-no-results.sarif': 0,
  'sarif/trivy-image.sarif': 1,
};

function items(name: string): number {
  const text = readFixture(name);
  const file = fixturePath(name);
  const folder = name.split('/')[0];
  switch (folder) {
    case 'junit':
      return parseJUnit(text, file).totals.tests;
    case 'cobertura':
    case 'lcov':
    case 'istanbul':
      return parseCoverage(text, file).files.length;
    case 'sarif':
      return parseSarif(text, file).findings.length;
    case 'npm-audit':
      return parseNpmAudit(text, file).findings.length;
    case 'osv':
      return parseOsv(text, file).findings.length;
    case 'cvss':
      return (JSON.parse(text) as { entries: { vector: string }[] }).entries.map((e) => parseCvss(e.vector)).length;
    default:
      throw new Error(`no parser for folder ${folder}`);
  }
}

describe('report fixture inventory', () => {
  it('lists exactly the files in the fixtures folder: a new fixture needs its counts here and a detailed test', () => {
    expect(listFixtures()).toEqual(Object.keys(INVENTORY).sort());
  });

  it.each(Object.entries(INVENTORY))('%s parses and holds %i item(s)', (name, expected) => {
    expect(items(name)).toBe(expected);
  });
});
