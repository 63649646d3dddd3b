/**
 * The exception workflow (`config/version/exception_workflow.yaml`): a request names plugin, versions,
 * tenants, the codes it waives, a risk explanation and a monitoring profile; a chain of GitHub environments
 * approves it; the approvals read back from the run become the exception record (approval id, approvers,
 * expiry, monitoring profile). Requests past the SLA are reported.
 */
import { ConfigError, type ConfigIssue } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { parseDuration } from '../events/duration.js';
import { hasMonitoring } from './exceptions.js';
import { tryRange } from './semver.js';
import { ERROR_CODES, WARNING_CODES, type ApprovalStage, type ConflictCode, type ExceptionRecord, type MonitoringProfile } from './types.js';
import { precompiled } from '../config/validate.js';
import exceptionWorkflowSchema from '../config/validators/config/exception_workflow.generated.cjs';

export interface ChainStage {
  environment: string;
  role: string;
  reviewers?: { users?: string[]; teams?: string[] };
}

export interface ExceptionWorkflowConfig {
  chain: ChainStage[];
  slaHours: number;
  preventSelfReview: boolean;
  distinctApprovers: boolean;
  requireOrgTwoFactor: boolean;
  maxDuration: string;
  waivableCodes: ConflictCode[];
  monitoring: { requiredMetrics: string[]; defaultProfile?: MonitoringProfile; onFailure: 'rollback' | 'alert' };
  notifications: { onRejected: string[]; onExpired: string[]; onSlaBreach: string[]; expiryWarning: string };
}

export function loadExceptionWorkflow(text: string, file: string): ExceptionWorkflowConfig {
  return loadConfig<ExceptionWorkflowConfig>(text, file, precompiled(exceptionWorkflowSchema));
}

/** What someone asks for; each field comes from a workflow input or a CLI flag of the same name. */
export interface ExceptionRequestInput {
  plugin: string;
  versions: string;
  tenants: string[];
  waive: string[];
  reason: string;
  /** The profile the requester brings; the configuration's default profile when absent. */
  monitoring?: MonitoringProfile;
  /** How long the exception should last (capped at `maxDuration`). */
  duration?: string;
  requestedBy: string;
  requestedAt: Date;
  /** `owner/repo` and run id of the workflow run that carries the approval chain. */
  repository: string;
  runId: string;
}

export interface ExceptionRequest {
  record: ExceptionRecord;
  /** Requested validity in ms, after capping. */
  durationMs: number;
  /** Set when the requested duration was longer than the configuration allows. */
  capped?: string;
}

const PLUGIN_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$/;
const TENANT_ID = /^[a-z0-9][a-z0-9-]*$/;
const KNOWN_CODES = new Set<string>([...ERROR_CODES, ...WARNING_CODES]);

function inputIssue(input: string, message: string): ConfigIssue {
  // An input has no file or line: the message names it.
  return { message: `input ${input}: ${message}`, code: 'invalid-request' };
}

/** Splits a list input: commas, whitespace or new lines. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((s) => s !== ''))];
}

/** Validates a request against the configuration; every problem is reported at once. */
export function createRequest(input: ExceptionRequestInput, config: ExceptionWorkflowConfig): ExceptionRequest {
  const issues: ConfigIssue[] = [];
  if (!PLUGIN_ID.test(input.plugin)) issues.push(inputIssue('plugin', `${JSON.stringify(input.plugin)} is not a plugin id such as acme.crm-sync`));
  if (!tryRange(input.versions)) issues.push(inputIssue('versions', `${JSON.stringify(input.versions)} is not a valid node-semver range`));
  if (input.tenants.length === 0) issues.push(inputIssue('tenants', 'names no tenant'));
  for (const t of input.tenants) if (!TENANT_ID.test(t)) issues.push(inputIssue('tenants', `${JSON.stringify(t)} is not a tenant id`));
  if (input.waive.length === 0) issues.push(inputIssue('waive', 'names no conflict code'));
  for (const c of input.waive) {
    if (!KNOWN_CODES.has(c)) issues.push(inputIssue('waive', `${JSON.stringify(c)} is not a conflict code`));
    else if (!config.waivableCodes.includes(c as ConflictCode)) issues.push(inputIssue('waive', `${c} may not be waived (waivable: ${config.waivableCodes.join(', ')})`));
  }
  if (input.reason.trim().length < 10) issues.push(inputIssue('reason', 'must explain the risk in at least 10 characters'));
  const monitoring = input.monitoring ?? config.monitoring.defaultProfile;
  if (!hasMonitoring(monitoring)) {
    issues.push(inputIssue('monitoring', 'is required: the configuration has no default profile and the request brings none'));
  } else {
    const watched = new Set(monitoring.metrics.map((m) => m.provider.powerx.metric));
    const missing = config.monitoring.requiredMetrics.filter((m) => !watched.has(m as never));
    if (missing.length > 0) issues.push(inputIssue('monitoring', `must watch ${missing.join(', ')} (monitoring.requiredMetrics)`));
  }
  const maxMs = parseDuration(config.maxDuration);
  let durationMs = maxMs;
  let capped: string | undefined;
  if (input.duration) {
    try {
      durationMs = parseDuration(input.duration);
      if (durationMs > maxMs) {
        capped = `the requested ${input.duration} is capped at maxDuration ${config.maxDuration}`;
        durationMs = maxMs;
      }
    } catch {
      issues.push(inputIssue('duration', `${JSON.stringify(input.duration)} is not a duration such as 72h or 7d`));
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const record: ExceptionRecord = {
    id: `cx-${input.runId}`,
    plugin: input.plugin,
    versions: input.versions,
    tenants: [...input.tenants],
    waive: input.waive as ConflictCode[],
    reason: input.reason.trim(),
    monitoring: monitoring!,
    onFailure: config.monitoring.onFailure,
    status: 'pending',
    requestedBy: input.requestedBy,
    requestedAt: input.requestedAt.toISOString(),
  };
  return { record, durationMs, ...(capped ? { capped } : {}) };
}

/** One entry of `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`, reduced to what we read. */
export interface RunApproval {
  state: 'approved' | 'rejected' | (string & {});
  user: { login: string };
  environments: { name?: string }[];
  comment?: string | null;
}

export interface DecisionInput {
  request: ExceptionRequest;
  config: ExceptionWorkflowConfig;
  approvals: readonly RunApproval[];
  /** `two_factor_requirement_enabled` of the owning organisation; undefined when GitHub did not say. */
  orgTwoFactor: boolean | undefined;
  /** `<owner>/<repo>/runs/<id>` and its link. */
  approvalId: string;
  runUrl?: string;
  now: Date;
}

export interface ExceptionDecision {
  record: ExceptionRecord;
  /** Hours from request to decision (or to now while pending). */
  leadTimeHours: number;
  slaBreached: boolean;
}

const lower = (s: string) => s.toLowerCase();

/**
 * Turns the run's approvals into the exception record: approved only when every chain stage was approved and
 * the configured rules hold (no self-review, distinct approvers, organisation 2FA); rejected when a reviewer
 * rejected a stage or a rule is broken; pending while a stage has no decision.
 */
export function decideRequest(input: DecisionInput): ExceptionDecision {
  const { config, request } = input;
  const base = request.record;
  const stages: ApprovalStage[] = [];
  const reasons: string[] = [];
  let pending = false;
  for (const stage of config.chain) {
    const decisions = input.approvals.filter((a) => a.environments.some((e) => e.name !== undefined && lower(e.name) === lower(stage.environment)));
    const rejected = decisions.find((a) => a.state === 'rejected');
    const approved = decisions.find((a) => a.state === 'approved');
    const decision = rejected ?? approved;
    if (!decision) {
      pending = true;
      continue;
    }
    const entry: ApprovalStage = { environment: stage.environment, role: stage.role, reviewer: decision.user.login, state: decision.state === 'rejected' ? 'rejected' : 'approved' };
    if (decision.comment) entry.comment = decision.comment;
    stages.push(entry);
    if (rejected) reasons.push(`${stage.role} (${stage.environment}) rejected by ${rejected.user.login}${rejected.comment ? `: ${rejected.comment}` : ''}`);
  }
  const approvers = [...new Set(stages.filter((s) => s.state === 'approved').map((s) => s.reviewer))];
  if (config.preventSelfReview) {
    const self = stages.find((s) => s.state === 'approved' && lower(s.reviewer) === lower(base.requestedBy));
    if (self) reasons.push(`${self.reviewer} requested this exception and may not approve it (${self.role})`);
  }
  if (config.distinctApprovers) {
    const seen = new Map<string, string>();
    for (const s of stages.filter((x) => x.state === 'approved')) {
      const earlier = seen.get(lower(s.reviewer));
      if (earlier) reasons.push(`${s.reviewer} approved both ${earlier} and ${s.role}; each stage needs a different person`);
      seen.set(lower(s.reviewer), s.role);
    }
  }
  if (config.requireOrgTwoFactor && !pending && reasons.length === 0 && input.orgTwoFactor !== true) {
    reasons.push(
      input.orgTwoFactor === false
        ? 'the organisation does not require two-factor authentication'
        : 'GitHub did not disclose whether the organisation requires two-factor authentication; unknown counts as not required',
    );
  }
  const status = reasons.length > 0 ? 'rejected' : pending ? 'pending' : 'approved';
  const record: ExceptionRecord = { ...base, status };
  if (status !== 'pending') record.decidedAt = input.now.toISOString();
  if (status === 'approved') record.expiresAt = new Date(input.now.getTime() + request.durationMs).toISOString();
  if (reasons.length > 0) record.reasons = reasons;
  if (stages.length > 0) {
    record.approval = { id: input.approvalId, approvers, stages };
    if (input.runUrl) record.approval = { ...record.approval, runUrl: input.runUrl };
  }
  const leadTimeHours = Math.max(0, (input.now.getTime() - Date.parse(base.requestedAt)) / 3_600_000);
  return { record, leadTimeHours: Math.round(leadTimeHours * 100) / 100, slaBreached: leadTimeHours > config.slaHours };
}

/** A request still waiting for its chain, and whether it is past the SLA. */
export function slaStatus(requestedAt: Date, config: Pick<ExceptionWorkflowConfig, 'slaHours'>, now: Date): { waitingHours: number; breached: boolean } {
  const waitingHours = Math.max(0, (now.getTime() - requestedAt.getTime()) / 3_600_000);
  return { waitingHours: Math.round(waitingHours * 100) / 100, breached: waitingHours > config.slaHours };
}
