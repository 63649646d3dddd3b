import { describe, expect, it } from 'vitest';
import { isConfigError, type ConfigIssue } from '@powerx/core/errors.js';
import { parseCobertura } from '@powerx/core/reports/cobertura.js';
import { detectCoverageFormat, parseCoverage } from '@powerx/core/reports/coverage-formats.js';
import { percent } from '@powerx/core/reports/coverage.js';
import { parseIstanbulSummary } from '@powerx/core/reports/istanbul.js';
import { parseLcov } from '@powerx/core/reports/lcov.js';
import { fixturePath, readFixture } from '../support/report-fixtures.js';

const load = (name: string) => parseCoverage(readFixture(name), fixturePath(name));

function issueOf(fn: () => unknown): ConfigIssue {
  try {
    fn();
  } catch (e) {
    if (isConfigError(e)) return e.issues[0]!;
    throw e;
  }
  throw new Error('expected an error');
}

// Expected counts were computed independently of these parsers: the istanbul files by summing their per-file
// entries, lcov with an awk script over DA/FN/FNDA/BRDA lines (unique per line, function, branch), Cobertura with
// Python's xml.etree over class <line> elements (which agrees with each file's lines-valid/lines-covered).
describe('istanbul coverage-summary.json fixtures', () => {
  it('jest: six files, branch totals of zero', () => {
    const r = load('istanbul/jest-coverage-summary.json');
    expect(r.format).toBe('istanbul-summary');
    expect(r.files).toHaveLength(6);
    expect(r.totals).toEqual({ lines: { covered: 33, total: 42 }, statements: { covered: 33, total: 43 }, functions: { covered: 2, total: 6 }, branches: { covered: 0, total: 0 } });
    expect(r.notes).toEqual([]);
    expect(percent(r.totals.branches)).toBeUndefined();
    expect(r.files[0]!.path).toBe('/Users/misha/Downloads/GithubSamples/api-testing-example/src/controller.js');
  });

  it('vitest: pct "Unknown" is ignored, the counts are used', () => {
    const r = load('istanbul/vitest-coverage-summary.json');
    expect(r.files).toHaveLength(5);
    expect(r.totals).toEqual({ lines: { covered: 60, total: 145 }, statements: { covered: 62, total: 150 }, functions: { covered: 18, total: 29 }, branches: { covered: 23, total: 58 } });
    expect(percent(r.totals.lines)).toBeCloseTo(41.379, 3);
  });

  it('a total that disagrees with its files is noted, and the files win', () => {
    const entry = (covered: number, total: number) => ({ lines: { covered, total }, statements: { covered, total }, functions: { covered, total }, branches: { covered, total } });
    const r = parseIstanbulSummary(JSON.stringify({ total: entry(9, 10), 'a.js': entry(1, 10) }), 'c.json');
    expect(r.totals.lines).toEqual({ covered: 1, total: 10 });
    expect(r.notes[0]).toBe('"total".lines is 9/10 but the files add up to 1/10; the files are counted');
  });

  it('locates a malformed entry by line and key', () => {
    const text = '{\n  "total": {\n    "lines": {"total": 10, "covered": 2},\n    "statements": {"total": 10, "covered": 2},\n    "functions": {"total": 1, "covered": 3},\n    "branches": {"total": 0, "covered": 0}\n  }\n}';
    expect(issueOf(() => parseIstanbulSummary(text, 'coverage/coverage-summary.json'))).toMatchObject({
      file: 'coverage/coverage-summary.json',
      line: 5,
      pointer: '/total/functions/covered',
      message: 'functions.covered (3) exceeds functions.total (1)',
    });
  });

  it('rejects JSON that is not a summary', () => {
    expect(issueOf(() => parseIstanbulSummary('{"version": "2.1.0", "runs": []}', 's.json'))).toMatchObject({ code: 'not-istanbul' });
    expect(issueOf(() => parseIstanbulSummary('{"total": ', 's.json'))).toMatchObject({ code: 'json-syntax', line: 1 });
  });
});

describe('lcov fixtures', () => {
  it('jest/istanbul lcov: six records, BRF:0', () => {
    const r = load('lcov/jest-istanbul-lcov.info');
    expect(r.format).toBe('lcov');
    expect(r.files.map((f) => f.path)).toEqual(['src/controller.js', 'src/index.js', 'src/router.js', 'src/service.js', 'src/utils/config.js', 'src/utils/utils.js']);
    expect(r.totals).toEqual({ lines: { covered: 33, total: 42 }, functions: { covered: 2, total: 6 }, branches: { covered: 0, total: 0 } });
    expect(r.notes).toEqual([]);
  });

  it('coverlet: function names with commas, repeated DA lines, summaries that count duplicates', () => {
    const r = load('lcov/coverlet-lcov.info');
    expect(r.files).toHaveLength(15);
    expect(r.totals).toEqual({ lines: { covered: 118, total: 184 }, functions: { covered: 27, total: 54 }, branches: { covered: 5, total: 8 } });
    const analyzer = r.files.find((f) => f.path === 'C:/temp/AnalyzerTestClass.cs')!;
    expect(analyzer.lines).toEqual({ covered: 0, total: 11 });
    expect(analyzer.functions).toEqual({ covered: 0, total: 5 });
    expect(r.notes).toContain('C:/temp/AnalyzerTestClass.cs: line summary says 0/12 but the details give 0/11; the details are counted');
  });

  it('gcov: Windows paths, a record without TN:, same basename in two folders', () => {
    const r = load('lcov/gcov-cpp-lcov.info');
    expect(r.files.map((f) => [f.path, f.lines])).toEqual([
      ['C:/temp/sub/calculator.cpp', { covered: 4, total: 4 }],
      ['C:/temp/main.cpp', { covered: 9, total: 11 }],
      ['C:/temp/calculator.cpp', { covered: 4, total: 4 }],
    ]);
    expect(r.totals).toEqual({ lines: { covered: 17, total: 19 }, functions: { covered: 3, total: 3 }, branches: { covered: 0, total: 0 } });
  });

  it('reads lcov 2 FNL/FNA functions (aliases share an index) and BRDA "-"', () => {
    const text = ['SF:a.c', 'FNL:0,3,5', 'FNA:0,0,f', 'FNA:0,2,f_alias', 'FNL:1,9', 'FNA:1,0,g', 'BRDA:4,0,0,-', 'BRDA:4,0,1,3', 'DA:3,1', 'DA:9,0', 'end_of_record'].join('\n');
    expect(parseLcov(text, 'lcov.info').totals).toEqual({ lines: { covered: 1, total: 2 }, functions: { covered: 1, total: 2 }, branches: { covered: 1, total: 2 } });
  });

  it('merges records for the same source file and uses summary lines only when there are no details', () => {
    const text = ['SF:a.js', 'DA:1,0', 'end_of_record', 'TN:other', 'SF:a.js', 'DA:1,4', 'DA:2,0', 'end_of_record', 'SF:b.js', 'LF:10', 'LH:7', 'end_of_record'].join('\n');
    const r = parseLcov(text, 'lcov.info');
    expect(r.files.map((f) => [f.path, f.lines])).toEqual([
      ['a.js', { covered: 1, total: 2 }],
      ['b.js', { covered: 7, total: 10 }],
    ]);
  });

  it('rejects lines that are not lcov, naming the line', () => {
    expect(issueOf(() => parseLcov('SF:a.js\nDA:1,1\nthis is not lcov\nend_of_record\n', 'coverage/lcov.info'))).toMatchObject({ file: 'coverage/lcov.info', line: 3, code: 'not-lcov' });
    expect(issueOf(() => parseLcov('DA:1,1\n', 'lcov.info'))).toMatchObject({ line: 1, message: 'line 1: DA outside a record (no SF: line before it)' });
    expect(issueOf(() => parseLcov('SF:a.js\nDA:x,1\nend_of_record\n', 'lcov.info'))).toMatchObject({ line: 2 });
    expect(issueOf(() => parseLcov('TN:\n', 'lcov.info'))).toMatchObject({ message: 'is not an lcov tracefile: it has no SF: record' });
  });
});

describe('Cobertura fixtures', () => {
  it('coverage.py 7.14 with branch data', () => {
    const r = load('cobertura/coveragepy-7.14.1-branch.xml');
    expect(r.format).toBe('cobertura');
    expect(r.files).toHaveLength(1);
    expect(r.totals).toEqual({ lines: { covered: 8, total: 8 }, branches: { covered: 2, total: 4 }, functions: { covered: 0, total: 0 } });
    expect(r.notes).toEqual([]);
  });

  it('coverage.py 6.3.2: 47 files, no branch data, empty <lines/>', () => {
    const r = load('cobertura/coveragepy-6.3.2.xml');
    expect(r.files).toHaveLength(47);
    expect(r.totals.lines).toEqual({ covered: 489, total: 1530 });
    expect(r.totals.branches).toEqual({ covered: 0, total: 0 });
    expect(r.files.find((f) => f.path === 'logger/__init__.py')!.lines).toEqual({ covered: 0, total: 0 });
    expect(r.notes).toEqual([]);
  });

  it('gcovr 8.0: DOCTYPE, per-method lines that repeat the class lines, jump conditions', () => {
    const r = load('cobertura/gcovr-8.0-gcc14.xml');
    expect(r.files.map((f) => f.path)).toEqual(['main.cpp']);
    expect(r.totals).toEqual({ lines: { covered: 7, total: 11 }, branches: { covered: 2, total: 4 }, functions: { covered: 2, total: 3 } });
  });

  it('Cobertura 2.1.1 (Java): seven classes, <init> methods, complexity NaN', () => {
    const r = load('cobertura/cobertura-2.1.1-java.xml');
    expect(r.files).toHaveLength(7);
    expect(r.totals).toEqual({ lines: { covered: 24, total: 36 }, branches: { covered: 1, total: 4 }, functions: { covered: 8, total: 17 } });
    expect(r.notes).toEqual([]);
  });

  it('notes a root that disagrees with its lines and merges classes sharing a file', () => {
    const xml = `<coverage lines-valid="5" lines-covered="5"><packages><package name="p"><classes>
      <class name="A" filename="A.java"><lines><line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines></class>
      <class name="A$Inner" filename="A.java"><lines><line number="2" hits="3"/><line number="3" hits="0"/></lines></class>
    </classes></package></packages></coverage>`;
    const r = parseCobertura(xml, 'cobertura.xml');
    expect(r.files).toEqual([{ path: 'A.java', lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 }, functions: { covered: 0, total: 0 } }]);
    expect(r.notes).toEqual(['<coverage> says lines 5/5 but the <line> elements give 2/3; the lines are counted']);
  });

  it('reads the coverlet and istanbul flavours: branch="True", method hit counts', () => {
    const coverlet = `<?xml version="1.0" encoding="utf-8"?>
<coverage line-rate="0.75" branch-rate="0.5" version="1.9" timestamp="1700000000" lines-covered="3" lines-valid="4" branches-covered="2" branches-valid="4">
  <sources><source>C:\\src\\</source></sources>
  <packages><package name="Calc" line-rate="0.75" branch-rate="0.5" complexity="3"><classes>
    <class name="Calc.Math" filename="Calc\\Math.cs" line-rate="0.75" branch-rate="0.5" complexity="3">
      <methods>
        <method name="Add" signature="(System.Int32,System.Int32)" line-rate="1" branch-rate="1" complexity="1"><lines><line number="5" hits="2" branch="False" /></lines></method>
        <method name="Div" signature="(System.Int32,System.Int32)" line-rate="0.66" branch-rate="0.5" complexity="2"><lines>
          <line number="9" hits="1" branch="True" condition-coverage="50% (2/4)"><conditions><condition number="7" type="jump" coverage="50%" /></conditions></line>
          <line number="10" hits="1" branch="False" /><line number="11" hits="0" branch="False" /></lines></method>
      </methods>
      <lines><line number="5" hits="2" branch="False" /><line number="9" hits="1" branch="True" condition-coverage="50% (2/4)" /><line number="10" hits="1" branch="False" /><line number="11" hits="0" branch="False" /></lines>
    </class>
  </classes></package></packages>
</coverage>`;
    const r = parseCobertura(coverlet, 'coverage.cobertura.xml');
    expect(r.files).toEqual([{ path: 'Calc/Math.cs', lines: { covered: 3, total: 4 }, branches: { covered: 2, total: 4 }, functions: { covered: 2, total: 2 } }]);
    expect(r.notes).toEqual([]);
    const istanbul = '<coverage lines-valid="2" lines-covered="1"><packages><package name="src"><classes><class name="a.js" filename="src/a.js"><methods><method name="(anonymous_0)" hits="0" signature="()V"><lines><line number="1" hits="1"/></lines></method></methods><lines><line number="1" hits="1" branch="false"/><line number="2" hits="0" branch="false"/></lines></class></classes></package></packages></coverage>';
    expect(parseCobertura(istanbul, 'cobertura-coverage.xml').totals.functions).toEqual({ covered: 0, total: 1 });
  });

  it('rejects other XML and bad line attributes with their line', () => {
    expect(issueOf(() => parseCobertura('<?xml version="1.0"?>\n<testsuites/>', 'c.xml'))).toMatchObject({ line: 2, code: 'not-cobertura' });
    expect(issueOf(() => parseCobertura('<coverage>\n<packages><package><classes>\n<class filename="a.py"><lines>\n<line number="x" hits="1"/></lines></class></classes></package></packages></coverage>', 'c.xml'))).toMatchObject({
      line: 4,
      code: 'invalid-cobertura',
    });
    expect(issueOf(() => parseCobertura('<coverage line-rate="1"/>', 'c.xml'))).toMatchObject({ message: 'is not a Cobertura report: <coverage> has no <packages> element' });
  });
});

describe('coverage format detection', () => {
  it('tells the three formats apart by content', () => {
    expect(detectCoverageFormat(readFixture('istanbul/jest-coverage-summary.json'))).toBe('istanbul-summary');
    expect(detectCoverageFormat(readFixture('lcov/gcov-cpp-lcov.info'))).toBe('lcov');
    expect(detectCoverageFormat(readFixture('cobertura/gcovr-8.0-gcc14.xml'))).toBe('cobertura');
    expect(detectCoverageFormat('hello')).toBeUndefined();
  });

  it('a JUnit file offered as coverage is an error, not an empty coverage report', () => {
    expect(issueOf(() => parseCoverage(readFixture('junit/jest-junit.xml'), 'coverage/cobertura-coverage.xml'))).toMatchObject({ code: 'not-cobertura', line: 2 });
    expect(issueOf(() => parseCoverage('plain text', 'coverage.txt'))).toMatchObject({ code: 'unknown-coverage-format' });
  });

  it('a format the gate does not accept is named', () => {
    expect(issueOf(() => parseCoverage(readFixture('lcov/jest-istanbul-lcov.info'), 'lcov.info', ['cobertura']))).toMatchObject({
      message: 'looks like lcov coverage, which this gate does not accept (accepted: cobertura)',
    });
  });
});
