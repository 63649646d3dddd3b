/**
 * What the exception workflow tells people: job summaries for the request, the decision and the SLA
 * check, the text of a notification issue, and the events and audit entries of each step.
 */
import type { AuditEntry } from '../audit/log.js';
import type { ReleaseEventInput } from '../events/sink.js';
import { STATUS_ICON, code, table } from '../markdown.js';
import type { ExceptionDecision, ExceptionRequest, ExceptionWorkflowConfig } from './exception-workflow.js';
import { exceptionEventData } from './record.js';
import type { ExceptionRecord } from './types.js';

/** `<plugin>@<versions>` without spaces: event subjects carry none (`acme.crm-sync@>=2.0.0<3.0.0`). */
export const exceptionSubject = (r: ExceptionRecord) => `${r.plugin}@${r.versions.replace(/\s+/g, '')}`;

function requestRows(r: ExceptionRecord): string[][] {
  return [
    ['Exception', code(r.id)],
    ['Plugin', code(r.plugin)],
    ['Versions', code(r.versions)],
    ['Tenants', r.tenants.map(code).join(', ')],
    ['Waives', r.waive.map(code).join(', ')],
    ['Risk explanation', r.reason],
    ['Requested by', `@${r.requestedBy} at ${r.requestedAt}`],
  ];
}

function monitoringTable(r: ExceptionRecord): string {
  const metrics = r.monitoring?.metrics ?? [];
  return table(
    ['Metric', 'Platform metric', 'Condition', 'Every', 'Measurements', 'Failures tolerated'],
    metrics.map((m) => [m.name, m.provider.powerx.metric, m.successCondition ?? `not ${m.failureCondition}`, m.interval ?? '1m', m.count ?? 1, m.failureLimit ?? 0]),
  );
}

export function renderRequestMarkdown(request: ExceptionRequest, config: ExceptionWorkflowConfig, runUrl?: string): string {
  const r = request.record;
  const lines = [
    `## ${STATUS_ICON.info} Compatibility exception requested: ${code(r.id)}`,
    '',
    table(['', ''], requestRows(r)),
    '',
    `### Approval chain (SLA ${config.slaHours} h)`,
    '',
    table(['Stage', 'Environment', 'Role'], config.chain.map((s, i) => [i + 1, code(s.environment), s.role])),
    '',
    `Valid for ${request.durationMs / 3_600_000} h from approval${request.capped ? ` (${request.capped})` : ''}; on a failed analysis: ${r.onFailure ?? config.monitoring.onFailure}.`,
    '',
    '### Monitoring profile',
    '',
    monitoringTable(r),
  ];
  if (runUrl) lines.push('', `Approve or reject in the environments of this run: ${runUrl}`);
  return lines.join('\n') + '\n';
}

export function renderDecisionMarkdown(decision: ExceptionDecision, config: ExceptionWorkflowConfig): string {
  const r = decision.record;
  const icon = r.status === 'approved' ? STATUS_ICON.pass : r.status === 'rejected' ? STATUS_ICON.fail : STATUS_ICON.warn;
  const lines = [`## ${icon} Compatibility exception ${code(r.id)}: ${r.status}`, ''];
  if (r.status === 'approved') lines.push(`Valid until ${r.expiresAt}. Checks of ${code(r.plugin)} ${code(r.versions)} on the listed tenants may waive ${r.waive.map(code).join(', ')}, under the monitoring profile below.`, '');
  if (r.status === 'rejected') lines.push(`The operations stay blocked. Why: ${(r.reasons ?? []).join('; ')}.`, '');
  if (r.status === 'pending') lines.push('Not every stage of the chain has decided yet; the record stays pending.', '');
  lines.push(table(['', ''], requestRows(r)), '');
  lines.push(
    table(
      ['Stage', 'Environment', 'Reviewer', 'Decision', 'Comment'],
      config.chain.map((s) => {
        const d = r.approval?.stages.find((x) => x.environment.toLowerCase() === s.environment.toLowerCase());
        return [s.role, code(s.environment), d ? `@${d.reviewer}` : '—', d ? `${d.state === 'approved' ? STATUS_ICON.pass : STATUS_ICON.fail} ${d.state}` : 'pending', d?.comment ?? ''];
      }),
    ),
  );
  lines.push('', `Approval id ${code(r.approval?.id ?? 'none')}. Lead time ${decision.leadTimeHours} h (SLA ${config.slaHours} h)${decision.slaBreached ? ` ${STATUS_ICON.warn} past the SLA` : ''}.`);
  lines.push('', '### Monitoring profile', '', monitoringTable(r));
  return lines.join('\n') + '\n';
}

export function decisionEvents(decision: ExceptionDecision, config: ExceptionWorkflowConfig, url?: string): ReleaseEventInput[] {
  const r = decision.record;
  const data = exceptionEventData(r, url);
  const events: ReleaseEventInput[] = [];
  if (r.status === 'approved') {
    events.push({ type: 'compat.exception.approved', subject: exceptionSubject(r), key: r.id, data: { ...data, approvers: [...(r.approval?.approvers ?? [])], expiresAt: r.expiresAt, approvalId: r.approval?.id, leadTimeHours: decision.leadTimeHours } });
  } else if (r.status === 'rejected' && config.notifications.onRejected.includes('event')) {
    const rejectedBy = r.approval?.stages.find((s) => s.state === 'rejected')?.reviewer;
    events.push({ type: 'compat.exception.rejected', subject: exceptionSubject(r), key: r.id, data: { ...data, ...(rejectedBy ? { rejectedBy } : {}), reason: (r.reasons ?? []).join('; ') } });
  }
  if (decision.slaBreached && config.notifications.onSlaBreach.includes('event')) {
    events.push({ type: 'compat.exception.expired', subject: exceptionSubject(r), key: r.id, data: { ...data, reason: 'sla-breached', leadTimeHours: decision.leadTimeHours, slaHours: config.slaHours } });
  }
  return events;
}

export function requestEvent(request: ExceptionRequest, config: ExceptionWorkflowConfig, url?: string): ReleaseEventInput {
  const r = request.record;
  return { type: 'compat.exception.requested', subject: exceptionSubject(r), key: r.id, data: { ...exceptionEventData(r, url), slaHours: config.slaHours, risk: r.reason } };
}

export function requestAudit(request: ExceptionRequest): AuditEntry {
  const r = request.record;
  return {
    action: 'compat.exception.requested',
    subject: exceptionSubject(r),
    outcome: 'requested',
    actor: r.requestedBy,
    details: { exception: r.id, tenants: [...r.tenants], waive: [...r.waive], reason: r.reason, monitoring: (r.monitoring?.metrics ?? []).map((m) => m.name), durationHours: request.durationMs / 3_600_000 },
  };
}

export function decisionAudit(decision: ExceptionDecision): AuditEntry {
  const r = decision.record;
  return {
    action: `compat.exception.${r.status}`,
    subject: exceptionSubject(r),
    outcome: r.status,
    details: {
      exception: r.id,
      tenants: [...r.tenants],
      waive: [...r.waive],
      approvalId: r.approval?.id ?? null,
      approvers: [...(r.approval?.approvers ?? [])],
      stages: (r.approval?.stages ?? []).map((s) => ({ environment: s.environment, role: s.role, reviewer: s.reviewer, state: s.state })),
      reasons: r.reasons ?? [],
      expiresAt: r.expiresAt ?? null,
      monitoring: (r.monitoring?.metrics ?? []).map((m) => m.name),
      leadTimeHours: decision.leadTimeHours,
      slaBreached: decision.slaBreached,
    },
  };
}

/** The issue (title and body) that tells the requester and the approvers about a rejection or a late request. */
export function notificationIssue(r: ExceptionRecord, why: 'rejected' | 'sla-breached', detail: string, mention: readonly string[], runUrl?: string): { title: string; body: string } {
  const people = [...new Set(mention)].map((p) => `@${p}`).join(' ');
  const title = why === 'rejected' ? `Compatibility exception ${r.id} rejected: ${r.plugin} ${r.versions}` : `Compatibility exception ${r.id} waits past its SLA: ${r.plugin} ${r.versions}`;
  const body = [
    why === 'rejected' ? `${people} the compatibility exception ${code(r.id)} was rejected; the operations it asked for stay blocked.` : `${people} the compatibility exception ${code(r.id)} is still waiting for approval.`,
    '',
    detail,
    '',
    table(['', ''], requestRows(r)),
    ...(runUrl ? ['', `Run: ${runUrl}`] : []),
  ].join('\n');
  return { title, body };
}
