import { describe, expect, it } from 'vitest';
import { checkCompat } from '@powerx/core/compat/engine.js';
import { isConfigError } from '@powerx/core/errors.js';
import { catalog, codes, conflict, input, manifest, matrix, tenant } from './fixtures.js';

describe('a clean check', () => {
  it('passes with no conflicts, score 0 and level low', () => {
    const result = checkCompat(input());
    expect(result).toMatchObject({ tenant: 'tn-0001', plugin: 'acme.crm-sync', version: '2.4.0', operation: 'install', verdict: 'pass', risk: { score: 0, level: 'low' } });
    expect(result.conflicts).toEqual([]);
    expect(result.exception).toBeUndefined();
  });
});

describe('host', () => {
  it('host-mismatch when the tenant host is outside the manifest range', () => {
    const result = checkCompat(input({ tenant: tenant({ hostVersion: '4.0.0' }) }));
    expect(conflict(result, 'host-mismatch')).toMatchObject({
      severity: 'error',
      subject: 'host',
      required: '>=3.2.0 <4.0.0',
      actual: '4.0.0',
      field: '/host',
      weight: 80,
      waived: false,
    });
    expect(conflict(result, 'host-mismatch').message).toBe('acme.crm-sync@2.4.0 requires host >=3.2.0 <4.0.0; the tenant runs host 4.0.0');
    expect(result.verdict).toBe('block');
  });

  it('a prerelease host satisfies only ranges that name a prerelease of the same major.minor.patch', () => {
    const blocked = checkCompat(input({ tenant: tenant({ hostVersion: '3.5.0-rc.1' }) }));
    expect(codes(blocked)).toContain('host-mismatch');
    const named = checkCompat(input({ manifest: manifest({ host: '>=3.5.0-rc.0 <4.0.0' }), tenant: tenant({ hostVersion: '3.5.0-rc.1' }) }));
    expect(codes(named)).not.toContain('host-mismatch');
    expect(codes(named)).toContain('prerelease');
    const otherTuple = checkCompat(input({ manifest: manifest({ host: '>=3.5.0-rc.0 <4.0.0' }), tenant: tenant({ hostVersion: '3.6.0-rc.1' }) }));
    expect(codes(otherTuple)).toContain('host-mismatch');
  });
});

describe('runtimes', () => {
  it('runtime-missing when the tenant lacks a required runtime', () => {
    const result = checkCompat(input({ tenant: tenant({ runtimes: {} }) }));
    expect(conflict(result, 'runtime-missing')).toMatchObject({ severity: 'error', subject: 'runtime node', required: '>=20.0.0', actual: 'not installed', field: '/runtimes/node' });
    expect(result.verdict).toBe('block');
  });

  it('runtime-mismatch when the runtime version is outside the range', () => {
    const result = checkCompat(input({ tenant: tenant({ runtimes: { node: '18.19.0' } }) }));
    expect(conflict(result, 'runtime-mismatch')).toMatchObject({ severity: 'error', required: '>=20.0.0', actual: '18.19.0', field: '/runtimes/node' });
  });

  it('ignores runtimes the manifest does not ask for', () => {
    expect(codes(checkCompat(input({ tenant: tenant({ runtimes: { node: '22.0.0', python: '2.7.18' } }) })))).toEqual([]);
  });
});

describe('dependencies', () => {
  const withDeps = manifest({ dependencies: { 'acme.core': '^1.8.0', 'acme.analytics': { range: '^3.0.0', optional: true } } });

  it('dependency-missing for a required dependency that is not installed; an absent optional one is fine', () => {
    const result = checkCompat(input({ manifest: withDeps }));
    expect(codes(result)).toEqual(['dependency-missing']);
    expect(conflict(result, 'dependency-missing')).toMatchObject({ severity: 'error', subject: 'acme.core', required: '^1.8.0', actual: 'not installed', field: '/dependencies/acme.core' });
  });

  it('dependency-mismatch when the installed dependency is outside the range', () => {
    const result = checkCompat(input({ manifest: withDeps, tenant: tenant({ plugins: [{ id: 'acme.core', version: '1.7.9' }] }) }));
    expect(conflict(result, 'dependency-mismatch')).toMatchObject({ severity: 'error', actual: '1.7.9', required: '^1.8.0' });
    expect(result.verdict).toBe('block');
  });

  it('optional-dependency-mismatch (a warning) when an installed optional dependency is outside its range', () => {
    const result = checkCompat(
      input({ manifest: withDeps, tenant: tenant({ plugins: [{ id: 'acme.core', version: '1.9.0' }, { id: 'acme.analytics', version: '2.9.0' }] }) }),
    );
    expect(codes(result)).toEqual(['optional-dependency-mismatch']);
    expect(conflict(result, 'optional-dependency-mismatch')).toMatchObject({ severity: 'warning', weight: 10, field: '/dependencies/acme.analytics' });
    expect(result.verdict).toBe('warn');
  });

  it('a 0.x dependency range is as narrow as node-semver makes it', () => {
    const zero = manifest({ dependencies: { 'acme.core': '^0.3.1' } });
    expect(codes(checkCompat(input({ manifest: zero, tenant: tenant({ plugins: [{ id: 'acme.core', version: '0.3.9' }] }) })))).toEqual([]);
    expect(codes(checkCompat(input({ manifest: zero, tenant: tenant({ plugins: [{ id: 'acme.core', version: '0.4.0' }] }) })))).toEqual(['dependency-mismatch']);
  });
});

describe('dependents', () => {
  const reports = (version: string, range: string, optional = false) =>
    manifest({ id: 'acme.reports', version, host: '^3.0.0', dependencies: { 'acme.crm-sync': optional ? { range, optional } : range } });

  it('dependent-broken when an installed plugin requires this plugin in a range the new version is outside of', () => {
    const result = checkCompat(
      input({
        manifest: manifest({ version: '3.0.0' }),
        tenant: tenant({ plugins: [{ id: 'acme.reports', version: '1.4.0' }] }),
        catalog: catalog([reports('1.4.0', '^2.0.0'), reports('1.5.0', '>=2.0.0 <4.0.0')]),
      }),
    );
    expect(conflict(result, 'dependent-broken')).toMatchObject({ severity: 'error', subject: 'acme.reports@1.4.0', required: '^2.0.0', actual: '3.0.0', field: '/version' });
    expect(conflict(result, 'dependent-broken').remediation).toContain('Upgrade acme.reports from 1.4.0 to 1.5.0 first');
    expect(result.verdict).toBe('block');
  });

  it('no conflict when the dependent accepts the new version', () => {
    const result = checkCompat(input({ tenant: tenant({ plugins: [{ id: 'acme.reports', version: '1.4.0' }] }), catalog: catalog([reports('1.4.0', '^2.0.0')]) }));
    expect(codes(result)).toEqual([]);
  });

  it('an optional dependent outside its range is a warning', () => {
    const result = checkCompat(
      input({ manifest: manifest({ version: '3.0.0' }), tenant: tenant({ plugins: [{ id: 'acme.reports', version: '1.4.0' }] }), catalog: catalog([reports('1.4.0', '^2.0.0', true)]) }),
    );
    expect(codes(result)).toEqual(['optional-dependency-mismatch']);
    expect(conflict(result, 'optional-dependency-mismatch').subject).toBe('acme.reports@1.4.0');
  });

  it('notes installed plugins the catalog does not know instead of guessing', () => {
    const result = checkCompat(input({ tenant: tenant({ plugins: [{ id: 'acme.unknown', version: '1.0.0' }] }) }));
    expect(result.verdict).toBe('pass');
    expect(result.notes).toEqual(['the catalog has no manifest for acme.unknown@1.0.0; what they require of acme.crm-sync was not checked']);
  });
});

describe('data migrations', () => {
  const installed = (version: string, migrations: { schema: number; minFrom?: number; reversible?: boolean }) => manifest({ version, migrations });

  it('migration-path-missing when the target minFrom is above the installed schema', () => {
    const result = checkCompat(
      input({
        manifest: manifest({ version: '2.4.0', migrations: { schema: 7, minFrom: 5 } }),
        tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.0.0' }] }),
        catalog: catalog([installed('2.0.0', { schema: 4 }), installed('2.2.0', { schema: 5, minFrom: 3 })]),
      }),
    );
    expect(result.operation).toBe('upgrade');
    expect(result.from).toBe('2.0.0');
    expect(conflict(result, 'migration-path-missing')).toMatchObject({ severity: 'error', required: 'schema >= 5', actual: 'schema 4', field: '/migrations/minFrom' });
    expect(conflict(result, 'migration-path-missing').remediation).toBe('Upgrade to acme.crm-sync@2.2.0 first, then to 2.4.0.');
  });

  it('an upgrade whose minFrom is at or below the installed schema migrates', () => {
    const result = checkCompat(
      input({
        manifest: manifest({ migrations: { schema: 7, minFrom: 5 } }),
        tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.2.0' }] }),
        catalog: catalog([installed('2.2.0', { schema: 5 })]),
      }),
    );
    expect(codes(result)).toEqual([]);
  });

  it('an installed version without migrations is on schema 0', () => {
    const result = checkCompat(
      input({ manifest: manifest({ migrations: { schema: 2, minFrom: 1 } }), tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.0.0' }] }), catalog: catalog([manifest({ version: '2.0.0' })]) }),
    );
    expect(conflict(result, 'migration-path-missing').actual).toBe('schema 0');
  });

  it('migration-irreversible for a downgrade to a lower schema from a non-reversible version', () => {
    const result = checkCompat(
      input({
        manifest: manifest({ version: '2.2.0', migrations: { schema: 5, minFrom: 3 } }),
        tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] }),
        catalog: catalog([installed('2.4.0', { schema: 7, minFrom: 5, reversible: false })]),
      }),
    );
    expect(result.operation).toBe('downgrade');
    expect(conflict(result, 'migration-irreversible')).toMatchObject({ severity: 'error', actual: 'not reversible', field: '/migrations/schema' });
  });

  it('migration-irreversible when the down-migrations stop above the target schema', () => {
    const result = checkCompat(
      input({
        manifest: manifest({ version: '2.1.0', migrations: { schema: 4, minFrom: 2 } }),
        tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] }),
        catalog: catalog([installed('2.4.0', { schema: 7, minFrom: 5, reversible: true })]),
      }),
    );
    expect(conflict(result, 'migration-irreversible')).toMatchObject({ actual: 'reversible down to schema 5' });
  });

  it('a downgrade within the reversible span, or to the same schema, is fine', () => {
    const reversible = catalog([installed('2.4.0', { schema: 7, minFrom: 5, reversible: true })]);
    const within = checkCompat(
      input({ manifest: manifest({ version: '2.2.0', migrations: { schema: 5 } }), tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] }), catalog: reversible }),
    );
    expect(codes(within)).toEqual([]);
    const same = checkCompat(
      input({
        manifest: manifest({ version: '2.3.0', migrations: { schema: 7 } }),
        tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] }),
        catalog: catalog([installed('2.4.0', { schema: 7 })]),
      }),
    );
    expect(codes(same)).toEqual([]);
  });

  it('notes that migrations were not checked when the catalog lacks the installed version', () => {
    const result = checkCompat(input({ manifest: manifest({ migrations: { schema: 7, minFrom: 5 } }), tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.0.0' }] }) }));
    expect(result.notes).toContain('the catalog has no manifest for the installed acme.crm-sync@2.0.0; data migrations were not checked');
  });

  it('a reinstall of the same version runs no migration rule', () => {
    const result = checkCompat(
      input({ manifest: manifest({ migrations: { schema: 9, minFrom: 9 } }), tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] }), catalog: catalog([installed('2.4.0', { schema: 1 })]) }),
    );
    expect(result.operation).toBe('reinstall');
    expect(codes(result)).toEqual([]);
  });
});

describe('major jumps and 0.x', () => {
  const upgrade = (from: string, to: string) =>
    checkCompat(input({ manifest: manifest({ version: to }), tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: from }] }), catalog: catalog([manifest({ version: from })]) }));

  it('major-jump when the installed major is below the target major', () => {
    const result = upgrade('1.9.3', '2.4.0');
    expect(conflict(result, 'major-jump')).toMatchObject({ severity: 'warning', weight: 20, required: 'major 1', actual: 'major 2', field: '/version' });
    expect(result.verdict).toBe('warn');
  });

  it('0.x minor bumps are not major jumps; 0.x -> 1.0.0 is', () => {
    expect(codes(upgrade('0.1.4', '0.2.0'))).toEqual([]);
    expect(codes(upgrade('0.9.9', '1.0.0'))).toEqual(['major-jump']);
  });

  it('downgrades across a major are not major jumps', () => {
    expect(codes(upgrade('3.0.0', '2.4.0'))).toEqual([]);
  });
});

describe('the matrix', () => {
  const rule = (over: object) => ({ plugin: 'acme.crm-sync', versions: '2.4.x', host: '>=3.0.0 <4.0.0', verdict: 'compatible' as const, ...over });

  it('matrix-incompatible when a matching rule says incompatible, even beside a compatible one', () => {
    const m = matrix({ rules: [rule({}), rule({ host: '3.4.0 - 3.4.2', verdict: 'incompatible', reason: 'Session API change (PX-812)' })] });
    const result = checkCompat(input({ matrix: m }));
    expect(conflict(result, 'matrix-incompatible')).toMatchObject({ severity: 'error', subject: 'matrix rule 1', weight: 80 });
    expect(conflict(result, 'matrix-incompatible').message).toContain('Session API change (PX-812)');
    expect(result.verdict).toBe('block');
    expect(codes(checkCompat(input({ matrix: m, tenant: tenant({ hostVersion: '3.4.3' }) })))).toEqual([]);
  });

  it("a rule's severity overrides the code's", () => {
    const m = matrix({ rules: [rule({ verdict: 'incompatible', severity: 'warning' })] });
    const result = checkCompat(input({ matrix: m }));
    expect(conflict(result, 'matrix-incompatible').severity).toBe('warning');
    expect(result.verdict).toBe('block'); // weight 80 reaches the threshold 50
    const strict = checkCompat(input({ matrix: matrix({ rules: [rule({ verdict: 'untested', severity: 'error' })] }) }));
    expect(conflict(strict, 'untested').severity).toBe('error');
    expect(strict.verdict).toBe('block');
  });

  it('untested when no rule covers the version x host, or the strongest match says untested', () => {
    const none = checkCompat(input({ matrix: matrix({ rules: [rule({ plugin: 'acme.other' })] }) }));
    expect(conflict(none, 'untested')).toMatchObject({ severity: 'warning', subject: 'compat matrix', actual: 'no rule', weight: 15 });
    expect(none.verdict).toBe('warn');
    const explicit = checkCompat(input({ matrix: matrix({ rules: [rule({}), rule({ verdict: 'untested' })] }) }));
    expect(conflict(explicit, 'untested')).toMatchObject({ subject: 'matrix rule 1', actual: 'untested' });
  });

  it('`*` rules apply to every plugin', () => {
    const m = matrix({ rules: [{ plugin: '*', versions: '*', host: '3.4.1', verdict: 'incompatible' }] });
    expect(codes(checkCompat(input({ matrix: m })))).toEqual(['matrix-incompatible']);
  });

  it('a prerelease target is not covered by a range that names no prerelease', () => {
    const m = matrix({ rules: [rule({ versions: '^2.4.0' })] });
    const result = checkCompat(input({ matrix: m, manifest: manifest({ version: '2.5.0-rc.1' }) }));
    expect(codes(result)).toEqual(['untested', 'prerelease']);
  });

  it('matrix-stale when generatedAt is older than maxAgeHours', () => {
    const stale = checkCompat(input({ matrix: matrix({ generatedAt: '2026-11-01T00:00:00Z', maxAgeHours: 24 }) }));
    expect(conflict(stale, 'matrix-stale')).toMatchObject({ severity: 'warning', actual: '228 h', weight: 10 });
    const limit = checkCompat(input({ matrix: matrix({ generatedAt: '2026-11-09T12:00:00Z', maxAgeHours: 24 }) }));
    expect(codes(limit)).toEqual([]);
  });
});

describe('prereleases', () => {
  it('prerelease when the target is a prerelease', () => {
    const result = checkCompat(input({ manifest: manifest({ version: '2.4.0-rc.2' }) }));
    expect(conflict(result, 'prerelease')).toMatchObject({ severity: 'warning', subject: 'version', actual: '2.4.0-rc.2', field: '/version' });
  });

  it('one prerelease conflict when both the target and the host are prereleases', () => {
    const result = checkCompat(input({ manifest: manifest({ version: '2.4.0-rc.2', host: '>=3.5.0-beta.1 <4.0.0' }), tenant: tenant({ hostVersion: '3.5.0-beta.3' }) }));
    expect(result.conflicts.filter((c) => c.code === 'prerelease')).toHaveLength(1);
    expect(conflict(result, 'prerelease').actual).toBe('2.4.0-rc.2, host 3.5.0-beta.3');
  });
});

describe('risk and verdict', () => {
  it('warnings alone block once their score reaches the threshold', () => {
    // untested 15 + major-jump 20 + prerelease 15 = 50 >= 50
    const result = checkCompat(
      input({
        manifest: manifest({ version: '3.0.0-rc.1' }),
        matrix: matrix({ rules: [] }),
        tenant: tenant({ plugins: [{ id: 'acme.crm-sync', version: '2.4.0' }] }),
        catalog: catalog([manifest()]),
      }),
    );
    expect(codes(result)).toEqual(['major-jump', 'untested', 'prerelease']);
    expect(result.conflicts.every((c) => c.severity === 'warning')).toBe(true);
    expect(result.risk).toEqual({ score: 50, level: 'high' });
    expect(result.verdict).toBe('block');
  });

  it('the threshold and the weights come from the matrix', () => {
    const relaxed = matrix({ rules: [], thresholds: { block: 80 }, weights: { untested: 30 } });
    const result = checkCompat(input({ matrix: relaxed }));
    expect(result.risk).toEqual({ score: 30, level: 'medium' });
    expect(result.verdict).toBe('warn');
  });

  it('the score is capped at 100', () => {
    const result = checkCompat(input({ tenant: tenant({ hostVersion: '4.1.0', runtimes: {} }), matrix: matrix({ rules: [] }) }));
    expect(result.conflicts.reduce((n, c) => n + c.weight, 0)).toBe(175);
    expect(result.risk).toEqual({ score: 100, level: 'critical' });
  });

  it.each([
    [24, 'low'],
    [25, 'medium'],
    [49, 'medium'],
    [50, 'high'],
    [74, 'high'],
    [75, 'critical'],
  ])('score %i is %s', (score, level) => {
    const result = checkCompat(input({ matrix: matrix({ rules: [], weights: { untested: score }, thresholds: { block: 100 } }) }));
    expect(result.risk).toEqual({ score, level });
  });
});

describe('bad input is an error, not a verdict', () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (caught) {
      if (isConfigError(caught)) return caught;
      throw caught;
    }
    throw new Error('no error');
  };

  it.each(['1.2', '=1.2.3', '01.2.3', '1.2.3beta', 'latest'])('tenant host %j', (hostVersion) => {
    expect(error(() => checkCompat(input({ tenant: tenant({ hostVersion }) }))).message).toContain(`tenant tn-0001 hostVersion "${hostVersion}" is not a valid semver version`);
  });

  it.each(['~1.2.3beta', '>=01.2.3', 'blerg'])('manifest host range %j (no loose parsing)', (host) => {
    const caught = error(() => checkCompat(input({ manifest: manifest({ host }) })));
    expect(caught.issues[0]).toMatchObject({ pointer: '/host', code: 'semver-range' });
  });

  it('a matrix rule range, with its pointer', () => {
    const caught = error(() => checkCompat(input({ matrix: matrix({ rules: [{ plugin: '*', versions: '2.x', host: 'three', verdict: 'compatible' }] }) })));
    expect(caught.issues[0]).toMatchObject({ pointer: '/rules/0/host' });
  });

  it('an installed plugin version', () => {
    expect(error(() => checkCompat(input({ tenant: tenant({ plugins: [{ id: 'acme.core', version: 'v1' }] }) }))).message).toContain('plugin acme.core version');
  });
});
