import { describe, expect, it } from 'vitest';
import { parseGateConfig, type SecurityPolicy, type Waiver } from '@powerx/core/gates/config.js';
import { classifyLicense, licenseLeaves } from '@powerx/core/gates/licenses.js';
import { dedupeFindings, evaluateSecurityGate, type SecurityEvidence } from '@powerx/core/gates/security.js';
import { renderSecurityMarkdown } from '@powerx/core/gates/security-report.js';
import { checkWaivers } from '@powerx/core/gates/waivers.js';
import type { DependencyNode } from '@powerx/core/deps/npm-tree.js';
import type { Finding } from '@powerx/core/reports/findings.js';
import { parseNpmAudit } from '@powerx/core/reports/npm-audit.js';
import { parseOsv } from '@powerx/core/reports/osv.js';
import { parseSarif } from '@powerx/core/reports/sarif.js';
import { readFixture } from '../support/report-fixtures.js';

const policy = (yaml = ''): SecurityPolicy => parseGateConfig(yaml || '{}', 'quality_gates.yaml').security;
const NOW = new Date('2026-11-22T00:00:00Z');

function finding(partial: Partial<Finding> & Pick<Finding, 'id' | 'severity'>): Finding {
  return { aliases: [], source: 'npm-audit', tool: 'npm audit', title: partial.id, severitySource: 'label', report: 'audit.json', ...partial };
}

function evidence(findings: Finding[], extra: Partial<SecurityEvidence> = {}): SecurityEvidence {
  return { config: { file: 'config/publish/quality_gates.yaml', found: true }, findings, sources: [{ kind: 'npm-audit', file: 'audit.json', findings: findings.length, tools: ['npm audit'] }], missing: [], now: NOW, ...extra };
}

const node = (name: string, license: string | undefined, extra: Partial<DependencyNode> = {}): DependencyNode => ({
  path: `node_modules/${name}`,
  name,
  version: '1.0.0',
  dev: false,
  optional: false,
  dependencies: [],
  ...(license !== undefined ? { license } : {}),
  ...extra,
});

describe('security gate rules', () => {
  it('zero unwaived high or critical findings passes; one high fails', () => {
    expect(evaluateSecurityGate(policy(), evidence([finding({ id: 'GHSA-a', severity: 'medium', score: 5.3 })])).status).toBe('passed');
    const r = evaluateSecurityGate(policy(), evidence([finding({ id: 'GHSA-b', severity: 'high', package: 'debug', installed: '2.6.8' })]));
    expect(r.status).toBe('failed');
    expect(r.reasons).toEqual([{ code: 'findings.blocking', message: 'GHSA-b in debug@2.6.8' }]);
  });

  it('a CVSS score at the threshold blocks whatever the label says', () => {
    const r = evaluateSecurityGate(policy(), evidence([finding({ id: 'GHSA-c', severity: 'medium', score: 7.0 })]));
    expect(r.findings[0]).toMatchObject({ blocking: true, why: 'CVSS 7 ≥ 7' });
    expect(evaluateSecurityGate(policy('security: {cvssThreshold: 7.1}'), evidence([finding({ id: 'GHSA-c', severity: 'medium', score: 7.0 })])).status).toBe('passed');
  });

  it('failOn decides which severities block; unknown can be made to block', () => {
    const go = finding({ id: 'GO-2022-0493', severity: 'unknown', source: 'osv-record', tool: 'OSV' });
    expect(evaluateSecurityGate(policy(), evidence([go])).status).toBe('passed');
    expect(evaluateSecurityGate(policy('security: {failOn: [high, critical, unknown]}'), evidence([go])).status).toBe('failed');
    expect(evaluateSecurityGate(policy('security: {failOn: [critical], cvssThreshold: 10}'), evidence([finding({ id: 'X', severity: 'high', score: 8 })])).status).toBe('passed');
  });

  it('a waiver covers a finding by id or alias, optionally per package, until it expires', () => {
    const waivers = (expires: string, pkg?: string): string =>
      `security: {waivers: [{id: CVE-2017-20165, ${pkg ? `package: ${pkg}, ` : ''}reason: "not reachable from the plugin entry points", approver: linda-zhou, expires: "${expires}"}]}`;
    const high = finding({ id: 'GHSA-9vvw-cc9w-f27h', aliases: ['CVE-2017-20165'], severity: 'high', package: 'debug', installed: '2.6.8' });
    const active = evaluateSecurityGate(policy(waivers('2026-12-01T00:00:00Z')), evidence([high]));
    expect(active.status).toBe('passed');
    expect(active.findings[0]).toMatchObject({ blocking: false, waived: { approver: 'linda-zhou' } });
    expect(active.counts).toMatchObject({ blocking: 0, waived: 1 });
    expect(evaluateSecurityGate(policy(waivers('2026-12-01T00:00:00Z', 'ms')), evidence([high])).status).toBe('failed');
    const expired = evaluateSecurityGate(policy(waivers('2026-11-22T00:00:00Z')), evidence([high]));
    expect(expired.status).toBe('failed');
    expect(expired.findings[0]!.waiverExpired).toMatchObject({ expires: '2026-11-22T00:00:00Z' });
    expect(expired.conditions.find((c) => c.id === 'waivers.expired')).toMatchObject({ status: 'warn', actual: 1 });
    expect(expired.waivers.expired).toHaveLength(1);
  });

  it('waiver ids compare without case and unused waivers are listed', () => {
    const w: Waiver[] = [
      { id: 'ghsa-9vvw-cc9w-f27h', reason: 'r'.repeat(10), approver: 'a', expires: '2099-01-01T00:00:00Z' },
      { id: 'CVE-1', reason: 'r'.repeat(10), approver: 'a', expires: '2099-01-01T00:00:00Z' },
    ];
    expect(checkWaivers(w, ['GHSA-9vvw-cc9w-f27h'], 'debug', NOW).active?.id).toBe('ghsa-9vvw-cc9w-f27h');
    const r = evaluateSecurityGate({ ...policy(), waivers: w }, evidence([finding({ id: 'GHSA-9vvw-cc9w-f27h', severity: 'high' })]));
    expect(r.waivers.unused.map((x) => x.id)).toEqual(['CVE-1']);
  });

  it('a run that scanned nothing, or missed a requested input, fails', () => {
    expect(evaluateSecurityGate(policy(), evidence([], { sources: [] })).conditions.find((c) => c.id === 'inputs')).toMatchObject({ status: 'fail' });
    const missing = evaluateSecurityGate(policy(), evidence([], { missing: [{ kind: 'SARIF', pattern: 'scans/*.sarif' }] }));
    expect(missing.reasons).toEqual([{ code: 'inputs', message: 'not found: SARIF scans/*.sarif' }]);
    expect(evaluateSecurityGate(policy(), evidence([], { config: { file: 'q.yaml', found: false } })).status).toBe('failed');
  });

  it('merges the same advisory reported by npm audit and OSV-Scanner on the same package version', () => {
    const npm = finding({ id: 'GHSA-9vvw-cc9w-f27h', severity: 'high', package: 'debug', installed: '2.6.8', ecosystem: 'npm' });
    const osv = finding({ id: 'CVE-2017-20165', aliases: ['GHSA-9vvw-cc9w-f27h'], severity: 'high', package: 'debug', installed: '2.6.8', ecosystem: 'npm', source: 'osv-scanner', tool: 'osv-scanner' });
    const other = finding({ id: 'CVE-2017-20165', aliases: ['GHSA-9vvw-cc9w-f27h'], severity: 'high', package: 'debug', installed: '4.3.4', ecosystem: 'npm', source: 'osv-scanner', tool: 'osv-scanner' });
    const merged = dedupeFindings([npm, osv, other]);
    expect(merged).toHaveLength(2);
    const kept = merged.find((f) => f.installed === '2.6.8')!;
    expect([kept.id, ...kept.aliases].sort()).toEqual(['CVE-2017-20165', 'GHSA-9vvw-cc9w-f27h']);
    expect([kept.tool, ...(kept.alsoReportedBy ?? [])].sort()).toEqual(['npm audit', 'osv-scanner']);
  });

  it('reads every security fixture into one gate and orders findings most severe first', () => {
    const all: Finding[] = [
      ...parseNpmAudit(readFixture('npm-audit/npm-audit-one-vuln-high.json'), 'a.json').findings,
      ...parseSarif(readFixture('sarif/trivy-image.sarif'), 't.sarif').findings,
      ...parseOsv(readFixture('osv/osv-scanner-some-findings.json'), 'o.json').findings,
    ];
    const r = evaluateSecurityGate(policy(), evidence(all));
    expect(r.findings.map((f) => [f.id, f.severity, f.blocking])).toEqual([
      ['CVE-2021-36159', 'critical', true],
      ['MAL-2023-1035', 'critical', true],
      ['GHSA-9vvw-cc9w-f27h', 'high', true],
      ['GHSA-gxpj-cx7g-858c', 'medium', false],
    ]);
    expect(r.counts.bySeverity).toMatchObject({ critical: 2, high: 1, medium: 1, low: 0 });
    const md = renderSecurityMarkdown(r, 'acme.crm-sync@2.4.0');
    expect(md).toContain('| 🟥 critical | [MAL-2023-1035](https://github.com/advisories/GHSA-8348-2q94-ffjx) | `flot-axis` 0.0.0 |');
  });
});

describe('licence policy', () => {
  const lic = (yaml = '') => policy(yaml).licenses;
  const defaults = lic('security: {licenses: {allow: [MIT, Apache-2.0, ISC, BSD-3-Clause], deny: [GPL-3.0-only, GPL-3.0-or-later, AGPL-3.0-only]}}');

  it('splits expressions into licences', () => {
    expect(licenseLeaves('(MIT OR (Apache-2.0 AND GPL-2.0-only WITH Classpath-exception-2.0))')).toEqual(['MIT', 'Apache-2.0', 'GPL-2.0-only WITH Classpath-exception-2.0']);
  });

  it.each([
    ['MIT', 'allowed'],
    ['(MIT OR Apache-2.0)', 'allowed'],
    ['GPL-3.0-only', 'denied'],
    ['GPL-3.0-or-later', 'denied'],
    ['GPL-3.0-only OR MIT', 'allowed'],
    ['GPL-3.0-only AND MIT', 'denied'],
    ['(AGPL-3.0-only OR GPL-3.0-only)', 'denied'],
    ['MPL-2.0', 'unlisted'],
    ['LGPL-2.1-only OR GPL-3.0-only', 'unlisted'],
    ['UNLICENSED', 'unlisted'],
    ['SEE LICENSE IN LICENSE.txt', 'unlisted'],
    ['Not A Licence', 'invalid'],
    [undefined, 'missing'],
  ] as const)('%s is %s', (expression, status) => {
    expect(classifyLicense(expression, defaults).status).toBe(status);
  });

  it('denied always fails; unlisted and missing follow onUnlisted and onMissing', () => {
    expect(classifyLicense('GPL-3.0-only', defaults).action).toBe('fail');
    expect(classifyLicense('MPL-2.0', defaults).action).toBe('warn');
    expect(classifyLicense('MPL-2.0', lic('security: {licenses: {allow: [MIT], onUnlisted: fail}}')).action).toBe('fail');
    expect(classifyLicense(undefined, lic('security: {licenses: {onMissing: fail}}')).action).toBe('fail');
  });

  it('with an empty allow list anything not denied passes', () => {
    expect(classifyLicense('MPL-2.0', lic('security: {licenses: {deny: [GPL-3.0-only]}}'))).toMatchObject({ status: 'allowed', action: 'pass' });
  });

  it('gates the tree: dev-only packages are skipped unless included, licence waivers apply per package', () => {
    const packages = [node('a', 'MIT'), node('gpl-tool', 'GPL-3.0-only', { dev: true }), node('gpl-lib', 'GPL-3.0-only')];
    const base = 'allow: [MIT], deny: [GPL-3.0-only]';
    const r = evaluateSecurityGate(policy(`security: {licenses: {${base}}}`), evidence([], { dependencies: { source: 'package-lock.json', packages } }));
    expect(r.status).toBe('failed');
    expect(r.licenses).toMatchObject({ checked: 2, counts: { allowed: 1, denied: 1 } });
    const dev = evaluateSecurityGate(policy(`security: {licenses: {${base}, includeDev: true}}`), evidence([], { dependencies: { source: 'package-lock.json', packages } }));
    expect(dev.licenses.counts.denied).toBe(2);
    const waived = evaluateSecurityGate(
      policy(`security: {licenses: {${base}}, waivers: [{id: "license:GPL-3.0-only", package: gpl-lib, reason: "linked as a separate process only", approver: legal-bot, expires: "2099-01-01T00:00:00Z"}]}`),
      evidence([], { dependencies: { source: 'package-lock.json', packages } }),
    );
    expect(waived.status).toBe('passed');
    expect(waived.licenses.issues[0]).toMatchObject({ package: 'gpl-lib', status: 'denied', waived: { approver: 'legal-bot' } });
  });

  it('a project without a dependency tree skips the licence conditions', () => {
    const r = evaluateSecurityGate(policy(), evidence([]));
    expect(r.conditions.find((c) => c.id === 'licenses.denied')).toMatchObject({ status: 'skip' });
    expect(r.licenses.source).toBeNull();
  });
});
