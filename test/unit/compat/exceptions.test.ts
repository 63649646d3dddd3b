import { describe, expect, it } from 'vitest';
import { checkCompat } from '@powerx/core/compat/engine.js';
import { recordProblem } from '@powerx/core/compat/exceptions.js';
import { conflict, exception, input, NOW, tenant } from './fixtures.js';

/** Tenant on host 4.0.0: host-mismatch (80) only. */
const blocked = (exceptions = [exception()]) => checkCompat(input({ tenant: tenant({ hostVersion: '4.0.0' }), exceptions, matrix: { generatedAt: '2026-11-09T12:00:00Z', rules: [{ plugin: '*', versions: '*', host: '*', verdict: 'compatible' }] } }));

describe('exceptions', () => {
  it('a valid exception waives its codes: verdict exception, the risk still counts every conflict', () => {
    const result = blocked();
    expect(result.verdict).toBe('exception');
    expect(conflict(result, 'host-mismatch').waived).toBe(true);
    expect(result.risk).toEqual({ score: 80, level: 'critical' });
    expect(result.exception).toEqual({
      id: 'cx-1001',
      approvalId: 'acme/crm-sync/runs/1001',
      approvers: ['sec-bob', 'rm-carol'],
      expiresAt: '2026-11-20T10:00:00Z',
      waived: ['host-mismatch'],
      monitoring: exception().monitoring,
      onFailure: 'rollback',
    });
    expect(blocked([exception({ onFailure: 'alert' })]).exception?.onFailure).toBe('alert');
    expect(result.refusedExceptions).toBeUndefined();
  });

  it.each([
    ['pending', { status: 'pending' as const }, 'is pending, not approved', false],
    ['rejected', { status: 'rejected' as const }, 'is rejected, not approved', false],
    ['without an approval', { approval: undefined }, 'has no recorded approval', false],
    ['without approvers', { approval: { id: 'a/b/runs/1', approvers: [], stages: [] } }, 'has no recorded approval', false],
    ['expired', { expiresAt: '2026-11-10T11:59:59Z' }, 'expired at 2026-11-10T11:59:59Z', true],
    ['expiring right now', { expiresAt: NOW.toISOString() }, `expired at ${NOW.toISOString()}`, true],
    ['without an expiry', { expiresAt: undefined }, 'has no valid expiry', false],
    ['without a monitoring profile', { monitoring: undefined }, 'carries no monitoring profile', false],
    ['with an empty monitoring profile', { monitoring: { metrics: [] } }, 'carries no monitoring profile', false],
    ['for other versions', { versions: '2.3.x' }, 'covers versions 2.3.x, not 2.4.0', false],
    ['not waiving the error', { waive: ['matrix-incompatible' as const] }, 'does not waive host-mismatch', false],
  ])('an exception %s is refused and the check blocks', (_what, over, reason, expired) => {
    const result = blocked([exception(over)]);
    expect(result.verdict).toBe('block');
    expect(result.exception).toBeUndefined();
    expect(conflict(result, 'host-mismatch').waived).toBe(false);
    expect(result.refusedExceptions).toEqual([{ id: 'cx-1001', reason, expired }]);
  });

  it('an exception for another tenant or plugin is not considered at all', () => {
    expect(blocked([exception({ tenants: ['tn-0002'] })]).refusedExceptions).toBeUndefined();
    expect(blocked([exception({ plugin: 'acme.other' })]).refusedExceptions).toBeUndefined();
  });

  it('a prerelease target is covered only by a range that names its prerelease', () => {
    const check = (versions: string) =>
      checkCompat(input({ manifest: { id: 'acme.crm-sync', version: '2.4.0-rc.1', host: '^3.0.0' }, tenant: tenant({ hostVersion: '4.0.0' }), exceptions: [exception({ versions })] }));
    expect(check('2.4.x').verdict).toBe('block');
    expect(check('>=2.4.0-rc.0 <2.5.0').verdict).toBe('exception');
  });

  it('must waive every error: one exception cannot leave another error standing', () => {
    const result = checkCompat(input({ tenant: tenant({ hostVersion: '4.0.0', runtimes: { node: '18.0.0' } }), exceptions: [exception()] }));
    expect(result.verdict).toBe('block');
    expect(result.refusedExceptions?.[0]?.reason).toBe('does not waive runtime-mismatch');
    const both = checkCompat(input({ tenant: tenant({ hostVersion: '4.0.0', runtimes: { node: '18.0.0' } }), exceptions: [exception({ waive: ['host-mismatch', 'runtime-mismatch'] })] }));
    expect(both.verdict).toBe('exception');
    expect(both.conflicts.every((c) => c.waived || c.severity === 'warning')).toBe(true);
  });

  it('is refused when the warnings it leaves still reach the block threshold', () => {
    // host 4.0.0-rc.1: host-mismatch (waived) + untested 15 + prerelease 15 + matrix-stale 10 + weight override
    const result = checkCompat(
      input({
        tenant: tenant({ hostVersion: '4.0.0-rc.1' }),
        matrix: { generatedAt: '2026-10-01T00:00:00Z', maxAgeHours: 24, rules: [], weights: { untested: 30 } },
        exceptions: [exception()],
      }),
    );
    expect(result.verdict).toBe('block');
    expect(result.refusedExceptions?.[0]?.reason).toBe('leaves a risk of 55, at or above the block threshold 50');
  });

  it('picks the valid exception that lasts longest', () => {
    const result = blocked([exception({ id: 'cx-1', expiresAt: '2026-11-15T00:00:00Z' }), exception({ id: 'cx-2', expiresAt: '2026-11-25T00:00:00Z' }), exception({ id: 'cx-3', status: 'pending' })]);
    expect(result.exception?.id).toBe('cx-2');
    expect(result.refusedExceptions).toEqual([{ id: 'cx-3', reason: 'is pending, not approved', expired: false }]);
  });

  it('is not used when the check passes without it', () => {
    const result = checkCompat(input({ exceptions: [exception()] }));
    expect(result.verdict).toBe('pass');
    expect(result.exception).toBeUndefined();
  });

  it('recordProblem judges a record on its own', () => {
    expect(recordProblem(exception(), NOW)).toBeUndefined();
    expect(recordProblem(exception({ expiresAt: '2026-11-01T00:00:00Z' }), NOW)).toEqual({ reason: 'expired at 2026-11-01T00:00:00Z', expired: true });
  });
});
