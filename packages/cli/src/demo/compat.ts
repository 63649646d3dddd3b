/**
 * The compatibility guard on the simulator: a new plugin version checked against every tenant that runs the
 * plugin (pass, warn, block with remediation), an exception for one blocked tenant approved through GitHub
 * environments (scripted reviewers on a GitHub double seeded for the purpose) and read back from the run's
 * approvals, then the install through the platform under that exception.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { createCompatChecker } from '@powerx/core/compat/engine.js';
import { decisionAudit, requestAudit } from '@powerx/core/compat/exception-report.js';
import { createRequest, decideRequest, type ExceptionWorkflowConfig } from '@powerx/core/compat/exception-workflow.js';
import { recordCompatReport } from '@powerx/core/compat/record.js';
import { buildReport, renderReportMarkdown, type CompatReport } from '@powerx/core/compat/report.js';
import type { CompatMatrix, ExceptionRecord, PluginManifest } from '@powerx/core/compat/types.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { createPlatformClient, type PlatformClient } from '@powerx/platform/client.js';
import { fetchCatalog, relevantPlugins, toTenantContext } from '@powerx/platform/compat-context.js';
import { installChecked } from '@powerx/platform/compat-install.js';
import type { Tenant } from '@powerx/platform/types.js';
import { createGitHubClient } from '@powerx/github/octokit.js';
import { startGitHubDouble } from '@powerx/github/double/server.js';
import { demoRunContext } from './platform.js';
import type { DemoContext, DemoStage, DemoStageResult } from './stage.js';

const PLUGIN = 'acme.crm-sync';
const CHAIN: ExceptionWorkflowConfig['chain'] = [
  { environment: 'powerx-compat-security', role: 'security' },
  { environment: 'powerx-release-manager', role: 'release-manager' },
];

function workflowConfig(): ExceptionWorkflowConfig {
  return {
    chain: CHAIN,
    slaHours: 24,
    preventSelfReview: true,
    distinctApprovers: true,
    requireOrgTwoFactor: true,
    maxDuration: '30d',
    waivableCodes: ['host-mismatch', 'runtime-mismatch', 'dependency-mismatch', 'dependent-broken', 'migration-irreversible', 'matrix-incompatible'],
    monitoring: {
      requiredMetrics: ['errorRate', 'latencyP95Ms'],
      onFailure: 'rollback',
      defaultProfile: {
        metrics: [
          { name: 'error-rate', provider: { powerx: { metric: 'errorRate', window: '5m' } }, interval: '10m', count: 12, successCondition: 'result < 0.05', failureLimit: 1 },
          { name: 'latency-p95', provider: { powerx: { metric: 'latencyP95Ms', window: '5m' } }, interval: '10m', count: 12, successCondition: 'result <= 1500', failureLimit: 2 },
        ],
      },
    },
    notifications: { onRejected: ['event'], onExpired: ['event'], onSlaBreach: ['event'], expiryWarning: '24h' },
  };
}

/** The next minor version of the plugin, released on the platform with the latest stable release's requirements. */
async function releaseNext(platform: PlatformClient): Promise<PluginManifest> {
  const plugin = await platform.getPlugin(PLUGIN);
  const latest = plugin.releases.filter((r) => !r.prerelease && !r.yanked).sort((a, b) => semver.compare(a.version, b.version)).at(-1)!;
  const version = semver.inc(latest.version, 'minor')!;
  const manifest: PluginManifest = { ...latest.manifest, version, name: plugin.name };
  await platform.registerRelease(PLUGIN, { version, changelogUrl: `https://example.test/${PLUGIN}/${version}`, manifest: { ...latest.manifest, version } });
  return manifest;
}

/** The exception request, approved by two scripted reviewers, read back from the run approvals. */
async function approveException(tenant: string, manifest: PluginManifest, auditLog: AuditLog): Promise<ExceptionRecord> {
  const github = await startGitHubDouble();
  try {
    const [owner, repo] = ['acme', 'crm-sync'];
    for (const login of ['dev-alice', 'sec-bob', 'rm-carol', 'org-admin']) github.state.addUser({ login });
    github.state.addOrg({ login: owner, twoFactorRequirementEnabled: true, owners: ['org-admin'], members: ['dev-alice', 'sec-bob', 'rm-carol'] });
    github.state.addRepo({ owner, name: repo, admins: ['org-admin'], writers: ['dev-alice', 'sec-bob', 'rm-carol'] });
    github.state.addEnvironment(owner, repo, { name: CHAIN[0]!.environment, reviewers: [{ user: 'sec-bob' }], preventSelfReview: true });
    github.state.addEnvironment(owner, repo, { name: CHAIN[1]!.environment, reviewers: [{ user: 'rm-carol' }], preventSelfReview: true });
    const run = github.state.addRun(owner, repo, { workflow: 'request-compat-exception.yml', actor: 'dev-alice', event: 'workflow_dispatch', pendingEnvironments: CHAIN.map((s) => s.environment) });
    const config = workflowConfig();
    const request = createRequest(
      {
        plugin: manifest.id,
        versions: `${semver.major(manifest.version)}.${semver.minor(manifest.version)}.x`,
        tenants: [tenant],
        waive: ['matrix-incompatible'],
        reason: 'The defect behind the matrix rule is in the export job, which this tenant has switched off.',
        // A demo-sized profile: the same metrics as the default, measured over seconds instead of two hours.
        monitoring: {
          description: 'Watch error rate and latency right after the exceptional upgrade.',
          metrics: [
            { name: 'error-rate', provider: { powerx: { metric: 'errorRate', window: '1m' } }, interval: '200ms', count: 3, successCondition: 'result < 0.05' },
            { name: 'latency-p95', provider: { powerx: { metric: 'latencyP95Ms', window: '1m' } }, interval: '200ms', count: 3, successCondition: 'result <= 1500' },
          ],
        },
        duration: '72h',
        requestedBy: 'dev-alice',
        requestedAt: new Date(),
        repository: `${owner}/${repo}`,
        runId: String(run.id),
      },
      config,
    );
    await auditLog.append(requestAudit(request));
    github.approve(owner, repo, run.id, 'sec-bob', { environments: [CHAIN[0]!.environment], comment: 'monitoring profile covers the export path' });
    github.approve(owner, repo, run.id, 'rm-carol', { environments: [CHAIN[1]!.environment] });
    const octokit = createGitHubClient({ token: github.token('org-admin'), baseUrl: github.url, paceWrites: false });
    const { data: approvals } = await octokit.rest.actions.getReviewsForRun({ owner, repo, run_id: run.id });
    const { data: org } = await octokit.rest.orgs.get({ org: owner });
    const decision = decideRequest({
      request,
      config,
      approvals: approvals.map((a) => ({ state: a.state, user: { login: a.user.login }, environments: a.environments.map((e) => ({ name: e.name })), comment: a.comment })),
      orgTwoFactor: org.two_factor_requirement_enabled ?? undefined,
      approvalId: `${owner}/${repo}/runs/${run.id}`,
      now: new Date(),
    });
    await auditLog.append(decisionAudit(decision));
    return decision.record;
  } finally {
    await github.close();
  }
}

function check(manifest: PluginManifest, tenants: Tenant[], catalog: Awaited<ReturnType<typeof fetchCatalog>>, matrix: CompatMatrix, exceptions: ExceptionRecord[]): CompatReport {
  const now = new Date();
  const checker = createCompatChecker({ manifest, catalog, matrix, exceptions, now });
  return buildReport({ manifest, matrix, exceptions, results: tenants.map((t) => checker.check(toTenantContext(t))), now });
}

export const compatStage: DemoStage = {
  name: 'compat',
  async run(context: DemoContext): Promise<DemoStageResult> {
    const dir = join(context.workDir, 'compat');
    mkdirSync(join(dir, 'exceptions'), { recursive: true });
    const platform = createPlatformClient({ baseUrl: context.platformUrl, token: context.platformToken });
    const audit = new AuditLog(new FileAuditStore(context.auditPath), { context: demoRunContext(context) });
    const manifest = await releaseNext(platform);
    const tenants = (await platform.listAllTenants({ plugin: PLUGIN })).filter((t) => !t.testPool);
    const catalog = await fetchCatalog(platform, relevantPlugins(manifest, tenants.map(toTenantContext)));
    // The vendor tested the new minor on hosts up to 3.8.x and found a defect on 3.9.0.
    const matrix: CompatMatrix = {
      generatedAt: new Date().toISOString(),
      maxAgeHours: 168,
      rules: [
        { plugin: PLUGIN, versions: `>=${manifest.version} <${semver.inc(manifest.version, 'minor')}`, host: '>=3.6.0 <3.9.0', verdict: 'compatible' },
        { plugin: PLUGIN, versions: `>=${manifest.version} <${semver.inc(manifest.version, 'minor')}`, host: '3.9.0', verdict: 'incompatible', reason: 'export job deadlocks on host 3.9.0 (PX-1234)' },
      ],
    };
    writeFileSync(join(dir, 'powerx-plugin.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(dir, 'compat_matrix.json'), JSON.stringify(matrix, null, 2));

    const first = check(manifest, tenants, catalog, matrix, []);
    const sink = new CollectingSink();
    await recordCompatReport(first, [], { audit, events: sink });
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...first, events: sink.events }, null, 2));
    writeFileSync(join(dir, 'report.md'), renderReportMarkdown(first));
    const lines = [
      `${manifest.id}@${manifest.version} on ${first.results.length} tenants: ${first.counts.pass} pass, ${first.counts.warn} warn, ${first.counts.block} blocked (${sink.events.length} compat.check.blocked events)`,
    ];
    const shown = first.results.find((r) => r.verdict === 'block');
    if (shown) lines.push(`${shown.tenant} blocked: ${shown.conflicts.filter((c) => c.severity === 'error').map((c) => `${c.code} (${c.remediation})`).join('; ')}`);

    const candidate = first.results.find((r) => r.verdict === 'block' && r.conflicts.filter((c) => c.severity === 'error').every((c) => c.code === 'matrix-incompatible'));
    const artifacts: Record<string, string> = { report: join(dir, 'report.json'), summary: join(dir, 'report.md') };
    if (candidate) {
      const record = await approveException(candidate.tenant, manifest, audit);
      const recordPath = join(dir, 'exceptions', `${record.id}.json`);
      writeFileSync(recordPath, JSON.stringify({ exceptions: [record] }, null, 2));
      artifacts['exception record'] = recordPath;
      lines.push(`exception ${record.id} for ${candidate.tenant}: ${record.status} by ${record.approval?.approvers.join(', ')} (approval ${record.approval?.id}), until ${record.expiresAt}`);
      const again = check(manifest, tenants.filter((t) => t.id === candidate.tenant), catalog, matrix, [record]);
      await recordCompatReport(again, [record], { audit, events: new CollectingSink() });
      const [install] = await installChecked(platform, again, { timeoutMs: 30_000 });
      lines.push(`${candidate.tenant}: ${again.results[0]!.verdict}; ${install!.action} ${install!.operation?.status ?? install!.error}`);
      if (install!.monitoring) lines.push(`monitoring (${record.monitoring?.metrics.map((m) => m.name).join(', ')}): ${install!.monitoring.status}, ${install!.monitoring.reason}`);
      await audit.append({
        action: 'compat.exception.monitored',
        subject: `${again.plugin}@${again.version}`,
        outcome: install!.monitoring?.status === 'successful' ? 'passed' : (install!.monitoring?.status ?? 'skipped'),
        details: { tenant: candidate.tenant, exception: record.id, reason: install!.monitoring?.reason ?? '', action: install!.monitoring?.action ?? 'none' },
      });
    }
    return { lines, artifacts };
  },
};
