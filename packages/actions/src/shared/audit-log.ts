/**
 * The job's audit log: one JSON-lines file that every step of the job appends to (and a re-run attempt continues),
 * each record carrying this run. Secrets given here, or registered later, are masked in every record.
 */
import { resolve } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { getInput, runContext, type RunContext } from '@powerx/github/runner.js';
import { tempPath } from './files.js';

/** Where the job's audit log is unless the workflow passes one: under `RUNNER_TEMP`. */
export const DEFAULT_AUDIT_LOG = 'powerx-audit/audit.jsonl';

/** The `audit-log` input resolved against the workspace, or `${RUNNER_TEMP}/<fallback>`. */
export function auditLogPath(run: RunContext = runContext(), fallback = DEFAULT_AUDIT_LOG): string {
  return resolve(run.workspace, getInput('audit-log') || tempPath(fallback, run));
}

export function openAuditLog(path: string, run: RunContext = runContext(), secrets: readonly string[] = []): AuditLog {
  return new AuditLog(new FileAuditStore(path), {
    context: {
      actor: run.actor || 'system',
      run: { id: run.runId || 'local', attempt: run.runAttempt, workflow: run.workflow, commit: run.sha, repository: run.repository, ...(run.runUrl ? { url: run.runUrl } : {}) },
    },
    secrets: secrets.filter(Boolean),
  });
}
