import { randomUUID } from 'node:crypto';
import type { AuditIngestResult, AuditRecord, NotificationRequest } from '../types.js';
import { header, json, paginate, seqKey, type Handler } from './handler-kit.js';
import { findReplay, requestFingerprint } from './idempotency.js';
import type { Change } from './store.js';
import { publicNotification, type IdempotencyRecord, type StoredAuditRecord, type StoredNotification } from './state.js';

/** Audit records are stored once per hash: a retried or re-run upload only counts duplicates. */
export const ingestAuditRecords: Handler = (ctx, req) => {
  const { records } = req.body as { records: AuditRecord[] };
  const counters = ctx.state.counters();
  let n = counters.audit;
  const changes: Change[] = [];
  const seen = new Set<string>();
  let duplicate = 0;
  for (const record of records) {
    if (seen.has(record.hash) || ctx.state.auditRecord(record.hash)) {
      duplicate++;
      continue;
    }
    seen.add(record.hash);
    const stored: StoredAuditRecord = { n: ++n, record };
    changes.push({ collection: 'audit', id: record.hash, value: stored });
  }
  if (changes.length > 0) {
    changes.push({ collection: 'counters', id: 'main', value: { ...counters, audit: n } });
    ctx.state.commit(changes);
  }
  const result: AuditIngestResult = { received: records.length, accepted: records.length - duplicate, duplicate };
  return json(200, result);
};

function runId(record: AuditRecord): string {
  return typeof record.run === 'string' ? record.run : String(record.run.id);
}

export const listAuditRecords: Handler = (ctx, req) => {
  const run = req.query.get('run');
  const stored = ctx.state.auditRecords().filter((s) => run === null || runId(s.record) === run);
  const page = paginate(stored, (s) => seqKey(s.n), req);
  return json(200, { items: page.items.map((s) => s.record), nextCursor: page.nextCursor });
};

export const sendNotification: Handler = (ctx, req) => {
  const key = header(req, 'idempotency-key') as string;
  const fingerprint = requestFingerprint(req.method, req.path, req.body);
  const replay = findReplay(ctx.state, key, fingerprint);
  if (replay) {
    const existing = ctx.state.notification(replay.id);
    if (existing) return json(202, publicNotification(existing), { 'idempotent-replayed': 'true' });
  }
  const body = req.body as NotificationRequest;
  const counters = ctx.state.counters();
  const notification: StoredNotification = {
    id: `nt_${randomUUID()}`,
    channel: body.channel,
    recipients: body.recipients,
    subject: body.subject,
    body: body.body,
    severity: body.severity ?? 'info',
    links: body.links ?? [],
    status: 'sent',
    createdAt: req.now.toISOString(),
    seq: counters.notifications + 1,
  };
  const record: IdempotencyRecord = { key, fingerprint, kind: 'notification', id: notification.id, createdAt: notification.createdAt };
  ctx.state.commit([
    { collection: 'notifications', id: notification.id, value: notification },
    { collection: 'idempotency', id: key, value: record },
    { collection: 'counters', id: 'main', value: { ...counters, notifications: notification.seq } },
  ]);
  return json(202, publicNotification(notification));
};

export const listNotifications: Handler = (ctx, req) => {
  const channel = req.query.get('channel');
  const items = ctx.state.notifications().filter((n) => channel === null || n.channel === channel);
  const page = paginate(items, (n) => seqKey(n.seq), req);
  return json(200, { items: page.items.map(publicNotification), nextCursor: page.nextCursor });
};
