import { STATUS_ICON, code, details, link, table } from '../markdown.js';
import type { AlertVerdict } from './alerts.js';
import { formatDuration } from './duration.js';
import type { AttemptRecord, DeliveryState, Trigger } from './log.js';
import type { DeliveryMetrics } from './metrics.js';
import type { SelectedDelivery, Skipped } from './replay.js';

/** One event × subscriber at the end of a step. */
export interface DeliveryRow {
  eventId: string;
  type: string;
  subject: string;
  tenant: string | null;
  subscriber: string;
  channel: string;
  trigger: Trigger;
  /** `skipped` when the subscriber had acknowledged this event in an earlier run. */
  status: 'delivered' | 'pending' | 'failed' | 'skipped';
  attempts: number;
  lastStatusCode: number | null;
  lastError?: string;
  nextAttemptAt?: string;
}

/** What a step that publishes, replays or re-drives events reports (the action's and the CLI's JSON). */
export interface DeliveryReport {
  events: { eventId: string; type: string; subject: string; tenant: string | null; subscribers: string[] }[];
  deliveries: DeliveryRow[];
  counts: { events: number; delivered: number; pending: number; failed: number; skipped: number };
  alerts: AlertVerdict[];
  /** Metrics over the records this step wrote. */
  metrics: DeliveryMetrics;
  logPath: string | null;
}

const ICON: Record<DeliveryRow['status'], string> = {
  delivered: `${STATUS_ICON.pass} delivered`,
  pending: `${STATUS_ICON.warn} pending`,
  failed: `${STATUS_ICON.fail} failed`,
  skipped: `${STATUS_ICON.skip} already delivered`,
};

function outcome(row: DeliveryRow): string {
  if (row.status === 'pending') return `retried by the re-drive from ${row.nextAttemptAt ?? 'now'}${row.lastError ? ` (last: ${row.lastError})` : ''}`;
  if (row.status === 'failed') return row.lastError ?? 'failed';
  if (row.status === 'skipped') return 'acknowledged in an earlier run';
  return '';
}

function ms(value: number | null): string {
  return value === null ? '—' : formatDuration(value);
}

function rate(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

export function metricsTable(m: DeliveryMetrics): string {
  return table(
    ['Metric', 'Value'],
    [
      [code('event.delivery.success_total'), m['event.delivery.success_total']],
      [code('event.delivery.retry_total'), m['event.delivery.retry_total']],
      [code('event.delivery.latency_p95'), ms(m['event.delivery.latency_p95'])],
      [code('event.delivery.duplicate_total'), m['event.delivery.duplicate_total']],
      ['first-attempt success', rate(m.first_attempt_success_rate)],
      ['eventual success', rate(m.eventual_success_rate)],
    ],
  );
}

/** Job summary: per event, a table per subscriber; metrics; alerts; where the log is. */
export function renderDeliveryMarkdown(report: DeliveryReport, options: { title?: string; logArtifact?: string; runUrl?: string } = {}): string {
  const { counts } = report;
  const ok = counts.failed === 0 && counts.pending === 0;
  const icon = counts.failed > 0 ? STATUS_ICON.fail : counts.pending > 0 ? STATUS_ICON.warn : STATUS_ICON.pass;
  const lines = [
    `### ${icon} ${options.title ?? 'Release events'}: ${counts.events} event${counts.events === 1 ? '' : 's'}, ${counts.delivered} delivered, ${counts.pending} pending, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} already delivered` : ''}`,
    '',
  ];
  if (report.events.length === 0) lines.push('No events were published.');
  for (const event of report.events) {
    const rows = report.deliveries.filter((d) => d.eventId === event.eventId);
    lines.push(`**${code(event.type)}** ${code(event.subject)}${event.tenant ? ` · tenant ${code(event.tenant)}` : ' · all tenants'} · id ${code(event.eventId)}`, '');
    if (rows.length === 0) {
      lines.push(event.subscribers.length === 0 ? '_No subscriber matches this event._' : '_Delivery still in progress._', '');
      continue;
    }
    lines.push(table(['Subscriber', 'Channel', 'Status', 'Attempts', 'Last HTTP status', 'Details'], rows.map((r) => [code(r.subscriber), r.channel, ICON[r.status], r.attempts, r.lastStatusCode ?? '—', outcome(r)])), '');
  }
  if (report.alerts.length > 0) {
    lines.push('#### Alerts', '', table(['Subscriber', 'Alert', 'State', 'Detail'], report.alerts.map((a) => [code(a.subscriber), a.kind, a.state === 'firing' ? `${STATUS_ICON.fail} firing` : `${STATUS_ICON.pass} resolved`, a.message])), '');
  }
  lines.push(details('Delivery metrics', metricsTable(report.metrics)), '');
  if (!ok) lines.push('Pending deliveries are retried by the scheduled `event-redrive` workflow; replay a failed one with `powerx events replay --event-id <id>` or the `event-replay` workflow.', '');
  const where = options.logArtifact ? `artifact ${code(options.logArtifact)}${options.runUrl ? ` of ${link('this run', options.runUrl)}` : ''}` : report.logPath ? code(report.logPath) : undefined;
  if (where) lines.push(`Delivery log: ${where}.`);
  return lines.join('\n');
}

export function renderDeliveryText(report: DeliveryReport): string {
  const lines: string[] = [];
  for (const event of report.events) {
    lines.push(`${event.eventId}  ${event.type}  ${event.subject}  ${event.tenant ?? '(all tenants)'}`);
    const rows = report.deliveries.filter((d) => d.eventId === event.eventId);
    if (rows.length === 0) lines.push('  no matching subscriber');
    for (const r of rows) lines.push(`  ${r.status.padEnd(9)} ${r.subscriber.padEnd(20)} attempts ${r.attempts}${r.lastStatusCode !== null ? `  HTTP ${r.lastStatusCode}` : ''}${outcome(r) ? `  ${outcome(r)}` : ''}`);
  }
  for (const a of report.alerts) lines.push(`alert ${a.state}: ${a.message}`);
  const c = report.counts;
  lines.push(`${c.events} event(s): ${c.delivered} delivered, ${c.pending} pending, ${c.failed} failed, ${c.skipped} already delivered${report.logPath ? `; log ${report.logPath}` : ''}`);
  return lines.join('\n');
}

/** `powerx events log` as text: one line per attempt. */
export function renderAttemptsText(attempts: readonly AttemptRecord[]): string {
  if (attempts.length === 0) return 'no matching delivery attempts';
  return attempts
    .map((a) =>
      [a.time, a.status.padEnd(9), a.subscriber, a.eventId, a.type, a.tenant ?? '-', `#${a.attempt}`, a.trigger, a.sent ? (a.statusCode ?? 'net-error') : 'not-sent', a.latencyMs !== null ? `${a.latencyMs}ms` : '-', a.error ?? ''].join('  ').trimEnd(),
    )
    .join('\n');
}

export function renderAttemptsMarkdown(attempts: readonly AttemptRecord[]): string {
  return table(
    ['Time', 'Event', 'Type', 'Tenant', 'Subscriber', 'Attempt', 'Trigger', 'Status', 'HTTP', 'Latency', 'Error'],
    attempts.map((a) => [a.time, code(a.eventId), a.type, a.tenant ?? '—', code(a.subscriber), a.attempt, a.trigger, a.status, a.sent ? (a.statusCode ?? 'network error') : 'not sent', a.latencyMs !== null ? `${a.latencyMs} ms` : '—', a.error ?? '']),
  );
}

export function renderDeliveriesText(states: readonly DeliveryState[]): string {
  if (states.length === 0) return 'no matching deliveries';
  return states
    .map((s) => [s.lastAttemptAt, s.status.padEnd(9), s.subscriber, s.eventId, s.type, s.tenant ?? '-', `attempts ${s.attempts}`, s.lastStatusCode ?? '-', s.nextAttemptAt ? `next ${s.nextAttemptAt}` : '', s.lastError && s.status !== 'delivered' ? s.lastError : ''].join('  ').trimEnd())
    .join('\n');
}

export function renderDeliveriesMarkdown(states: readonly DeliveryState[]): string {
  return table(
    ['Last attempt', 'Event', 'Type', 'Tenant', 'Subscriber', 'Status', 'Attempts', 'HTTP', 'Next attempt', 'Error'],
    states.map((s) => [s.lastAttemptAt, code(s.eventId), s.type, s.tenant ?? '—', code(s.subscriber), s.status, s.attempts, s.lastStatusCode ?? '—', s.nextAttemptAt ?? '—', s.status === 'delivered' ? '' : (s.lastError ?? '')]),
  );
}

export type RedeliveryMode = 'replay' | 'redrive';

/** The JSON both `replay-events` and `powerx events replay|redrive` produce. */
export interface RedeliveryResult {
  mode: RedeliveryMode;
  dryRun: boolean;
  query: { eventId?: string; subscriber?: string; since?: string; until?: string };
  selected: SelectedDelivery[];
  skipped: Skipped[];
  /** Absent on a dry run. */
  delivery?: DeliveryReport;
}

const SKIP_REASON: Record<Skipped['reason'], string> = {
  acknowledged: 'already acknowledged: never sent twice',
  disabled: 'subscriber disabled (or answered 410)',
  'unknown-subscriber': 'subscriber no longer in the subscriptions file',
  'unknown-event': 'event not in the delivery logs read',
};

function selectionTable(result: RedeliveryResult): string {
  return table(
    ['Event', 'Type', 'Subject', 'Tenant', 'Subscriber', 'Attempts so far'],
    result.selected.map((s) => [code(s.eventId), s.type, code(s.subject), s.tenant ?? '—', code(s.subscriber), s.attempts]),
  );
}

export function renderRedeliveryMarkdown(result: RedeliveryResult, options: { runUrl?: string } = {}): string {
  const what = result.mode === 'redrive' ? 'Event re-drive' : 'Event replay';
  const lines: string[] = [];
  if (result.dryRun || !result.delivery) {
    lines.push(`### ${STATUS_ICON.info} ${what}${result.dryRun ? ' (dry run)' : ''}: ${result.selected.length} deliver${result.selected.length === 1 ? 'y' : 'ies'} selected`, '');
    if (result.selected.length > 0) lines.push(selectionTable(result), '');
    if (result.dryRun && result.selected.length > 0) lines.push('Nothing was sent. Run again with dry-run off to send these.', '');
  } else {
    lines.push(renderDeliveryMarkdown(result.delivery, { title: what, ...(options.runUrl ? { runUrl: options.runUrl } : {}) }), '');
  }
  if (result.skipped.length > 0) {
    lines.push(details(`${result.skipped.length} skipped`, table(['Event', 'Subscriber', 'Why'], result.skipped.map((s) => [code(s.eventId), code(s.subscriber), SKIP_REASON[s.reason]]))));
  }
  return lines.join('\n');
}

export function renderRedeliveryText(result: RedeliveryResult): string {
  const lines = [`${result.mode}${result.dryRun ? ' (dry run)' : ''}: ${result.selected.length} deliver${result.selected.length === 1 ? 'y' : 'ies'} selected, ${result.skipped.length} skipped`];
  for (const s of result.selected) lines.push(`  ${s.eventId}  ${s.subscriber}  ${s.type}  ${s.subject}  ${s.tenant ?? '(all tenants)'}  attempts so far ${s.attempts}`);
  for (const s of result.skipped) lines.push(`  skipped ${s.eventId}  ${s.subscriber}: ${SKIP_REASON[s.reason]}`);
  if (result.delivery) lines.push(renderDeliveryText(result.delivery));
  return lines.join('\n');
}
