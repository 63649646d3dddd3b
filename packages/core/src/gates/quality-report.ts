import { code, details, table } from '../markdown.js';
import { conditionsTable, statusHeading } from './gate.js';
import type { QualityGateResult } from './quality.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The job summary: verdict, every condition, what was read, failed tests, metrics. */
export function renderQualityMarkdown(result: QualityGateResult, subject?: string): string {
  const parts = [statusHeading('Quality', result.status, subject), ''];
  if (result.reasons.length > 0) {
    parts.push('**Blocking:**', '', ...result.reasons.map((r) => `- ${r.message} (${code(r.code)})`), '');
  }
  parts.push(conditionsTable(result.conditions), '');
  const t = result.tests;
  if (t.reports.length > 0) {
    parts.push(
      `**Tests:** ${plural(t.totals.tests, 'test')} in ${plural(t.reports.length, 'report')}: ${t.totals.passed} passed, ${t.totals.failed} failed, ${t.totals.errors} errored, ${t.totals.skipped} skipped.`,
      '',
    );
  }
  if (t.failures.length > 0) {
    parts.push(
      details(
        `Failed tests (${t.totals.failed + t.totals.errors}${t.failures.length < t.totals.failed + t.totals.errors ? `, first ${t.failures.length} shown` : ''})`,
        table(
          ['Test', 'Outcome', 'Message', 'Where'],
          t.failures.map((f) => [
            [f.suite, f.name].filter(Boolean).join(' › '),
            f.status,
            f.message ?? '',
            f.file ? `${code(f.file)}${f.line ? `:${f.line}` : ''}` : `${code(f.report)}:${f.reportLine}`,
          ]),
        ),
      ),
      '',
    );
  }
  const reports = [
    ...result.coverage.reports.map((r) => [code(r.file), r.format, plural(r.files, 'source file'), r.notes.length > 0 ? r.notes.join('; ') : '']),
    ...t.reports.map((r) => [code(r.file), 'junit', plural(r.totals.tests, 'test'), r.notes.length > 0 ? r.notes.join('; ') : '']),
  ];
  if (reports.length > 0) parts.push(details(`Reports read (${reports.length})`, table(['File', 'Format', 'Holds', 'Notes'], reports)), '');
  if (result.skipped.length > 0) {
    parts.push(`_Left out (matched a pattern but are another kind of report): ${result.skipped.map((s) => `${code(s.file)} ${s.reason}`).join('; ')}._`, '');
  }
  if (result.coverage.duplicates.length > 0) {
    parts.push(`_${plural(result.coverage.duplicates.length, 'source file')} appear in more than one coverage report; the first report's figures are used._`, '');
  }
  parts.push(
    table(
      ['Metric', 'Value'],
      Object.entries(result.metrics).map(([name, value]) => [code(name), value === null ? '—' : String(value)]),
    ),
  );
  return parts.join('\n');
}
