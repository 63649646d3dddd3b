import { resolve } from 'node:path';
import { loadManifest } from '@powerx/core/compat/inputs.js';
import { checksTable } from '@powerx/core/publish/checks.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { STATUS_ICON, code, link } from '@powerx/core/markdown.js';
import { appendSummary, error, getBooleanInput, getInput, getState, info, runContext, saveState, setFailed, setOutput, warning } from '@powerx/github/runner.js';
import { releaseGitHub } from '../release/github.js';
import { releasePlatform, stepKey } from '../release/platform.js';
import { readInputFile, readOptional } from '../release/files.js';
import { deployToTestTenant, recordTestDeploy, type TestTenantResult } from '../release/test-tenant.js';
import { openAuditLog } from '../shared/audit-log.js';
import { auditLogPath, insideWorkspace, tempPath, writeJson } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

function seconds(input: string, fallback: number, max: number): number {
  const text = getInput(input);
  if (text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`Input "${input}" must be a number of seconds between 1 and ${max} (got "${text}")`);
  return value;
}

function readSettings() {
  const run = runContext();
  const platformToken = getSecretInput('platform-token');
  const githubToken = getSecretInput('github-token');
  return {
    cwd: insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace),
    manifest: getInput('manifest') || 'powerx-plugin.yaml',
    version: getInput('version'),
    platformUrl: getInput('platform-url'),
    platformToken,
    githubToken,
    environment: getInput('environment') || 'powerx-test',
    region: getInput('region'),
    compat: getBooleanInput('compat'),
    matrix: getInput('compat-matrix') || 'config/version/compat_matrix.yaml',
    leaseTtl: seconds('lease-ttl', 3600, 86_400),
    installTimeout: seconds('install-timeout', 600, 3600),
    healthTimeout: seconds('health-timeout', 300, 3600),
    healthInterval: seconds('health-interval', 5, 300),
    auditLog: auditLogPath(run),
    report: resolve(run.workspace, getInput('report') || tempPath('powerx-test-tenant.json')),
  };
}

function render(result: TestTenantResult, subject: string): string {
  const icon = result.outcome === 'passed' ? STATUS_ICON.pass : STATUS_ICON.fail;
  const lines = [`### ${icon} Test tenant for ${code(subject)}`, ''];
  if (result.tenant) lines.push(`Tenant ${link(result.tenant.id, result.tenant.url)} (${result.tenant.name}, host ${result.tenant.hostVersion}), lease ${code(result.lease?.id)} until ${result.lease?.expiresAt}.`, '');
  lines.push(checksTable(result.checks), '');
  if (result.compat && result.compat.conflicts.length > 0) {
    lines.push('Compatibility findings:', '', ...result.compat.conflicts.map((c) => `- ${c.severity === 'error' ? STATUS_ICON.fail : STATUS_ICON.warn} ${code(c.code)} ${c.message}`), '');
  }
  if (result.outcome === 'passed') lines.push(`Run the regression suite against ${code('$POWERX_TENANT_URL')} (output ${code('tenant-url')}). The lease is released when the job ends.`, '');
  return lines.join('\n');
}

export async function deployTestTenant(): Promise<void> {
  saveState('is-post', 'true');
  const settings = readSettings();
  const run = runContext();
  saveState('audit-log', settings.auditLog);
  saveState('platform-url', settings.platformUrl);
  const manifestText = (await readInputFile('manifest', resolve(settings.cwd, settings.manifest), settings.manifest)).toString('utf8');
  const manifest = loadManifest(manifestText, settings.manifest);
  if (settings.version && settings.version !== manifest.version) throw new Error(`Input "version" ${settings.version} differs from the manifest's ${manifest.version}`);
  const subject = `${manifest.id}@${manifest.version}`;
  saveState('subject', subject);
  const matrixText = settings.compat ? await readOptional(resolve(settings.cwd, settings.matrix)) : undefined;
  const platform = releasePlatform(settings.platformUrl, settings.platformToken);
  const github = settings.githubToken ? releaseGitHub(settings.githubToken, run.apiUrl) : undefined;

  const result = await deployToTestTenant({
    platform,
    ...(github ? { github: { client: github, owner: run.owner, repo: run.repo, ref: run.sha || run.ref, environment: settings.environment, ...(run.runUrl ? { logUrl: run.runUrl } : {}) } } : {}),
    manifest,
    ...(matrixText !== undefined ? { matrix: { text: matrixText, file: settings.matrix } } : {}),
    compat: settings.compat,
    holder: `${run.repository || 'local'}#${run.runId || 'local'}.${run.runAttempt}`,
    ...(settings.region ? { region: settings.region } : {}),
    leaseTtlSeconds: settings.leaseTtl,
    installTimeoutMs: settings.installTimeout * 1000,
    healthTimeoutMs: settings.healthTimeout * 1000,
    healthIntervalMs: settings.healthInterval * 1000,
    healthyChecks: 2,
    key: (...parts) => stepKey(run.repository, run.runId, run.runAttempt, 'test-tenant', ...parts),
    onLease: (lease) => saveState('lease-id', lease.id),
    onDeployment: (id) => saveState('deployment-id', String(id)),
    log: info,
  });
  if (result.deploymentId !== undefined) saveState('deployment-done', 'true');

  const audit = openAuditLog(settings.auditLog, run, [settings.platformToken, settings.githubToken]);
  const record = await recordTestDeploy(audit, subject, result, run.runUrl || undefined);
  await writeJson(settings.report, { stage: 'test-deploy', subject, ...result, audit: { seq: record.seq, hash: record.hash } });

  for (const c of result.checks.filter((c) => c.status === 'fail')) error(c.message, { title: `Test tenant: ${c.title}` });
  for (const c of result.checks.filter((c) => c.status === 'warn')) warning(c.message, { title: `Test tenant: ${c.title}` });
  appendSummary(render(result, subject));
  setOutput('status', result.outcome);
  setOutput('tenant-id', result.tenant?.id ?? '');
  setOutput('tenant-url', result.tenant?.url ?? '');
  setOutput('lease-id', result.lease?.id ?? '');
  setOutput('deployment-id', result.deploymentId === undefined ? '' : String(result.deploymentId));
  setOutput('operation-id', result.operation?.id ?? '');
  setOutput('reasons', JSON.stringify(result.reasons));
  setOutput('report', settings.report);
  setOutput('audit-log', settings.auditLog);
  if (result.outcome !== 'passed') setFailed(`Test tenant deployment failed: ${result.reasons.map((r) => r.message).join('; ')}`);
}

/** The post step: give the tenant back to the pool, whatever the job's outcome. */
export async function releaseTestTenant(): Promise<void> {
  const leaseId = getState('lease-id');
  if (!leaseId) {
    info('no test tenant was leased; nothing to release');
    return;
  }
  const run = runContext();
  const platformToken = getSecretInput('platform-token');
  const githubToken = getSecretInput('github-token');
  const platform = releasePlatform(getState('platform-url') || getInput('platform-url'), platformToken);
  let outcome = 'released';
  let detail: string;
  try {
    const lease = await platform.releaseLease(leaseId, { idempotencyKey: stepKey(run.repository, run.runId, run.runAttempt, 'test-tenant', 'release', leaseId) });
    detail = `lease ${lease.id} on ${lease.tenantId} is ${lease.status}`;
    info(detail);
  } catch (caught) {
    // The lease runs out by itself; a failed release must not fail the job after the fact.
    outcome = 'failed';
    detail = `could not release lease ${leaseId}: ${(caught as Error).message}; it expires at the end of its ttl`;
    warning(detail, { title: 'Test tenant lease' });
  }
  const deploymentId = getState('deployment-id');
  if (deploymentId && getState('deployment-done') !== 'true' && githubToken) {
    // The job ended before the deployment got a final status (cancelled or crashed).
    const { setDeploymentStatus } = await import('@powerx/github/deployments.js');
    await setDeploymentStatus(releaseGitHub(githubToken, run.apiUrl), run.owner, run.repo, Number(deploymentId), { state: 'error', description: 'the job ended before the deployment finished', ...(run.runUrl ? { logUrl: run.runUrl } : {}) }).catch((e: Error) => warning(`deployment status: ${e.message}`));
  }
  const auditLog = getState('audit-log');
  const subject = getState('subject');
  if (auditLog && subject) {
    await openAuditLog(auditLog, run, [platformToken, githubToken]).append({ action: AUDIT.leaseReleased, subject, outcome, details: { lease: leaseId, detail } });
  }
  appendSummary(`${outcome === 'released' ? STATUS_ICON.pass : STATUS_ICON.warn} Test tenant lease ${code(leaseId)}: ${detail}.\n`);
}
