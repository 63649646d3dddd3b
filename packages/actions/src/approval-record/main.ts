import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { code, STATUS_ICON } from '@powerx/core/markdown.js';
import { parseApprovalMatrix, stageFor } from '@powerx/core/publish/approval-matrix.js';
import { evaluateApproval, parseContacts, type ApprovalDecision } from '@powerx/core/publish/approvals.js';
import { checksTable } from '@powerx/core/publish/checks.js';
import { AUDIT, priorApprovals, submissionOf } from '@powerx/core/publish/trail.js';
import { eligibleReviewers, orgTwoFactorRequired, readRunApprovals } from '@powerx/github/run-approvals.js';
import { appendSummary, error, getBooleanInput, getInput, info, runContext, setFailed, setOutput, setSecret, warning } from '@powerx/github/runner.js';
import { openAuditLog, tempPath } from '../compat-shared.js';
import { releaseGitHub } from '../release/clients.js';
import { insideWorkspace, readInputFile } from '../release/files.js';
import { readTrail } from '../release/trail.js';

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
  const githubToken = getInput('github-token');
  const orgToken = getInput('org-token');
  setSecret(githubToken);
  setSecret(orgToken);
  const cwd = insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace);
  const environment = getInput('environment', { required: true });
  const matrixFile = getInput('approval-matrix') || 'config/publish/approval_matrix.yaml';
  const auditLog = resolve(run.workspace, getInput('audit-log') || tempPath('powerx-audit/audit.jsonl'));
  const reportPath = resolve(run.workspace, getInput('report') || tempPath(`powerx-approval-${environment}.json`));
  const failOnBlock = getBooleanInput('fail-on-block');

  const matrix = parseApprovalMatrix((await readInputFile('approval-matrix', resolve(cwd, matrixFile), matrixFile)).toString('utf8'), matrixFile);
  const stage = stageFor(matrix, environment);
  if (!stage) throw ConfigError.single(`environment ${environment} is not a stage of the approval matrix (stages: ${matrix.stages.map((s) => s.environment).join(', ')})`, { file: matrixFile, pointer: '/stages' }, 'unknown-stage');
  const runId = run.runId || 'local';
  const trail = await readTrail(auditLog, getInput('audit-log') || 'audit log');
  const submission = submissionOf(trail.records, runId);
  const subject = submission?.subject ?? getInput('subject');
  if (!subject) throw ConfigError.single('no passed submission in this run\'s audit log and no subject input: run publish-request first and pass its audit log along', { file: getInput('audit-log') || 'audit log' }, 'no-submission');
  const submitter = (typeof submission?.details.submitter === 'string' ? submission.details.submitter : '') || getInput('submitter');

  const github = releaseGitHub(githubToken, run.apiUrl);
  const approvals = run.runId ? await readRunApprovals(github, run.owner, run.repo, Number(run.runId)) : [];
  const approvers = [...new Set(approvals.filter((a) => a.state === 'approved').map((a) => a.user.login))];
  const orgTwoFactor = await orgTwoFactorRequired(orgToken ? releaseGitHub(orgToken, run.apiUrl, 'org-token') : github, run.owner);
  const eligible = await eligibleReviewers(github, run.owner, stage, approvers);
  const decision = evaluateApproval({
    matrix,
    stage,
    approvals,
    submitter,
    orgTwoFactor,
    eligible,
    prior: priorApprovals(trail.records, subject, runId),
    launchWindow: getInput('launch-window'),
    rollbackContacts: parseContacts(getInput('rollback-contacts')),
    ...(submission ? { submittedAt: new Date(submission.time) } : {}),
    startedAt: jobStartedAt,
    now: new Date(),
  });

  const audit = openAuditLog(auditLog, run, [githubToken, orgToken]);
  const record = await audit.append({
    action: AUDIT.approval,
    subject,
    outcome: decision.outcome,
    actor: decision.approvers[0] ?? run.actor,
    details: {
      role: decision.role,
      environment: decision.environment,
      approvers: decision.approvers,
      rejectedBy: decision.rejectedBy,
      comments: decision.comments,
      submitter,
      orgTwoFactorRequired: orgTwoFactor ?? null,
      launchWindow: decision.launchWindow ?? null,
      rollbackContacts: decision.rollbackContacts,
      ...(decision.leadTimeHours !== undefined ? { leadTimeHours: decision.leadTimeHours } : {}),
      slaHours: decision.slaHours,
      overdue: decision.overdue,
      jobStartedAt: jobStartedAt.toISOString(),
      ...(submission ? { submittedAt: submission.time } : {}),
      checks: decision.checks.map((c) => ({ id: c.id, status: c.status, ...(c.code ? { code: c.code } : {}) })),
      reasons: decision.reasons,
      ...(run.runUrl ? { links: [{ title: `${decision.role} approval`, url: run.runUrl }] } : {}),
    },
  });
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify({ stage: 'approval', subject, submitter, ...decision, audit: { seq: record.seq, hash: record.hash } }, null, 2)}\n`);

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
