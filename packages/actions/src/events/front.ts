/** What the emit-event and replay-events actions share: settings, the sink, outputs and the summary. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { ConfigError } from '@powerx/core/errors.js';
import { originFromRun } from '@powerx/core/events/envelope.js';
import { renderDeliveryMarkdown, type DeliveryReport } from '@powerx/core/events/report.js';
import type { Subscriptions } from '@powerx/core/events/subscriptions.js';
import { credentialValues, openDeliveringSink, readSubscriptions } from '@powerx/github/delivery/open.js';
import { appendSummary, getInput, notice, runContext, setOutput, setSecret, warning, type RunContext } from '@powerx/github/runner.js';

export type FailOn = 'never' | 'failed' | 'pending';

export interface CommonSettings {
  workspace: string;
  subscriptionsFile: string;
  deliveryLog: string;
  auditLog: string;
  report: string;
  failOn: FailOn;
}

function insideWorkspace(input: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  const rel = relative(workspace, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw ConfigError.single(`Input "${input}" must name a file inside the workspace (got ${value})`, {}, 'bad-input');
  return path;
}

export function readCommonSettings(reportName: string, run: RunContext = runContext()): CommonSettings {
  const temp = process.env.RUNNER_TEMP ?? run.workspace;
  const failOn = getInput('fail-on') || 'never';
  if (!['never', 'failed', 'pending'].includes(failOn)) throw ConfigError.single(`Input "fail-on" must be never, failed or pending (got "${failOn}")`, {}, 'bad-input');
  return {
    workspace: run.workspace,
    subscriptionsFile: relative(run.workspace, insideWorkspace('subscriptions', getInput('subscriptions') || 'config/events/subscriptions.yaml', run.workspace)),
    deliveryLog: resolve(run.workspace, getInput('delivery-log') || join(temp, 'powerx-events', 'delivery-log.jsonl')),
    auditLog: resolve(run.workspace, getInput('audit-log') || join(temp, 'powerx-audit', 'audit.jsonl')),
    report: resolve(run.workspace, getInput('report') || join(temp, reportName)),
    failOn: failOn as FailOn,
  };
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/;

export async function openStepSink(settings: CommonSettings, historyPaths: readonly string[] = [], run: RunContext = runContext()) {
  const subscriptions = await readSubscriptions(resolve(settings.workspace, settings.subscriptionsFile), settings.subscriptionsFile);
  const secrets = credentialValues(subscriptions, process.env);
  for (const value of secrets) setSecret(value);
  const audit = new AuditLog(new FileAuditStore(settings.auditLog), {
    context: {
      actor: run.actor || 'system',
      run: { id: run.runId || 'local', attempt: run.runAttempt, workflow: run.workflow, commit: run.sha, repository: run.repository, ...(run.runId ? { url: run.runUrl } : {}) },
    },
    secrets,
  });
  const opened = await openDeliveringSink({
    subscriptions,
    logPath: settings.deliveryLog,
    historyPaths,
    env: process.env,
    origin: originFromRun({ serverUrl: run.serverUrl, repository: run.repository || 'local/local', runId: run.runId || 'local' }),
    ...(run.runId ? { runId: run.runId } : {}),
    audit,
    github: { baseUrl: run.apiUrl, paceWrites: !LOOPBACK.test(run.apiUrl) },
  });
  for (const w of opened.warnings) warning(w.message, { title: 'Delivery log', file: w.file, startLine: w.line });
  return { ...opened, subscriptions, audit };
}

/** Outputs, JSON report, summary and annotations (on the subscriber's line in the subscriptions file). */
export async function reportStep(report: DeliveryReport, settings: CommonSettings, subscriptions: Subscriptions, title: string, options: { eventId?: string; run?: RunContext } = {}): Promise<void> {
  const run = options.run ?? runContext();
  await mkdir(dirname(settings.report), { recursive: true });
  await writeFile(settings.report, `${JSON.stringify(report, null, 2)}\n`);
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
