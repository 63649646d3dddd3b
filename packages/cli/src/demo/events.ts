import { mkdirSync, writeFileSync } from 'node:fs';
import semver from 'semver';
import { join } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { originFromRun } from '@powerx/core/events/envelope.js';
import { filterAttempts } from '@powerx/core/events/log.js';
import { renderAttemptsText } from '@powerx/core/events/report.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { parseSubscriptions } from '@powerx/core/events/subscriptions.js';
import { FileDeliveryLog } from '@powerx/github/delivery/log-file.js';
import { startReceiver } from '@powerx/github/delivery/receiver.js';
import { createDeliveringSink } from '@powerx/github/delivery/sink.js';
import { createPlatformClient } from '@powerx/platform/client.js';
import { demoRunContext } from './platform.js';
import type { DemoContext, DemoStage, DemoStageResult } from './stage.js';

/** A plugin release from the simulator's catalog and a tenant that runs the plugin. */
async function pickRelease(context: DemoContext): Promise<{ plugin: string; version: string; tenant: string }> {
  const platform = createPlatformClient({ baseUrl: context.platformUrl, token: context.platformToken });
  const tenants = await platform.listAllTenants();
  for (const tenant of tenants) {
    for (const installed of tenant.plugins) {
      const versions = (await platform.getPlugin(installed.id)).releases.filter((r) => !r.yanked && !r.prerelease).map((r) => r.version);
      const latest = semver.rsort(versions)[0];
      if (latest) return { plugin: installed.id, version: latest, tenant: tenant.id };
    }
  }
  return { plugin: 'crm-sync', version: '2.3.0', tenant: tenants[0]?.id ?? 't-demo' };
}

/**
 * Publishes plugin.release.published to two local subscribers: an Ops console that always answers, and a
 * CI hook that fails half of the time. Shows the retries in the delivery log and what the receivers saw.
 */
export const eventsStage: DemoStage = {
  name: 'events',
  async run(context: DemoContext): Promise<DemoStageResult> {
    const dir = join(context.workDir, 'events');
    mkdirSync(dir, { recursive: true });
    const consoleSecret = generateSigningSecret();
    const ciSecret = generateSigningSecret();
    const opsConsole = await startReceiver({ behaviour: { kind: 'healthy' }, secret: consoleSecret });
    // Seeded so the first attempts fail and the retries show.
    const ciHook = await startReceiver({ behaviour: { kind: 'flaky', failureRate: 0.5, seed: 7 }, secret: ciSecret });
    try {
      const release = await pickRelease(context);
      const subscriptionsFile = join(dir, 'subscriptions.yaml');
      const yaml = [
        '# yaml-language-server: $schema=https://powerx.dev/schemas/subscriptions.schema.json',
        'defaults:',
        '  retry: { schedule: [200ms, 400ms, 800ms], maxAttempts: 6, stepBudget: 20s }',
        'subscribers:',
        '  - id: ops-console',
        '    description: Ops console event center (healthy)',
        '    channel: webhook',
        `    target: ${opsConsole.url}`,
        '    secretEnv: OPS_CONSOLE_WEBHOOK_SECRET',
        '    filter: { types: ["plugin.*", "event.delivery.failed"], all: true }',
        '  - id: ci-hook',
        `    description: ${JSON.stringify(`CI/CD hook of tenant ${release.tenant} (flaky: half of the requests fail)`)}`,
        '    channel: webhook',
        `    target: ${ciHook.url}`,
        '    secretEnv: CI_HOOK_SECRET',
        `    filter: { types: [plugin.release.published], tenants: [${release.tenant}] }`,
        '',
      ].join('\n');
      writeFileSync(subscriptionsFile, yaml);
      const logPath = join(dir, 'delivery-log.jsonl');
      const log = new FileDeliveryLog(logPath);
      const sink = createDeliveringSink({
        subscriptions: parseSubscriptions(yaml, subscriptionsFile),
        secrets: { OPS_CONSOLE_WEBHOOK_SECRET: consoleSecret, CI_HOOK_SECRET: ciSecret },
        log,
        origin: originFromRun({ serverUrl: 'https://github.com', repository: context.repository, runId: 'demo' }),
        audit: new AuditLog(new FileAuditStore(context.auditPath), { context: demoRunContext(context) }),
        runId: 'demo',
      });
      const subject = `${release.plugin}@${release.version}`;
      await sink.publish({ type: 'plugin.release.published', subject, tenant: release.tenant, data: { plugin: release.plugin, version: release.version, channel: 'stable' } });
      // The same logical event again (as a re-run would publish it): accepted once, delivered once.
      await sink.publish({ type: 'plugin.release.published', subject, tenant: release.tenant, data: { plugin: release.plugin, version: release.version, channel: 'stable' } });
      const report = await sink.close();
      const attempts = filterAttempts(log.records, {});
      const receivers = [
        ['ops-console', opsConsole],
        ['ci-hook', ciHook],
      ] as const;
      const lines = [
        `published plugin.release.published ${subject} for tenant ${release.tenant} twice, as a re-run would: ${report.events.length} event accepted (${report.events[0]?.eventId})`,
        ...report.deliveries.map((d) => `${d.subscriber}: ${d.status} after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}${d.lastStatusCode !== null ? ` (HTTP ${d.lastStatusCode})` : ''}`),
        ...receivers.map(
          ([name, r]) =>
            `${name} received ${r.requests.length} request(s), every signature verified: ${r.requests.every((q) => q.verified) ? 'yes' : 'NO'}; acknowledged ${r.acknowledged.size} event(s), duplicates ${[...r.acknowledged.values()].filter((n) => n > 1).length}`,
        ),
        `metrics: success ${report.metrics['event.delivery.success_total']}, retries ${report.metrics['event.delivery.retry_total']}, p95 latency ${report.metrics['event.delivery.latency_p95']} ms, duplicates ${report.metrics['event.delivery.duplicate_total']}`,
        'delivery log:',
        ...renderAttemptsText(attempts).split('\n').map((l) => `  ${l}`),
        `filter it: powerx events log ${logPath} --subscriber ci-hook --status retrying`,
      ];
      return { lines, artifacts: { 'event delivery log': logPath, 'event subscriptions': subscriptionsFile } };
    } finally {
      await Promise.all([opsConsole.close(), ciHook.close()]);
    }
  },
};
