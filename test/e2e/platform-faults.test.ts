/**
 * The client against the simulator under injected trouble: lost responses, crashes, restarts and bad versions.
 */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { simCommand } from '@powerx/cli/commands/sim.js';
import { createPlatformClient, type PlatformClient, type RetryEvent } from '@powerx/platform/client.js';
import { PlatformError } from '@powerx/platform/errors.js';
import { createSimulatorAdmin } from '@powerx/platform/sim/admin-client.js';
import { startSimulator, type Simulator } from '@powerx/platform/sim/server.js';
import type { Operation, OperationRequest, PluginManifest } from '@powerx/platform/types.js';

const dirs: string[] = [];
const running: Simulator[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-faults-'));
  dirs.push(dir);
  return dir;
}

async function start(options: Parameters<typeof startSimulator>[0]): Promise<Simulator> {
  const sim = await startSimulator(options);
  running.push(sim);
  return sim;
}

afterEach(async () => {
  for (const sim of running.splice(0)) await sim.close();
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const probeManifest = (version: string): PluginManifest => ({
  id: 'e2e.probe',
  version,
  host: '>=3.0.0 <4.0.0',
  runtimes: {},
  dependencies: {},
  migrations: { schema: 1, minFrom: 0, reversible: true },
});

async function registerProbe(client: PlatformClient, versions: readonly string[]): Promise<void> {
  for (const version of versions) {
    await client.registerRelease('e2e.probe', { version, changelogUrl: `https://github.com/e2e/probe/releases/tag/v${version}`, manifest: probeManifest(version) });
  }
}

async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await work(next);
  }));
}

describe('operations through 30% injected 5xx', () => {
  it('applies each of 200 installs and upgrades exactly once', async () => {
    const sim = await start({
      dataDir: freshDir(),
      seed: 7,
      operationDelayMs: 10,
      faults: { routes: [{ route: '*', errorRate: 0.3, afterApplyRatio: 0.5 }] },
    });
    const retries: RetryEvent[] = [];
    // 30% failures per attempt: 13 attempts leave about one chance in two million that a call exhausts them.
    const client = createPlatformClient({ baseUrl: sim.url, retries: 12, backoff: { baseMs: 1, capMs: 20 }, onRetry: (e) => retries.push(e) });
    const versions = ['1.0.0', '1.1.0', '1.2.0', '1.3.0'];
    await registerProbe(client, versions);
    expect(sim.state.releases('e2e.probe').map((r) => r.version)).toEqual(versions);

    const tenants = sim.state.tenants().map((t) => t.id);
    expect(tenants).toHaveLength(50);
    const accepted: Operation[] = [];
    await pool(tenants, 10, async (tenantId) => {
      for (const [i, version] of versions.entries()) {
        const request: OperationRequest = i === 0 ? { type: 'install', plugin: 'e2e.probe', version } : { type: 'upgrade', plugin: 'e2e.probe', version, fromVersion: versions[i - 1] };
        const operation = await client.createOperation(tenantId, request);
        accepted.push(operation);
        const done = await client.waitForOperation(operation.id, { intervalMs: 5, timeoutMs: 20_000 });
        expect(done.status, `${tenantId} ${request.type} ${version}: ${JSON.stringify(done.error)}`).toBe('succeeded');
      }
    });

    const probeOperations = sim.state.operations().filter((o) => o.plugin === 'e2e.probe');
    expect(accepted).toHaveLength(200);
    expect(probeOperations).toHaveLength(200);
    expect(new Set(probeOperations.map((o) => o.idempotencyKey)).size).toBe(200);
    expect(new Set(accepted.map((o) => o.id))).toEqual(new Set(probeOperations.map((o) => o.id)));
    expect(probeOperations.filter((o) => o.status === 'succeeded')).toHaveLength(200);
    for (const tenantId of tenants) {
      const own = probeOperations.filter((o) => o.tenantId === tenantId).map((o) => `${o.type} ${String(o.fromVersion)}->${o.version}`);
      expect(own).toEqual(['install null->1.0.0', 'upgrade 1.0.0->1.1.0', 'upgrade 1.1.0->1.2.0', 'upgrade 1.2.0->1.3.0']);
      expect(sim.state.tenant(tenantId)?.plugins.filter((p) => p.id === 'e2e.probe').map((p) => p.version)).toEqual(['1.3.0']);
    }

    // Both kinds of fault happened on the operation route, and every injected fault cost exactly one retry.
    const injected = sim.injectedFaults();
    const retriedCreates = retries.filter((r) => r.method === 'POST' && r.path.endsWith('/operations'));
    expect(injected.before).toBeGreaterThan(20);
    expect(injected.after).toBeGreaterThan(20);
    expect(retries).toHaveLength(injected.before + injected.after);
    expect(retriedCreates.length).toBeGreaterThan(20);
    expect(retries.every((r) => r.status === 500 && r.code === 'injected_fault')).toBe(true);
    const keysByCall = new Map<string, number>();
    for (const r of retriedCreates) keysByCall.set(r.idempotencyKey as string, (keysByCall.get(r.idempotencyKey as string) ?? 0) + 1);
    expect([...keysByCall.keys()].every((key) => probeOperations.some((o) => o.idempotencyKey === key))).toBe(true);

    const metrics = await client.prometheusMetrics();
    expect(metrics).toContain('powerx_sim_operations{type="install",status="succeeded"} 50');
    expect(metrics).toContain('powerx_sim_operations{type="upgrade",status="succeeded"} 150');
    expect(metrics).toMatch(/powerx_sim_faults_injected_total\{route="POST \/tenants\/\{tenantId\}\/operations",phase="after"\} [1-9]/);
  });
});

describe('durability', () => {
  it('keeps state, in-flight operations and idempotency keys across a restart', async () => {
    const dataDir = freshDir();
    const first = await start({ dataDir, seed: 3, tenants: 20, plugins: 6, operationDelayMs: 60_000 });
    const client = createPlatformClient({ baseUrl: first.url, retries: 0 });
    await registerProbe(client, ['1.0.0']);
    const tenantId = first.state.tenants().find((t) => !t.testPool)?.id as string;
    const request: OperationRequest = { type: 'install', plugin: 'e2e.probe', version: '1.0.0' };
    const operation = await client.createOperation(tenantId, request, { idempotencyKey: 'restart-install' });
    const lease = await client.acquireLease({ holder: 'e2e#restart', ttlSeconds: 600 }, { idempotencyKey: 'restart-lease' });
    const notification = await client.sendNotification({ channel: 'console', recipients: ['ops'], subject: 'before restart', body: '' }, { idempotencyKey: 'restart-note' });
    const tenantsBefore = first.state.tenants();
    expect((await client.getOperation(operation.id)).status).toBe('pending');
    await first.close();
    await expect(client.health()).rejects.toMatchObject({ code: 'network_error' });
    // A crash in the middle of a journal write leaves a torn last line; it must not cost what came before.
    appendFileSync(join(dataDir, 'journal.jsonl'), '{"seq":999999,"changes":[{"collection":"tenants","id":"tn-0001","va');

    // Options that would generate a different world are ignored: the directory decides.
    const second = await start({ dataDir, seed: 99, tenants: 5, operationDelayMs: 20 });
    expect(second.seed).toBe(3);
    const again = createPlatformClient({ baseUrl: second.url, retries: 0 });
    await second.settle();
    const finished = await again.getOperation(operation.id);
    expect([finished.status, finished.fromVersion]).toEqual(['succeeded', null]);
    expect((await again.getTenant(tenantId)).plugins.filter((p) => p.id === 'e2e.probe').map((p) => p.version)).toEqual(['1.0.0']);
    expect(second.state.tenants().map((t) => t.id)).toEqual(tenantsBefore.map((t) => t.id));
    expect(second.state.tenants().filter((t) => t.id !== tenantId)).toEqual(tenantsBefore.filter((t) => t.id !== tenantId));

    const replayed = await again.createOperation(tenantId, request, { idempotencyKey: 'restart-install' });
    expect([replayed.id, replayed.status]).toEqual([operation.id, 'succeeded']);
    await expect(again.createOperation(tenantId, { ...request, reason: 'changed' }, { idempotencyKey: 'restart-install' })).rejects.toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    expect((await again.acquireLease({ holder: 'e2e#restart', ttlSeconds: 600 }, { idempotencyKey: 'restart-lease' })).id).toBe(lease.id);
    expect((await again.getLease(lease.id)).status).toBe('active');
    const renote = await again.sendNotification({ channel: 'console', recipients: ['ops'], subject: 'before restart', body: '' }, { idempotencyKey: 'restart-note' });
    expect(renote.id).toBe(notification.id);
    expect(second.state.operations()).toHaveLength(1);
    expect(second.state.notifications()).toHaveLength(1);
    expect((await again.getPlugin('e2e.probe')).releases.map((r) => r.version)).toEqual(['1.0.0']);
  });
});

describe('crash after N operations', () => {
  it('drops the connection on the Nth operation, which still completes after a restart', async () => {
    const dataDir = freshDir();
    const sim = await start({ dataDir, seed: 5, tenants: 10, plugins: 4, operationDelayMs: 40, faults: { crashAfterOperations: 3 } });
    const client = createPlatformClient({ baseUrl: sim.url, retries: 0 });
    await registerProbe(client, ['1.0.0']);
    const tenants = sim.state.tenants().slice(0, 3).map((t) => t.id);
    const request: OperationRequest = { type: 'install', plugin: 'e2e.probe', version: '1.0.0' };
    const ok1 = await client.createOperation(tenants[0] as string, request, { idempotencyKey: 'crash-1' });
    const ok2 = await client.createOperation(tenants[1] as string, request, { idempotencyKey: 'crash-2' });
    const lost = await client.createOperation(tenants[2] as string, request, { idempotencyKey: 'crash-3' }).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(PlatformError);
    expect((lost as PlatformError).code).toBe('network_error');
    await sim.crashed;
    expect(sim.isCrashed()).toBe(true);
    await expect(client.health()).rejects.toMatchObject({ code: 'network_error' });
    await expect(sim.settle()).rejects.toThrow('crashed with operations unfinished');

    const restarted = await start({ dataDir, operationDelayMs: 10 });
    const again = createPlatformClient({ baseUrl: restarted.url, retries: 0 });
    // The crash lost the answer, not the operation: retrying with the same key returns it.
    const recovered = await again.createOperation(tenants[2] as string, request, { idempotencyKey: 'crash-3' });
    await restarted.settle();
    const operations = restarted.state.operations();
    expect(operations.map((o) => [o.idempotencyKey, o.tenantId, o.status])).toEqual([
      ['crash-1', tenants[0], 'succeeded'],
      ['crash-2', tenants[1], 'succeeded'],
      ['crash-3', tenants[2], 'succeeded'],
    ]);
    expect(operations.map((o) => o.id)).toEqual([ok1.id, ok2.id, recovered.id]);
    for (const tenantId of tenants) expect(restarted.state.tenant(tenantId)?.plugins.some((p) => p.id === 'e2e.probe')).toBe(true);
  });
});

describe('bad version', () => {
  it('raises the error rate of every tenant running it, in the metrics query, health and /metrics', async () => {
    const sim = await start({ dataDir: freshDir(), seed: 1 });
    const client = createPlatformClient({ baseUrl: sim.url, retries: 0 });
    const counts = new Map<string, number>();
    for (const t of sim.state.tenants()) for (const p of t.plugins) counts.set(`${p.id}@${p.version}`, (counts.get(`${p.id}@${p.version}`) ?? 0) + 1);
    const [target, runningIt] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
    expect(runningIt).toBeGreaterThanOrEqual(3);
    const [plugin, version] = target.split('@') as [string, string];
    const end = '2026-11-01T12:00:00.000Z';

    const before = await client.queryMetrics({ window: '5m', end });
    expect(before.series.every((s) => s.errorRate < 0.01)).toBe(true);
    const affectedBefore = before.series.filter((s) => s.plugin === plugin && s.version === version);
    expect(affectedBefore).toHaveLength(runningIt);

    const admin = createSimulatorAdmin({ baseUrl: sim.url });
    const set = await admin.setFaults({ badVersions: [{ plugin, version, errorRate: 0.4, latencyMs: 300 }] });
    expect(set).toEqual({ routes: [], crashAfterOperations: null, badVersions: [{ plugin, version, errorRate: 0.4, latencyMs: 300 }] });

    const after = await client.queryMetrics({ window: '5m', end });
    const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
    for (const s of after.series) {
      const old = before.series.find((b) => b.tenantId === s.tenantId && b.plugin === s.plugin && b.version === s.version);
      expect(old).toBeDefined();
      if (s.plugin === plugin && s.version === version) {
        expect(s.errorRate).toBe(round4(Math.min(1, (old?.errorRate ?? 0) + 0.4)));
        expect(s.errorCount).toBe(Math.round(s.requestCount * s.errorRate));
        expect(s.latencyP95Ms).toBe((old?.latencyP95Ms ?? 0) + 300);
      } else {
        expect(s).toEqual(old);
      }
    }
    const filtered = await client.queryMetrics({ plugin, version, window: '5m', end });
    expect(filtered.series.map((s) => s.tenantId)).toEqual(affectedBefore.map((s) => s.tenantId));
    expect(filtered.series.every((s) => s.errorRate >= 0.4)).toBe(true);

    const tenantId = affectedBefore[0]?.tenantId as string;
    const health = await client.getTenantPluginHealth(tenantId, plugin);
    expect([health.status, health.reasons.length]).toEqual(['unhealthy', 1]);
    expect(health.reasons[0]).toMatch(/^error rate \d+\.\d\d% is above 20%$/);

    const text = await client.prometheusMetrics();
    expect(text).toContain(`powerx_sim_bad_version{plugin="${plugin}",version="${version}"} 1`);
    const ratio = new RegExp(`powerx_sim_plugin_error_ratio_5m\\{tenant="${tenantId}",plugin="${plugin.replace('.', '\\.')}",version="${version.replace(/\./g, '\\.')}"\\} ([0-9.]+)`).exec(text);
    expect(Number(ratio?.[1])).toBeGreaterThanOrEqual(0.4);

    // Clearing the fault restores the baseline exactly.
    expect(await admin.clearFaults()).toEqual({ routes: [], crashAfterOperations: null, badVersions: [] });
    const cleared = await client.queryMetrics({ tenant: tenantId, plugin, window: '5m', end });
    expect(cleared.series.map((s) => s.errorRate)).toEqual([affectedBefore[0]?.errorRate]);
  });
});

describe('powerx sim', () => {
  it('starts with faults from its flags, prints its URL and stops on SIGINT', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const signals = new EventEmitter();
    const dataDir = freshDir();
    const command = simCommand({ out: (t) => out.push(t), err: (t) => err.push(t) }, signals);
    command.exitOverride();
    const done = command.parseAsync(
      ['--port', '0', '--data-dir', dataDir, '--seed', '4', '--tenants', '8', '--plugins', '3', '--json',
        '--fault-error-rate', 'GET /tenants/{tenantId}=1', '--fault-status', 'GET /tenants/{tenantId}=503', '--bad-version', 'acme.crm-sync@1.0.0=0.5'],
      { from: 'user' },
    );
    for (let i = 0; i < 100 && out.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const started = JSON.parse(out[0] as string) as { url: string; dataDir: string; seed: number };
    expect([started.dataDir, started.seed]).toEqual([dataDir, 4]);
    const client = createPlatformClient({ baseUrl: started.url, retries: 0 });
    expect((await client.listAllTenants()).map((t) => t.id)).toHaveLength(8);
    await expect(client.getTenant('tn-0001')).rejects.toMatchObject({ status: 503, code: 'injected_fault' });
    const faults = await createSimulatorAdmin({ baseUrl: started.url }).getFaults();
    expect(faults).toEqual({
      routes: [{ route: 'GET /tenants/{tenantId}', errorRate: 1, status: 503 }],
      badVersions: [{ plugin: 'acme.crm-sync', version: '1.0.0', errorRate: 0.5 }],
      crashAfterOperations: null,
    });
    signals.emit('SIGINT');
    await done;
    expect(err).toEqual([]);
    await expect(client.health()).rejects.toMatchObject({ code: 'network_error' });
  });

  it('rejects malformed fault flags with a usage error', async () => {
    const command = simCommand({ out: () => undefined, err: () => undefined }, new EventEmitter());
    command.exitOverride();
    await expect(command.parseAsync(['--data-dir', freshDir(), '--bad-version', 'crm-sync'], { from: 'user' })).rejects.toThrow(
      'bad version "crm-sync": expected plugin@version[=errorRate], e.g. acme.crm-sync@2.1.0',
    );
    await expect(command.parseAsync(['--data-dir', freshDir(), '--fault-error-rate', '*=1.5'], { from: 'user' })).rejects.toThrow('--fault-error-rate * must be a number from 0 to 1 (got "1.5")');
  });
});
