/**
 * The release pipeline's audit vocabulary and what a run's audit trail proves. Every stage appends records with
 * these actions; the release plan is only written when the trail of this run, for this plugin version and commit,
 * shows every required gate passed and every required approval recorded, and no record anywhere shows this version
 * and commit blocked.
 */
import type { AuditRecord } from '../audit/record.js';
import type { Reason } from './checks.js';

export const AUDIT = {
  /** A gate's verdict. details: { gate, ...evidence }; outcome `passed` or `failed`. */
  gate: 'publish.gate.evaluated',
  /** An approval stage. details: { role, environment, approvers, launchWindow, rollbackContacts, leadTimeHours }; outcome `approved` or `blocked`. */
  approval: 'publish.approval.recorded',
  /** The pipeline stopped. details: { stages, reasons, links, notified }; outcome `blocked`. */
  blocked: 'publish.pipeline.blocked',
  /** The test tenant went back to the pool. */
  leaseReleased: 'publish.test-tenant.released',
  /** The plan was written. details: { plan digest, window, ... }; outcome `recorded`. */
  planned: 'publish.release.planned',
  /** The version tag was created (and locked). */
  tagged: 'publish.tag.locked',
  /** The GitHub release was published. */
  published: 'plugin.release.published',
  /** A run's bundle went to the long-term store. */
  archived: 'audit.bundle.archived',
} as const;

/** The gates a release needs by default, in pipeline order. */
export const DEFAULT_REQUIRED_GATES = ['submit', 'test-deploy', 'quality', 'security'] as const;

export interface GateEvidence {
  gate: string;
  outcome: string;
  seq: number;
  time: string;
  details: Record<string, unknown>;
}

export interface ApprovalEvidence {
  role: string;
  environment: string;
  approvers: string[];
  seq: number;
  time: string;
  details: Record<string, unknown>;
}

export interface BlockEvidence {
  seq: number;
  time: string;
  runId: string;
  commit: string;
  reasons: Reason[];
}

export interface Evidence {
  ready: boolean;
  subject: string;
  commit: string;
  runId: string;
  /** The latest verdict of each gate in this run. */
  gates: GateEvidence[];
  approvals: ApprovalEvidence[];
  blocks: BlockEvidence[];
  /** What is missing or wrong, in pipeline order. */
  missing: Reason[];
  /** The submission record's details (submitter, digest, manifest, ...). */
  submission?: Record<string, unknown>;
  submittedAt?: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function reasonsOf(details: Record<string, unknown>): Reason[] {
  const raw = details.reasons;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null)
    .map((r) => ({ code: str(r.code) || 'blocked', message: str(r.message), ...(r.stage ? { stage: str(r.stage) } : {}) }));
}

/**
 * Reads the evidence of one run for one subject and commit. `longTerm` is the long-term store's records (other
 * runs), consulted for blocks only: a version and commit blocked once can never be tagged.
 */
export function collectEvidence(input: {
  records: readonly AuditRecord[];
  longTerm?: readonly AuditRecord[];
  subject: string;
  commit: string;
  runId: string;
  requiredGates: readonly string[];
  requiredApprovals: readonly { role: string; environment: string }[];
}): Evidence {
  const mine = input.records.filter((r) => r.subject === input.subject && r.run.id === input.runId);
  const gates = new Map<string, GateEvidence>();
  const approvals = new Map<string, ApprovalEvidence>();
  const missing: Reason[] = [];
  let submission: Record<string, unknown> | undefined;
  let submittedAt: string | undefined;

  const commitMismatch = mine.filter((r) => r.run.commit !== input.commit);
  for (const r of commitMismatch.slice(0, 1)) {
    missing.push({ code: 'commit-mismatch', message: `record ${r.seq} (${r.action}) was written for commit ${r.run.commit.slice(0, 12)}, not ${input.commit.slice(0, 12)}` });
  }

  for (const r of mine) {
    if (r.action === AUDIT.gate) {
      const gate = str(r.details.gate);
      if (!gate) continue;
      gates.set(gate, { gate, outcome: r.outcome, seq: r.seq, time: r.time, details: r.details });
      if (gate === 'submit' && r.outcome === 'passed') {
        submission = r.details;
        submittedAt = r.time;
      }
    } else if (r.action === AUDIT.approval) {
      const role = str(r.details.role);
      if (r.outcome !== 'approved') {
        approvals.delete(role);
        continue;
      }
      const approvers = Array.isArray(r.details.approvers) ? r.details.approvers.map(String) : [];
      approvals.set(role, { role, environment: str(r.details.environment), approvers, seq: r.seq, time: r.time, details: r.details });
    }
  }

  const blocks: BlockEvidence[] = [];
  const seen = new Set<string>();
  for (const r of [...(input.longTerm ?? []), ...input.records]) {
    if (r.subject !== input.subject || r.run.commit !== input.commit) continue;
    const isBlock = r.action === AUDIT.blocked || (r.action === AUDIT.archived && r.details.blocked === true);
    if (!isBlock) continue;
    const key = `${r.run.id}/${r.run.attempt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    blocks.push({ seq: r.seq, time: r.time, runId: r.run.id, commit: r.run.commit, reasons: reasonsOf(r.details) });
  }
  for (const block of blocks) {
    missing.push({
      code: 'version-blocked',
      message: `${input.subject} at commit ${input.commit.slice(0, 12)} was blocked in run ${block.runId}${block.reasons[0] ? ` (${block.reasons[0].message})` : ''}; it can never be tagged: fix and submit a new version`,
    });
  }

  for (const gate of input.requiredGates) {
    const found = gates.get(gate);
    if (!found) missing.push({ code: 'gate-missing', stage: gate, message: `no ${gate} gate result in this run's audit trail` });
    else if (found.outcome !== 'passed') missing.push({ code: 'gate-failed', stage: gate, message: `the ${gate} gate ${found.outcome} (record ${found.seq})` });
  }
  for (const required of input.requiredApprovals) {
    if (!approvals.has(required.role)) {
      missing.push({ code: 'approval-missing', stage: 'approval', message: `no ${required.role} approval (environment ${required.environment}) recorded in this run` });
    }
  }
  return {
    ready: missing.length === 0,
    subject: input.subject,
    commit: input.commit,
    runId: input.runId,
    gates: [...gates.values()].sort((a, b) => a.seq - b.seq),
    approvals: [...approvals.values()].sort((a, b) => a.seq - b.seq),
    blocks,
    missing,
    ...(submission ? { submission } : {}),
    ...(submittedAt ? { submittedAt } : {}),
  };
}

/** Approvals already recorded in this run, for the distinct-approver rule. */
export function priorApprovals(records: readonly AuditRecord[], subject: string, runId: string): { role: string; environment: string; approvers: string[] }[] {
  return records
    .filter((r) => r.action === AUDIT.approval && r.outcome === 'approved' && r.subject === subject && r.run.id === runId)
    .map((r) => ({ role: str(r.details.role), environment: str(r.details.environment), approvers: Array.isArray(r.details.approvers) ? r.details.approvers.map(String) : [] }));
}

/** The passed submission record of this run, if any: who submitted, when, what digest. */
export function submissionOf(records: readonly AuditRecord[], runId: string, subject?: string): AuditRecord | undefined {
  return records.find((r) => r.action === AUDIT.gate && r.details.gate === 'submit' && r.outcome === 'passed' && r.run.id === runId && (subject === undefined || r.subject === subject));
}
