/** Stage 6 for every front-end: the run's approvals read back from GitHub, decided, and recorded. */
import type { AuditLog } from '@powerx/core/audit/log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { ConfigError } from '@powerx/core/errors.js';
import { stageFor, type ApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { evaluateApproval, type ApprovalDecision } from '@powerx/core/publish/approvals.js';
import { AUDIT, priorApprovals, submissionOf } from '@powerx/core/publish/trail.js';
import type { GitHubClient } from '@powerx/github/octokit.js';
import { eligibleReviewers, orgTwoFactorRequired, readRunApprovals } from '@powerx/github/run-approvals.js';

export interface ApprovalOptions {
  github: GitHubClient;
  /** Reads the organisation's 2FA rule (an owner's token); default `github`. */
  org?: GitHubClient;
  owner: string;
  repo: string;
  runId: string;
  matrix: ApprovalMatrix;
  matrixFile: string;
  environment: string;
  records: readonly AuditRecord[];
  audit: AuditLog;
  launchWindow: string;
  rollbackContacts: string[];
  /** When the trail holds no submission. */
  subject?: string;
  submitter?: string;
  startedAt: Date;
  runUrl?: string;
  now: Date;
}

export interface ApprovalResult {
  subject: string;
  submitter: string;
  orgTwoFactor: boolean | undefined;
  decision: ApprovalDecision;
  record: AuditRecord;
}

export async function recordApproval(o: ApprovalOptions): Promise<ApprovalResult> {
  const stage = stageFor(o.matrix, o.environment);
  if (!stage) throw ConfigError.single(`environment ${o.environment} is not a stage of the approval matrix (stages: ${o.matrix.stages.map((s) => s.environment).join(', ')})`, { file: o.matrixFile, pointer: '/stages' }, 'unknown-stage');
  const submission = submissionOf(o.records, o.runId);
  const subject = submission?.subject ?? o.subject ?? '';
  if (!subject) throw ConfigError.single('no passed submission in this run\'s audit log and no subject: run publish-request first and pass its audit log along', {}, 'no-submission');
  const submitter = (typeof submission?.details.submitter === 'string' ? submission.details.submitter : '') || o.submitter || '';
  const approvals = /^\d+$/.test(o.runId) ? await readRunApprovals(o.github, o.owner, o.repo, Number(o.runId)) : [];
  const approvers = [...new Set(approvals.filter((a) => a.state === 'approved').map((a) => a.user.login))];
  const orgTwoFactor = await orgTwoFactorRequired(o.org ?? o.github, o.owner);
  const decision = evaluateApproval({
    matrix: o.matrix,
    stage,
    approvals,
    submitter,
    orgTwoFactor,
    eligible: await eligibleReviewers(o.github, o.owner, stage, approvers),
    prior: priorApprovals(o.records, subject, o.runId),
    launchWindow: o.launchWindow,
    rollbackContacts: o.rollbackContacts,
    ...(submission ? { submittedAt: new Date(submission.time) } : {}),
    startedAt: o.startedAt,
    now: o.now,
  });
  const record = await o.audit.append({
    action: AUDIT.approval,
    subject,
    outcome: decision.outcome,
    ...(decision.approvers[0] ? { actor: decision.approvers[0] } : {}),
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
      jobStartedAt: o.startedAt.toISOString(),
      ...(submission ? { submittedAt: submission.time } : {}),
      checks: decision.checks.map((c) => ({ id: c.id, status: c.status, ...(c.code ? { code: c.code } : {}) })),
      reasons: decision.reasons,
      ...(o.runUrl ? { links: [{ title: `${decision.role} approval`, url: o.runUrl }] } : {}),
    },
  });
  return { subject, submitter, orgTwoFactor, decision, record };
}
