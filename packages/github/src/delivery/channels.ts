import { pagerDutyEvent, slackMessage, PAGERDUTY_EVENTS_URL } from '@powerx/core/events/channels.js';
import { serializeEnvelope, type EventEnvelope } from '@powerx/core/events/envelope.js';
import { parseSigningSecrets, webhookHeaders, type SigningKey } from '@powerx/core/events/signing.js';
import type { Subscriber } from '@powerx/core/events/subscriptions.js';
import { createAgents, destroyAgents, post, targetOf, type Agents, type PostResult, type Target } from './http.js';

/** The outcome of one attempt as a channel reports it. */
export interface ChannelResult {
  status: number | null;
  retryAfter?: string | undefined;
  error?: string | undefined;
  response?: string | undefined;
  latencyMs: number;
  /** The channel refused to send (e.g. payload too large): a permanent failure, no request made. */
  refused?: boolean;
  /** A rate limit answered with another status than 429 (GitHub's 403 secondary rate limit). */
  throttled?: boolean;
}

export interface DeliveryChannel {
  send(envelope: EventEnvelope, now: Date): Promise<ChannelResult>;
  close(): void;
}

/** Serialized bodies, shared by every webhook subscriber of an event (the same bytes are signed and sent). */
export class BodyCache {
  private readonly bodies = new Map<string, { contentType: string; body: string }>();

  get(envelope: EventEnvelope): { contentType: string; body: string } {
    let found = this.bodies.get(envelope.id);
    if (!found) {
      found = serializeEnvelope(envelope);
      this.bodies.set(envelope.id, found);
    }
    return found;
  }

  forget(eventId: string): void {
    this.bodies.delete(eventId);
  }
}

function fromPost(result: PostResult): ChannelResult {
  const retryAfter = result.headers['retry-after'];
  return {
    status: result.status,
    retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
    error: result.error,
    response: result.excerpt || undefined,
    latencyMs: result.latencyMs,
  };
}

abstract class HttpChannel implements DeliveryChannel {
  protected readonly agents: Agents;
  protected readonly timeoutMs: number;

  constructor(subscriber: Subscriber) {
    this.agents = createAgents(subscriber.maxInFlight);
    this.timeoutMs = subscriber.timeoutMs;
  }

  abstract send(envelope: EventEnvelope, now: Date): Promise<ChannelResult>;

  close(): void {
    destroyAgents(this.agents);
  }
}

/** Standard Webhooks: the structured CloudEvent, signed with every configured secret. */
export class WebhookChannel extends HttpChannel {
  private readonly url: Target;
  private readonly keys: SigningKey[];
  private readonly bodies: BodyCache;

  constructor(subscriber: Subscriber, credential: string, bodies: BodyCache) {
    super(subscriber);
    this.url = targetOf(new URL(subscriber.target!));
    this.keys = parseSigningSecrets(credential);
    this.bodies = bodies;
  }

  async send(envelope: EventEnvelope, now: Date): Promise<ChannelResult> {
    const { contentType, body } = this.bodies.get(envelope);
    const headers = { 'content-type': contentType, ...webhookHeaders(this.keys, envelope.id, body, now) };
    return fromPost(await post(this.url, body, headers, { timeoutMs: this.timeoutMs, agents: this.agents }));
  }
}

/** Slack incoming webhook: the URL is the credential. */
export class SlackChannel extends HttpChannel {
  private readonly url: Target;

  constructor(subscriber: Subscriber, credential: string) {
    super(subscriber);
    this.url = targetOf(new URL(credential));
  }

  async send(envelope: EventEnvelope): Promise<ChannelResult> {
    const body = JSON.stringify(slackMessage(envelope));
    return fromPost(await post(this.url, body, { 'content-type': 'application/json' }, { timeoutMs: this.timeoutMs, agents: this.agents }));
  }
}

/** PagerDuty Events API v2: the credential is the integration's routing key. */
export class PagerDutyChannel extends HttpChannel {
  private readonly url: Target;
  private readonly routingKey: string;
  private readonly subscriberId: string;

  constructor(subscriber: Subscriber, credential: string) {
    super(subscriber);
    this.url = targetOf(new URL(subscriber.target ?? PAGERDUTY_EVENTS_URL));
    this.routingKey = credential;
    this.subscriberId = subscriber.id;
  }

  async send(envelope: EventEnvelope): Promise<ChannelResult> {
    const body = JSON.stringify(pagerDutyEvent(envelope, this.subscriberId, this.routingKey));
    return fromPost(await post(this.url, body, { 'content-type': 'application/json' }, { timeoutMs: this.timeoutMs, agents: this.agents }));
  }
}
