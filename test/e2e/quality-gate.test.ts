import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { runAction, type ActionResult } from '../support/harness.js';
import { gateWorkspace, istanbulSummary, junitXml, write } from '../support/gate-workspace.js';
import { readFixture } from '../support/report-fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = gateWorkspace();
  dirs.push(dir);
  return dir;
}

async function gate(dir: string, inputs: Record<string, string> = {}): Promise<ActionResult & { report: Record<string, unknown>; audit: string }> {
  const result = await runAction({ action: 'quality-gate', workspace: dir, inputs: { submitter: 'dev-alice', ...inputs } });
  const reportPath = result.outputs.report!;
  const auditPath = result.outputs['audit-log']!;
  return { ...result, report: JSON.parse(readFileSync(reportPath, 'utf8')) as Record<string, unknown>, audit: readFileSync(auditPath, 'utf8') };
}

type Condition = { id: string; status: string; actual: unknown; threshold: unknown };
const condition = (report: Record<string, unknown>, id: string) => (report.conditions as Condition[]).find((c) => c.id === id);

describe('quality-gate action', () => {
  it('passes at 90% coverage with every test green: outputs, summary, metrics and an audit record, no blocked event', async () => {
    const dir = workspace();
    write(dir, 'coverage/coverage-summary.json', istanbulSummary({ 'src/a.ts': { lines: [450, 500] }, 'src/b.ts': { lines: [450, 500] } }));
    write(dir, 'reports/junit.xml', junitXml(40, 0, 2));
    const r = await gate(dir);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'passed', passed: 'true', 'pass-rate': '1', 'coverage-percent': '90', 'blocked-event': '' });
    expect(JSON.parse(r.outputs.metrics!)).toEqual({ 'publish.test.pass_rate': 1, 'publish.coverage.percent': 90 });
    expect(r.report).toMatchObject({ gate: 'quality', status: 'passed', subject: 'acme.crm-sync@2.4.0', config: { file: 'config/publish/quality_gates.yaml', found: true }, events: [] });
    expect(condition(r.report, 'coverage.lines')).toMatchObject({ status: 'pass', actual: 90, threshold: 90 });
    expect(condition(r.report, 'tests.count')).toMatchObject({ status: 'pass', actual: 40 });
    expect(r.summary).toContain('Quality gate passed for `acme.crm-sync@2.4.0`');
    expect(r.summary).toMatch(/\| Line coverage `coverage.lines` \| ≥ 90% \| 90% \| ✅ pass \|/);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
    const verified = verify(r.audit);
    expect(verified).toMatchObject({ ok: true, count: 1 });
    const record = JSON.parse(r.audit.trim()) as { action: string; subject: string; outcome: string; details: Record<string, unknown>; run: { id: string } };
    expect(record).toMatchObject({ action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.4.0', outcome: 'passed', run: { id: '4242' } });
    expect(record.details).toMatchObject({ gate: 'quality', metrics: { 'publish.test.pass_rate': 1, 'publish.coverage.percent': 90 }, submitter: 'dev-alice' });
  });

  it('blocks at 89.9% line coverage: failed condition, annotation on the threshold, blocked event, audit record', async () => {
    const dir = workspace();
    write(dir, 'coverage/coverage-summary.json', istanbulSummary({ 'src/a.ts': { lines: [899, 1000], branches: [95, 100], functions: [10, 10], statements: [950, 1000] } }));
    write(dir, 'reports/junit.xml', junitXml(20));
    const r = await gate(dir);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'failed', passed: 'false', 'coverage-percent': '89.9' });
    expect(condition(r.report, 'coverage.lines')).toMatchObject({ status: 'fail', actual: 89.9, threshold: 90 });
    expect(condition(r.report, 'coverage.branches')).toMatchObject({ status: 'pass' });
    expect(JSON.parse(r.outputs.reasons!)).toEqual([{ code: 'coverage.lines', message: 'lines coverage 89.9% is below 90% (899 of 1000 covered)' }]);
    const event = JSON.parse(r.outputs['blocked-event']!) as { type: string; subject: string; data: Record<string, unknown> };
    expect(event).toMatchObject({ type: 'publish.pipeline.blocked', subject: 'acme.crm-sync@2.4.0', data: { stage: 'quality', plugin: 'acme.crm-sync', version: '2.4.0', submitter: 'dev-alice' } });
    expect(event.data.reasons).toEqual([{ stage: 'quality', code: 'coverage.lines', message: 'lines coverage 89.9% is below 90% (899 of 1000 covered)' }]);
    expect(r.report.events).toEqual([event]);
    const annotation = r.annotations.find((a) => a.properties.title === 'Quality gate: Line coverage')!;
    expect(annotation).toMatchObject({ command: 'error', properties: { file: 'config/publish/quality_gates.yaml', line: '11' } });
    expect(r.annotations.some((a) => a.message.startsWith('Quality gate failed: lines coverage 89.9%'))).toBe(true);
    expect(JSON.parse(r.audit.trim())).toMatchObject({ outcome: 'failed', details: { gate: 'quality', reasons: [{ code: 'coverage.lines' }] } });
    expect(r.summary).toContain('❌ Quality gate failed');
    expect(r.summary).toMatch(/\| Line coverage `coverage.lines` \| ≥ 90% \| 89.9% \| ❌ fail \|/);
  });

  it('blocks when the JUnit report is missing, and annotates failing tests where they are', async () => {
    const dir = workspace();
    write(dir, 'coverage/coverage-summary.json', istanbulSummary({ 'src/a.ts': { lines: [95, 100] } }));
    const missing = await gate(dir, { 'audit-log': '.powerx/audit.jsonl' });
    expect(missing.exitCode).toBe(1);
    expect(condition(missing.report, 'reports.junit')).toMatchObject({ status: 'fail', actual: 'none found' });
    expect(condition(missing.report, 'tests.count')).toMatchObject({ status: 'fail' });
    expect(missing.outputs['pass-rate']).toBe('');

    write(dir, 'reports/junit.xml', junitXml(38, 2));
    const failing = await gate(dir, { 'audit-log': '.powerx/audit.jsonl' });
    expect(failing.exitCode).toBe(1);
    expect(condition(failing.report, 'tests.failed')).toMatchObject({ status: 'fail', actual: 2, threshold: 0 });
    expect(condition(failing.report, 'tests.passRate')).toMatchObject({ status: 'pass', actual: 0.95 });
    const tests = failing.annotations.filter((a) => a.properties.title === 'Failed test');
    expect(tests.map((a) => [a.properties.file, a.properties.line])).toEqual([
      ['src/sync.test.ts', '10'],
      ['src/sync.test.ts', '11'],
    ]);
    // Both verdicts went to one log, one hash chain.
    expect(verify(failing.audit)).toMatchObject({ ok: true, count: 2 });
  });

  it('blocks when the gate configuration is missing, even with perfect reports', async () => {
    const dir = workspace();
    rmSync(join(dir, 'config'), { recursive: true });
    write(dir, 'coverage/coverage-summary.json', istanbulSummary({ 'src/a.ts': { lines: [100, 100] } }));
    write(dir, 'reports/junit.xml', junitXml(5));
    const r = await gate(dir);
    expect(r.exitCode).toBe(1);
    expect(r.report.config).toEqual({ file: 'config/publish/quality_gates.yaml', found: false });
    expect(condition(r.report, 'config')).toMatchObject({ status: 'fail', actual: 'missing' });
    expect(condition(r.report, 'coverage.lines')).toMatchObject({ status: 'pass' });
  });

  it('a report that is not what it claims stops the step with a located annotation, an error verdict and a blocked event', async () => {
    const dir = workspace();
    write(dir, 'coverage/coverage-summary.json', istanbulSummary({ 'src/a.ts': { lines: [100, 100] } }));
    write(dir, 'reports/junit.xml', readFixture('cobertura/gcovr-8.0-gcc14.xml'));
    // Named explicitly, the file must be JUnit; a default glob would only have left it out with a warning.
    const r = await gate(dir, { junit: 'reports/junit.xml' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.status).toBe('error');
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'reports/junit.xml', line: '3' }), message: expect.stringContaining('is not a JUnit XML report') }),
    );
    expect(r.report).toMatchObject({ status: 'error', issues: [{ file: 'reports/junit.xml', line: 3, code: 'not-junit' }] });
    expect(JSON.parse(r.outputs['blocked-event']!)).toMatchObject({ data: { reasons: [{ code: 'not-junit' }] } });
    expect(JSON.parse(r.audit.trim())).toMatchObject({ outcome: 'error' });
    expect(r.summary).toContain('Quality gate could not be evaluated');
  });

  it('an invalid configuration is annotated on its line', async () => {
    const dir = workspace();
    write(dir, 'config/publish/quality_gates.yaml', 'coverage:\n  lines: 190\n');
    const r = await gate(dir);
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toContainEqual(expect.objectContaining({ properties: expect.objectContaining({ file: 'config/publish/quality_gates.yaml', line: '2' }) }));
  });

  it('with fail-on-block false the step succeeds and reports the verdict', async () => {
    const dir = workspace();
    write(dir, 'reports/junit.xml', junitXml(1));
    const r = await gate(dir, { 'fail-on-block': 'false', coverage: 'coverage/lcov.info' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('false');
    expect(condition(r.report, 'reports.coverage')).toMatchObject({ status: 'fail' });
  });
});
