import { resolve } from 'node:path';
import { code, STATUS_ICON } from '@powerx/core/markdown.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { parseContacts, type ApprovalDecision } from '@powerx/core/publish/approvals.js';
import { checksTable } from '@powerx/core/publish/checks.js';
import { appendSummary, error, getBooleanInput, getInput, info, runContext, setFailed, setOutput, warning } from '@powerx/github/runner.js';
import { releaseGitHub } from '../release/github.js';
import { readInputFile } from '../release/files.js';
import { readTrail } from '../release/trail.js';
import { recordApproval } from '../release/approval.js';
import { openAuditLog } from '../shared/audit-log.js';
import { auditLogPath, insideWorkspace, tempPath, writeJson } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

// The gated job starts once its environment is approved; this step runs first in it.
const jobStartedAt = new Date();

function render(decision: ApprovalDecision, subject: string): string {
  const icon = decision.outcome === 'approved' ? STATUS_ICON.pass : STATUS_ICON.fail;
  return [
    `### ${icon} ${decision.role} approval of ${code(subject)} ${decision.outcome === 'approved' ? 'recorded' : 'blocked'}`,
    '',
    `Environment ${code(decision.environment)}; approved by ${decision.approvers.map((a) => `@${a}`).join(', ') || 'nobody'}${decision.leadTimeHours !== undefined ? `; ${decision.leadTimeHours} h after submission (SLA ${decision.slaHours} h)` : ''}.`,
    '',
    checksTable(decision.checks),
    '',
    ...(decision.comments.length > 0 ? [...decision.comments.map((c) => `> @${c.login} (${c.state}): ${c.comment}`), ''] : []),
  ].join('\n');
}

export async function approvalRecord(): Promise<void> {
  const run = runContext();
  const githubToken = getSecretInput('github-token');
  const orgToken = getSecretInput('org-token');
  const cwd = insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace);
  const environment = getInput('environment', { required: true });
  const matrixFile = getInput('approval-matrix') || 'config/publish/approval_matrix.yaml';
  const auditLog = auditLogPath(run);
  const reportPath = resolve(run.workspace, getInput('report') || tempPath(`powerx-approval-${environment}.json`));
  const failOnBlock = getBooleanInput('fail-on-block');

  const matrix = parseApprovalMatrix((await readInputFile('approval-matrix', resolve(cwd, matrixFile), matrixFile)).toString('utf8'), matrixFile);
  const trail = await readTrail(auditLog, getInput('audit-log') || 'audit log');
  const github = releaseGitHub(githubToken, run.apiUrl);
  const { subject, submitter, decision, record } = await recordApproval({
    github,
    ...(orgToken ? { org: releaseGitHub(orgToken, run.apiUrl, 'org-token') } : {}),
    owner: run.owner,
    repo: run.repo,
    runId: run.runId || 'local',
    matrix,
    matrixFile,
    environment,
    records: trail.records,
    audit: openAuditLog(auditLog, run, [githubToken, orgToken]),
    launchWindow: getInput('launch-window'),
    rollbackContacts: parseContacts(getInput('rollback-contacts')),
    subject: getInput('subject'),
    submitter: getInput('submitter'),
    startedAt: jobStartedAt,
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    now: new Date(),
  });
  await writeJson(reportPath, { stage: 'approval', subject, submitter, ...decision, audit: { seq: record.seq, hash: record.hash } });

  for (const c of decision.checks.filter((c) => c.status === 'fail')) error(c.message, { title: `Approval (${decision.role}): ${c.title}` });
  for (const c of decision.checks.filter((c) => c.status === 'warn')) warning(c.message, { title: `Approval (${decision.role}): ${c.title}` });
  appendSummary(render(decision, subject));
  setOutput('outcome', decision.outcome);
  setOutput('approved', String(decision.outcome === 'approved'));
  setOutput('approvers', JSON.stringify(decision.approvers));
  setOutput('lead-time-hours', decision.leadTimeHours === undefined ? '' : String(decision.leadTimeHours));
  setOutput('launch-window', decision.launchWindow ? `${decision.launchWindow.start}/${decision.launchWindow.end}` : '');
  setOutput('rollback-contacts', JSON.stringify(decision.rollbackContacts));
  setOutput('reasons', JSON.stringify(decision.reasons));
  setOutput('report', reportPath);
  setOutput('audit-log', auditLog);
  info(`${decision.role} approval of ${subject}: ${decision.outcome} (${decision.checks.map((c) => `${c.id}=${c.status}`).join(' ')})`);
  if (decision.outcome !== 'approved' && failOnBlock) setFailed(`Approval blocked: ${decision.reasons.map((r) => r.message).join('; ')}`);
}
