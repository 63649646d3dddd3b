import { buildEnvelope, originFromRun, type EventEnvelope } from '@powerx/core/events/envelope.js';
import type { AttemptRecord, EventRecord } from '@powerx/core/events/log.js';

export const origin = originFromRun({ serverUrl: 'https://github.com', repository: 'acme/crm-sync', runId: '100' });

export function envelope(n: number, tenant = 't1'): EventEnvelope {
  return buildEnvelope({ type: 'plugin.release.published', subject: `crm-sync@2.${n}.0`, tenant, data: { plugin: 'crm-sync', version: `2.${n}.0` } }, origin, { now: new Date('2026-03-01T10:00:00Z') });
}

export function eventRecord(e: EventEnvelope, subscribers: string[]): EventRecord {
  return { record: 'event', time: e.time, eventId: e.id, type: e.type, subject: e.subject, tenant: e.tenantid ?? null, subscribers, envelope: e };
}

export function attempt(e: EventEnvelope, subscriber: string, fields: Partial<AttemptRecord> & Pick<AttemptRecord, 'attempt' | 'status'>): AttemptRecord {
  return {
    record: 'attempt',
    time: '2026-03-01T10:00:01.000Z',
    eventId: e.id,
    subscriber,
    channel: 'webhook',
    tenant: e.tenantid ?? null,
    type: e.type,
    trigger: 'scheduled',
    sent: true,
    statusCode: fields.status === 'delivered' ? 204 : 500,
    latencyMs: 12,
    sincePublishMs: 100,
    ...fields,
  };
}
