import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPlatformClient, type RetryEvent } from '@powerx/platform/client.js';
import { PlatformError } from '@powerx/platform/errors.js';
import { fullJitterDelay, parseRetryAfter, retryDelay, DEFAULT_BACKOFF } from '@powerx/platform/retry.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

type Responder = (res: ServerResponse, req: Seen) => void;

const seen: Seen[] = [];
let script: Responder[] = [];
let server: Server;
let baseUrl: string;

const operation = {
  id: 'op_0123456789',
  tenantId: 'tn-0001',
  type: 'install',
  plugin: 'acme.crm-sync',
  version: '1.0.0',
  fromVersion: null,
  status: 'pending',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const reply =
  (status: number, body: unknown, headers: Record<string, string> = {}): Responder =>
  (res) => {
    const problem = status >= 400;
    res.writeHead(status, { 'content-type': problem ? 'application/problem+json' : 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const problem = (status: number, code: string, detail: string, headers: Record<string, string> = {}) =>
  reply(status, { type: `https://powerx.example/problems/${code}`, title: 'x', status, detail, code }, headers);
/** Never answers (the client must time out); the socket is cleaned up when the server closes. */
const hang: Responder = () => undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(entry);
      const next = script.shift() ?? problem(500, 'unscripted', 'no scripted response left');
      next(res, entry);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

beforeEach(() => {
  seen.length = 0;
  script = [];
});

const fast = { baseMs: 1, capMs: 4, random: () => 0.5 };

describe('backoff arithmetic', () => {
  it('full jitter stays under min(cap, base * 2^(retry-1))', () => {
    const max = { baseMs: 200, capMs: 5_000, random: () => 0.999 };
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((r) => fullJitterDelay(r, max))).toEqual([199, 399, 799, 1598, 3196, 4995, 4995, 4995]);
    expect(fullJitterDelay(3, { ...max, random: () => 0 })).toBe(0);
    expect(fullJitterDelay(2, { ...max, random: () => 0.5 })).toBe(200);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-01T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sun, 01 Nov 2026 10:00:07 GMT', now)).toBe(7_000);
    expect(parseRetryAfter('Sun, 01 Nov 2026 09:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('prefers Retry-After over jitter and caps it', () => {
    expect(retryDelay(1, '2', { ...DEFAULT_BACKOFF, random: () => 0.5 })).toBe(2_000);
    expect(retryDelay(1, '3600', { ...DEFAULT_BACKOFF, maxRetryAfterMs: 30_000 })).toBe(30_000);
    expect(retryDelay(3, null, { ...DEFAULT_BACKOFF, random: () => 0.5 })).toBe(400);
  });
});

describe('createPlatformClient', () => {
  it('retries 5xx with the same Idempotency-Key and returns the eventual result', async () => {
    script = [problem(500, 'boom', 'failed'), problem(502, 'bad_gateway', 'upstream'), reply(202, operation)];
    const retries: RetryEvent[] = [];
    const client = createPlatformClient({ baseUrl, backoff: fast, onRetry: (e) => retries.push(e) });
    const result = await client.createOperation('tn-0001', { type: 'install', plugin: 'acme.crm-sync', version: '1.0.0' });
    expect(result.id).toBe('op_0123456789');
    expect(seen).toHaveLength(3);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(retries.map((r) => [r.attempt, r.status, r.code, r.delayMs, r.idempotencyKey])).toEqual([
      [1, 500, 'boom', 0, keys[0]],
      [2, 502, 'bad_gateway', 1, keys[0]],
    ]);
    expect(JSON.parse(seen[0]!.body.toString())).toEqual({ type: 'install', plugin: 'acme.crm-sync', version: '1.0.0' });
    expect(seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('uses the caller key when given, and a new key for each logical call otherwise', async () => {
    script = [reply(202, operation), reply(202, operation), reply(202, operation)];
    const client = createPlatformClient({ baseUrl, backoff: fast });
    const body = { type: 'install' as const, plugin: 'acme.crm-sync', version: '1.0.0' };
    await client.createOperation('tn-0001', body, { idempotencyKey: 'run-42-install' });
    await client.createOperation('tn-0001', body);
    await client.createOperation('tn-0001', body);
    const keys = seen.map((s) => s.headers['idempotency-key']);
    expect(keys[0]).toBe('run-42-install');
    expect(keys[1]).not.toBe(keys[2]);
  });

  it('sends the bearer token, and no Idempotency-Key on reads', async () => {
    script = [reply(200, { items: [], nextCursor: null })];
    const client = createPlatformClient({ baseUrl: `${baseUrl}/`, token: 's3cret', backoff: fast });
    await client.listTenants({ tier: 'enterprise', testPool: false, limit: 10 });
    expect(seen[0]!.url).toBe('/tenants?tier=enterprise&testPool=false&limit=10');
    expect(seen[0]!.headers.authorization).toBe('Bearer s3cret');
    expect(seen[0]!.headers['idempotency-key']).toBeUndefined();
  });

  it('keeps a base path and encodes path segments', async () => {
    script = [reply(200, operation)];
    const client = createPlatformClient({ baseUrl: `${baseUrl}/v1`, backoff: fast });
    await client.getRelease('acme.crm-sync', '1.0.0+build/7');
    expect(seen[0]!.url).toBe('/v1/plugins/acme.crm-sync/releases/1.0.0%2Bbuild%2F7');
  });

  it('honours Retry-After in seconds on 429 and 503', async () => {
    script = [problem(429, 'rate_limited', 'slow down', { 'retry-after': '1' }), reply(200, operation)];
    const retries: RetryEvent[] = [];
    const client = createPlatformClient({ baseUrl, backoff: fast, onRetry: (e) => retries.push(e) });
    const started = Date.now();
    await client.getOperation('op_0123456789');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(retries.map((r) => [r.status, r.delayMs])).toEqual([[429, 1000]]);
  });

  it('honours Retry-After as an HTTP date, capped by maxRetryAfterMs', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    script = [problem(503, 'unavailable', 'maintenance', { 'retry-after': inAnHour }), reply(200, operation)];
    const retries: RetryEvent[] = [];
    const client = createPlatformClient({ baseUrl, backoff: { ...fast, maxRetryAfterMs: 50 }, onRetry: (e) => retries.push(e) });
    await client.getOperation('op_0123456789');
    expect(retries.map((r) => [r.status, r.delayMs])).toEqual([[503, 50]]);
  });

  it('grows the jittered wait exponentially', async () => {
    script = [problem(500, 'a', 'x'), problem(500, 'a', 'x'), problem(500, 'a', 'x'), reply(200, operation)];
    const retries: RetryEvent[] = [];
    const client = createPlatformClient({ baseUrl, backoff: { baseMs: 10, capMs: 1_000, random: () => 0.999 }, onRetry: (e) => retries.push(e) });
    await client.getOperation('op_0123456789');
    expect(retries.map((r) => r.delayMs)).toEqual([9, 19, 39]);
  });

  it('does not retry a 4xx and explains the problem', async () => {
    script = [problem(409, 'operation_in_progress', 'Operation op_1 is still running')];
    const client = createPlatformClient({ baseUrl, backoff: fast });
    const error = await client.createOperation('tn-0001', { type: 'upgrade', plugin: 'acme.crm-sync', version: '2.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    const e = error as PlatformError;
    expect([e.status, e.code, e.retryable, e.attempts, e.detail]).toEqual([409, 'operation_in_progress', false, 1, 'Operation op_1 is still running']);
    expect(e.message).toBe(
      'PowerX platform: POST /tenants/tn-0001/operations failed (409 operation_in_progress): Operation op_1 is still running. The current state does not allow this; read the resource again before deciding.',
    );
    expect(seen).toHaveLength(1);
  });

  it('lists the invalid fields of a 400', async () => {
    script = [reply(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'invalid', code: 'invalid_request', errors: [{ pointer: '/version', message: 'is required' }] })];
    const client = createPlatformClient({ baseUrl, backoff: fast });
    const error = (await client.acquireLease({ holder: 'x' }).catch((e: unknown) => e)) as PlatformError;
    expect(error.message).toContain('Invalid: /version is required.');
    expect(error.message).toContain('Fix the request');
  });

  it('gives up after retries + 1 attempts, saying so', async () => {
    script = [problem(500, 'boom', 'down'), problem(500, 'boom', 'down'), problem(500, 'boom', 'still down')];
    const client = createPlatformClient({ baseUrl, retries: 2, backoff: fast });
    const error = (await client.getTenant('tn-0001').catch((e: unknown) => e)) as PlatformError;
    expect([error.status, error.code, error.retryable, error.attempts]).toEqual([500, 'boom', true, 3]);
    expect(error.message).toBe('PowerX platform: GET /tenants/tn-0001 failed (500 boom): still down. The platform kept failing; try again later. (3 attempts)');
    expect(seen).toHaveLength(3);
  });

  it('times out a silent server and retries with the same key', async () => {
    script = [hang, reply(202, operation)];
    const retries: RetryEvent[] = [];
    const client = createPlatformClient({ baseUrl, timeoutMs: 150, backoff: fast, onRetry: (e) => retries.push(e) });
    const result = await client.sendNotification({ channel: 'email', recipients: ['qa@example.com'], subject: 's', body: 'b' });
    expect(result.id).toBe('op_0123456789');
    expect(retries.map((r) => [r.code, r.status])).toEqual([['timeout', undefined]]);
    expect(seen[0]!.headers['idempotency-key']).toBe(seen[1]!.headers['idempotency-key']);
  });

  it('reports a timeout when every attempt times out', async () => {
    script = [hang, hang];
    const client = createPlatformClient({ baseUrl, timeoutMs: 100, retries: 1, backoff: fast });
    const started = Date.now();
    const error = (await client.getTenant('tn-0001').catch((e: unknown) => e)) as PlatformError;
    expect([error.code, error.status, error.retryable, error.attempts]).toEqual(['timeout', undefined, true, 2]);
    expect(error.message).toContain('no response within 100 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('retries network errors and names the unreachable URL', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const retries: RetryEvent[] = [];
    const client = createPlatformClient({ baseUrl: `http://127.0.0.1:${port}`, retries: 2, backoff: fast, onRetry: (e) => retries.push(e) });
    const error = (await client.health().catch((e: unknown) => e)) as PlatformError;
    expect([error.code, error.attempts, error.retryable]).toEqual(['network_error', 3, true]);
    expect(error.detail).toContain('ECONNREFUSED');
    expect(error.message).toContain(`Check that the platform is reachable at http://127.0.0.1:${port}.`);
    expect(retries.map((r) => r.code)).toEqual(['network_error', 'network_error']);
  });

  it('stops at once when the caller aborts', async () => {
    script = [hang];
    const client = createPlatformClient({ baseUrl, timeoutMs: 5_000, backoff: fast });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = (await client.getTenant('tn-0001', { signal: controller.signal }).catch((e: unknown) => e)) as PlatformError;
    expect([error.code, error.retryable, error.attempts]).toEqual(['aborted', false, 1]);
    expect(seen).toHaveLength(1);
  });

  it('rejects a success that is not JSON', async () => {
    script = [
      (res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>login</html>');
      },
    ];
    const client = createPlatformClient({ baseUrl, backoff: fast });
    const error = (await client.getTenant('tn-0001').catch((e: unknown) => e)) as PlatformError;
    expect([error.code, error.status, error.retryable]).toEqual(['invalid_response', 200, false]);
  });

  it('uploads an artifact with its SHA-256 in the Digest header', async () => {
    const bytes = new TextEncoder().encode('plugin package bytes');
    script = [reply(201, { plugin: 'acme.crm-sync', version: '1.0.0', digest: `sha256:${'0'.repeat(64)}`, size: bytes.length, uploadedAt: '2026-11-01T00:00:00Z' })];
    const client = createPlatformClient({ baseUrl, backoff: fast });
    await client.uploadArtifact('acme.crm-sync', '1.0.0', bytes);
    expect(seen[0]!.method).toBe('PUT');
    expect(seen[0]!.headers.digest).toBe(`sha-256=${createHash('sha256').update(bytes).digest('base64')}`);
    expect(seen[0]!.headers['content-type']).toBe('application/octet-stream');
    expect(seen[0]!.body.equals(Buffer.from(bytes))).toBe(true);
    expect(typeof seen[0]!.headers['idempotency-key']).toBe('string');
  });

  it('rejects a base URL that is not absolute', () => {
    expect(() => createPlatformClient({ baseUrl: 'platform.example' })).toThrow('base URL "platform.example" is not an absolute URL');
  });
});
