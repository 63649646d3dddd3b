import { deliveryKey, disabledSubscribers, eventsById, foldDeliveries, type EventRecord, type LogRecord } from './log.js';
import type { Subscriber } from './subscriptions.js';

export interface ReplayCandidate {
  event: EventRecord;
  subscriber: string;
  /** Requests already made; the next attempt is number `attempts + 1`. */
  attempts: number;
}

export interface Skipped {
  eventId: string;
  subscriber: string;
  reason: 'acknowledged' | 'disabled' | 'unknown-subscriber' | 'unknown-event';
}

export interface Selection {
  deliveries: ReplayCandidate[];
  skipped: Skipped[];
}

export interface ReplayQuery {
  /** Replay this event (to each subscriber it matched that has not acknowledged it). */
  eventId?: string;
  /** Only this subscriber. */
  subscriber?: string;
  /** Failed or pending deliveries whose last attempt is within [since, until]. */
  since?: Date;
  until?: Date;
}

function current(subscribers: readonly Subscriber[], disabled: ReadonlySet<string>, id: string): Skipped['reason'] | undefined {
  const found = subscribers.find((s) => s.id === id);
  if (!found) return 'unknown-subscriber';
  if (!found.enabled || disabled.has(id)) return 'disabled';
  return undefined;
}

/**
 * What a manual replay would send. A delivery a subscriber acknowledged is never sent again; subscribers
 * no longer configured, disabled, or gone (410) are skipped with the reason.
 */
export function selectReplay(records: readonly LogRecord[], subscribers: readonly Subscriber[], query: ReplayQuery): Selection {
  const events = eventsById(records);
  const states = foldDeliveries(records);
  const disabled = new Set(disabledSubscribers(records).keys());
  const deliveries: ReplayCandidate[] = [];
  const skipped: Skipped[] = [];
  const consider = (event: EventRecord, subscriber: string) => {
    const state = states.get(deliveryKey(event.eventId, subscriber));
    if (state?.acknowledged) return skipped.push({ eventId: event.eventId, subscriber, reason: 'acknowledged' });
    const problem = current(subscribers, disabled, subscriber);
    if (problem) return skipped.push({ eventId: event.eventId, subscriber, reason: problem });
    deliveries.push({ event, subscriber, attempts: state?.attempts ?? 0 });
  };
  if (query.eventId !== undefined) {
    const event = events.get(query.eventId);
    if (!event) return { deliveries, skipped: [{ eventId: query.eventId, subscriber: query.subscriber ?? '*', reason: 'unknown-event' }] };
    for (const subscriber of event.subscribers) if (query.subscriber === undefined || subscriber === query.subscriber) consider(event, subscriber);
    return { deliveries, skipped };
  }
  const since = query.since?.getTime();
  const until = query.until?.getTime();
  for (const state of states.values()) {
    if (state.status !== 'failed' && state.status !== 'pending') continue;
    if (query.subscriber !== undefined && state.subscriber !== query.subscriber) continue;
    const last = Date.parse(state.lastAttemptAt);
    if ((since !== undefined && last < since) || (until !== undefined && last > until)) continue;
    const event = events.get(state.eventId);
    if (!event) {
      skipped.push({ eventId: state.eventId, subscriber: state.subscriber, reason: 'unknown-event' });
      continue;
    }
    consider(event, state.subscriber);
  }
  return { deliveries, skipped };
}

/**
 * What the scheduled re-drive sends: pending deliveries that are due. Deliveries of subscribers that were
 * removed, disabled or answered 410 are returned in `skipped` so the caller can close them as failed.
 */
export function selectRedrive(records: readonly LogRecord[], subscribers: readonly Subscriber[], now: Date): Selection {
  const events = eventsById(records);
  const disabled = new Set(disabledSubscribers(records).keys());
  const deliveries: ReplayCandidate[] = [];
  const skipped: Skipped[] = [];
  const at = now.getTime();
  const states = foldDeliveries(records);
  // An event whose step ended before its first attempt (cancelled, crashed) is due as well.
  for (const event of events.values()) {
    for (const subscriber of event.subscribers) {
      if (states.has(deliveryKey(event.eventId, subscriber))) continue;
      const problem = current(subscribers, disabled, subscriber);
      if (problem) skipped.push({ eventId: event.eventId, subscriber, reason: problem });
      else deliveries.push({ event, subscriber, attempts: 0 });
    }
  }
  for (const state of states.values()) {
    if (state.status !== 'pending' && state.status !== 'retrying') continue;
    if (state.nextAttemptAt !== undefined && Date.parse(state.nextAttemptAt) > at) continue;
    const event = events.get(state.eventId);
    if (!event) {
      skipped.push({ eventId: state.eventId, subscriber: state.subscriber, reason: 'unknown-event' });
      continue;
    }
    const problem = current(subscribers, disabled, state.subscriber);
    if (problem) skipped.push({ eventId: state.eventId, subscriber: state.subscriber, reason: problem });
    else deliveries.push({ event, subscriber: state.subscriber, attempts: state.attempts });
  }
  return { deliveries, skipped };
}

/** One selected delivery, as front-ends list it (dry run and report). */
export interface SelectedDelivery {
  eventId: string;
  type: string;
  subject: string;
  tenant: string | null;
  subscriber: string;
  /** Requests already made. */
  attempts: number;
}

export function describeSelection(selection: Selection): SelectedDelivery[] {
  return selection.deliveries.map((d) => ({ eventId: d.event.eventId, type: d.event.type, subject: d.event.subject, tenant: d.event.tenant, subscriber: d.subscriber, attempts: d.attempts }));
}
