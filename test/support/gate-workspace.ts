/** A plugin repository on disk as the gates see it after the regression run: manifest, gate config, reports. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './harness.js';

export function gateWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-gate-'));
  write(dir, 'powerx-plugin.yaml', 'id: acme.crm-sync\nversion: 2.4.0\nname: CRM Sync\nhost: ">=3.2.0 <4.0.0"\n');
  copyFileSync(join(repoRoot, 'config', 'publish', 'quality_gates.yaml'), join(mkdirp(dir, 'config/publish'), 'quality_gates.yaml'));
  return dir;
}

export function write(dir: string, path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

function mkdirp(dir: string, path: string): string {
  const full = join(dir, path);
  mkdirSync(full, { recursive: true });
  return full;
}

type Pair = readonly [covered: number, total: number];

/** istanbul json-summary with one file per entry of `files` (all four metrics share the given counts unless set). */
export function istanbulSummary(files: Record<string, { lines: Pair; branches?: Pair; functions?: Pair; statements?: Pair }>): string {
  const count = ([covered, total]: Pair) => ({ total, covered, skipped: 0, pct: total === 0 ? 100 : Math.round((covered / total) * 10000) / 100 });
  const out: Record<string, unknown> = {};
  const sum: Record<string, [number, number]> = { lines: [0, 0], branches: [0, 0], functions: [0, 0], statements: [0, 0] };
  const entries = Object.entries(files).map(([path, f]) => {
    const metrics = { lines: f.lines, branches: f.branches ?? f.lines, functions: f.functions ?? f.lines, statements: f.statements ?? f.lines };
    for (const [k, v] of Object.entries(metrics)) {
      sum[k]![0] += v[0];
      sum[k]![1] += v[1];
    }
    return [path, Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, count(v)]))] as const;
  });
  out.total = Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, count(v)]));
  for (const [path, value] of entries) out[path] = value;
  return JSON.stringify(out, null, 2);
}

/** jest-junit style XML with `passed` passing and `failed` failing test cases (plus `skipped`). */
export function junitXml(passed: number, failed = 0, skipped = 0): string {
  const cases: string[] = [];
  for (let i = 0; i < passed; i++) cases.push(`    <testcase classname="sync" name="passes ${i + 1}" time="0.01"/>`);
  for (let i = 0; i < failed; i++) cases.push(`    <testcase classname="sync" name="fails ${i + 1}" file="src/sync.test.ts" line="${10 + i}"><failure message="expected 200, got 500">AssertionError</failure></testcase>`);
  for (let i = 0; i < skipped; i++) cases.push(`    <testcase classname="sync" name="skipped ${i + 1}"><skipped/></testcase>`);
  const total = passed + failed + skipped;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="regression" tests="${total}" failures="${failed}" errors="0">\n  <testsuite name="crm-sync regression" tests="${total}" failures="${failed}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

export interface LockPackage {
  path: string;
  version: string;
  license?: string;
  dev?: boolean;
  dependencies?: Record<string, string>;
}

/** package.json and a lockfile v3 for `packages`; the root depends on every top-level package. */
export function npmProject(dir: string, packages: readonly LockPackage[], name = 'crm-sync-plugin'): void {
  const top = packages.filter((p) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(p.path));
  const deps = Object.fromEntries(top.filter((p) => !p.dev).map((p) => [p.path.slice('node_modules/'.length), `^${p.version}`]));
  const devDeps = Object.fromEntries(top.filter((p) => p.dev).map((p) => [p.path.slice('node_modules/'.length), `^${p.version}`]));
  write(dir, 'package.json', JSON.stringify({ name, version: '2.4.0', license: 'Apache-2.0', dependencies: deps, devDependencies: devDeps }, null, 2));
  const entries: Record<string, unknown> = { '': { name, version: '2.4.0', license: 'Apache-2.0', dependencies: deps, devDependencies: devDeps } };
  for (const p of packages) {
    const pkgName = p.path.slice(p.path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    entries[p.path] = {
      version: p.version,
      resolved: `https://registry.npmjs.org/${pkgName}/-/${pkgName.split('/').pop()}-${p.version}.tgz`,
      integrity: `sha512-${Buffer.from(`${p.path}@${p.version}`).toString('base64')}`,
      ...(p.dev ? { dev: true } : {}),
      ...(p.license ? { license: p.license } : {}),
      ...(p.dependencies ? { dependencies: p.dependencies } : {}),
    };
  }
  write(dir, 'package-lock.json', JSON.stringify({ name, version: '2.4.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2));
}

/** A stand-in `npm` that prints `auditJson` for `npm audit --json` and exits 1 as npm does when it finds something. */
export function fakeNpm(dir: string, auditJson: string): { PATH: string } {
  const bin = join(dir, '.fake-bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'audit.json'), auditJson);
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\n[ "$1" = audit ] && [ "$2" = --json ] || { echo "unexpected npm $*" >&2; exit 3; }\ncat "${join(bin, 'audit.json')}"\nexit 1\n`, { mode: 0o755 });
  return { PATH: `${bin}:${process.env.PATH ?? ''}` };
}
