/**
 * What a gate leaves behind, the same from the action and the CLI: one audit record of its verdict and, when it
 * failed or could not be evaluated, a `publish.pipeline.blocked` event through the EventSink seam.
 */
import type { AuditLog } from '../audit/log.js';
import type { EventSink, ReleaseEventInput } from '../events/sink.js';
import { AUDIT } from '../publish/trail.js';
import type { GateCondition, GateReason } from './gate.js';

export interface GateContext {
  /** `<plugin>@<version>`. */
  subject: string;
  plugin?: string;
  version?: string;
  commit: string;
  repository: string;
  runId: string;
  runAttempt: number;
  runUrl?: string;
  submitter?: string;
}

export interface GateVerdict {
  gate: 'quality' | 'security';
  /** `error` when the gate could not be evaluated (bad input). */
  status: 'passed' | 'failed' | 'error';
  reasons: GateReason[];
  conditions: GateCondition[];
  metrics?: Record<string, number | null>;
  /** Extra evidence kept in the audit record (counts, files read). */
  evidence?: Record<string, unknown>;
}

export interface GateOutcome {
  audit: { seq: number; hash: string; action: string; outcome: string }[];
  events: ReleaseEventInput[];
}

function links(context: GateContext): { title: string; url: string }[] {
  return context.runUrl ? [{ title: 'Run and job summary', url: context.runUrl }] : [];
}

export function blockedEvent(verdict: GateVerdict, context: GateContext): ReleaseEventInput {
  const reasons = verdict.reasons.length > 0 ? verdict.reasons : [{ code: `${verdict.gate}-${verdict.status}`, message: `the ${verdict.gate} gate ${verdict.status === 'error' ? 'could not be evaluated' : 'failed'}` }];
  const data: Record<string, unknown> = {
    stage: verdict.gate,
    stages: [verdict.gate],
    reasons: reasons.map((r) => ({ stage: verdict.gate, code: r.code, message: r.message })),
    reports: links(context).map((l) => ({ name: l.title, url: l.url })),
    commit: context.commit,
    repository: context.repository,
    run: { id: context.runId, attempt: context.runAttempt, ...(context.runUrl ? { url: context.runUrl } : {}) },
  };
  if (context.plugin) data.plugin = context.plugin;
  if (context.version) data.version = context.version;
  if (context.submitter) data.submitter = context.submitter;
  if (verdict.metrics) data.metrics = verdict.metrics;
  return { type: 'publish.pipeline.blocked', subject: context.subject, key: verdict.gate, data };
}

/**
 * Appends the gate's verdict (`publish.gate.evaluated`, outcome passed / failed / error) and, unless it passed,
 * publishes `publish.pipeline.blocked`. Returns what was written, for the JSON report.
 */
export async function recordGateOutcome(verdict: GateVerdict, context: GateContext, sinks: { audit?: AuditLog; events: EventSink }): Promise<GateOutcome> {
  const outcome: GateOutcome = { audit: [], events: [] };
  if (sinks.audit) {
    const record = await sinks.audit.append({
      action: AUDIT.gate,
      subject: context.subject,
      outcome: verdict.status,
      details: {
        gate: verdict.gate,
        status: verdict.status,
        reasons: verdict.reasons,
        conditions: verdict.conditions.map((c) => ({ id: c.id, status: c.status, threshold: c.threshold, actual: c.actual })),
        ...(verdict.metrics ? { metrics: verdict.metrics } : {}),
        ...(verdict.evidence ?? {}),
        links: links(context),
        ...(context.submitter ? { submitter: context.submitter } : {}),
      },
    });
    outcome.audit.push({ seq: record.seq, hash: record.hash, action: record.action, outcome: record.outcome });
  }
  if (verdict.status !== 'passed') {
    const event = blockedEvent(verdict, context);
    await sinks.events.publish(event);
    outcome.events.push(event);
  }
  return outcome;
}
