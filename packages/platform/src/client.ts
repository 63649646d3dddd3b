import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PlatformError } from './errors.js';
import { DEFAULT_BACKOFF, isRetryableStatus, retryDelay, type BackoffOptions } from './retry.js';
import {
  TERMINAL_OPERATION_STATUSES,
  type Advisory,
  type Artifact,
  type AuditIngestResult,
  type AuditRecord,
  type Health,
  type Lease,
  type LeaseRequest,
  type LeaseStatus,
  type MetricsQuery,
  type MetricsQueryResult,
  type Notification,
  type NotificationChannel,
  type NotificationRequest,
  type Operation,
  type OperationFilter,
  type OperationRequest,
  type Page,
  type PageRequest,
  type Plugin,
  type PluginHealth,
  type PluginSummary,
  type Problem,
  type Release,
  type ReleaseRegistration,
  type Severity,
  type Tenant,
  type TenantFilter,
} from './types.js';

export interface RetryEvent {
  method: string;
  path: string;
  /** The attempt that failed, from 1. */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  status?: number;
  /** Problem code, `network_error` or `timeout`. */
  code: string;
  idempotencyKey?: string;
}

export interface PlatformClientOptions {
  /** e.g. `https://api.powerx.example/v1` or a simulator's `url`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Per attempt, including reading the body. Default 10 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 4. */
  retries?: number;
  fetch?: typeof fetch;
  onRetry?: (event: RetryEvent) => void;
  backoff?: Partial<BackoffOptions>;
  userAgent?: string;
}

/** For mutations: pass the same key on a re-run so the platform answers with the first result. */
export interface MutationOptions {
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface WaitOptions extends CallOptions {
  /** Give up after this long. Default 60 s. */
  timeoutMs?: number;
  /** Poll interval. Default 100 ms. */
  intervalMs?: number;
}

export interface PlatformClient {
  readonly baseUrl: string;
  health(options?: CallOptions): Promise<Health>;
  prometheusMetrics(options?: CallOptions): Promise<string>;

  listTenants(filter?: TenantFilter & PageRequest, options?: CallOptions): Promise<Page<Tenant>>;
  listAllTenants(filter?: TenantFilter, options?: CallOptions): Promise<Tenant[]>;
  getTenant(tenantId: string, options?: CallOptions): Promise<Tenant>;
  getTenantPluginHealth(tenantId: string, pluginId: string, options?: CallOptions): Promise<PluginHealth>;

  listPlugins(page?: PageRequest, options?: CallOptions): Promise<Page<PluginSummary>>;
  listAllPlugins(options?: CallOptions): Promise<PluginSummary[]>;
  getPlugin(pluginId: string, options?: CallOptions): Promise<Plugin>;
  getRelease(pluginId: string, version: string, options?: CallOptions): Promise<Release>;
  registerRelease(pluginId: string, registration: ReleaseRegistration, options?: MutationOptions): Promise<Release>;
  yankRelease(pluginId: string, version: string, reason: string, options?: MutationOptions): Promise<Release>;
  uploadArtifact(pluginId: string, version: string, bytes: Uint8Array, options?: MutationOptions): Promise<Artifact>;
  downloadArtifact(pluginId: string, version: string, options?: CallOptions): Promise<Uint8Array>;
  listAdvisories(pluginId: string, filter?: { severity?: Severity }, options?: CallOptions): Promise<Advisory[]>;

  createOperation(tenantId: string, request: OperationRequest, options?: MutationOptions): Promise<Operation>;
  getOperation(operationId: string, options?: CallOptions): Promise<Operation>;
  listTenantOperations(tenantId: string, filter?: OperationFilter & PageRequest, options?: CallOptions): Promise<Page<Operation>>;
  /** Polls until the operation succeeded or failed; resolves with it either way. */
  waitForOperation(operationId: string, options?: WaitOptions): Promise<Operation>;

  acquireLease(request: LeaseRequest, options?: MutationOptions): Promise<Lease>;
  getLease(leaseId: string, options?: CallOptions): Promise<Lease>;
  listLeases(filter?: { status?: LeaseStatus }, options?: CallOptions): Promise<Lease[]>;
  renewLease(leaseId: string, ttlSeconds?: number, options?: MutationOptions): Promise<Lease>;
  releaseLease(leaseId: string, options?: MutationOptions): Promise<Lease>;

  queryMetrics(query?: MetricsQuery, options?: CallOptions): Promise<MetricsQueryResult>;

  ingestAuditRecords(records: readonly AuditRecord[], options?: MutationOptions): Promise<AuditIngestResult>;
  listAuditRecords(filter?: { run?: string } & PageRequest, options?: CallOptions): Promise<Page<AuditRecord>>;

  sendNotification(request: NotificationRequest, options?: MutationOptions): Promise<Notification>;
  listNotifications(filter?: { channel?: NotificationChannel } & PageRequest, options?: CallOptions): Promise<Page<Notification>>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined>;

interface RequestSpec {
  method: Method;
  path: string;
  query?: Query;
  json?: unknown;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
  /** Mutations carry one; it is generated once per logical call and kept across retries. */
  idempotencyKey?: string;
  expect: 'json' | 'text' | 'bytes';
  signal?: AbortSignal;
}

interface RawResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 4;

export function createPlatformClient(options: PlatformClientOptions): PlatformClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  try {
    new URL(baseUrl);
  } catch {
    throw new TypeError(`PowerX platform: base URL ${JSON.stringify(options.baseUrl)} is not an absolute URL.`);
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const doFetch = options.fetch ?? globalThis.fetch;
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...options.backoff };
  const userAgent = options.userAgent ?? 'powerx-release-suite';

  async function request(spec: RequestSpec): Promise<RawResponse> {
    const path = spec.path + queryString(spec.query);
    const url = baseUrl + path;
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'user-agent': userAgent, ...spec.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (spec.idempotencyKey !== undefined) headers['idempotency-key'] = spec.idempotencyKey;
    let body: string | Uint8Array | undefined;
    if (spec.json !== undefined) {
      body = JSON.stringify(spec.json);
      headers['content-type'] = 'application/json';
    } else if (spec.bytes !== undefined) {
      body = spec.bytes;
      headers['content-type'] = 'application/octet-stream';
    }
    const fail = (init: Omit<ConstructorParameters<typeof PlatformError>[0], 'method' | 'path' | 'baseUrl' | 'timeoutMs'>) =>
      new PlatformError({ method: spec.method, path, baseUrl, timeoutMs, ...init });

    for (let attempt = 1; ; attempt++) {
      const signal = spec.signal ? AbortSignal.any([spec.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      let failure: PlatformError;
      let retryAfter: string | null = null;
      try {
        const response = await doFetch(url, { method: spec.method, headers, body, signal });
        const parsed = await readBody(response, spec.expect);
        if (response.ok) {
          if (parsed.kind === 'unexpected') {
            throw fail({ status: response.status, code: 'invalid_response', detail: parsed.detail, retryable: false, attempts: attempt });
          }
          return { status: response.status, headers: response.headers, body: parsed.value };
        }
        const problem = parsed.kind === 'json' && isProblem(parsed.value) ? parsed.value : undefined;
        const retryable = isRetryableStatus(response.status);
        retryAfter = response.headers.get('retry-after');
        failure = fail({
          status: response.status,
          code: problem?.code ?? `http_${response.status}`,
          detail: problem?.detail ?? (response.statusText || `HTTP ${response.status}`),
          retryable,
          attempts: attempt,
          problem,
        });
      } catch (error) {
        if (error instanceof PlatformError) throw error;
        if (spec.signal?.aborted) {
          throw fail({ code: 'aborted', detail: 'the caller cancelled the request', retryable: false, attempts: attempt, cause: error });
        }
        const timedOut = (error as Error).name === 'TimeoutError';
        failure = fail({
          code: timedOut ? 'timeout' : 'network_error',
          detail: timedOut ? `no response within ${timeoutMs} ms` : networkDetail(error),
          retryable: true,
          attempts: attempt,
          cause: error,
        });
      }
      if (!failure.retryable || attempt > retries) throw failure;
      const delayMs = retryDelay(attempt, retryAfter, backoff);
      options.onRetry?.({
        method: spec.method,
        path,
        attempt,
        delayMs,
        status: failure.status,
        code: failure.code,
        idempotencyKey: spec.idempotencyKey,
      });
      try {
        await sleep(delayMs, undefined, spec.signal ? { signal: spec.signal } : undefined);
      } catch (error) {
        throw fail({ code: 'aborted', detail: 'the caller cancelled the request', retryable: false, attempts: attempt, cause: error });
      }
    }
  }

  const json = async <T>(spec: Omit<RequestSpec, 'expect'>): Promise<T> => (await request({ ...spec, expect: 'json' })).body as T;
  const mutation = (opts: MutationOptions | undefined) => ({ idempotencyKey: opts?.idempotencyKey ?? randomUUID(), signal: opts?.signal });
  const seg = encodeURIComponent;

  async function collect<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all;
  }

  const client: PlatformClient = {
    baseUrl,
    health: (o) => json({ method: 'GET', path: '/healthz', signal: o?.signal }),
    prometheusMetrics: async (o) => (await request({ method: 'GET', path: '/metrics', expect: 'text', signal: o?.signal })).body as string,

    listTenants: (filter = {}, o) => json({ method: 'GET', path: '/tenants', query: { ...filter }, signal: o?.signal }),
    listAllTenants: (filter = {}, o) => collect((cursor) => client.listTenants({ ...filter, limit: 200, cursor }, o)),
    getTenant: (tenantId, o) => json({ method: 'GET', path: `/tenants/${seg(tenantId)}`, signal: o?.signal }),
    getTenantPluginHealth: (tenantId, pluginId, o) =>
      json({ method: 'GET', path: `/tenants/${seg(tenantId)}/plugins/${seg(pluginId)}/health`, signal: o?.signal }),

    listPlugins: (page = {}, o) => json({ method: 'GET', path: '/plugins', query: { ...page }, signal: o?.signal }),
    listAllPlugins: (o) => collect((cursor) => client.listPlugins({ limit: 200, cursor }, o)),
    getPlugin: (pluginId, o) => json({ method: 'GET', path: `/plugins/${seg(pluginId)}`, signal: o?.signal }),
    getRelease: (pluginId, version, o) => json({ method: 'GET', path: `/plugins/${seg(pluginId)}/releases/${seg(version)}`, signal: o?.signal }),
    registerRelease: (pluginId, registration, o) =>
      json({ method: 'POST', path: `/plugins/${seg(pluginId)}/releases`, json: registration, ...mutation(o) }),
    yankRelease: (pluginId, version, reason, o) =>
      json({ method: 'POST', path: `/plugins/${seg(pluginId)}/releases/${seg(version)}/yank`, json: { reason }, ...mutation(o) }),
    uploadArtifact: (pluginId, version, bytes, o) =>
      json({
        method: 'PUT',
        path: `/plugins/${seg(pluginId)}/releases/${seg(version)}/artifact`,
        bytes,
        headers: { digest: `sha-256=${createHash('sha256').update(bytes).digest('base64')}` },
        ...mutation(o),
      }),
    downloadArtifact: async (pluginId, version, o) => {
      const path = `/plugins/${seg(pluginId)}/releases/${seg(version)}/artifact`;
      const response = await request({ method: 'GET', path, expect: 'bytes', signal: o?.signal });
      const bytes = response.body as Uint8Array;
      const announced = response.headers.get('digest');
      const actual = `sha-256=${createHash('sha256').update(bytes).digest('base64')}`;
      if (announced !== null && announced !== actual) {
        throw new PlatformError({
          method: 'GET',
          path,
          status: response.status,
          code: 'digest_mismatch',
          detail: `the artifact's SHA-256 (${actual}) differs from the Digest header (${announced})`,
          retryable: true,
          attempts: 1,
        });
      }
      return bytes;
    },
    listAdvisories: async (pluginId, filter = {}, o) =>
      (await json<{ items: Advisory[] }>({ method: 'GET', path: `/plugins/${seg(pluginId)}/advisories`, query: { ...filter }, signal: o?.signal })).items,

    createOperation: (tenantId, operation, o) =>
      json({ method: 'POST', path: `/tenants/${seg(tenantId)}/operations`, json: operation, ...mutation(o) }),
    getOperation: (operationId, o) => json({ method: 'GET', path: `/operations/${seg(operationId)}`, signal: o?.signal }),
    listTenantOperations: (tenantId, filter = {}, o) =>
      json({ method: 'GET', path: `/tenants/${seg(tenantId)}/operations`, query: { ...filter }, signal: o?.signal }),
    waitForOperation: async (operationId, o = {}) => {
      const deadline = Date.now() + (o.timeoutMs ?? 60_000);
      for (;;) {
        const operation = await client.getOperation(operationId, o);
        if (TERMINAL_OPERATION_STATUSES.has(operation.status)) return operation;
        if (Date.now() >= deadline) {
          throw new PlatformError({
            method: 'GET',
            path: `/operations/${seg(operationId)}`,
            code: 'operation_timeout',
            detail: `operation ${operationId} is still ${operation.status} after ${o.timeoutMs ?? 60_000} ms`,
            retryable: true,
            attempts: 1,
          });
        }
        await sleep(o.intervalMs ?? 100, undefined, o.signal ? { signal: o.signal } : undefined);
      }
    },

    acquireLease: (lease, o) => json({ method: 'POST', path: '/leases', json: lease, ...mutation(o) }),
    getLease: (leaseId, o) => json({ method: 'GET', path: `/leases/${seg(leaseId)}`, signal: o?.signal }),
    listLeases: async (filter = {}, o) => (await json<{ items: Lease[] }>({ method: 'GET', path: '/leases', query: { ...filter }, signal: o?.signal })).items,
    renewLease: (leaseId, ttlSeconds, o) =>
      json({ method: 'POST', path: `/leases/${seg(leaseId)}/renew`, json: ttlSeconds === undefined ? {} : { ttlSeconds }, ...mutation(o) }),
    releaseLease: (leaseId, o) => json({ method: 'DELETE', path: `/leases/${seg(leaseId)}`, ...mutation(o) }),

    queryMetrics: (query = {}, o) => json({ method: 'GET', path: '/metrics/query', query: { ...query }, signal: o?.signal }),

    ingestAuditRecords: (records, o) => json({ method: 'POST', path: '/audit/records', json: { records }, ...mutation(o) }),
    listAuditRecords: (filter = {}, o) => json({ method: 'GET', path: '/audit/records', query: { ...filter }, signal: o?.signal }),

    sendNotification: (notification, o) => json({ method: 'POST', path: '/notifications', json: notification, ...mutation(o) }),
    listNotifications: (filter = {}, o) => json({ method: 'GET', path: '/notifications', query: { ...filter }, signal: o?.signal }),
  };
  return client;
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

type ParsedBody = { kind: 'json' | 'text' | 'bytes'; value: unknown } | { kind: 'unexpected'; detail: string };

async function readBody(response: Response, expect: RequestSpec['expect']): Promise<ParsedBody> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const isJson = type === 'application/json' || type === 'application/problem+json' || type.endsWith('+json');
  if (response.ok && expect === 'bytes') return { kind: 'bytes', value: new Uint8Array(await response.arrayBuffer()) };
  const text = await response.text();
  if (response.ok && expect === 'text') return { kind: 'text', value: text };
  if (isJson) {
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'unexpected', detail: `the ${response.status} response is not valid JSON` };
    }
  }
  if (response.status === 204 && expect === 'json') return { kind: 'json', value: undefined };
  return response.ok
    ? { kind: 'unexpected', detail: `expected JSON, got ${type || 'no content type'}` }
    : { kind: 'text', value: text };
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string' && typeof (value as Problem).detail === 'string';
}

function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return (error as Error).message || String(error);
}
