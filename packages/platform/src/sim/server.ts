import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createOpenApiChecker, type MatchedOperation, type OpenApiChecker } from '@powerx/core/openapi/check.js';
import { loadPlatformDescription, simulatorAdminDescription } from '../description.js';
import type { AuditRecord, Lease, Notification, Release, Tenant } from '../types.js';
import { FaultInjector, type FaultPhase, type SimFaults } from './faults.js';
import type { Handler, Reply, RequestInfo, SimContext } from './handler-kit.js';
import { OperationEngine } from './operations.js';
import { ProblemError, problemBody } from './problem.js';
import { RequestCounters, renderPrometheus } from './prometheus.js';
import * as admin from './routes-admin.js';
import * as catalog from './routes-catalog.js';
import * as metrics from './routes-metrics.js';
import * as operations from './routes-operations.js';
import * as leases from './routes-leases.js';
import * as records from './routes-records.js';
import * as tenants from './routes-tenants.js';
import { generateSeedData } from './seed.js';
import { SimState, publicLease, publicNotification, type StoredOperation } from './state.js';
import { JournalStore } from './store.js';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  /** Where state lives; restarting on the same directory continues where the last run stopped. */
  dataDir: string;
  /** Seed of the generated data set (default 1). Ignored when `dataDir` already holds state. */
  seed?: number | string;
  /** Number of tenants (default 50). Ignored when `dataDir` already holds state. */
  tenants?: number;
  /** Number of plugins (default 12). Ignored when `dataDir` already holds state. */
  plugins?: number;
  /** When set, every route but `/healthz` and `/metrics` requires `Authorization: Bearer <token>`. */
  token?: string;
  /** Time an operation takes from accepted to finished (default 50 ms). */
  operationDelayMs?: number;
  faults?: SimFaults;
}

/** Read-only views of the simulator's state for tests (copies: changing them changes nothing). */
export interface SimulatorInspector {
  tenants(): Tenant[];
  tenant(id: string): Tenant | undefined;
  /** Every operation ever accepted, in acceptance order, with the Idempotency-Key it was accepted under. */
  operations(): StoredOperation[];
  releases(pluginId: string): Release[];
  leases(): Lease[];
  notifications(): Notification[];
  auditRecords(): AuditRecord[];
}

export interface Simulator {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The seed the data set was generated from (the stored one when the directory already held state). */
  readonly seed: number | string;
  readonly state: SimulatorInspector;
  /** Stops listening and working on operations; unfinished operations resume on the next start. */
  close(): Promise<void>;
  /** Settles when an injected crash has stopped the simulator. */
  readonly crashed: Promise<void>;
  isCrashed(): boolean;
  faults(): Required<SimFaults>;
  setFaults(faults: SimFaults): void;
  /** Errors injected so far, by whether the request had been applied. */
  injectedFaults(): Record<FaultPhase, number>;
  /** Resolves once no operation is pending or running. */
  settle(timeoutMs?: number): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const JSON_BODY_LIMIT = 4 * 1024 * 1024;
const BINARY_BODY_LIMIT = 64 * 1024 * 1024;

/** One handler per operationId of the description (checked at start). */
const HANDLERS: Readonly<Record<string, Handler>> = {
  getHealth: metrics.getHealth,
  getPrometheusMetrics: metrics.getPrometheusMetrics,
  queryMetrics: metrics.queryMetrics,
  listTenants: tenants.listTenants,
  getTenant: tenants.getTenant,
  getTenantPluginHealth: tenants.getTenantPluginHealth,
  createOperation: operations.createOperation,
  listTenantOperations: operations.listTenantOperations,
  getOperation: operations.getOperation,
  listPlugins: catalog.listPlugins,
  getPlugin: catalog.getPlugin,
  registerRelease: catalog.registerRelease,
  getRelease: catalog.getRelease,
  yankRelease: catalog.yankRelease,
  uploadArtifact: catalog.uploadArtifact,
  downloadArtifact: catalog.downloadArtifact,
  listAdvisories: catalog.listAdvisories,
  acquireLease: leases.acquireLease,
  listLeases: leases.listLeases,
  getLease: leases.getLease,
  renewLease: leases.renewLease,
  releaseLease: leases.releaseLease,
  ingestAuditRecords: records.ingestAuditRecords,
  listAuditRecords: records.listAuditRecords,
  sendNotification: records.sendNotification,
  listNotifications: records.listNotifications,
  simGetFaults: admin.simGetFaults,
  simSetFaults: admin.simSetFaults,
  simClearFaults: admin.simClearFaults,
};

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the simulator listens on loopback only (127.0.0.1, ::1, localhost), not ${host}`);
  const dataDir = resolve(options.dataDir);
  const store = JournalStore.open(dataDir, () => {
    const meta = { seed: options.seed ?? 1, tenants: options.tenants ?? 50, plugins: options.plugins ?? 12 };
    return { meta, collections: SimState.collectionsFrom(generateSeedData(meta)) };
  });
  const seed = store.meta.seed as number | string;
  const state = new SimState(store);
  const engine = new OperationEngine(state, options.operationDelayMs ?? 50);
  const faults = new FaultInjector(seed, options.faults ?? {});
  const requests = new RequestCounters();
  const startedAt = Date.now();
  const publicChecker = createOpenApiChecker(loadPlatformDescription(), { basePaths: [] });
  const adminChecker = createOpenApiChecker(simulatorAdminDescription(), { basePaths: [] });
  assertEveryOperationHandled(loadPlatformDescription(), simulatorAdminDescription());

  /** No longer serving: crashed or closed. */
  let stopped = false;
  let crashed = false;
  let crashRequested = false;
  let resolveCrashed!: () => void;
  const crashedPromise = new Promise<void>((r) => (resolveCrashed = r));
  const sockets = new Set<Socket>();

  const ctx: SimContext = {
    state,
    engine,
    faults,
    seed,
    dataDir,
    startedAt,
    requestCrash: () => {
      crashRequested = true;
    },
    prometheus: () => renderPrometheus({ state, faults, requests, seed, startedAt, now: Date.now() }),
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, problemReply(500, 'internal_error', `The simulator failed: ${(error as Error).message}`));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function crash(): void {
    if (stopped) return;
    stopped = true;
    crashed = true;
    engine.stop();
    server.close();
    for (const socket of sockets) socket.destroy();
    store.close();
    resolveCrashed();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (stopped) {
      req.socket.destroy();
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const isAdmin = url.pathname.startsWith('/_sim/');
    const checker: OpenApiChecker = isAdmin ? adminChecker : publicChecker;
    const match = checker.match(method, url.pathname + url.search);
    const route = match?.path ?? 'unmatched';
    res.on('finish', () => requests.add(route, method, res.statusCode));

    const open = match !== undefined && isUnauthenticated(match);
    if (options.token !== undefined && !open && !bearerMatches(req.headers.authorization, options.token)) {
      send(res, problemReply(401, 'unauthorized', 'Send Authorization: Bearer <token> with the token the platform was started with', { 'www-authenticate': 'Bearer realm="powerx"' }));
      return;
    }
    if (!match) {
      send(res, problemReply(404, 'not_found', `No route ${method} ${url.pathname}; see packages/platform/openapi.yaml`));
      return;
    }

    let body: unknown;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof ProblemError) send(res, problemReply(error.status, error.code, error.detail));
      else req.socket.destroy();
      return;
    }

    const decision = isAdmin || open ? { latencyMs: 0 } : faults.decide(method, route);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (stopped) return void req.socket.destroy();
    if (decision.error?.phase === 'before') {
      send(res, injectedReply(decision.error.status, 'before'));
      return;
    }

    const requestErrors = checker.checkRequest(match, { headers: req.headers, body });
    let reply: Reply;
    if (requestErrors.length > 0) {
      reply = problemReply(400, 'invalid_request', `The request does not match the API description: ${requestErrors.join('; ')}`, {}, requestErrors.map(toProblemError));
    } else {
      const info: RequestInfo = {
        operationId: match.operationId as string,
        method,
        template: route,
        path: url.pathname,
        params: match.params,
        query: url.searchParams,
        headers: req.headers,
        body,
        now: new Date(),
      };
      try {
        reply = (HANDLERS[info.operationId] as Handler)(ctx, info);
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        reply = problemReply(error.status, error.code, error.detail, error.headers, error.errors);
      }
    }
    if (crashRequested) {
      crash();
      return;
    }
    if (decision.error?.phase === 'after') {
      send(res, injectedReply(decision.error.status, 'after'));
      return;
    }
    send(res, reply);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  engine.resume();

  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  const urlHost = host === '::1' ? '[::1]' : host;
  const copy = <T>(value: T): T => structuredClone(value);

  return {
    url: `http://${urlHost}:${port}`,
    port,
    dataDir,
    seed,
    crashed: crashedPromise,
    isCrashed: () => crashed,
    faults: () => faults.get(),
    setFaults: (next) => faults.set(next),
    injectedFaults: () => ({ before: faults.injectedCount('before'), after: faults.injectedCount('after') }),
    state: {
      tenants: () => copy(state.tenants()),
      tenant: (id) => copy(state.tenant(id)),
      operations: () => copy(state.operations()),
      releases: (pluginId) => copy(state.releases(pluginId)),
      leases: () => state.leases().map((l) => publicLease(l, Date.now())),
      notifications: () => copy(state.notifications().map(publicNotification)),
      auditRecords: () => copy(state.auditRecords().map((s) => s.record)),
    },
    async settle(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (engine.busy()) {
        if (crashed) throw new Error('the simulator crashed with operations unfinished; restart it on the same dataDir to finish them');
        if (Date.now() > deadline) throw new Error(`operations still unfinished after ${timeoutMs} ms`);
        await sleep(5);
      }
    },
    async close() {
      if (stopped) return;
      stopped = true;
      engine.stop();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
      store.close();
    },
  };
}

function isUnauthenticated(match: MatchedOperation): boolean {
  const security = match.operation.security;
  return Array.isArray(security) && security.length === 0;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  if (header === undefined) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1] as string);
  const expected = Buffer.from(token);
  // Constant-time comparison of equal-length buffers; a length difference alone is not secret.
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < given.length; i++) diff |= (given[i] as number) ^ (expected[i] as number);
  return diff === 0;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const isJson = type === 'application/json' || type.endsWith('+json');
  const limit = isJson ? JSON_BODY_LIMIT : BINARY_BODY_LIMIT;
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is still read to its end (and dropped), so the client reliably receives the 413.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw new ProblemError(413, 'payload_too_large', `The body is larger than ${limit} bytes`);
  if (size === 0) return undefined;
  const raw = Buffer.concat(chunks);
  if (!isJson) return raw;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch (error) {
    throw new ProblemError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

/** `body/manifest/id: is required` -> `{ pointer: '/manifest/id', message: 'is required' }`. */
function toProblemError(message: string): { pointer: string; message: string } {
  const at = message.indexOf(': ');
  const location = at < 0 ? '' : message.slice(0, at);
  const text = at < 0 ? message : message.slice(at + 2);
  if (location === 'body' || location.startsWith('body/')) return { pointer: location.slice(4), message: text };
  const slash = location.indexOf('/');
  return { pointer: slash < 0 ? location : `${location.slice(0, slash)}:${location.slice(slash + 1)}`, message: text };
}

function problemReply(
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
  errors?: { pointer: string; message: string }[],
): Reply {
  return { status, body: problemBody(status, code, detail, errors), contentType: 'application/problem+json', headers };
}

function injectedReply(status: number, phase: FaultPhase): Reply {
  const applied = phase === 'after' ? 'the request WAS applied before this error' : 'the request was not applied';
  const headers: Record<string, string> = status === 429 || status === 503 ? { 'retry-after': '1' } : {};
  return problemReply(status, 'injected_fault', `Simulated failure (${applied}); retry with the same Idempotency-Key`, headers);
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | Buffer | undefined;
  if (reply.body !== undefined) {
    if (typeof reply.body === 'string' || Buffer.isBuffer(reply.body)) {
      payload = reply.body;
      headers['content-type'] = reply.contentType ?? 'application/octet-stream';
    } else {
      payload = JSON.stringify(reply.body);
      headers['content-type'] = reply.contentType ?? 'application/json';
    }
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function assertEveryOperationHandled(...documents: Readonly<Record<string, unknown>>[]): void {
  for (const doc of documents) {
    for (const item of Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>)) {
      for (const [key, operation] of Object.entries(item)) {
        if (key === 'parameters' || typeof operation !== 'object' || operation === null) continue;
        const id = operation.operationId;
        if (id === undefined || !(id in HANDLERS)) throw new Error(`the simulator has no handler for operation ${id ?? key}`);
      }
    }
  }
}
