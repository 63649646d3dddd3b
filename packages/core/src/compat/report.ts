/**
 * The compatibility report of one plugin version over many tenants: per-tenant results, the overall
 * verdict (the worst), counts, metrics, and its Markdown and text renderings. The action writes this JSON
 * and the CLI prints the same JSON.
 */
import { STATUS_ICON, code, details, table } from '../markdown.js';
import { matrixIndex } from './matrix.js';
import { riskLevel } from './risk.js';
import type { CompatMatrix, CompatResult, ExceptionRecord, PluginManifest, RiskLevel, Verdict } from './types.js';

export const VERDICT_ORDER: readonly Verdict[] = ['pass', 'warn', 'exception', 'block'];

export interface CompatMetrics {
  'version.compat.check_total': number;
  'version.compat.block_total': number;
  /** Exception records about this plugin that were presented to the check. */
  'version.compat.exception_request_total': number;
  /** Of those, the approved ones. */
  'version.compat.exception_approved_total': number;
  'version.compat.matrix_staleness_hours': number;
}

export interface CompatReport {
  plugin: string;
  version: string;
  checkedAt: string;
  verdict: Verdict;
  risk: { score: number; level: RiskLevel };
  counts: Record<Verdict, number>;
  matrix: { generatedAt: string; maxAgeHours: number; stalenessHours: number; stale: boolean; rules: number; blockThreshold: number };
  metrics: CompatMetrics;
  results: CompatResult[];
}

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst = 0;
  for (const v of verdicts) worst = Math.max(worst, VERDICT_ORDER.indexOf(v));
  return VERDICT_ORDER[worst]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function buildReport(input: {
  manifest: PluginManifest;
  matrix: CompatMatrix;
  exceptions: readonly ExceptionRecord[];
  results: CompatResult[];
  now: Date;
}): CompatReport {
  const { results } = input;
  const index = matrixIndex(input.matrix);
  const counts: Record<Verdict, number> = { pass: 0, warn: 0, exception: 0, block: 0 };
  let score = 0;
  for (const r of results) {
    counts[r.verdict] += 1;
    score = Math.max(score, r.risk.score);
  }
  const staleness = index.stalenessHours(input.now);
  const requests = input.exceptions.filter((e) => e.plugin === input.manifest.id);
  return {
    plugin: input.manifest.id,
    version: input.manifest.version,
    checkedAt: input.now.toISOString(),
    verdict: results.length === 0 ? 'pass' : worstVerdict(results.map((r) => r.verdict)),
    risk: { score, level: riskLevel(score) },
    counts,
    matrix: {
      generatedAt: input.matrix.generatedAt,
      maxAgeHours: index.maxAgeHours,
      stalenessHours: round2(staleness),
      stale: staleness > index.maxAgeHours,
      rules: input.matrix.rules?.length ?? 0,
      blockThreshold: index.blockThreshold,
    },
    metrics: {
      'version.compat.check_total': results.length,
      'version.compat.block_total': counts.block,
      'version.compat.exception_request_total': requests.length,
      'version.compat.exception_approved_total': requests.filter((e) => e.status === 'approved').length,
      'version.compat.matrix_staleness_hours': round2(staleness),
    },
    results,
  };
}

export const VERDICT_ICON: Record<Verdict, string> = { pass: STATUS_ICON.pass, warn: STATUS_ICON.warn, exception: STATUS_ICON.info, block: STATUS_ICON.fail };

/** Rows shown in the per-tenant table of a summary; the JSON report always has every tenant. */
const SUMMARY_ROWS = 200;

function bySeverity(results: readonly CompatResult[]): CompatResult[] {
  return [...results].sort((a, b) => VERDICT_ORDER.indexOf(b.verdict) - VERDICT_ORDER.indexOf(a.verdict) || b.risk.score - a.risk.score || a.tenant.localeCompare(b.tenant));
}

function conflictList(r: CompatResult): string {
  return r.conflicts.map((c) => `${c.waived ? '~~' : ''}${c.code}${c.waived ? '~~' : ''}`).join(', ') || '—';
}

export interface RenderOptions {
  /** Link to the full JSON report (an artifact or the run). */
  reportUrl?: string;
  /** How to request an exception, shown under blocked tenants. */
  exceptionHint?: string;
}

export function renderReportMarkdown(report: CompatReport, options: RenderOptions = {}): string {
  const lines: string[] = [];
  lines.push(`## ${VERDICT_ICON[report.verdict]} Compatibility: ${code(`${report.plugin}@${report.version}`)} — ${report.verdict}`);
  lines.push('');
  lines.push(
    `${report.results.length} tenant(s) checked: ${report.counts.pass} pass, ${report.counts.warn} warn, ${report.counts.exception} under exception, ${report.counts.block} blocked. ` +
      `Highest risk ${report.risk.score} (${report.risk.level}); a score of ${report.matrix.blockThreshold} or more blocks.`,
  );
  if (report.matrix.stale) {
    lines.push('');
    lines.push(`${STATUS_ICON.warn} The compat matrix is stale: generated ${report.matrix.generatedAt}, ${report.matrix.stalenessHours} h ago (limit ${report.matrix.maxAgeHours} h).`);
  }
  lines.push('');
  const sorted = bySeverity(report.results);
  lines.push(
    table(
      ['Tenant', 'Operation', 'Verdict', 'Risk', 'Conflicts', 'Exception'],
      sorted.slice(0, SUMMARY_ROWS).map((r) => [
        code(r.tenant),
        r.from ? `${r.operation} from ${r.from}` : r.operation,
        `${VERDICT_ICON[r.verdict]} ${r.verdict}`,
        `${r.risk.score} (${r.risk.level})`,
        conflictList(r),
        r.exception ? `${r.exception.id} (approved by ${r.exception.approvers.join(', ')}, until ${r.exception.expiresAt})` : '',
      ]),
    ),
  );
  if (sorted.length > SUMMARY_ROWS) lines.push('', `_${sorted.length - SUMMARY_ROWS} more tenant(s) in the JSON report${options.reportUrl ? ` (${options.reportUrl})` : ''}._`);

  const explained = sorted.filter((r) => r.verdict !== 'pass' || r.notes).slice(0, 50);
  for (const r of explained) {
    const body: string[] = [];
    if (r.conflicts.length > 0) {
      body.push(
        table(
          ['Code', 'Severity', 'Subject', 'Required', 'Actual', 'Why', 'What to do'],
          r.conflicts.map((c) => [code(c.code) + (c.waived ? ' (waived)' : ''), c.severity, c.subject, c.required, c.actual, c.message, c.remediation]),
        ),
      );
    }
    if (r.exception) {
      const metrics = r.exception.monitoring.metrics.map((m) => `${m.name} (${m.provider.powerx.metric}${m.successCondition ? `, ${m.successCondition}` : ''})`).join(', ');
      body.push(`Runs under exception ${code(r.exception.id)}, approval ${code(r.exception.approvalId)}, monitored by: ${metrics}.`);
    }
    for (const refusal of r.refusedExceptions ?? []) body.push(`Exception ${code(refusal.id)} not used: it ${refusal.reason}.`);
    for (const note of r.notes ?? []) body.push(`${STATUS_ICON.info} Not checked: ${note}.`);
    if (r.verdict === 'block' && options.exceptionHint) {
      const errors = [...new Set(r.conflicts.filter((c) => c.severity === 'error').map((c) => c.code))];
      if (errors.length > 0) body.push(options.exceptionHint.replace('{codes}', errors.join(', ')).replace('{tenant}', r.tenant));
    }
    lines.push('', details(`${VERDICT_ICON[r.verdict]} ${r.tenant}: ${r.verdict}, risk ${r.risk.score}`, body.join('\n\n')));
  }

  lines.push('', '### Metrics', '', table(['Metric', 'Value'], Object.entries(report.metrics).map(([k, v]) => [code(k), v])));
  if (options.reportUrl) lines.push('', `Full report: ${options.reportUrl}`);
  return lines.join('\n') + '\n';
}

export function renderReportText(report: CompatReport): string {
  const lines: string[] = [];
  lines.push(`${report.plugin}@${report.version}: ${report.verdict.toUpperCase()} (${report.results.length} tenant(s): ${report.counts.pass} pass, ${report.counts.warn} warn, ${report.counts.exception} exception, ${report.counts.block} block)`);
  for (const r of bySeverity(report.results)) {
    lines.push('');
    lines.push(`${r.tenant}  ${r.verdict}  risk ${r.risk.score} (${r.risk.level})  ${r.from ? `${r.operation} from ${r.from}` : r.operation}`);
    for (const c of r.conflicts) {
      lines.push(`  ${c.severity === 'error' ? 'error  ' : 'warning'} ${c.code}${c.waived ? ' (waived)' : ''}: ${c.message}`);
      lines.push(`          required ${c.required}, actual ${c.actual}`);
      lines.push(`          fix: ${c.remediation}`);
    }
    if (r.exception) lines.push(`  exception ${r.exception.id} (approval ${r.exception.approvalId}, expires ${r.exception.expiresAt})`);
    for (const refusal of r.refusedExceptions ?? []) lines.push(`  exception ${refusal.id} not used: it ${refusal.reason}`);
    for (const note of r.notes ?? []) lines.push(`  note: ${note}`);
  }
  if (report.matrix.stale) lines.push('', `compat matrix is stale: ${report.matrix.stalenessHours} h old (limit ${report.matrix.maxAgeHours} h)`);
  return lines.join('\n') + '\n';
}
