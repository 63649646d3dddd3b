/**
 * The scenario's pipeline metrics, read from a run's audit trail: the quality gate's pass rate and coverage, the
 * approval lead time, and the running count of blocked pipelines. They go into the job summary and the metrics
 * JSON artifact.
 */
import type { AuditRecord } from '../audit/record.js';
import { table } from '../markdown.js';
import { AUDIT } from './trail.js';

export interface PipelineMetrics {
  'publish.test.pass_rate': number | null;
  'publish.coverage.percent': number | null;
  'publish.approval.lead_time_hours': number | null;
  'publish.pipeline.block_total': number;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function at(value: unknown, path: readonly string[]): unknown {
  let cur = value;
  for (const key of path) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The first number found under any of the paths. */
function first(details: Record<string, unknown>, paths: readonly (readonly string[])[]): number | undefined {
  for (const path of paths) {
    const found = num(at(details, path));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `blockTotal` is the count of blocked pipelines before this run (from the long-term store); a block in this run
 * adds one.
 */
export function pipelineMetrics(records: readonly AuditRecord[], subject: string, runId: string, blockTotalBefore: number): PipelineMetrics {
  const mine = records.filter((r) => r.subject === subject && r.run.id === runId);
  const quality = mine.filter((r) => r.action === AUDIT.gate && r.details.gate === 'quality').at(-1);
  let passRate: number | undefined;
  let coverage: number | undefined;
  if (quality) {
    passRate = first(quality.details, [['metrics', 'publish.test.pass_rate'], ['tests', 'passRate'], ['passRate']]);
    coverage = first(quality.details, [['metrics', 'publish.coverage.percent'], ['coverage', 'lines'], ['coverage', 'percent'], ['coveragePercent']]);
  }
  const approvals = mine.filter((r) => r.action === AUDIT.approval && r.outcome === 'approved');
  const leadTimes = approvals.map((r) => num(r.details.leadTimeHours)).filter((n): n is number => n !== undefined);
  const blocked = mine.some((r) => r.action === AUDIT.blocked);
  return {
    'publish.test.pass_rate': passRate ?? null,
    'publish.coverage.percent': coverage ?? null,
    'publish.approval.lead_time_hours': leadTimes.length > 0 ? Math.max(...leadTimes) : null,
    'publish.pipeline.block_total': blockTotalBefore + (blocked ? 1 : 0),
  };
}

/** Count of blocked pipelines recorded in a long-term trail (one per run attempt). */
export function countBlocks(records: readonly AuditRecord[], plugin?: string): number {
  const runs = new Set<string>();
  for (const r of records) {
    const blocked = r.action === AUDIT.blocked || (r.action === AUDIT.archived && r.details.blocked === true);
    if (!blocked) continue;
    if (plugin && !r.subject.startsWith(`${plugin}@`)) continue;
    runs.add(`${r.run.id}/${r.run.attempt}`);
  }
  return runs.size;
}

export function renderMetricsMarkdown(metrics: PipelineMetrics): string {
  const show = (v: number | null, unit = '') => (v === null ? '—' : `${v}${unit}`);
  return table(
    ['Metric', 'Value'],
    [
      ['publish.test.pass_rate', show(metrics['publish.test.pass_rate'])],
      ['publish.coverage.percent', show(metrics['publish.coverage.percent'], ' %')],
      ['publish.approval.lead_time_hours', show(metrics['publish.approval.lead_time_hours'], ' h')],
      ['publish.pipeline.block_total', String(metrics['publish.pipeline.block_total'])],
    ],
  );
}
