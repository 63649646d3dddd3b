import { formatDuration } from './duration.js';
import type { AlertKind, AlertRecord, LogRecord } from './log.js';
import { percentile } from './metrics.js';
import type { AlertThresholds } from './subscriptions.js';

export interface AlertVerdict {
  subscriber: string;
  kind: AlertKind;
  state: 'firing' | 'resolved';
  value: number;
  threshold: number;
  /** e.g. "5m" */
  window: string;
  message: string;
}

/**
 * Evaluates the alert thresholds per subscriber over the attempts in the window ending at `now`:
 * - failure-rate: failed attempts / attempts > `failureRate`, with at least `minAttempts` attempts;
 * - signature-rejected: any 401 or 403 (the receiver refused our signature or credential);
 * - latency: p95 publish-to-delivery latency of the emitting step's deliveries > `latency`.
 * An alert already firing (its last alert record) is not raised again; one whose condition cleared
 * while the subscriber kept receiving attempts is resolved.
 */
export function evaluateAlerts(records: readonly LogRecord[], thresholds: AlertThresholds, now: Date): AlertVerdict[] {
  const to = now.getTime();
  const from = to - thresholds.windowMs;
  const window = formatDuration(thresholds.windowMs);
  const stats = new Map<string, { attempts: number; failed: number; rejections: number; latencies: number[] }>();
  const lastAlert = new Map<string, AlertRecord>();
  for (const r of records) {
    if (r.record === 'alert') {
      const key = `${r.subscriber}\u0000${r.kind}`;
      const prev = lastAlert.get(key);
      if (!prev || Date.parse(prev.time) <= Date.parse(r.time)) lastAlert.set(key, r);
      continue;
    }
    if (r.record !== 'attempt' || !r.sent) continue;
    const at = Date.parse(r.time);
    if (at < from || at > to) continue;
    let s = stats.get(r.subscriber);
    if (!s) stats.set(r.subscriber, (s = { attempts: 0, failed: 0, rejections: 0, latencies: [] }));
    s.attempts++;
    if (r.status !== 'delivered') s.failed++;
    // A throttling 403 (GitHub's secondary rate limit) is retried, not a rejection of our credential.
    if ((r.statusCode === 401 || r.statusCode === 403) && r.status === 'failed') s.rejections++;
    if (r.status === 'delivered' && r.trigger === 'scheduled') s.latencies.push(r.sincePublishMs);
  }
  const verdicts: AlertVerdict[] = [];
  const decide = (subscriber: string, kind: AlertKind, firing: boolean, value: number, threshold: number, message: string) => {
    const previous = lastAlert.get(`${subscriber}\u0000${kind}`);
    const wasFiring = previous?.state === 'firing';
    if (firing && !wasFiring) verdicts.push({ subscriber, kind, state: 'firing', value, threshold, window, message });
    if (!firing && wasFiring) verdicts.push({ subscriber, kind, state: 'resolved', value, threshold, window, message: `${kind} cleared for ${subscriber}` });
  };
  for (const [subscriber, s] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
    const rate = s.failed / s.attempts;
    if (s.attempts >= thresholds.minAttempts || rate <= thresholds.failureRate) {
      decide(subscriber, 'failure-rate', rate > thresholds.failureRate, rate, thresholds.failureRate, `${(rate * 100).toFixed(1)}% of ${s.attempts} attempts to ${subscriber} failed in ${window} (threshold ${(thresholds.failureRate * 100).toFixed(1)}%)`);
    }
    if (thresholds.signatureRejections) {
      decide(subscriber, 'signature-rejected', s.rejections > 0, s.rejections, 0, `${subscriber} rejected ${s.rejections} signed deliver${s.rejections === 1 ? 'y' : 'ies'} with 401/403 in ${window}`);
    }
    const p95 = percentile(s.latencies, 95);
    if (p95 !== null) {
      decide(subscriber, 'latency', p95 > thresholds.latencyMs, p95, thresholds.latencyMs, `p95 delivery latency to ${subscriber} is ${formatDuration(p95)} in ${window} (threshold ${formatDuration(thresholds.latencyMs)})`);
    }
  }
  return verdicts;
}
