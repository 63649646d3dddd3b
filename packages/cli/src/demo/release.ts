/**
 * The release of a sample plugin version end to end, on the simulator and a GitHub double seeded for the purpose:
 * signed submission and upload, test tenant with a health check, quality and security gates over the regression
 * run's reports, approval environments synced from the matrix and approved by scripted reviewers through the
 * GitHub API, release plan, locked tag and GitHub release, archive on the audit branch, verified.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { stringify } from 'yaml';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { verify } from '@powerx/core/audit/verify.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import type { GateContext } from '@powerx/core/gates/outcome.js';
import { runQualityGate } from '@powerx/core/gates/quality-run.js';
import { runGate } from '@powerx/core/gates/run.js';
import { runSecurityGate } from '@powerx/core/gates/security-run.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { startGitHubDouble, type GitHubDouble } from '@powerx/github/double/server.js';
import { GitBranchAuditStore, verifyAuditBranch } from '@powerx/github/audit-branch.js';
import { createPlatformClient } from '@powerx/platform/client.js';
import { recordApproval } from '@powerx/actions/release/approval.js';
import { syncEnvironments } from '@powerx/actions/release/approvals.js';
import { archiveRun } from '@powerx/actions/release/archive.js';
import { cliRequestLog, releaseGitHub } from '@powerx/actions/release/github.js';
import { planRelease } from '@powerx/actions/release/plan-release.js';
import { recordSubmission, submitRelease } from '@powerx/actions/release/submit.js';
import { deployToTestTenant, recordTestDeploy } from '@powerx/actions/release/test-tenant.js';
import { readTrail } from '@powerx/actions/release/trail.js';
import { demoRunContext } from './platform.js';
import type { DemoContext, DemoStage, DemoStageResult } from './stage.js';

const PLUGIN = 'acme.crm-sync';
const [OWNER, REPO] = ['acme', 'crm-sync'];
const PEOPLE = { submitter: 'michael', qa: 'linda', releaseManager: 'matrix', admin: 'ops-owner' };

const MATRIX = `stages:
  - environment: powerx-qa
    role: qa
    reviewers: { teams: [acme/plugin-qa] }
  - environment: powerx-release-manager
    role: release-manager
    reviewers: { users: [${PEOPLE.releaseManager}] }
launchWindows:
  - { days: [mon, tue, wed, thu, fri, sat, sun], start: "00:00", end: "24:00", timeZone: UTC }
`;

const QUALITY = `coverage: { lines: 90, branches: 80, functions: 0, statements: 0 }
tests: { maxFailed: 0, minPassRate: 0.95, minCount: 10 }
security:
  licenses: { allow: [MIT, Apache-2.0, ISC], deny: [GPL-3.0-only, AGPL-3.0-only] }
`;

function seed(github: GitHubDouble): void {
  const s = github.state;
  s.addOrg({ login: OWNER, owners: [PEOPLE.admin], members: [PEOPLE.submitter, PEOPLE.qa, PEOPLE.releaseManager], twoFactorRequirementEnabled: true });
  s.addTeam({ org: OWNER, slug: 'plugin-qa', members: [PEOPLE.qa] });
  s.addRepo({ owner: OWNER, name: REPO, admins: [PEOPLE.admin], writers: [PEOPLE.submitter, 'github-actions[bot]'] });
}

/** The plugin repository as the release workflow checks it out after the build and the regression run. */
function workspace(dir: string, manifest: Record<string, unknown>, version: string): void {
  for (const sub of ['config/publish', 'dist', 'keys', 'coverage', 'reports']) mkdirSync(join(dir, sub), { recursive: true });
  const artifact = Buffer.from(`${PLUGIN} ${version}\n`.repeat(256));
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(join(dir, `dist/crm-sync-${version}.tgz`), artifact);
  writeFileSync(join(dir, `dist/crm-sync-${version}.tgz.sig`), sign('sha256', artifact, key.privateKey).toString('base64'));
  writeFileSync(join(dir, 'keys/acme-release.pub'), key.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'powerx-plugin.yaml'), stringify({ ...manifest, version, name: 'CRM Sync', artifact: { path: `dist/crm-sync-${version}.tgz`, signature: `dist/crm-sync-${version}.tgz.sig` } }));
  writeFileSync(join(dir, 'config/publish/signature_policy.yaml'), 'accept: [key]\nkeys:\n  - { hint: acme-release, path: keys/acme-release.pub }\n');
  writeFileSync(join(dir, 'config/publish/approval_matrix.yaml'), MATRIX);
  writeFileSync(join(dir, 'config/publish/quality_gates.yaml'), QUALITY);
  // What the regression suite left behind: 120 passing tests, 93.4% line coverage, a clean npm audit.
  const metric = (covered: number) => ({ total: 1000, covered, skipped: 0, pct: covered / 10 });
  writeFileSync(join(dir, 'coverage/coverage-summary.json'), JSON.stringify({ total: { lines: metric(934), statements: metric(941), functions: metric(962), branches: metric(871) } }));
  const cases = Array.from({ length: 120 }, (_, i) => `<testcase classname="crm.sync.regression" name="scenario ${i + 1}" time="0.02"/>`).join('\n    ');
  writeFileSync(join(dir, 'reports/junit.xml'), `<?xml version="1.0"?>\n<testsuites tests="120" failures="0">\n  <testsuite name="regression" tests="120" failures="0" errors="0" skipped="0">\n    ${cases}\n  </testsuite>\n</testsuites>\n`);
  writeFileSync(join(dir, 'reports/npm-audit.json'), JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 3, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 2 } } }));
  const deps = { axios: { version: '1.7.7', license: 'MIT' }, 'lodash.merge': { version: '4.6.2', license: 'MIT' } };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'crm-sync', version, license: 'Apache-2.0', dependencies: { axios: '^1.7.7', 'lodash.merge': '^4.6.2' } }));
  writeFileSync(
    join(dir, 'package-lock.json'),
    JSON.stringify({
      name: 'crm-sync',
      version,
      lockfileVersion: 3,
      packages: { '': { name: 'crm-sync', version, license: 'Apache-2.0', dependencies: { axios: '^1.7.7', 'lodash.merge': '^4.6.2' } }, ...Object.fromEntries(Object.entries(deps).map(([n, d]) => [`node_modules/${n}`, d])) },
    }),
  );
}

export const releaseStage: DemoStage = {
  name: 'release',
  async run(context: DemoContext): Promise<DemoStageResult> {
    const dir = join(context.workDir, 'release');
    const pluginDir = join(dir, 'plugin');
    mkdirSync(pluginDir, { recursive: true });
    const platform = createPlatformClient({ baseUrl: context.platformUrl, token: context.platformToken });
    const latest = (await platform.getPlugin(PLUGIN)).releases.filter((r) => !r.prerelease && !r.yanked).sort((a, b) => semver.compare(a.version, b.version)).at(-1)!;
    const version = semver.inc(latest.version, 'major')!;
    workspace(pluginDir, latest.manifest as unknown as Record<string, unknown>, version);

    const github = await startGitHubDouble();
    const lines: string[] = [];
    const artifacts: Record<string, string> = {};
    try {
      seed(github);
      const as = (login: string) => releaseGitHub(github.token(login), github.url, 'token', cliRequestLog);
      const matrix = parseApprovalMatrix(MATRIX, 'config/publish/approval_matrix.yaml');
      const synced = await syncEnvironments(as(PEOPLE.admin), OWNER, REPO, matrix, true);
      // The REST API cannot turn off administrator bypass; the admin does it by hand, as the sync asked.
      for (const env of github.state.repo(OWNER, REPO).environments.values()) env.canAdminsBypass = false;
      lines.push(`approvals sync: ${synced.map((s) => s.environment).join(', ')} created from the approval matrix`);

      const commit = github.state.commitFile(OWNER, REPO, { path: 'powerx-plugin.yaml', content: `id: ${PLUGIN}\nversion: ${version}\n`, message: `Release ${version}` }).sha;
      const run = github.state.addRun(OWNER, REPO, { workflow: 'plugin-release.yml', event: 'workflow_dispatch', actor: PEOPLE.submitter, headSha: commit, status: 'in_progress' });
      const runUrl = `${github.url}/${OWNER}/${REPO}/actions/runs/${run.id}`;
      const auditPath = join(dir, 'audit-bundle.jsonl');
      const audit = new AuditLog(new FileAuditStore(auditPath), { context: { actor: PEOPLE.submitter, run: { id: String(run.id), attempt: 1, workflow: 'plugin-release', commit, repository: `${OWNER}/${REPO}`, url: runUrl } } });
      const bot = as('github-actions[bot]');

      // 1. Submit
      const submitted = await submitRelease({
        cwd: pluginDir, manifest: 'powerx-plugin.yaml', artifact: '', signatures: [], keyHint: '', version, policy: 'config/publish/signature_policy.yaml',
        changelogUrl: '', repository: `${OWNER}/${REPO}`, submitter: PEOPLE.submitter, upload: true, platform, key: `demo/${run.id}/submit`, now: new Date(),
      });
      await recordSubmission(audit, submitted, runUrl);
      const subject = submitted.decision.subject;
      lines.push(`submit ${subject}: ${submitted.decision.outcome} (${submitted.decision.checks.map((c) => `${c.id} ${c.status}`).join(', ')})`);
      if (submitted.decision.outcome !== 'passed') throw new Error(`submission blocked: ${submitted.decision.reasons.map((r) => r.message).join('; ')}`);

      // 2. Test tenant
      const deployed = await deployToTestTenant({
        platform, github: { client: bot, owner: OWNER, repo: REPO, ref: commit, environment: 'powerx-test', logUrl: runUrl },
        manifest: submitted.decision.manifest!, compat: true, holder: `${OWNER}/${REPO}#${run.id}`, leaseTtlSeconds: 1800,
        installTimeoutMs: 30_000, healthTimeoutMs: 10_000, healthIntervalMs: 100, healthyChecks: 2, key: (...p) => `demo/${run.id}/${p.join('/')}`,
      });
      await recordTestDeploy(audit, subject, deployed, runUrl);
      lines.push(`test tenant ${deployed.tenant?.id} (${deployed.tenant?.url}): ${deployed.outcome}, ${deployed.checks.map((c) => `${c.id} ${c.status}`).join(', ')}`);

      // 3-4. Quality and security gates over the regression run's reports
      const gateContext: GateContext = { subject, plugin: PLUGIN, version, commit, repository: `${OWNER}/${REPO}`, runId: String(run.id), runAttempt: 1, runUrl, submitter: PEOPLE.submitter };
      const sink = new CollectingSink();
      const quality = await runGate('quality', async () => {
        const r = await runQualityGate({ cwd: pluginDir });
        return { result: r.result, config: { file: r.config.file, found: r.config.found }, evidence: { tests: r.result.tests.totals, coverage: r.result.coverage.percent } };
      }, { context: gateContext, audit, events: sink, now: () => new Date() });
      const security = await runGate('security', async () => {
        const r = await runSecurityGate({ cwd: pluginDir, npmAudit: { mode: 'auto', file: 'reports/npm-audit.json' }, now: new Date(), toolVersion: '0.1.0' });
        return { result: r.result, config: { file: r.config.file, found: r.config.found }, evidence: { counts: r.result.counts } };
      }, { context: gateContext, audit, events: sink, now: () => new Date() });
      for (const [name, gate] of [['quality', quality], ['security', security]] as const) {
        const path = join(dir, `${name}-gate.json`);
        writeFileSync(path, `${JSON.stringify(gate.json, null, 2)}\n`);
        artifacts[`${name} gate report`] = path;
        lines.push(`${name} gate: ${gate.status}`);
      }
      if (deployed.lease) {
        const lease = await platform.releaseLease(deployed.lease.id, { idempotencyKey: `demo/${run.id}/lease-release` });
        await audit.append({ action: AUDIT.leaseReleased, subject, outcome: 'released', details: { lease: lease.id } });
      }

      // 6. Approvals: the run reaches each gated job; the scripted reviewer approves it through the API.
      const window = `${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T09:00:00Z/PT2H`;
      for (const [environment, reviewer] of [['powerx-qa', PEOPLE.qa], ['powerx-release-manager', PEOPLE.releaseManager]] as const) {
        run.pending.push({ environment, waitTimerStartedAt: github.state.now() });
        const reviewerClient = as(reviewer);
        const { data: pending } = await reviewerClient.rest.actions.getPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id });
        await reviewerClient.rest.actions.reviewPendingDeploymentsForRun({ owner: OWNER, repo: REPO, run_id: run.id, environment_ids: pending.map((p) => p.environment.id!), state: 'approved', comment: 'reports reviewed, window and contacts confirmed' });
        const trail = await readTrail(auditPath);
        const approval = await recordApproval({
          github: bot, org: as(PEOPLE.admin), owner: OWNER, repo: REPO, runId: String(run.id), matrix, matrixFile: 'config/publish/approval_matrix.yaml', environment,
          records: trail.records, audit, launchWindow: window, rollbackContacts: ['ops-oncall', 'rollback@acme.example'], startedAt: new Date(), runUrl, now: new Date(),
        });
        lines.push(`${approval.decision.role} approval by @${approval.decision.approvers.join(', @')}: ${approval.decision.outcome} (lead time ${approval.decision.leadTimeHours} h)`);
      }

      // 7. Release plan, tag lock, GitHub release
      const released = await planRelease({
        trail: await readTrail(auditPath), longTerm: [], audit, auditPath, events: sink, matrix, requiredGates: ['submit', 'test-deploy', 'quality', 'security'],
        platform, github: { client: bot, owner: OWNER, repo: REPO, serverUrl: github.url }, runId: String(run.id), runAttempt: 1, runUrl,
        repository: `${OWNER}/${REPO}`, commit, outDir: dir, dryRun: false, now: new Date(),
      });
      if (released.outcome !== 'released') throw new Error(`release refused: ${released.missing.map((m) => m.message).join('; ')}`);
      lines.push(`release ${released.tag?.name} on ${released.tag?.commit.slice(0, 12)}: ${released.release?.url} (assets ${released.release?.assets.map((a) => a.name).join(', ')})`);
      lines.push(`events: ${sink.events.map((e) => e.type).join(', ') || 'none'}`);

      // 8. Long-term audit
      const archived = await archiveRun({
        github: bot, owner: OWNER, repo: REPO, branch: 'powerx-audit', trail: await readTrail(auditPath),
        run: { id: String(run.id), attempt: 1, commit, workflow: 'plugin-release', actor: PEOPLE.submitter, repository: `${OWNER}/${REPO}`, url: runUrl }, secrets: [],
      });
      const branch = await verifyAuditBranch(new GitBranchAuditStore(bot, OWNER, REPO, 'powerx-audit'));
      const chain = verify((await new FileAuditStore(auditPath).readText()) ?? '');
      lines.push(`audit: bundle ${chain.ok ? `verified (${chain.count} records)` : 'BROKEN'}, archived at ${archived.archived?.location}:${archived.archived?.path}; branch ${branch.every((b) => b.ok) ? 'verified' : 'BROKEN'}`);
      lines.push(`metrics: ${Object.entries(archived.metrics).map(([k, v]) => `${k}=${v ?? '—'}`).join(', ')}`);
      const metricsPath = join(dir, 'metrics.json');
      writeFileSync(metricsPath, `${JSON.stringify(archived.metrics, null, 2)}\n`);

      await new AuditLog(new FileAuditStore(context.auditPath), { context: demoRunContext(context) }).append({
        action: 'demo.release.completed',
        subject,
        outcome: released.outcome,
        details: { tag: released.tag?.name ?? null, release: released.release?.url ?? null, bundle: auditPath, bundleHead: chain.ok ? chain.head?.hash ?? null : null },
      });
      Object.assign(artifacts, {
        'release plan (Markdown)': released.files.planMarkdown!,
        'release plan (JSON)': released.files.planJson!,
        'audit bundle': auditPath,
        metrics: metricsPath,
        'audit branch': `${archived.archived?.location} (in the demo's GitHub double)`,
      });
      if (!chain.ok || !branch.every((b) => b.ok)) throw new Error('the audit trail did not verify');
      return { lines, artifacts };
    } finally {
      await github.close();
    }
  },
};
