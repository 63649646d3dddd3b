/**
 * `powerx plugin check|install` as a process (the CLI run from its TypeScript sources on Node 24), against
 * files and against the platform simulator: the JSON result per tenant, exit codes 0/1/2, and installs that
 * happen only where the check does not block and converge when run again.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import semver from 'semver';
import { createPlatformClient } from '@powerx/platform/client.js';
import { startSimulator, type Simulator } from '@powerx/platform/sim/server.js';
import type { Tenant } from '@powerx/platform/types.js';
import { verify } from '@powerx/core/audit/verify.js';
import { repoRoot } from '../support/harness.js';

function powerx(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', join(repoRoot, 'scripts', 'ts-hooks.mjs'), join(repoRoot, 'packages', 'cli', 'src', 'index.ts'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const MATRIX = (generatedAt: string) => `generatedAt: ${generatedAt}\nrules:\n  - { plugin: "*", versions: "*", host: "^3.0.0", verdict: compatible }\n`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-compat-cli-'));
  cpSync(join(repoRoot, 'examples', 'powerx-plugin.yaml'), join(dir, 'powerx-plugin.yaml'));
  writeFileSync(join(dir, 'matrix.yaml'), MATRIX(new Date().toISOString()));
  writeFileSync(join(dir, 'ok.yaml'), 'id: tn-ok\nhostVersion: 3.4.1\nruntimes: { node: 22.11.0, postgres: 16.2.0 }\nplugins: [{ id: acme.core, version: 1.9.0 }, { id: acme.webhooks, version: 2.2.0 }]\n');
  writeFileSync(
    join(dir, 'fleet.yaml'),
    'tenants:\n  - { id: tn-ok, hostVersion: 3.4.1, runtimes: { node: 22.11.0, postgres: 16.2.0 }, plugins: [{ id: acme.core, version: 1.9.0 }, { id: acme.webhooks, version: 2.2.0 }] }\n  - { id: tn-old, hostVersion: 3.1.0, runtimes: { node: 22.11.0, postgres: 16.2.0 }, plugins: [{ id: acme.core, version: 1.9.0 }, { id: acme.webhooks, version: 2.2.0 }] }\n',
  );
  return dir;
}

describe('powerx plugin check (files)', () => {
  it('prints the JSON result per tenant and exits 0 when nothing is blocked', async () => {
    const dir = workspace();
    const result = await powerx(['plugin', 'check', '--manifest', 'powerx-plugin.yaml', '--tenant', 'ok.yaml', '--matrix', 'matrix.yaml', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { verdict: string; results: Record<string, unknown>[] };
    expect(report.verdict).toBe('pass');
    expect(report.results).toEqual([
      expect.objectContaining({ tenant: 'tn-ok', verdict: 'pass', risk: { score: 0, level: 'low' }, conflicts: [], notes: [expect.stringContaining('the catalog has no manifest for acme.core@1.9.0')] }),
    ]);
  });

  it('exits 1 when a tenant is blocked, with every conflict field in the JSON, and audits the check', async () => {
    const dir = workspace();
    const result = await powerx(['plugin', 'check', '--manifest', 'powerx-plugin.yaml', '--tenants', 'fleet.yaml', '--matrix', 'matrix.yaml', '--format', 'json', '--audit-log', 'audit.jsonl'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { results: { tenant: string; verdict: string; conflicts: Record<string, unknown>[] }[]; events: { type: string }[] };
    const old = report.results.find((r) => r.tenant === 'tn-old')!;
    expect(old.verdict).toBe('block');
    expect(old.conflicts[0]).toEqual({
      code: 'host-mismatch',
      severity: 'error',
      subject: 'host',
      required: '>=3.2.0 <4.0.0',
      actual: '3.1.0',
      message: 'acme.crm-sync@2.4.0 requires host >=3.2.0 <4.0.0; the tenant runs host 3.1.0',
      remediation: 'Move the tenant to a host in >=3.2.0 <4.0.0; no other catalog version of acme.crm-sync passes on this tenant.',
      weight: 80,
      waived: false,
      field: '/host',
    });
    expect(report.events.map((e) => e.type)).toEqual(['compat.check.blocked']);
    expect(verify(readFileSync(join(dir, 'audit.jsonl'), 'utf8'))).toMatchObject({ ok: true, count: 2 });
  });

  it('exits 2 on bad input, naming file, line and key', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bad.yaml'), 'id: tn-bad\nhostVersion: "3.4"\n');
    const result = await powerx(['plugin', 'check', '--manifest', 'powerx-plugin.yaml', '--tenant', 'bad.yaml', '--matrix', 'matrix.yaml'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: bad.yaml:2:14 hostVersion "3.4" is not a valid semver version\n');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on usage mistakes', async () => {
    const dir = workspace();
    const both = await powerx(['plugin', 'check', '--manifest', 'powerx-plugin.yaml', '--tenant', 'ok.yaml', '--tenants', 'fleet.yaml'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('name the tenants once');
    const missing = await powerx(['plugin', 'check', '--manifest', 'nope.yaml', '--tenant', 'ok.yaml', '--matrix', 'matrix.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('manifest nope.yaml does not exist');
  });
});

describe('powerx plugin install (simulator)', () => {
  let sim: Simulator;
  let tenants: Tenant[];
  const PLUGIN = 'acme.sso-connector';

  beforeAll(async () => {
    sim = await startSimulator({ dataDir: mkdtempSync(join(tmpdir(), 'powerx-compat-cli-sim-')), seed: 3, tenants: 40 });
    tenants = sim.state.tenants();
  });

  afterAll(async () => {
    await sim?.close();
  });

  it('installs where the check passes, skips blocked tenants (exit 1), and a re-run converges', async () => {
    const releases = sim.state.releases(PLUGIN).filter((r) => !r.prerelease && !r.yanked);
    const latest = releases.at(-1)!;
    const next = semver.inc(latest.version, 'patch')!;
    const manifest = { ...latest.manifest, version: next, host: '>=3.8.0 <4.0.0' };
    await createPlatformClient({ baseUrl: sim.url }).registerRelease(PLUGIN, { version: next, changelogUrl: 'https://example.test/changelog', manifest });
    const fresh = tenants.find((t) => semver.gte(t.hostVersion, '3.8.0') && semver.gte(t.runtimes.node ?? '0.0.0', '20.0.0') && !t.plugins.some((p) => p.id === PLUGIN));
    const old = tenants.find((t) => semver.lt(t.hostVersion, '3.8.0'));
    if (!fresh || !old) throw new Error('the simulator data set lacks the tenants this test needs');

    const dir = workspace();
    writeFileSync(join(dir, 'powerx-plugin.yaml'), JSON.stringify({ ...manifest, name: 'SSO Connector' }));
    writeFileSync(join(dir, 'matrix.yaml'), MATRIX(new Date().toISOString()));
    const args = ['plugin', 'install', '--manifest', 'powerx-plugin.yaml', '--tenant-id', fresh.id, '--tenant-id', old.id, '--matrix', 'matrix.yaml', '--platform-url', sim.url, '--format', 'json'];
    const first = await powerx(args, dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const out = JSON.parse(first.stdout) as { installs: { tenant: string; action: string; operation?: { id: string; status: string } }[] };
    expect(out.installs).toEqual([
      { tenant: fresh.id, verdict: expect.any(String), action: 'install', operation: { id: expect.any(String), status: 'succeeded' } },
      { tenant: old.id, verdict: 'block', action: 'skipped-blocked' },
    ]);
    expect(sim.state.tenant(fresh.id)!.plugins.find((p) => p.id === PLUGIN)?.version).toBe(next);
    expect(sim.state.operations().filter((o) => o.tenantId === old.id && o.plugin === PLUGIN)).toEqual([]);

    const again = await powerx(args.filter((a, i) => !(a === old.id || args[i + 1] === old.id)), dir);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { installs: { action: string }[] }).installs).toEqual([expect.objectContaining({ tenant: fresh.id, action: 'skipped-current' })]);
    expect(sim.state.operations().filter((o) => o.tenantId === fresh.id && o.plugin === PLUGIN)).toHaveLength(1);
  });

  it('refuses to install without the platform (exit 2)', async () => {
    const result = await powerx(['plugin', 'install', '--manifest', 'powerx-plugin.yaml', '--tenant', 'ok.yaml', '--matrix', 'matrix.yaml'], workspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('install acts on the platform');
  });
});
