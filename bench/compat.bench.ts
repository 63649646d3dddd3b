/**
 * Compatibility checks at fleet scale: one upgrade checked against every tenant of a 10,000-tenant inventory
 * with a 2,000-rule matrix, by the engine (matrix indexed by plugin, parsed ranges cached, per-host answers
 * memoised) beside a naive baseline measured in the same run (every rule scanned, every range re-parsed on
 * every check). Reports checks per second (median of several runs), peak memory and how often the two
 * agree on the verdict. `npm run bench -- compat [tenants] [rules] [runs] [baselineTenants]`
 */
import semver from 'semver';
import { createCompatChecker } from '@powerx/core/compat/engine.js';
import { DEFAULT_WEIGHTS, type Catalog, type CompatMatrix, type ConflictCode, type MatrixRule, type PluginManifest, type TenantContext, type Verdict } from '@powerx/core/compat/types.js';
import { createRandom } from '@powerx/core/random.js';
import { median } from './support/measure.js';


const TARGET = 'acme.crm-sync';
// Most of the fleet is current; a tail runs old hosts, an old Node, or a prerelease host.
const CURRENT_HOSTS = ['3.8.1', '3.8.3', '3.9.0', '3.9.1', '3.10.0', '3.10.2'];
const OLD_HOSTS = ['3.4.1', '3.5.0', '3.6.2', '3.7.0', '3.7.4', '4.0.0-rc.1'];
const CURRENT_NODES = ['20.17.0', '22.11.0', '24.1.0'];

interface Workload {
  manifest: PluginManifest;
  catalog: Catalog;
  matrix: CompatMatrix;
  tenants: TenantContext[];
}

function workload(tenantCount: number, ruleCount: number): Workload {
  const random = createRandom(20261122).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const plugins = Array.from({ length: 60 }, (_, i) => (i === 0 ? TARGET : `vendor${i % 12}.plugin-${i}`));
  const catalog: Catalog = {
    plugins: plugins.map((id, p) => ({
      id,
      releases: Array.from({ length: id === TARGET ? 24 : 8 }, (_, r) => {
        const major = 1 + Math.floor(r / 8);
        const version = `${major}.${Math.floor((r % 8) / 2)}.${r % 2}`;
        const manifest: PluginManifest = {
          id,
          version,
          host: major === 1 ? '>=3.4.0 <4.0.0' : major === 2 ? '>=3.6.0 <4.0.0' : '>=3.8.0 <4.0.0',
          runtimes: { node: major === 1 ? '>=18.0.0' : '>=20.0.0' },
          // Every fifth plugin builds on the target; a few of those still pin it below 3.0.0.
          dependencies: p % 5 === 1 ? { [TARGET]: { range: p % 15 === 1 && major === 1 ? '>=1.0.0 <3.0.0' : `>=1.0.0 <${major + 3}.0.0`, optional: p % 10 === 1 } } : {},
          migrations: { schema: r, minFrom: Math.max(0, r - 6), reversible: r % 3 !== 0 },
        };
        return { version, yanked: r === 5, manifest };
      }),
    })),
  };
  const manifest: PluginManifest = {
    id: TARGET,
    version: '3.4.0',
    host: '>=3.8.0 <4.0.0',
    runtimes: { node: '>=20.0.0' },
    dependencies: { 'vendor2.plugin-2': { range: '>=1.2.0', optional: true } },
    migrations: { schema: 24, minFrom: 12, reversible: true },
  };
  // The vendor's statement for the new version on current hosts, then the generated bulk of the matrix.
  const rules: MatrixRule[] = [{ plugin: TARGET, versions: '3.4.x', host: '>=3.8.0 <3.11.0', verdict: 'compatible' }];
  for (let i = 1; i < ruleCount; i++) {
    // Distinct range strings, as a generated matrix has: node-semver's own 1,000-entry range cache cannot hold them all.
    const plugin = i % 100 === 0 ? '*' : i % 10 === 0 ? TARGET : pick(plugins.slice(1));
    const major = 1 + (i % 4);
    const versions = `>=${major}.${i % 7}.${i % 13} <${major + 1}.0.0`;
    const hostMinor = 4 + (i % 7);
    const verdict = plugin !== '*' && i % 17 === 0 ? 'incompatible' : i % 11 === 0 ? 'untested' : 'compatible';
    // The target's known defects are on one host release.
    const host = plugin === TARGET && verdict === 'incompatible' ? '3.9.1' : `>=3.${hostMinor}.${i % 5} <3.${hostMinor + 1 + (i % 3)}.0`;
    rules.push({ plugin, versions, host, verdict, ...(verdict === 'incompatible' ? { reason: `defect PX-${i}` } : {}) });
  }
  const matrix: CompatMatrix = { generatedAt: '2026-11-20T00:00:00Z', maxAgeHours: 168, rules, thresholds: { block: 50 } };
  const tenants: TenantContext[] = Array.from({ length: tenantCount }, (_, i) => {
    const installed = new Map<string, string>();
    for (let k = 0; k < 3 + Math.floor(random() * 6); k++) {
      const plugin = catalog.plugins[1 + Math.floor(random() * (catalog.plugins.length - 1))]!;
      installed.set(plugin.id, pick(plugin.releases).version);
    }
    const targetReleases = catalog.plugins[0]!.releases;
    if (random() < 0.7) installed.set(TARGET, pick(random() < 0.9 ? targetReleases.slice(12, 22) : targetReleases.slice(0, 12)).version);
    return {
      id: `tn-${String(i).padStart(5, '0')}`,
      hostVersion: random() < 0.85 ? pick(CURRENT_HOSTS) : pick(OLD_HOSTS),
      runtimes: (random() < 0.97 ? { node: random() < 0.95 ? pick(CURRENT_NODES) : '18.20.4' } : {}) as Record<string, string>,
      plugins: [...installed].map(([id, version]) => ({ id, version })),
    };
  });
  return { manifest, catalog, matrix, tenants };
}

/** The same rules, written the obvious way: scan every rule, parse every range on every check, no index, no memo. */
function naiveVerdict(w: Workload, tenant: TenantContext, now: Date): Verdict {
  const m = w.manifest;
  const weights = { ...DEFAULT_WEIGHTS, ...w.matrix.weights };
  const found: { code: ConflictCode; error: boolean }[] = [];
  const add = (code: ConflictCode, error: boolean) => found.push({ code, error });
  const installed = (id: string) => tenant.plugins.find((p) => p.id === id)?.version;
  const manifestOf = (id: string, version: string) => w.catalog.plugins.find((p) => p.id === id)?.releases.find((r) => semver.eq(r.version, version))?.manifest;
  if (!semver.satisfies(tenant.hostVersion, m.host)) add('host-mismatch', true);
  for (const [name, range] of Object.entries(m.runtimes ?? {})) {
    const have = tenant.runtimes[name];
    if (have === undefined) add('runtime-missing', true);
    else if (!semver.satisfies(have, range)) add('runtime-mismatch', true);
  }
  for (const [id, spec] of Object.entries(m.dependencies ?? {})) {
    const range = typeof spec === 'string' ? spec : spec.range;
    const optional = typeof spec === 'string' ? false : (spec.optional ?? false);
    const have = installed(id);
    if (have === undefined) {
      if (!optional) add('dependency-missing', true);
    } else if (!semver.satisfies(have, range)) add(optional ? 'optional-dependency-mismatch' : 'dependency-mismatch', !optional);
  }
  for (const p of tenant.plugins) {
    if (p.id === m.id) continue;
    const spec = manifestOf(p.id, p.version)?.dependencies?.[m.id];
    if (spec === undefined) continue;
    const range = typeof spec === 'string' ? spec : spec.range;
    const optional = typeof spec === 'string' ? false : (spec.optional ?? false);
    if (!semver.satisfies(m.version, range)) add(optional ? 'optional-dependency-mismatch' : 'dependent-broken', !optional);
  }
  const from = installed(m.id);
  if (from !== undefined) {
    const order = semver.compare(m.version, from);
    if (order > 0 && semver.major(m.version) > semver.major(from)) add('major-jump', false);
    const before = manifestOf(m.id, from);
    if (before && order > 0 && (m.migrations?.minFrom ?? 0) > (before.migrations?.schema ?? 0)) add('migration-path-missing', true);
    if (before && order < 0) {
      const to = m.migrations?.schema ?? 0;
      const at = before.migrations?.schema ?? 0;
      if (to < at && (!before.migrations?.reversible || (before.migrations.minFrom ?? 0) > to)) add('migration-irreversible', true);
    }
  }
  let strongest: MatrixRule | undefined;
  const strength = { compatible: 1, untested: 2, incompatible: 3 };
  for (const rule of w.matrix.rules ?? []) {
    if (rule.plugin !== m.id && rule.plugin !== '*') continue;
    if (!semver.satisfies(m.version, rule.versions) || !semver.satisfies(tenant.hostVersion, rule.host)) continue;
    if (!strongest || strength[rule.verdict] > strength[strongest.verdict]) strongest = rule;
  }
  if (strongest?.verdict === 'incompatible') add('matrix-incompatible', (strongest.severity ?? 'error') === 'error');
  else if (strongest?.verdict !== 'compatible') add('untested', strongest?.severity === 'error');
  if ((now.getTime() - Date.parse(w.matrix.generatedAt)) / 3_600_000 > (w.matrix.maxAgeHours ?? 168)) add('matrix-stale', false);
  if (semver.prerelease(m.version) || semver.prerelease(tenant.hostVersion)) add('prerelease', false);
  const score = Math.min(100, found.reduce((n, c) => n + weights[c.code], 0));
  if (found.some((c) => c.error) || score >= (w.matrix.thresholds?.block ?? 50)) return 'block';
  return found.length > 0 ? 'warn' : 'pass';
}

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

export async function run(args: string[]): Promise<object> {
  const tenantCount = Number(args[0] ?? 10_000);
  const ruleCount = Number(args[1] ?? 2_000);
  const runs = Number(args[2] ?? 7);
  const baselineTenants = Math.min(tenantCount, Number(args[3] ?? 1_000));
  const now = new Date('2026-11-22T00:00:00Z');
  const w = workload(tenantCount, ruleCount);

  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const engineSeconds: number[] = [];
  const engineCpuSeconds: number[] = [];
  let verdicts: Verdict[] = [];
  const codes: Record<string, number> = {};
  let heapWithResults = 0;
  // Run 0 warms up the JIT and the parse caches; it is reported as the cold run and left out of the median.
  let coldCpuSeconds = 0;
  for (let i = 0; i <= runs; i++) {
    // A fresh copy of the inputs each run: the matrix index and the catalog index are built inside the timing.
    const matrix = structuredClone(w.matrix);
    const catalog = structuredClone(w.catalog);
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const checker = createCompatChecker({ manifest: w.manifest, catalog, matrix, exceptions: [], now });
    const results = w.tenants.map((t) => checker.check(t));
    if (i === 0) {
      coldCpuSeconds = cpuSeconds(process.cpuUsage(cpu));
      continue;
    }
    engineSeconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    engineCpuSeconds.push(cpuSeconds(process.cpuUsage(cpu)));
    if (i === 1) {
      verdicts = results.map((r) => r.verdict);
      for (const r of results) for (const c of new Set(r.conflicts.map((x) => x.code))) codes[c] = (codes[c] ?? 0) + 1;
      heapWithResults = process.memoryUsage().heapUsed;
    }
  }

  const sample = w.tenants.slice(0, baselineTenants);
  const naiveSeconds: number[] = [];
  const naiveCpuSeconds: number[] = [];
  let naive: Verdict[] = [];
  for (let i = 0; i <= Math.max(3, Math.ceil(runs / 2)); i++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    naive = sample.map((t) => naiveVerdict(w, t, now));
    if (i === 0) continue;
    naiveSeconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    naiveCpuSeconds.push(cpuSeconds(process.cpuUsage(cpu)));
  }

  // Rates per second of CPU time of this (single-threaded) process: "on one core", and unaffected by other
  // load on the machine; wall-clock rates are reported beside them.
  const engineRate = tenantCount / median(engineCpuSeconds);
  const naiveRate = baselineTenants / median(naiveCpuSeconds);
  const agree = naive.filter((v, i) => v === verdicts[i]).length;
  const counts = verdicts.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  const figures = {
    workload: { tenants: tenantCount, matrixRules: ruleCount, catalogPlugins: w.catalog.plugins.length, target: `${w.manifest.id}@${w.manifest.version}`, verdicts: counts, tenantsWithConflict: codes },
    runs,
    engine: {
      checksPerSecond: Math.round(engineRate),
      checksPerWallSecond: Math.round(tenantCount / median(engineSeconds)),
      medianCpuSeconds: Number(median(engineCpuSeconds).toFixed(4)),
      allRunsCpuSeconds: engineCpuSeconds.map((s) => Number(s.toFixed(4))),
      coldRunCpuSeconds: Number(coldCpuSeconds.toFixed(4)),
      heapForResultsMiB: mib(heapWithResults - heapBefore),
    },
    naiveBaseline: {
      tenantsChecked: baselineTenants,
      checksPerSecond: Math.round(naiveRate),
      checksPerWallSecond: Math.round(baselineTenants / median(naiveSeconds)),
      medianCpuSeconds: Number(median(naiveCpuSeconds).toFixed(4)),
    },
    speedup: Number((engineRate / naiveRate).toFixed(1)),
    verdictAgreementWithBaseline: `${agree}/${baselineTenants}`,
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    targets: { checksPerSecond: 50_000, speedup: 10 },
    meetsTargets: engineRate >= 50_000 && engineRate / naiveRate >= 10,
  };
  return figures;
}
