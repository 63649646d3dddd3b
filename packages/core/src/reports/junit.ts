import { reportError } from './source.js';
import { parseXmlReport, type XmlElement, type XmlReport } from './xml.js';

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCase {
  /** Names of the enclosing suites, outermost first, joined with ` › `. */
  suite: string;
  classname: string;
  name: string;
  status: TestStatus;
  /** Failed at least once, then passed on a rerun (Surefire `flakyFailure` / `flakyError`). */
  flaky: boolean;
  /** Seconds. */
  time?: number;
  /** The failure, error or skip message: its `message` attribute, else the first line of its text. */
  message?: string;
  /** Where the test is, when the producer says (`file` / `line` attributes of the case or its suite). */
  file?: string;
  line?: number;
  /** Line of the `<testcase>` element in the report. */
  reportLine: number;
}

export interface TestTotals {
  tests: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
}

export interface JUnitReport {
  file: string;
  format: 'junit';
  /** Number of `<testsuite>` elements, nested ones included. */
  suites: number;
  /** Counted from the `<testcase>` elements: the header attributes are not trusted. */
  totals: TestTotals;
  /** What the header attributes claim (root `<testsuites>`, else the sum of the top-level suites). */
  header: Partial<Record<'tests' | 'failures' | 'errors' | 'skipped', number>>;
  cases: TestCase[];
  /** Disagreements between header and content, and similar remarks. */
  notes: string[];
}

export const EMPTY_TOTALS: TestTotals = Object.freeze({ tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 });

function count(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function firstLine(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line === undefined ? undefined : line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

const OUTCOME_ORDER: readonly [string, TestStatus][] = [
  ['error', 'error'],
  ['failure', 'failed'],
  ['skipped', 'skipped'],
];

function caseOutcome(element: XmlElement): { status: TestStatus; message?: string; flaky: boolean } {
  for (const [tag, status] of OUTCOME_ORDER) {
    const found = element.children.find((c) => c.name === tag);
    if (found) return { status, message: found.attributes.message?.trim() || firstLine(found.text), flaky: false };
  }
  const flaky = element.children.some((c) => c.name === 'flakyFailure' || c.name === 'flakyError');
  // googletest marks tests that did not run with status="notrun" or result="skipped"/"suppressed".
  const status = element.attributes.status?.toLowerCase();
  const result = element.attributes.result?.toLowerCase();
  if (status === 'notrun' || status === 'disabled' || result === 'skipped' || result === 'suppressed') return { status: 'skipped', flaky };
  return { status: 'passed', flaky };
}

/**
 * Reads a JUnit XML report: a `<testsuites>` or `<testsuite>` root, suites nested to any depth (PHPUnit),
 * `<testcase>` elements with `<failure>`, `<error>` or `<skipped>` children, Surefire's rerun and flaky
 * elements. Totals are counted from the test cases themselves; header attributes that disagree are noted.
 */
export function parseJUnit(text: string, file: string): JUnitReport {
  const xml = parseXmlReport(text, file, 'JUnit XML (<testsuites> or <testsuite>)');
  const root = xml.root;
  if (root.name !== 'testsuites' && root.name !== 'testsuite') {
    throw reportError(file, `is not a JUnit XML report: the root element is <${root.name}>, expected <testsuites> or <testsuite>`, { line: xml.lineOf(root), column: 1 }, 'not-junit');
  }
  const report: JUnitReport = { file, format: 'junit', suites: 0, totals: { ...EMPTY_TOTALS }, header: {}, cases: [], notes: [] };
  if (root.name === 'testsuite') {
    report.suites = 1;
    walk(xml, root, root.attributes.name ? [root.attributes.name] : [], root.attributes.file, report);
  } else {
    walk(xml, root, [], undefined, report);
  }
  for (const c of report.cases) {
    report.totals.tests++;
    if (c.status === 'passed') report.totals.passed++;
    else if (c.status === 'failed') report.totals.failed++;
    else if (c.status === 'error') report.totals.errors++;
    else report.totals.skipped++;
    if (c.flaky) report.totals.flaky++;
  }
  report.header = headerTotals(root);
  const claimed = report.header;
  const counted = { tests: report.totals.tests, failures: report.totals.failed, errors: report.totals.errors, skipped: report.totals.skipped };
  for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) {
    if (claimed[key] !== undefined && claimed[key] !== counted[key]) {
      report.notes.push(`header says ${key}="${claimed[key]}" but the file holds ${counted[key]}; the test cases are counted`);
    }
  }
  return report;
}

function headerTotals(root: XmlElement): JUnitReport['header'] {
  const keys = ['tests', 'failures', 'errors', 'skipped'] as const;
  const sources = root.name === 'testsuite' || keys.some((k) => root.attributes[k] !== undefined) ? [root] : root.children.filter((c) => c.name === 'testsuite');
  const header: JUnitReport['header'] = {};
  for (const key of keys) {
    const values = sources.map((s) => count(s.attributes[key]));
    if (values.length > 0 && values.every((v) => v !== undefined)) header[key] = values.reduce((a, b) => a! + b!, 0);
  }
  return header;
}

function walk(xml: XmlReport, element: XmlElement, suites: string[], suiteFile: string | undefined, report: JUnitReport): void {
  for (const child of element.children) {
    if (child.name === 'testsuite') {
      report.suites++;
      const name = child.attributes.name ?? '';
      walk(xml, child, name ? [...suites, name] : suites, child.attributes.file ?? suiteFile, report);
    } else if (child.name === 'testcase') {
      const outcome = caseOutcome(child);
      const line = count(child.attributes.line);
      const testCase: TestCase = {
        suite: suites.join(' › '),
        classname: child.attributes.classname ?? child.attributes.class ?? '',
        name: child.attributes.name ?? '',
        status: outcome.status,
        flaky: outcome.flaky,
        reportLine: xml.lineOf(child),
      };
      const time = seconds(child.attributes.time);
      if (time !== undefined) testCase.time = time;
      if (outcome.message) testCase.message = outcome.message;
      const file = child.attributes.file ?? suiteFile;
      if (file) testCase.file = file;
      if (line !== undefined && line > 0) testCase.line = line;
      report.cases.push(testCase);
    }
  }
}

/** Sums the totals of several reports. */
export function sumTotals(totals: readonly TestTotals[]): TestTotals {
  const sum = { ...EMPTY_TOTALS };
  for (const t of totals) for (const key of Object.keys(sum) as (keyof TestTotals)[]) sum[key] += t[key];
  return sum;
}
