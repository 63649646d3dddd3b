/** The one shape every security input is normalised to. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type FindingSource = 'npm-audit' | 'sarif' | 'osv-scanner' | 'osv-record';

export interface FindingLocation {
  /** Path as the producer wrote it, `/` separators, `file://` and base ids resolved where possible. */
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding {
  /** Advisory id (GHSA-…, CVE-…, GO-…, MAL-…) or rule id; what a waiver names. */
  id: string;
  /** Other ids of the same advisory (CVE, GHSA, …); a waiver may name any of them. */
  aliases: string[];
  source: FindingSource;
  /** The scanner: SARIF driver name, `npm audit`, `osv-scanner`. */
  tool: string;
  title: string;
  severity: Severity;
  /** Where `severity` came from: the advisory's label, its CVSS score, SARIF `security-severity` or `level`. */
  severitySource: 'label' | 'cvss' | 'security-severity' | 'level' | 'malicious' | 'none';
  /** CVSS base score 0..10 when known (from a vector, or SARIF `security-severity`). */
  score?: number;
  cvss?: { version: string; vector: string };
  /** Affected package (name as its ecosystem spells it). */
  package?: string;
  ecosystem?: string;
  installed?: string;
  /** Versions that fix it, when the source says. */
  fixedIn?: string[];
  /** What to do about it, when the source says (npm audit's fixAvailable). */
  remediation?: string;
  /** Advisory or rule documentation. */
  url?: string;
  location?: FindingLocation;
  /** The report file it came from. */
  report: string;
}

const RANK: Record<Severity, number> = { critical: 5, high: 4, medium: 3, low: 2, info: 1, unknown: 0 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Orders findings most severe first, then by score, id and package. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    (b.score ?? -1) - (a.score ?? -1) ||
    a.id.localeCompare(b.id) ||
    (a.package ?? '').localeCompare(b.package ?? '') ||
    (a.installed ?? '').localeCompare(b.installed ?? '')
  );
}

/** Severity words from advisories and scanners: npm's `moderate`, GHSA's `MODERATE`, Trivy's `CRITICAL`, … */
export function severityFromLabel(label: unknown): Severity | undefined {
  if (typeof label !== 'string') return undefined;
  switch (label.trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'important':
      return 'high';
    case 'moderate':
    case 'medium':
      return 'medium';
    case 'low':
      return 'low';
    case 'info':
    case 'informational':
    case 'none':
    case 'negligible':
      return 'info';
    default:
      return undefined;
  }
}

/** CVSS v3/v4 qualitative rating of a score: 0 none, 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** A key that is equal for the same advisory on the same package version, whatever the scanner. */
export function findingKey(f: Pick<Finding, 'id' | 'package' | 'installed' | 'location' | 'tool'>): string {
  if (f.package) return `${f.id}|${f.package}|${f.installed ?? ''}`;
  const at = f.location ? `${f.location.file}:${f.location.line ?? ''}:${f.location.column ?? ''}` : '';
  return `${f.tool}|${f.id}|${at}`;
}
