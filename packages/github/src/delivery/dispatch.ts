import { dispatchRequest } from '@powerx/core/events/channels.js';
import type { EventEnvelope } from '@powerx/core/events/envelope.js';
import type { Subscriber } from '@powerx/core/events/subscriptions.js';
import { createGitHubClient, type GitHubClient } from '../octokit.js';
import type { ChannelResult, DeliveryChannel } from './channels.js';

export interface DispatchOptions {
  /** Default: `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  /** Space out writes as GitHub asks (default true; turn off against a local double). */
  paceWrites?: boolean;
  /** Makes the client for a token (tests, or a GitHub App installation client). */
  createClient?: (token: string) => GitHubClient;
}

/**
 * repository_dispatch through Octokit. Octokit's own retries are off: GitHub does not retry a dispatch,
 * and our dispatcher retries with the subscriber's schedule, circuit breaker and delivery log.
 */
export class DispatchChannel implements DeliveryChannel {
  private readonly client: GitHubClient;
  private readonly owner: string;
  private readonly repo: string;

  constructor(subscriber: Subscriber, token: string, options: DispatchOptions = {}) {
    const [owner, repo] = subscriber.target!.split('/');
    this.owner = owner!;
    this.repo = repo!;
    this.client =
      options.createClient?.(token) ??
      createGitHubClient({
        token,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        timeoutMs: subscriber.timeoutMs,
        retries: 0,
        rateLimitRetries: 0,
        paceWrites: options.paceWrites ?? true,
      });
  }

  async send(envelope: EventEnvelope): Promise<ChannelResult> {
    const request = dispatchRequest(envelope);
    if (!request.ok) return { status: null, error: request.reason, latencyMs: 0, refused: true };
    const started = performance.now();
    const latency = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      const response = await this.client.rest.repos.createDispatchEvent({
        owner: this.owner,
        repo: this.repo,
        event_type: request.eventType,
        client_payload: request.clientPayload as unknown as Record<string, unknown>,
      });
      return { status: response.status, latencyMs: latency() };
    } catch (error) {
      const e = error as { status?: number; message?: string; response?: { status: number; headers?: Record<string, string | undefined>; data?: unknown } };
      if (!e.response) return { status: null, error: e.message ?? String(error), latencyMs: latency() };
      const data = e.response.data;
      const headers = e.response.headers ?? {};
      // GitHub answers rate limits with 403 (or 429) and says when to come back.
      const throttled = e.response.status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
      const reset = Number(headers['x-ratelimit-reset']);
      const retryAfter = headers['retry-after'] ?? (throttled && Number.isFinite(reset) ? String(Math.max(0, reset - Math.floor(Date.now() / 1000))) : undefined);
      return {
        status: e.response.status,
        throttled,
        retryAfter,
        error: e.message,
        response: (typeof data === 'string' ? data : JSON.stringify(data ?? '')).slice(0, 512),
        latencyMs: latency(),
      };
    }
  }

  close(): void {}
}
