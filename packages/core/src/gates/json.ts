import { formatIssue, type ConfigIssue } from '../errors.js';
import type { GateOutcome } from './outcome.js';

export const GATE_REPORT_VERSION = 1;

export interface GateReportMeta {
  subject: string;
  commit?: string;
  generatedAt: string;
  config: { file: string; found: boolean };
}

/** The JSON both front-ends write: the verdict and its evidence, plus the audit records and events it produced. */
export function gateReport<R extends { gate: string; status: string }>(result: R, meta: GateReportMeta, outcome: GateOutcome): Record<string, unknown> {
  const { gate, status, ...rest } = result;
  return {
    schemaVersion: GATE_REPORT_VERSION,
    gate,
    status,
    subject: meta.subject,
    ...(meta.commit ? { commit: meta.commit } : {}),
    generatedAt: meta.generatedAt,
    config: meta.config,
    ...rest,
    audit: outcome.audit,
    events: outcome.events,
  };
}

/** The JSON of a gate that could not be evaluated: the located problems instead of conditions. */
export function gateErrorReport(gate: string, issues: readonly ConfigIssue[], meta: Omit<GateReportMeta, 'config'> & { config?: GateReportMeta['config'] }, outcome: GateOutcome): Record<string, unknown> {
  return {
    schemaVersion: GATE_REPORT_VERSION,
    gate,
    status: 'error',
    subject: meta.subject,
    ...(meta.commit ? { commit: meta.commit } : {}),
    generatedAt: meta.generatedAt,
    ...(meta.config ? { config: meta.config } : {}),
    issues,
    reasons: issues.map((i) => ({ code: i.code, message: formatIssue(i) })),
    audit: outcome.audit,
    events: outcome.events,
  };
}
