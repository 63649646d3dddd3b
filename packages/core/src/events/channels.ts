import type { EventEnvelope } from './envelope.js';

/** What the channels send, decided here; the delivery module only performs the requests. */

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

/** Title line used by Slack and PagerDuty. */
export function eventHeadline(envelope: EventEnvelope): string {
  const tenant = envelope.tenantid ? ` (tenant ${envelope.tenantid})` : '';
  const data = envelope.data as Record<string, unknown>;
  const reason = envelope.type === 'event.delivery.failed' ? `: ${String(data.reason)} for subscriber ${String(data.subscriber)}` : '';
  return `${envelope.type} ${envelope.subject}${tenant}${reason}`;
}

function dataFields(data: Record<string, unknown>): [string, string][] {
  return Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v)))
    .slice(0, 10)
    .map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : String(v)]);
}

/** A Slack incoming-webhook message: `text` for notifications, blocks for the channel. */
export function slackMessage(envelope: EventEnvelope): { text: string; blocks: unknown[] } {
  const text = eventHeadline(envelope);
  const fields = dataFields(envelope.data).map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${v.slice(0, 500)}` }));
  return {
    text,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: text.slice(0, 150) } },
      ...(fields.length > 0 ? [{ type: 'section', fields }] : []),
      { type: 'context', elements: [{ type: 'mrkdwn', text: `event \`${envelope.id}\` · ${envelope.time} · <${envelope.source}|source>` }] },
    ],
  };
}

const SEVERITY: Record<string, 'critical' | 'error' | 'warning' | 'info'> = {
  'event.delivery.failed': 'error',
  'plugin.upgrade.rolled_back': 'error',
  'publish.pipeline.blocked': 'warning',
  'compat.check.blocked': 'warning',
  'compat.exception.expired': 'warning',
  'compat.exception.rejected': 'warning',
};

/**
 * A PagerDuty Events API v2 event. The dedup key is scoped to the PagerDuty subscriber: for delivery
 * alerts it names the failing subscriber and the alert kind, so repeats update one incident and a
 * `resolved` alert resolves it; for other events it is the event's idempotency key.
 */
export function pagerDutyEvent(envelope: EventEnvelope, subscriberId: string, routingKey: string): Record<string, unknown> {
  const data = envelope.data as Record<string, unknown>;
  const isDeliveryAlert = envelope.type === 'event.delivery.failed';
  const dedup = isDeliveryAlert ? `${String(data.subscriber)}:${String(data.reason)}` : envelope.idempotencykey;
  const dedupKey = `powerx:${subscriberId}:${dedup}`.slice(0, 255);
  if (isDeliveryAlert && data.state === 'resolved') {
    return { routing_key: routingKey, event_action: 'resolve', dedup_key: dedupKey };
  }
  const source = /^https?:\/\//.test(envelope.source) ? new URL(envelope.source).pathname.split('/').slice(1, 3).join('/') || envelope.source : envelope.source;
  return {
    routing_key: routingKey,
    event_action: 'trigger',
    dedup_key: dedupKey,
    payload: {
      summary: eventHeadline(envelope).slice(0, 1024),
      source,
      severity: typeof data.severity === 'string' && ['critical', 'error', 'warning', 'info'].includes(data.severity) ? data.severity : (SEVERITY[envelope.type] ?? 'info'),
      timestamp: envelope.time,
      component: envelope.subject.split('@')[0],
      group: envelope.tenantid ?? 'all-tenants',
      class: envelope.type,
      custom_details: { eventId: envelope.id, subject: envelope.subject, ...data },
    },
    links: /^https?:\/\//.test(envelope.source) ? [{ href: envelope.source, text: 'Workflow run' }] : [],
  };
}

/** GitHub's limits on repository_dispatch. */
export const DISPATCH_EVENT_TYPE_MAX = 100;
export const DISPATCH_PAYLOAD_MAX_BYTES = 64 * 1024;

/**
 * The repository_dispatch request: `event_type` is the event type, the whole envelope sits under the one
 * `client_payload.event` key (GitHub allows at most 10 top-level keys). Returns a reason when GitHub
 * would refuse it, so it is recorded as a permanent failure instead of being sent.
 */
export function dispatchRequest(envelope: EventEnvelope): { ok: true; eventType: string; clientPayload: { event: EventEnvelope } } | { ok: false; reason: string } {
  if (envelope.type.length > DISPATCH_EVENT_TYPE_MAX) return { ok: false, reason: `event type longer than ${DISPATCH_EVENT_TYPE_MAX} characters` };
  const clientPayload = { event: envelope };
  const size = Buffer.byteLength(JSON.stringify(clientPayload));
  if (size >= DISPATCH_PAYLOAD_MAX_BYTES) return { ok: false, reason: `client_payload is ${size} bytes; repository_dispatch takes less than ${DISPATCH_PAYLOAD_MAX_BYTES}` };
  return { ok: true, eventType: envelope.type, clientPayload };
}
