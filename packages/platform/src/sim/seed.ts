import { createHash } from 'node:crypto';
import semver from 'semver';
import type { Advisory, DependencySpec, InstalledPlugin, Release, Severity, Tenant, Tier } from '../types.js';
import { dependencyRange, environmentProblems, satisfies } from './compat.js';
import { createRandom, type Random } from '@powerx/core/random.js';
import {
  COMPANIES,
  COMPANY_SUFFIXES,
  GHSA_ALPHABET,
  HOST_RANGES,
  HOST_VERSIONS,
  INDUSTRY_TAGS,
  NODE_VERSIONS,
  PLUGIN_TEMPLATES,
  PYTHON_VERSIONS,
  REGIONS,
  RUNTIME_RANGES,
  VULNERABILITIES,
  YANK_REASONS,
  type PluginTemplate,
} from './seed-tables.js';

/** The seeded world is dated relative to this instant, never to the clock, so a seed always gives the same data. */
export const SEED_EPOCH = Date.parse('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

export interface SeedOptions {
  seed: number | string;
  tenants: number;
  plugins: number;
}

export interface PluginInfo {
  id: string;
  name: string;
  description: string;
  owner: string;
}

export interface SeedData {
  tenants: Tenant[];
  plugins: PluginInfo[];
  releases: Release[];
  advisories: Advisory[];
}

/** Bytes of a seeded release's artifact: deterministic, so its digest can be published without storing it. */
export function seededArtifactBytes(plugin: string, version: string): Buffer {
  return Buffer.from(`PowerX plugin package ${plugin}@${version}\n(seeded by the simulator)\n`, 'utf8');
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function generateSeedData(options: SeedOptions): SeedData {
  const random = createRandom(`powerx-sim:${String(options.seed)}`);
  const templates = pluginTemplates(options.plugins);
  const plugins: PluginInfo[] = templates.map(({ id, name, description, owner }) => ({ id, name, description, owner }));
  const releases: Release[] = [];
  const lastMajor = new Map<string, number>();
  templates.forEach((template, index) => {
    const own = pluginReleases(random, template, index, templates, lastMajor);
    lastMajor.set(template.id, Math.max(...own.filter((r) => !r.prerelease).map((r) => semver.major(r.version))));
    releases.push(...own);
  });
  ensureSomeYanked(releases);
  const advisories = templates.flatMap((t, i) => pluginAdvisories(random, t, i, releases.filter((r) => r.plugin === t.id)));
  const tenants = generateTenants(random, options.tenants, templates, releases);
  return { tenants, plugins, releases, advisories };
}

function pluginTemplates(count: number): PluginTemplate[] {
  const list = PLUGIN_TEMPLATES.slice(0, count);
  for (let i = list.length; i < count; i++) {
    list.push({
      id: `vendor${i + 1}.plugin-${i + 1}`,
      name: `Plugin ${i + 1}`,
      description: `Generated catalog entry number ${i + 1}.`,
      owner: `Vendor ${i + 1}`,
      runtimes: [i % 3 === 0 ? 'python' : 'node'],
    });
  }
  return list;
}

interface VersionPlan {
  version: string;
  line: number;
}

function versionPlan(random: Random, majors: number): VersionPlan[] {
  const plan: VersionPlan[] = [];
  for (let line = 0; line < majors; line++) {
    const major = line + 1;
    if (major > 1) {
      plan.push({ version: `${major}.0.0-beta.1`, line });
      if (random.chance(0.7)) plan.push({ version: `${major}.0.0-rc.1`, line });
    }
    const minors = random.int(2, 4);
    for (let minor = 0; minor < minors; minor++) {
      const patches = random.int(0, 2);
      for (let patch = 0; patch <= patches; patch++) plan.push({ version: `${major}.${minor}.${patch}`, line });
    }
  }
  // A next major still in testing: never the "latest" release.
  if (random.chance(0.4)) plan.push({ version: `${majors + 1}.0.0-beta.1`, line: Math.min(majors, HOST_RANGES.length - 1) });
  return plan;
}

function pluginReleases(
  random: Random,
  template: PluginTemplate,
  index: number,
  templates: readonly PluginTemplate[],
  lastMajorOf: ReadonlyMap<string, number>,
): Release[] {
  // The first plugin always has three lines, so every scenario (LTS, prereleases, host blocks) exists in a small catalog.
  const majors = index === 0 ? 3 : random.int(2, 3);
  const plan = versionPlan(random, majors);
  const ltsLine = majors >= 2 ? majors - 2 : -1;
  const dependency = index > 0 && random.chance(0.45) ? templates[random.int(0, index - 1)] : undefined;
  const dependencyOptional = random.chance(0.35);
  const [vendor, name] = template.id.split('.') as [string, string];
  let at = Date.parse('2024-02-01T09:00:00Z') + random.int(0, 60) * DAY;
  let schema = 1;
  const lineFirstSchema: number[] = [];
  const releases: Release[] = [];
  for (const { version, line } of plan) {
    const parsed = semver.parse(version) as semver.SemVer;
    at += random.int(5, 22) * DAY + random.int(0, 8) * 3_600_000;
    if (at > SEED_EPOCH - DAY) at = SEED_EPOCH - DAY;
    const startsLine = parsed.minor === 0 && parsed.patch === 0 && parsed.prerelease.length === 0;
    if (startsLine || (parsed.patch === 0 && parsed.prerelease.length === 0 && random.chance(0.6))) schema++;
    if (lineFirstSchema[line] === undefined) lineFirstSchema[line] = schema;
    const minFrom = line === 0 ? 0 : (lineFirstSchema[line - 1] ?? 0);
    const hostRange = HOST_RANGES[Math.min(line, HOST_RANGES.length - 1)] as string;
    const runtimes: Record<string, string> = {};
    for (const runtime of template.runtimes) runtimes[runtime] = RUNTIME_RANGES[runtime][Math.min(line, 2)] as string;
    const dependencies: Record<string, DependencySpec> = {};
    if (dependency) {
      const depLast = lastMajorOf.get(dependency.id) ?? 1;
      const floor = Math.max(1, depLast - (majors - 1 - line));
      const range = `>=${floor}.0.0 <${depLast + 1}.0.0`;
      dependencies[dependency.id] = dependencyOptional ? { range, optional: true } : range;
    }
    const isLts = line === ltsLine && parsed.prerelease.length === 0;
    const release: Release = {
      plugin: template.id,
      version,
      releasedAt: new Date(at).toISOString(),
      changelogUrl: `https://github.com/${vendor}/${name}/releases/tag/v${version}`,
      manifest: {
        id: template.id,
        version,
        name: template.name,
        host: hostRange,
        runtimes,
        dependencies,
        migrations: { schema, minFrom, reversible: !(startsLine && line > 0 && random.chance(0.5)) },
      },
      lts: isLts,
      ltsLine: isLts ? `${line + 1}.x` : null,
      prerelease: parsed.prerelease.length > 0,
      yanked: false,
      yankedReason: null,
      digest: sha256Digest(seededArtifactBytes(template.id, version)),
    };
    releases.push(release);
  }
  const latest = latestStable(releases);
  for (const release of releases) {
    if (release === latest || release.prerelease) continue;
    if (random.chance(0.06)) {
      release.yanked = true;
      release.yankedReason = random.pick(YANK_REASONS);
    }
  }
  return releases;
}

function ensureSomeYanked(releases: Release[]): void {
  if (releases.some((r) => r.yanked)) return;
  const first = releases.filter((r) => r.plugin === releases[0]?.plugin && !r.prerelease);
  const victim = first[1];
  if (victim && victim !== latestStable(first)) {
    victim.yanked = true;
    victim.yankedReason = YANK_REASONS[0] as string;
  }
}

export function latestStable(releases: readonly Release[]): Release | undefined {
  let best: Release | undefined;
  for (const r of releases) if (!r.prerelease && !r.yanked && (!best || semver.gt(r.version, best.version))) best = r;
  return best;
}

function severityOf(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  return 'low';
}

function ghsaId(random: Random): string {
  const group = () => Array.from({ length: 4 }, () => GHSA_ALPHABET[random.int(0, GHSA_ALPHABET.length - 1)]).join('');
  return `GHSA-${group()}-${group()}-${group()}`;
}

function pluginAdvisories(random: Random, template: PluginTemplate, index: number, releases: readonly Release[]): Advisory[] {
  const count = index === 0 ? 2 : random.chance(0.55) ? random.int(1, 2) : 0;
  const stable = releases.filter((r) => !r.prerelease && !r.yanked);
  const advisories: Advisory[] = [];
  const used = new Set<string>();
  // A fix is never the first release of its line, so the affected range within the line is not empty.
  const fixable = stable.filter((r, i) => i > 0 && stable.slice(0, i).some((o) => semver.major(o.version) === semver.major(r.version)));
  for (let i = 0; i < count && fixable.length > 0; i++) {
    const vulnerability = index === 0 && i === 0 ? (VULNERABILITIES[0] as (typeof VULNERABILITIES)[number]) : random.pick(VULNERABILITIES);
    const id = ghsaId(random);
    const fix = random.pick(fixable);
    if (used.has(fix.version)) continue;
    used.add(fix.version);
    const fixLine = semver.major(fix.version);
    const lines = [...new Set(stable.map((r) => semver.major(r.version)))];
    // Sometimes an old line is abandoned: affected, with no fix on that line.
    const unfixedOldLine = lines.length > 1 && !(index === 0 && i === 0) && random.chance(0.25) ? (lines[0] as number) : undefined;
    const published = Math.min(Date.parse(fix.releasedAt) + random.int(1, 6) * DAY, SEED_EPOCH - DAY);
    advisories.push({
      id,
      plugin: template.id,
      summary: vulnerability.summary,
      severity: severityOf(vulnerability.score),
      cvssVector: vulnerability.vector,
      cvssScore: vulnerability.score,
      affected: unfixedOldLine !== undefined ? `<${unfixedOldLine + 1}.0.0` : `>=${fixLine}.0.0 <${fix.version}`,
      fixedIn: unfixedOldLine !== undefined ? null : fix.version,
      publishedAt: new Date(published).toISOString(),
      url: `https://github.com/advisories/${id}`,
    });
  }
  return advisories.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}

const TIERS: readonly Tier[] = ['free', 'free', 'standard', 'standard', 'standard', 'enterprise'];

function generateTenants(random: Random, count: number, templates: readonly PluginTemplate[], releases: readonly Release[]): Tenant[] {
  const poolSize = count === 0 ? 0 : Math.min(count, Math.max(2, Math.round(count / 10)));
  const pool = new Set(random.sample(Array.from({ length: count }, (_, i) => i), poolSize));
  const usedNames = new Set<string>();
  const tenants: Tenant[] = [];
  for (let i = 0; i < count; i++) {
    const testPool = pool.has(i);
    let name = `${random.pick(COMPANIES)} ${random.pick(COMPANY_SUFFIXES)}`;
    while (usedNames.has(name)) name = `${name} ${random.int(2, 99)}`;
    usedNames.add(name);
    const region = random.pick(REGIONS);
    const tier: Tier = testPool ? 'standard' : random.pick(TIERS);
    const tags = new Set(random.sample(INDUSTRY_TAGS, random.int(1, 2)));
    if (region.startsWith('eu-')) tags.add('eu-data-residency');
    if (random.chance(0.15)) tags.add('beta-program');
    if (tier === 'enterprise' && random.chance(0.5)) tags.add('vip');
    if (testPool) tags.add('test-pool');
    // Newer hosts are more common; test tenants run the newest so CI can exercise every line.
    const hostVersion = testPool ? (HOST_VERSIONS[HOST_VERSIONS.length - 1] as string) : HOST_VERSIONS[Math.max(random.int(0, HOST_VERSIONS.length - 1), random.int(0, HOST_VERSIONS.length - 1))] as string;
    const runtimes: Record<string, string> = { node: testPool ? (NODE_VERSIONS[2] as string) : random.pick(NODE_VERSIONS) };
    if (testPool || random.chance(0.8)) runtimes.python = testPool ? (PYTHON_VERSIONS[2] as string) : random.pick(PYTHON_VERSIONS);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const tenant: Tenant = {
      id: `tn-${String(i + 1).padStart(4, '0')}`,
      name,
      tags: [...tags].sort(),
      tier,
      region,
      url: `https://${slug}.powerx.example`,
      hostVersion,
      runtimes,
      plugins: [],
      testPool,
    };
    tenant.plugins = testPool ? [] : installPlugins(random, tenant, templates, releases);
    tenants.push(tenant);
  }
  return tenants;
}

function installPlugins(random: Random, tenant: Tenant, templates: readonly PluginTemplate[], releases: readonly Release[]): InstalledPlugin[] {
  const installed: InstalledPlugin[] = [];
  const wanted = random.sample(templates.map((_, i) => i), random.int(2, Math.min(6, templates.length))).sort((a, b) => a - b);
  const candidates = (pluginId: string) =>
    releases
      .filter((r) => r.plugin === pluginId && !r.prerelease && !r.yanked && environmentProblems(tenant, r).length === 0)
      .sort((a, b) => semver.rcompare(a.version, b.version));

  const install = (pluginId: string, accept: (r: Release) => boolean, lag: boolean): boolean => {
    if (installed.some((p) => p.id === pluginId)) return true;
    const options = candidates(pluginId).filter(accept);
    for (const choice of lag ? lagged(random, options) : options) {
      const ok = Object.entries(choice.manifest.dependencies).every(([dep, spec]) => {
        const { range, optional } = dependencyRange(spec);
        const present = installed.find((p) => p.id === dep);
        if (present) return satisfies(present.version, range);
        return optional || install(dep, (r) => satisfies(r.version, range), false);
      });
      if (!ok) continue;
      const installedAt = Math.min(Date.parse(choice.releasedAt) + random.int(1, 30) * DAY, SEED_EPOCH - 3_600_000);
      installed.push({ id: pluginId, version: choice.version, installedAt: new Date(installedAt).toISOString(), status: random.chance(0.04) ? 'disabled' : 'active' });
      return true;
    }
    return false;
  };

  for (const index of wanted) install((templates[index] as PluginTemplate).id, () => true, true);
  return installed.sort((a, b) => a.id.localeCompare(b.id));
}

/** Candidates ordered so that most tenants run the newest release, some lag a few releases behind. */
function lagged(random: Random, newestFirst: readonly Release[]): Release[] {
  if (newestFirst.length <= 1) return [...newestFirst];
  const roll = random.next();
  const start = roll < 0.55 ? 0 : roll < 0.85 ? random.int(1, Math.min(3, newestFirst.length - 1)) : random.int(1, newestFirst.length - 1);
  return [...newestFirst.slice(start), ...newestFirst.slice(0, start)];
}
