/**
 * The committed compat-check bundle, run as the runner runs it, against the platform simulator: tenants and
 * the catalog come from the platform, the matrix and exceptions from the plugin repository.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import semver from 'semver';
import { verify } from '@powerx/core/audit/verify.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { startReceiver } from '@powerx/github/delivery/receiver.js';
import type { Tenant } from '@powerx/platform/types.js';
import { startSimulator, type Simulator } from '@powerx/platform/sim/server.js';
import { runAction } from '../support/harness.js';

const PLUGIN = 'acme.crm-sync';
const TOKEN = 'sim-token-7d1c0e55';
const MANIFEST = `id: ${PLUGIN}
version: 3.2.0
name: CRM Sync
host: ">=3.8.0 <4.0.0"
runtimes:
  node: ">=20.0.0"
migrations:
  schema: 6
  minFrom: 2
  reversible: true
`;
const HOST_LINE = 4;

let sim: Simulator;
let tenants: Tenant[];

beforeAll(async () => {
  sim = await startSimulator({ dataDir: mkdtempSync(join(tmpdir(), 'powerx-compat-sim-')), seed: 3, tenants: 40, token: TOKEN });
  tenants = sim.state.tenants();
});

afterAll(async () => {
  await sim?.close();
});

const node = (t: Tenant) => t.runtimes.node;
const installed = (t: Tenant) => t.plugins.find((p) => p.id === PLUGIN)?.version;

/** A tenant the scenario needs, chosen from the simulator's data by plain facts (host, runtime, what is installed). */
function pick(what: string, predicate: (t: Tenant) => boolean, not: Tenant[] = []): Tenant {
  const found = tenants.find((t) => predicate(t) && !not.includes(t));
  if (!found) throw new Error(`the simulator's data set has no tenant that ${what}`);
  return found;
}

const modern = (t: Tenant) => node(t) !== undefined && semver.gte(node(t)!, '20.0.0');
const from3x = (t: Tenant) => installed(t) === undefined || semver.satisfies(installed(t)!, '>=3.0.0 <3.2.0');

function repo(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-compat-repo-'));
  mkdirSync(join(dir, 'config', 'version'), { recursive: true });
  mkdirSync(join(dir, 'exceptions'));
  writeFileSync(join(dir, 'powerx-plugin.yaml'), MANIFEST);
  writeFileSync(
    join(dir, 'config', 'version', 'compat_matrix.yaml'),
    `generatedAt: ${new Date(Date.now() - 3_600_000).toISOString()}
maxAgeHours: 168
rules:
  - { plugin: ${PLUGIN}, versions: 3.2.x, host: ">=3.8.0 <3.9.0", verdict: compatible }
  - { plugin: ${PLUGIN}, versions: 3.2.x, host: 3.9.x, verdict: untested, reason: not yet run on 3.9 }
`,
  );
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  return dir;
}

function exceptionFile(tenant: string, over: Record<string, unknown> = {}): string {
  const now = Date.now();
  return JSON.stringify({
    exceptions: [
      {
        id: 'cx-9001',
        plugin: PLUGIN,
        versions: '3.2.x',
        tenants: [tenant],
        waive: ['host-mismatch'],
        reason: 'Vendor ran the sync suite on host 3.7; session API unchanged.',
        monitoring: { metrics: [{ name: 'error-rate', provider: { powerx: { metric: 'errorRate' } }, successCondition: 'result < 0.05' }] },
        status: 'approved',
        requestedBy: 'dev-alice',
        requestedAt: new Date(now - 7_200_000).toISOString(),
        decidedAt: new Date(now - 3_600_000).toISOString(),
        expiresAt: new Date(now + 86_400_000).toISOString(),
        approval: { id: 'acme/crm-sync/runs/9001', approvers: ['sec-bob'], stages: [{ environment: 'powerx-compat-security', role: 'security', reviewer: 'sec-bob', state: 'approved' }] },
        ...over,
      },
    ],
  });
}

interface Report {
  verdict: string;
  results: { tenant: string; verdict: string; operation: string; conflicts: { code: string; waived: boolean; remediation: string }[]; exception?: { id: string } }[];
  metrics: Record<string, number>;
  events: { type: string; tenant?: string }[];
}

describe('compat-check bundle against the simulator', () => {
  it('pass, warn, block and exception paths in one run: verdicts, summary, annotations, audit, events, failed step', async () => {
    const pass = pick('runs host 3.8.x with node >= 20', (t) => semver.satisfies(t.hostVersion, '3.8.x') && modern(t) && from3x(t));
    const warn = pick('runs host 3.9.x with node >= 20', (t) => semver.satisfies(t.hostVersion, '3.9.x') && modern(t) && from3x(t));
    const block = pick('runs a host below 3.8', (t) => semver.lt(t.hostVersion, '3.8.0') && modern(t) && from3x(t));
    const excepted = pick('runs a host below 3.8 (a second one)', (t) => semver.lt(t.hostVersion, '3.8.0') && modern(t) && from3x(t), [block]);
    const workspace = repo({ 'exceptions/cx-9001.json': exceptionFile(excepted.id) });

    const result = await runAction({
      action: 'compat-check',
      workspace,
      inputs: { tenants: [pass, warn, block, excepted].map((t) => t.id).join(', '), 'platform-url': sim.url, 'platform-token': TOKEN, exceptions: 'exceptions/' },
    });

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'block', 'risk-level': 'critical', checked: '4', blocked: '1' });
    expect(result.masks).toContain(TOKEN);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);

    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report;
    const verdicts = Object.fromEntries(report.results.map((r) => [r.tenant, r.verdict]));
    expect(verdicts).toEqual({ [pass.id]: 'pass', [warn.id]: 'warn', [block.id]: 'block', [excepted.id]: 'exception' });
    const blocked = report.results.find((r) => r.tenant === block.id)!;
    expect(blocked.conflicts.map((c) => c.code)).toEqual(['host-mismatch', 'untested']);
    expect(blocked.conflicts[0]!.remediation).toMatch(/^Move the tenant to a host in >=3\.8\.0 <4\.0\.0; or use acme\.crm-sync@\d+\.\d+\.\d+, the lowest catalog version that passes on this tenant\.$/);
    expect(report.results.find((r) => r.tenant === excepted.id)).toMatchObject({ exception: { id: 'cx-9001' }, conflicts: [{ code: 'host-mismatch', waived: true }, { code: 'untested', waived: false }] });
    expect(report.results.find((r) => r.tenant === warn.id)!.conflicts.map((c) => c.code)).toEqual(['untested']);
    expect(report.metrics).toMatchObject({ 'version.compat.check_total': 4, 'version.compat.block_total': 1, 'version.compat.exception_request_total': 1, 'version.compat.exception_approved_total': 1 });
    expect(report.events).toEqual([expect.objectContaining({ type: 'compat.check.blocked', tenant: block.id })]);

    expect(result.annotations).toContainEqual({
      command: 'error',
      properties: { title: 'host-mismatch on 1 tenant(s)', file: 'powerx-plugin.yaml', line: String(HOST_LINE), col: '7' },
      message: `${block.id}: ${PLUGIN}@3.2.0 requires host >=3.8.0 <4.0.0; the tenant runs host ${block.hostVersion}`,
    });
    expect(result.annotations).toContainEqual(expect.objectContaining({ command: 'notice', properties: expect.objectContaining({ title: 'host-mismatch (waived by an exception) on 1 tenant(s)', line: String(HOST_LINE) }) }));
    expect(result.annotations.at(-1)).toMatchObject({ command: 'error', message: `${PLUGIN}@3.2.0 is blocked on 1 tenant(s): ${block.id}; see the job summary` });

    expect(result.summary).toContain(`## ❌ Compatibility: \`${PLUGIN}@3.2.0\` — block`);
    expect(result.summary).toMatch(new RegExp(`\\| \`${block.id}\` \\| [a-z ]+[0-9.]* \\| ❌ block \\| 95 \\(critical\\) \\| host-mismatch, untested \\|`));
    expect(result.summary).toContain(`To run it anyway, request an exception for ${block.id} waiving host-mismatch`);
    expect(result.summary).toContain('| `version.compat.check_total` | 4 |');

    const audit = readFileSync(result.outputs['audit-log']!, 'utf8');
    expect(verify(audit)).toMatchObject({ ok: true, count: 5 });
    const records = audit.trim().split('\n').map((l) => JSON.parse(l) as { action: string; outcome: string; details: { tenant: string } });
    expect(records.map((r) => `${r.action}:${r.outcome}:${r.details.tenant}`)).toEqual([
      `compat.check:passed:${pass.id}`,
      `compat.check:warned:${warn.id}`,
      `compat.check:blocked:${block.id}`,
      `compat.check:waived:${excepted.id}`,
      `compat.exception.used:waived:${excepted.id}`,
    ]);
    expect(audit).not.toContain(TOKEN);
  });

  it('passes the step when nothing is blocked, reading tenants by selector and dependents from the platform catalog', async () => {
    const result = await runAction({ action: 'compat-check', workspace: repo(), inputs: { 'tenant-selector': 'testPool=true', 'platform-url': sim.url, 'platform-token': TOKEN } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report;
    const pool = tenants.filter((t) => t.testPool).map((t) => t.id);
    expect(report.results.map((r) => r.tenant).sort()).toEqual(pool.sort());
    expect(['pass', 'warn']).toContain(result.outputs.verdict);
  });

  it('an expired exception does not waive: the tenant is blocked and compat.exception.expired is reported', async () => {
    const block = pick('runs a host below 3.8', (t) => semver.lt(t.hostVersion, '3.8.0') && modern(t));
    const expired = exceptionFile(block.id, { expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const result = await runAction({
      action: 'compat-check',
      workspace: repo({ 'exceptions/old.json': expired }),
      inputs: { tenants: block.id, 'platform-url': sim.url, 'platform-token': TOKEN, exceptions: 'exceptions/*.json', 'fail-on-block': 'false' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('block');
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report & { results: { refusedExceptions?: { id: string; expired: boolean }[] }[] };
    expect(report.results[0]!.refusedExceptions).toEqual([expect.objectContaining({ id: 'cx-9001', expired: true })]);
    expect(report.events.map((e) => e.type)).toEqual(['compat.check.blocked', 'compat.exception.expired']);
    expect(result.summary).toContain('Exception `cx-9001` not used: it expired at');
  });

  it('delivers compat.check.blocked, signed, to the subscribers of the blocked tenant only', async () => {
    const block = pick('runs a host below 3.8', (t) => semver.lt(t.hostVersion, '3.8.0') && modern(t) && from3x(t));
    const pass = pick('runs host 3.8.x with node >= 20', (t) => semver.satisfies(t.hostVersion, '3.8.x') && modern(t) && from3x(t));
    const other = pick('is any other tenant', () => true, [block, pass]);
    const secret = generateSigningSecret();
    const ops = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
    const elsewhere = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
    try {
      const subscriptions = [
        'subscribers:',
        `  - { id: ops, channel: webhook, target: '${ops.url}', secretEnv: OPS_SECRET, filter: { types: ['compat.*'], tenants: [${block.id}] } }`,
        `  - { id: other, channel: webhook, target: '${elsewhere.url}', secretEnv: OPS_SECRET, filter: { types: ['compat.*'], tenants: [${other.id}] } }`,
        '',
      ].join('\n');
      const workspace = repo({ 'subscriptions.yaml': subscriptions });
      const result = await runAction({
        action: 'compat-check',
        workspace,
        inputs: { tenants: `${block.id} ${pass.id}`, 'platform-url': sim.url, 'platform-token': TOKEN, subscriptions: 'subscriptions.yaml', 'fail-on-block': 'false', 'delivery-log': 'logs/compat-delivery.jsonl' },
        env: { OPS_SECRET: secret },
      });
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      expect(result.masks).toContain(secret);
      expect(ops.requests).toHaveLength(1);
      expect(ops.requests[0]).toMatchObject({ verified: true, type: 'compat.check.blocked', tenant: block.id, subject: `${PLUGIN}@3.2.0`, status: 204 });
      expect(elsewhere.requests).toEqual([]);
      const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report & { delivery: { counts: { delivered: number }; logPath: string } };
      expect(report.delivery.counts.delivered).toBe(1);
      // The delivery-log input names the log, relative to the workspace, as emit-event's does.
      expect(report.delivery.logPath).toBe(join(workspace, 'logs', 'compat-delivery.jsonl'));
      expect(readFileSync(join(workspace, 'logs', 'compat-delivery.jsonl'), 'utf8')).toContain('"type":"compat.check.blocked"');
      expect(existsSync(join(result.runnerTemp, 'powerx-events', 'delivery-log.jsonl'))).toBe(false);
    } finally {
      await ops.close();
      await elsewhere.close();
    }
  });

  it('a re-run with the same delivery log (attempt 2, same run) does not send compat.check.blocked again', async () => {
    const block = pick('runs a host below 3.8', (t) => semver.lt(t.hostVersion, '3.8.0') && modern(t) && from3x(t));
    const secret = generateSigningSecret();
    const ops = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
    // The job's RUNNER_TEMP holds the delivery log, as after a re-run that downloaded the earlier attempt's files.
    const runnerTemp = mkdtempSync(join(tmpdir(), 'powerx-compat-rerun-'));
    try {
      const workspace = repo({ 'subscriptions.yaml': `subscribers:\n  - { id: ops, channel: webhook, target: '${ops.url}', secretEnv: OPS_SECRET, filter: { types: ['compat.*'], tenants: [${block.id}] } }\n` });
      const step = (attempt: string) =>
        runAction({
          action: 'compat-check',
          workspace,
          inputs: { tenants: block.id, 'platform-url': sim.url, 'platform-token': TOKEN, subscriptions: 'subscriptions.yaml', 'fail-on-block': 'false' },
          env: { OPS_SECRET: secret, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ATTEMPT: attempt },
        });
      type Delivered = Report & { delivery: { counts: Record<'delivered' | 'skipped' | 'failed' | 'pending', number>; logPath: string } };
      const first = await step('1');
      expect(first.stderr).toBe('');
      expect(first.exitCode).toBe(0);
      const sent = ops.requests.filter((r) => r.type === 'compat.check.blocked');
      expect(sent).toHaveLength(1);
      expect((JSON.parse(readFileSync(first.outputs.report!, 'utf8')) as Delivered).delivery.counts.delivered).toBeGreaterThanOrEqual(1);

      const again = await step('2');
      expect(again.stderr).toBe('');
      expect(again.exitCode).toBe(0);
      // Every event of the first attempt was acknowledged: the receiver sees none of them again.
      expect(ops.requests.filter((r) => r.status !== 'closed' && r.duplicate)).toEqual([]);
      expect(ops.requests.filter((r) => r.type === 'compat.check.blocked')).toHaveLength(1);
      const report = JSON.parse(readFileSync(again.outputs.report!, 'utf8')) as Delivered;
      expect(report.events.map((e) => e.type)).toContain('compat.check.blocked');
      expect(report.delivery.counts.delivered).toBe(0);
      expect(report.delivery.counts.skipped).toBeGreaterThanOrEqual(1);
      // Both attempts continued the job's delivery log and audit chain, where every suite step of a job keeps them.
      const deliveryLog = join(runnerTemp, 'powerx-events', 'delivery-log.jsonl');
      expect(report.delivery.logPath).toBe(deliveryLog);
      expect(readFileSync(deliveryLog, 'utf8')).toContain('"type":"compat.check.blocked"');
      expect(again.outputs['audit-log']).toBe(join(runnerTemp, 'powerx-audit', 'audit.jsonl'));
      expect(verify(readFileSync(join(runnerTemp, 'powerx-audit', 'audit.jsonl'), 'utf8')).ok).toBe(true);
    } finally {
      await ops.close();
    }
  });

  it('bad input is annotated on its file and line and fails the step before anything is checked', async () => {
    const workspace = repo({ 'powerx-plugin.yaml': MANIFEST.replace('node: ">=20.0.0"', 'node: ">=20.0.0 <=> 22"') });
    const result = await runAction({ action: 'compat-check', workspace, inputs: { tenants: tenants[0]!.id, 'platform-url': sim.url, 'platform-token': TOKEN } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      {
        command: 'error',
        properties: { title: 'Invalid input', file: 'powerx-plugin.yaml', line: '6', col: '9' },
        message: 'powerx-plugin.yaml:6:9 runtimes.node ">=20.0.0 <=> 22" is not a valid node-semver range',
      },
    ]);
    expect(result.outputs.verdict).toBeUndefined();
  });

  it('names the inputs that are missing or contradict each other', async () => {
    const result = await runAction({ action: 'compat-check', workspace: repo(), inputs: { tenants: 'tn-0001', 'tenants-file': 'tenants.yaml' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      { command: 'error', properties: { title: 'Invalid input' }, message: 'inputs: give either tenants-file or tenants/tenant-selector, not both' },
    ]);
  });
});
