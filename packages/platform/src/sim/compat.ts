import semver from 'semver';
import type { InstalledPlugin, OperationError, Release, Tenant } from '../types.js';

const OPTIONS = { includePrerelease: true };

export function satisfies(version: string, range: string): boolean {
  try {
    return semver.satisfies(version, range, OPTIONS);
  } catch {
    return false;
  }
}

export function dependencyRange(spec: Release['manifest']['dependencies'][string]): { range: string; optional: boolean } {
  return typeof spec === 'string' ? { range: spec, optional: false } : { range: spec.range, optional: spec.optional ?? false };
}

/** Host and runtime checks: what a tenant must offer for the release to run at all. */
export function environmentProblems(tenant: Pick<Tenant, 'hostVersion' | 'runtimes'>, release: Release): OperationError[] {
  const problems: OperationError[] = [];
  if (!satisfies(tenant.hostVersion, release.manifest.host)) {
    problems.push({
      code: 'incompatible_host',
      message: `${release.plugin}@${release.version} needs host ${release.manifest.host}; the tenant runs ${tenant.hostVersion}`,
    });
  }
  for (const [runtime, range] of Object.entries(release.manifest.runtimes)) {
    const have = tenant.runtimes[runtime];
    if (have === undefined || !satisfies(have, range)) {
      problems.push({
        code: 'incompatible_runtime',
        message: `${release.plugin}@${release.version} needs ${runtime} ${range}; the tenant has ${have === undefined ? 'none' : have}`,
      });
    }
  }
  return problems;
}

/** Dependencies of `release` against what is installed (ignoring the plugin itself). */
export function dependencyProblems(installed: readonly InstalledPlugin[], release: Release): OperationError[] {
  const problems: OperationError[] = [];
  for (const [id, spec] of Object.entries(release.manifest.dependencies)) {
    const { range, optional } = dependencyRange(spec);
    const present = installed.find((p) => p.id === id && p.status !== 'failed');
    if (present === undefined) {
      if (!optional) problems.push({ code: 'missing_dependency', message: `${release.plugin}@${release.version} needs ${id} ${range}, which is not installed` });
    } else if (!satisfies(present.version, range)) {
      problems.push({
        code: 'missing_dependency',
        message: `${release.plugin}@${release.version} needs ${id} ${range}${optional ? ' when installed' : ''}; the tenant has ${present.version}`,
      });
    }
  }
  return problems;
}

/** Installed plugins whose dependency on `pluginId` would break if it were replaced by `version` (or removed). */
export function dependentProblems(
  installed: readonly InstalledPlugin[],
  releaseOf: (plugin: string, version: string) => Release | undefined,
  pluginId: string,
  version: string | undefined,
): OperationError[] {
  const problems: OperationError[] = [];
  for (const other of installed) {
    if (other.id === pluginId) continue;
    const spec = releaseOf(other.id, other.version)?.manifest.dependencies[pluginId];
    if (spec === undefined) continue;
    const { range, optional } = dependencyRange(spec);
    if (version === undefined) {
      if (!optional) problems.push({ code: 'dependency_in_use', message: `${other.id}@${other.version} needs ${pluginId} ${range}` });
    } else if (!satisfies(version, range)) {
      problems.push({ code: 'dependency_in_use', message: `${other.id}@${other.version} needs ${pluginId} ${range}, not ${version}` });
    }
  }
  return problems;
}

/** Schema migration from the installed release to the target. */
export function migrationProblems(from: Release | undefined, to: Release): OperationError[] {
  if (from === undefined) return [];
  const fromSchema = from.manifest.migrations.schema;
  const toMigrations = to.manifest.migrations;
  if (toMigrations.schema > fromSchema && fromSchema < toMigrations.minFrom) {
    return [
      {
        code: 'migration_unsupported',
        message: `${to.plugin}@${to.version} migrates data from schema ${toMigrations.minFrom} or later; ${from.version} is on schema ${fromSchema}`,
      },
    ];
  }
  if (toMigrations.schema < fromSchema && !from.manifest.migrations.reversible) {
    return [
      {
        code: 'migration_irreversible',
        message: `${from.plugin}@${from.version} migrated data to schema ${fromSchema} irreversibly; ${to.version} needs schema ${toMigrations.schema}`,
      },
    ];
  }
  return [];
}
