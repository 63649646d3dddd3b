import { CircuitBreaker } from '@powerx/core/events/breaker.js';
import type { EventEnvelope } from '@powerx/core/events/envelope.js';
import type { AttemptRecord, AttemptStatus, Trigger } from '@powerx/core/events/log.js';
import { TokenBucket } from '@powerx/core/events/rate-limit.js';
import { classifyAttempt, planNext, type AttemptVerdict } from '@powerx/core/events/retry.js';
import type { Subscriber } from '@powerx/core/events/subscriptions.js';
import type { ChannelResult, DeliveryChannel } from './channels.js';
import type { DeliveryLogWriter } from './log-file.js';

export interface DeliveryRequest {
  envelope: EventEnvelope;
  subscriber: string;
  trigger: Trigger;
  /** Requests already made for this event and subscriber (from the log); numbering continues from here. */
  attempts: number;
}

/** How one event's delivery to one subscriber ended in this step. */
export interface FinalDelivery {
  eventId: string;
  subscriber: string;
  envelope: EventEnvelope;
  trigger: Trigger;
  status: Exclude<AttemptStatus, 'retrying'>;
  /** Requests made in total (earlier runs included). */
  attempts: number;
  lastStatusCode: number | null;
  lastError?: string;
  nextAttemptAt?: string;
  /** Why a failed delivery failed for good. */
  reason?: 'exhausted' | 'rejected' | 'subscriber-gone';
}

export interface DispatcherOptions {
  subscribers: readonly Subscriber[];
  /** Channel per subscriber id (only subscribers that will receive deliveries need one). */
  channels: ReadonlyMap<string, DeliveryChannel>;
  log: DeliveryLogWriter;
  runId?: string;
  clock?: () => number;
  random?: () => number;
  onFinal?: (final: FinalDelivery) => void;
  /** A 410 answer disabled the subscriber. */
  onDisabled?: (subscriber: string, reason: string) => void;
  /** Called when no delivery of an event is outstanding any more. */
  onEventSettled?: (eventId: string) => void;
}

interface Job {
  request: DeliveryRequest;
  subscriber: Subscriber;
  /** Global attempt counter (earlier runs included). */
  attempt: number;
  /** Attempts counted against maxAttempts (a manual replay starts a fresh allowance). */
  counted: number;
  /** The event's time, for publish-to-delivery latency. */
  publishedMs: number;
  /** End of this delivery's step budget. */
  deadline: number;
  lastStatusCode: number | null;
  lastError?: string;
  done: (final: FinalDelivery) => void;
}

/** A retried job is due a little late when its timer fires; within this grace it still goes. */
const DEADLINE_GRACE_MS = 250;

class Lane {
  readonly subscriber: Subscriber;
  readonly channel: DeliveryChannel;
  readonly bucket: TokenBucket;
  readonly breaker: CircuitBreaker;
  /** Retries go before new deliveries. */
  readonly retries: Job[] = [];
  private readonly queue: Job[] = [];
  private head = 0;
  inFlight = 0;
  pausedUntil = 0;
  disabled: string | undefined;
  timer: NodeJS.Timeout | undefined;
  timerAt = Infinity;

  constructor(subscriber: Subscriber, channel: DeliveryChannel, now: number) {
    this.subscriber = subscriber;
    this.channel = channel;
    this.bucket = new TokenBucket(subscriber.rateLimit, now);
    this.breaker = new CircuitBreaker(subscriber.circuitBreaker);
  }

  get size(): number {
    return this.retries.length + this.queue.length - this.head;
  }

  push(job: Job): void {
    this.queue.push(job);
  }

  peek(): Job | undefined {
    return this.retries[0] ?? this.queue[this.head];
  }

  shift(): Job {
    if (this.retries.length > 0) return this.retries.shift()!;
    const job = this.queue[this.head]!;
    this.queue[this.head++] = undefined as unknown as Job;
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return job;
  }
}

/**
 * Delivers events to subscribers: one lane per subscriber with its own rate limit (queueing, never
 * dropping), requests in flight bound, circuit breaker and pause after Retry-After; retries follow the
 * subscriber's schedule within its step budget, and what does not fit is logged as pending for the
 * re-drive. Every attempt (and every deferral) is one delivery-log record.
 */
export class Dispatcher {
  private readonly lanes = new Map<string, Lane>();
  private readonly options: DispatcherOptions;
  private readonly clock: () => number;
  private readonly subscribers: Map<string, Subscriber>;
  private readonly perEvent = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  private timers = new Set<NodeJS.Timeout>();
  private outstanding = 0;

  constructor(options: DispatcherOptions) {
    this.options = options;
    this.clock = options.clock ?? Date.now;
    this.subscribers = new Map(options.subscribers.map((s) => [s.id, s]));
  }

  /** Deliveries not yet delivered, pending or failed in this step. */
  get inProgress(): number {
    return this.outstanding;
  }

  deliver(request: DeliveryRequest): Promise<FinalDelivery> {
    const subscriber = this.subscribers.get(request.subscriber);
    if (!subscriber) throw new Error(`unknown subscriber ${request.subscriber}`);
    const lane = this.lane(subscriber);
    const now = this.clock();
    this.outstanding++;
    this.perEvent.set(request.envelope.id, (this.perEvent.get(request.envelope.id) ?? 0) + 1);
    return new Promise<FinalDelivery>((done) => {
      const published = Date.parse(request.envelope.time);
      lane.push({
        request,
        subscriber,
        attempt: request.attempts,
        counted: request.trigger === 'manual' ? 0 : request.attempts,
        publishedMs: Number.isNaN(published) ? now : published,
        deadline: now + subscriber.retry.stepBudgetMs,
        lastStatusCode: null,
        done,
      });
      this.pump(lane);
    });
  }

  /** Resolves when every delivery handed in so far has reached delivered, pending or failed. */
  idle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    for (const lane of this.lanes.values()) {
      if (lane.timer) clearTimeout(lane.timer);
      lane.channel.close();
    }
  }

  private lane(subscriber: Subscriber): Lane {
    let lane = this.lanes.get(subscriber.id);
    if (!lane) {
      const channel = this.options.channels.get(subscriber.id);
      if (!channel) throw new Error(`no channel for subscriber ${subscriber.id}`);
      lane = new Lane(subscriber, channel, this.clock());
      this.lanes.set(subscriber.id, lane);
    }
    return lane;
  }

  private pump(lane: Lane): void {
    const now = this.clock();
    while (lane.inFlight < lane.subscriber.maxInFlight && lane.size > 0) {
      const job = lane.peek()!;
      if (lane.disabled) {
        lane.shift();
        this.finish(job, 'failed', { error: `not sent: subscriber disabled (${lane.disabled})`, reason: 'subscriber-gone' });
        continue;
      }
      if (now > job.deadline + DEADLINE_GRACE_MS) {
        lane.shift();
        this.defer(job, now, this.waitReason(lane, now));
        continue;
      }
      let goAt = Math.max(lane.pausedUntil, lane.bucket.nextFree(now));
      if (goAt <= now) {
        const admitted = lane.breaker.admit(now);
        if (!admitted.ok) goAt = admitted.retryAt;
      }
      if (goAt > now) {
        if (goAt > job.deadline) {
          lane.shift();
          this.defer(job, goAt, this.waitReason(lane, now));
          continue;
        }
        this.wake(lane, goAt);
        return;
      }
      lane.shift();
      lane.bucket.reserve(now);
      lane.inFlight++;
      void this.attempt(lane, job);
    }
  }

  private waitReason(lane: Lane, now: number): string {
    if (lane.breaker.state !== 'closed') return 'not sent: circuit open after consecutive failures';
    if (lane.pausedUntil > now) return 'not sent: subscriber asked to slow down (Retry-After) past the step budget';
    return 'not sent: rate-limit queue reached the end of the step budget';
  }

  private wake(lane: Lane, at: number): void {
    if (lane.timer && lane.timerAt <= at) return;
    if (lane.timer) clearTimeout(lane.timer);
    lane.timerAt = at;
    lane.timer = setTimeout(() => {
      lane.timer = undefined;
      lane.timerAt = Infinity;
      this.pump(lane);
    }, Math.max(0, at - this.clock()));
  }

  private async attempt(lane: Lane, job: Job): Promise<void> {
    const startMs = this.clock();
    let result: ChannelResult;
    try {
      result = await lane.channel.send(job.request.envelope, new Date(startMs));
    } catch (error) {
      result = { status: null, error: (error as Error).message, latencyMs: this.clock() - startMs };
    }
    lane.inFlight--;
    const end = this.clock();
    if (result.refused) {
      lane.breaker.release();
      this.record(job, startMs, end, result, 'failed', false);
      this.finish(job, 'failed', { error: result.error, reason: 'rejected' }, false);
      this.pump(lane);
      return;
    }
    job.attempt++;
    job.counted++;
    job.lastStatusCode = result.status;
    const verdict: AttemptVerdict = classifyAttempt(result, new Date(end));
    if (verdict.kind === 'delivered') {
      lane.breaker.success();
      lane.bucket.recover();
      this.record(job, startMs, end, result, 'delivered', true);
      this.finish(job, 'delivered', {}, false);
      this.pump(lane);
      return;
    }
    job.lastError = result.error ?? verdict.reason;
    // A 4xx answer proves the endpoint is up: it does not count towards opening the circuit.
    if (verdict.kind === 'rejected') lane.breaker.success();
    if (verdict.kind === 'retry') {
      lane.breaker.failure(end);
      if (verdict.slowDown) {
        lane.bucket.slowDown();
        if (verdict.retryAfterMs !== undefined) lane.pausedUntil = Math.max(lane.pausedUntil, end + verdict.retryAfterMs);
      }
    }
    const next = planNext({
      verdict,
      attempts: job.counted,
      maxAttempts: job.subscriber.retry.maxAttempts,
      scheduleMs: job.subscriber.retry.scheduleMs,
      now: end,
      deadline: job.deadline,
      ...(this.options.random ? { random: this.options.random } : {}),
    });
    if (next.action === 'retry') {
      this.record(job, startMs, end, result, 'retrying', true, undefined, verdict);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        lane.retries.push(job);
        this.pump(lane);
      }, Math.max(0, next.at - this.clock()));
      this.timers.add(timer);
    } else if (next.action === 'pending') {
      const nextAttemptAt = new Date(next.at).toISOString();
      this.record(job, startMs, end, result, 'pending', true, nextAttemptAt, verdict);
      this.finish(job, 'pending', { nextAttemptAt }, false);
    } else {
      this.record(job, startMs, end, result, 'failed', true, undefined, verdict);
      const reason = verdict.kind === 'gone' ? 'subscriber-gone' : verdict.kind === 'rejected' ? 'rejected' : 'exhausted';
      if (verdict.kind === 'gone' && !lane.disabled) {
        lane.disabled = verdict.reason;
        this.options.log.append({ record: 'subscriber', time: new Date(end).toISOString(), subscriber: lane.subscriber.id, state: 'disabled', reason: verdict.reason });
        this.options.onDisabled?.(lane.subscriber.id, verdict.reason);
      }
      this.finish(job, 'failed', { reason }, false);
    }
    this.pump(lane);
  }

  private record(job: Job, startMs: number, endMs: number, result: ChannelResult, status: AttemptStatus, sent: boolean, nextAttemptAt?: string, verdict?: AttemptVerdict): void {
    const { envelope } = job.request;
    const error = result.error ?? (verdict && verdict.kind !== 'delivered' ? verdict.reason : undefined);
    const record: AttemptRecord = {
      record: 'attempt',
      time: new Date(startMs).toISOString(),
      eventId: envelope.id,
      subscriber: job.subscriber.id,
      channel: job.subscriber.channel,
      tenant: envelope.tenantid ?? null,
      type: envelope.type,
      attempt: job.attempt,
      trigger: job.request.trigger,
      sent,
      status,
      statusCode: result.status,
      latencyMs: sent ? result.latencyMs : null,
      sincePublishMs: Math.max(0, endMs - job.publishedMs),
      ...(error !== undefined ? { error } : {}),
      ...(result.response !== undefined ? { response: result.response } : {}),
      ...(nextAttemptAt !== undefined ? { nextAttemptAt } : {}),
      ...(this.options.runId !== undefined ? { runId: this.options.runId } : {}),
    };
    this.options.log.append(record);
  }

  /** Logs a delivery that could not be attempted within the step budget as pending, without a request. */
  private defer(job: Job, at: number, reason: string): void {
    const now = this.clock();
    const nextAttemptAt = new Date(at).toISOString();
    this.record(job, now, now, { status: null, error: reason, latencyMs: 0 }, 'pending', false, nextAttemptAt);
    this.finish(job, 'pending', { nextAttemptAt, error: reason }, false);
  }

  private finish(job: Job, status: FinalDelivery['status'], extra: { error?: string | undefined; reason?: FinalDelivery['reason']; nextAttemptAt?: string }, log = true): void {
    if (log && status === 'failed') {
      const now = this.clock();
      this.record(job, now, now, { status: null, error: extra.error, latencyMs: 0 }, 'failed', false);
    }
    const error = extra.error ?? job.lastError;
    const final: FinalDelivery = {
      eventId: job.request.envelope.id,
      subscriber: job.subscriber.id,
      envelope: job.request.envelope,
      trigger: job.request.trigger,
      status,
      attempts: job.attempt,
      lastStatusCode: job.lastStatusCode,
      ...(status !== 'delivered' && error !== undefined ? { lastError: error } : {}),
      ...(extra.nextAttemptAt !== undefined ? { nextAttemptAt: extra.nextAttemptAt } : {}),
      ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    };
    job.done(final);
    this.options.onFinal?.(final);
    const left = (this.perEvent.get(final.eventId) ?? 1) - 1;
    if (left === 0) {
      this.perEvent.delete(final.eventId);
      this.options.onEventSettled?.(final.eventId);
    } else {
      this.perEvent.set(final.eventId, left);
    }
    this.outstanding--;
    if (this.outstanding === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }
}
