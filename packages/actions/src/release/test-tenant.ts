/**
 * Stage 2: lease a tenant of the platform's test pool, check compatibility, install the submitted version, wait
 * until it reports healthy, and record it as a GitHub deployment. The lease is given back by the action's post
 * step, whatever happened.
 */
import type { AuditLog } from '@powerx/core/audit/log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { checkCompat } from '@powerx/core/compat/engine.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { loadMatrix } from '@powerx/core/compat/inputs.js';
import type { CompatMatrix, CompatResult, PluginManifest } from '@powerx/core/compat/types.js';
import { check, failures, type Check, type Reason } from '@powerx/core/publish/checks.js';
import type { GitHubClient } from '@powerx/github/octokit.js';
import { ensureDeployment, setDeploymentStatus } from '@powerx/github/deployments.js';
import type { PlatformClient } from '@powerx/platform/client.js';
import { fetchCatalog, relevantPlugins, toTenantContext } from '@powerx/platform/compat-context.js';
import type { Lease, PluginHealth, Tenant } from '@powerx/platform/types.js';

export interface TestTenantOptions {
  platform: PlatformClient;
  github?: { client: GitHubClient; owner: string; repo: string; ref: string; environment: string; logUrl?: string };
  manifest: PluginManifest;
  /** Text and file of the compatibility matrix, or undefined to check without one. */
  matrix?: { text: string; file: string };
  compat: boolean;
  holder: string;
  region?: string;
  leaseTtlSeconds: number;
  installTimeoutMs: number;
  healthTimeoutMs: number;
  healthIntervalMs: number;
  /** Consecutive healthy answers that count as healthy. */
  healthyChecks: number;
  key: (...parts: string[]) => string;
  onLease?: (lease: Lease) => void;
  onDeployment?: (id: number) => void;
  log?: (line: string) => void;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

export interface TestTenantResult {
  outcome: 'passed' | 'failed';
  lease?: Lease;
  tenant?: { id: string; name: string; url: string; hostVersion: string };
  operation?: { id: string; type: string; status: string; error?: { code: string; message: string } };
  compat?: Pick<CompatResult, 'verdict' | 'risk' | 'operation'> & { conflicts: { code: string; severity: string; message: string }[] };
  health?: Pick<PluginHealth, 'status' | 'errorRate' | 'latencyP95Ms' | 'requestCount' | 'reasons'>;
  deploymentId?: number;
  checks: Check[];
  reasons: Reason[];
}

const wait = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export async function deployToTestTenant(o: TestTenantOptions): Promise<TestTenantResult> {
  const now = o.now ?? (() => new Date());
  const sleep = o.sleep ?? wait;
  const log = o.log ?? (() => {});
  const checks: Check[] = [];
  const result: TestTenantResult = { outcome: 'failed', checks, reasons: [] };
  const finish = (): TestTenantResult => {
    result.reasons = failures(checks).map((r) => ({ ...r, stage: 'test-deploy' }));
    result.outcome = result.reasons.length === 0 ? 'passed' : 'failed';
    return result;
  };

  const lease = await o.platform.acquireLease(
    { holder: o.holder, purpose: `regression tests of ${o.manifest.id}@${o.manifest.version}`, ttlSeconds: o.leaseTtlSeconds, ...(o.region ? { region: o.region } : {}) },
    { idempotencyKey: o.key('lease') },
  );
  result.lease = lease;
  o.onLease?.(lease);
  log(`leased test tenant ${lease.tenantId} until ${lease.expiresAt} (lease ${lease.id})`);
  const tenant: Tenant = await o.platform.getTenant(lease.tenantId);
  result.tenant = { id: tenant.id, name: tenant.name, url: tenant.url, hostVersion: tenant.hostVersion };
  checks.push(check('lease', 'Test tenant leased', 'pass', `${tenant.id} (${tenant.name}, host ${tenant.hostVersion}) until ${lease.expiresAt}`));

  let deploymentId: number | undefined;
  const status = async (state: 'in_progress' | 'success' | 'failure', description: string) => {
    if (!o.github || deploymentId === undefined) return;
    await setDeploymentStatus(o.github.client, o.github.owner, o.github.repo, deploymentId, {
      state,
      description,
      ...(state === 'success' ? { environmentUrl: tenant.url } : {}),
      ...(o.github.logUrl ? { logUrl: o.github.logUrl } : {}),
    });
  };
  if (o.github) {
    const deployment = await ensureDeployment(o.github.client, o.github.owner, o.github.repo, {
      ref: o.github.ref,
      environment: o.github.environment,
      description: `${o.manifest.id}@${o.manifest.version} on test tenant ${tenant.id}`,
      key: o.key('deployment', tenant.id),
      payload: { plugin: o.manifest.id, version: o.manifest.version, tenant: tenant.id, lease: lease.id },
    });
    deploymentId = deployment.id;
    result.deploymentId = deploymentId;
    o.onDeployment?.(deploymentId);
    await status('in_progress', `installing on ${tenant.id}`);
  }

  const installed = tenant.plugins.find((p) => p.id === o.manifest.id);
  if (o.compat) {
    let matrix: CompatMatrix = { generatedAt: now().toISOString(), rules: [] };
    if (o.matrix) matrix = loadMatrix(o.matrix.text, o.matrix.file);
    const context = toTenantContext(tenant);
    const catalog = await fetchCatalog(o.platform, relevantPlugins(o.manifest, [context]));
    const verdict = checkCompat({ manifest: o.manifest, tenant: context, catalog, matrix, exceptions: [], now: now() });
    result.compat = {
      verdict: verdict.verdict,
      risk: verdict.risk,
      operation: verdict.operation,
      conflicts: verdict.conflicts.map((c) => ({ code: c.code, severity: c.severity, message: c.message })),
    };
    const summary = verdict.conflicts.map((c) => `${c.code}: ${c.message}`).join('; ');
    checks.push(
      verdict.verdict === 'block'
        ? check('compat', 'Compatible with the test tenant', 'fail', `blocked (risk ${verdict.risk.score}): ${summary}`, { code: 'compat-blocked' })
        : check('compat', 'Compatible with the test tenant', verdict.verdict === 'pass' ? 'pass' : 'warn', verdict.conflicts.length > 0 ? `${verdict.verdict}: ${summary}` : `${verdict.operation} passes every rule${o.matrix ? '' : ' (no compatibility matrix)'}`),
    );
    if (verdict.verdict === 'block') {
      await status('failure', 'blocked by the compatibility check');
      return finish();
    }
  }

  if (installed?.version === o.manifest.version) {
    checks.push(check('install', 'Installed on the test tenant', 'pass', `${o.manifest.version} is already installed on ${tenant.id}`));
  } else {
    const operation = await o.platform.createOperation(
      tenant.id,
      installed
        ? { type: 'upgrade', plugin: o.manifest.id, version: o.manifest.version, fromVersion: installed.version, reason: `regression tests (${o.holder})` }
        : { type: 'install', plugin: o.manifest.id, version: o.manifest.version, reason: `regression tests (${o.holder})` },
      { idempotencyKey: o.key('install', tenant.id) },
    );
    log(`${operation.type} ${operation.id} started on ${tenant.id}`);
    const done = await o.platform.waitForOperation(operation.id, { timeoutMs: o.installTimeoutMs, intervalMs: Math.min(1000, Math.max(50, o.healthIntervalMs)) }).catch((error: Error) => ({ ...operation, status: 'timeout', error: { code: 'operation_timeout', message: error.message } }));
    result.operation = { id: operation.id, type: operation.type, status: done.status, ...(done.error ? { error: done.error } : {}) };
    if (done.status !== 'succeeded') {
      checks.push(check('install', 'Installed on the test tenant', 'fail', `${operation.type} ${operation.id} ${done.status}${done.error ? `: ${done.error.code} ${done.error.message}` : ''}`, { code: done.status === 'timeout' ? 'install-timeout' : 'install-failed' }));
      await status('failure', `${operation.type} ${done.status}`);
      return finish();
    }
    checks.push(check('install', 'Installed on the test tenant', 'pass', `${operation.type} ${operation.id} succeeded`));
  }

  const deadline = now().getTime() + o.healthTimeoutMs;
  let healthy = 0;
  let last: PluginHealth | undefined;
  for (;;) {
    last = await o.platform.getTenantPluginHealth(tenant.id, o.manifest.id);
    healthy = last.status === 'healthy' ? healthy + 1 : 0;
    log(`health of ${o.manifest.id} on ${tenant.id}: ${last.status}${last.reasons.length ? ` (${last.reasons.join('; ')})` : ''}`);
    if (healthy >= o.healthyChecks || now().getTime() + o.healthIntervalMs > deadline) break;
    await sleep(o.healthIntervalMs);
  }
  result.health = { status: last.status, errorRate: last.errorRate, latencyP95Ms: last.latencyP95Ms, requestCount: last.requestCount, reasons: last.reasons };
  if (healthy >= o.healthyChecks) {
    checks.push(check('health', 'Healthy on the test tenant', 'pass', `${last.status}: error rate ${(last.errorRate * 100).toFixed(2)}%, p95 ${last.latencyP95Ms} ms`));
    await status('success', `healthy on ${tenant.id}`);
  } else {
    checks.push(check('health', 'Healthy on the test tenant', 'fail', `not healthy within ${Math.round(o.healthTimeoutMs / 1000)} s: ${last.status}${last.reasons.length ? ` (${last.reasons.join('; ')})` : ''}`, { code: 'health-timeout' }));
    await status('failure', `not healthy: ${last.status}`);
  }
  return finish();
}

/** The stage-2 audit record. */
export async function recordTestDeploy(audit: AuditLog, subject: string, result: TestTenantResult, runUrl?: string): Promise<AuditRecord> {
  return audit.append({
    action: AUDIT.gate,
    subject,
    outcome: result.outcome,
    details: {
      gate: 'test-deploy',
      tenant: result.tenant ?? null,
      lease: result.lease ? { id: result.lease.id, expiresAt: result.lease.expiresAt } : null,
      operation: result.operation ?? null,
      compat: result.compat ?? null,
      health: result.health ?? null,
      deployment: result.deploymentId ?? null,
      checks: result.checks.map((c) => ({ id: c.id, status: c.status, ...(c.code ? { code: c.code } : {}) })),
      reasons: result.reasons,
      links: [...(result.tenant ? [{ title: `Test tenant ${result.tenant.id}`, url: result.tenant.url }] : []), ...(runUrl ? [{ title: 'Deployment log', url: runUrl }] : [])],
    },
  });
}
