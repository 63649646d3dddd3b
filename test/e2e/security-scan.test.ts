import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { runAction, type ActionResult } from '../support/harness.js';
import { fakeNpm, gateWorkspace, npmProject, write, type LockPackage } from '../support/gate-workspace.js';
import { readFixture } from '../support/report-fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The packages npm audit's one_vuln fixture names, installed. */
const DEBUG_PROJECT: LockPackage[] = [
  { path: 'node_modules/express', version: '4.18.2', license: 'MIT', dependencies: { debug: '2.6.8' } },
  { path: 'node_modules/debug', version: '2.6.8', license: 'MIT', dependencies: { ms: '2.0.0' } },
  { path: 'node_modules/ms', version: '2.0.0', license: 'MIT' },
  { path: 'node_modules/vitest', version: '4.1.0', license: 'MIT', dev: true },
];

function workspace(packages: LockPackage[] = DEBUG_PROJECT): string {
  const dir = gateWorkspace();
  dirs.push(dir);
  npmProject(dir, packages);
  return dir;
}

function addWaiver(dir: string, yaml: string): void {
  const path = join(dir, 'config/publish/quality_gates.yaml');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('  waivers: []');
  write(dir, 'config/publish/quality_gates.yaml', text.replace('  waivers: []', `  waivers:\n${yaml}`));
}

type Condition = { id: string; status: string; actual: unknown; detail?: string };
type Finding = Record<string, unknown> & { id: string; blocking: boolean };
type Report = Record<string, unknown> & { conditions: Condition[]; findings: Finding[]; audit: { outcome: string }[]; events: Record<string, unknown>[] };

async function scan(dir: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionResult & { report: Report }> {
  const result = await runAction({ action: 'security-scan', workspace: dir, inputs: { submitter: 'dev-alice', ...inputs }, env });
  if (!result.outputs.report) throw new Error(`no report (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
  return { ...result, report: JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report };
}

const condition = (r: Report, id: string) => r.conditions.find((c) => c.id === id);

describe('security-scan action', () => {
  it('passes a clean npm plugin: runs npm audit, writes SARIF and a CycloneDX SBOM, records the verdict', async () => {
    const dir = workspace();
    write(dir, 'reports/eslint.sarif', readFixture('sarif/eslint-8.57.0-no-results.sarif'));
    const r = await scan(dir, { sarif: 'reports/*.sarif' }, fakeNpm(dir, readFixture('npm-audit/npm-audit-no-vuln.json')));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'passed', passed: 'true', findings: '0', blocking: '0', 'denied-licenses': '0', 'blocked-event': '' });
    expect(r.report.sources).toEqual([
      { kind: 'npm-audit', file: 'npm audit --json', findings: 0, tools: ['npm audit'] },
      { kind: 'sarif', file: 'reports/eslint.sarif', findings: 0, tools: ['ESLint'] },
    ]);
    // Dev-only vitest is not checked; express, debug and ms are MIT.
    expect(r.report.licenses).toMatchObject({ source: 'package-lock.json', checked: 3, counts: { allowed: 3, denied: 0 } });

    const sarif = JSON.parse(readFileSync(r.outputs.sarif!, 'utf8')) as { version: string; runs: { tool: { driver: { name: string } }; results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs.map((run) => run.tool.driver.name)).toEqual(['ESLint']);

    const sbom = JSON.parse(readFileSync(r.outputs.sbom!, 'utf8')) as { bomFormat: string; specVersion: string; components: { purl: string; scope: string; licenses: unknown[] }[]; dependencies: { ref: string; dependsOn: string[] }[] };
    expect(sbom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(sbom.components.map((c) => [c.purl, c.scope])).toEqual([
      ['pkg:npm/debug@2.6.8', 'required'],
      ['pkg:npm/express@4.18.2', 'required'],
      ['pkg:npm/ms@2.0.0', 'required'],
      ['pkg:npm/vitest@4.1.0', 'excluded'],
    ]);
    expect(sbom.dependencies.find((d) => d.ref === 'pkg:npm/debug@2.6.8')!.dependsOn).toEqual(['pkg:npm/ms@2.0.0']);
    expect(sbom.dependencies[0]).toEqual({ ref: 'pkg:npm/crm-sync-plugin@2.4.0', dependsOn: ['pkg:npm/debug@2.6.8', 'pkg:npm/express@4.18.2', 'pkg:npm/ms@2.0.0', 'pkg:npm/vitest@4.1.0'] });

    const audit = readFileSync(r.outputs['audit-log']!, 'utf8');
    expect(verify(audit)).toMatchObject({ ok: true, count: 1 });
    expect(JSON.parse(audit.trim())).toMatchObject({ action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.4.0', outcome: 'passed', details: { gate: 'security' } });
    expect(r.summary).toContain('✅ Security gate passed for `acme.crm-sync@2.4.0`');
  });

  it('one high vulnerability blocks: annotated on its lockfile line, blocked event, failed verdict', async () => {
    const dir = workspace();
    const r = await scan(dir, {}, fakeNpm(dir, readFixture('npm-audit/npm-audit-one-vuln-high.json')));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'failed', findings: '2', blocking: '1' });
    expect(condition(r.report, 'findings.blocking')).toMatchObject({ status: 'fail', actual: 1, detail: 'GHSA-9vvw-cc9w-f27h in debug@2.6.8' });
    expect(r.report.findings.map((f) => [f.id, f.severity, f.installed, f.blocking])).toEqual([
      ['GHSA-9vvw-cc9w-f27h', 'high', '2.6.8', true],
      ['GHSA-gxpj-cx7g-858c', 'medium', '2.6.8', false],
    ]);
    const lockLine = readFileSync(join(dir, 'package-lock.json'), 'utf8').split('\n').findIndex((l) => l.includes('"node_modules/debug":')) + 1;
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'package-lock.json', line: String(lockLine), title: 'npm audit: high GHSA-9vvw-cc9w-f27h' }) }),
    );
    const event = JSON.parse(r.outputs['blocked-event']!) as { type: string; data: { stage: string; reasons: { code: string }[] } };
    expect(event).toMatchObject({ type: 'publish.pipeline.blocked', data: { stage: 'security', reasons: [{ code: 'findings.blocking' }] } });
    expect(r.report.audit).toEqual([expect.objectContaining({ outcome: 'failed' })]);
    expect(r.summary).toContain('[GHSA-9vvw-cc9w-f27h](https://github.com/advisories/GHSA-9vvw-cc9w-f27h)');

    const sarif = JSON.parse(readFileSync(r.outputs.sarif!, 'utf8')) as { runs: { tool: { driver: { name: string; rules: { id: string; properties: Record<string, unknown> }[] } }; results: { ruleId: string; level: string; locations: unknown[] }[] }[] };
    const npmRun = sarif.runs.find((run) => run.tool.driver.name.startsWith('npm audit'))!;
    expect(npmRun.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['GHSA-9vvw-cc9w-f27h', 'error'],
      ['GHSA-gxpj-cx7g-858c', 'warning'],
    ]);
    expect(npmRun.results[0]!.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'package-lock.json' }, region: { startLine: lockLine } } }]);
    expect(npmRun.tool.driver.rules[0]!.properties['security-severity']).toBe('7.5');
  });

  it('a waived finding passes; the waiver is recorded with its approver', async () => {
    const dir = workspace();
    addWaiver(dir, '    - id: CVE-2017-20165\n      package: debug\n      reason: Only the CLI helper uses debug; user input never reaches it.\n      approver: linda-zhou\n      expires: 2099-01-01T00:00:00Z\n    - id: GHSA-9vvw-cc9w-f27h\n      package: debug\n      reason: Only the CLI helper uses debug; user input never reaches it.\n      approver: linda-zhou\n      expires: 2099-01-01T00:00:00Z');
    const r = await scan(dir, { 'npm-audit-file': 'audit.json' });
    // The pre-generated file does not exist yet: an input that was asked for and not found fails.
    expect(r.exitCode).toBe(1);
    expect(condition(r.report, 'inputs')).toMatchObject({ status: 'fail', detail: 'not found: npm audit audit.json' });

    write(dir, 'audit.json', readFixture('npm-audit/npm-audit-one-vuln-high.json'));
    const waived = await scan(dir, { 'npm-audit-file': 'audit.json' });
    expect(waived.exitCode).toBe(0);
    expect(waived.outputs).toMatchObject({ status: 'passed', blocking: '0' });
    expect(waived.report.findings[0]).toMatchObject({ id: 'GHSA-9vvw-cc9w-f27h', blocking: false, waived: { approver: 'linda-zhou', expires: '2099-01-01T00:00:00Z' } });
    expect(waived.report.waivers).toMatchObject({ applied: [{ id: 'GHSA-9vvw-cc9w-f27h' }], unused: [{ id: 'CVE-2017-20165' }] });
    const record = JSON.parse(readFileSync(waived.outputs['audit-log']!, 'utf8').trim()) as { details: { waived: unknown[] } };
    expect(record.details.waived).toEqual([{ id: 'GHSA-9vvw-cc9w-f27h', package: 'debug', approver: 'linda-zhou', expires: '2099-01-01T00:00:00Z', reason: 'Only the CLI helper uses debug; user input never reaches it.' }]);
    const sarif = readFileSync(waived.outputs.sarif!, 'utf8');
    expect(sarif).toContain('"suppressions":[{"kind":"external","status":"accepted"');
    expect(waived.summary).toContain('waived by @linda-zhou until 2099-01-01');
  });

  it('an expired waiver blocks and is reported as expired', async () => {
    const dir = workspace();
    addWaiver(dir, '    - id: GHSA-9vvw-cc9w-f27h\n      reason: Accepted for the 2.3 line while express is upgraded.\n      approver: linda-zhou\n      expires: 2024-06-30T00:00:00Z');
    write(dir, 'audit.json', readFixture('npm-audit/npm-audit-one-vuln-high.json'));
    const r = await scan(dir, { 'npm-audit-file': 'audit.json' });
    expect(r.exitCode).toBe(1);
    expect(r.report.findings[0]).toMatchObject({ id: 'GHSA-9vvw-cc9w-f27h', blocking: true, waiverExpired: { approver: 'linda-zhou', expires: '2024-06-30T00:00:00Z' } });
    expect(r.report.findings[0]!.waived).toBeUndefined();
    expect(condition(r.report, 'waivers.expired')).toMatchObject({ status: 'warn', actual: 1 });
    expect(condition(r.report, 'findings.blocking')).toMatchObject({ status: 'fail' });
    expect(r.summary).toContain('⚠️ expired');
  });

  it('a denied licence blocks, annotated on the package in the lockfile', async () => {
    const dir = workspace([...DEBUG_PROJECT, { path: 'node_modules/left-pad-gpl', version: '1.0.0', license: 'GPL-3.0-only' }, { path: 'node_modules/dual', version: '2.0.0', license: '(GPL-3.0-only OR MIT)' }]);
    write(dir, 'audit.json', readFixture('npm-audit/npm-audit-no-vuln.json'));
    const r = await scan(dir, { 'npm-audit-file': 'audit.json' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['denied-licenses']).toBe('1');
    expect(condition(r.report, 'licenses.denied')).toMatchObject({ status: 'fail', actual: 1 });
    expect((r.report.licenses as { issues: { package: string; status: string }[] }).issues.map((i) => [i.package, i.status])).toEqual([['left-pad-gpl', 'denied']]);
    const line = readFileSync(join(dir, 'package-lock.json'), 'utf8').split('\n').findIndex((l) => l.includes('"node_modules/left-pad-gpl":')) + 1;
    expect(r.annotations).toContainEqual(expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'package-lock.json', line: String(line), title: 'Licence denied' }) }));
    expect(JSON.parse(r.outputs['blocked-event']!)).toMatchObject({ data: { reasons: [{ code: 'licenses.denied' }] } });
  });

  it('annotates SARIF results at their file and line and merges OSV-Scanner output', async () => {
    const dir = workspace();
    write(dir, 'audit.json', readFixture('npm-audit/npm-audit-no-vuln.json'));
    write(dir, 'scans/semgrep.sarif', readFixture('sarif/semgrep-oss-1.69.0.sarif'));
    write(dir, 'scans/govulncheck.sarif', readFixture('sarif/govulncheck-1.3.0.sarif'));
    write(dir, 'scans/osv.json', readFixture('osv/osv-scanner-some-findings.json'));
    const r = await scan(dir, { 'npm-audit-file': 'audit.json', sarif: 'scans/*.sarif', osv: 'scans/osv.json' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ findings: String(77 + 3 + 1), blocking: String(34 + 1 + 1 + 1) });
    const errors = r.annotations.filter((a) => a.command === 'error' && a.properties.title?.startsWith('Semgrep OSS'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.properties).toMatchObject({ file: expect.stringMatching(/\.ts$|\.js$/), line: expect.stringMatching(/^\d+$/) });
    expect(r.annotations.filter((a) => a.command === 'error').length).toBeLessThanOrEqual(11);
    const sarif = JSON.parse(readFileSync(r.outputs.sarif!, 'utf8')) as { runs: { tool: { driver: { name: string } }; results: unknown[] }[] };
    expect(sarif.runs.map((run) => [run.tool.driver.name, run.results.length])).toEqual([
      ['govulncheck', 3],
      ['Semgrep OSS', 77],
      ['OSV (PowerX security gate)', 1],
    ]);
  });

  it('a file that is not SARIF stops the step with its location and an error verdict', async () => {
    const dir = workspace();
    write(dir, 'audit.json', readFixture('npm-audit/npm-audit-no-vuln.json'));
    write(dir, 'scans/trivy.sarif', readFixture('junit/jest-junit.xml'));
    const r = await scan(dir, { 'npm-audit-file': 'audit.json', sarif: 'scans/trivy.sarif' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'error', sarif: '' });
    expect(r.annotations).toContainEqual(expect.objectContaining({ properties: expect.objectContaining({ file: 'scans/trivy.sarif', line: '1' }), message: expect.stringContaining('is not valid JSON') }));
    expect(r.report).toMatchObject({ status: 'error', issues: [{ file: 'scans/trivy.sarif', code: 'json-syntax' }] });
  });
});
