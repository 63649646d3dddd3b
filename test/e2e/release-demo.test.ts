/** `powerx demo --stage release`: a sample plugin released end to end on the simulator and a GitHub double. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '@powerx/core/audit/verify.js';
import { runDemo } from '@powerx/cli/commands/demo.js';

describe('powerx demo: release stage', () => {
  it('releases a sample plugin and prints where the plan, the reports and the audit bundle are', async () => {
    const out = mkdtempSync(join(tmpdir(), 'powerx-demo-release-'));
    let stdout = '';
    let stderr = '';
    const code = await runDemo({ out, stage: ['release'] }, { out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    for (const line of ['approvals sync: powerx-qa, powerx-release-manager', 'quality gate: passed', 'security gate: passed', 'qa approval by @linda: approved', 'release-manager approval by @matrix: approved', 'events: plugin.release.published']) {
      expect(stdout).toContain(line);
    }
    expect(stdout).toMatch(/release v\d+\.0\.0 on [0-9a-f]{12}: http:\/\/127\.0\.0\.1:\d+\/acme\/crm-sync\/releases\/tag\/v\d+\.0\.0/);
    expect(stdout).toMatch(/audit: bundle verified \(10 records\), archived at github:acme\/crm-sync@powerx-audit:bundles\/acme\.crm-sync\/.*; branch verified/);
    const where = stdout.slice(stdout.indexOf('== where things are'));
    for (const label of ['release: release plan (Markdown)', 'release: release plan (JSON)', 'release: quality gate report', 'release: security gate report', 'release: audit bundle']) expect(where).toContain(label);
    const plan = JSON.parse(readFileSync(join(out, 'release', 'release-plan.json'), 'utf8')) as { rollback: { contacts: string[] }; approvals: unknown[] };
    expect(plan.rollback.contacts).toEqual(['ops-oncall', 'rollback@acme.example']);
    expect(plan.approvals).toHaveLength(2);
    expect(verify(readFileSync(join(out, 'release', 'audit-bundle.jsonl'), 'utf8'))).toMatchObject({ ok: true, count: 10 });
    expect(existsSync(join(out, 'release', 'release-plan.md'))).toBe(true);
  });
});
