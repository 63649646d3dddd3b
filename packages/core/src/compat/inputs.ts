/**
 * Loads the guard's files (manifest, matrix, tenants, catalog, exception records) from YAML or JSON text:
 * schema first, then node-semver validity of every version and range, each problem located at its file,
 * line and key. Bad input throws a `ConfigError` listing every problem found.
 */
import { ConfigError, type ConfigIssue } from '../errors.js';
import { checkConfig } from '../config/load.js';
import { parseSource } from '../config/parse.js';
import { dependencyRange } from './catalog.js';
import { tryRange, tryVersion } from './semver.js';
import type { Catalog, CompatMatrix, ExceptionRecord, MonitoringProfile, PluginManifest, TenantContext } from './types.js';
import { precompiled, type Validator } from '../config/validate.js';
import manifestSchema from '../config/validators/config/powerx-plugin.generated.cjs';
import matrixSchema from '../config/validators/config/compat_matrix.generated.cjs';
import tenantSchema from '../config/validators/config/compat_tenant.generated.cjs';
import tenantsSchema from '../config/validators/config/compat_tenants.generated.cjs';
import catalogSchema from '../config/validators/config/compat_catalog.generated.cjs';
import exceptionsSchema from '../config/validators/config/compat_exceptions.generated.cjs';
import monitoringSchema from '../config/validators/config/compat_monitoring.generated.cjs';


interface SemverField {
  pointer: string;
  value: string;
  kind: 'version' | 'range';
}

interface Rule {
  pointer: string;
  message: string;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Schema validation, then the semantic checks `fields` and `rules` list for the valid value. */
function load<T>(text: string, file: string, validate: Validator, semantic: (value: T) => { fields: SemverField[]; rules?: Rule[] }): T {
  const checked = checkConfig<T>(text, file, validate);
  if (!checked.ok) throw new ConfigError(checked.issues);
  const { fields, rules = [] } = semantic(checked.value);
  const problems: Rule[] = [...rules];
  for (const field of fields) {
    if (field.kind === 'version' ? tryVersion(field.value) : tryRange(field.value)) continue;
    const what = field.kind === 'version' ? 'a valid semver version' : 'a valid node-semver range';
    // The pointer already names the field (formatIssue prints it), so the message starts with the value.
    problems.push({ pointer: field.pointer, message: `${JSON.stringify(field.value)} is not ${what}` });
  }
  if (problems.length === 0) return checked.value;
  const parsed = parseSource(text, file);
  const issues: ConfigIssue[] = problems.map((p) => ({
    file,
    ...(parsed.ok ? parsed.source.locate(p.pointer) : {}),
    pointer: p.pointer,
    message: p.message,
    code: 'semver',
  }));
  throw new ConfigError(issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

function manifestFields(m: PluginManifest, base: string): SemverField[] {
  const fields: SemverField[] = [
    { pointer: `${base}/version`, value: m.version, kind: 'version' },
    { pointer: `${base}/host`, value: m.host, kind: 'range' },
  ];
  for (const [name, range] of Object.entries(m.runtimes ?? {})) {
    fields.push({ pointer: `${base}/runtimes/${escape(name)}`, value: range, kind: 'range' });
  }
  for (const [id, spec] of Object.entries(m.dependencies ?? {})) {
    const suffix = typeof spec === 'string' ? '' : '/range';
    fields.push({ pointer: `${base}/dependencies/${escape(id)}${suffix}`, value: dependencyRange(spec).text, kind: 'range' });
  }
  return fields;
}

function migrationRules(m: PluginManifest, base: string): Rule[] {
  const mig = m.migrations;
  if (mig && (mig.minFrom ?? 0) > mig.schema) {
    return [{ pointer: `${base}/migrations/minFrom`, message: `migrations.minFrom ${mig.minFrom} is above migrations.schema ${mig.schema}` }];
  }
  return [];
}

/** `powerx-plugin.yaml` or `powerx-plugin.json`. */
export function loadManifest(text: string, file: string): PluginManifest {
  return load<PluginManifest>(text, file, precompiled(manifestSchema), (m) => ({ fields: manifestFields(m, ''), rules: migrationRules(m, '') }));
}

/** `config/version/compat_matrix.yaml`. */
export function loadMatrix(text: string, file: string): CompatMatrix {
  return load<CompatMatrix>(text, file, precompiled(matrixSchema), (m) => ({
    fields: (m.rules ?? []).flatMap((rule, i) => [
      { pointer: `/rules/${i}/versions`, value: rule.versions, kind: 'range' as const },
      { pointer: `/rules/${i}/host`, value: rule.host, kind: 'range' as const },
    ]),
  }));
}

function tenantFields(t: TenantContext, base: string): SemverField[] {
  return [
    { pointer: `${base}/hostVersion`, value: t.hostVersion, kind: 'version' },
    ...Object.entries(t.runtimes).map(([name, v]) => ({ pointer: `${base}/runtimes/${escape(name)}`, value: v, kind: 'version' as const })),
    ...t.plugins.map((p, i) => ({ pointer: `${base}/plugins/${i}/version`, value: p.version, kind: 'version' as const })),
  ];
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, pointer: (i: number) => string, what: string): Rule[] {
  const seen = new Set<string>();
  const rules: Rule[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) rules.push({ pointer: pointer(i), message: `${what} ${k} appears more than once` });
    seen.add(k);
  });
  return rules;
}

/** One tenant (`--tenant`): the platform's tenant object. */
export function loadTenant(text: string, file: string): TenantContext {
  return load<TenantContext>(text, file, precompiled(tenantSchema), (t) => ({
    fields: tenantFields(t, ''),
    rules: duplicates(t.plugins, (p) => p.id, (i) => `/plugins/${i}/id`, 'installed plugin'),
  }));
}

/** A tenant inventory (`--tenants`): `{tenants: [...]}`. */
export function loadTenants(text: string, file: string): TenantContext[] {
  return load<{ tenants: TenantContext[] }>(text, file, precompiled(tenantsSchema), (v) => ({
    fields: v.tenants.flatMap((t, i) => tenantFields(t, `/tenants/${i}`)),
    rules: [
      ...duplicates(v.tenants, (t) => t.id, (i) => `/tenants/${i}/id`, 'tenant'),
      ...v.tenants.flatMap((t, ti) => duplicates(t.plugins, (p) => p.id, (i) => `/tenants/${ti}/plugins/${i}/id`, 'installed plugin')),
    ],
  })).tenants;
}

/** Either form: an inventory when the document has a `tenants` key, otherwise one tenant. */
export function loadTenantContexts(text: string, file: string): TenantContext[] {
  const parsed = parseSource(text, file);
  const value = parsed.ok ? parsed.source.value : undefined;
  const inventory = typeof value === 'object' && value !== null && !Array.isArray(value) && 'tenants' in value;
  return inventory ? loadTenants(text, file) : [loadTenant(text, file)];
}

/** A catalog of released manifests: `{plugins: [{id, releases: [{version, manifest}]}]}`. */
export function loadCatalog(text: string, file: string): Catalog {
  return load<Catalog>(text, file, precompiled(catalogSchema), (c) => {
    const fields: SemverField[] = [];
    const rules: Rule[] = duplicates(c.plugins, (p) => p.id, (i) => `/plugins/${i}/id`, 'plugin');
    c.plugins.forEach((plugin, p) => {
      plugin.releases.forEach((release, r) => {
        const base = `/plugins/${p}/releases/${r}`;
        fields.push({ pointer: `${base}/version`, value: release.version, kind: 'version' });
        fields.push(...manifestFields(release.manifest, `${base}/manifest`));
        rules.push(...migrationRules(release.manifest, `${base}/manifest`));
        if (release.manifest.id !== plugin.id) rules.push({ pointer: `${base}/manifest/id`, message: `manifest id ${release.manifest.id} is not the plugin's id ${plugin.id}` });
        if (release.manifest.version !== release.version) {
          rules.push({ pointer: `${base}/manifest/version`, message: `manifest version ${release.manifest.version} is not the release's version ${release.version}` });
        }
      });
      rules.push(...duplicates(plugin.releases, (r) => r.version, (i) => `/plugins/${p}/releases/${i}/version`, `${plugin.id} release`));
    });
    return { fields, rules };
  });
}

/** Exception records: `{exceptions: [...]}`. */
export function loadExceptions(text: string, file: string): ExceptionRecord[] {
  return load<{ exceptions: ExceptionRecord[] }>(text, file, precompiled(exceptionsSchema), (v) => ({
    fields: v.exceptions.map((e, i) => ({ pointer: `/exceptions/${i}/versions`, value: e.versions, kind: 'range' as const })),
    rules: duplicates(v.exceptions, (e) => e.id, (i) => `/exceptions/${i}/id`, 'exception'),
  })).exceptions;
}

/** A monitoring profile (an analysis template) brought by an exception request. */
export function loadMonitoringProfile(text: string, file: string): MonitoringProfile {
  return load<MonitoringProfile>(text, file, precompiled(monitoringSchema), () => ({ fields: [] }));
}
