/**
 * When an exception record may waive conflicts. Valid only if approved (with a recorded approval),
 * unexpired, carrying a monitoring profile, and matching the plugin, the version, the tenant and every
 * conflict it has to waive.
 */
import type { Conflict, ConflictCode, ExceptionRecord, ExceptionRefusal, ExceptionUse, MonitoringProfile } from './types.js';
import { riskScore } from './risk.js';
import { parseRange, satisfies, type Version } from './semver.js';

/** Why the record cannot be used at `now` whatever the check finds, or undefined when it can. */
export function recordProblem(record: ExceptionRecord, now: Date): { reason: string; expired: boolean } | undefined {
  if (record.status !== 'approved') return { reason: `is ${record.status}, not approved`, expired: false };
  const approval = record.approval;
  if (!approval || !approval.id || approval.approvers.length === 0) return { reason: 'has no recorded approval', expired: false };
  const expires = record.expiresAt === undefined ? Number.NaN : Date.parse(record.expiresAt);
  if (Number.isNaN(expires)) return { reason: 'has no valid expiry', expired: false };
  if (now.getTime() >= expires) return { reason: `expired at ${record.expiresAt}`, expired: true };
  if (!hasMonitoring(record.monitoring)) return { reason: 'carries no monitoring profile', expired: false };
  return undefined;
}

export function hasMonitoring(profile: MonitoringProfile | undefined): profile is MonitoringProfile {
  return profile !== undefined && Array.isArray(profile.metrics) && profile.metrics.length > 0;
}

export interface ExceptionDecision {
  use?: ExceptionUse;
  /** Codes of the conflicts the used exception waives. */
  waived: ReadonlySet<ConflictCode>;
  refused: ExceptionRefusal[];
}

const NONE: ReadonlySet<ConflictCode> = new Set();

/**
 * Picks the exception that makes a blocked check runnable: every error waived and the risk of what is
 * left under the threshold. Among several, the one that lasts longest.
 */
export function chooseException(
  candidates: readonly ExceptionRecord[],
  version: Version,
  conflicts: readonly Conflict[],
  blockThreshold: number,
  now: Date,
): ExceptionDecision {
  const refused: ExceptionRefusal[] = [];
  let best: { record: ExceptionRecord; waived: Set<ConflictCode>; expires: number } | undefined;
  for (const record of candidates) {
    const problem = recordProblem(record, now);
    if (problem) {
      refused.push({ id: record.id, ...problem });
      continue;
    }
    const range = parseRange(record.versions, { what: `exception ${record.id} versions` });
    if (!satisfies(version, range)) {
      refused.push({ id: record.id, reason: `covers versions ${record.versions}, not ${version.version}`, expired: false });
      continue;
    }
    const waivable = new Set(record.waive);
    const waived = new Set(conflicts.filter((c) => waivable.has(c.code)).map((c) => c.code));
    const left = conflicts.filter((c) => !waivable.has(c.code));
    const unwaivedErrors = [...new Set(left.filter((c) => c.severity === 'error').map((c) => c.code))];
    if (unwaivedErrors.length > 0) {
      refused.push({ id: record.id, reason: `does not waive ${unwaivedErrors.join(', ')}`, expired: false });
      continue;
    }
    const rest = riskScore(left);
    if (rest >= blockThreshold) {
      refused.push({ id: record.id, reason: `leaves a risk of ${rest}, at or above the block threshold ${blockThreshold}`, expired: false });
      continue;
    }
    const expires = Date.parse(record.expiresAt!);
    if (!best || expires > best.expires) best = { record, waived, expires };
  }
  if (!best) return { waived: NONE, refused };
  const { record } = best;
  return {
    use: {
      id: record.id,
      approvalId: record.approval!.id,
      approvers: record.approval!.approvers,
      expiresAt: record.expiresAt!,
      waived: [...best.waived],
      monitoring: record.monitoring!,
      onFailure: record.onFailure ?? 'rollback',
    },
    waived: best.waived,
    refused,
  };
}
