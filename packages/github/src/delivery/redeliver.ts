import type { AuditLog } from '@powerx/core/audit/log.js';
import type { LogRecord } from '@powerx/core/events/log.js';
import { describeSelection, selectRedrive, selectReplay, type ReplayQuery } from '@powerx/core/events/replay.js';
import type { RedeliveryMode, RedeliveryResult } from '@powerx/core/events/report.js';
import type { Subscriptions } from '@powerx/core/events/subscriptions.js';
import type { DeliveringSink } from './sink.js';

export type { RedeliveryMode, RedeliveryResult };

export interface RedeliveryOptions {
  mode: RedeliveryMode;
  history: readonly LogRecord[];
  subscriptions: Subscriptions;
  query?: ReplayQuery;
  now: Date;
  dryRun: boolean;
  /** Opened only when something is to be sent (a dry run needs no credentials); the audit log records the selection. */
  openSink: () => Promise<{ sink: DeliveringSink; audit?: AuditLog }>;
}

/**
 * Replay (manual: by event id, or the failed and pending deliveries of a subscriber within a window) or
 * re-drive (scheduled: pending deliveries that are due). Events keep their ids; each delivery gets a
 * fresh timestamp and signature; a delivery a subscriber acknowledged is never sent again.
 */
export async function redeliver(options: RedeliveryOptions): Promise<RedeliveryResult> {
  const query = options.query ?? {};
  const selection = options.mode === 'redrive' ? selectRedrive(options.history, options.subscriptions.subscribers, options.now) : selectReplay(options.history, options.subscriptions.subscribers, query);
  const result: RedeliveryResult = {
    mode: options.mode,
    dryRun: options.dryRun,
    query: {
      ...(query.eventId !== undefined ? { eventId: query.eventId } : {}),
      ...(query.subscriber !== undefined ? { subscriber: query.subscriber } : {}),
      ...(query.since ? { since: query.since.toISOString() } : {}),
      ...(query.until ? { until: query.until.toISOString() } : {}),
    },
    selected: describeSelection(selection),
    skipped: selection.skipped,
  };
  const closable = options.mode === 'redrive' ? selection.skipped.filter((s) => s.reason === 'disabled' || s.reason === 'unknown-subscriber') : [];
  if (options.dryRun || (selection.deliveries.length === 0 && closable.length === 0)) return result;
  const { sink, audit } = await options.openSink();
  const trigger = options.mode === 'redrive' ? 'redrive' : 'manual';
  await audit?.append({
    action: `events.${options.mode}.started`,
    subject: query.eventId ?? query.subscriber ?? 'pending deliveries',
    outcome: 'started',
    details: { query: result.query, selected: result.selected.map((s) => ({ eventId: s.eventId, subscriber: s.subscriber })), skipped: result.skipped.map((s) => ({ eventId: s.eventId, subscriber: s.subscriber, reason: s.reason })) },
  });
  // A pending delivery to a subscriber that was removed or disabled is closed as failed, so it is not re-driven forever.
  sink.abandon(closable, trigger);
  sink.redeliver(selection.deliveries, trigger);
  result.delivery = await sink.close();
  return result;
}
