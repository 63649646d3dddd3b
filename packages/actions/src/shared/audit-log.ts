/**
 * The audit log of a job: one JSON-lines file that every step of the job appends to (and a re-run attempt
 * continues), each record carrying the run it was written in. Secrets given here, or registered later, are masked
 * in every record. The actions and the CLI open their audit logs here; where the file is by default is
 * `auditLogPath` in `files.ts`.
 */
import { resolve } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { runContext, type RunContext } from '@powerx/github/runner.js';

export function openAuditLog(path: string, run: RunContext = runContext(), secrets: readonly string[] = []): AuditLog {
  return new AuditLog(new FileAuditStore(resolve(path)), {
    context: {
      actor: run.actor || 'system',
      run: {
        id: run.runId || 'local',
        attempt: run.runAttempt,
        workflow: run.workflow,
        commit: run.sha,
        ...(run.repository ? { repository: run.repository } : {}),
        ...(run.runUrl ? { url: run.runUrl } : {}),
      },
    },
    secrets: secrets.filter(Boolean),
  });
}
