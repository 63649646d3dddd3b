import { compareFindings, SEVERITIES, type Finding, type Severity } from '../reports/findings.js';
import type { SecurityPolicy, Waiver } from './config.js';
import { configCondition, gateStatus, reasonsOf, type GateCondition, type GateReason, type GateStatus } from './gate.js';
import { checkLicenses, type LicenseVerdict } from './licenses.js';
import type { DependencyNode } from '../deps/npm-tree.js';
import { checkWaivers, unusedWaivers, type WaiverRef } from './waivers.js';

export interface SecuritySource {
  kind: 'npm-audit' | 'sarif' | 'osv';
  file: string;
  findings: number;
  tools: string[];
}

export interface SecurityEvidence {
  config: { file: string; found: boolean };
  findings: Finding[];
  sources: SecuritySource[];
  /** Inputs that were asked for and not found (a pattern that matched nothing). */
  missing: { kind: string; pattern: string }[];
  /** Installed packages for the licence policy; undefined when the project has no npm dependency tree. */
  dependencies?: { source: string; packages: readonly DependencyNode[] };
  now: Date;
}

export interface EvaluatedFinding extends Finding {
  /** Fails the gate: not waived, and its severity is in failOn or its score reaches cvssThreshold. */
  blocking: boolean;
  /** Why it blocks, or why it does not. */
  why: string;
  waived?: WaiverRef;
  waiverExpired?: WaiverRef;
  /** Other scanners that reported the same advisory on the same package version. */
  alsoReportedBy?: string[];
}

export interface SecurityGateResult {
  gate: 'security';
  status: GateStatus;
  conditions: GateCondition[];
  reasons: GateReason[];
  sources: SecuritySource[];
  findings: EvaluatedFinding[];
  counts: { total: number; blocking: number; waived: number; bySeverity: Record<Severity, number> };
  licenses: {
    source: string | null;
    checked: number;
    counts: Record<LicenseVerdict['status'], number>;
    /** Every package that is not plainly allowed. */
    issues: LicenseVerdict[];
  };
  waivers: { applied: WaiverRef[]; expired: WaiverRef[]; unused: WaiverRef[] };
}

/**
 * The same advisory on the same package version from several scanners (npm audit, OSV-Scanner, a SARIF
 * upload of either) counts once: findings merge when package and version match and their ids or aliases meet.
 * The most severe report is kept.
 */
export function dedupeFindings(findings: readonly Finding[]): (Finding & { alsoReportedBy?: string[] })[] {
  const out: (Finding & { alsoReportedBy?: string[] })[] = [];
  const byPackage = new Map<string, (Finding & { alsoReportedBy?: string[] })[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    if (!finding.package) {
      out.push({ ...finding });
      continue;
    }
    const key = `${finding.ecosystem ?? ''}|${finding.package}|${finding.installed ?? ''}`;
    const group = byPackage.get(key) ?? [];
    byPackage.set(key, group);
    const ids = new Set([finding.id, ...finding.aliases].map((id) => id.toLowerCase()));
    const same = group.find((f) => [f.id, ...f.aliases].some((id) => ids.has(id.toLowerCase())));
    if (same) {
      same.aliases = [...new Set([...same.aliases, ...[finding.id, ...finding.aliases].filter((id) => id !== same.id)])];
      if (finding.tool !== same.tool) same.alsoReportedBy = [...new Set([...(same.alsoReportedBy ?? []), finding.tool])];
      same.fixedIn ??= finding.fixedIn;
      continue;
    }
    const copy = { ...finding };
    group.push(copy);
    out.push(copy);
  }
  return out.sort(compareFindings);
}

function blocks(finding: Finding, policy: SecurityPolicy): string | undefined {
  if (policy.failOn.includes(finding.severity)) return `${finding.severity} severity`;
  if (finding.score !== undefined && finding.score >= policy.cvssThreshold) return `CVSS ${finding.score} ≥ ${policy.cvssThreshold}`;
  return undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeFinding(f: EvaluatedFinding): string {
  return `${f.id}${f.package ? ` in ${f.package}${f.installed ? `@${f.installed}` : ''}` : f.location ? ` at ${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : ''}`;
}

function actionCondition(id: string, title: string, verdicts: readonly LicenseVerdict[], action: 'fail' | 'warn' | 'pass', what: string, policyKey: string): GateCondition {
  const open = verdicts.filter((v) => !v.waived);
  const status = open.length === 0 ? 'pass' : action === 'fail' ? 'fail' : action === 'warn' ? 'warn' : 'pass';
  return {
    id,
    title,
    comparison: action === 'fail' ? '<=' : 'present',
    threshold: action === 'fail' ? 0 : `${action} only (${policyKey})`,
    actual: open.length,
    unit: 'count',
    status,
    detail: open.length === 0 ? `no ${what}` : `${open.slice(0, 5).map((v) => `${v.package}@${v.version} ${v.reason}`).join('; ')}${open.length > 5 ? `; and ${open.length - 5} more` : ''}`,
  };
}

/**
 * Decides the security gate: zero unwaived findings at a failing severity (or CVSS score) and no denied
 * licence. Expired waivers do not waive; they are reported. A run that scanned nothing, or a scan input that
 * was asked for and not found, fails.
 */
export function evaluateSecurityGate(policy: SecurityPolicy, evidence: SecurityEvidence): SecurityGateResult {
  const used = new Set<Waiver>();
  const findings: EvaluatedFinding[] = dedupeFindings(evidence.findings).map((finding) => {
    const waiver = checkWaivers(policy.waivers, [finding.id, ...finding.aliases], finding.package, evidence.now, used);
    const reason = blocks(finding, policy);
    const evaluated: EvaluatedFinding = { ...finding, blocking: reason !== undefined && !waiver.active, why: '' };
    if (waiver.active) {
      evaluated.waived = waiver.active;
      evaluated.why = `waived by ${waiver.active.approver} until ${waiver.active.expires}: ${waiver.active.reason}`;
    } else if (reason) {
      evaluated.why = waiver.expired ? `${reason}; the waiver by ${waiver.expired.approver} expired on ${waiver.expired.expires}` : reason;
    } else {
      evaluated.why = `${finding.severity} severity is below the gate (${policy.failOn.join(', ') || 'none'}${finding.score !== undefined ? `; CVSS ${finding.score} < ${policy.cvssThreshold}` : ''})`;
    }
    if (waiver.expired) evaluated.waiverExpired = waiver.expired;
    return evaluated;
  });

  const licenseVerdicts = evidence.dependencies ? checkLicenses(evidence.dependencies.packages, policy, evidence.now, used) : [];
  const conditions: GateCondition[] = [];
  conditions.push(configCondition(evidence.config));
  const scanned = evidence.sources.length;
  const inputsOk = scanned > 0 && evidence.missing.length === 0;
  conditions.push({
    id: 'inputs',
    title: 'Scan inputs',
    comparison: 'present',
    threshold: 'every requested input',
    actual: plural(scanned, 'report'),
    status: inputsOk ? 'pass' : 'fail',
    detail: inputsOk
      ? evidence.sources.map((s) => `${s.kind} ${s.file}`).join(', ')
      : evidence.missing.length > 0
        ? `not found: ${evidence.missing.map((m) => `${m.kind} ${m.pattern}`).join(', ')}`
        : 'nothing was scanned (no npm audit, SARIF or OSV input); a gate that saw nothing never passes',
  });

  const blocking = findings.filter((f) => f.blocking);
  conditions.push({
    id: 'findings.blocking',
    title: `Unwaived ${policy.failOn.join('/') || 'failing'} findings`,
    comparison: '<=',
    threshold: 0,
    actual: blocking.length,
    unit: 'count',
    status: blocking.length === 0 ? 'pass' : 'fail',
    detail:
      blocking.length === 0
        ? `${plural(findings.length, 'finding')}, none at ${policy.failOn.join(' or ')} severity or CVSS ≥ ${policy.cvssThreshold} without a waiver`
        : `${blocking.slice(0, 5).map(describeFinding).join(', ')}${blocking.length > 5 ? ` and ${blocking.length - 5} more` : ''}`,
  });
  const expired = [...new Map([...findings, ...licenseVerdicts].filter((f) => f.waiverExpired).map((f) => [JSON.stringify(f.waiverExpired), f.waiverExpired!])).values()];
  if (expired.length > 0) {
    conditions.push({
      id: 'waivers.expired',
      title: 'Expired waivers',
      comparison: '<=',
      threshold: 0,
      actual: expired.length,
      unit: 'count',
      status: 'warn',
      detail: `${expired.map((w) => `${w.id}${w.package ? ` (${w.package})` : ''} expired ${w.expires}`).join('; ')}: no longer applied`,
    });
  }

  if (!evidence.dependencies) {
    conditions.push({ id: 'licenses.denied', title: 'Denied licences', comparison: '<=', threshold: 0, actual: null, unit: 'count', status: 'skip', detail: 'no package-lock.json or node_modules: not an npm dependency tree' });
  } else {
    conditions.push(actionCondition('licenses.denied', 'Denied licences', licenseVerdicts.filter((v) => v.status === 'denied'), 'fail', 'package with a denied licence', 'deny'));
    const unlisted = licenseVerdicts.filter((v) => (v.status === 'unlisted' || v.status === 'invalid') && v.action !== 'pass');
    if (policy.licenses.allow.length > 0 || unlisted.length > 0) {
      conditions.push(actionCondition('licenses.unlisted', 'Licences outside the allow list', unlisted, unlisted[0]?.action ?? policy.licenses.onUnlisted, 'licence outside the lists', 'onUnlisted'));
    }
    conditions.push(actionCondition('licenses.missing', 'Packages without a licence', licenseVerdicts.filter((v) => v.status === 'missing' && v.action !== 'pass'), policy.licenses.onMissing, 'package without a licence', 'onMissing'));
  }

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity]++;
  const licenseCounts = { allowed: 0, denied: 0, unlisted: 0, missing: 0, invalid: 0 };
  for (const v of licenseVerdicts) licenseCounts[v.status]++;
  const waived = findings.filter((f) => f.waived);
  return {
    gate: 'security',
    status: gateStatus(conditions),
    conditions,
    reasons: reasonsOf(conditions),
    sources: evidence.sources,
    findings,
    counts: { total: findings.length, blocking: blocking.length, waived: waived.length, bySeverity },
    licenses: {
      source: evidence.dependencies?.source ?? null,
      checked: licenseVerdicts.length,
      counts: licenseCounts,
      issues: licenseVerdicts.filter((v) => v.status !== 'allowed' || v.waived).sort((a, b) => statusOrder(a) - statusOrder(b) || a.package.localeCompare(b.package)),
    },
    waivers: {
      applied: [...new Map([...findings, ...licenseVerdicts].filter((f) => f.waived).map((f) => [JSON.stringify(f.waived), f.waived!])).values()],
      expired,
      unused: unusedWaivers(policy.waivers, used),
    },
  };
}

const STATUS_ORDER: Record<LicenseVerdict['status'], number> = { denied: 0, invalid: 1, unlisted: 2, missing: 3, allowed: 4 };
function statusOrder(v: LicenseVerdict): number {
  return STATUS_ORDER[v.status];
}
