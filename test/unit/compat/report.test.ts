import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { verify } from '@powerx/core/audit/verify.js';
import { createCompatChecker } from '@powerx/core/compat/engine.js';
import { recordCompatReport } from '@powerx/core/compat/record.js';
import { buildReport, renderReportMarkdown, renderReportText, worstVerdict } from '@powerx/core/compat/report.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { exception, manifest, matrix, NOW, tenant } from './fixtures.js';

function fleet() {
  const m = matrix({ generatedAt: '2026-11-01T00:00:00Z', maxAgeHours: 240, rules: [{ plugin: '*', versions: '*', host: '^3.0.0', verdict: 'compatible' }] });
  const exceptions = [exception({ tenants: ['tn-0003'] }), exception({ id: 'cx-old', tenants: ['tn-0004'], expiresAt: '2026-11-05T00:00:00Z' }), exception({ id: 'cx-asked', status: 'pending', tenants: ['tn-0009'] })];
  const checker = createCompatChecker({ manifest: manifest(), catalog: { plugins: [] }, matrix: m, exceptions, now: NOW });
  const tenants = [
    tenant({ id: 'tn-0001' }),
    tenant({ id: 'tn-0002', hostVersion: '3.9.0-rc.1', runtimes: { node: '22.0.0' } }),
    tenant({ id: 'tn-0003', hostVersion: '4.0.0' }),
    tenant({ id: 'tn-0004', hostVersion: '4.0.0' }),
  ];
  const results = tenants.map((t) => checker.check(t));
  return { report: buildReport({ manifest: manifest(), matrix: m, exceptions, results, now: NOW }), exceptions };
}

describe('the report', () => {
  it('counts verdicts, takes the worst verdict and the highest risk, and carries the metrics', () => {
    const { report } = fleet();
    expect(report.results.map((r) => r.verdict)).toEqual(['pass', 'block', 'exception', 'block']);
    expect(report).toMatchObject({
      plugin: 'acme.crm-sync',
      version: '2.4.0',
      verdict: 'block',
      risk: { score: 100, level: 'critical' },
      counts: { pass: 1, warn: 0, exception: 1, block: 2 },
      matrix: { generatedAt: '2026-11-01T00:00:00Z', stalenessHours: 228, stale: false, rules: 1, blockThreshold: 50 },
      metrics: {
        'version.compat.check_total': 4,
        'version.compat.block_total': 2,
        'version.compat.exception_request_total': 3,
        'version.compat.exception_approved_total': 2,
        'version.compat.matrix_staleness_hours': 228,
      },
    });
    expect(worstVerdict(['pass', 'warn'])).toBe('warn');
    expect(worstVerdict(['exception', 'warn'])).toBe('exception');
  });

  it('renders a summary a reviewer can act on', () => {
    const { report } = fleet();
    const md = renderReportMarkdown(report, { reportUrl: 'https://example.test/report', exceptionHint: 'Request an exception for {tenant} waiving {codes}.' });
    expect(md).toContain('## ❌ Compatibility: `acme.crm-sync@2.4.0` — block');
    expect(md).toContain('| Tenant | Operation | Verdict | Risk | Conflicts | Exception |');
    expect(md).toMatch(/\| `tn-0003` \| install \| ℹ️ exception \| 95 \(critical\) \| ~~host-mismatch~~, untested \| cx-1001 \(approved by sec-bob, rm-carol, until 2026-11-20T10:00:00Z\) \|/);
    expect(md).toContain('Exception `cx-old` not used: it expired at 2026-11-05T00:00:00Z.');
    expect(md).toContain('Request an exception for tn-0004 waiving host-mismatch.');
    expect(md).toContain('| `version.compat.block_total` | 2 |');
    expect(md.indexOf('tn-0004')).toBeLessThan(md.indexOf('tn-0001'));
    const text = renderReportText(report);
    expect(text.split('\n')[0]).toBe('acme.crm-sync@2.4.0: BLOCK (4 tenant(s): 1 pass, 0 warn, 1 exception, 2 block)');
    expect(text).toContain('  error   host-mismatch (waived): acme.crm-sync@2.4.0 requires host >=3.2.0 <4.0.0; the tenant runs host 4.0.0');
  });
});

describe('audit records and events', () => {
  it('audits every check, each exception used and each one found expired; publishes blocks and expiries', async () => {
    const { report, exceptions } = fleet();
    const path = join(mkdtempSync(join(tmpdir(), 'powerx-compat-audit-')), 'audit.jsonl');
    const store = new FileAuditStore(path);
    const audit = new AuditLog(store, { context: { actor: 'octocat', run: { id: '42', attempt: 1, workflow: 'compat', commit: 'abc' } } });
    const sink = new CollectingSink();
    const events = await recordCompatReport(report, exceptions, { audit, events: sink, reportUrl: 'https://example.test/report' });
    const records = await store.read();
    expect(records.map((r) => `${r.action}:${r.outcome}`)).toEqual([
      'compat.check:passed',
      'compat.check:blocked',
      'compat.check:waived',
      'compat.exception.used:waived',
      'compat.check:blocked',
      'compat.exception.expired:expired',
    ]);
    const block = records[1]!;
    expect(block.subject).toBe('acme.crm-sync@2.4.0');
    expect(block.details).toMatchObject({ tenant: 'tn-0002', verdict: 'block', conflicts: [{ code: 'host-mismatch', required: '>=3.2.0 <4.0.0', actual: '3.9.0-rc.1' }, { code: 'untested' }, { code: 'prerelease' }] });
    expect(records[3]!.details).toMatchObject({ tenant: 'tn-0003', exception: 'cx-1001', approvalId: 'acme/crm-sync/runs/1001', monitoring: ['error-rate'] });
    expect(verify((await store.readText())!)).toMatchObject({ ok: true, count: 6 });

    expect(sink.events).toEqual(events);
    expect(events.map((e) => `${e.type}:${e.tenant ?? '*'}`)).toEqual(['compat.check.blocked:tn-0002', 'compat.check.blocked:tn-0004', 'compat.exception.expired:*']);
    expect(events[0]!.data).toMatchObject({ plugin: 'acme.crm-sync', version: '2.4.0', operation: 'install', reportUrl: 'https://example.test/report', conflicts: [{ code: 'host-mismatch' }, { code: 'untested' }, { code: 'prerelease' }] });
    expect(events[2]!.data).toMatchObject({ exceptionId: 'cx-old', reason: 'expired', expiredAt: '2026-11-05T00:00:00Z', checkedTenants: ['tn-0004'] });
  });
});
