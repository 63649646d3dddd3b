import type { Catalog, CompatInput, CompatMatrix, CompatResult, ExceptionRecord, PluginManifest, TenantContext } from '@powerx/core/compat/types.js';

export const NOW = new Date('2026-11-10T12:00:00Z');
export const PLUGIN = 'acme.crm-sync';

export function manifest(over: Partial<PluginManifest> = {}): PluginManifest {
  return { id: PLUGIN, version: '2.4.0', host: '>=3.2.0 <4.0.0', runtimes: { node: '>=20.0.0' }, dependencies: {}, ...over };
}

export function tenant(over: Partial<TenantContext> = {}): TenantContext {
  return { id: 'tn-0001', hostVersion: '3.4.1', runtimes: { node: '22.11.0' }, plugins: [], ...over };
}

/** A matrix generated a day before NOW that says every plugin works on host 3.x. */
export function matrix(over: Partial<CompatMatrix> = {}): CompatMatrix {
  return {
    generatedAt: '2026-11-09T12:00:00Z',
    maxAgeHours: 168,
    rules: [{ plugin: '*', versions: '*', host: '>=3.0.0 <4.0.0', verdict: 'compatible' }],
    ...over,
  };
}

/** A catalog from manifests, grouped by plugin id; `yanked` lists `id@version`s to flag. */
export function catalog(manifests: PluginManifest[], yanked: string[] = []): Catalog {
  const byId = new Map<string, PluginManifest[]>();
  for (const m of manifests) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  return {
    plugins: [...byId].map(([id, list]) => ({
      id,
      releases: list.map((m) => ({ version: m.version, yanked: yanked.includes(`${m.id}@${m.version}`), manifest: m })),
    })),
  };
}

export const MONITORING = {
  metrics: [{ name: 'error-rate', provider: { powerx: { metric: 'errorRate' as const } }, successCondition: 'result < 0.05' }],
};

export function exception(over: Partial<ExceptionRecord> = {}): ExceptionRecord {
  return {
    id: 'cx-1001',
    plugin: PLUGIN,
    versions: '2.4.x',
    tenants: ['tn-0001'],
    waive: ['host-mismatch'],
    reason: 'Vendor confirmed the session API is unchanged on this host line.',
    monitoring: MONITORING,
    status: 'approved',
    requestedBy: 'dev-alice',
    requestedAt: '2026-11-09T08:00:00Z',
    decidedAt: '2026-11-09T10:00:00Z',
    expiresAt: '2026-11-20T10:00:00Z',
    approval: {
      id: 'acme/crm-sync/runs/1001',
      approvers: ['sec-bob', 'rm-carol'],
      stages: [
        { environment: 'powerx-compat-security', role: 'security', reviewer: 'sec-bob', state: 'approved' },
        { environment: 'powerx-release-manager', role: 'release-manager', reviewer: 'rm-carol', state: 'approved' },
      ],
    },
    ...over,
  };
}

export function input(over: Partial<CompatInput> = {}): CompatInput {
  return { manifest: manifest(), tenant: tenant(), catalog: { plugins: [] }, matrix: matrix(), exceptions: [], now: NOW, ...over };
}

export function codes(result: CompatResult): string[] {
  return result.conflicts.map((c) => c.code);
}

export function conflict(result: CompatResult, code: string) {
  const found = result.conflicts.find((c) => c.code === code);
  if (!found) throw new Error(`no ${code} conflict in ${JSON.stringify(result.conflicts.map((c) => c.code))}`);
  return found;
}
