/**
 * The rules of the compatibility guard, one tenant at a time: host, runtimes, dependencies, dependents,
 * data migrations, the vendor matrix, staleness and prereleases; and the verdict from what is left
 * after exceptions.
 */
import { dependencyRange, type CatalogIndex } from './catalog.js';
import { strongestMatch, type IndexedRule, type MatrixIndex, type MatrixMatch } from './matrix.js';
import { compareVersions, isPrerelease, parseRange, parseVersion, satisfies, tryVersion, type Version, type VersionRange } from './semver.js';
import type { Conflict, ConflictCode, Operation, PluginManifest, Severity, TenantContext, Verdict } from './types.js';

/** A manifest with its versions and ranges parsed and its matrix rules selected. */
export interface PreparedManifest {
  manifest: PluginManifest;
  version: Version;
  host: VersionRange;
  /** `<id>@<version>`, for messages. */
  label: string;
  runtimes: { name: string; text: string; range: VersionRange; field: string }[];
  dependencies: { id: string; text: string; range: VersionRange; optional: boolean; field: string }[];
  rules: IndexedRule[];
  /** Matrix answer per host version string. */
  matrixByHost: Map<string, MatrixMatch>;
}

/** A tenant with its versions parsed. */
export interface PreparedTenant {
  tenant: TenantContext;
  host: Version;
  /** Installed plugin versions, parsed, in the order of `tenant.plugins`. */
  versions: Version[];
}

export interface CompatContext {
  catalog: CatalogIndex;
  matrix: MatrixIndex;
  now: Date;
  /** Hours since the matrix was generated, at `now`. */
  stalenessHours: number;
}

export function compatContext(catalog: CatalogIndex, matrix: MatrixIndex, now: Date): CompatContext {
  return { catalog, matrix, now, stalenessHours: matrix.stalenessHours(now) };
}

/** A check's findings before exceptions and remediation. */
export interface Evaluation {
  operation: Operation;
  from?: Version;
  conflicts: Conflict[];
  notes: string[];
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function prepareManifest(manifest: PluginManifest, matrix: MatrixIndex, where = 'manifest'): PreparedManifest {
  const version = parseVersion(manifest.version, { what: `${where} version`, pointer: '/version' });
  return {
    manifest,
    version,
    label: `${manifest.id}@${version.version}`,
    host: parseRange(manifest.host, { what: `${where} host`, pointer: '/host' }),
    runtimes: Object.entries(manifest.runtimes ?? {}).map(([name, text]) => {
      const field = `/runtimes/${escapePointer(name)}`;
      return { name, text, field, range: parseRange(text, { what: `${where} runtimes.${name}`, pointer: field }) };
    }),
    dependencies: Object.entries(manifest.dependencies ?? {}).map(([id, spec]) => {
      const { text, optional } = dependencyRange(spec);
      const field = `/dependencies/${escapePointer(id)}`;
      const pointer = `${field}${typeof spec === 'string' ? '' : '/range'}`;
      return { id, text, optional, field, range: parseRange(text, { what: `${where} dependencies.${id}`, pointer }) };
    }),
    rules: matrix.rulesFor(manifest.id, version),
    matrixByHost: new Map(),
  };
}

export function prepareTenant(tenant: TenantContext): PreparedTenant {
  // The error's wording is only built when a version is invalid: this runs once per tenant per check.
  const host = tryVersion(tenant.hostVersion) ?? parseVersion(tenant.hostVersion, { what: `tenant ${tenant.id} hostVersion` });
  const versions = tenant.plugins.map((p) => tryVersion(p.version) ?? parseVersion(p.version, { what: `tenant ${tenant.id} plugin ${p.id} version` }));
  return { tenant, host, versions };
}

/** The installed version of a plugin (a tenant has a handful: a scan beats building a map per check). */
export function installedVersion(t: PreparedTenant, id: string): Version | undefined {
  const plugins = t.tenant.plugins;
  for (let i = 0; i < plugins.length; i++) if (plugins[i]!.id === id) return t.versions[i];
  return undefined;
}

/**
 * Runs every rule. The order of conflicts is the order of the rules in the documentation. With `gate`, stops
 * at the first error (for remediation, which only asks whether a candidate version would pass).
 */
export function evaluate(target: PreparedManifest, t: PreparedTenant, ctx: CompatContext, gate = false): Evaluation {
  const { manifest, version } = target;
  const plugin = manifest.id;
  const conflicts: Conflict[] = [];
  const notes: string[] = [];
  const weights = ctx.matrix.weights;
  const add = (code: ConflictCode, severity: Severity, subject: string, required: string, actual: string, message: string, field?: string) => {
    const conflict: Conflict = { code, severity, subject, required, actual, message, remediation: '', weight: weights[code], waived: false };
    if (field !== undefined) conflict.field = field;
    conflicts.push(conflict);
  };
  const label = target.label;
  const stop = () => gate && conflicts.some((c) => c.severity === 'error');
  const from = installedVersion(t, plugin);
  const order = from ? compareVersions(version, from) : 1;
  const operation: Operation = !from ? 'install' : order > 0 ? 'upgrade' : order < 0 ? 'downgrade' : 'reinstall';
  const result: Evaluation = { operation, conflicts, notes };
  if (from) result.from = from;

  if (!satisfies(t.host, target.host)) {
    add('host-mismatch', 'error', 'host', manifest.host, t.tenant.hostVersion, `${label} requires host ${manifest.host}; the tenant runs host ${t.tenant.hostVersion}`, '/host');
  }

  if (stop()) return result;
  for (const runtime of target.runtimes) {
    const field = runtime.field;
    const actual = t.tenant.runtimes[runtime.name];
    if (actual === undefined) {
      add('runtime-missing', 'error', `runtime ${runtime.name}`, runtime.text, 'not installed', `${label} requires runtime ${runtime.name} ${runtime.text}; the tenant has no ${runtime.name}`, field);
      continue;
    }
    const installed = tryVersion(actual) ?? parseVersion(actual, { what: `tenant ${t.tenant.id} runtimes.${runtime.name}` });
    if (!satisfies(installed, runtime.range)) {
      add('runtime-mismatch', 'error', `runtime ${runtime.name}`, runtime.text, actual, `${label} requires ${runtime.name} ${runtime.text}; the tenant runs ${runtime.name} ${actual}`, field);
    }
  }

  if (stop()) return result;
  for (const dep of target.dependencies) {
    const field = dep.field;
    const installed = installedVersion(t, dep.id);
    if (!installed) {
      if (!dep.optional) {
        add('dependency-missing', 'error', dep.id, dep.text, 'not installed', `${label} requires ${dep.id} ${dep.text}, which is not installed`, field);
      }
      continue;
    }
    if (satisfies(installed, dep.range)) continue;
    if (dep.optional) {
      add('optional-dependency-mismatch', 'warning', dep.id, dep.text, installed.version, `${label} works with ${dep.id} ${dep.text} when it is installed; the tenant has ${installed.version}`, field);
    } else {
      add('dependency-mismatch', 'error', dep.id, dep.text, installed.version, `${label} requires ${dep.id} ${dep.text}; the tenant has ${installed.version}`, field);
    }
  }

  if (stop()) return result;
  const dependents = ctx.catalog.dependentsOf(plugin);
  const unknown: string[] = [];
  for (let i = 0; i < t.versions.length; i++) {
    const id = t.tenant.plugins[i]!.id;
    const installed = t.versions[i]!;
    if (id === plugin) continue;
    const requirement = dependents.get(id)?.get(installed.version);
    if (!requirement) {
      if (!ctx.catalog.manifestOf(id, installed)) unknown.push(`${id}@${installed.version}`);
      continue;
    }
    if (satisfies(version, requirement.range)) continue;
    const key = `${id}@${installed.version}`;
    if (requirement.optional) {
      add('optional-dependency-mismatch', 'warning', key, requirement.text, version.version, `${key} (installed) works with ${plugin} ${requirement.text} when it is installed; ${version.version} is outside that range`, '/version');
    } else {
      add('dependent-broken', 'error', key, requirement.text, version.version, `${key} (installed) requires ${plugin} ${requirement.text}; ${version.version} is outside that range`, '/version');
    }
  }
  if (unknown.length > 0) {
    notes.push(`the catalog has no manifest for ${unknown.join(', ')}; what they require of ${plugin} was not checked`);
  }

  if (stop()) return result;
  if (from) {
    if (operation === 'upgrade' && version.major > from.major) {
      add('major-jump', 'warning', plugin, `major ${from.major}`, `major ${version.major}`, `the upgrade crosses a major version: ${from.version} -> ${version.version}`, '/version');
    }
    if (operation === 'upgrade' || operation === 'downgrade') migrationRules(target, from, ctx, add, notes);
  }

  if (stop()) return result;
  let match = target.matrixByHost.get(t.tenant.hostVersion);
  if (!match) {
    match = strongestMatch(target.rules, t.host);
    target.matrixByHost.set(t.tenant.hostVersion, match);
  }
  if (match.verdict === 'incompatible') {
    const rule = match.rule!;
    add(
      'matrix-incompatible',
      rule.rule.severity ?? 'error',
      `matrix rule ${rule.index}`,
      'compatible',
      'incompatible',
      `compat matrix rule ${rule.index} marks ${rule.rule.plugin} ${rule.rule.versions} on host ${rule.rule.host} incompatible${rule.rule.reason ? `: ${rule.rule.reason}` : ''}`,
      '/version',
    );
  } else if (match.verdict !== 'compatible') {
    const rule = match.rule;
    add(
      'untested',
      rule?.rule.severity ?? 'warning',
      rule ? `matrix rule ${rule.index}` : 'compat matrix',
      'a compatible matrix rule',
      rule ? 'untested' : 'no rule',
      rule
        ? `compat matrix rule ${rule.index} marks ${rule.rule.plugin} ${rule.rule.versions} on host ${rule.rule.host} untested${rule.rule.reason ? `: ${rule.rule.reason}` : ''}`
        : `no compat matrix rule covers ${label} on host ${t.tenant.hostVersion}`,
      '/version',
    );
  }

  const staleness = ctx.stalenessHours;
  if (staleness > ctx.matrix.maxAgeHours) {
    const age = Number.isFinite(staleness) ? `${Math.floor(staleness)} h` : 'of unknown age';
    add('matrix-stale', 'warning', 'compat matrix', `at most ${ctx.matrix.maxAgeHours} h old`, age, `the compat matrix was generated ${Number.isFinite(staleness) ? `${age} ago` : 'at an unknown time'} (limit ${ctx.matrix.maxAgeHours} h)`);
  }

  const prereleases: string[] = [];
  if (isPrerelease(version)) prereleases.push(`${label} is a prerelease`);
  if (isPrerelease(t.host)) prereleases.push(`host ${t.tenant.hostVersion} is a prerelease`);
  if (prereleases.length > 0) {
    add(
      'prerelease',
      'warning',
      isPrerelease(version) ? 'version' : 'host',
      'stable releases',
      [isPrerelease(version) ? version.version : undefined, isPrerelease(t.host) ? `host ${t.tenant.hostVersion}` : undefined].filter(Boolean).join(', '),
      prereleases.join('; '),
      isPrerelease(version) ? '/version' : undefined,
    );
  }

  return result;
}

type Add = (code: ConflictCode, severity: Severity, subject: string, required: string, actual: string, message: string, field?: string) => void;

function migrationRules(target: PreparedManifest, from: Version, ctx: CompatContext, add: Add, notes: string[]): void {
  const plugin = target.manifest.id;
  const installed = ctx.catalog.manifestOf(plugin, from);
  if (!installed) {
    notes.push(`the catalog has no manifest for the installed ${plugin}@${from.version}; data migrations were not checked`);
    return;
  }
  const fromSchema = installed.migrations?.schema ?? 0;
  const toSchema = target.manifest.migrations?.schema ?? 0;
  const version = target.version.version;
  if (compareVersions(target.version, from) > 0) {
    const minFrom = target.manifest.migrations?.minFrom ?? 0;
    if (minFrom > fromSchema) {
      add(
        'migration-path-missing',
        'error',
        'data schema',
        `schema >= ${minFrom}`,
        `schema ${fromSchema}`,
        `${plugin}@${version} migrates data from schema ${minFrom} or newer; the installed ${from.version} is on schema ${fromSchema}`,
        '/migrations/minFrom',
      );
    }
    return;
  }
  if (toSchema >= fromSchema) return;
  const reversible = installed.migrations?.reversible ?? false;
  const floor = installed.migrations?.minFrom ?? 0;
  if (reversible && floor <= toSchema) return;
  const why = reversible ? `its down-migrations stop at schema ${floor}` : 'its migrations are not reversible';
  add(
    'migration-irreversible',
    'error',
    'data schema',
    `down-migrations from schema ${fromSchema} to ${toSchema}`,
    reversible ? `reversible down to schema ${floor}` : 'not reversible',
    `downgrading from ${from.version} (schema ${fromSchema}) to ${version} (schema ${toSchema}) is impossible: ${why}`,
    '/migrations/schema',
  );
}

/** Verdict from conflicts that an exception did not waive. */
export function decide(conflicts: readonly Conflict[], blockThreshold: number, exceptionUsed: boolean): Verdict {
  let unwaivedError = false;
  let warnings = false;
  let unwaivedWeight = 0;
  for (const c of conflicts) {
    if (c.waived) continue;
    unwaivedWeight += c.weight;
    if (c.severity === 'error') unwaivedError = true;
    else warnings = true;
  }
  if (unwaivedError || Math.min(100, unwaivedWeight) >= blockThreshold) return 'block';
  if (exceptionUsed) return 'exception';
  return warnings ? 'warn' : 'pass';
}
