/** What the emit-event and replay-events actions share: settings, the sink, outputs and the summary. */
import { relative, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { renderDeliveryMarkdown, type DeliveryReport } from '@powerx/core/events/report.js';
import type { Subscriptions } from '@powerx/core/events/subscriptions.js';
import { appendSummary, getInput, notice, runContext, setOutput, warning, type RunContext } from '@powerx/github/runner.js';
import { openAuditLog } from '../shared/audit-log.js';
import { openStepDelivery } from '../shared/delivery.js';
import { auditLogPath, deliveryLogPath, insideWorkspace, tempPath, writeJson } from '../shared/files.js';

export type FailOn = 'never' | 'failed' | 'pending';

export interface CommonSettings {
  workspace: string;
  subscriptionsFile: string;
  deliveryLog: string;
  auditLog: string;
  report: string;
  failOn: FailOn;
}

export function readCommonSettings(reportName: string, run: RunContext = runContext()): CommonSettings {
  const failOn = getInput('fail-on') || 'never';
  if (!['never', 'failed', 'pending'].includes(failOn)) throw ConfigError.single(`Input "fail-on" must be never, failed or pending (got "${failOn}")`, {}, 'bad-input');
  return {
    workspace: run.workspace,
    subscriptionsFile: relative(run.workspace, insideWorkspace('subscriptions', getInput('subscriptions') || 'config/events/subscriptions.yaml', run.workspace)),
    deliveryLog: deliveryLogPath(run),
    auditLog: auditLogPath(run),
    report: resolve(run.workspace, getInput('report') || tempPath(reportName, run)),
    failOn: failOn as FailOn,
  };
}

/** The step's audit log and delivering sink; `historyPaths` are earlier runs' delivery logs (replay, re-drive). */
export async function openStepSink(settings: CommonSettings, historyPaths: readonly string[] = [], run: RunContext = runContext()) {
  const audit = openAuditLog(settings.auditLog, run);
  const opened = await openStepDelivery({ workspace: settings.workspace, subscriptions: settings.subscriptionsFile, deliveryLog: settings.deliveryLog, historyPaths, audit, run });
  return { ...opened, audit };
}

/** Outputs, JSON report, summary and annotations (on the subscriber's line in the subscriptions file). */
export async function reportStep(report: DeliveryReport, settings: CommonSettings, subscriptions: Subscriptions, title: string, options: { eventId?: string; run?: RunContext } = {}): Promise<void> {
  const run = options.run ?? runContext();
  await writeJson(settings.report, report);
  for (const row of report.deliveries) {
    if (row.status !== 'failed' && row.status !== 'pending') continue;
    const where = subscriptions.subscribers.find((s) => s.id === row.subscriber)?.location;
    const props = { title: `Event ${row.status}: ${row.subscriber}`, file: settings.subscriptionsFile, ...(where?.line ? { startLine: where.line } : {}) };
    const text = `${row.type} ${row.subject} (${row.eventId}) to ${row.subscriber}: ${row.status === 'pending' ? `pending, re-driven from ${row.nextAttemptAt ?? 'now'}` : 'failed'}${row.lastError ? ` (${row.lastError})` : ''}`;
    if (row.status === 'failed') warning(text, props);
    else notice(text, props);
  }
  for (const alert of report.alerts) if (alert.state === 'firing') warning(alert.message, { title: `Delivery alert: ${alert.kind}` });
  appendSummary(renderDeliveryMarkdown(report, { title, ...(run.runUrl ? { runUrl: run.runUrl } : {}) }));
  // The emitting step counts the deliveries of its own event; announcements of failures are in the summary.
  const rows = options.eventId ? report.deliveries.filter((d) => d.eventId === options.eventId) : report.deliveries;
  for (const status of ['delivered', 'failed', 'pending', 'skipped'] as const) setOutput(status, String(rows.filter((r) => r.status === status).length));
  setOutput('log-path', settings.deliveryLog);
  setOutput('report', settings.report);
  setOutput('metrics', JSON.stringify(report.metrics));
}

/** The step's failure message when `fail-on` says so, else undefined. */
export function failure(report: DeliveryReport, failOn: FailOn): string | undefined {
  const { failed, pending } = report.counts;
  if (failOn === 'failed' && failed > 0) return `${failed} deliver${failed === 1 ? 'y' : 'ies'} failed for good; see the job summary`;
  if (failOn === 'pending' && failed + pending > 0) return `${failed} failed and ${pending} pending deliver${failed + pending === 1 ? 'y' : 'ies'}; see the job summary`;
  return undefined;
}
