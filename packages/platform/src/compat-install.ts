/**
 * Acting on a compatibility report: install or upgrade through the platform on every tenant the check did not
 * block. One Idempotency-Key per tenant and transition (plugin, version, installed version), so a re-run
 * converges on the operations already accepted instead of starting new ones.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { runAnalysis, type AnalysisOutcome } from '@powerx/core/compat/monitoring.js';
import type { CompatReport } from '@powerx/core/compat/report.js';
import type { CompatResult, ExceptionUse, MonitoringMetric } from '@powerx/core/compat/types.js';
import type { PlatformClient } from './client.js';
import { PlatformError } from './errors.js';
import type { MetricSeries, Operation, OperationType } from './types.js';

export interface InstallOutcome {
  tenant: string;
  verdict: CompatResult['verdict'];
  /** What happened: skipped (blocked or already at the version), or the platform operation and its end state. */
  action: 'skipped-blocked' | 'skipped-current' | OperationType;
  operation?: Pick<Operation, 'id' | 'status' | 'error'>;
  error?: string;
  /** For an install under an exception: the monitoring analysis, and what its failure did. */
  monitoring?: {
    status: AnalysisOutcome['status'] | 'skipped';
    reason: string;
    measurements: AnalysisOutcome['measurements'];
    action: 'none' | 'rollback' | 'uninstall' | 'alert';
    operation?: Pick<Operation, 'id' | 'status' | 'error'>;
  };
}

export interface InstallOptions {
  timeoutMs: number;
  /** Run the exception's monitoring profile after an install under an exception (default true). */
  monitor?: boolean;
}

const AGGREGATE = {
  max: (v: number[]) => Math.max(...v),
  min: (v: number[]) => Math.min(...v),
  sum: (v: number[]) => v.reduce((a, b) => a + b, 0),
  mean: (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length,
} as const;

/** A metric of one tenant, plugin and version, read from the platform's metrics query. */
export async function measure(client: PlatformClient, target: { tenant: string; plugin: string; version: string }, metric: MonitoringMetric): Promise<number | undefined> {
  const query = metric.provider.powerx;
  const result = await client.queryMetrics({ ...target, window: query.window ?? '5m' });
  const values = result.series.filter((s: MetricSeries) => s.requestCount > 0 || query.metric === 'requestCount').map((s) => s[query.metric]);
  if (values.length === 0) return undefined;
  return AGGREGATE[(query.aggregate ?? 'max') as keyof typeof AGGREGATE](values);
}

/**
 * Watches an install made under an exception with the exception's monitoring profile. A failed analysis (or
 * errors while measuring) rolls the tenant back to the version it had (or uninstalls a fresh install) when the
 * exception says so; an inconclusive one is left to a person.
 */
async function monitorException(client: PlatformClient, r: CompatResult, report: CompatReport, exception: ExceptionUse, timeoutMs: number): Promise<NonNullable<InstallOutcome['monitoring']>> {
  const started = Date.now();
  const outcome = await runAnalysis(exception.monitoring, {
    measure: (metric) => measure(client, { tenant: r.tenant, plugin: report.plugin, version: report.version }, metric),
    waitUntil: async (offsetMs) => {
      const wait = started + offsetMs - Date.now();
      if (wait > 0) await sleep(wait);
    },
  });
  const base = { status: outcome.status, reason: outcome.reason, measurements: outcome.measurements };
  if (outcome.status === 'successful' || outcome.status === 'inconclusive') return { ...base, action: 'none' };
  if (exception.onFailure === 'alert') return { ...base, action: 'alert' };
  const type: OperationType = r.from ? 'rollback' : 'uninstall';
  const request = r.from
    ? { type, plugin: report.plugin, version: r.from, fromVersion: report.version, reason: `monitoring of exception ${exception.id} failed: ${outcome.reason}` }
    : { type, plugin: report.plugin, version: report.version, reason: `monitoring of exception ${exception.id} failed: ${outcome.reason}` };
  const key = `powerx-exception-${type}:${r.tenant}:${report.plugin}@${report.version}:${exception.id}`;
  const op = await client.createOperation(r.tenant, request, { idempotencyKey: key });
  const done = await client.waitForOperation(op.id, { timeoutMs });
  return { ...base, action: type, operation: { id: done.id, status: done.status, ...(done.error ? { error: done.error } : {}) } };
}

function operationType(result: CompatResult): OperationType | undefined {
  if (result.operation === 'reinstall') return undefined;
  return result.operation === 'install' ? 'install' : result.operation === 'upgrade' ? 'upgrade' : 'rollback';
}

export async function installChecked(client: PlatformClient, report: CompatReport, options: InstallOptions): Promise<InstallOutcome[]> {
  const { timeoutMs } = options;
  const outcomes: InstallOutcome[] = [];
  for (const r of report.results) {
    if (r.verdict === 'block') {
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: 'skipped-blocked' });
      continue;
    }
    const type = operationType(r);
    if (!type) {
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: 'skipped-current' });
      continue;
    }
    const key = `powerx-plugin-install:${r.tenant}:${report.plugin}@${report.version}:from:${r.from ?? 'none'}`;
    try {
      const reason = r.exception ? `compatibility exception ${r.exception.id} (approval ${r.exception.approvalId})` : `compatibility ${r.verdict}`;
      const started = await client.createOperation(r.tenant, { type, plugin: report.plugin, version: report.version, ...(r.from ? { fromVersion: r.from } : {}), reason }, { idempotencyKey: key });
      const done = await client.waitForOperation(started.id, { timeoutMs });
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: type, operation: { id: done.id, status: done.status, ...(done.error ? { error: done.error } : {}) } });
    } catch (error) {
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: type, error: error instanceof PlatformError ? error.message : String(error) });
    }
  }
  // Every tenant installed under an exception is watched at the same time, with its exception's profile.
  await Promise.all(
    outcomes.map(async (outcome) => {
      const r = report.results.find((x) => x.tenant === outcome.tenant)!;
      if (!r.exception || outcome.operation?.status !== 'succeeded') return;
      if (options.monitor === false) {
        outcome.monitoring = { status: 'skipped', reason: 'monitoring skipped by the operator (--no-monitor)', measurements: [], action: 'none' };
        return;
      }
      try {
        outcome.monitoring = await monitorException(client, r, report, r.exception, timeoutMs);
      } catch (error) {
        outcome.monitoring = { status: 'error', reason: `acting on the analysis failed: ${error instanceof Error ? error.message : String(error)}`, measurements: [], action: r.exception.onFailure === 'alert' ? 'alert' : r.from ? 'rollback' : 'uninstall' };
      }
    }),
  );
  return outcomes;
}
