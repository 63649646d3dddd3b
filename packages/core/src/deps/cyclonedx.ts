import { randomUUID } from 'node:crypto';
import satisfies from 'spdx-satisfies';
import type { DependencyNode, DependencyTree } from './npm-tree.js';

type Json = Record<string, unknown>;

export interface SbomOptions {
  specVersion?: '1.5' | '1.6';
  /** Generation time (metadata.timestamp). */
  now: Date;
  tool: { name: string; version: string };
  /** A BOM should get a new serial number every time it is generated; tests pass a fixed one. */
  serialNumber?: string;
}

function encodePart(value: string): string {
  return encodeURIComponent(value);
}

/** Package URL of an npm package: `pkg:npm/%40scope/name@1.2.3`. */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const path = slash > 0 ? `${encodePart(name.slice(0, slash))}/${encodePart(name.slice(slash + 1))}` : encodePart(name);
  return `pkg:npm/${path}${version ? `@${encodePart(version)}` : ''}`;
}

/**
 * CycloneDX licence choice: a single SPDX id as `license.id`, any other valid expression as `expression`,
 * anything else (custom text, LicenseRef) as `license.name`.
 */
export function cyclonedxLicenses(license: string | undefined): Json[] | undefined {
  if (!license) return undefined;
  let valid = true;
  try {
    satisfies(license, ['MIT']);
  } catch {
    valid = false;
  }
  if (valid && /^[A-Za-z0-9.-]+$/.test(license) && !/^LicenseRef-/i.test(license)) return [{ license: { id: license } }];
  if (valid) return [{ expression: license }];
  return [{ license: { name: license } }];
}

/** npm `integrity` (Subresource Integrity) as CycloneDX hashes. */
export function integrityHashes(integrity: string | undefined): Json[] | undefined {
  if (!integrity) return undefined;
  const names: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
  const hashes = integrity
    .split(/\s+/)
    .map((part) => /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ alg: names[m[1]!]!, content: Buffer.from(m[2]!, 'base64').toString('hex') }));
  return hashes.length > 0 ? hashes : undefined;
}

function component(node: DependencyNode, paths: string[]): Json {
  const slash = node.name.startsWith('@') ? node.name.indexOf('/') : -1;
  const purl = npmPurl(node.name, node.version);
  const out: Json = {
    type: 'library',
    'bom-ref': purl,
    ...(slash > 0 ? { group: node.name.slice(0, slash), name: node.name.slice(slash + 1) } : { name: node.name }),
    version: node.version,
    scope: node.dev ? 'excluded' : node.optional ? 'optional' : 'required',
    purl,
  };
  const licenses = cyclonedxLicenses(node.license);
  if (licenses) out.licenses = licenses;
  const hashes = integrityHashes(node.integrity);
  if (hashes) out.hashes = hashes;
  if (node.resolved && /^https?:\/\//.test(node.resolved)) out.externalReferences = [{ type: 'distribution', url: node.resolved }];
  out.properties = paths.map((p) => ({ name: 'cdx:npm:package:path', value: p }));
  return out;
}

/**
 * A CycloneDX 1.6 (or 1.5) JSON BOM of an npm dependency tree: one component per package and version (every
 * install path recorded as a `cdx:npm:package:path` property), dev-only packages with scope `excluded`, licences,
 * integrity hashes, and the dependency graph as Node resolves it.
 */
export function buildCycloneDx(tree: DependencyTree, options: SbomOptions): Json {
  const refOf = new Map<string, string>();
  const byRef = new Map<string, { node: DependencyNode; paths: string[]; depends: Set<string> }>();
  for (const node of tree.packages) {
    const ref = npmPurl(node.name, node.version);
    refOf.set(node.path, ref);
    const entry = byRef.get(ref);
    if (entry) {
      entry.paths.push(node.path);
      // A package counts as shipped when any of its copies is.
      if (!node.dev) entry.node = { ...entry.node, dev: false, optional: entry.node.optional && node.optional };
    } else {
      byRef.set(ref, { node, paths: [node.path], depends: new Set() });
    }
  }
  for (const node of tree.packages) {
    const entry = byRef.get(refOf.get(node.path)!)!;
    for (const dep of node.dependencies) {
      const ref = refOf.get(dep);
      if (ref && ref !== refOf.get(node.path)) entry.depends.add(ref);
    }
  }
  const rootRef = tree.root.name ? npmPurl(tree.root.name, tree.root.version) : 'root';
  const rootComponent: Json = { type: 'application', 'bom-ref': rootRef, name: tree.root.name || 'root', ...(tree.root.version ? { version: tree.root.version } : {}) };
  if (tree.root.name) rootComponent.purl = rootRef;
  const rootLicenses = cyclonedxLicenses(tree.root.license);
  if (rootLicenses) rootComponent.licenses = rootLicenses;
  const sorted = [...byRef.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    $schema: `http://cyclonedx.org/schema/bom-${options.specVersion ?? '1.6'}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: options.specVersion ?? '1.6',
    serialNumber: `urn:uuid:${options.serialNumber ?? randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: options.now.toISOString(),
      lifecycles: [{ phase: 'build' }],
      tools: { components: [{ type: 'application', name: options.tool.name, version: options.tool.version }] },
      component: rootComponent,
    },
    components: sorted.map(([, e]) => component(e.node, e.paths)),
    dependencies: [
      { ref: rootRef, dependsOn: [...new Set(tree.root.dependencies.map((p) => refOf.get(p)).filter((r): r is string => r !== undefined))].sort() },
      ...sorted.map(([ref, e]) => ({ ref, dependsOn: [...e.depends].sort() })),
    ],
  };
}
