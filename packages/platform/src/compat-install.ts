/**
 * Acting on a compatibility report: install or upgrade through the platform on every tenant the check did not
 * block. One Idempotency-Key per tenant and transition (plugin, version, installed version), so a re-run
 * converges on the operations already accepted instead of starting new ones.
 */
import type { CompatReport } from '@powerx/core/compat/report.js';
import type { CompatResult } from '@powerx/core/compat/types.js';
import type { PlatformClient } from './client.js';
import { PlatformError } from './errors.js';
import type { Operation, OperationType } from './types.js';

export interface InstallOutcome {
  tenant: string;
  verdict: CompatResult['verdict'];
  /** What happened: skipped (blocked or already at the version), or the platform operation and its end state. */
  action: 'skipped-blocked' | 'skipped-current' | OperationType;
  operation?: Pick<Operation, 'id' | 'status' | 'error'>;
  error?: string;
}

function operationType(result: CompatResult): OperationType | undefined {
  if (result.operation === 'reinstall') return undefined;
  return result.operation === 'install' ? 'install' : result.operation === 'upgrade' ? 'upgrade' : 'rollback';
}

export async function installChecked(client: PlatformClient, report: CompatReport, options: { timeoutMs: number }): Promise<InstallOutcome[]> {
  const { timeoutMs } = options;
  const outcomes: InstallOutcome[] = [];
  for (const r of report.results) {
    if (r.verdict === 'block') {
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: 'skipped-blocked' });
      continue;
    }
    const type = operationType(r);
    if (!type) {
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: 'skipped-current' });
      continue;
    }
    const key = `powerx-plugin-install:${r.tenant}:${report.plugin}@${report.version}:from:${r.from ?? 'none'}`;
    try {
      const reason = r.exception ? `compatibility exception ${r.exception.id} (approval ${r.exception.approvalId})` : `compatibility ${r.verdict}`;
      const started = await client.createOperation(r.tenant, { type, plugin: report.plugin, version: report.version, ...(r.from ? { fromVersion: r.from } : {}), reason }, { idempotencyKey: key });
      const done = await client.waitForOperation(started.id, { timeoutMs });
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: type, operation: { id: done.id, status: done.status, ...(done.error ? { error: done.error } : {}) } });
    } catch (error) {
      outcomes.push({ tenant: r.tenant, verdict: r.verdict, action: type, error: error instanceof PlatformError ? error.message : String(error) });
    }
  }
  return outcomes;
}
