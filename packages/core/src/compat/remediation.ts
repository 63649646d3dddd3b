/**
 * What a person can do about each conflict: the lowest catalog version of the plugin that would pass on
 * the tenant, the dependency or dependent upgrade needed, a stepping-stone version for data migrations.
 * "Would pass" means the check's verdict without exceptions is pass or warn.
 */
import type { CatalogIndex, IndexedRelease } from './catalog.js';
import { dependencyRange } from './catalog.js';
import { decide, evaluate, installedVersion, prepareManifest, type CompatContext, type Evaluation, type PreparedManifest, type PreparedTenant } from './rules.js';
import { compareVersions, isPrerelease, satisfies, tryRange, type Version } from './semver.js';
import type { Conflict } from './types.js';

export interface Remediation {
  /** Fills `remediation` of every conflict of the evaluation. */
  explain(tenant: PreparedTenant, evaluation: Evaluation): void;
}

/** Codes that depend only on the tenant's host and runtimes (and the matrix), not on its plugins. */
const ENVIRONMENT_CODES: ReadonlySet<string> = new Set(['host-mismatch', 'runtime-missing', 'runtime-mismatch', 'matrix-incompatible', 'untested']);

function stable(release: IndexedRelease): boolean {
  return !release.yanked && !isPrerelease(release.version);
}

/** Lowest stable release of `plugin` in `range` whose own host range accepts `host`. */
export function lowestRelease(catalog: CatalogIndex, plugin: string, accept: (release: IndexedRelease) => boolean): IndexedRelease | undefined {
  return catalog.releasesOf(plugin).find((r) => stable(r) && accept(r));
}

function hostAccepts(release: IndexedRelease, host: Version): boolean {
  const range = tryRange(release.manifest.host);
  return range !== undefined && satisfies(host, range);
}

export function remediate(target: PreparedManifest, ctx: CompatContext): Remediation {
  const plugin = target.manifest.id;
  const prepared = new Map<string, PreparedManifest | null>();
  const preparedRelease = (release: IndexedRelease): PreparedManifest | null => {
    const key = release.version.version;
    let found = prepared.get(key);
    if (found === undefined) {
      try {
        found = prepareManifest(release.manifest, ctx.matrix, `catalog ${plugin}@${key}`);
      } catch {
        // A catalog release with a broken manifest is never suggested.
        found = null;
      }
      prepared.set(key, found);
    }
    return found;
  };

  // Plugins whose installed versions can change what passes: the plugin, its dependencies, its dependents.
  const relevantIds = new Set<string>([plugin, ...target.dependencies.map((d) => d.id)]);
  for (const release of ctx.catalog.releasesOf(plugin)) for (const id of Object.keys(release.manifest.dependencies ?? {})) relevantIds.add(id);
  for (const id of ctx.catalog.dependentsOf(plugin).keys()) relevantIds.add(id);
  const memo = new Map<string, string | null>();
  const stableReleases = ctx.catalog.releasesOf(plugin).filter((r) => stable(r) && compareVersions(r.version, target.version) !== 0);
  const candidatesByFrom = new Map<string, IndexedRelease[]>();
  /** Releases to try, nearest first: above the installed version, or below it for a downgrade. */
  const candidatesFor = (evaluation: Evaluation): IndexedRelease[] => {
    const from = evaluation.from;
    const key = `${evaluation.operation}|${from?.version ?? ''}`;
    let list = candidatesByFrom.get(key);
    if (!list) {
      if (evaluation.operation === 'downgrade' && from) list = stableReleases.filter((r) => compareVersions(r.version, from) < 0).reverse();
      else if (from) list = stableReleases.filter((r) => compareVersions(r.version, from) > 0);
      else list = stableReleases;
      candidatesByFrom.set(key, list);
    }
    return list;
  };

  // Whether a candidate's environment rules (host, runtimes, matrix) already fail on a host and runtimes: few
  // distinct answers across a fleet, so most candidates are ruled out without looking at installed plugins.
  const environmentMemo = new Map<string, boolean>();
  const environmentFails = (candidate: PreparedManifest, t: PreparedTenant, environmentKey: string): boolean => {
    const key = candidate.label + '|' + environmentKey;
    let fails = environmentMemo.get(key);
    if (fails === undefined) {
      const bare: PreparedTenant = { tenant: { ...t.tenant, plugins: [] }, host: t.host, versions: [] };
      fails = evaluate(candidate, bare, ctx, true).conflicts.some((c) => c.severity === 'error' && ENVIRONMENT_CODES.has(c.code));
      if (environmentMemo.size > 10_000) environmentMemo.clear();
      environmentMemo.set(key, fails);
    }
    return fails;
  };

  /** The nearest catalog version that would pass: lowest above the installed one, or for a downgrade the highest below it. */
  const alternative = (t: PreparedTenant, evaluation: Evaluation): string | null => {
    let environmentKey = t.tenant.hostVersion;
    for (const name in t.tenant.runtimes) environmentKey += '|' + name + '=' + t.tenant.runtimes[name];
    let key = evaluation.operation + '|' + environmentKey;
    for (const p of t.tenant.plugins) if (relevantIds.has(p.id)) key += '|' + p.id + '@' + p.version;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found: string | null = null;
    for (const release of candidatesFor(evaluation)) {
      const candidate = preparedRelease(release);
      if (!candidate || environmentFails(candidate, t, environmentKey)) continue;
      const verdict = decide(evaluate(candidate, t, ctx, true).conflicts, ctx.matrix.blockThreshold, false);
      if (verdict === 'pass' || verdict === 'warn') {
        found = release.version.version;
        break;
      }
    }
    if (memo.size > 10_000) memo.clear();
    memo.set(key, found);
    return found;
  };

  return {
    explain(t, evaluation) {
      let alt: string | null | undefined;
      const otherwise = (): string => {
        alt ??= alternative(t, evaluation);
        if (alt === null) return `no other catalog version of ${plugin} passes on this tenant`;
        const nearest = evaluation.operation === 'downgrade' ? 'the nearest lower catalog version' : 'the lowest catalog version';
        return `or use ${plugin}@${alt}, ${nearest} that passes on this tenant`;
      };
      for (const conflict of evaluation.conflicts) conflict.remediation = explainOne(conflict, t, evaluation, target, ctx, otherwise);
    },
  };
}

function explainOne(
  c: Conflict,
  t: PreparedTenant,
  evaluation: Evaluation,
  target: PreparedManifest,
  ctx: CompatContext,
  otherwise: () => string,
): string {
  const plugin = target.manifest.id;
  const version = target.version.version;
  switch (c.code) {
    case 'host-mismatch':
      return `Move the tenant to a host in ${c.required}; ${otherwise()}.`;
    case 'runtime-missing':
      return `Provide ${c.subject.replace(/^runtime /, '')} ${c.required} on the tenant; ${otherwise()}.`;
    case 'runtime-mismatch':
      return `Move ${c.subject.replace(/^runtime /, '')} from ${c.actual} to a version in ${c.required}; ${otherwise()}.`;
    case 'dependency-missing':
    case 'dependency-mismatch':
    case 'optional-dependency-mismatch': {
      if (c.subject.includes('@')) return dependentFix(c, t, target, ctx) + (c.severity === 'error' ? `; ${otherwise()}.` : '.');
      const fix = dependencyFix(c, t, ctx);
      return c.code === 'optional-dependency-mismatch' ? `${fix}, or uninstall ${c.subject}.` : `${fix}; ${otherwise()}.`;
    }
    case 'dependent-broken':
      return `${dependentFix(c, t, target, ctx)}; ${otherwise()}.`;
    case 'migration-path-missing': {
      const stone = steppingStone(t, evaluation, target, ctx);
      return stone ? `Upgrade to ${plugin}@${stone} first, then to ${version}.` : `No catalog version between ${evaluation.from?.version} and ${version} bridges the data schemas; ${otherwise()}.`;
    }
    case 'migration-irreversible':
      return `Stay on ${evaluation.from?.version}, or restore the tenant's data from a backup at the lower schema before downgrading; ${otherwise()}.`;
    case 'matrix-incompatible':
      return `Do not run this combination without an approved exception; ${otherwise()}.`;
    case 'untested':
      return `Test ${plugin}@${version} on host ${t.tenant.hostVersion} and add a compatible rule to the compat matrix.`;
    case 'major-jump':
      return `Read the ${plugin} ${target.version.major}.0.0 release notes for breaking changes and roll out in grey batches.`;
    case 'matrix-stale':
      return `Regenerate config/version/compat_matrix.yaml (generatedAt ${ctx.matrix.matrix.generatedAt}).`;
    case 'prerelease':
      return c.subject === 'version' ? 'Use a stable release outside test tenants.' : 'Prefer tenants on a stable host release.';
  }
}

/** `Upgrade acme.base from 1.2.0 to 1.4.0 first (...)`, or why no catalog version helps. */
function dependencyFix(c: Conflict, t: PreparedTenant, ctx: CompatContext): string {
  const dep = c.subject;
  const range = tryRange(c.required);
  const release = range ? lowestRelease(ctx.catalog, dep, (r) => satisfies(r.version, range) && hostAccepts(r, t.host)) : undefined;
  const installed = installedVersion(t, dep);
  if (ctx.catalog.releasesOf(dep).length === 0) return `${installed ? 'Move' : 'Install'} ${dep} to a version in ${c.required} (the catalog lists no ${dep} release to choose from)`;
  if (!release) return `No catalog release of ${dep} in ${c.required} supports host ${t.tenant.hostVersion}`;
  const why = `(the lowest catalog version in ${c.required} that supports host ${t.tenant.hostVersion})`;
  if (!installed) return `Install ${dep}@${release.version.version} first ${why}`;
  const verb = compareVersions(release.version, installed) > 0 ? 'Upgrade' : 'Move';
  return `${verb} ${dep} from ${installed.version} to ${release.version.version} first ${why}`;
}

/** The lowest release of an installed dependent above its installed version that accepts the target. */
function dependentFix(c: Conflict, t: PreparedTenant, target: PreparedManifest, ctx: CompatContext): string {
  const id = c.subject.slice(0, c.subject.lastIndexOf('@'));
  const installed = installedVersion(t, id);
  const plugin = target.manifest.id;
  const release = lowestRelease(ctx.catalog, id, (r) => {
    if (installed && compareVersions(r.version, installed) <= 0) return false;
    const spec = r.manifest.dependencies?.[plugin];
    if (spec === undefined) return hostAccepts(r, t.host);
    const range = tryRange(dependencyRange(spec).text);
    return range !== undefined && satisfies(target.version, range) && hostAccepts(r, t.host);
  });
  if (!release) return `No catalog release of ${id} above ${installed?.version} accepts ${plugin}@${target.version.version}`;
  return `Upgrade ${id} from ${installed?.version} to ${release.version.version} first (the lowest catalog version that accepts ${plugin}@${target.version.version})`;
}

/** A release between the installed and the target version that migrates from the installed schema and reaches the target's minFrom. */
function steppingStone(t: PreparedTenant, evaluation: Evaluation, target: PreparedManifest, ctx: CompatContext): string | undefined {
  const from = evaluation.from;
  if (!from) return undefined;
  const plugin = target.manifest.id;
  const fromSchema = ctx.catalog.manifestOf(plugin, from)?.migrations?.schema ?? 0;
  const needed = target.manifest.migrations?.minFrom ?? 0;
  return lowestRelease(ctx.catalog, plugin, (r) => {
    if (compareVersions(r.version, from) <= 0 || compareVersions(r.version, target.version) >= 0) return false;
    const m = r.manifest.migrations;
    return (m?.minFrom ?? 0) <= fromSchema && (m?.schema ?? 0) >= needed && hostAccepts(r, t.host);
  })?.version.version;
}
