import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemorySeenIds, verifyDelivery } from '@powerx/core/events/verify.js';
import { createRandom } from '@powerx/core/random.js';

/**
 * A loopback webhook receiver with scripted faults, for `powerx demo`, end-to-end tests and the
 * benchmark. It verifies every delivery like a real receiver (Standard Webhooks signature, timestamp,
 * CloudEvent), deduplicates by `webhook-id`, and answers according to its behaviour.
 */
export type ReceiverBehaviour =
  | { kind: 'healthy' }
  /** Answers 500 to a share of requests (deterministic for a seed). */
  | { kind: 'flaky'; failureRate: number; seed?: number }
  /** Waits before answering 204. */
  | { kind: 'slow'; delayMs: number }
  /** Always 410 Gone. */
  | { kind: 'gone' }
  /** The first `count` requests get 429 with Retry-After. */
  | { kind: 'throttle'; count: number; retryAfterSeconds: number }
  /** Closes the connection without answering on the first `count` requests. */
  | { kind: 'closing'; count: number }
  /** Always answers this status. */
  | { kind: 'status'; status: number };

export interface ReceivedDelivery {
  id: string;
  time: number;
  status: number | 'closed';
  verified: boolean;
  verifyError?: string;
  /** This id had already been acknowledged (2xx) by this receiver. */
  duplicate: boolean;
  type?: string;
  tenant?: string | null;
  subject?: string;
  body: string;
  headers: IncomingHttpHeaders;
}

export interface Receiver {
  url: string;
  /** Every request, in arrival order. */
  readonly requests: ReceivedDelivery[];
  /** Ids answered with 2xx, with how many times each was acknowledged. */
  readonly acknowledged: Map<string, number>;
  close(): Promise<void>;
}


export interface ReceiverOptions {
  behaviour: ReceiverBehaviour;
  /** The subscriber's `whsec_` secret; without it deliveries are not verified (Slack, PagerDuty, raw bodies). */
  secret?: string;
  /** Keep request bodies and headers (default true; the benchmark turns it off). */
  keepBodies?: boolean;
  /** Called for every request after it was answered. */
  onRequest?: (delivery: ReceivedDelivery) => void;
}

export async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  const behaviour = options.behaviour;
  const random = behaviour.kind === 'flaky' ? createRandom(behaviour.seed ?? 1).next : Math.random;
  const requests: ReceivedDelivery[] = [];
  const acknowledged = new Map<string, number>();
  const seen = new MemorySeenIds(1_000_000);
  const keep = options.keepBodies ?? true;
  let count = 0;

  const server: Server = createServer((req, res) => {
    const n = ++count;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = String(req.headers['webhook-id'] ?? '');
      const entry: ReceivedDelivery = { id, time: Date.now(), status: 204, verified: false, duplicate: (acknowledged.get(id) ?? 0) > 0, body: keep ? body : '', headers: keep ? req.headers : {} };
      if (options.secret) {
        const result = await verifyDelivery({ body, headers: req.headers, secret: options.secret, seen });
        entry.verified = result.ok;
        if (result.ok) {
          entry.type = result.event.type;
          entry.tenant = result.event.tenantid ?? null;
          entry.subject = result.event.subject;
        } else {
          entry.verifyError = `${result.reason}: ${result.message}`;
        }
      } else {
        try {
          const parsed = JSON.parse(body) as { type?: string; tenantid?: string; subject?: string };
          entry.type = parsed.type;
          entry.tenant = parsed.tenantid ?? null;
          entry.subject = parsed.subject;
        } catch {
          /* not JSON: Slack or PagerDuty bodies are kept as text */
        }
      }
      const answer = (status: number, headers: Record<string, string> = {}, text = '') => {
        entry.status = status;
        if (status >= 200 && status < 300) acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
        requests.push(entry);
        res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(text);
        options.onRequest?.(entry);
      };
      if (options.secret && !entry.verified) return answer(401, {}, entry.verifyError);
      switch (behaviour.kind) {
        case 'healthy':
          return answer(204);
        case 'flaky':
          return random() < behaviour.failureRate ? answer(500, {}, 'flaky receiver: try again') : answer(204);
        case 'slow':
          setTimeout(() => {
            if (!res.destroyed) return answer(204);
            entry.status = 'closed';
            requests.push(entry);
          }, behaviour.delayMs);
          return;
        case 'gone':
          return answer(410, {}, 'this endpoint was removed');
        case 'throttle':
          return n <= behaviour.count ? answer(429, { 'retry-after': String(behaviour.retryAfterSeconds) }, 'slow down') : answer(204);
        case 'closing':
          if (n <= behaviour.count) {
            entry.status = 'closed';
            requests.push(entry);
            options.onRequest?.(entry);
            req.socket.destroy();
            return;
          }
          return answer(204);
        case 'status':
          return answer(behaviour.status, {}, `status ${behaviour.status}`);
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    requests,
    acknowledged,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
