import { describe, expect, it } from 'vitest';
import { checkCompat, createCompatChecker } from '@powerx/core/compat/engine.js';
import { catalog, conflict, input, manifest, matrix, NOW, tenant } from './fixtures.js';

const releases = [
  manifest({ version: '2.0.0', host: '>=3.0.0 <3.4.0' }),
  manifest({ version: '2.1.0', host: '>=3.0.0 <3.5.0' }),
  manifest({ version: '2.2.0', host: '>=3.0.0 <3.5.0' }),
  manifest({ version: '2.3.0-rc.1', host: '>=3.0.0 <3.6.0' }),
  manifest({ version: '2.4.0', host: '>=3.5.0 <4.0.0' }),
];

describe('remediation', () => {
  it('host-mismatch names the lowest catalog version above the installed one that passes on the tenant', () => {
    const result = checkCompat(
      input({ manifest: releases[4], tenant: tenant({ hostVersion: '3.4.1', plugins: [{ id: 'acme.crm-sync', version: '2.0.0' }] }), catalog: catalog(releases) }),
    );
    expect(conflict(result, 'host-mismatch').remediation).toBe(
      'Move the tenant to a host in >=3.5.0 <4.0.0; or use acme.crm-sync@2.1.0, the lowest catalog version that passes on this tenant.',
    );
  });

  it('skips yanked releases and prereleases', () => {
    const result = checkCompat(
      input({
        manifest: releases[4],
        tenant: tenant({ hostVersion: '3.4.1', plugins: [{ id: 'acme.crm-sync', version: '2.0.0' }] }),
        catalog: catalog(releases, ['acme.crm-sync@2.1.0']),
      }),
    );
    expect(conflict(result, 'host-mismatch').remediation).toContain('acme.crm-sync@2.2.0');
  });

  it('says so when no catalog version passes', () => {
    const result = checkCompat(input({ manifest: releases[4], tenant: tenant({ hostVersion: '2.9.0' }), catalog: catalog(releases) }));
    expect(conflict(result, 'host-mismatch').remediation).toBe('Move the tenant to a host in >=3.5.0 <4.0.0; no other catalog version of acme.crm-sync passes on this tenant.');
  });

  it('a downgrade suggests the nearest lower version that passes', () => {
    const chain = [
      manifest({ version: '1.0.0', migrations: { schema: 1 } }),
      manifest({ version: '1.1.0', migrations: { schema: 2, minFrom: 1 } }),
      manifest({ version: '1.2.0', migrations: { schema: 3, minFrom: 2, reversible: true } }),
    ];
    const result = checkCompat(
      input({ manifest: chain[0], tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '1.2.0' }] }), catalog: catalog(chain), matrix: matrix() }),
    );
    expect(conflict(result, 'migration-irreversible').remediation).toContain('or use acme.crm-sync@1.1.0, the nearest lower catalog version that passes on this tenant');
  });

  it('dependency conflicts name the dependency version to install or upgrade to', () => {
    const deps = [
      manifest({ id: 'acme.core', version: '1.7.0', host: '^3.0.0' }),
      manifest({ id: 'acme.core', version: '1.8.0', host: '^4.0.0' }),
      manifest({ id: 'acme.core', version: '1.8.2', host: '^3.0.0' }),
    ];
    const target = manifest({ dependencies: { 'acme.core': '^1.8.0' } });
    const missing = checkCompat(input({ manifest: target, catalog: catalog(deps) }));
    expect(conflict(missing, 'dependency-missing').remediation).toMatch(
      /^Install acme\.core@1\.8\.2 first \(the lowest catalog version in \^1\.8\.0 that supports host 3\.4\.1\); /,
    );
    const old = checkCompat(input({ manifest: target, catalog: catalog(deps), tenant: tenant({ plugins: [{ id: 'acme.core', version: '1.7.0' }] }) }));
    expect(conflict(old, 'dependency-mismatch').remediation).toMatch(/^Upgrade acme\.core from 1\.7\.0 to 1\.8\.2 first/);
  });

  it('runtime, matrix, untested, stale and prerelease conflicts each say what to do', () => {
    const result = checkCompat(
      input({
        manifest: manifest({ version: '2.5.0-rc.1' }),
        tenant: tenant({ runtimes: { node: '18.0.0' } }),
        matrix: matrix({ generatedAt: '2026-10-01T00:00:00Z', rules: [] }),
      }),
    );
    expect(conflict(result, 'runtime-mismatch').remediation).toMatch(/^Move node from 18\.0\.0 to a version in >=20\.0\.0; /);
    expect(conflict(result, 'untested').remediation).toBe('Test acme.crm-sync@2.5.0-rc.1 on host 3.4.1 and add a compatible rule to the compat matrix.');
    expect(conflict(result, 'matrix-stale').remediation).toBe('Regenerate config/version/compat_matrix.yaml (generatedAt 2026-10-01T00:00:00Z).');
    expect(conflict(result, 'prerelease').remediation).toBe('Use a stable release outside test tenants.');
    for (const c of result.conflicts) expect(c.remediation).not.toBe('');
  });
});

describe('a prepared checker', () => {
  it('checks many tenants with the same answers as one-off checks', () => {
    const m = matrix({ rules: [{ plugin: 'acme.crm-sync', versions: '2.4.x', host: '3.4.1', verdict: 'incompatible' }, { plugin: '*', versions: '*', host: '^3.0.0', verdict: 'compatible' }] });
    const checker = createCompatChecker({ manifest: manifest(), catalog: catalog(releases), matrix: m, exceptions: [], now: NOW });
    const tenants = ['3.4.1', '3.4.2', '3.4.1', '4.0.0', '3.9.9'].map((hostVersion, i) => tenant({ id: `tn-${i}`, hostVersion }));
    const many = tenants.map((t) => checker.check(t));
    const single = tenants.map((t) => checkCompat(input({ tenant: t, matrix: m, catalog: catalog(releases) })));
    expect(many).toEqual(single);
    expect(many.map((r) => r.verdict)).toEqual(['block', 'pass', 'block', 'block', 'pass']);
  });
});
