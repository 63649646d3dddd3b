/**
 * `powerx publish create`, `powerx release plan`, `powerx approvals` and `powerx audit verify --branch`, in process,
 * against the simulator and the GitHub double: the same decisions as the actions, the CLI's exit codes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { AuditLog, type AuditEntry } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { approvalsCommand } from '@powerx/cli/commands/approvals.js';
import { auditCommand } from '@powerx/cli/commands/audit.js';
import { publishCommand } from '@powerx/cli/commands/publish.js';
import { releaseCommand } from '@powerx/cli/commands/release.js';
import { reportFatal, type Io } from '@powerx/cli/output.js';
import { runAction } from '../support/harness.js';
import { BOT, OWNER, PLATFORM_TOKEN, PLUGIN, QA, RELEASE_MANAGER, REPO, SUBMITTER, pluginWorkspace, releaseRun, runEnv, startReleaseWorld, type ReleaseWorld } from '../support/release-world.js';

let world: ReleaseWorld;
const saved = { ...process.env };

beforeAll(async () => {
  world = await startReleaseWorld();
});

afterEach(() => {
  process.exitCode = 0;
  process.env = { ...saved };
});

afterAll(async () => {
  await world?.close();
});

/** Runs one command as the CLI does (bad input exits 2 through reportFatal) and captures its output. */
async function cli(make: (io: Io) => Command, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const command = make(io);
  command.exitOverride();
  for (const sub of command.commands) sub.exitOverride();
  process.exitCode = 0;
  let code: number;
  try {
    await command.parseAsync(args, { from: 'user' });
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    code = reportFatal(error, io);
  }
  process.exitCode = 0;
  return { code, out, err };
}

describe('powerx publish create', () => {
  it('runs the preflight and starts the release workflow, printing the run URL', async () => {
    const ws = pluginWorkspace(world, { version: world.version });
    const token = world.github.token(SUBMITTER);
    const result = await cli(publishCommand, [
      'create', '-C', ws.dir, '--platform-url', world.sim.url, '--platform-token', PLATFORM_TOKEN, '--repo', `${OWNER}/${REPO}`,
      '--github-token', token, '--github-url', world.github.url, '--launch-window', '2026-12-01T10:00:00Z/PT1H', '--rollback-contacts', 'ops-oncall',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const dispatch = world.github.state.repo(OWNER, REPO).workflowDispatches.at(-1)!;
    expect(dispatch).toMatchObject({ workflowPath: '.github/workflows/plugin-release.yml', ref: 'main', actor: SUBMITTER, inputs: { version: world.version, submitter: SUBMITTER, 'launch-window': '2026-12-01T10:00:00Z/PT1H', 'rollback-contacts': 'ops-oncall' } });
    expect(result.out).toContain(`release workflow started: ${world.github.url}/${OWNER}/${REPO}/actions/runs/${dispatch.runId}`);
    // The preflight uploads nothing: stage 1 of the workflow does.
    expect(world.sim.state.releases(PLUGIN).some((r) => r.version === world.version)).toBe(false);
  });

  it('exits 1 and starts nothing when the preflight blocks; 2 for bad input', async () => {
    const ws = pluginWorkspace(world, { version: '9.9.0', signing: 'foreign-identity' });
    const before = world.github.state.repo(OWNER, REPO).workflowDispatches.length;
    const base = ['create', '-C', ws.dir, '--platform-url', world.sim.url, '--platform-token', PLATFORM_TOKEN, '--repo', `${OWNER}/${REPO}`, '--github-token', world.github.token(SUBMITTER), '--github-url', world.github.url];
    const blocked = await cli(publishCommand, [...base, '--format', 'json']);
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.out)).toMatchObject({ outcome: 'failed', reasons: [{ code: 'untrusted-signer' }], workflow: null });
    expect(world.github.state.repo(OWNER, REPO).workflowDispatches).toHaveLength(before);
    const bad = await cli(publishCommand, [...base, '--manifest', 'nope.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('nope.yaml does not exist');
  });
});

describe('powerx release plan', () => {
  async function trail(dir: string, commit: string, runId: string, skip: string[] = []): Promise<string> {
    const path = join(dir, 'audit.jsonl');
    const submitted = await runAction({
      action: 'publish-request',
      workspace: dir,
      inputs: { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit.jsonl' },
      env: runEnv(world, { ...releaseRun(world, commit), id: Number(runId) }),
    });
    expect(submitted.outputs.outcome).toBe('passed');
    const log = new AuditLog(new FileAuditStore(path), { context: { actor: BOT, run: { id: runId, attempt: 1, workflow: 'plugin-release', commit } } });
    const subject = submitted.outputs.subject!;
    const window = { start: new Date(Date.now() + 86_400_000).toISOString(), end: new Date(Date.now() + 90_000_000).toISOString() };
    const entries: AuditEntry[] = [
      ...['test-deploy', 'quality', 'security'].map((gate) => ({ action: AUDIT.gate, subject, outcome: 'passed', details: { gate } })),
      { action: AUDIT.approval, subject, outcome: 'approved', details: { role: 'qa', environment: 'powerx-qa', approvers: [QA], launchWindow: window, rollbackContacts: ['ops-oncall'] } },
      { action: AUDIT.approval, subject, outcome: 'approved', details: { role: 'release-manager', environment: 'powerx-release-manager', approvers: [RELEASE_MANAGER], launchWindow: window, rollbackContacts: ['ops-oncall'] } },
    ].filter((e) => !skip.includes(String((e.details as Record<string, unknown>).role ?? (e.details as Record<string, unknown>).gate)));
    for (const e of entries) await log.append(e);
    return path;
  }

  it('writes the plan from a complete audit log, and with --publish tags and releases', async () => {
    const version = '9.5.0';
    const ws = pluginWorkspace(world, { version });
    const audit = await trail(ws.dir, ws.commit, '90001');
    const common = ['plan', '-C', ws.dir, '--audit-log', audit, '--run-id', '90001', '--commit', ws.commit, '--platform-url', world.sim.url, '--platform-token', PLATFORM_TOKEN, '--repo', `${OWNER}/${REPO}`, '--github-token', world.github.token(BOT), '--github-url', world.github.url];
    const planned = await cli(releaseCommand, [...common, '--format', 'json']);
    expect(planned.err).toBe('');
    expect(planned.code).toBe(0);
    const json = JSON.parse(planned.out) as { outcome: string; plan: { version: string; rollback: { contacts: string[] } }; files: { planMarkdown: string } };
    expect(json.outcome).toBe('planned');
    expect(json.plan.rollback.contacts).toEqual(['ops-oncall']);
    expect(readFileSync(json.files.planMarkdown, 'utf8')).toContain('## Rollback');
    expect(world.github.state.repo(OWNER, REPO).git.refs.get(`refs/tags/v${version}`)).toBeUndefined();

    const released = await cli(releaseCommand, [...common, '--publish']);
    expect(released.code).toBe(0);
    expect(released.out).toMatch(new RegExp(`released: ${PLUGIN}@${version} .*/releases/tag/v${version}`));
    expect(world.github.state.repo(OWNER, REPO).git.refs.get(`refs/tags/v${version}`)).toBeDefined();
  });

  it('refuses (exit 1) and names the missing approval', async () => {
    const ws = pluginWorkspace(world, { version: '9.6.0' });
    const audit = await trail(ws.dir, ws.commit, '90002', ['release-manager']);
    const refused = await cli(releaseCommand, ['plan', '-C', ws.dir, '--audit-log', audit, '--run-id', '90002', '--commit', ws.commit, '--platform-url', world.sim.url, '--platform-token', PLATFORM_TOKEN, '--audit-branch', '']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('approval-missing: no release-manager approval');
  });

  it('exits 2 for an audit log that does not verify', async () => {
    const ws = pluginWorkspace(world, { version: '9.7.0' });
    const audit = await trail(ws.dir, ws.commit, '90003');
    writeFileSync(audit, readFileSync(audit, 'utf8').replace('"quality"', '"qualityX"'));
    const result = await cli(releaseCommand, ['plan', '-C', ws.dir, '--audit-log', audit, '--run-id', '90003', '--commit', ws.commit, '--platform-url', world.sim.url, '--audit-branch', '']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('does not verify');
  });
});

describe('powerx approvals', () => {
  it('check reports drift (exit 1); sync applies the matrix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'powerx-approvals-cli-'));
    writeFileSync(join(dir, 'matrix.yaml'), 'stages:\n  - { environment: powerx-security, role: security, reviewers: { users: [linda] }, canAdminsBypass: true }\n');
    const args = ['--repo', `${OWNER}/${REPO}`, '--matrix', join(dir, 'matrix.yaml'), '--github-token', world.github.token('ops-owner'), '--github-url', world.github.url];
    const before = await cli(approvalsCommand, ['check', ...args, '--format', 'json']);
    expect(before.code).toBe(1);
    expect(JSON.parse(before.out).environments[0].drift).toEqual([{ environment: 'powerx-security', field: 'missing', expected: 'exists', actual: 'missing' }]);
    const sync = await cli(approvalsCommand, ['sync', ...args]);
    expect(sync.code).toBe(0);
    expect(sync.out).toContain('powerx-security: updated; matches the matrix');
    expect((await cli(approvalsCommand, ['check', ...args])).code).toBe(0);
  });
});

describe('powerx audit verify --branch', () => {
  it('verifies the long-term branch and finds a rewritten bundle', async () => {
    const ws = pluginWorkspace(world, { version: '9.8.0' });
    const run = releaseRun(world, ws.commit);
    const inputs = { 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN, 'audit-log': 'audit.jsonl' };
    await runAction({ action: 'publish-request', workspace: ws.dir, inputs, env: runEnv(world, run) });
    const archived = await runAction({ action: 'audit-archive', workspace: ws.dir, inputs: { 'audit-log': 'audit.jsonl', 'audit-branch': 'powerx-audit-cli' }, env: runEnv(world, run), token: world.github.token(BOT) });
    expect(archived.exitCode).toBe(0);
    process.env.GITHUB_TOKEN = world.github.token(BOT);
    process.env.GITHUB_API_URL = world.github.url;
    const ok = await cli(auditCommand, ['verify', join(ws.dir, 'audit.jsonl'), '--branch', `${OWNER}/${REPO}@powerx-audit-cli`]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/OK .*audit\.jsonl/);
    expect(ok.out).toContain(archived.outputs['bundle-path']);
    world.github.state.commitFile(OWNER, REPO, { path: archived.outputs['bundle-path']!, content: 'tampered\n', branch: 'powerx-audit-cli' });
    const tampered = await cli(auditCommand, ['verify', '--branch', `${OWNER}/${REPO}@powerx-audit-cli`]);
    expect(tampered.code).toBe(1);
  });
});
