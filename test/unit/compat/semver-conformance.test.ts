/**
 * node-semver's own range fixtures (default options), run through the engine's host check: every
 * include row passes the host rule, every exclude row is a host-mismatch, and a row whose version is
 * not valid semver is bad input.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';
import { checkCompat } from '@powerx/core/compat/engine.js';
import { isConfigError } from '@powerx/core/errors.js';
import type { CompatInput } from '@powerx/core/compat/types.js';

interface Fixture {
  source: string;
  expect: string;
  rows: { range: string; version: string }[];
}

const fixtures = new URL('../../../../shared/fixtures/semver/', import.meta.url);
const include = JSON.parse(readFileSync(new URL('range-include.json', fixtures), 'utf8')) as Fixture;
const exclude = JSON.parse(readFileSync(new URL('range-exclude.json', fixtures), 'utf8')) as Fixture;

function hostCheck(range: string, hostVersion: string): CompatInput {
  return {
    manifest: { id: 'acme.crm-sync', version: '1.0.0', host: range },
    tenant: { id: 'tn-0001', hostVersion, runtimes: {}, plugins: [] },
    catalog: { plugins: [] },
    matrix: { generatedAt: '2026-11-01T00:00:00Z', rules: [{ plugin: '*', versions: '*', host: '*', verdict: 'compatible' }] },
    exceptions: [],
    now: new Date('2026-11-02T00:00:00Z'),
  };
}

describe('semver conformance through the host check', () => {
  it('reads the fixtures it expects', () => {
    expect(include.expect).toBe('satisfies');
    expect(exclude.expect).toBe('does-not-satisfy');
    expect(include.rows.length).toBeGreaterThan(90);
    expect(exclude.rows.length).toBeGreaterThan(70);
  });

  it.each(include.rows.map((r) => [r.range, r.version]))('%j includes %j', (range, version) => {
    const result = checkCompat(hostCheck(range, version));
    expect(result.conflicts.map((c) => c.code)).not.toContain('host-mismatch');
    expect(result.verdict).not.toBe('block');
  });

  const valid = exclude.rows.filter((r) => semver.valid(r.version) !== null);
  const invalid = exclude.rows.filter((r) => semver.valid(r.version) === null);

  it('has rows of both kinds among the excludes', () => {
    expect(valid.length).toBeGreaterThan(70);
    expect(invalid.map((r) => r.version).sort()).toEqual(['glorp', 'not a version']);
  });

  it.each(valid.map((r) => [r.range, r.version]))('%j excludes %j as host-mismatch', (range, version) => {
    const result = checkCompat(hostCheck(range, version));
    const host = result.conflicts.find((c) => c.code === 'host-mismatch');
    expect(host).toMatchObject({ severity: 'error', required: range, actual: version, field: '/host' });
    expect(result.verdict).toBe('block');
  });

  it.each(invalid.map((r) => [r.range, r.version]))('%j with %j is bad input, not a verdict', (range, version) => {
    let caught: unknown;
    try {
      checkCompat(hostCheck(range, version));
    } catch (error) {
      caught = error;
    }
    expect(isConfigError(caught)).toBe(true);
    expect(String((caught as Error).message)).toContain('is not a valid semver version');
  });
});
