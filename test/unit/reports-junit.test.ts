import { describe, expect, it } from 'vitest';
import { isConfigError } from '@powerx/core/errors.js';
import { parseJUnit, sumTotals } from '@powerx/core/reports/junit.js';
import { lineColumn, lineIndex } from '@powerx/core/reports/source.js';
import { fixturePath, readFixture } from '../support/report-fixtures.js';

const parse = (name: string) => parseJUnit(readFixture(name), fixturePath(name));

// Counted by hand from the files (and cross-checked with Python's xml.etree): test cases and their outcome elements.
describe('JUnit XML fixtures', () => {
  it('go-junit-report: packages as suites, an empty suite, a failure with no body', () => {
    const r = parse('junit/go-junit-report.xml');
    expect(r.suites).toBe(3);
    expect(r.totals).toEqual({ tests: 5, passed: 2, failed: 2, errors: 0, skipped: 1, flaky: 0 });
    expect(r.notes).toEqual([]);
    const failed = r.cases.filter((c) => c.status === 'failed');
    expect(failed.map((c) => [c.name, c.message])).toEqual([
      ['TestPackage3-1', 'Failed'],
      ['TestPackage3-4', 'Failed'],
    ]);
    expect(r.cases.find((c) => c.name === 'TestPackage3-3')).toMatchObject({ status: 'skipped', message: 'Skipped', suite: 'github.com/company/package3' });
  });

  it('jest-junit: nested describe names, failures without a message attribute, one skipped test', () => {
    const r = parse('junit/jest-junit.xml');
    expect(r.suites).toBe(2);
    expect(r.totals).toEqual({ tests: 6, passed: 1, failed: 4, errors: 0, skipped: 1, flaky: 0 });
    expect(r.header).toEqual({ tests: 6, failures: 4, errors: 0 });
    expect(r.cases.find((c) => c.name === 'Failing test')).toMatchObject({ classname: 'Test 1 › Test 1.1', message: 'Error: expect(received).toBeTruthy()', reportLine: 6 });
  });

  it('jest-junit suite errors: two suites that failed to run count as two errored tests although the header says tests="0"', () => {
    const r = parse('junit/jest-junit-suite-errors.xml');
    expect(r.totals).toEqual({ tests: 2, passed: 0, failed: 0, errors: 2, skipped: 0, flaky: 0 });
    expect(r.header).toEqual({ tests: 0, failures: 0, errors: 2 });
    expect(r.notes).toEqual(['header says tests="0" but the file holds 2; the test cases are counted']);
    expect(r.cases[0]!.message).toBe('● Test suite failed to run');
  });

  it('Surefire: a <testsuite> root with entity-encoded multi-line messages', () => {
    const r = parse('junit/surefire-TEST-action.surefire.report.calc.StringUtilsTest.xml');
    expect(r.suites).toBe(1);
    expect(r.totals).toEqual({ tests: 5, passed: 2, failed: 2, errors: 0, skipped: 1, flaky: 0 });
    expect(r.notes).toEqual([]);
    const failure = r.cases.find((c) => c.name === 'require_fail')!;
    expect(failure.message).toContain('Expected: (an instance of java.lang.IllegalArgumentException');
    expect(failure.message).toContain('"This is unexpected"');
    expect(failure.suite).toBe('action.surefire.report.calc.StringUtilsTest');
  });

  it('mocha-junit-reporter: the header claims 15515 tests, the file holds one', () => {
    const r = parse('junit/mocha-junit-reporter.xml');
    expect(r.suites).toBe(3);
    expect(r.totals).toEqual({ tests: 1, passed: 1, failed: 0, errors: 0, skipped: 0, flaky: 0 });
    expect(r.notes).toEqual([
      'header says tests="15515" but the file holds 1; the test cases are counted',
      'header says skipped="1" but the file holds 0; the test cases are counted',
    ]);
    expect(r.cases[0]!.file).toBe('/path/test/config.js');
  });

  it('PHPUnit: nested suites, test cases with file and line', () => {
    const r = parse('junit/phpunit-nested-testsuites.xml');
    expect(r.suites).toBe(4);
    expect(r.totals).toEqual({ tests: 12, passed: 10, failed: 2, errors: 0, skipped: 0, flaky: 0 });
    expect(r.notes).toEqual([]);
    const nested = r.cases.find((c) => c.name === 'testTracerCanBeRegistered')!;
    expect(nested).toMatchObject({ suite: 'CLI Arguments › PHPUnit\\Event\\DeferringDispatcherTest', line: 69, status: 'passed' });
    expect(nested.file).toMatch(/DeferringDispatcherTest\.php$/);
    expect(r.cases.filter((c) => c.status === 'failed').every((c) => c.message?.includes('.phptFailed asserting'))).toBe(true);
  });

  it('sums several reports', () => {
    const totals = sumTotals(['junit/go-junit-report.xml', 'junit/jest-junit.xml'].map((n) => parse(n).totals));
    expect(totals).toEqual({ tests: 11, passed: 3, failed: 6, errors: 0, skipped: 2, flaky: 0 });
  });
});

describe('JUnit XML rules', () => {
  const error = (text: string) => {
    try {
      parseJUnit(text, 'reports/junit.xml');
    } catch (e) {
      if (isConfigError(e)) return e.issues[0]!;
      throw e;
    }
    throw new Error('expected an error');
  };

  it('rejects XML that is not JUnit, naming the root element and its line', () => {
    expect(error('<?xml version="1.0"?>\n\n<coverage line-rate="1"><packages/></coverage>')).toMatchObject({
      file: 'reports/junit.xml',
      line: 3,
      code: 'not-junit',
      message: 'is not a JUnit XML report: the root element is <coverage>, expected <testsuites> or <testsuite>',
    });
  });

  it('rejects malformed XML with the line and column of the problem', () => {
    expect(error('<testsuites>\n  <testsuite name="a">\n  </testsuites>')).toMatchObject({ line: 3, code: 'xml-syntax' });
  });

  it('rejects an empty file and a JSON file', () => {
    expect(error('   ')).toMatchObject({ code: 'empty-report' });
    expect(error('{"tests": 1}')).toMatchObject({ code: 'xml-syntax', line: 1 });
  });

  it('counts errors before failures, and Surefire flaky reruns as passed', () => {
    const r = parseJUnit(
      `<testsuite name="s">
        <testcase name="a"><failure/><error message="boom"/></testcase>
        <testcase name="b"><flakyFailure message="first try"/></testcase>
        <testcase name="c"><failure message="x"/><rerunFailure message="again"/></testcase>
        <testcase name="d" status="notrun"/>
        <testcase name="e" time="1,234.5"/>
      </testsuite>`,
      'x.xml',
    );
    expect(r.cases.map((c) => c.status)).toEqual(['error', 'passed', 'failed', 'skipped', 'passed']);
    expect(r.totals).toEqual({ tests: 5, passed: 2, failed: 1, errors: 1, skipped: 1, flaky: 1 });
    expect(r.cases[0]!.message).toBe('boom');
    expect(r.cases[4]!.time).toBe(1234.5);
  });

  it('decodes character references and keeps CDATA literal', () => {
    const r = parseJUnit('<testsuite><testcase name="t&#233;st &amp; more"><failure><![CDATA[a &amp; b]]></failure></testcase></testsuite>', 'x.xml');
    expect(r.cases[0]).toMatchObject({ name: 'tést & more', message: 'a &amp; b' });
  });

  it('an empty <testsuites> holds zero tests (the gate, not the parser, decides that is not enough)', () => {
    expect(parseJUnit('<testsuites/>', 'x.xml').totals.tests).toBe(0);
  });
});

describe('line lookups', () => {
  it('the indexed lookup agrees with a scan from the start for every offset', () => {
    const text = 'a\nbc\n\ndef\n';
    const lineAt = lineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) expect(lineAt(offset)).toBe(lineColumn(text, offset).line);
    expect(lineIndex('')(0)).toBe(1);
  });

  it('reports in a large file still name the right line of each test case', () => {
    const cases = Array.from({ length: 3000 }, (_, i) => `<testcase name="t${i}"${i === 2500 ? '><failure/></testcase>' : '/>'}`).join('\n');
    const r = parseJUnit(`<testsuite name="big">\n${cases}\n</testsuite>`, 'big.xml');
    expect(r.cases.find((c) => c.status === 'failed')).toMatchObject({ name: 't2500', reportLine: 2502 });
  });
});
