/**
 * Where a job's shared files are by default (packages/actions/src/shared/files.ts): one audit log and one delivery
 * log under RUNNER_TEMP for every action, the same delivery log for `powerx events`, and the one audit-log opener
 * the actions and the CLI share.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { auditLogPath, DEFAULT_AUDIT_LOG, DEFAULT_DELIVERY_LOG, deliveryLogPath } from '@powerx/actions/shared/files.js';
import { openAuditLog } from '@powerx/actions/shared/audit-log.js';
import { defaultEventLog } from '@powerx/cli/commands/events.js';
import { openCliAuditLog } from '@powerx/cli/audit-log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { runContext } from '@powerx/github/runner.js';

const KEYS = ['RUNNER_TEMP', 'GITHUB_WORKSPACE', 'INPUT_AUDIT-LOG', 'INPUT_DELIVERY-LOG', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_ACTOR', 'GITHUB_WORKFLOW', 'GITHUB_SHA', 'USER'];
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
const dir = mkdtempSync(join(tmpdir(), 'powerx-step-files-'));

function setEnv(values: Record<string, string | undefined>): void {
  for (const key of KEYS) delete process.env[key];
  for (const [key, value] of Object.entries(values)) if (value !== undefined) process.env[key] = value;
}

afterEach(() => setEnv(saved));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('default file locations', () => {
  const temp = join(dir, 'runner-temp');
  const workspace = join(dir, 'workspace');

  it('are one audit log and one delivery log under RUNNER_TEMP', () => {
    expect(DEFAULT_AUDIT_LOG).toBe('powerx-audit/audit.jsonl');
    expect(DEFAULT_DELIVERY_LOG).toBe('powerx-events/delivery-log.jsonl');
    setEnv({ RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace });
    expect(auditLogPath()).toBe(join(temp, 'powerx-audit', 'audit.jsonl'));
    expect(deliveryLogPath()).toBe(join(temp, 'powerx-events', 'delivery-log.jsonl'));
  });

  it('take the audit-log and delivery-log inputs, relative to the workspace', () => {
    setEnv({ RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace, 'INPUT_AUDIT-LOG': 'logs/audit.jsonl', 'INPUT_DELIVERY-LOG': '/elsewhere/delivery.jsonl' });
    expect(auditLogPath()).toBe(join(workspace, 'logs', 'audit.jsonl'));
    expect(deliveryLogPath()).toBe('/elsewhere/delivery.jsonl');
  });

  it('fall back to the workspace outside a runner', () => {
    setEnv({ GITHUB_WORKSPACE: workspace });
    expect(auditLogPath()).toBe(join(workspace, 'powerx-audit', 'audit.jsonl'));
    expect(deliveryLogPath()).toBe(join(workspace, 'powerx-events', 'delivery-log.jsonl'));
  });

  it('are the same for powerx events as for the actions', () => {
    setEnv({ RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace });
    expect(defaultEventLog()).toBe(deliveryLogPath());
    setEnv({});
    expect(defaultEventLog()).toBe(join(process.cwd(), 'powerx-events', 'delivery-log.jsonl'));
  });
});

describe('the audit-log opener', () => {
  const read = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

  it('records the workflow run of an action step, and masks its secrets', async () => {
    setEnv({ GITHUB_REPOSITORY: 'acme/crm-sync', GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTOR: 'octocat', GITHUB_WORKFLOW: 'plugin-release', GITHUB_SHA: 'c0ffee' });
    const path = join(dir, 'action.jsonl');
    await openAuditLog(path, runContext(), ['s3cr3t-token', '']).append({ action: 'publish.gate.evaluated', subject: 'acme.crm-sync@1.0.0', outcome: 'passed', details: { note: 'token s3cr3t-token' } });
    const [record] = read(path);
    expect(record!.actor).toBe('octocat');
    expect(record!.run).toEqual({ id: '4242', attempt: 2, workflow: 'plugin-release', commit: 'c0ffee', repository: 'acme/crm-sync', url: 'https://github.com/acme/crm-sync/actions/runs/4242' });
    expect(record!.details).toEqual({ note: 'token ***' });
  });

  it('records a local run of the user for the CLI, with what the command fixes', async () => {
    setEnv({ USER: 'dev-alice' });
    const path = join(dir, 'cli.jsonl');
    await openCliAuditLog(path, { workflow: 'powerx plugin' }, ['platform-token-1']).append({ action: 'compat.check.passed', subject: 'acme.crm-sync@1.0.0', outcome: 'passed', details: { token: 'platform-token-1' } });
    await openCliAuditLog(path, { workflow: 'powerx release plan', runId: '90001', sha: 'abc123', repository: 'acme/crm-sync' }).append({ action: 'publish.release.planned', subject: 'acme.crm-sync@1.0.0', outcome: 'planned' });
    const [check, plan] = read(path);
    expect(check!.actor).toBe('dev-alice');
    expect(check!.run).toEqual({ id: 'local', attempt: 1, workflow: 'powerx plugin', commit: '' });
    expect(check!.details).toEqual({ token: '***' });
    expect(plan!.run).toEqual({ id: '90001', attempt: 1, workflow: 'powerx release plan', commit: 'abc123', repository: 'acme/crm-sync' });
    expect(plan!.prev).toBe(check!.hash);
  });
});
