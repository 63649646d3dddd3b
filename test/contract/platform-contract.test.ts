/**
 * Drives every operation of the platform description against a running simulator and checks each request and
 * response against the description: documented status, content type, body schema, headers.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import cvss from 'ae-cvss-calculator';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenApiChecker, type OpenApiChecker } from '@powerx/core/openapi/check.js';
import { headOf, sealRecord, type AuditRecord as CoreAuditRecord } from '@powerx/core/audit/record.js';
import { loadPlatformDescription, simulatorAdminDescription } from '@powerx/platform/description.js';
import { latestStable, generateSeedData } from '@powerx/platform/sim/seed.js';
import { startSimulator, type Simulator } from '@powerx/platform/sim/server.js';
import type { Lease, Operation, Plugin, Release, Tenant } from '@powerx/platform/types.js';

const { Cvss3P1 } = cvss;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

type Json = Record<string, unknown>;
const TOKEN = 'contract-token';
const doc = loadPlatformDescription() as Json;

let sim: Simulator;
let dataDir: string;
let checker: OpenApiChecker;
let adminChecker: OpenApiChecker;
/** operationId -> statuses seen. */
const observed = new Map<string, Set<number>>();

interface CallOptions {
  body?: unknown;
  raw?: Uint8Array;
  headers?: Record<string, string>;
  auth?: boolean;
  /** The request is deliberately wrong: the checker must find something, the server must answer 400. */
  invalid?: boolean;
  admin?: boolean;
}

interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

async function call<T = Json>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
  const use = options.admin ? adminChecker : checker;
  const op = use.match(method, path);
  expect(op, `${method} ${path} is not in the description`).toBeDefined();
  if (!op) throw new Error('unreachable');
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth !== false) headers.authorization = `Bearer ${TOKEN}`;
  let payload: string | Uint8Array | undefined;
  if (options.raw !== undefined) {
    payload = options.raw;
    headers['content-type'] ??= 'application/octet-stream';
  } else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const requestErrors = use.checkRequest(op, { headers, body: options.raw ?? options.body });
  if (options.invalid) expect(requestErrors.length, `${method} ${path} should be an invalid request`).toBeGreaterThan(0);
  else expect(requestErrors, `request ${method} ${path}`).toEqual([]);

  const response = await fetch(sim.url + path, { method, headers, body: payload });
  const type = response.headers.get('content-type') ?? '';
  let body: unknown;
  if (/json/.test(type)) body = await response.json();
  else if (type.startsWith('text/')) body = await response.text();
  else body = new Uint8Array(await response.arrayBuffer());
  const responseHeaders = Object.fromEntries(response.headers);
  expect(use.checkResponse(op, response.status, responseHeaders, body), `response ${response.status} to ${method} ${path}: ${JSON.stringify(body)}`).toEqual([]);
  if (response.status >= 400) {
    expect(type).toBe('application/problem+json');
    const problem = body as Json;
    expect(problem.status).toBe(response.status);
    expect(problem.type).toBe(`https://powerx.example/problems/${String(problem.code)}`);
  }
  if (options.invalid) expect(response.status).toBe(400);
  const id = op.operationId as string;
  if (!observed.has(id)) observed.set(id, new Set());
  observed.get(id)?.add(response.status);
  return { status: response.status, headers: response.headers, body: body as T };
}

const code = (answer: Answer) => (answer.body as Json).code;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'powerx-contract-'));
  // Long enough that an operation is still running when the test sends a conflicting one, even on a busy machine.
  sim = await startSimulator({ dataDir, seed: 1, tenants: 50, plugins: 12, token: TOKEN, operationDelayMs: 300 });
  checker = createOpenApiChecker(doc);
  adminChecker = createOpenApiChecker(simulatorAdminDescription());
});

afterAll(async () => {
  await sim?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function settled(id: string): Promise<Operation> {
  for (let i = 0; i < 200; i++) {
    const { body } = await call<Operation>('GET', `/operations/${id}`);
    if (body.status === 'succeeded' || body.status === 'failed') return body;
    await sleep(10);
  }
  throw new Error(`operation ${id} did not finish`);
}

describe('the description', () => {
  const refs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else walk(value);
      }
    }
  };
  walk(doc);
  const resolvePointer = (ref: string): unknown =>
    ref
      .slice(2)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, token) => (node as Json | undefined)?.[token], doc);

  const operations: Array<{ method: string; path: string; op: Json; item: Json }> = [];
  const allPaths = { ...(doc.paths as Json), ...((doc['x-powerx-simulator'] as Json).paths as Json) };
  for (const [path, item] of Object.entries(allPaths) as Array<[string, Json]>) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) if (item[method]) operations.push({ method, path, op: item[method] as Json, item });
  }

  it('is OpenAPI 3.1 in the JSON Schema 2020-12 dialect', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('has only local references, and every one resolves', () => {
    expect(refs.length).toBeGreaterThan(300);
    for (const ref of refs) {
      expect(ref.startsWith('#/'), ref).toBe(true);
      expect(resolvePointer(ref), ref).toBeDefined();
    }
  });

  it('gives every operation a unique operationId, responses, and an error schema for every 4xx/5xx', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(29);
    for (const { method, path, op } of operations) {
      const responses = op.responses as Json;
      expect(Object.keys(responses).length, `${method} ${path}`).toBeGreaterThan(0);
      expect(Object.keys(responses).some((s) => s.startsWith('2')), `${method} ${path} has a success response`).toBe(true);
      for (const [status, raw] of Object.entries(responses)) {
        const response = ((raw as Json).$ref ? resolvePointer((raw as Json).$ref as string) : raw) as Json;
        if (Number(status) >= 400) {
          const content = response.content as Json;
          expect(Object.keys(content), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
          expect((content['application/problem+json'] as Json).schema).toEqual({ $ref: '#/components/schemas/Problem' });
        }
      }
    }
  });

  it('declares every path parameter and requires Idempotency-Key on the non-naturally-idempotent mutations', () => {
    const paramsOf = (o: { op: Json; item: Json }) =>
      [...((o.item.parameters as Json[] | undefined) ?? []), ...((o.op.parameters as Json[] | undefined) ?? [])].map((p) =>
        p.$ref ? (resolvePointer(p.$ref as string) as Json) : p,
      );
    for (const o of operations) {
      const declared = paramsOf(o).filter((p) => p.in === 'path').map((p) => p.name);
      const inPath = [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(declared.sort(), `${o.method} ${o.path}`).toEqual(inPath.sort());
    }
    const required = operations.filter((o) => paramsOf(o).some((p) => p.name === 'Idempotency-Key' && p.required === true)).map((o) => o.op.operationId);
    expect(required.sort()).toEqual(['acquireLease', 'createOperation', 'sendNotification']);
    const mutations = operations.filter((o) => o.method !== 'get' && !o.path.startsWith('/_sim'));
    for (const o of mutations) expect(paramsOf(o).some((p) => p.name === 'Idempotency-Key'), `${o.op.operationId as string} accepts Idempotency-Key`).toBe(true);
  });

  it('has schemas that compile in strict JSON Schema 2020-12, closed wherever they are ours', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const id = 'https://powerx.example/schemas/platform.json';
    const schemas = JSON.parse(JSON.stringify((doc.components as Json).schemas).replaceAll('#/components/schemas/', `${id}#/$defs/`)) as Json;
    ajv.addSchema({ $id: id, $defs: schemas });
    for (const name of Object.keys(schemas)) expect(() => ajv.getSchema(`${id}#/$defs/${name}`), name).not.toThrow();

    // Objects the writer owns (audit details, free-form run/subject) stay open; everything else is closed.
    const open: string[] = [];
    const visit = (schema: unknown, where: string): void => {
      if (Array.isArray(schema)) return schema.forEach((s, i) => visit(s, `${where}/${i}`));
      if (schema === null || typeof schema !== 'object') return;
      const s = schema as Json;
      if (s.type === 'object' && s.additionalProperties === undefined) open.push(where);
      for (const [key, value] of Object.entries(s)) if (key !== 'examples') visit(value, `${where}/${key}`);
    };
    for (const [name, schema] of Object.entries(schemas)) visit(schema, name);
    expect(open.sort()).toEqual(['AuditRecord/properties/details', 'AuditRecord/properties/run/oneOf/1', 'AuditRecord/properties/subject/oneOf/1']);
  });

  it('has examples that satisfy their schemas', () => {
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
    addFormats(ajv);
    const id = 'https://powerx.example/schemas/platform-examples.json';
    const schemas = JSON.parse(JSON.stringify((doc.components as Json).schemas).replaceAll('#/components/schemas/', `${id}#/$defs/`)) as Json;
    ajv.addSchema({ $id: id, $defs: schemas });
    let checked = 0;
    for (const [name, schema] of Object.entries(schemas) as Array<[string, Json]>) {
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        const validate = ajv.getSchema(`${id}#/$defs/${name}`);
        expect(validate?.(example), `${name} example ${JSON.stringify(example)}: ${JSON.stringify(validate?.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe('the seeded data set', () => {
  it('is deterministic per seed and sized by the options', () => {
    const a = generateSeedData({ seed: 1, tenants: 50, plugins: 12 });
    expect(generateSeedData({ seed: 1, tenants: 50, plugins: 12 })).toEqual(a);
    expect(generateSeedData({ seed: 2, tenants: 50, plugins: 12 }).tenants).not.toEqual(a.tenants);
    expect([a.tenants.length, a.plugins.length, a.tenants.filter((t) => t.testPool).length]).toEqual([50, 12, 5]);
    const small = generateSeedData({ seed: 1, tenants: 7, plugins: 16 });
    expect([small.tenants.length, small.plugins.length, small.plugins.at(-1)?.id]).toEqual([7, 16, 'vendor16.plugin-16']);
  });

  it('looks like a real catalog: lines, prereleases, LTS, yanked releases, dependencies, migrations', () => {
    const { plugins, releases, tenants } = generateSeedData({ seed: 1, tenants: 50, plugins: 12 });
    expect(plugins.every((p) => /^[a-z]+\.[a-z-]+$/.test(p.id))).toBe(true);
    for (const plugin of plugins) {
      const own = releases.filter((r) => r.plugin === plugin.id);
      expect(new Set(own.map((r) => semver.major(r.version))).size, plugin.id).toBeGreaterThanOrEqual(2);
      expect(own.filter((r) => r.lts).map((r) => r.ltsLine).filter((l, i, all) => all.indexOf(l) === i), plugin.id).toHaveLength(1);
      expect(own.every((r) => r.prerelease === (semver.prerelease(r.version) !== null))).toBe(true);
    }
    expect(releases.filter((r) => /-beta\.1$/.test(r.version)).length).toBeGreaterThan(10);
    expect(releases.filter((r) => /-rc\.1$/.test(r.version)).length).toBeGreaterThan(5);
    expect(releases.filter((r) => r.yanked).every((r) => typeof r.yankedReason === 'string' && !r.prerelease)).toBe(true);
    expect(releases.filter((r) => r.yanked).length).toBeGreaterThanOrEqual(3);
    expect(releases.filter((r) => Object.keys(r.manifest.dependencies).length > 0).length).toBeGreaterThan(10);
    expect(releases.some((r) => Object.values(r.manifest.dependencies).some((d) => typeof d === 'object' && d.optional === true))).toBe(true);
    expect(releases.some((r) => !r.manifest.migrations.reversible)).toBe(true);
    expect(releases.every((r) => r.manifest.id === r.plugin && r.manifest.version === r.version && semver.validRange(r.manifest.host) !== null)).toBe(true);
    expect(releases.every((r) => Date.parse(r.releasedAt) < Date.parse('2026-11-01T00:00:00Z'))).toBe(true);

    expect(new Set(tenants.map((t) => t.tier))).toEqual(new Set(['free', 'standard', 'enterprise']));
    expect(new Set(tenants.map((t) => t.region)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(tenants.map((t) => semver.minor(t.hostVersion))).size).toBeGreaterThanOrEqual(3);
    expect(tenants.every((t) => typeof t.runtimes.node === 'string')).toBe(true);
    expect(tenants.some((t) => t.runtimes.python === undefined)).toBe(true);
    // Installed versions are ones the tenant can run, with their required dependencies present.
    for (const tenant of tenants) {
      for (const installed of tenant.plugins) {
        const release = releases.find((r) => r.plugin === installed.id && r.version === installed.version) as Release;
        expect(semver.satisfies(tenant.hostVersion, release.manifest.host), `${tenant.id} ${installed.id}@${installed.version}`).toBe(true);
        for (const [runtime, range] of Object.entries(release.manifest.runtimes)) expect(semver.satisfies(tenant.runtimes[runtime] ?? '0.0.0', range)).toBe(true);
        for (const [dep, spec] of Object.entries(release.manifest.dependencies)) {
          const { range, optional } = typeof spec === 'string' ? { range: spec, optional: false } : { range: spec.range, optional: spec.optional ?? false };
          const present = tenant.plugins.find((p) => p.id === dep);
          if (present) expect(semver.satisfies(present.version, range), `${tenant.id} ${installed.id} needs ${dep} ${range}`).toBe(true);
          else expect(optional, `${tenant.id} ${installed.id} needs ${dep}`).toBe(true);
        }
      }
    }
    const behind = tenants.flatMap((t) => t.plugins).filter((p) => p.version !== latestStable(releases.filter((r) => r.plugin === p.id))?.version);
    expect(behind.length).toBeGreaterThan(20);
  });

  it('publishes advisories whose CVSS 3.1 vectors, scores, severities and ranges agree', () => {
    const { advisories, releases } = generateSeedData({ seed: 1, tenants: 50, plugins: 12 });
    expect(advisories.length).toBeGreaterThanOrEqual(6);
    const severity = (score: number) => (score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'moderate' : 'low');
    for (const advisory of advisories) {
      expect(new Cvss3P1(advisory.cvssVector).calculateScores().base, advisory.cvssVector).toBe(advisory.cvssScore);
      expect(advisory.severity).toBe(severity(advisory.cvssScore));
      expect(semver.validRange(advisory.affected), advisory.affected).not.toBeNull();
      const own = releases.filter((r) => r.plugin === advisory.plugin);
      expect(own.some((r) => semver.satisfies(r.version, advisory.affected)), `${advisory.id} affects something`).toBe(true);
      if (advisory.fixedIn !== null) {
        expect(own.map((r) => r.version)).toContain(advisory.fixedIn);
        expect(semver.satisfies(advisory.fixedIn, advisory.affected)).toBe(false);
      }
    }
    expect(new Set(advisories.map((a) => a.severity)).size).toBeGreaterThanOrEqual(3);
    expect(advisories.some((a) => a.fixedIn === null)).toBe(true);
  });
});

describe('the simulator against the description', () => {
  it('serves health and Prometheus metrics without a token', async () => {
    const health = await call<Json>('GET', '/healthz', { auth: false });
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const metrics = await call<string>('GET', '/metrics', { auth: false });
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(metrics.body).toContain('# TYPE powerx_sim_http_requests_total counter');
    expect(metrics.body).toContain('powerx_sim_http_requests_total{route="/healthz",method="GET",status="200"} 1');
    expect(metrics.body).toContain('powerx_sim_test_pool_size 5');
  });

  it('requires the bearer token everywhere else', async () => {
    const answer = await call('GET', '/tenants', { auth: false });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="powerx"');
    expect(code(answer)).toBe('unauthorized');
    expect((await call('GET', '/tenants', { headers: { authorization: 'Bearer wrong-token!' }, auth: false })).status).toBe(401);
  });

  it('lists tenants with filters and stable pagination', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=20&cursor=${cursor}` : '?limit=20';
      const { status, body } = await call<{ items: Tenant[]; nextCursor: string | null }>('GET', `/tenants${query}`);
      expect(status).toBe(200);
      seen.push(...body.items.map((t) => t.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    expect(seen).toEqual([...seen].sort());

    const all = sim.state.tenants();
    const enterprise = await call<{ items: Tenant[] }>('GET', '/tenants?tier=enterprise&limit=200');
    expect(enterprise.body.items.map((t) => t.id)).toEqual(all.filter((t) => t.tier === 'enterprise').map((t) => t.id));
    const pool = await call<{ items: Tenant[] }>('GET', '/tenants?testPool=true');
    expect(pool.body.items).toHaveLength(5);
    expect(pool.body.items.every((t) => t.testPool && t.tags.includes('test-pool') && t.plugins.length === 0)).toBe(true);
    const region = all[0]?.region as string;
    const byRegion = await call<{ items: Tenant[] }>('GET', `/tenants?region=${region}&limit=200`);
    expect(byRegion.body.items.map((t) => t.id)).toEqual(all.filter((t) => t.region === region).map((t) => t.id));
    const tagged = await call<{ items: Tenant[] }>('GET', '/tenants?tag=eu-data-residency&limit=200');
    expect(tagged.body.items.map((t) => t.id)).toEqual(all.filter((t) => t.tags.includes('eu-data-residency')).map((t) => t.id));
    expect(tagged.body.items.every((t) => t.region.startsWith('eu-'))).toBe(true);
    const withPlugin = await call<{ items: Tenant[] }>('GET', '/tenants?plugin=acme.crm-sync&limit=200');
    expect(withPlugin.body.items.map((t) => t.id)).toEqual(all.filter((t) => t.plugins.some((p) => p.id === 'acme.crm-sync')).map((t) => t.id));

    expect(code(await call('GET', '/tenants?limit=0', { invalid: true }))).toBe('invalid_request');
    expect(code(await call('GET', '/tenants?tier=platinum', { invalid: true }))).toBe('invalid_request');
    expect(code(await call('GET', '/tenants?cursor=bm9wZQ'))).toBe('invalid_cursor');
  });

  it('gets one tenant', async () => {
    const { status, body } = await call<Tenant>('GET', '/tenants/tn-0001');
    expect(status).toBe(200);
    expect(body).toEqual(sim.state.tenant('tn-0001'));
    expect(Object.keys(body.runtimes)).toContain('node');
    expect(code(await call('GET', '/tenants/tn-9999'))).toBe('tenant_not_found');
    const bad = await call('GET', '/tenants/BAD_ID', { invalid: true });
    expect((bad.body as Json).errors).toEqual([{ pointer: 'path:tenantId', message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' }]);
  });

  it('serves the catalog: plugins, releases, advisories', async () => {
    const plugins = await call<{ items: Json[]; nextCursor: string | null }>('GET', '/plugins?limit=5');
    expect(plugins.body.items).toHaveLength(5);
    const rest = await call<{ items: Json[]; nextCursor: string | null }>('GET', `/plugins?limit=200&cursor=${plugins.body.nextCursor as string}`);
    expect(rest.body.items).toHaveLength(7);
    expect(rest.body.nextCursor).toBeNull();

    const { body: plugin } = await call<Plugin>('GET', '/plugins/acme.crm-sync');
    const versions = plugin.releases.map((r) => r.version);
    expect(versions).toEqual([...versions].sort(semver.compare));
    expect(plugin.releases.some((r) => r.prerelease && /-(beta|rc)\.1$/.test(r.version))).toBe(true);
    expect(plugin.releases.filter((r) => r.prerelease).every((r) => semver.prerelease(r.version) !== null)).toBe(true);
    expect(plugin.releases.some((r) => r.yanked && typeof r.yankedReason === 'string')).toBe(true);
    expect(plugin.ltsLine).toBe('2.x');
    expect(plugin.releases.filter((r) => r.lts).every((r) => r.ltsLine === '2.x' && semver.major(r.version) === 2)).toBe(true);
    const stable = plugin.releases.filter((r) => !r.prerelease && !r.yanked).map((r) => r.version);
    expect(plugin.latestVersion).toBe(semver.maxSatisfying(stable, '*'));
    expect(code(await call('GET', '/plugins/acme.unknown'))).toBe('plugin_not_found');

    const release = await call<Release>('GET', `/plugins/acme.crm-sync/releases/${plugin.latestVersion as string}`);
    expect(release.body.manifest.version).toBe(plugin.latestVersion);
    expect(release.body.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(code(await call('GET', '/plugins/acme.crm-sync/releases/9.9.9'))).toBe('release_not_found');
    expect(code(await call('GET', '/plugins/acme.crm-sync/releases/not-a-version', { invalid: true }))).toBe('invalid_request');

    const advisories = await call<{ items: Json[] }>('GET', '/plugins/acme.crm-sync/advisories');
    expect(advisories.body.items).toHaveLength(2);
    expect(advisories.body.items.map((a) => a.cvssVector)).toContain('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
    const critical = await call<{ items: Json[] }>('GET', '/plugins/acme.crm-sync/advisories?severity=critical');
    expect(critical.body.items.map((a) => [a.severity, a.cvssScore])).toEqual([['critical', 9.8]]);
    expect(code(await call('GET', '/plugins/acme.unknown/advisories'))).toBe('plugin_not_found');
  });

  it('registers releases idempotently and checks their manifests', async () => {
    const manifest = { id: 'contract.probe', version: '1.0.0', host: '>=3.0.0 <4.0.0', runtimes: { node: '>=18.0.0' }, dependencies: {}, migrations: { schema: 1, minFrom: 0, reversible: true } };
    const registration = { version: '1.0.0', changelogUrl: 'https://github.com/contract/probe/releases/tag/v1.0.0', manifest };
    const first = await call<Release>('POST', '/plugins/contract.probe/releases', { body: registration, headers: { 'idempotency-key': 'reg-1' } });
    expect(first.status).toBe(201);
    expect(first.headers.get('location')).toBe('/plugins/contract.probe/releases/1.0.0');
    expect([first.body.prerelease, first.body.lts, first.body.ltsLine, first.body.yanked, first.body.digest]).toEqual([false, false, null, false, null]);
    const again = await call<Release>('POST', '/plugins/contract.probe/releases', { body: registration });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const changed = await call('POST', '/plugins/contract.probe/releases', { body: { ...registration, changelogUrl: 'https://example.com/other' } });
    expect([changed.status, code(changed)]).toEqual([409, 'release_exists']);
    const mismatch = await call('POST', '/plugins/contract.probe/releases', { body: { ...registration, version: '1.0.1' } });
    expect([mismatch.status, code(mismatch)]).toEqual([422, 'manifest_mismatch']);
    const missing = await call('POST', '/plugins/contract.probe/releases', { body: { version: '1.0.2', changelogUrl: 'https://example.com' }, invalid: true });
    expect((missing.body as Json).errors).toEqual([{ pointer: '/manifest', message: 'is required' }]);
    const extra = await call('POST', '/plugins/contract.probe/releases', { body: { ...registration, signedBy: 'me' }, invalid: true });
    expect((extra.body as Json).errors).toEqual([{ pointer: '', message: "must NOT have additional property 'signedBy'" }]);

    const rc = await call<Release>('POST', '/plugins/contract.probe/releases', {
      body: { version: '2.0.0-rc.1', changelogUrl: 'https://example.com/rc', manifest: { ...manifest, version: '2.0.0-rc.1' }, lts: true },
    });
    expect([rc.status, rc.body.prerelease, rc.body.lts, rc.body.ltsLine]).toEqual([201, true, true, '2.x']);
    const { body: probe } = await call<Plugin>('GET', '/plugins/contract.probe');
    expect([probe.name, probe.latestVersion, probe.releases.map((r) => r.version)]).toEqual(['contract.probe', '1.0.0', ['1.0.0', '2.0.0-rc.1']]);

    const yanked = await call<Release>('POST', '/plugins/contract.probe/releases/2.0.0-rc.1/yank', { body: { reason: 'broken migration' } });
    expect([yanked.status, yanked.body.yanked, yanked.body.yankedReason]).toEqual([200, true, 'broken migration']);
    const yankedAgain = await call<Release>('POST', '/plugins/contract.probe/releases/2.0.0-rc.1/yank', { body: { reason: 'another reason' } });
    expect(yankedAgain.body.yankedReason).toBe('broken migration');
    expect(code(await call('POST', '/plugins/contract.probe/releases/3.0.0/yank', { body: { reason: 'x' } }))).toBe('release_not_found');
    expect(code(await call('POST', '/plugins/contract.probe/releases/1.0.0/yank', { body: {}, invalid: true }))).toBe('invalid_request');
  });

  it('stores artifacts by digest, immutably', async () => {
    const bytes = new TextEncoder().encode('contract.probe 1.0.0 package');
    const digestHeader = (b: Uint8Array) => `sha-256=${createHash('sha256').update(b).digest('base64')}`;
    const path = '/plugins/contract.probe/releases/1.0.0/artifact';
    expect(code(await call('GET', path))).toBe('artifact_not_found');
    const stored = await call<Json>('PUT', path, { raw: bytes, headers: { digest: digestHeader(bytes) } });
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ plugin: 'contract.probe', version: '1.0.0', size: bytes.length, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` });
    expect((await call('PUT', path, { raw: bytes, headers: { digest: digestHeader(bytes) } })).status).toBe(200);
    const other = new TextEncoder().encode('something else');
    expect(code(await call('PUT', path, { raw: other, headers: { digest: digestHeader(other) } }))).toBe('artifact_exists');
    const damaged = await call('PUT', path, { raw: other, headers: { digest: digestHeader(bytes) } });
    expect([damaged.status, code(damaged)]).toEqual([400, 'digest_mismatch']);
    expect(code(await call('PUT', path, { raw: bytes, invalid: true }))).toBe('invalid_request');
    expect(code(await call('PUT', '/plugins/contract.probe/releases/7.0.0/artifact', { raw: bytes, headers: { digest: digestHeader(bytes) } }))).toBe('release_not_found');

    const download = await call<Uint8Array>('GET', path);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body).equals(Buffer.from(bytes))).toBe(true);
    expect(download.headers.get('digest')).toBe(digestHeader(bytes));
    const { body: release } = await call<Release>('GET', '/plugins/contract.probe/releases/1.0.0');
    expect(release.digest).toBe(stored.body.digest);

    // A release registered with a digest accepts only that artifact.
    const manifest = { id: 'contract.probe', version: '1.1.0', host: '>=3.0.0 <4.0.0', runtimes: {}, dependencies: {}, migrations: { schema: 1, minFrom: 0, reversible: true } };
    await call('POST', '/plugins/contract.probe/releases', { body: { version: '1.1.0', changelogUrl: 'https://example.com/1.1.0', manifest, digest: `sha256:${'a'.repeat(64)}` } });
    const wrong = await call('PUT', '/plugins/contract.probe/releases/1.1.0/artifact', { raw: bytes, headers: { digest: digestHeader(bytes) } });
    expect([wrong.status, code(wrong)]).toEqual([409, 'digest_mismatch']);

    // Seeded releases serve their (generated) artifact.
    const seeded = await call<Uint8Array>('GET', '/plugins/acme.crm-sync/releases/1.0.0/artifact');
    const { body: seededRelease } = await call<Release>('GET', '/plugins/acme.crm-sync/releases/1.0.0');
    expect(`sha256:${createHash('sha256').update(seeded.body).digest('hex')}`).toBe(seededRelease.digest);
  });

  it('accepts operations once per Idempotency-Key and completes them asynchronously', async () => {
    const tenant = sim.state.tenants().find((t) => t.testPool) as Tenant;
    const path = `/tenants/${tenant.id}/operations`;
    const request = { type: 'install', plugin: 'contract.probe', version: '1.0.0', reason: 'contract test' };
    const first = await call<Operation>('POST', path, { body: request, headers: { 'idempotency-key': 'install-probe-1' } });
    expect(first.status).toBe(202);
    expect(first.headers.get('location')).toBe(`/operations/${first.body.id}`);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect([first.body.status, first.body.fromVersion, first.body.tenantId]).toEqual(['pending', null, tenant.id]);

    const busy = await call('POST', path, { body: { ...request, version: '1.0.0' }, headers: { 'idempotency-key': 'install-probe-2' } });
    expect([busy.status, code(busy)]).toEqual([409, 'operation_in_progress']);

    const replay = await call<Operation>('POST', path, { body: { reason: 'contract test', version: '1.0.0', plugin: 'contract.probe', type: 'install' }, headers: { 'idempotency-key': 'install-probe-1' } });
    expect([replay.status, replay.body.id, replay.headers.get('idempotent-replayed')]).toEqual([202, first.body.id, 'true']);
    const reused = await call('POST', path, { body: { ...request, reason: 'other' }, headers: { 'idempotency-key': 'install-probe-1' } });
    expect([reused.status, code(reused)]).toEqual([422, 'idempotency_key_reused']);

    const done = await settled(first.body.id);
    expect(done.status).toBe('succeeded');
    expect(done.completedAt).toBeDefined();
    expect(sim.state.tenant(tenant.id)?.plugins.map((p) => `${p.id}@${p.version}:${p.status}`)).toEqual(['contract.probe@1.0.0:active']);
    const replayDone = await call<Operation>('POST', path, { body: request, headers: { 'idempotency-key': 'install-probe-1' } });
    expect([replayDone.body.id, replayDone.body.status]).toEqual([first.body.id, 'succeeded']);
    expect(sim.state.operations().filter((o) => o.idempotencyKey === 'install-probe-1')).toHaveLength(1);

    const missingKey = await call('POST', path, { body: request, invalid: true });
    expect((missingKey.body as Json).errors).toEqual([{ pointer: 'header:Idempotency-Key', message: 'is required' }]);
    expect(code(await call('POST', path, { body: { ...request, type: 'reinstall' }, headers: { 'idempotency-key': 'k-bad-type' }, invalid: true }))).toBe('invalid_request');
    expect(code(await call('POST', path, { body: request, headers: { 'idempotency-key': 'k-again' } }))).toBe('already_installed');
    expect(code(await call('POST', '/tenants/tn-9999/operations', { body: request, headers: { 'idempotency-key': 'k-404' } }))).toBe('tenant_not_found');
    expect(code(await call('POST', path, { body: { ...request, plugin: 'acme.nothing' }, headers: { 'idempotency-key': 'k-404p' } }))).toBe('plugin_not_found');
    const upgrade = { type: 'upgrade', plugin: 'contract.probe', version: '1.1.0' };
    expect(code(await call('POST', path, { body: { ...upgrade, version: '1.5.0' }, headers: { 'idempotency-key': 'k-404r' } }))).toBe('release_not_found');
    expect(code(await call('POST', path, { body: { ...upgrade, fromVersion: '0.9.0' }, headers: { 'idempotency-key': 'k-from' } }))).toBe('version_mismatch');
    expect(code(await call('POST', path, { body: { ...upgrade, version: '2.0.0-rc.1' }, headers: { 'idempotency-key': 'k-yank' } }))).toBe('release_yanked');
    expect(code(await call('POST', path, { body: { type: 'rollback', plugin: 'contract.probe', version: '1.1.0' }, headers: { 'idempotency-key': 'k-rb' } }))).toBe('not_a_rollback');
    expect(code(await call('POST', path, { body: { type: 'upgrade', plugin: 'acme.crm-sync', version: '1.0.1' }, headers: { 'idempotency-key': 'k-ni' } }))).toBe('not_installed');

    const uninstall = await call<Operation>('POST', path, { body: { type: 'uninstall', plugin: 'contract.probe', version: '1.0.0' }, headers: { 'idempotency-key': 'k-uninstall' } });
    expect([(await settled(uninstall.body.id)).status, sim.state.tenant(tenant.id)?.plugins]).toEqual(['succeeded', []]);

    const list = await call<{ items: Operation[]; nextCursor: string | null }>('GET', `/tenants/${tenant.id}/operations`);
    expect(list.body.items.map((o) => [o.type, o.status])).toEqual([
      ['install', 'succeeded'],
      ['uninstall', 'succeeded'],
    ]);
    const page = await call<{ items: Operation[]; nextCursor: string | null }>('GET', `/tenants/${tenant.id}/operations?status=succeeded&plugin=contract.probe&limit=1`);
    expect(page.body.items.map((o) => o.id)).toEqual([first.body.id]);
    const next = await call<{ items: Operation[]; nextCursor: string | null }>('GET', `/tenants/${tenant.id}/operations?status=succeeded&limit=1&cursor=${page.body.nextCursor as string}`);
    expect([next.body.items.map((o) => o.id), next.body.nextCursor]).toEqual([[uninstall.body.id], null]);
    expect(code(await call('GET', '/tenants/tn-9999/operations'))).toBe('tenant_not_found');
    expect(code(await call('GET', '/operations/op_doesnotexist'))).toBe('operation_not_found');
  });

  it('fails an operation the tenant cannot run, with the reason', async () => {
    // A plugin's third major line needs host 3.8 or later; some tenants run older hosts.
    const catalog = (await call<{ items: Json[] }>('GET', '/plugins?limit=200')).body.items.map((p) => p.id as string);
    const newest = new Map(catalog.map((id) => [id, sim.state.releases(id).filter((r) => !r.prerelease && !r.yanked).at(-1) as Release]));
    const plugins = catalog.filter((id) => newest.get(id)?.manifest.host === '>=3.8.0 <4.0.0');
    expect(plugins).toContain('acme.crm-sync');
    const pairs = sim.state.tenants().flatMap((t) => (semver.lt(t.hostVersion, '3.8.0') ? plugins.filter((id) => !t.plugins.some((p) => p.id === id)).map((id) => ({ t, id })) : []));
    expect(pairs.length).toBeGreaterThan(0);
    const { t: tenant, id: plugin } = pairs[0] as { t: Tenant; id: string };
    const release = newest.get(plugin) as Release;
    const accepted = await call<Operation>('POST', `/tenants/${tenant.id}/operations`, {
      body: { type: 'install', plugin, version: release.version },
      headers: { 'idempotency-key': 'k-incompatible' },
    });
    const done = await settled(accepted.body.id);
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('incompatible_host');
    expect(done.error?.message).toContain(`${plugin}@${release.version} needs host >=3.8.0 <4.0.0; the tenant runs ${tenant.hostVersion}`);
    expect(sim.state.tenant(tenant.id)?.plugins.some((p) => p.id === plugin)).toBe(false);
  });

  it('reports plugin health and metrics, and Prometheus gauges per tenant/plugin/version', async () => {
    const tenant = sim.state.tenants().find((t) => t.plugins.length > 0 && t.plugins.every((p) => p.status === 'active')) as Tenant;
    const installed = tenant.plugins[0]!;
    const health = await call<Json>('GET', `/tenants/${tenant.id}/plugins/${installed.id}/health`);
    expect(health.body).toMatchObject({ tenantId: tenant.id, plugin: installed.id, version: installed.version, status: 'healthy', window: '5m', reasons: [] });
    expect(health.body.errorRate as number).toBeLessThan(0.01);
    expect(code(await call('GET', `/tenants/${tenant.id}/plugins/contract.probe/health`))).toBe('plugin_not_installed');

    const end = '2026-11-01T12:00:00.000Z';
    const metrics = await call<Json>('GET', `/metrics/query?tenant=${tenant.id}&window=10m&end=${end}`);
    const series = metrics.body.series as Json[];
    expect(metrics.body).toMatchObject({ window: '10m', windowStart: '2026-11-01T11:50:00.000Z', windowEnd: end });
    expect(series.map((s) => `${String(s.plugin)}@${String(s.version)}`)).toEqual(tenant.plugins.map((p) => `${p.id}@${p.version}`));
    const again = await call<Json>('GET', `/metrics/query?tenant=${tenant.id}&window=10m&end=${end}`);
    expect(again.body).toEqual(metrics.body);
    const half = await call<Json>('GET', `/metrics/query?tenant=${tenant.id}&plugin=${installed.id}&version=${installed.version}&window=5m&end=${end}`);
    const [one] = half.body.series as Json[];
    expect(one?.requestCount).toBe(Math.round((series[0]?.requestCount as number) / 2));
    expect(code(await call('GET', '/metrics/query?window=5x', { invalid: true }))).toBe('invalid_request');
    expect(code(await call('GET', '/metrics/query?window=48h'))).toBe('invalid_window');

    const text = (await call<string>('GET', '/metrics', { auth: false })).body;
    expect(text).toContain(`powerx_sim_plugin_requests_5m{tenant="${tenant.id}",plugin="${installed.id}",version="${installed.version}"} `);
    expect(text).toMatch(/powerx_sim_operations\{type="install",status="succeeded"\} [1-9]/);
  });

  it('leases test tenants, refuses when the pool is exhausted, renews and releases', async () => {
    const pool = sim.state.tenants().filter((t) => t.testPool);
    const leases: Lease[] = [];
    for (let i = 0; i < pool.length; i++) {
      const answer = await call<Lease>('POST', '/leases', { body: { holder: `ci#${i}`, ttlSeconds: 60, purpose: 'contract' }, headers: { 'idempotency-key': `lease-${i}` } });
      expect(answer.status).toBe(201);
      leases.push(answer.body);
    }
    expect(leases.map((l) => l.tenantId)).toEqual(pool.map((t) => t.id));
    expect(leases.every((l) => l.status === 'active' && l.ttlSeconds === 60 && l.renewedAt === null)).toBe(true);
    const exhausted = await call('POST', '/leases', { body: { holder: 'ci#late' }, headers: { 'idempotency-key': 'lease-late' } });
    expect([exhausted.status, code(exhausted)]).toEqual([503, 'no_test_tenant_free']);
    expect(Number(exhausted.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    const replay = await call<Lease>('POST', '/leases', { body: { holder: 'ci#0', ttlSeconds: 60, purpose: 'contract' }, headers: { 'idempotency-key': 'lease-0' } });
    expect([replay.status, replay.body.id, replay.headers.get('idempotent-replayed')]).toEqual([201, leases[0]?.id, 'true']);
    expect(code(await call('POST', '/leases', { body: { holder: 'someone else' }, headers: { 'idempotency-key': 'lease-0' } }))).toBe('idempotency_key_reused');
    expect(code(await call('POST', '/leases', { body: { holder: 'x' }, invalid: true }))).toBe('invalid_request');
    expect(code(await call('POST', '/leases', { body: { ttlSeconds: 5 }, headers: { 'idempotency-key': 'lease-no-holder' }, invalid: true }))).toBe('invalid_request');
    const poolRegions = new Set(pool.map((t) => t.region));
    const emptyRegion = ['cn-east-1', 'cn-north-2', 'eu-west-1', 'us-east-1', 'ap-southeast-1'].find((r) => !poolRegions.has(r)) ?? 'sa-east-1';
    expect(code(await call('POST', '/leases', { body: { holder: 'x', region: emptyRegion }, headers: { 'idempotency-key': 'lease-region' } }))).toBe('no_test_tenants');

    const active = await call<{ items: Lease[] }>('GET', '/leases');
    expect(active.body.items.map((l) => l.id)).toEqual([...leases].reverse().map((l) => l.id));
    const renewed = await call<Lease>('POST', `/leases/${leases[0]?.id as string}/renew`, { body: { ttlSeconds: 120 } });
    expect([renewed.status, renewed.body.ttlSeconds, renewed.body.renewedAt !== null]).toEqual([200, 120, true]);
    expect(Date.parse(renewed.body.expiresAt) - Date.parse(renewed.body.renewedAt as string)).toBe(120_000);
    expect((await call<Lease>('POST', `/leases/${leases[1]?.id as string}/renew`)).body.ttlSeconds).toBe(60);

    const released = await call<Lease>('DELETE', `/leases/${leases[0]?.id as string}`);
    expect([released.status, released.body.status, released.body.releasedAt !== null]).toEqual([200, 'released', true]);
    const releasedAgain = await call<Lease>('DELETE', `/leases/${leases[0]?.id as string}`);
    expect(releasedAgain.body).toEqual(released.body);
    expect(code(await call('POST', `/leases/${leases[0]?.id as string}/renew`, { body: {} }))).toBe('lease_released');
    expect((await call<Lease>('GET', `/leases/${leases[0]?.id as string}`)).body.status).toBe('released');
    expect((await call<{ items: Lease[] }>('GET', '/leases?status=released')).body.items.map((l) => l.id)).toEqual([leases[0]?.id]);
    expect(code(await call('GET', '/leases/ls_doesnotexist'))).toBe('lease_not_found');
    expect(code(await call('DELETE', '/leases/ls_doesnotexist'))).toBe('lease_not_found');

    const freed = await call<Lease>('POST', '/leases', { body: { holder: 'ci#short', ttlSeconds: 1 }, headers: { 'idempotency-key': 'lease-short' } });
    expect([freed.status, freed.body.tenantId]).toEqual([201, pool[0]?.id]);
    await sleep(1_100);
    expect((await call<Lease>('GET', `/leases/${freed.body.id}`)).body.status).toBe('expired');
    expect(code(await call('POST', `/leases/${freed.body.id}/renew`, { body: {} }))).toBe('lease_expired');
    expect((await call<Lease>('DELETE', `/leases/${freed.body.id}`)).body.status).toBe('expired');
    for (const lease of leases.slice(1)) await call('DELETE', `/leases/${lease.id}`);
    expect((await call<string>('GET', '/metrics', { auth: false })).body).toContain('powerx_sim_leases_in_use 0');
  });

  it('ingests hash-chained audit records once per hash', async () => {
    const run = { id: '4711', attempt: 1, workflow: 'release.yml', commit: 'a'.repeat(40), repository: 'acme/crm-sync' };
    const records: CoreAuditRecord[] = [];
    for (const action of ['publish.gate.evaluated', 'publish.approval.granted', 'publish.tag.locked']) {
      const previous = records.at(-1);
      records.push(
        sealRecord(
          { time: '2026-11-01T10:00:00Z', actor: 'octocat', run, action, subject: 'acme.crm-sync@3.3.1', outcome: 'passed', details: { coverage: 92.5 } },
          previous ? headOf(previous) : undefined,
        ),
      );
    }
    const first = await call<Json>('POST', '/audit/records', { body: { records: records.slice(0, 2) } });
    expect(first.body).toEqual({ received: 2, accepted: 2, duplicate: 0 });
    const second = await call<Json>('POST', '/audit/records', { body: { records } });
    expect(second.body).toEqual({ received: 3, accepted: 1, duplicate: 2 });
    const stored = await call<{ items: Json[]; nextCursor: string | null }>('GET', '/audit/records?run=4711');
    expect(stored.body.items).toEqual(records);
    expect((await call<{ items: Json[] }>('GET', '/audit/records?run=other')).body.items).toEqual([]);
    const paged = await call<{ items: Json[]; nextCursor: string | null }>('GET', '/audit/records?limit=2');
    expect(paged.body.items).toHaveLength(2);
    expect(typeof paged.body.nextCursor).toBe('string');
    expect(code(await call('POST', '/audit/records', { body: { records: [] }, invalid: true }))).toBe('invalid_request');
    const huge = { ...records[0], hash: 'f'.repeat(64), details: { log: 'x'.repeat(4 * 1024 * 1024) } };
    const tooLarge = await call('POST', '/audit/records', { body: { records: [huge] } });
    expect([tooLarge.status, code(tooLarge)]).toEqual([413, 'payload_too_large']);
    expect(code(await call('POST', '/audit/records', { body: { records: [{ ...records[0], hash: 'not-a-hash' }] }, invalid: true }))).toBe('invalid_request');
  });

  it('sends notifications once per Idempotency-Key and lists them', async () => {
    const notification = {
      channel: 'email',
      recipients: ['qa@example.com', 'release@example.com'],
      subject: 'Pipeline blocked: acme.crm-sync 3.4.0',
      body: 'Coverage 84% is below the 90% gate.',
      severity: 'warning',
      links: [{ title: 'Run', url: 'https://github.com/acme/crm-sync/actions/runs/1' }],
    };
    const sent = await call<Json>('POST', '/notifications', { body: notification, headers: { 'idempotency-key': 'notify-1' } });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ ...notification, status: 'sent' });
    const replay = await call<Json>('POST', '/notifications', { body: notification, headers: { 'idempotency-key': 'notify-1' } });
    expect([replay.body.id, replay.headers.get('idempotent-replayed')]).toEqual([sent.body.id, 'true']);
    expect(code(await call('POST', '/notifications', { body: { ...notification, subject: 'other' }, headers: { 'idempotency-key': 'notify-1' } }))).toBe('idempotency_key_reused');
    const im = await call<Json>('POST', '/notifications', { body: { channel: 'im', recipients: ['#releases'], subject: 'Released', body: '' }, headers: { 'idempotency-key': 'notify-2' } });
    expect([im.body.severity, im.body.links]).toEqual(['info', []]);
    expect(code(await call('POST', '/notifications', { body: { ...notification, channel: 'fax' }, headers: { 'idempotency-key': 'notify-3' }, invalid: true }))).toBe('invalid_request');
    expect(code(await call('POST', '/notifications', { body: { ...notification, recipients: [] }, headers: { 'idempotency-key': 'notify-4' }, invalid: true }))).toBe('invalid_request');

    const all = await call<{ items: Json[]; nextCursor: string | null }>('GET', '/notifications');
    expect(all.body.items.map((n) => n.id)).toEqual([sent.body.id, im.body.id]);
    const emails = await call<{ items: Json[] }>('GET', '/notifications?channel=email');
    expect(emails.body.items.map((n) => n.id)).toEqual([sent.body.id]);
    expect(sim.state.notifications()).toHaveLength(2);
  });

  it('answers unknown routes with a problem', async () => {
    const response = await fetch(`${sim.url}/nowhere`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as Json).code).toBe('not_found');
  });

  it('documents its injected faults: admin routes and the problems they cause', async () => {
    const initial = await call<Json>('GET', '/_sim/faults', { admin: true });
    expect(initial.body).toEqual({ routes: [], crashAfterOperations: null, badVersions: [] });
    const faults = { routes: [{ route: 'GET /plugins', errorRate: 1, status: 503, afterApplyRatio: 0 }], badVersions: [{ plugin: 'acme.crm-sync', version: '3.3.1' }] };
    const set = await call<Json>('PUT', '/_sim/faults', { admin: true, body: faults });
    expect(set.body).toEqual({ ...faults, crashAfterOperations: null });
    const injected = await call('GET', '/plugins');
    expect([injected.status, code(injected), injected.headers.get('retry-after')]).toEqual([503, 'injected_fault', '1']);
    expect((await call('GET', '/plugins/acme.crm-sync')).status).toBe(200);
    expect(code(await call('PUT', '/_sim/faults', { admin: true, body: { routes: [{ route: 'FETCH' }] } }))).toBe('invalid_faults');
    expect(code(await call('PUT', '/_sim/faults', { admin: true, body: { routes: [{ errorRate: 2 }] }, invalid: true }))).toBe('invalid_request');
    expect((await call('GET', '/_sim/faults', { admin: true, auth: false })).status).toBe(401);
    const cleared = await call<Json>('DELETE', '/_sim/faults', { admin: true });
    expect(cleared.body).toEqual({ routes: [], crashAfterOperations: null, badVersions: [] });
    expect((await call('GET', '/plugins')).status).toBe(200);
  });

  it('exercised every operation of the description', () => {
    const summary = Object.fromEntries([...observed].map(([id, statuses]) => [id, [...statuses].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b))));
    expect(summary).toEqual({
      acquireLease: [201, 400, 409, 422, 503],
      createOperation: [202, 400, 404, 409, 422],
      downloadArtifact: [200, 404],
      getHealth: [200],
      getLease: [200, 404],
      getOperation: [200, 404],
      getPlugin: [200, 404],
      getPrometheusMetrics: [200],
      getRelease: [200, 400, 404],
      getTenant: [200, 400, 404],
      getTenantPluginHealth: [200, 404],
      ingestAuditRecords: [200, 400, 413],
      listAdvisories: [200, 404],
      listAuditRecords: [200],
      listLeases: [200],
      listNotifications: [200],
      listPlugins: [200, 503],
      listTenantOperations: [200, 404],
      listTenants: [200, 400, 401],
      queryMetrics: [200, 400],
      registerRelease: [200, 201, 400, 409, 422],
      releaseLease: [200, 404],
      renewLease: [200, 409],
      sendNotification: [202, 400, 422],
      simClearFaults: [200],
      simGetFaults: [200, 401],
      simSetFaults: [200, 400],
      uploadArtifact: [200, 201, 400, 404, 409],
      yankRelease: [200, 400, 404],
    });
  });
});
