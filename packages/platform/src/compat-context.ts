/**
 * What the compatibility guard reads from the platform: the tenants to check (by id or by selector) and a
 * catalog holding every plugin that matters to them (the plugin itself, its dependencies, and every plugin
 * installed on those tenants, whose manifests say what they require of it).
 */
import { ConfigError } from '@powerx/core/errors.js';
import type { Catalog, PluginManifest, TenantContext } from '@powerx/core/compat/types.js';
import type { PlatformClient } from './client.js';
import { PlatformError } from './errors.js';
import type { Plugin, Tenant, TenantFilter, Tier } from './types.js';

const SELECTOR_KEYS = ['tag', 'tier', 'region', 'plugin', 'testPool'] as const;

/** `tag=retail,tier=enterprise` (any of tag, tier, region, plugin, testPool), or `all`. */
export function parseTenantSelector(text: string, origin = 'tenant-selector'): TenantFilter {
  const filter: TenantFilter = {};
  if (text.trim() === 'all') return filter;
  for (const part of text.split(/[,\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (eq < 0 || !(SELECTOR_KEYS as readonly string[]).includes(key) || value === '') {
      throw ConfigError.single(`${origin}: ${JSON.stringify(part)} is not a selector term: use key=value with key one of ${SELECTOR_KEYS.join(', ')}, or all`, {}, 'bad-selector');
    }
    if (key === 'testPool') {
      if (value !== 'true' && value !== 'false') throw ConfigError.single(`${origin}: testPool must be true or false (got ${JSON.stringify(value)})`, {}, 'bad-selector');
      filter.testPool = value === 'true';
    } else if (key === 'tier') filter.tier = value as Tier;
    else filter[key as 'tag' | 'region' | 'plugin'] = value;
  }
  return filter;
}

export interface TenantSelection {
  ids?: readonly string[];
  filter?: TenantFilter;
}

/** The platform's tenants, as the engine reads them. */
export function toTenantContext(tenant: Tenant): TenantContext {
  return { id: tenant.id, hostVersion: tenant.hostVersion, runtimes: tenant.runtimes, plugins: tenant.plugins.map((p) => ({ id: p.id, version: p.version })) };
}

export async function fetchTenants(client: PlatformClient, selection: TenantSelection): Promise<Tenant[]> {
  if (selection.ids && selection.ids.length > 0) {
    const tenants: Tenant[] = [];
    for (const id of selection.ids) tenants.push(await client.getTenant(id));
    return tenants;
  }
  return client.listAllTenants(selection.filter ?? {});
}

/** Every plugin whose releases a check of `manifest` on `tenants` may read. */
export function relevantPlugins(manifest: PluginManifest, tenants: readonly TenantContext[]): string[] {
  const ids = new Set<string>([manifest.id, ...Object.keys(manifest.dependencies ?? {})]);
  for (const tenant of tenants) for (const p of tenant.plugins) ids.add(p.id);
  return [...ids].sort();
}

/** A catalog of the given plugins; a plugin the platform does not know (a first release) is left out. */
export async function fetchCatalog(client: PlatformClient, pluginIds: readonly string[]): Promise<Catalog> {
  const plugins: Plugin[] = [];
  for (const id of pluginIds) {
    try {
      plugins.push(await client.getPlugin(id));
    } catch (error) {
      if (error instanceof PlatformError && error.status === 404) continue;
      throw error;
    }
  }
  return { plugins: plugins.map((p) => ({ id: p.id, releases: p.releases.map((r) => ({ version: r.version, yanked: r.yanked, manifest: r.manifest })) })) };
}

export interface CompatContext {
  tenants: TenantContext[];
  catalog: Catalog;
}

export async function fetchCompatContext(client: PlatformClient, manifest: PluginManifest, selection: TenantSelection): Promise<CompatContext> {
  const tenants = (await fetchTenants(client, selection)).map(toTenantContext);
  const catalog = await fetchCatalog(client, relevantPlugins(manifest, tenants));
  return { tenants, catalog };
}
