/**
 * The audit log a CLI command appends to, opened by the same opener as the actions' (so records, masking and the
 * chain are the same). Only the run the records carry is the CLI's: by default a local run (`local`, attempt 1)
 * of `GITHUB_ACTOR` or the user, named after the command; a command fixes more of it from its flags.
 */
import type { AuditLog } from '@powerx/core/audit/log.js';
import { openAuditLog } from '@powerx/actions/shared/audit-log.js';
import { runContext, type RunContext } from '@powerx/github/runner.js';

export function openCliAuditLog(path: string, run: Partial<RunContext> & { workflow: string }, secrets: readonly string[] = []): AuditLog {
  const local: RunContext = {
    ...runContext(),
    actor: process.env.GITHUB_ACTOR || process.env.USER || 'cli',
    runId: 'local',
    runAttempt: 1,
    sha: '',
    repository: '',
    runUrl: '',
  };
  return openAuditLog(path, { ...local, ...run }, secrets);
}
