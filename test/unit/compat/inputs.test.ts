import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadExceptions, loadManifest, loadMatrix, loadTenant, loadTenants } from '@powerx/core/compat/inputs.js';
import type { ConfigError } from '@powerx/core/errors.js';
import { isConfigError } from '@powerx/core/errors.js';

const root = join(import.meta.dirname, '..', '..', '..');

function issues(fn: () => unknown): ConfigError['issues'] {
  try {
    fn();
  } catch (error) {
    if (isConfigError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const MANIFEST = `id: acme.crm-sync
version: 2.4.0
name: CRM Sync
host: ">=3.2.0 <4.0.0"
runtimes:
  node: ">=20"
dependencies:
  acme.core: ^1.8.0
  acme.analytics:
    range: ^3.0.0
    optional: true
migrations:
  schema: 7
  minFrom: 5
`;

describe('manifest loader', () => {
  it('loads the sample manifest with defaults applied', () => {
    const manifest = loadManifest(readFileSync(join(root, 'examples/powerx-plugin.yaml'), 'utf8'), 'powerx-plugin.yaml');
    expect(manifest).toMatchObject({ id: 'acme.crm-sync', version: '2.4.0', host: '>=3.2.0 <4.0.0', migrations: { schema: 7, minFrom: 5, reversible: true } });
  });

  it('accepts JSON', () => {
    const manifest = loadManifest(JSON.stringify({ id: 'acme.x', version: '1.0.0', name: 'X', host: '^3.0.0' }), 'powerx-plugin.json');
    expect(manifest).toMatchObject({ id: 'acme.x', runtimes: {}, dependencies: {} });
  });

  it('locates a range node-semver rejects at its line and key', () => {
    const text = MANIFEST.replace('node: ">=20"', 'node: ">=20 <=> 22"').replace('acme.core: ^1.8.0', 'acme.core: ~1.8.0beta');
    expect(issues(() => loadManifest(text, 'powerx-plugin.yaml'))).toEqual([
      { file: 'powerx-plugin.yaml', line: 6, column: 9, pointer: '/runtimes/node', message: '">=20 <=> 22" is not a valid node-semver range', code: 'semver' },
      { file: 'powerx-plugin.yaml', line: 8, column: 14, pointer: '/dependencies/acme.core', message: '"~1.8.0beta" is not a valid node-semver range', code: 'semver' },
    ]);
  });

  it('locates an optional dependency range at its range key', () => {
    const found = issues(() => loadManifest(MANIFEST.replace('range: ^3.0.0', 'range: ^3.0.0.1'), 'm.yaml'));
    expect(found).toMatchObject([{ line: 10, pointer: '/dependencies/acme.analytics/range' }]);
  });

  it('rejects a version with a leading v or loose parts (schema), and minFrom above schema', () => {
    expect(issues(() => loadManifest(MANIFEST.replace('version: 2.4.0', 'version: v2.4.0'), 'm.yaml'))).toMatchObject([{ line: 2, pointer: '/version', code: 'pattern' }]);
    expect(issues(() => loadManifest(MANIFEST.replace('minFrom: 5', 'minFrom: 8'), 'm.yaml'))).toMatchObject([
      { line: 14, pointer: '/migrations/minFrom', message: 'migrations.minFrom 8 is above migrations.schema 7' },
    ]);
  });

  it('reports schema errors (unknown keys, missing host) with their lines', () => {
    const found = issues(() => loadManifest(MANIFEST.replace('host: ">=3.2.0 <4.0.0"\n', 'hosts: ">=3.2.0"\n'), 'm.yaml'));
    expect(found.map((i) => [i.line, i.pointer, i.message])).toEqual([
      [1, '/host', 'is required'],
      [4, '/hosts', 'is not a known key'],
    ]);
  });
});

describe('matrix loader', () => {
  it('loads the default matrix', () => {
    const matrix = loadMatrix(readFileSync(join(root, 'config/version/compat_matrix.yaml'), 'utf8'), 'config/version/compat_matrix.yaml');
    expect(matrix.thresholds?.block).toBe(50);
    expect(matrix.weights?.['host-mismatch']).toBe(80);
  });

  it('locates a rule range node-semver rejects', () => {
    const text = 'generatedAt: 2026-11-01T00:00:00Z\nrules:\n  - plugin: acme.crm-sync\n    versions: 2.4.x\n    host: ">=3..0"\n    verdict: compatible\n';
    expect(issues(() => loadMatrix(text, 'matrix.yaml'))).toMatchObject([{ line: 5, column: 11, pointer: '/rules/0/host' }]);
  });
});

describe('tenant, catalog and exception files', () => {
  it('loads one tenant and an inventory', () => {
    expect(loadTenant('id: tn-0001\nhostVersion: 3.4.1\n', 't.yaml')).toEqual({ id: 'tn-0001', hostVersion: '3.4.1', runtimes: {}, plugins: [] });
    const tenants = loadTenants('tenants:\n  - { id: tn-1, hostVersion: 3.4.1, plugins: [{ id: acme.core, version: 1.8.0 }] }\n  - { id: tn-2, hostVersion: 3.5.0 }\n', 'ts.yaml');
    expect(tenants.map((t) => t.id)).toEqual(['tn-1', 'tn-2']);
  });

  it('locates invalid versions and duplicate tenants', () => {
    const text = 'tenants:\n  - id: tn-1\n    hostVersion: "3.4"\n  - id: tn-1\n    hostVersion: 3.4.1\n    plugins:\n      - { id: acme.core, version: "1.8" }\n';
    expect(issues(() => loadTenants(text, 'ts.yaml')).map((i) => [i.line, i.pointer, i.message])).toEqual([
      [3, '/tenants/0/hostVersion', '"3.4" is not a valid semver version'],
      [4, '/tenants/1/id', 'tenant tn-1 appears more than once'],
      [7, '/tenants/1/plugins/0/version', '"1.8" is not a valid semver version'],
    ]);
  });

  it('loads a catalog and checks that each manifest belongs to its release', () => {
    const ok = 'plugins:\n  - id: acme.core\n    releases:\n      - version: 1.8.0\n        manifest: { id: acme.core, version: 1.8.0, host: ^3.0.0 }\n';
    expect(loadCatalog(ok, 'c.yaml').plugins[0]?.releases[0]?.manifest.host).toBe('^3.0.0');
    const bad = ok.replace('manifest: { id: acme.core, version: 1.8.0', 'manifest: { id: acme.core, version: 1.8.1');
    expect(issues(() => loadCatalog(bad, 'c.yaml'))).toMatchObject([{ line: 5, pointer: '/plugins/0/releases/0/manifest/version' }]);
  });

  it('loads exception records and rejects unknown codes with their line', () => {
    const record = {
      id: 'cx-1',
      plugin: 'acme.crm-sync',
      versions: '2.4.x',
      tenants: ['tn-1'],
      waive: ['host-mismatch'],
      reason: 'r',
      status: 'approved',
      requestedBy: 'alice',
      requestedAt: '2026-11-09T08:00:00Z',
    };
    expect(loadExceptions(JSON.stringify({ exceptions: [record] }), 'x.json')).toHaveLength(1);
    const text = JSON.stringify({ exceptions: [{ ...record, waive: ['host-mismatch', 'hostmismatch'] }] }, null, 2);
    expect(issues(() => loadExceptions(text, 'x.json'))).toMatchObject([{ pointer: '/exceptions/0/waive/1', code: 'enum', line: 12 }]);
  });
});
