/**
 * What a compatibility check leaves behind: an audit record for every check (a block carries its
 * conflicts), one for every exception used or found expired, and release events through the
 * `EventSink` seam (`compat.check.blocked`, `compat.exception.expired`).
 */
import type { AuditEntry, AuditLog } from '../audit/log.js';
import type { EventSink, ReleaseEventInput } from '../events/sink.js';
import type { CompatReport } from './report.js';
import type { CompatResult, ExceptionRecord, Verdict } from './types.js';

const OUTCOME: Record<Verdict, string> = { pass: 'passed', warn: 'warned', exception: 'waived', block: 'blocked' };

export interface RecordTargets {
  /** Appends the audit records; absent when the caller keeps no audit log. */
  audit?: AuditLog;
  events: EventSink;
  /** Link to the report, put into events. */
  reportUrl?: string;
}

function checkEntry(report: CompatReport, r: CompatResult): AuditEntry {
  return {
    action: 'compat.check',
    subject: `${report.plugin}@${report.version}`,
    outcome: OUTCOME[r.verdict],
    details: {
      tenant: r.tenant,
      operation: r.operation,
      ...(r.from ? { from: r.from } : {}),
      verdict: r.verdict,
      risk: r.risk,
      conflicts: r.conflicts.map((c) => ({ code: c.code, severity: c.severity, subject: c.subject, required: c.required, actual: c.actual, message: c.message, waived: c.waived })),
      ...(r.exception ? { exception: r.exception.id } : {}),
      matrixGeneratedAt: report.matrix.generatedAt,
    },
  };
}

/** The `compat.check.blocked` event of a blocked tenant. */
export function blockedEvent(report: CompatReport, r: CompatResult, reportUrl?: string): ReleaseEventInput {
  return {
    type: 'compat.check.blocked',
    subject: `${report.plugin}@${report.version}`,
    tenant: r.tenant,
    data: {
      plugin: report.plugin,
      version: report.version,
      ...(r.from ? { fromVersion: r.from } : {}),
      // The event vocabulary knows install and upgrade; a downgrade or reinstall replaces an installed version.
      operation: r.operation === 'install' ? 'install' : 'upgrade',
      direction: r.operation,
      risk: r.risk,
      conflicts: r.conflicts.map((c) => ({ code: c.code, severity: c.severity, message: c.message, remediation: c.remediation })),
      ...(reportUrl ? { reportUrl } : {}),
    },
  };
}

export function exceptionEventData(record: ExceptionRecord, url?: string): Record<string, unknown> {
  return {
    exceptionId: record.id,
    plugin: record.plugin,
    versionRange: record.versions,
    tenants: [...record.tenants],
    waivedCodes: [...record.waive],
    requester: record.requestedBy,
    ...(url ? { url } : {}),
  };
}

/** Appends the audit records of a report and publishes its events. Returns the events published. */
export async function recordCompatReport(report: CompatReport, exceptions: readonly ExceptionRecord[], targets: RecordTargets): Promise<ReleaseEventInput[]> {
  const entries: AuditEntry[] = [];
  const events: ReleaseEventInput[] = [];
  const expired = new Map<string, string[]>();
  const subject = `${report.plugin}@${report.version}`;
  for (const r of report.results) {
    entries.push(checkEntry(report, r));
    if (r.verdict === 'block') events.push(blockedEvent(report, r, targets.reportUrl));
    if (r.exception) {
      entries.push({
        action: 'compat.exception.used',
        subject,
        outcome: 'waived',
        details: {
          tenant: r.tenant,
          exception: r.exception.id,
          approvalId: r.exception.approvalId,
          approvers: [...r.exception.approvers],
          expiresAt: r.exception.expiresAt,
          waived: [...r.exception.waived],
          risk: r.risk,
          monitoring: r.exception.monitoring.metrics.map((m) => m.name),
        },
      });
    }
    for (const refusal of r.refusedExceptions ?? []) {
      if (refusal.expired) expired.set(refusal.id, [...(expired.get(refusal.id) ?? []), r.tenant]);
    }
  }
  for (const [id, tenants] of expired) {
    const record = exceptions.find((e) => e.id === id);
    if (!record) continue;
    entries.push({ action: 'compat.exception.expired', subject, outcome: 'expired', details: { exception: id, expiresAt: record.expiresAt ?? '', tenants } });
    events.push({
      type: 'compat.exception.expired',
      subject,
      key: id,
      data: { ...exceptionEventData(record), ...(record.expiresAt ? { expiredAt: record.expiresAt } : {}), reason: 'expired', checkedTenants: tenants },
    });
  }
  if (targets.audit) await targets.audit.appendAll(entries);
  for (const event of events) await targets.events.publish(event);
  return events;
}
