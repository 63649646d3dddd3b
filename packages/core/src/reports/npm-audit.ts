import semver from 'semver';
import { tryCvss } from './cvss.js';
import { severityFromLabel, type Finding, type Severity } from './findings.js';
import { isObject, pointerPart, parseJsonReport, type JsonReport } from './source.js';

type Json = Record<string, unknown>;

export interface NpmAuditReport {
  file: string;
  format: 'npm-audit';
  /** 2 for npm 7 and later (`vulnerabilities`), 1 for npm 6 (`advisories`). */
  reportVersion: 1 | 2;
  findings: Finding[];
  /** What npm's own metadata counts, per severity (packages for v2, advisories for v1). */
  declared: Record<string, number>;
}

/** Looks up the version installed at a `node_modules/...` path (from package-lock.json). */
export type InstalledLookup = (nodePath: string) => string | undefined;

const GHSA = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The versions that end each vulnerable interval of a range: `>=4.0.0 <4.3.1` -> 4.3.1. */
export function fixedVersionsOfRange(range: string | undefined): string[] {
  if (!range) return [];
  let parsed: semver.Range;
  try {
    parsed = new semver.Range(range, { loose: true });
  } catch {
    return [];
  }
  const fixed = new Set<string>();
  for (const set of parsed.set) {
    for (const comparator of set) if (comparator.operator === '<' && comparator.semver.version !== '0.0.0') fixed.add(comparator.semver.version);
  }
  return [...fixed].sort(semver.compare);
}

/** The lowest version a `patched_versions` range (npm 6) allows: `>=2.6.9` -> 2.6.9. */
function firstPatched(range: string | undefined): string[] {
  if (!range) return [];
  try {
    const min = semver.minVersion(range, { loose: true });
    return min && semver.satisfies(min, range, { loose: true }) && min.version !== '0.0.0' ? [min.version] : [];
  } catch {
    return [];
  }
}

function declaredCounts(value: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  if (isObject(value) && isObject(value.metadata) && isObject(value.metadata.vulnerabilities)) {
    for (const [k, v] of Object.entries(value.metadata.vulnerabilities)) if (typeof v === 'number') counts[k] = v;
  }
  return counts;
}

function cvssOf(finding: Finding, cvss: unknown): void {
  if (!isObject(cvss)) return;
  const parsed = tryCvss(cvss.vectorString);
  if (parsed) {
    finding.cvss = { version: parsed.version, vector: parsed.vector };
    finding.score = parsed.score;
  } else if (typeof cvss.score === 'number' && cvss.score > 0 && cvss.score <= 10) {
    finding.score = cvss.score;
  }
}

function remediationOf(fix: unknown): string | undefined {
  if (fix === true) return 'npm audit fix';
  if (isObject(fix) && str(fix.name) && str(fix.version)) {
    return fix.isSemVerMajor ? `npm audit fix --force (installs ${fix.name}@${fix.version}, a semver-major change)` : `npm audit fix (updates ${fix.name} to ${fix.version})`;
  }
  if (fix === false) return 'no fix available';
  return undefined;
}

/** What one advisory on one installed version of a package says, in either report version. */
interface NpmAdvisory {
  id: string;
  aliases: string[];
  title: string | undefined;
  /** From the advisory's severity label; none is `unknown`. */
  severity: Severity | undefined;
  pkg: string;
  version: string | undefined;
  fixedIn: string[];
  remediation?: string | undefined;
  url: string | undefined;
  cvss: unknown;
}

function npmFinding(report: JsonReport, a: NpmAdvisory): Finding {
  const finding: Finding = {
    id: a.id,
    aliases: a.aliases,
    source: 'npm-audit',
    tool: 'npm audit',
    title: a.title ?? a.id,
    severity: a.severity ?? 'unknown',
    severitySource: a.severity ? 'label' : 'none',
    package: a.pkg,
    ecosystem: 'npm',
    report: report.file,
  };
  if (a.version) finding.installed = a.version;
  if (a.fixedIn.length > 0) finding.fixedIn = a.fixedIn;
  if (a.remediation) finding.remediation = a.remediation;
  if (a.url) finding.url = a.url;
  cvssOf(finding, a.cvss);
  return finding;
}

function fromV2(report: JsonReport, root: Json, installed: InstalledLookup | undefined): Finding[] {
  const vulnerabilities = root.vulnerabilities;
  if (!isObject(vulnerabilities)) throw report.error('/vulnerabilities', '"vulnerabilities" must be an object keyed by package name', 'not-npm-audit');
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const [name, entry] of Object.entries(vulnerabilities)) {
    const at = `/vulnerabilities/${pointerPart(name)}`;
    if (!isObject(entry)) throw report.error(at, 'each vulnerability must be an object', 'not-npm-audit');
    if (!Array.isArray(entry.via)) throw report.error(at, `${name}: "via" must be an array`, 'not-npm-audit');
    const nodes = Array.isArray(entry.nodes) ? entry.nodes.filter((n): n is string => typeof n === 'string') : [];
    const versions = [...new Set(nodes.map((n) => installed?.(n)).filter((v): v is string => v !== undefined))];
    entry.via.forEach((via, v) => {
      // A string names the dependency through which this package is affected; its own entry carries the advisory.
      if (typeof via === 'string') return;
      if (!isObject(via)) throw report.error(`${at}/via/${v}`, 'each "via" entry must be a package name or an advisory object', 'not-npm-audit');
      const url = str(via.url);
      const source = via.source !== undefined ? String(via.source) : undefined;
      const ghsa = url && GHSA.exec(url)?.[0];
      const id = ghsa ?? (source ? `npm-advisory-${source}` : undefined);
      if (!id) throw report.error(`${at}/via/${v}`, `${name}: an advisory in "via" needs a url or a source id`, 'not-npm-audit');
      const pkg = str(via.dependency) ?? str(via.name) ?? name;
      for (const version of versions.length > 0 ? versions : [undefined]) {
        const key = `${id}|${pkg}|${version ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(
          npmFinding(report, {
            id,
            aliases: source && ghsa ? [`npm-advisory-${source}`] : [],
            title: str(via.title),
            severity: severityFromLabel(via.severity) ?? severityFromLabel(entry.severity),
            pkg,
            version,
            fixedIn: fixedVersionsOfRange(str(via.range)),
            remediation: remediationOf(entry.fixAvailable),
            url,
            cvss: via.cvss,
          }),
        );
      }
    });
  }
  return findings;
}

function fromV1(report: JsonReport, root: Json): Finding[] {
  const advisories = root.advisories;
  if (!isObject(advisories)) throw report.error('/advisories', '"advisories" must be an object keyed by advisory id', 'not-npm-audit');
  const findings: Finding[] = [];
  for (const [key, advisory] of Object.entries(advisories)) {
    const at = `/advisories/${pointerPart(key)}`;
    if (!isObject(advisory)) throw report.error(at, 'each advisory must be an object', 'not-npm-audit');
    const pkg = str(advisory.module_name);
    if (!pkg) throw report.error(at, `advisory ${key} has no module_name`, 'not-npm-audit');
    const url = str(advisory.url);
    const ghsa = str(advisory.github_advisory_id) ?? (url ? GHSA.exec(url)?.[0] : undefined);
    const id = ghsa ?? `npm-advisory-${advisory.id ?? key}`;
    const cves = Array.isArray(advisory.cves) ? advisory.cves.filter((c): c is string => typeof c === 'string') : [];
    const versions = Array.isArray(advisory.findings)
      ? [...new Set(advisory.findings.map((f) => (isObject(f) ? str(f.version) : undefined)).filter((v): v is string => v !== undefined))]
      : [];
    for (const version of versions.length > 0 ? versions : [undefined]) {
      findings.push(
        npmFinding(report, {
          id,
          aliases: [...cves, ...(ghsa ? [`npm-advisory-${advisory.id ?? key}`] : [])],
          title: str(advisory.title),
          severity: severityFromLabel(advisory.severity),
          pkg,
          version,
          fixedIn: firstPatched(str(advisory.patched_versions)),
          url,
          cvss: advisory.cvss,
        }),
      );
    }
  }
  return findings;
}

/**
 * Reads `npm audit --json`: the npm 7+ report (`auditReportVersion: 2`, `vulnerabilities` keyed by
 * package, advisories as objects in `via`) and the npm 6 report (`advisories` keyed by id). One finding per
 * advisory and installed version; entries that are only affected through a dependency (`via` names) add none.
 * npm's own error output (`{"error": {...}}`) is reported as such.
 */
export function parseNpmAudit(text: string, file: string, installed?: InstalledLookup): NpmAuditReport {
  const report = parseJsonReport(text, file, 'npm audit --json');
  const root = report.value;
  if (!isObject(root)) throw report.error('', 'is not npm audit JSON: expected an object', 'not-npm-audit');
  if (isObject(root.error)) {
    const code = str(root.error.code) ?? 'unknown';
    const summary = str(root.error.summary) ?? str(root.error.detail) ?? 'no details';
    throw report.error('/error', `npm audit failed (${code}): ${summary.split('\n')[0]}`, 'npm-audit-error');
  }
  if (root.auditReportVersion === 2 || (root.auditReportVersion === undefined && isObject(root.vulnerabilities))) {
    return { file, format: 'npm-audit', reportVersion: 2, findings: fromV2(report, root, installed), declared: declaredCounts(root) };
  }
  if (isObject(root.advisories)) return { file, format: 'npm-audit', reportVersion: 1, findings: fromV1(report, root), declared: declaredCounts(root) };
  if (root.auditReportVersion !== undefined) {
    throw report.error('/auditReportVersion', `auditReportVersion ${JSON.stringify(root.auditReportVersion)} is not supported (2 is)`, 'not-npm-audit');
  }
  throw report.error('', 'is not npm audit JSON: it has neither "vulnerabilities" (npm 7+) nor "advisories" (npm 6)', 'not-npm-audit');
}
