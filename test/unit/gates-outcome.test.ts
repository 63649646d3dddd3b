import { describe, expect, it } from 'vitest';
import { AuditLog } from '@powerx/core/audit/log.js';
import { MemoryAuditStore } from '@powerx/core/audit/store.js';
import { verify } from '@powerx/core/audit/verify.js';
import { checkEventData, inMemorySource } from '@powerx/core/events/catalog.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { ConfigError } from '@powerx/core/errors.js';
import { recordGateOutcome, type GateContext } from '@powerx/core/gates/outcome.js';
import { runGate } from '@powerx/core/gates/run.js';
import { collectEvidence } from '@powerx/core/publish/trail.js';
import { pipelineMetrics } from '@powerx/core/publish/metrics.js';

const context: GateContext = {
  subject: 'acme.crm-sync@2.4.0',
  plugin: 'acme.crm-sync',
  version: '2.4.0',
  commit: 'ffac537e6cbbf934b08745a378932722df287a53',
  repository: 'acme/crm-sync',
  runId: '4242',
  runAttempt: 1,
  runUrl: 'https://github.com/acme/crm-sync/actions/runs/4242',
  submitter: 'dev-alice',
};

function log(store = new MemoryAuditStore()) {
  return { store, audit: new AuditLog(store, { context: { actor: 'github-actions', run: { id: '4242', attempt: 1, workflow: 'plugin-release', commit: context.commit, repository: context.repository } }, clock: () => new Date('2026-11-22T10:00:00Z') }) };
}

const failed = {
  gate: 'quality' as const,
  status: 'failed' as const,
  reasons: [{ code: 'coverage.lines', message: 'lines coverage 89.9% is below 90%' }],
  conditions: [{ id: 'coverage.lines', title: 'Line coverage', status: 'fail' as const, comparison: '>=' as const, threshold: 90, actual: 89.9, unit: 'percent' as const }],
  metrics: { 'publish.test.pass_rate': 1, 'publish.coverage.percent': 89.9 },
};

describe('gate outcome', () => {
  it('a failed gate appends its verdict and publishes a blocked event that satisfies the event schema', async () => {
    const { store, audit } = log();
    const sink = new CollectingSink();
    const outcome = await recordGateOutcome(failed, context, { audit, events: sink });
    const records = await store.read();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.4.0', outcome: 'failed', details: { gate: 'quality', submitter: 'dev-alice', links: [{ url: context.runUrl }] } });
    expect(outcome.audit).toEqual([{ seq: 1, hash: records[0]!.hash, action: 'publish.gate.evaluated', outcome: 'failed' }]);
    expect(sink.events).toHaveLength(1);
    expect(sink.events[0]).toMatchObject({ type: 'publish.pipeline.blocked', subject: 'acme.crm-sync@2.4.0', key: 'quality' });
    expect(checkEventData('publish.pipeline.blocked', inMemorySource(sink.events[0]!.data))).toEqual([]);
    expect(verify(records)).toMatchObject({ ok: true, count: 1 });
  });

  it('a passed gate is recorded without an event', async () => {
    const { store, audit } = log();
    const sink = new CollectingSink();
    await recordGateOutcome({ ...failed, status: 'passed', reasons: [] }, context, { audit, events: sink });
    expect((await store.read())[0]!.outcome).toBe('passed');
    expect(sink.events).toEqual([]);
  });

  it('the release trail and the pipeline metrics read what the gates record', async () => {
    const { store, audit } = log();
    const sink = new CollectingSink();
    await recordGateOutcome({ ...failed, status: 'passed', reasons: [], metrics: { 'publish.test.pass_rate': 0.98, 'publish.coverage.percent': 92.5 } }, context, { audit, events: sink });
    await recordGateOutcome({ gate: 'security', status: 'failed', reasons: [{ code: 'findings.blocking', message: 'GHSA-9vvw-cc9w-f27h in debug@2.6.8' }], conditions: [] }, context, { audit, events: sink });
    const records = await store.read();
    const evidence = collectEvidence({ records, subject: context.subject, commit: context.commit, runId: '4242', requiredGates: ['quality', 'security'], requiredApprovals: [] });
    expect(evidence.gates.map((g) => [g.gate, g.outcome])).toEqual([
      ['quality', 'passed'],
      ['security', 'failed'],
    ]);
    expect(evidence.ready).toBe(false);
    expect(pipelineMetrics(records, context.subject, '4242', 0)).toMatchObject({ 'publish.test.pass_rate': 0.98, 'publish.coverage.percent': 92.5 });
  });

  it('bad input is recorded as an error verdict with a blocked event, and handed back, not thrown', async () => {
    const { store, audit } = log();
    const sink = new CollectingSink();
    const run = await runGate(
      'security',
      async () => {
        throw ConfigError.single('is not valid JSON', { file: 'scans/a.sarif', line: 1, column: 1 }, 'json-syntax');
      },
      { context, audit, events: sink, now: () => new Date('2026-11-22T10:00:00Z') },
    );
    expect(run.status).toBe('error');
    expect(run.json).toMatchObject({ gate: 'security', status: 'error', issues: [{ file: 'scans/a.sarif', code: 'json-syntax' }], reasons: [{ code: 'json-syntax', message: 'scans/a.sarif:1:1 is not valid JSON' }] });
    expect((await store.read())[0]).toMatchObject({ outcome: 'error', details: { gate: 'security', status: 'error' } });
    expect(checkEventData('publish.pipeline.blocked', inMemorySource(sink.events[0]!.data))).toEqual([]);
  });

  it('anything else propagates', async () => {
    await expect(runGate('quality', async () => Promise.reject(new Error('disk full')), { context, events: new CollectingSink(), now: () => new Date() })).rejects.toThrow('disk full');
  });
});
