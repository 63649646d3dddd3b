/**
 * The catalog, indexed for checks: the manifest of any released version, the releases of a plugin in
 * version order, and which installed plugin versions require a given plugin (its dependents).
 */
import type { Catalog, CatalogRelease, DependencySpec, PluginManifest } from './types.js';
import { compareVersions, parseRange, parseVersion, type Version, type VersionRange } from './semver.js';

export interface IndexedRelease {
  version: Version;
  yanked: boolean;
  manifest: PluginManifest;
}

/** What an installed plugin version says about the plugin under check. */
export interface Requirement {
  range: VersionRange;
  text: string;
  optional: boolean;
}

export function dependencyRange(spec: DependencySpec): { text: string; optional: boolean } {
  return typeof spec === 'string' ? { text: spec, optional: false } : { text: spec.range, optional: spec.optional ?? false };
}

export class CatalogIndex {
  private readonly releases = new Map<string, IndexedRelease[]>();
  /** plugin -> version -> manifest. */
  private readonly manifests = new Map<string, Map<string, PluginManifest>>();
  /** target -> dependent plugin -> dependent version -> what it requires of the target. */
  private readonly dependents = new Map<string, Map<string, Map<string, Requirement>>>();

  constructor(catalog: Catalog) {
    catalog.plugins.forEach((plugin, p) => {
      const list = plugin.releases.map((release: CatalogRelease, r) => ({
        version: parseVersion(release.version, { what: `catalog ${plugin.id} release`, pointer: `/plugins/${p}/releases/${r}/version` }),
        yanked: release.yanked ?? false,
        manifest: release.manifest,
      }));
      list.sort((a, b) => compareVersions(a.version, b.version));
      this.releases.set(plugin.id, list);
      this.manifests.set(plugin.id, new Map(list.map((release) => [release.version.version, release.manifest])));
    });
  }

  /** Releases of a plugin, lowest version first (yanked ones included, flagged). */
  releasesOf(plugin: string): readonly IndexedRelease[] {
    return this.releases.get(plugin) ?? [];
  }

  manifestOf(plugin: string, version: Version): PluginManifest | undefined {
    return this.manifests.get(plugin)?.get(version.version);
  }

  /** Every catalog release that depends on `target` (plugin -> version -> the range it requires). */
  dependentsOf(target: string): ReadonlyMap<string, ReadonlyMap<string, Requirement>> {
    let found = this.dependents.get(target);
    if (!found) {
      found = new Map();
      for (const [plugin, versions] of this.manifests) {
        for (const [version, manifest] of versions) {
          const spec = manifest.dependencies?.[target];
          if (spec === undefined) continue;
          const { text, optional } = dependencyRange(spec);
          const range = parseRange(text, { what: `catalog ${plugin}@${version} dependencies.${target}` });
          let byVersion = found.get(plugin);
          if (!byVersion) found.set(plugin, (byVersion = new Map()));
          byVersion.set(version, { range, text, optional });
        }
      }
      this.dependents.set(target, found);
    }
    return found;
  }
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

export function catalogIndex(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = new CatalogIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

export const EMPTY_CATALOG: Catalog = Object.freeze({ plugins: Object.freeze([]) }) as Catalog;
