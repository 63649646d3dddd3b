import { ConfigError, type ConfigIssue } from '../errors.js';
import { parseJsonLines } from '../audit/jsonl.js';
import { checkEnvelope } from './catalog.js';
import type { EventEnvelope } from './envelope.js';
import type { Channel } from './subscriptions.js';

/**
 * The delivery log: JSON lines. Logs of several runs can be concatenated; readers fold them by event id
 * and subscriber. Record kinds:
 * - `event`: an accepted event, with its envelope (the source for redrive and replay);
 * - `attempt`: one delivery attempt (or, with `sent: false`, a delivery deferred without a request);
 * - `subscriber`: a subscriber disabled by a 410 answer;
 * - `alert`: an alert that fired or resolved.
 */
export type Trigger = 'scheduled' | 'manual' | 'redrive';

/** Per attempt: delivered; failed and retried in this step; failed and left for the re-drive; failed for good. */
export type AttemptStatus = 'delivered' | 'retrying' | 'pending' | 'failed';

export interface EventRecord {
  record: 'event';
  time: string;
  eventId: string;
  type: string;
  subject: string;
  tenant: string | null;
  /** Subscribers the event matched when it was published. */
  subscribers: string[];
  envelope: EventEnvelope;
}

export interface AttemptRecord {
  record: 'attempt';
  /** When the attempt started. */
  time: string;
  eventId: string;
  subscriber: string;
  channel: Channel;
  tenant: string | null;
  type: string;
  /** Attempt number for this event and subscriber, across runs (1 = first). */
  attempt: number;
  trigger: Trigger;
  /** False when no request was made (circuit open, rate-limit queue past the step budget). */
  sent: boolean;
  status: AttemptStatus;
  statusCode: number | null;
  /** Request round trip. */
  latencyMs: number | null;
  /** From the event's time to the end of this attempt. */
  sincePublishMs: number;
  error?: string;
  /** The first bytes of the response body. */
  response?: string;
  /** For `pending`: when the re-drive may try again. */
  nextAttemptAt?: string;
  /** The workflow run that made the attempt. */
  runId?: string;
}

export interface SubscriberRecord {
  record: 'subscriber';
  time: string;
  subscriber: string;
  state: 'disabled';
  reason: string;
}

export type AlertKind = 'failure-rate' | 'signature-rejected' | 'latency';

export interface AlertRecord {
  record: 'alert';
  time: string;
  subscriber: string;
  kind: AlertKind;
  state: 'firing' | 'resolved';
  value: number;
  threshold: number;
  /** The event.delivery.failed event that announced it. */
  eventId: string;
}

export type LogRecord = EventRecord | AttemptRecord | SubscriberRecord | AlertRecord;

export function serializeLogRecords(records: readonly LogRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

const KINDS = new Set(['event', 'attempt', 'subscriber', 'alert']);
const REQUIRED: Record<string, string[]> = {
  event: ['time', 'eventId', 'type', 'subject', 'subscribers', 'envelope'],
  attempt: ['time', 'eventId', 'subscriber', 'channel', 'type', 'attempt', 'trigger', 'sent', 'status'],
  subscriber: ['time', 'subscriber', 'state'],
  alert: ['time', 'subscriber', 'kind', 'state', 'eventId'],
};

/**
 * Parses a delivery log. Lines that are not JSON (a write cut off by a crash) are skipped with a warning;
 * JSON lines that are not valid records are located errors (file, line, pointer).
 */
export function parseDeliveryLog(text: string, file: string): { records: LogRecord[]; warnings: ConfigIssue[] } {
  const records: LogRecord[] = [];
  const issues: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  for (const line of parseJsonLines(text)) {
    if (line.partial) {
      warnings.push({ file, line: line.line, message: 'incomplete last line skipped', code: 'partial' });
      continue;
    }
    if (line.error) {
      // A line that is not JSON is what a write cut off by a crash leaves; the writer starts a new line after it.
      if (line.error !== 'empty line') warnings.push({ file, line: line.line, message: `skipped: ${line.error}`, code: 'json' });
      continue;
    }
    const value = line.value as Record<string, unknown>;
    const kind = typeof value === 'object' && value !== null ? value.record : undefined;
    if (typeof kind !== 'string' || !KINDS.has(kind)) {
      issues.push({ file, line: line.line, pointer: '/record', message: 'must be one of: "event", "attempt", "subscriber", "alert"', code: 'enum' });
      continue;
    }
    const missing = REQUIRED[kind]!.filter((k) => !(k in value));
    if (missing.length > 0) {
      issues.push({ file, line: line.line, pointer: `/${missing[0]}`, message: `is required in a ${kind} record`, code: 'required' });
      continue;
    }
    if (kind === 'event') {
      const envelopeIssues = checkEnvelope({ file, value: value.envelope, locate: () => ({ line: line.line, column: 1 }) });
      if (envelopeIssues.length > 0) {
        issues.push(...envelopeIssues.map((i) => ({ ...i, line: line.line, column: undefined, pointer: `/envelope${i.pointer ?? ''}` })));
        continue;
      }
    }
    records.push(value as unknown as LogRecord);
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return { records, warnings };
}

/** The state of one event's delivery to one subscriber, folded from every attempt in the log. */
export interface DeliveryState {
  eventId: string;
  subscriber: string;
  channel: Channel;
  tenant: string | null;
  type: string;
  /** Requests made so far. */
  attempts: number;
  status: AttemptStatus;
  acknowledged: boolean;
  lastStatusCode: number | null;
  lastError?: string;
  nextAttemptAt?: string;
  firstAttemptAt: string;
  lastAttemptAt: string;
  /** Successful attempts: more than one means a duplicate delivery. */
  successes: number;
}

export function deliveryKey(eventId: string, subscriber: string): string {
  return `${eventId}\u0000${subscriber}`;
}

function later(a: AttemptRecord, b: AttemptRecord): boolean {
  return a.attempt !== b.attempt ? a.attempt > b.attempt : Date.parse(a.time) >= Date.parse(b.time);
}

/** Epoch ms of an ISO time (records written elsewhere may use another ISO 8601 form than ours). */
const ms = (iso: string) => Date.parse(iso);

export function foldDeliveries(records: readonly LogRecord[]): Map<string, DeliveryState> {
  const latest = new Map<string, AttemptRecord>();
  const states = new Map<string, DeliveryState>();
  for (const r of records) {
    if (r.record !== 'attempt') continue;
    const key = deliveryKey(r.eventId, r.subscriber);
    let state = states.get(key);
    if (!state) {
      state = {
        eventId: r.eventId,
        subscriber: r.subscriber,
        channel: r.channel,
        tenant: r.tenant,
        type: r.type,
        attempts: 0,
        status: r.status,
        acknowledged: false,
        lastStatusCode: r.statusCode,
        firstAttemptAt: r.time,
        lastAttemptAt: r.time,
        successes: 0,
      };
      states.set(key, state);
    }
    if (r.sent) state.attempts = Math.max(state.attempts, r.attempt);
    if (r.status === 'delivered') {
      state.acknowledged = true;
      state.successes++;
    }
    if (ms(r.time) < ms(state.firstAttemptAt)) state.firstAttemptAt = r.time;
    if (ms(r.time) > ms(state.lastAttemptAt)) state.lastAttemptAt = r.time;
    const previous = latest.get(key);
    if (!previous || later(r, previous)) {
      latest.set(key, r);
      state.status = r.status;
      state.lastStatusCode = r.statusCode;
      if (r.error !== undefined) state.lastError = r.error;
      else delete state.lastError;
      if (r.nextAttemptAt !== undefined) state.nextAttemptAt = r.nextAttemptAt;
      else delete state.nextAttemptAt;
    }
  }
  for (const state of states.values()) if (state.acknowledged) state.status = 'delivered';
  return states;
}

/** Envelopes by event id (the first record of each id wins: they are identical by construction). */
export function eventsById(records: readonly LogRecord[]): Map<string, EventRecord> {
  const events = new Map<string, EventRecord>();
  for (const r of records) if (r.record === 'event' && !events.has(r.eventId)) events.set(r.eventId, r);
  return events;
}

export function disabledSubscribers(records: readonly LogRecord[]): Map<string, SubscriberRecord> {
  const disabled = new Map<string, SubscriberRecord>();
  for (const r of records) if (r.record === 'subscriber' && r.state === 'disabled') disabled.set(r.subscriber, r);
  return disabled;
}

export interface LogFilter {
  tenant?: string;
  subscriber?: string;
  status?: AttemptStatus;
  type?: string;
  eventId?: string;
  trigger?: Trigger;
  /** Inclusive lower bound on the attempt time. */
  since?: Date;
  until?: Date;
}

function typeFilter(pattern: string): (type: string) => boolean {
  if (!pattern.includes('*')) return (t) => t === pattern;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (t) => re.test(t);
}

/** What an attempt and a delivery state share that the filter looks at. */
type Filtered = Pick<DeliveryState, 'tenant' | 'subscriber' | 'status' | 'eventId' | 'type'>;

/** The filter (but `trigger`, which only attempts have) as a predicate; `since`/`until` bound the instant `time`. */
function matcher(filter: LogFilter): (row: Filtered, time: string) => boolean {
  const since = filter.since?.getTime();
  const until = filter.until?.getTime();
  const type = filter.type ? typeFilter(filter.type) : undefined;
  return (row, time) =>
    (filter.tenant === undefined || row.tenant === filter.tenant) &&
    (filter.subscriber === undefined || row.subscriber === filter.subscriber) &&
    (filter.status === undefined || row.status === filter.status) &&
    (filter.eventId === undefined || row.eventId === filter.eventId) &&
    (type === undefined || type(row.type)) &&
    (since === undefined || ms(time) >= since) &&
    (until === undefined || ms(time) <= until);
}

/** Attempt records that pass every given filter, oldest first. */
export function filterAttempts(records: readonly LogRecord[], filter: LogFilter): AttemptRecord[] {
  const matches = matcher(filter);
  return records
    .filter((r): r is AttemptRecord => r.record === 'attempt')
    .filter((r) => matches(r, r.time) && (filter.trigger === undefined || r.trigger === filter.trigger))
    .sort((a, b) => ms(a.time) - ms(b.time));
}

/** Delivery states (latest status per event and subscriber) that pass the filter; `since`/`until` apply to the last attempt. */
export function filterDeliveries(records: readonly LogRecord[], filter: LogFilter): DeliveryState[] {
  const matches = matcher(filter);
  return [...foldDeliveries(records).values()].filter((s) => matches(s, s.lastAttemptAt)).sort((a, b) => ms(a.lastAttemptAt) - ms(b.lastAttemptAt));
}
