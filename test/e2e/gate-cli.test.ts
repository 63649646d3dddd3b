/**
 * `powerx gate quality|security` as a process (the CLI from its TypeScript sources on Node 24): exit codes 0/1/2
 * and the same JSON verdict as the quality-gate and security-scan actions on the same plugin directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { repoRoot, runAction } from '../support/harness.js';
import { gateWorkspace, istanbulSummary, junitXml, npmProject, write } from '../support/gate-workspace.js';
import { readFixture } from '../support/report-fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function powerx(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', '--import', join(repoRoot, 'scripts', 'ts-hooks.mjs'), join(repoRoot, 'packages', 'cli', 'src', 'index.ts'), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function workspace(): string {
  const dir = gateWorkspace();
  dirs.push(dir);
  return dir;
}

/** The verdict and its evidence, without what differs between a local run and an Actions run. */
function verdict(json: Record<string, unknown>): Record<string, unknown> {
  const { generatedAt: _g, audit: _a, events, commit: _c, outputs: _o, ...rest } = json;
  return { ...rest, events: (events as { data: Record<string, unknown> }[]).map((e) => ({ ...e, data: { ...e.data, commit: undefined, repository: undefined, run: undefined, reports: undefined } })) };
}

describe('powerx gate quality', () => {
  it('blocks 89.9% coverage with exit 1 and the same JSON as the action', async () => {
    const dir = workspace();
    write(dir, 'coverage/coverage-summary.json', istanbulSummary({ 'src/a.ts': { lines: [899, 1000], branches: [95, 100], functions: [10, 10], statements: [950, 1000] } }));
    write(dir, 'reports/junit.xml', junitXml(20));
    const cli = await powerx(['gate', 'quality', '--format', 'json', '--submitter', 'dev-alice', '--audit-log', 'audit.jsonl'], dir);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(1);
    const json = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ gate: 'quality', status: 'failed', subject: 'acme.crm-sync@2.4.0', reasons: [{ code: 'coverage.lines' }], metrics: { 'publish.coverage.percent': 89.9, 'publish.test.pass_rate': 1 } });
    expect(verify(readFileSync(join(dir, 'audit.jsonl'), 'utf8'))).toMatchObject({ ok: true, count: 1 });

    const action = await runAction({ action: 'quality-gate', workspace: dir, inputs: { submitter: 'dev-alice' } });
    const actionJson = JSON.parse(readFileSync(action.outputs.report!, 'utf8')) as Record<string, unknown>;
    expect(verdict(json)).toEqual(verdict(actionJson));
  });

  it('passes with exit 0 and prints one line per condition', async () => {
    const dir = workspace();
    write(dir, 'coverage/lcov.info', 'SF:src/a.ts\nFN:1,f\nFNDA:1,f\nDA:1,1\nDA:2,1\nBRDA:1,0,0,1\nBRDA:1,0,1,1\nend_of_record\n');
    write(dir, 'build/test-results/TEST-sync.xml', junitXml(3));
    const cli = await powerx(['gate', 'quality', '-C', dir, '--out', join(dir, 'out/report.json')], repoRoot);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^pass {2}coverage\.lines +100% +\(≥ 90%\)/m);
    expect(cli.stdout).toMatch(/^skip {2}coverage\.statements/m);
    expect(cli.stdout.trim().split('\n').at(-1)).toBe('Quality gate passed for acme.crm-sync@2.4.0');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))).toMatchObject({ status: 'passed' });
  });

  it('exits 2 with the file and line when a report is not what it claims', async () => {
    const dir = workspace();
    write(dir, 'coverage/coverage-summary.json', '{\n  "total": {\n    "lines": 12\n  }\n}\n');
    write(dir, 'reports/junit.xml', junitXml(3));
    const cli = await powerx(['gate', 'quality'], dir);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe('error: coverage/coverage-summary.json:3:14 total.lines lines must be an object with total and covered counts\n');
  });
});

describe('powerx gate security', () => {
  function project(): string {
    const dir = workspace();
    npmProject(dir, [
      { path: 'node_modules/debug', version: '2.6.8', license: 'MIT' },
      { path: 'node_modules/ms', version: '2.0.0', license: 'MIT' },
    ]);
    write(dir, 'audit.json', readFixture('npm-audit/npm-audit-one-vuln-high.json'));
    return dir;
  }

  it('blocks one high vulnerability with exit 1, the same findings as the action, and writes SARIF and SBOM', async () => {
    const dir = project();
    const cli = await powerx(['gate', 'security', '--npm-audit-file', 'audit.json', '--format', 'json', '--sarif-output', 'out/security.sarif', '--sbom-output', 'out/sbom.json'], dir);
    expect(cli.code).toBe(1);
    const json = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ gate: 'security', status: 'failed', counts: { total: 2, blocking: 1 }, outputs: { sarif: { path: 'out/security.sarif', results: 2 }, sbom: { path: 'out/sbom.json', components: 2 } } });
    expect(existsSync(join(dir, 'out/security.sarif'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'out/sbom.json'), 'utf8'))).toMatchObject({ bomFormat: 'CycloneDX' });

    const action = await runAction({ action: 'security-scan', workspace: dir, inputs: { 'npm-audit-file': 'audit.json' } });
    const actionJson = JSON.parse(readFileSync(action.outputs.report!, 'utf8')) as Record<string, unknown>;
    expect(verdict(json)).toEqual(verdict(actionJson));
  });

  it('passes with exit 0 when the high finding is waived, and prints Markdown on request', async () => {
    const dir = project();
    const config = readFileSync(join(dir, 'config/publish/quality_gates.yaml'), 'utf8').replace(
      '  waivers: []',
      '  waivers:\n    - id: CVE-2017-20165\n      reason: debug is only used by the CLI helper, never with user input.\n      approver: linda-zhou\n      expires: 2099-01-01T00:00:00Z\n    - id: GHSA-9vvw-cc9w-f27h\n      reason: debug is only used by the CLI helper, never with user input.\n      approver: linda-zhou\n      expires: 2099-01-01T00:00:00Z',
    );
    write(dir, 'config/publish/quality_gates.yaml', config);
    const cli = await powerx(['gate', 'security', '--npm-audit-file', 'audit.json', '--format', 'md'], dir);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('### ✅ Security gate passed for `acme.crm-sync@2.4.0`');
    expect(cli.stdout).toContain('waived by @linda-zhou until 2099-01-01');
  });

  it('exits 2 for an invalid waiver, naming its line', async () => {
    const dir = project();
    const config = readFileSync(join(dir, 'config/publish/quality_gates.yaml'), 'utf8').replace('  waivers: []', '  waivers:\n    - id: GHSA-9vvw-cc9w-f27h\n      reason: ok\n      approver: linda-zhou\n      expires: 2099-01-01T00:00:00Z');
    write(dir, 'config/publish/quality_gates.yaml', config);
    const cli = await powerx(['gate', 'security', '--npm-audit-file', 'audit.json'], dir);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^error: config\/publish\/quality_gates\.yaml:\d+:\d+ security\.waivers\[0\]\.reason must NOT have fewer than 10 characters/);
  });
});
