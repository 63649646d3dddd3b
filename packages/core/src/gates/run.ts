import type { AuditLog } from '../audit/log.js';
import { formatIssue, isConfigError, type ConfigError } from '../errors.js';
import type { EventSink } from '../events/sink.js';
import type { GateCondition, GateReason } from './gate.js';
import { gateErrorReport, gateReport } from './json.js';
import { recordGateOutcome, type GateContext } from './outcome.js';

export interface EvaluatedGate<R> {
  result: R;
  config: { file: string; found: boolean };
  /** Kept in the audit record besides conditions, reasons and metrics. */
  evidence?: Record<string, unknown>;
}

export type GateRun<R> =
  | { status: 'passed' | 'failed'; result: R; json: Record<string, unknown> }
  | { status: 'error'; error: ConfigError; json: Record<string, unknown> };

/**
 * Evaluates a gate and records the outcome, the same way for the action and the CLI. Bad input (a ConfigError
 * from evaluation) is recorded as an `error` verdict with a blocked event, then returned for the front-end
 * to report as bad input; any other error propagates.
 */
export async function runGate<R extends { gate: 'quality' | 'security'; status: 'passed' | 'failed'; reasons: GateReason[]; conditions: GateCondition[]; metrics?: Record<string, number | null> }>(
  gate: 'quality' | 'security',
  evaluate: () => Promise<EvaluatedGate<R>>,
  options: { context: GateContext; audit?: AuditLog; events: EventSink; now: () => Date },
): Promise<GateRun<R>> {
  const sinks = { events: options.events, ...(options.audit ? { audit: options.audit } : {}) };
  let evaluated: EvaluatedGate<R>;
  try {
    evaluated = await evaluate();
  } catch (error) {
    if (!isConfigError(error)) throw error;
    const reasons = error.issues.map((i) => ({ code: i.code, message: formatIssue(i) }));
    const outcome = await recordGateOutcome({ gate, status: 'error', reasons, conditions: [] }, options.context, sinks);
    const json = gateErrorReport(gate, error.issues, { subject: options.context.subject, commit: options.context.commit, generatedAt: options.now().toISOString() }, outcome);
    return { status: 'error', error, json };
  }
  const { result } = evaluated;
  const outcome = await recordGateOutcome(
    { gate, status: result.status, reasons: result.reasons, conditions: result.conditions, ...(result.metrics ? { metrics: result.metrics } : {}), ...(evaluated.evidence ? { evidence: evaluated.evidence } : {}) },
    options.context,
    sinks,
  );
  const json = gateReport(result, { subject: options.context.subject, commit: options.context.commit, generatedAt: options.now().toISOString(), config: evaluated.config }, outcome);
  return { status: result.status, result, json };
}
