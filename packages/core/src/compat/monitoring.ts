/**
 * Runs an exception's monitoring profile, in the vocabulary of the rollout analysis (Argo Rollouts): each
 * metric is measured `count` times every `interval` after `initialDelay`; a measurement is successful, failed
 * or inconclusive; more than `failureLimit` failures fail the analysis, more than `inconclusiveLimit`
 * inconclusive ones make it inconclusive, more than `consecutiveErrorLimit` consecutive errors while
 * measuring make it an error. The caller supplies how to measure and how to wait.
 */
import { parseDuration } from '../events/duration.js';
import type { MonitoringMetric, MonitoringProfile } from './types.js';

export type MeasurementStatus = 'successful' | 'failed' | 'inconclusive' | 'error';
export type AnalysisStatus = 'successful' | 'failed' | 'inconclusive' | 'error';

export interface Measurement {
  metric: string;
  /** Milliseconds since the analysis started. */
  offsetMs: number;
  value?: number;
  status: MeasurementStatus;
  message?: string;
}

export interface AnalysisOutcome {
  status: AnalysisStatus;
  /** Why it ended the way it did, one line. */
  reason: string;
  measurements: Measurement[];
}

const CONDITION = /^\s*result\s*(<=|>=|==|!=|<|>)\s*(-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\s*$/;

/** `result < 0.05` applied to a value. */
export function holds(condition: string, value: number): boolean {
  const match = CONDITION.exec(condition);
  if (!match) throw new Error(`condition ${JSON.stringify(condition)} is not "result <op> <number>"`);
  const threshold = Number(match[2]);
  switch (match[1]) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '==':
      return value === threshold;
    default:
      return value !== threshold;
  }
}

/** One measurement's status: failed when failureCondition holds or successCondition does not; inconclusive without data or when neither decides. */
export function judge(metric: MonitoringMetric, value: number | undefined): Exclude<MeasurementStatus, 'error'> {
  if (value === undefined || Number.isNaN(value)) return 'inconclusive';
  const success = metric.successCondition === undefined ? undefined : holds(metric.successCondition, value);
  const failure = metric.failureCondition === undefined ? undefined : holds(metric.failureCondition, value);
  if (failure === true) return 'failed';
  if (success === true) return 'successful';
  if (success === false && failure === undefined) return 'failed';
  if (failure === false && success === undefined) return 'successful';
  return 'inconclusive';
}

export interface AnalysisDriver {
  /** The metric's value now; undefined when there is no data; throws when it cannot be read. */
  measure(metric: MonitoringMetric): Promise<number | undefined>;
  /** Waits until `offsetMs` after the start of the analysis. */
  waitUntil(offsetMs: number): Promise<void>;
}

export async function runAnalysis(profile: MonitoringProfile, driver: AnalysisDriver): Promise<AnalysisOutcome> {
  const schedule: { offsetMs: number; metric: MonitoringMetric }[] = [];
  for (const metric of profile.metrics) {
    const start = metric.initialDelay ? parseDuration(metric.initialDelay) : 0;
    const interval = parseDuration(metric.interval ?? '1m');
    for (let k = 0; k < (metric.count ?? 1); k++) schedule.push({ offsetMs: start + k * interval, metric });
  }
  schedule.sort((a, b) => a.offsetMs - b.offsetMs);
  const measurements: Measurement[] = [];
  const tally = new Map<string, { failed: number; inconclusive: number; errorsInARow: number }>();
  for (const { offsetMs, metric } of schedule) {
    await driver.waitUntil(offsetMs);
    const counts = tally.get(metric.name) ?? { failed: 0, inconclusive: 0, errorsInARow: 0 };
    tally.set(metric.name, counts);
    let measurement: Measurement;
    try {
      const value = await driver.measure(metric);
      measurement = { metric: metric.name, offsetMs, status: judge(metric, value), ...(value !== undefined ? { value } : {}) };
      counts.errorsInARow = 0;
    } catch (error) {
      measurement = { metric: metric.name, offsetMs, status: 'error', message: error instanceof Error ? error.message : String(error) };
      counts.errorsInARow += 1;
    }
    measurements.push(measurement);
    if (measurement.status === 'failed') counts.failed += 1;
    if (measurement.status === 'inconclusive') counts.inconclusive += 1;
    if (counts.failed > (metric.failureLimit ?? 0)) {
      return { status: 'failed', reason: `${metric.name}: ${counts.failed} failed measurement(s), more than failureLimit ${metric.failureLimit ?? 0} (last value ${measurement.value})`, measurements };
    }
    if (counts.inconclusive > (metric.inconclusiveLimit ?? 0)) {
      return { status: 'inconclusive', reason: `${metric.name}: ${counts.inconclusive} inconclusive measurement(s), more than inconclusiveLimit ${metric.inconclusiveLimit ?? 0}`, measurements };
    }
    if (counts.errorsInARow > (metric.consecutiveErrorLimit ?? 4)) {
      return { status: 'error', reason: `${metric.name}: ${counts.errorsInARow} consecutive errors while measuring (${measurement.message})`, measurements };
    }
  }
  return { status: 'successful', reason: `${measurements.length} measurement(s) within limits`, measurements };
}
