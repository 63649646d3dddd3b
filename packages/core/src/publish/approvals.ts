/**
 * The approval a gated job records after its environment was approved: who approved (from the run's approvals,
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`), checked against the approval matrix's rules, with
 * the launch window and rollback contacts the approvers confirmed and the lead time since submission. GitHub gives
 * no approval timestamp, so the time the gated job started stands for it.
 */
import { check, type Check, failures, type Reason } from './checks.js';
import type { ApprovalMatrix, MatrixStage } from './approval-matrix.js';
import { checkLaunchWindow, type LaunchWindow } from './launch-window.js';

/** One entry of the run approvals API, reduced to what the decision reads. */
export interface RunApproval {
  state: 'approved' | 'rejected' | 'pending' | (string & {});
  user: { login: string };
  environments: { name?: string }[];
  comment?: string;
}

/** An approval already recorded for this run (from its audit trail). */
export interface PriorApproval {
  role: string;
  environment: string;
  approvers: string[];
}

export interface ApprovalInput {
  matrix: ApprovalMatrix;
  stage: MatrixStage;
  approvals: readonly RunApproval[];
  /** GitHub login of the person who submitted the release. */
  submitter: string;
  /** `two_factor_requirement_enabled` of the owning organisation; undefined when GitHub did not say. */
  orgTwoFactor: boolean | undefined;
  /** Logins that may approve this stage (users plus team members), when known. */
  eligible?: ReadonlySet<string>;
  prior: readonly PriorApproval[];
  launchWindow?: string;
  rollbackContacts: readonly string[];
  submittedAt?: Date;
  /** When the gated job started: the approval time as far as GitHub lets anyone know. */
  startedAt: Date;
  now: Date;
}

export interface ApprovalDecision {
  outcome: 'approved' | 'blocked';
  role: string;
  environment: string;
  approvers: string[];
  rejectedBy: string[];
  comments: { login: string; state: string; comment: string }[];
  launchWindow?: { start: string; end: string };
  rollbackContacts: string[];
  leadTimeHours?: number;
  slaHours: number;
  overdue: boolean;
  checks: Check[];
  reasons: Reason[];
}

const lower = (s: string) => s.toLowerCase();

/** Splits the rollback-contacts input: commas, semicolons or new lines; blanks dropped, order and case kept. */
export function parseContacts(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const item = raw.trim();
    if (item === '' || seen.has(lower(item))) continue;
    seen.add(lower(item));
    out.push(item);
  }
  return out;
}

const CONTACT = /^(@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

export function evaluateApproval(input: ApprovalInput): ApprovalDecision {
  const { matrix, stage } = input;
  const forEnv = input.approvals.filter((a) => a.environments.some((e) => e.name !== undefined && lower(e.name) === lower(stage.environment)));
  const approvers = [...new Set(forEnv.filter((a) => a.state === 'approved').map((a) => a.user.login))];
  const rejectedBy = [...new Set(forEnv.filter((a) => a.state === 'rejected').map((a) => a.user.login))];
  const checks: Check[] = [];

  const present = `Approved in environment ${stage.environment}`;
  if (rejectedBy.length > 0) checks.push(check('approval', present, 'fail', `rejected by ${rejectedBy.join(', ')}`, { code: 'approval-rejected' }));
  else if (approvers.length === 0) checks.push(check('approval', present, 'fail', `no approval for ${stage.environment} in this run`, { code: 'approval-missing' }));
  else checks.push(check('approval', present, 'pass', `approved by ${approvers.join(', ')}`));

  if (input.eligible && approvers.length > 0) {
    const outsiders = approvers.filter((a) => !input.eligible!.has(lower(a)));
    checks.push(
      outsiders.length > 0
        ? check('approval-reviewer', 'Approver is a configured reviewer', 'fail', `${outsiders.join(', ')} is not a reviewer of ${stage.role} in the approval matrix (environment drifted?)`, { code: 'approver-not-reviewer' })
        : check('approval-reviewer', 'Approver is a configured reviewer', 'pass', `${approvers.join(', ')} may approve ${stage.role}`),
    );
  }

  if (matrix.rules.forbidSubmitterApproval) {
    const self = approvers.filter((a) => lower(a) === lower(input.submitter));
    checks.push(
      self.length > 0
        ? check('approval-not-submitter', 'Approver is not the submitter', 'fail', `${self[0]} submitted this release and may not approve it`, { code: 'submitter-approved' })
        : check('approval-not-submitter', 'Approver is not the submitter', 'pass', `submitted by ${input.submitter || '(unknown)'}`),
    );
  }

  if (matrix.rules.distinctApprovers) {
    const clashes = input.prior
      .filter((p) => p.role !== stage.role)
      .flatMap((p) => p.approvers.filter((a) => approvers.some((b) => lower(a) === lower(b))).map((a) => `${a} already approved as ${p.role}`));
    checks.push(
      clashes.length > 0
        ? check('approval-distinct', 'Different people for different roles', 'fail', clashes.join('; '), { code: 'approver-not-distinct' })
        : check('approval-distinct', 'Different people for different roles', 'pass', input.prior.length > 0 ? `distinct from ${input.prior.map((p) => p.role).join(', ')}` : 'first approval of this run'),
    );
  }

  if (matrix.rules.requireOrgTwoFactor) {
    const title = 'Organisation requires two-factor authentication';
    checks.push(
      input.orgTwoFactor === true
        ? check('org-2fa', title, 'pass', 'two_factor_requirement_enabled is true')
        : input.orgTwoFactor === false
          ? check('org-2fa', title, 'fail', 'the organisation does not require two-factor authentication for its members', { code: 'org-2fa-disabled' })
          : check('org-2fa', title, 'fail', 'GitHub did not disclose two_factor_requirement_enabled (a token with read:org as an organisation owner is needed); unknown counts as not required', { code: 'org-2fa-unknown' }),
    );
  }

  const window = checkLaunchWindow(input.launchWindow, matrix, input.now);
  checks.push(...window.checks);

  const contacts = [...input.rollbackContacts];
  const contactTitle = 'Rollback contacts';
  const malformed = contacts.filter((c) => !CONTACT.test(c));
  if (malformed.length > 0) {
    checks.push(check('rollback-contacts', contactTitle, 'fail', `not a GitHub login or e-mail address: ${malformed.join(', ')}`, { code: 'rollback-contacts-invalid' }));
  } else if (matrix.rollbackContacts.required && contacts.length < matrix.rollbackContacts.minCount) {
    checks.push(check('rollback-contacts', contactTitle, 'fail', `${contacts.length} rollback contact(s) given, at least ${matrix.rollbackContacts.minCount} required`, { code: 'rollback-contacts-missing' }));
  } else {
    checks.push(check('rollback-contacts', contactTitle, 'pass', contacts.length > 0 ? contacts.join(', ') : 'none required'));
  }

  const slaHours = stage.slaHours ?? matrix.sla.hours;
  let leadTimeHours: number | undefined;
  let overdue = false;
  if (input.submittedAt) {
    leadTimeHours = Math.max(0, Math.round(((input.startedAt.getTime() - input.submittedAt.getTime()) / 3_600_000) * 100) / 100);
    overdue = leadTimeHours > slaHours;
    checks.push(
      check('approval-sla', `Approved within ${slaHours} h of submission`, overdue ? 'warn' : 'pass', `${leadTimeHours} h from submission to the start of the gated job`, overdue ? { code: 'approval-overdue' } : {}),
    );
  }

  const reasons = failures(checks).map((r) => ({ ...r, stage: 'approval' }));
  return {
    outcome: reasons.length === 0 ? 'approved' : 'blocked',
    role: stage.role,
    environment: stage.environment,
    approvers,
    rejectedBy,
    comments: forEnv.filter((a) => a.comment).map((a) => ({ login: a.user.login, state: a.state, comment: a.comment ?? '' })),
    ...(window.window ? { launchWindow: serializeWindow(window.window) } : {}),
    rollbackContacts: contacts,
    ...(leadTimeHours !== undefined ? { leadTimeHours } : {}),
    slaHours,
    overdue,
    checks,
    reasons,
  };
}

export function serializeWindow(window: LaunchWindow): { start: string; end: string } {
  return { start: window.start.toISOString(), end: window.end.toISOString() };
}
