import { ConfigError } from '../errors.js';
import type { AuditRecord } from './record.js';

export interface AuditQuery {
  /** Dotted prefix: `publish.gate` matches `publish.gate` and `publish.gate.evaluated`, not `publish.gateway`. */
  action?: string;
  /** Exact subject; a subject without `@` also matches every version of it (`acme.crm-sync` ~ `acme.crm-sync@2.3.0`). */
  subject?: string;
  /** One outcome or several. */
  outcome?: string | readonly string[];
  actor?: string;
  /** Inclusive lower bound. */
  since?: Date;
  /** Exclusive upper bound. */
  until?: Date;
}

function matchesAction(action: string, prefix: string): boolean {
  const p = prefix.endsWith('.') ? prefix.slice(0, -1) : prefix;
  return action === p || action.startsWith(`${p}.`);
}

function matchesSubject(subject: string, wanted: string): boolean {
  return subject === wanted || (!wanted.includes('@') && subject.startsWith(`${wanted}@`));
}

export function queryRecords<T extends AuditRecord>(records: readonly T[], query: AuditQuery): T[] {
  const outcomes = query.outcome === undefined ? undefined : new Set(typeof query.outcome === 'string' ? [query.outcome] : query.outcome);
  const since = query.since?.getTime();
  const until = query.until?.getTime();
  return records.filter((record) => {
    if (query.action !== undefined && !matchesAction(record.action, query.action)) return false;
    if (query.subject !== undefined && !matchesSubject(record.subject, query.subject)) return false;
    if (outcomes && !outcomes.has(record.outcome)) return false;
    if (query.actor !== undefined && record.actor !== query.actor) return false;
    if (since !== undefined || until !== undefined) {
      const time = Date.parse(record.time);
      if (since !== undefined && !(time >= since)) return false;
      if (until !== undefined && !(time < until)) return false;
    }
    return true;
  });
}

const RELATIVE = /^(\d+)\s*(m|h|d|w)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A time bound from user input: an ISO 8601 date or date-time (UTC unless it names an offset), or a
 * duration back from `now` such as `30m`, `24h`, `7d`, `2w`.
 */
export function parseTimeBound(value: string, now: Date, name = 'time'): Date {
  const text = value.trim();
  const relative = RELATIVE.exec(text);
  if (relative) {
    const unit = relative[2] as keyof typeof UNIT_MS;
    return new Date(now.getTime() - Number(relative[1]) * UNIT_MS[unit]);
  }
  let iso = Number.NaN;
  if (ISO_DATE.test(text)) {
    const dateTime = text.length === 10 ? `${text}T00:00:00` : text;
    iso = Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(dateTime) ? dateTime : `${dateTime}Z`);
  }
  if (Number.isNaN(iso)) {
    throw ConfigError.single(`${name} must be an ISO 8601 date or time, or a duration such as 24h or 7d (got "${value}")`, {}, 'bad-time');
  }
  return new Date(iso);
}
