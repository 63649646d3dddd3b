import { describe, expect, it } from 'vitest';
import { holds, judge, runAnalysis, type AnalysisDriver } from '@powerx/core/compat/monitoring.js';
import type { MonitoringMetric } from '@powerx/core/compat/types.js';

const metric = (over: Partial<MonitoringMetric> = {}): MonitoringMetric => ({ name: 'error-rate', provider: { powerx: { metric: 'errorRate' } }, successCondition: 'result < 0.05', ...over });

/** Values per metric in order; `waits` records the offsets the analysis waited for. */
function driver(values: Record<string, (number | undefined | Error)[]>): AnalysisDriver & { waits: number[]; reads: string[] } {
  const next = new Map(Object.entries(values).map(([k, v]) => [k, [...v]]));
  const waits: number[] = [];
  const reads: string[] = [];
  return {
    waits,
    reads,
    async waitUntil(offsetMs) {
      waits.push(offsetMs);
    },
    async measure(m) {
      reads.push(m.name);
      const value = next.get(m.name)!.shift();
      if (value instanceof Error) throw value;
      return value;
    },
  };
}

describe('conditions', () => {
  it.each([
    ['result < 0.05', 0.04, true],
    ['result < 0.05', 0.05, false],
    ['result <= 800', 800, true],
    ['result > 10', 10, false],
    ['result >= 10', 10, true],
    ['result == 0', 0, true],
    ['result != 0', 0, false],
    ['  result<1e3 ', 999, true],
  ])('%s with %d is %s', (condition, value, expected) => {
    expect(holds(condition, value)).toBe(expected);
  });

  it('rejects a condition that is not result <op> <number>', () => {
    expect(() => holds('value < 1', 0)).toThrow(/is not "result <op> <number>"/);
  });

  it('judges a measurement: failed, successful or inconclusive', () => {
    expect(judge(metric(), 0.01)).toBe('successful');
    expect(judge(metric(), 0.3)).toBe('failed');
    expect(judge(metric(), undefined)).toBe('inconclusive');
    expect(judge(metric({ successCondition: undefined, failureCondition: 'result > 0.2' }), 0.1)).toBe('successful');
    expect(judge(metric({ successCondition: undefined, failureCondition: 'result > 0.2' }), 0.3)).toBe('failed');
    // Neither condition decides: inconclusive.
    expect(judge(metric({ successCondition: 'result < 0.05', failureCondition: 'result > 0.2' }), 0.1)).toBe('inconclusive');
  });
});

describe('runAnalysis', () => {
  it('measures each metric count times every interval after its initial delay, in time order', async () => {
    const d = driver({ 'error-rate': [0.01, 0.01, 0.02], latency: [300, 310] });
    const outcome = await runAnalysis(
      {
        metrics: [
          metric({ interval: '10m', count: 3 }),
          { name: 'latency', provider: { powerx: { metric: 'latencyP95Ms' } }, successCondition: 'result <= 800', initialDelay: '5m', interval: '10m', count: 2 },
        ],
      },
      d,
    );
    expect(outcome).toMatchObject({ status: 'successful', reason: '5 measurement(s) within limits' });
    expect(d.waits).toEqual([0, 300_000, 600_000, 900_000, 1_200_000]);
    expect(d.reads).toEqual(['error-rate', 'latency', 'error-rate', 'latency', 'error-rate']);
  });

  it('fails once failures exceed failureLimit, without measuring further', async () => {
    const d = driver({ 'error-rate': [0.3, 0.01, 0.4, 0.01] });
    const outcome = await runAnalysis({ metrics: [metric({ count: 4, failureLimit: 1 })] }, d);
    expect(outcome.status).toBe('failed');
    expect(outcome.reason).toBe('error-rate: 2 failed measurement(s), more than failureLimit 1 (last value 0.4)');
    expect(outcome.measurements.map((m) => m.status)).toEqual(['failed', 'successful', 'failed']);
  });

  it('is inconclusive when data is missing more often than inconclusiveLimit allows', async () => {
    const outcome = await runAnalysis({ metrics: [metric({ count: 3, inconclusiveLimit: 1 })] }, driver({ 'error-rate': [undefined, 0.01, undefined] }));
    expect(outcome.status).toBe('inconclusive');
  });

  it('errors after more consecutive measuring errors than consecutiveErrorLimit; a success resets the count', async () => {
    const boom = new Error('platform unreachable');
    const ok = await runAnalysis({ metrics: [metric({ count: 4, consecutiveErrorLimit: 1 })] }, driver({ 'error-rate': [boom, 0.01, boom, 0.01] }));
    expect(ok.status).toBe('successful');
    const failed = await runAnalysis({ metrics: [metric({ count: 3, consecutiveErrorLimit: 1 })] }, driver({ 'error-rate': [0.01, boom, boom] }));
    expect(failed).toMatchObject({ status: 'error', reason: 'error-rate: 2 consecutive errors while measuring (platform unreachable)' });
  });
});
