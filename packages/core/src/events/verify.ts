import { HTTP } from 'cloudevents';
import { parseSigningSecrets, signatureMatches } from './signing.js';
import { checkEnvelope, inMemorySource } from './catalog.js';
import type { EventEnvelope } from './envelope.js';

/** Remembers delivery ids a receiver has processed, to drop duplicates. */
export interface SeenIds {
  /** Records the id; returns false when it was already there. */
  add(id: string): boolean | Promise<boolean>;
}

/** In-memory, bounded: forgets the oldest ids beyond `max`. Use a shared store when receivers run in several processes. */
export class MemorySeenIds implements SeenIds {
  private readonly ids = new Set<string>();
  private readonly max: number;

  constructor(max = 100_000) {
    this.max = max;
  }

  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

export type VerifyFailure = 'missing-headers' | 'bad-timestamp' | 'timestamp-too-old' | 'timestamp-too-new' | 'bad-signature' | 'invalid-event';

export type VerifyResult =
  | { ok: true; id: string; timestamp: number; event: EventEnvelope; duplicate: boolean }
  | { ok: false; reason: VerifyFailure; message: string };

export interface VerifyOptions {
  /** The raw request body, exactly as received (parse it only after verifying). */
  body: string | Buffer;
  /** Request headers; names are case-insensitive. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The `whsec_` secret(s), space-separated during a rotation. */
  secret: string;
  /** Default 300 s, as Standard Webhooks recommends. */
  toleranceSeconds?: number;
  now?: Date;
  /** When given, a delivery whose id was seen before is reported with `duplicate: true`. */
  seen?: SeenIds;
}

function header(headers: VerifyOptions['headers'], name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/**
 * What a receiver does with a delivery: checks the Standard Webhooks signature and the timestamp
 * tolerance, parses the CloudEvent (with the CloudEvents SDK) and checks it against the event schemas,
 * and reports whether its id was seen before. Acknowledge (2xx) duplicates without processing them again.
 */
export async function verifyDelivery(options: VerifyOptions): Promise<VerifyResult> {
  const id = header(options.headers, 'webhook-id');
  const stamp = header(options.headers, 'webhook-timestamp');
  const signature = header(options.headers, 'webhook-signature');
  if (!id || !stamp || !signature) return { ok: false, reason: 'missing-headers', message: 'webhook-id, webhook-timestamp and webhook-signature are required' };
  if (!/^\d+$/.test(stamp)) return { ok: false, reason: 'bad-timestamp', message: 'webhook-timestamp is not a number of seconds' };
  const timestamp = Number(stamp);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (now - timestamp > tolerance) return { ok: false, reason: 'timestamp-too-old', message: `signed ${now - timestamp} s ago (tolerance ${tolerance} s)` };
  if (timestamp - now > tolerance) return { ok: false, reason: 'timestamp-too-new', message: `signed ${timestamp - now} s in the future (tolerance ${tolerance} s)` };
  if (!signatureMatches(parseSigningSecrets(options.secret), id, timestamp, options.body, signature)) {
    return { ok: false, reason: 'bad-signature', message: 'no signature matches the secret' };
  }
  let event: EventEnvelope;
  try {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(options.headers)) if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    const parsed = HTTP.toEvent({ headers, body: options.body.toString() });
    if (Array.isArray(parsed)) return { ok: false, reason: 'invalid-event', message: 'a batch of events is not a release event' };
    event = JSON.parse(parsed.toString()) as EventEnvelope;
  } catch (error) {
    return { ok: false, reason: 'invalid-event', message: `not a CloudEvent: ${(error as Error).message}` };
  }
  const issues = checkEnvelope(inMemorySource(event, 'delivery'));
  if (issues.length > 0) return { ok: false, reason: 'invalid-event', message: issues.map((i) => `${i.pointer ?? ''} ${i.message}`.trim()).join('; ') };
  if (event.id !== id) return { ok: false, reason: 'invalid-event', message: `webhook-id ${id} differs from the event id ${event.id}` };
  const duplicate = options.seen ? !(await options.seen.add(id)) : false;
  return { ok: true, id, timestamp, event, duplicate };
}
