/**
 * The release pipeline end to end, in stage order, every stage a committed bundle run as the runner runs it,
 * against the PowerX simulator and the GitHub double: submit, deploy to a test tenant, quality gate, security
 * scan, QA and release-manager approvals, release plan and tag lock, audit archive. The happy path ends with a
 * tag, a release carrying plan and audit bundle, and a verified chain; every block path ends with no tag, a
 * publish.pipeline.blocked record and a notification of the submitter and QA.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonLines } from '@powerx/core/audit/jsonl.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { verify } from '@powerx/core/audit/verify.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { startReceiver } from '@powerx/github/delivery/receiver.js';
import { createGitHubClient } from '@powerx/github/octokit.js';
import { GitBranchAuditStore, verifyAuditBranch } from '@powerx/github/audit-branch.js';
import type { RunRecord } from '@powerx/github/double/state.js';
import { runAction, type ActionResult } from '../support/harness.js';
import {
  BOT,
  ORG_OWNER,
  OWNER,
  PLATFORM_TOKEN,
  PLUGIN,
  QA,
  RELEASE_MANAGER,
  REPO,
  SUBMITTER,
  pluginWorkspace,
  releaseRun,
  runEnv,
  startReleaseWorld,
  waitOn,
  type ReleaseWorld,
  type Workspace,
  type WorkspaceOptions,
} from '../support/release-world.js';

let world: ReleaseWorld;

beforeAll(async () => {
  world = await startReleaseWorld();
});

afterAll(async () => {
  await world?.close();
});

const AUDIT_LOG = 'powerx-audit/audit.jsonl';
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const LAUNCH_WINDOW = `${tomorrow}T10:00:00Z/PT1H`;

/** One release run: the workspace, the run in the double, and every step's result by name. */
class Pipeline {
  readonly ws: Workspace;
  readonly run: RunRecord;
  readonly steps = new Map<string, ActionResult>();

  constructor(options: WorkspaceOptions, actor = SUBMITTER) {
    this.ws = pluginWorkspace(world, options);
    this.run = releaseRun(world, this.ws.commit, actor);
  }

  env(extra: Record<string, string> = {}) {
    return runEnv(world, this.run, extra);
  }

  async step(name: string, action: string, inputs: Record<string, string>, stage: 'main' | 'post' = 'main', state?: Record<string, string>): Promise<ActionResult> {
    const result = await runAction({ action, stage, ...(state ? { state } : {}), workspace: this.ws.dir, inputs: { 'audit-log': AUDIT_LOG, ...inputs }, env: this.env(), token: world.github.token(BOT) });
    if (result.stderr) throw new Error(`${name} wrote to stderr:\n${result.stderr}`);
    this.steps.set(name, result);
    return result;
  }

  platform = () => ({ 'platform-url': world.sim.url, 'platform-token': PLATFORM_TOKEN });

  submit = () => this.step('submit', 'publish-request', this.platform());

  async verifyStage(): Promise<boolean> {
    const deploy = await this.step('deploy', 'deploy-test-tenant', { ...this.platform(), 'health-interval': '0.05' });
    // The regression suite ran against the tenant and wrote its reports into the workspace (see the fixture).
    let ok = deploy.exitCode === 0;
    if (ok) ok = (await this.step('quality', 'quality-gate', {})).exitCode === 0;
    if (ok) ok = (await this.step('security', 'security-scan', { 'npm-audit-file': 'reports/npm-audit.json' })).exitCode === 0;
    await this.step('deploy-post', 'deploy-test-tenant', { ...this.platform() }, 'post', deploy.state);
    return ok;
  }

  async approve(environment: string, reviewer: string | undefined, extra: Record<string, string> = {}): Promise<ActionResult> {
    waitOn(world, this.run, environment);
    if (reviewer) world.github.approve(OWNER, REPO, this.run.id, reviewer, { environments: [environment], comment: `looks good (${reviewer})` });
    this.run.pending = this.run.pending.filter((p) => p.environment !== environment);
    this.run.status = 'in_progress';
    return this.step(`approve ${environment}`, 'approval-record', {
      environment,
      'org-token': world.github.token(ORG_OWNER),
      'launch-window': LAUNCH_WINDOW,
      'rollback-contacts': 'ops-oncall, matrix@artisan.example',
      ...extra,
    });
  }

  release = () => this.step('release', 'release-plan', { ...this.platform() });

  blocked = (jobs: Record<string, { result: string }> = {}) => this.step('blocked', 'pipeline-blocked', { ...this.platform(), jobs: JSON.stringify(jobs) });

  archive = () => this.step('archive', 'audit-archive', this.platform());

  records(): AuditRecord[] {
    const text = readFileSync(join(this.ws.dir, AUDIT_LOG), 'utf8');
    expect(verify(text)).toMatchObject({ ok: true });
    return parseJsonLines(text).map((l) => l.value as AuditRecord);
  }

  get subject(): string {
    return this.steps.get('submit')!.outputs.subject!;
  }
}

const tagOf = (version: string) => world.github.state.repo(OWNER, REPO).git.refs.get(`refs/tags/v${version}`);
const issues = () => world.github.state.repo(OWNER, REPO).issues;

/** What every block path must end with. */
async function expectBlocked(p: Pipeline, version: string, code: string, stage: string) {
  const blocked = await p.blocked();
  expect(blocked.exitCode).toBe(0);
  expect(JSON.parse(blocked.outputs.reasons!)).toEqual(expect.arrayContaining([expect.objectContaining({ code, stage })]));
  const record = p.records().find((r) => r.action === 'publish.pipeline.blocked');
  expect(record, 'a publish.pipeline.blocked record').toBeDefined();
  expect(record!.details.notified).toEqual(expect.arrayContaining([`@${SUBMITTER}`, '@acme/plugin-qa']));
  const issue = issues().find((i) => i.title === `Release blocked: ${PLUGIN}@${version}`);
  expect(issue, 'a notification issue').toBeDefined();
  const text = [issue!.body, ...issue!.comments.map((c) => c.body)].join('\n');
  expect(text).toContain(`@${SUBMITTER}`);
  expect(text).toContain('@acme/plugin-qa');
  expect(text).toContain(code);
  expect(JSON.parse(blocked.outputs.event!)).toMatchObject({ type: 'publish.pipeline.blocked', subject: `${PLUGIN}@${version}` });
  // The tag can no longer be made: the release step refuses and names the block.
  const release = await p.release();
  expect(release.exitCode).toBe(1);
  expect(release.outputs.outcome).toBe('refused');
  expect(release.outputs.missing).toContain('version-blocked');
  expect(tagOf(version)).toBeUndefined();
  const archive = await p.archive();
  expect(archive.exitCode).toBe(0);
  expect(JSON.parse(archive.outputs.metrics!)['publish.pipeline.block_total']).toBeGreaterThanOrEqual(1);
  return blocked;
}

describe('release pipeline: happy path', () => {
  it('submits, verifies, is approved by QA and the release manager, and ends with a locked tag, a release with plan and audit bundle, and a verified chain', async () => {
    const p = new Pipeline({ version: world.version });
    expect((await p.submit()).outputs.outcome).toBe('passed');
    expect(await p.verifyStage()).toBe(true);
    expect(world.sim.state.leases().find((l) => l.id === p.steps.get('deploy')!.outputs['lease-id'])?.status).toBe('released');

    const qa = await p.approve('powerx-qa', QA);
    expect(qa.outputs.outcome).toBe('approved');
    expect(JSON.parse(qa.outputs.approvers!)).toEqual([QA]);
    const rm = await p.approve('powerx-release-manager', RELEASE_MANAGER);
    expect(rm.outputs.outcome).toBe('approved');
    expect(Number(rm.outputs['lead-time-hours'])).toBeGreaterThanOrEqual(0);

    const release = await p.release();
    expect(release.exitCode).toBe(0);
    expect(release.outputs).toMatchObject({ outcome: 'released', tag: `v${world.version}` });
    expect(tagOf(world.version)).toBeDefined();
    const gitRelease = world.github.state.repo(OWNER, REPO).releases.find((r) => r.tagName === `v${world.version}`)!;
    expect(gitRelease.draft).toBe(false);
    expect(gitRelease.assets.map((a) => a.name).sort()).toEqual(['audit-bundle.jsonl', 'release-plan.json', 'release-plan.md']);
    const plan = JSON.parse(Buffer.from(gitRelease.assets.find((a) => a.name === 'release-plan.json')!.content).toString()) as Record<string, unknown>;
    expect(plan).toMatchObject({ plugin: PLUGIN, version: world.version, commit: p.ws.commit, submitter: SUBMITTER, launchWindow: { start: `${tomorrow}T10:00:00.000Z` } });
    expect((plan.rollback as { contacts: string[]; cohorts: unknown[] }).contacts).toEqual(['ops-oncall', 'matrix@artisan.example']);
    expect((plan.rollback as { cohorts: unknown[] }).cohorts.length).toBeGreaterThan(1);
    expect((plan.approvals as { role: string; approvers: string[] }[]).map((a) => [a.role, a.approvers])).toEqual([
      ['qa', [QA]],
      ['release-manager', [RELEASE_MANAGER]],
    ]);
    const bundle = Buffer.from(gitRelease.assets.find((a) => a.name === 'audit-bundle.jsonl')!.content).toString();
    expect(verify(bundle)).toMatchObject({ ok: true });
    expect(gitRelease.body).toContain('Rollback');
    expect(JSON.parse(release.outputs.events!)).toEqual([expect.objectContaining({ type: 'plugin.release.published', subject: p.subject })]);

    const archive = await p.archive();
    expect(archive.exitCode).toBe(0);
    // The platform's audit service holds the run's records too.
    expect(Number(archive.outputs['platform-ingested'])).toBe(p.records().length);
    expect(world.sim.state.auditRecords().filter((r) => (r.run as { id?: string }).id === String(p.run.id))).toHaveLength(p.records().length);
    expect(JSON.parse(archive.outputs.metrics!)).toMatchObject({ 'publish.test.pass_rate': 1, 'publish.coverage.percent': 93.4, 'publish.pipeline.block_total': expect.any(Number) });
    expect(archive.summary).toContain('publish.approval.lead_time_hours');

    const actions = p.records().map((r) => `${r.action}${r.details.gate ? `:${r.details.gate}` : r.details.role ? `:${r.details.role}` : ''}=${r.outcome}`);
    expect(actions).toEqual([
      'publish.gate.evaluated:submit=passed',
      'publish.gate.evaluated:test-deploy=passed',
      'publish.gate.evaluated:quality=passed',
      'publish.gate.evaluated:security=passed',
      'publish.test-tenant.released=released',
      'publish.approval.recorded:qa=approved',
      'publish.approval.recorded:release-manager=approved',
      'publish.release.planned=recorded',
      'publish.tag.locked=created',
      'plugin.release.published=published',
    ]);
    // The long-term store verifies: its chain and the archived bundle.
    const branch = new GitBranchAuditStore(createGitHubClient({ token: world.github.token(BOT), baseUrl: world.github.url, paceWrites: false }), OWNER, REPO, 'powerx-audit');
    const results = await verifyAuditBranch(branch);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.some((r) => r.file.includes(`bundles/${PLUGIN}/${world.version}/`))).toBe(true);

    // A re-run of the release step converges: the tag stays, the release is reused.
    const again = await p.release();
    expect(again.outputs.outcome).toBe('released');
    expect(world.github.state.repo(OWNER, REPO).releases.filter((r) => r.tagName === `v${world.version}`)).toHaveLength(1);
  });
});

describe('release pipeline: block paths', () => {
  let n = 0;
  const next = () => `8.${++n}.0`;

  it('bad signature', async () => {
    const version = next();
    const p = new Pipeline({ version, signing: 'tampered' });
    expect((await p.submit()).exitCode).toBe(1);
    await expectBlocked(p, version, 'digest-mismatch', 'submit');
  });

  it('coverage 89.9%', async () => {
    const version = next();
    const p = new Pipeline({ version, coverage: 89.9 });
    await p.submit();
    expect(await p.verifyStage()).toBe(false);
    expect(p.steps.get('quality')!.exitCode).toBe(1);
    const reasons = JSON.parse(p.steps.get('quality')!.outputs.reasons!) as { code: string; message: string }[];
    expect(reasons.map((r) => r.message)).toEqual([expect.stringContaining('89.9%')]);
    await expectBlocked(p, version, reasons[0]!.code, 'quality');
    // The blocked version was yanked: no tenant can install it.
    expect(world.sim.state.releases(PLUGIN).find((r) => r.version === version)?.yanked).toBe(true);
  });

  it('one high vulnerability', async () => {
    const version = next();
    const p = new Pipeline({ version, vulnerable: true });
    await p.submit();
    expect(await p.verifyStage()).toBe(false);
    expect(p.steps.get('security')!.exitCode).toBe(1);
    const reasons = JSON.parse(p.steps.get('security')!.outputs.reasons!) as { code: string }[];
    await expectBlocked(p, version, reasons[0]!.code, 'security');
  });

  it('a denied licence', async () => {
    const version = next();
    const p = new Pipeline({ version, deniedLicence: true });
    await p.submit();
    expect(await p.verifyStage()).toBe(false);
    const reasons = JSON.parse(p.steps.get('security')!.outputs.reasons!) as { code: string; message: string }[];
    expect(reasons.map((r) => r.message).join(' ')).toContain('GPL-3.0-only');
    await expectBlocked(p, version, reasons[0]!.code, 'security');
  });

  it('a missing report', async () => {
    const version = next();
    const p = new Pipeline({ version, omitJunit: true });
    await p.submit();
    expect(await p.verifyStage()).toBe(false);
    const reasons = JSON.parse(p.steps.get('quality')!.outputs.reasons!) as { code: string }[];
    await expectBlocked(p, version, reasons[0]!.code, 'quality');
  });

  it('a missing approval', async () => {
    const version = next();
    const p = new Pipeline({ version });
    await p.submit();
    expect(await p.verifyStage()).toBe(true);
    expect((await p.approve('powerx-qa', QA)).outputs.outcome).toBe('approved');
    // The release-manager job ran without anyone approving it (its protection was removed).
    const rm = await p.approve('powerx-release-manager', undefined);
    expect(rm.exitCode).toBe(1);
    await expectBlocked(p, version, 'approval-missing', 'approval:release-manager');
  });

  it('the submitter approving their own release', async () => {
    const version = next();
    // The environment drifted: self-review allowed and the submitter listed; the record still refuses it.
    world.github.state.addEnvironment(OWNER, REPO, { name: 'powerx-qa', reviewers: [{ team: 'plugin-qa' }, { user: SUBMITTER }], preventSelfReview: false, canAdminsBypass: false });
    try {
      const p = new Pipeline({ version });
      await p.submit();
      expect(await p.verifyStage()).toBe(true);
      const qa = await p.approve('powerx-qa', SUBMITTER);
      expect(qa.exitCode).toBe(1);
      expect(JSON.parse(qa.outputs.reasons!)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'submitter-approved' })]));
      await expectBlocked(p, version, 'submitter-approved', 'approval:qa');
    } finally {
      world.github.state.addEnvironment(OWNER, REPO, { name: 'powerx-qa', reviewers: [{ team: 'plugin-qa' }], preventSelfReview: true, canAdminsBypass: false });
    }
  });

  it('an organisation without 2FA', async () => {
    const version = next();
    world.github.state.setTwoFactorRequirement(OWNER, false);
    try {
      const p = new Pipeline({ version });
      await p.submit();
      expect(await p.verifyStage()).toBe(true);
      const qa = await p.approve('powerx-qa', QA);
      expect(qa.exitCode).toBe(1);
      await expectBlocked(p, version, 'org-2fa-disabled', 'approval:qa');
    } finally {
      world.github.state.setTwoFactorRequirement(OWNER, true);
    }
  });

  it('counts blocks across runs on the audit branch', async () => {
    const p = new Pipeline({ version: next(), coverage: 50 });
    await p.submit();
    await p.verifyStage();
    const blocked = await p.blocked();
    expect(Number(blocked.outputs['block-total'])).toBeGreaterThanOrEqual(n);
  });

  it('delivers publish.pipeline.blocked through the job\'s delivery log, and a re-run attempt does not send it again', async () => {
    const version = next();
    const p = new Pipeline({ version, signing: 'tampered' });
    expect((await p.submit()).exitCode).toBe(1);
    const secret = generateSigningSecret();
    const ops = await startReceiver({ behaviour: { kind: 'healthy' }, secret });
    // One RUNNER_TEMP for both attempts: what the blocked job holds after downloading the earlier attempt's log.
    const runnerTemp = mkdtempSync(join(tmpdir(), 'powerx-blocked-rerun-'));
    try {
      writeFileSync(join(p.ws.dir, 'subscriptions.yaml'), `subscribers:\n  - { id: ops, channel: webhook, target: '${ops.url}', secretEnv: OPS_SECRET, filter: { types: ['publish.*'], all: true } }\n`);
      const attempt = (n: string) =>
        runAction({
          action: 'pipeline-blocked',
          workspace: p.ws.dir,
          inputs: { 'audit-log': AUDIT_LOG, ...p.platform(), subscriptions: 'subscriptions.yaml' },
          env: p.env({ RUNNER_TEMP: runnerTemp, GITHUB_RUN_ATTEMPT: n, OPS_SECRET: secret }),
          token: world.github.token(BOT),
        });
      const first = await attempt('1');
      expect(first.stderr).toBe('');
      expect(first.exitCode).toBe(0);
      expect(first.masks).toContain(secret);
      expect(ops.requests.filter((r) => r.type === 'publish.pipeline.blocked')).toEqual([expect.objectContaining({ verified: true, subject: `${PLUGIN}@${version}`, status: 204 })]);
      // The default delivery log, the same file emit-event and the compat steps write in a job.
      const deliveryLog = join(runnerTemp, 'powerx-events', 'delivery-log.jsonl');
      expect(readFileSync(deliveryLog, 'utf8')).toContain('"type":"publish.pipeline.blocked"');

      const again = await attempt('2');
      expect(again.stderr).toBe('');
      expect(again.exitCode).toBe(0);
      expect(ops.requests.filter((r) => r.type === 'publish.pipeline.blocked')).toHaveLength(1);
      expect(p.records().filter((r) => r.action === 'publish.pipeline.blocked').map((r) => r.run.attempt)).toEqual([1, 2]);
    } finally {
      await ops.close();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });
});
