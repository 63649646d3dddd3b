import { describe, expect, it } from 'vitest';
import { isConfigError, type ConfigIssue } from '@powerx/core/errors.js';
import { CvssError, parseCvss } from '@powerx/core/reports/cvss.js';
import { parseNpmAudit, fixedVersionsOfRange } from '@powerx/core/reports/npm-audit.js';
import { isAffected, parseOsv } from '@powerx/core/reports/osv.js';
import { parseSarif } from '@powerx/core/reports/sarif.js';
import { fixturePath, readFixture } from '../support/report-fixtures.js';

function issueOf(fn: () => unknown): ConfigIssue {
  try {
    fn();
  } catch (e) {
    if (isConfigError(e)) return e.issues[0]!;
    throw e;
  }
  throw new Error('expected an error');
}

const sarif = (name: string) => parseSarif(readFixture(name), fixturePath(name));
const bySeverity = (findings: { severity: string }[]) => findings.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.severity]: (acc[f.severity] ?? 0) + 1 }), {});

// Result counts and levels were read from the files with Python's json module and by eye; expected severities
// follow the documented rules (security-severity first, then level: error high, warning medium, note low).
describe('SARIF fixtures', () => {
  it('Trivy: one critical CVE from a numeric security-severity, ROOTPATH base resolved', () => {
    const r = sarif('sarif/trivy-image.sarif');
    expect(r.runs.map((run) => run.tool)).toEqual(['Trivy']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ id: 'CVE-2021-36159', severity: 'critical', severitySource: 'security-severity', score: 9.1, tool: 'Trivy', location: { file: '/library/alpine', line: 1, column: 1 } });
    expect(r.findings[0]!.url).toBe('https://avd.aquasec.com/nvd/cve-2021-36159');
  });

  it('gitleaks: eight results without ruleId or level are medium and keep their locations', () => {
    const r = sarif('sarif/gitleaks-7.5.0.sarif');
    expect(r.findings).toHaveLength(8);
    expect(bySeverity(r.findings)).toEqual({ medium: 8 });
    expect(r.findings.filter((f) => f.id === 'AWS Access Key secret detected')).toHaveLength(6);
    expect(r.findings.filter((f) => f.id === 'Asymmetric Private Key secret detected')).toHaveLength(2);
    expect(r.findings[2]!.location).toEqual({ file: 'dojo/unittests/scans/gitlab_secret_detection_report/gitlab_secret_detection_report_3_vuln.json', line: 13 });
  });

  it('osv-scanner SARIF: three warning results with file:// URIs', () => {
    const r = sarif('sarif/osv-scanner-test-vuln-results-a.sarif');
    expect(r.findings.map((f) => [f.id, f.severity, f.location?.file])).toEqual([
      ['CVE-2022-24713', 'medium', '/path/to/sub-rust-project/Cargo.lock'],
      ['CVE-2021-3121', 'medium', '/path/to/go.mod'],
      ['CVE-2022-24713', 'medium', '/path/to/sub-rust-project/Cargo.lock'],
    ]);
  });

  it('Semgrep: 77 results whose rules carry security-severity words', () => {
    const r = sarif('sarif/semgrep-oss-1.69.0.sarif');
    expect(r.findings).toHaveLength(77);
    expect(bySeverity(r.findings)).toEqual({ critical: 34, high: 1, medium: 42 });
    expect(r.findings[0]!.location).toEqual({ file: 'Gruntfile.js', line: 75, column: 22, endLine: 75, endColumn: 53 });
  });

  it('govulncheck: note, warning and error levels; CVE aliases from rule tags', () => {
    const r = sarif('sarif/govulncheck-1.3.0.sarif');
    expect(r.findings.map((f) => [f.id, f.severity, f.aliases])).toEqual([
      ['GO-2026-4864', 'medium', ['CVE-2026-32282']],
      ['GO-2026-4865', 'high', ['CVE-2026-32289']],
      ['GO-2026-4869', 'low', ['CVE-2026-32288']],
    ]);
    expect(r.findings.every((f) => f.location?.file === 'go.mod' && f.location.line === 1)).toBe(true);
  });

  it('ESLint with no results and Snyk with two empty runs', () => {
    expect(sarif('sarif/eslint-8.57.0-no-results.sarif')).toMatchObject({ findings: [], runs: [{ tool: 'ESLint' }] });
    const snyk = sarif('sarif/snyk-container-two-runs-no-results.sarif');
    expect(snyk.runs.map((run) => run.tool)).toEqual(['Snyk Container', 'Snyk Container']);
    expect(snyk.findings).toEqual([]);
  });
});

describe('SARIF rules', () => {
  const log = (results: unknown[], rules: unknown[] = [], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules } }, results, ...extra }] });

  it('falls back from result level to the rule default, then to warning; kinds pass and notApplicable are not findings', () => {
    const r = parseSarif(
      log(
        [
          { ruleId: 'a', message: { text: 'x' } },
          { ruleId: 'b', message: { text: 'x' } },
          { ruleId: 'b', level: 'note', message: { text: 'x' } },
          { ruleId: 'a', kind: 'pass', message: { text: 'x' } },
          { ruleId: 'a', kind: 'notApplicable', message: { text: 'x' } },
          { ruleId: 'a', kind: 'review', message: { text: 'x' } },
        ],
        [{ id: 'a', defaultConfiguration: { level: 'error' } }, { id: 'b' }],
      ),
      's.sarif',
    );
    expect(r.findings.map((f) => f.severity)).toEqual(['high', 'medium', 'low', 'info']);
  });

  it('finds rules by index, by reference into an extension, and fills message placeholders', () => {
    const text = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'T', rules: [{ id: 'r0' }] }, extensions: [{ name: 'pack', rules: [{ id: 'ext-1', properties: { 'security-severity': '7.5' }, messageStrings: { m: { text: 'bad {0}' } } }] }] },
          results: [
            { ruleIndex: 0, message: { text: 'a' } },
            { rule: { id: 'ext-1', index: 0, toolComponent: { index: 0 } }, message: { id: 'm', arguments: ['thing'] } },
          ],
        },
      ],
    });
    const r = parseSarif(text, 's.sarif');
    expect(r.findings.map((f) => [f.id, f.severity, f.score, f.title])).toEqual([
      ['r0', 'medium', undefined, 'a'],
      ['ext-1', 'high', 7.5, 'bad thing'],
    ]);
  });

  it('resolves artifact indexes and nested base ids', () => {
    const r = parseSarif(
      log([{ ruleId: 'a', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 3 } } }] }], [], {
        artifacts: [{ location: { uri: 'src/a%20b.ts', uriBaseId: 'SRC' } }],
        originalUriBaseIds: { ROOT: { uri: 'file:///work/' }, SRC: { uri: 'repo/', uriBaseId: 'ROOT' } },
      }),
      's.sarif',
    );
    expect(r.findings[0]!.location).toEqual({ file: '/work/repo/src/a b.ts', line: 3 });
  });

  it('rejects other versions and shapes, with the key and line', () => {
    expect(issueOf(() => parseSarif('{\n  "version": "2.0.0",\n  "runs": []\n}', 'x.sarif'))).toMatchObject({ line: 2, pointer: '/version', code: 'not-sarif' });
    expect(issueOf(() => parseSarif('{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}', 'x.sarif'))).toMatchObject({ pointer: '/runs/0', message: 'a run needs tool.driver.name' });
    expect(issueOf(() => parseSarif(log([{ level: 'fatal', message: { text: 'x' } }]), 'x.sarif'))).toMatchObject({ pointer: '/runs/0/results/0/level' });
    expect(issueOf(() => parseSarif(readFixture('npm-audit/npm-audit-no-vuln.json'), 'audit.json'))).toMatchObject({ code: 'not-sarif' });
  });
});

describe('npm audit fixtures', () => {
  const audit = (name: string, lookup?: (path: string) => string | undefined) => parseNpmAudit(readFixture(name), fixturePath(name), lookup);

  it('one high: two advisories on debug, one of them high, with CVSS vectors and a fix', () => {
    const r = audit('npm-audit/npm-audit-one-vuln-high.json', (path) => (path === 'node_modules/debug' ? '2.6.8' : undefined));
    expect(r.reportVersion).toBe(2);
    expect(r.declared).toMatchObject({ high: 1, total: 1 });
    expect(r.findings.map((f) => [f.id, f.package, f.installed, f.severity, f.score, f.fixedIn])).toEqual([
      ['GHSA-gxpj-cx7g-858c', 'debug', '2.6.8', 'medium', 5.3, ['2.6.9']],
      ['GHSA-9vvw-cc9w-f27h', 'debug', '2.6.8', 'high', 7.5, ['2.6.9']],
    ]);
    expect(r.findings[1]).toMatchObject({
      cvss: { version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
      aliases: ['npm-advisory-1094457'],
      remediation: 'npm audit fix (updates express to 4.18.3)',
      url: 'https://github.com/advisories/GHSA-9vvw-cc9w-f27h',
    });
  });

  it('many: three advisories; packages affected only through dependencies add none', () => {
    const r = audit('npm-audit/npm-audit-many-vulns.json');
    expect(r.findings.map((f) => [f.id, f.package, f.severity, f.fixedIn ?? null])).toEqual([
      ['GHSA-gxpj-cx7g-858c', 'debug', 'medium', ['4.3.1']],
      ['GHSA-c2qf-rxjj-qqgw', 'semver', 'medium', ['7.5.2']],
      ['GHSA-3787-6prv-h9w3', 'undici', 'low', null],
    ]);
    expect(r.findings[0]!.remediation).toBe('npm audit fix --force (installs vercel@32.3.0, a semver-major change)');
    expect(r.declared).toMatchObject({ low: 2, moderate: 4, total: 6 });
  });

  it('none: no findings', () => {
    expect(audit('npm-audit/npm-audit-no-vuln.json').findings).toEqual([]);
  });

  it('reads the npm 6 advisories format', () => {
    const v1 = {
      actions: [],
      advisories: {
        '1179': {
          id: 1179,
          title: 'Prototype Pollution',
          module_name: 'minimist',
          severity: 'low',
          url: 'https://npmjs.com/advisories/1179',
          github_advisory_id: 'GHSA-vh95-rmgr-6w4m',
          cves: ['CVE-2020-7598'],
          vulnerable_versions: '<0.2.1 || >=1.0.0 <1.2.3',
          patched_versions: '>=0.2.1 <1.0.0 || >=1.2.3',
          findings: [{ version: '1.2.0', paths: ['mkdirp>minimist'] }, { version: '0.0.8', paths: ['x>minimist'] }],
        },
      },
      muted: [],
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 0, critical: 0 } },
    };
    const r = parseNpmAudit(JSON.stringify(v1), 'audit.json');
    expect(r.reportVersion).toBe(1);
    expect(r.findings.map((f) => [f.id, f.installed, f.aliases, f.severity, f.fixedIn])).toEqual([
      ['GHSA-vh95-rmgr-6w4m', '1.2.0', ['CVE-2020-7598', 'npm-advisory-1179'], 'low', ['0.2.1']],
      ['GHSA-vh95-rmgr-6w4m', '0.0.8', ['CVE-2020-7598', 'npm-advisory-1179'], 'low', ['0.2.1']],
    ]);
  });

  it("reports npm's own error output and other JSON as errors", () => {
    expect(issueOf(() => parseNpmAudit('{\n  "error": {\n    "code": "ENOLOCK",\n    "summary": "This command requires an existing lockfile."\n  }\n}', 'audit.json'))).toMatchObject({
      code: 'npm-audit-error',
      line: 2,
      message: 'npm audit failed (ENOLOCK): This command requires an existing lockfile.',
    });
    expect(issueOf(() => parseNpmAudit(readFixture('osv/osv-record-GO-2022-0493.json'), 'audit.json'))).toMatchObject({ code: 'not-npm-audit' });
    expect(issueOf(() => parseNpmAudit('{"auditReportVersion": 3, "vulnerabilities": []}', 'audit.json'))).toMatchObject({ pointer: '/auditReportVersion' });
  });

  it('derives fixed versions from vulnerable ranges', () => {
    expect(fixedVersionsOfRange('<2.6.9')).toEqual(['2.6.9']);
    expect(fixedVersionsOfRange('>=4.0.0 <4.3.1 || >=5.0.0 <5.1.2')).toEqual(['4.3.1', '5.1.2']);
    expect(fixedVersionsOfRange('<=5.28.2')).toEqual([]);
    expect(fixedVersionsOfRange('not a range')).toEqual([]);
  });
});

describe('OSV fixtures', () => {
  it('osv-scanner output: a malicious package is critical', () => {
    const r = parseOsv(readFixture('osv/osv-scanner-some-findings.json'), 'osv.json');
    expect(r.format).toBe('osv-scanner');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      id: 'MAL-2023-1035',
      aliases: ['GHSA-8348-2q94-ffjx'],
      package: 'flot-axis',
      ecosystem: 'npm',
      installed: '0.0.0',
      severity: 'critical',
      severitySource: 'malicious',
      location: { file: '/tmp/components/yarn.lock' },
      url: 'https://github.com/advisories/GHSA-8348-2q94-ffjx',
    });
  });

  it('GHSA record with a CVSS v3.1 vector and a SEMVER range', () => {
    const r = parseOsv(readFixture('osv/osv-record-GHSA-whgm-jr23-g3j9.json'), 'rec.json');
    expect(r.records[0]).toMatchObject({ id: 'GHSA-whgm-jr23-g3j9', severity: 'high', severitySource: 'label', score: 7.5, aliases: ['CVE-2021-23424'] });
    expect(r.findings.map((f) => [f.package, f.installed, f.fixedIn])).toEqual([['ansi-html', undefined, ['0.0.8']]]);
    const matched = parseOsv(readFixture('osv/osv-record-GHSA-whgm-jr23-g3j9.json'), 'rec.json', (eco, name) => (eco === 'npm' && name === 'ansi-html' ? ['0.0.7', '0.0.8'] : []));
    expect(matched.findings.map((f) => f.installed)).toEqual(['0.0.7']);
  });

  it('GHSA record with a CVSS v4.0 vector and two ECOSYSTEM ranges for one package', () => {
    const r = parseOsv(readFixture('osv/osv-record-GHSA-3pxv-7cmr-fjr4.json'), 'rec.json');
    expect(r.records[0]).toMatchObject({ severity: 'medium', score: 6.9, cvss: { version: '4.0' } });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ package: 'org.apache.logging.log4j:log4j-core', ecosystem: 'Maven', fixedIn: ['2.25.4'] });
    const log4j = r.records[0]!.affected;
    expect(isAffected(log4j[0]!, '2.0-beta9')).toBe(true);
    expect(isAffected(log4j[1]!, '3.0.0-beta3')).toBe(true);
    expect(isAffected(log4j[0]!, '2.25.4')).toBe(false);
  });

  it('Go record without severity: unknown, two affected packages, introduced/fixed pairs', () => {
    const r = parseOsv(readFixture('osv/osv-record-GO-2022-0493.json'), 'rec.json');
    expect(r.records[0]).toMatchObject({ severity: 'unknown', severitySource: 'none', url: 'https://osv.dev/vulnerability/GO-2022-0493' });
    expect(r.findings.map((f) => [f.package, f.fixedIn])).toEqual([
      ['stdlib', ['1.17.10', '1.18.2']],
      ['golang.org/x/sys', ['0.0.0-20220412211240-33da011f77ad']],
    ]);
    const stdlib = r.records[0]!.affected[0]!;
    expect(['1.17.9', '1.17.10', '1.18.0', '1.18.1', '1.18.2', '1.19.0'].map((v) => isAffected(stdlib, v))).toEqual([true, false, true, true, false, false]);
  });

  it('a last_affected event is inclusive', () => {
    const affected = { ecosystem: 'npm', name: 'x', versions: [], fixed: [], ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { last_affected: '1.4.0' }] }] };
    expect(['0.9.0', '1.0.0', '1.4.0', '1.4.1'].map((v) => isAffected(affected, v))).toEqual([false, true, true, false]);
    expect(isAffected({ ...affected, ranges: [{ type: 'GIT', events: [{ introduced: 'abc' }] }] }, '1.0.0')).toBeUndefined();
  });

  it('rejects records without id or modified, and unrelated JSON', () => {
    expect(issueOf(() => parseOsv('{"id": "X-1", "affected": []}', 'r.json'))).toMatchObject({ message: 'OSV record X-1 needs a "modified" timestamp' });
    expect(issueOf(() => parseOsv(readFixture('istanbul/jest-coverage-summary.json'), 'r.json'))).toMatchObject({ code: 'not-osv' });
  });
});

describe('CVSS', () => {
  interface Entry {
    advisoryId: string;
    cvssVersion: string;
    vector: string;
    baseScore: number;
  }
  const entries = (JSON.parse(readFixture('cvss/cvss-vectors.json')) as { entries: Entry[] }).entries;

  it('scores all 23 published vectors as their sources state (13 v3.1, 10 v4.0)', () => {
    expect(entries.filter((e) => e.cvssVersion === '3.1')).toHaveLength(13);
    expect(entries.filter((e) => e.cvssVersion === '4.0')).toHaveLength(10);
    for (const entry of entries) {
      const scored = parseCvss(entry.vector);
      expect({ id: entry.advisoryId, version: scored.version, score: scored.score }).toEqual({ id: entry.advisoryId, version: entry.cvssVersion, score: entry.baseScore });
    }
  });

  it('rates scores in the specification bands', () => {
    expect(parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatchObject({ score: 9.8, severity: 'critical' });
    expect(parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H').severity).toBe('high');
    expect(parseCvss('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L')).toMatchObject({ version: '3.0', score: 5.3, severity: 'medium' });
    expect(parseCvss('CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/E:U')).toMatchObject({ score: 2.3, severity: 'low' });
    expect(parseCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toMatchObject({ score: 0, severity: 'info' });
    expect(parseCvss('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toMatchObject({ version: '2.0', score: 7.5, severity: 'high' });
  });

  it('rejects incomplete and invalid vectors', () => {
    expect(() => parseCvss('CVSS:3.1/AV:N/AC:L')).toThrow(new CvssError('CVSS 3.1 vector lacks base metric(s) PR, UI, S, C, I, A'));
    expect(() => parseCvss('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toThrow(/metric AV cannot be "X"/);
    expect(() => parseCvss('CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toThrow(/appears twice/);
    expect(() => parseCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/Q:1')).toThrow(/no metric "Q"/);
    expect(() => parseCvss('CVSS:5.0/AV:N')).toThrow(/not supported/);
    expect(() => parseCvss('high')).toThrow(/not a CVSS vector/);
  });
});
