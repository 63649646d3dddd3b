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

  /** A new minor of the plugin, a tenant on the latest line, a matrix that marks the new minor incompatible on that tenant's host, and an approved exception for it with a quick monitoring profile. */
  async function exceptionalUpgrade() {
    const releases = sim.state.releases(PLUGIN).filter((r) => !r.prerelease && !r.yanked).sort((a, b) => semver.compare(a.version, b.version));
    const latest = releases.at(-1)!;
    const next = semver.inc(latest.version, 'minor')!;
    await createPlatformClient({ baseUrl: sim.url }).registerRelease(PLUGIN, { version: next, changelogUrl: 'https://example.test/changelog', manifest: { ...latest.manifest, version: next } });
    const tenant = sim.state
      .tenants()
      .find((t) => !t.testPool && semver.satisfies(t.hostVersion, latest.manifest.host) && semver.gte(t.runtimes.node ?? '0.0.0', '20.0.0') && t.plugins.some((p) => p.id === PLUGIN && semver.satisfies(p.version, `>=${semver.major(latest.version)}.0.0 <${next}`)));
    if (!tenant) throw new Error('the simulator data set has no tenant on the latest line of the plugin');
    const from = tenant.plugins.find((p) => p.id === PLUGIN)!.version;
    const dir = workspace();
    writeFileSync(join(dir, 'powerx-plugin.yaml'), JSON.stringify({ ...latest.manifest, version: next, name: 'SSO Connector' }));
    writeFileSync(
      join(dir, 'matrix.yaml'),
      `${MATRIX(new Date().toISOString())}  - { plugin: ${PLUGIN}, versions: "${next}", host: "${tenant.hostVersion}", verdict: incompatible, reason: token refresh race (PX-77) }\n`,
    );
    const now = Date.now();
    writeFileSync(
      join(dir, 'exceptions.json'),
      JSON.stringify({
        exceptions: [
          {
            id: `cx-${next}`,
            plugin: PLUGIN,
            versions: next,
            tenants: [tenant.id],
            waive: ['matrix-incompatible'],
            reason: 'The race needs a second identity provider, which this tenant does not use.',
            monitoring: { metrics: [{ name: 'error-rate', provider: { powerx: { metric: 'errorRate', window: '1m' } }, interval: '100ms', count: 3, successCondition: 'result < 0.05' }] },
            onFailure: 'rollback',
            status: 'approved',
            requestedBy: 'dev-alice',
            requestedAt: new Date(now - 3_600_000).toISOString(),
            decidedAt: new Date(now - 1_800_000).toISOString(),
            expiresAt: new Date(now + 86_400_000).toISOString(),
            approval: { id: 'acme/sso/runs/77', approvers: ['sec-bob'], stages: [{ environment: 'powerx-compat-security', role: 'security', reviewer: 'sec-bob', state: 'approved' }] },
          },
        ],
      }),
    );
    const args = ['plugin', 'install', '--manifest', 'powerx-plugin.yaml', '--tenant-id', tenant.id, '--matrix', 'matrix.yaml', '--exceptions', 'exceptions.json', '--platform-url', sim.url, '--format', 'json', '--audit-log', 'audit.jsonl'];
    return { dir, tenant, from, next, args };
  }

  interface Installed {
    results: { verdict: string; exception?: { id: string } }[];
    installs: { action: string; operation?: { status: string }; monitoring?: { status: string; reason: string; action: string; measurements: unknown[]; operation?: { status: string } } }[];
  }

  it('installs under an exception and watches it with the monitoring profile: healthy stays', async () => {
    const { dir, tenant, next, args } = await exceptionalUpgrade();
    const result = await powerx(args, dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Installed;
    expect(out.results[0]).toMatchObject({ verdict: 'exception', exception: { id: `cx-${next}` } });
    expect(out.installs[0]).toMatchObject({ action: 'upgrade', operation: { status: 'succeeded' }, monitoring: { status: 'successful', action: 'none' } });
    expect(out.installs[0]!.monitoring!.measurements).toHaveLength(3);
    expect(sim.state.tenant(tenant.id)!.plugins.find((p) => p.id === PLUGIN)?.version).toBe(next);
    const audit = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    expect(verify(audit)).toMatchObject({ ok: true });
    expect(audit).toContain('"action":"compat.exception.monitored"');
  });

  it('rolls the tenant back when the monitoring profile fails (a version that raises the error rate), exit 1', async () => {
    const { dir, tenant, from, next, args } = await exceptionalUpgrade();
    sim.setFaults({ badVersions: [{ plugin: PLUGIN, version: next, errorRate: 0.4 }] });
    try {
      const result = await powerx(args, dir);
      expect(result.code).toBe(1);
      const out = JSON.parse(result.stdout) as Installed;
      expect(out.installs[0]).toMatchObject({ action: 'upgrade', operation: { status: 'succeeded' }, monitoring: { status: 'failed', action: 'rollback', operation: { status: 'succeeded' } } });
      expect(out.installs[0]!.monitoring!.reason).toMatch(/^error-rate: 1 failed measurement\(s\), more than failureLimit 0/);
      expect(sim.state.tenant(tenant.id)!.plugins.find((p) => p.id === PLUGIN)?.version).toBe(from);
      const records = readFileSync(join(dir, 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string; outcome: string });
      expect(records.filter((r) => r.action.startsWith('compat.install') || r.action === 'compat.exception.monitored').map((r) => `${r.action}:${r.outcome}`)).toEqual([
        'compat.install:succeeded',
        'compat.exception.monitored:failed',
      ]);
    } finally {
      sim.setFaults({ badVersions: [] });
    }
  });

  it('refuses to install without the platform (exit 2)', async () => {
    const result = await powerx(['plugin', 'install', '--manifest', 'powerx-plugin.yaml', '--tenant', 'ok.yaml', '--matrix', 'matrix.yaml'], workspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('install acts on the platform');
  });
});
