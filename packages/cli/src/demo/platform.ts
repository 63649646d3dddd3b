import semver from 'semver';
import { createPlatformClient } from '@powerx/platform/client.js';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import type { DemoContext, DemoStage, DemoStageResult } from './stage.js';

/** Shows the platform contract at work: inventory, an idempotent install, metrics. */
export const platformStage: DemoStage = {
  name: 'platform',
  async run(context: DemoContext): Promise<DemoStageResult> {
    const platform = createPlatformClient({ baseUrl: context.platformUrl, token: context.platformToken });
    const audit = new AuditLog(new FileAuditStore(context.auditPath), { context: demoRunContext(context) });
    const tenants = await platform.listAllTenants();
    const plugins = await platform.listAllPlugins();
    const catalog = new Map(await Promise.all(plugins.map(async (p) => [p.id, await platform.getPlugin(p.id)] as const)));
    // The first tenant with an installed plugin that has a newer stable release.
    const candidates = tenants
      .filter((t) => !t.testPool)
      .flatMap((t) =>
        t.plugins.map((installed) => {
          const newer = (catalog.get(installed.id)?.releases ?? [])
            .filter((r) => !r.yanked && !r.prerelease && semver.gt(r.version, installed.version))
            .sort((a, b) => semver.compare(a.version, b.version));
          return { tenant: t, installed, target: newer[0] };
        }),
      );
    const { tenant, installed, target } = candidates.find((c) => c.target) ?? candidates[0]!;
    const lines = [`${tenants.length} tenants, ${plugins.length} plugins in the catalog`];
    if (target) {
      const key = `demo-${tenant.id}-${installed.id}-${target.version}`;
      const request = { type: 'upgrade' as const, plugin: installed.id, version: target.version, fromVersion: installed.version };
      const first = await platform.createOperation(tenant.id, request, { idempotencyKey: key });
      const repeat = await platform.createOperation(tenant.id, request, { idempotencyKey: key });
      const done = await platform.waitForOperation(first.id, { timeoutMs: 30_000 });
      lines.push(
        `${tenant.id}: ${installed.id} ${installed.version} -> ${target.version} ${done.status} (operation ${first.id}; a repeat with the same Idempotency-Key returned ${repeat.id === first.id ? 'the same operation' : 'a NEW operation'})`,
      );
      await audit.append({ action: 'demo.platform.upgrade', subject: `${installed.id}@${target.version}`, outcome: done.status === 'succeeded' ? 'passed' : 'failed', details: { tenant: tenant.id, operation: first.id } });
    }
    const metrics = await platform.queryMetrics({ tenant: tenant.id, window: '5m' });
    for (const series of metrics.series.slice(0, 3)) {
      lines.push(`metrics ${series.tenantId} ${series.plugin}@${series.version}: ${series.requestCount} requests, error rate ${(series.errorRate * 100).toFixed(2)}%, p95 ${series.latencyP95Ms} ms`);
    }
    return { lines, artifacts: {} };
  },
};

export function demoRunContext(context: DemoContext) {
  return {
    actor: 'demo',
    run: { id: 'demo', attempt: 1, workflow: 'powerx demo', commit: '0000000', repository: context.repository },
  };
}
