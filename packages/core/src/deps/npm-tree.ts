import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportError, lineColumn, isObject } from '../reports/source.js';

/** One installed package. */
export interface DependencyNode {
  /** Install path as package-lock.json keys it: `node_modules/a/node_modules/b`. */
  path: string;
  name: string;
  version: string;
  /** The declared licence as an SPDX expression (legacy `{type}` objects and `licenses` arrays converted). */
  license?: string;
  dev: boolean;
  optional: boolean;
  resolved?: string;
  integrity?: string;
  /** Paths of the packages it depends on, resolved the way Node resolves them. */
  dependencies: string[];
}

export interface DependencyTree {
  root: { name: string; version: string; license?: string; dependencies: string[] };
  packages: DependencyNode[];
  /** What the tree was read from. */
  source: 'package-lock.json' | 'npm-shrinkwrap.json' | 'node_modules';
  /** The lockfile, relative to the directory read, when there was one. */
  lockfile?: string;
  /** Line of a package's entry in the lockfile, for annotations. */
  lineOf(path: string): number | undefined;
}

type Json = Record<string, unknown>;

/** Spelled at run time: a literal file name in a path join makes the bundler copy every such file it can find. */
export const PACKAGE_JSON = ['package', 'json'].join('.');

/** `license` as npm packages write it: a string, a legacy `{type}` object, or a legacy `licenses` array. */
export function declaredLicense(manifest: Json): string | undefined {
  const license = manifest.license;
  if (typeof license === 'string' && license.trim() !== '') return license.trim();
  if (isObject(license) && typeof license.type === 'string' && license.type.trim() !== '') return license.type.trim();
  const list = manifest.licenses;
  if (Array.isArray(list)) {
    const types = list.map((l) => (isObject(l) ? l.type : l)).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    if (types.length === 1) return types[0]!.trim();
    if (types.length > 1) return `(${types.map((t) => t.trim()).join(' OR ')})`;
  }
  return undefined;
}

/** The nearest `node_modules/<name>` from `from` upwards, as Node's resolution finds it. */
function resolveFrom(from: string, name: string, exists: (path: string) => boolean): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (exists(candidate)) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

function nameFromPath(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  return at < 0 ? path : path.slice(at + 'node_modules/'.length);
}

function depNames(entry: Json): string[] {
  const names = new Set<string>();
  for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = entry[key];
    if (isObject(deps)) for (const name of Object.keys(deps)) names.add(name);
  }
  return [...names];
}

/** The root also depends on its devDependencies (installed, marked dev). */
function rootDepNames(entry: Json): string[] {
  return [...new Set([...depNames(entry), ...(isObject(entry.devDependencies) ? Object.keys(entry.devDependencies) : [])])];
}

async function readJson(path: string): Promise<Json | undefined> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown;
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** lockfile v1 `dependencies` (nested) flattened to v2 `packages` keys. */
function flattenV1(deps: Json, prefix: string, out: Record<string, Json>): void {
  for (const [name, value] of Object.entries(deps)) {
    if (!isObject(value)) continue;
    const path = `${prefix}node_modules/${name}`;
    out[path] = { ...value, dependencies: isObject(value.requires) ? value.requires : {} };
    if (isObject(value.dependencies)) flattenV1(value.dependencies, `${path}/`, out);
  }
}

function fromLockfile(lock: Json, text: string, file: string): Omit<DependencyTree, 'source'> {
  let entries: Record<string, Json>;
  if (isObject(lock.packages)) {
    entries = lock.packages as Record<string, Json>;
  } else if (isObject(lock.dependencies)) {
    entries = {};
    flattenV1(lock.dependencies, '', entries);
  } else {
    throw reportError(file, 'is not an npm lockfile: it has neither "packages" (lockfile v2/v3) nor "dependencies" (v1)', { line: 1, column: 1 }, 'not-lockfile');
  }
  const rootEntry = isObject(entries['']) ? entries[''] : {};
  const exists = (path: string) => isObject(entries[path]);
  const packages: DependencyNode[] = [];
  for (const [path, raw] of Object.entries(entries)) {
    if (path === '' || !isObject(raw) || !path.includes('node_modules/')) continue;
    // A workspace link points at the folder that holds the package.
    const entry = raw.link === true && typeof raw.resolved === 'string' && isObject(entries[raw.resolved]) ? { ...(entries[raw.resolved] as Json), link: true } : raw;
    const name = typeof entry.name === 'string' ? entry.name : nameFromPath(path);
    const node: DependencyNode = {
      path,
      name,
      version: typeof entry.version === 'string' ? entry.version : '',
      dev: entry.dev === true || entry.devOptional === true,
      optional: entry.optional === true || entry.devOptional === true,
      dependencies: [],
    };
    const license = declaredLicense(entry);
    if (license) node.license = license;
    if (typeof raw.resolved === 'string' && raw.link !== true) node.resolved = raw.resolved;
    if (typeof entry.integrity === 'string') node.integrity = entry.integrity;
    const from = raw.link === true && typeof raw.resolved === 'string' ? raw.resolved : path;
    node.dependencies = depNames(entry)
      .map((dep) => resolveFrom(from, dep, exists))
      .filter((p): p is string => p !== undefined);
    packages.push(node);
  }
  const root: DependencyTree['root'] = {
    name: typeof rootEntry.name === 'string' ? rootEntry.name : typeof lock.name === 'string' ? lock.name : '',
    version: typeof rootEntry.version === 'string' ? rootEntry.version : typeof lock.version === 'string' ? lock.version : '',
    // Lockfile v1 has no root entry: its top-level packages are the root's dependencies.
    dependencies: isObject(entries[''])
      ? rootDepNames(rootEntry).map((dep) => resolveFrom('', dep, exists)).filter((p): p is string => p !== undefined)
      : Object.keys(entries).filter((p) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(p)),
  };
  const rootLicense = declaredLicense(rootEntry);
  if (rootLicense) root.license = rootLicense;
  return {
    root,
    packages,
    lockfile: file,
    lineOf: (path) => {
      const at = text.indexOf(`"${path}":`);
      return at < 0 ? undefined : lineColumn(text, at).line;
    },
  };
}

async function fromNodeModules(dir: string): Promise<Omit<DependencyTree, 'source'> | undefined> {
  const rootManifest = await readJson(join(dir, PACKAGE_JSON));
  const found = new Map<string, Json>();
  const walk = async (base: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(join(dir, base));
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      if (name.startsWith('@')) {
        const scoped = await readdir(join(dir, base, name)).catch(() => [] as string[]);
        for (const inner of scoped.sort()) await visit(`${base}/${name}/${inner}`);
      } else {
        await visit(`${base}/${name}`);
      }
    }
  };
  const visit = async (path: string): Promise<void> => {
    const manifest = await readJson(join(dir, path, PACKAGE_JSON));
    if (!manifest || found.size >= 50_000) return;
    found.set(path, manifest);
    await walk(`${path}/node_modules`);
  };
  await walk('node_modules');
  if (found.size === 0) return undefined;
  const exists = (path: string) => found.has(path);
  const packages: DependencyNode[] = [...found].map(([path, manifest]) => {
    const node: DependencyNode = {
      path,
      name: typeof manifest.name === 'string' ? manifest.name : nameFromPath(path),
      version: typeof manifest.version === 'string' ? manifest.version : '',
      dev: false,
      optional: false,
      dependencies: depNames(manifest)
        .map((dep) => resolveFrom(path, dep, exists))
        .filter((p): p is string => p !== undefined),
    };
    const license = declaredLicense(manifest);
    if (license) node.license = license;
    return node;
  });
  const root: DependencyTree['root'] = {
    name: typeof rootManifest?.name === 'string' ? rootManifest.name : '',
    version: typeof rootManifest?.version === 'string' ? rootManifest.version : '',
    dependencies: rootManifest
      ? rootDepNames(rootManifest)
          .map((dep) => resolveFrom('', dep, exists))
          .filter((p): p is string => p !== undefined)
      : [],
  };
  const rootLicense = rootManifest ? declaredLicense(rootManifest) : undefined;
  if (rootLicense) root.license = rootLicense;
  return { root, packages, lineOf: () => undefined };
}

/**
 * The npm dependency tree of a project: package-lock.json (or npm-shrinkwrap.json; lockfile v1, v2 and v3),
 * with licences the lockfile lacks read from `node_modules/<path>/package.json`; without a lockfile, the
 * installed `node_modules` tree itself. Undefined when the directory has neither (not an npm project).
 */
export async function readNpmTree(dir: string): Promise<DependencyTree | undefined> {
  for (const file of ['npm-shrinkwrap.json', 'package-lock.json'] as const) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch {
      continue;
    }
    let lock: unknown;
    try {
      lock = JSON.parse(text);
    } catch (error) {
      throw reportError(file, `is not valid JSON (${(error as Error).message.split('\n')[0]})`, { line: 1, column: 1 }, 'not-lockfile');
    }
    if (!isObject(lock)) throw reportError(file, 'is not an npm lockfile: expected an object', { line: 1, column: 1 }, 'not-lockfile');
    const tree = fromLockfile(lock, text, file);
    for (const node of tree.packages) {
      if (node.license) continue;
      const manifest = await readJson(join(dir, node.path, PACKAGE_JSON));
      const license = manifest ? declaredLicense(manifest) : undefined;
      if (license) node.license = license;
    }
    return { ...tree, source: file };
  }
  const installed = await fromNodeModules(dir);
  return installed ? { ...installed, source: 'node_modules' } : undefined;
}
