import { foldDeliveries, type LogRecord } from './log.js';

/** The scenario's metric names, computed from a delivery log. */
export interface DeliveryMetrics {
  'event.delivery.success_total': number;
  'event.delivery.retry_total': number;
  /** p95 of publish-to-delivery latency of deliveries made by the emitting step (trigger scheduled), ms. */
  'event.delivery.latency_p95': number | null;
  /** Successful deliveries beyond the first for the same event and subscriber (should stay 0). */
  'event.delivery.duplicate_total': number;
  'event.delivery.failure_total': number;
  'event.delivery.pending_total': number;
  /** Deliveries (event × subscriber) whose first attempt succeeded / deliveries attempted. */
  first_attempt_success_rate: number | null;
  /** Deliveries acknowledged / deliveries attempted. */
  eventual_success_rate: number | null;
  deliveries: number;
  events: number;
}

/** Nearest-rank percentile of unsorted values (null for none). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function deliveryMetrics(records: readonly LogRecord[]): DeliveryMetrics {
  let success = 0;
  let retries = 0;
  const latencies: number[] = [];
  const firstOk = new Set<string>();
  const eventIds = new Set<string>();
  for (const r of records) {
    if (r.record === 'event') eventIds.add(r.eventId);
    if (r.record !== 'attempt' || !r.sent) continue;
    if (r.attempt > 1) retries++;
    if (r.status === 'delivered') {
      success++;
      if (r.trigger === 'scheduled') latencies.push(r.sincePublishMs);
      if (r.attempt === 1) firstOk.add(`${r.eventId}\u0000${r.subscriber}`);
    }
  }
  const states = [...foldDeliveries(records).values()];
  const attempted = states.filter((s) => s.attempts > 0 || s.acknowledged);
  const duplicates = states.reduce((n, s) => n + Math.max(0, s.successes - 1), 0);
  const rate = (n: number) => (attempted.length === 0 ? null : n / attempted.length);
  return {
    'event.delivery.success_total': success,
    'event.delivery.retry_total': retries,
    'event.delivery.latency_p95': percentile(latencies, 95),
    'event.delivery.duplicate_total': duplicates,
    'event.delivery.failure_total': states.filter((s) => s.status === 'failed').length,
    'event.delivery.pending_total': states.filter((s) => s.status === 'pending' || s.status === 'retrying').length,
    first_attempt_success_rate: rate(firstOk.size),
    eventual_success_rate: rate(attempted.filter((s) => s.acknowledged).length),
    deliveries: states.length,
    events: eventIds.size,
  };
}
