/**
 * A stopped pipeline: why (from the run's audit trail, and from the jobs that failed before they could write one),
 * the `publish.pipeline.blocked` event, and the notification that mentions the submitter and QA.
 */
import type { AuditRecord } from '../audit/record.js';
import type { ReleaseEventInput } from '../events/sink.js';
import { code, link, table } from '../markdown.js';
import type { Reason } from './checks.js';
import { AUDIT } from './trail.js';

/** `toJSON(needs)` of the blocking job: job id -> { result }. */
export type JobResults = Record<string, { result?: string; outputs?: Record<string, string> }>;

export interface BlockInput {
  plugin: string;
  version: string;
  commit: string;
  repository: string;
  runId: string;
  runAttempt: number;
  runUrl?: string;
  records: readonly AuditRecord[];
  jobs?: JobResults;
  /** Extra links (reports, summaries). */
  links?: readonly { title: string; url: string }[];
  submitter?: string;
  /** `@login` / `@org/team` of QA (and anyone else to notify). */
  mention: readonly string[];
}

export interface BlockDecision {
  subject: string;
  reasons: Reason[];
  stages: string[];
  links: { title: string; url: string }[];
  event: ReleaseEventInput;
  notification: { title: string; body: string; marker: string; mentions: string[] };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function recordReasons(record: AuditRecord): Reason[] {
  const stage = record.action === AUDIT.approval ? `approval:${str(record.details.role)}` : str(record.details.gate) || record.action;
  const raw: unknown[] = Array.isArray(record.details.reasons) ? record.details.reasons : [];
  const reasons = raw
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r))
    .map((r) => ({ stage, code: str(r.code) || 'failed', message: str(r.message) || `${stage} ${record.outcome}` }));
  return reasons.length > 0 ? reasons : [{ stage, code: `${stage}-${record.outcome}`, message: `${stage} ${record.outcome} (audit record ${record.seq})` }];
}

function linksOf(records: readonly AuditRecord[]): { title: string; url: string }[] {
  const out: { title: string; url: string }[] = [];
  for (const r of records) {
    const raw = r.details.links ?? r.details.reports;
    if (!Array.isArray(raw)) continue;
    for (const l of raw) {
      if (l && typeof l === 'object' && typeof (l as { url?: unknown }).url === 'string') {
        const entry = l as { url: string; title?: string; name?: string };
        out.push({ title: entry.title ?? entry.name ?? entry.url, url: entry.url });
      }
    }
  }
  return out;
}

export function describeBlock(input: BlockInput): BlockDecision {
  const subject = `${input.plugin}@${input.version}`;
  const mine = input.records.filter((r) => r.subject === subject && r.run.id === input.runId && r.run.attempt === input.runAttempt);
  const failedRecords = mine.filter(
    (r) => (r.action === AUDIT.gate && r.outcome !== 'passed') || (r.action === AUDIT.approval && r.outcome !== 'approved'),
  );
  const reasons: Reason[] = failedRecords.flatMap(recordReasons);
  // Jobs that failed without a verdict in the trail (a crash, a timeout, a cancelled approval) explain the block
  // only when no recorded verdict does.
  if (reasons.length === 0) {
    for (const [job, result] of Object.entries(input.jobs ?? {})) {
      if (result.result !== 'failure' && result.result !== 'cancelled') continue;
      reasons.push({ stage: job, code: `job-${result.result}`, message: `job ${job} ${result.result === 'failure' ? 'failed' : 'was cancelled'} before it recorded a verdict` });
    }
  }
  if (reasons.length === 0) reasons.push({ stage: 'pipeline', code: 'blocked', message: 'the pipeline stopped without a recorded reason; see the run' });

  const links = [...(input.runUrl ? [{ title: `Run ${input.runId}`, url: input.runUrl }] : []), ...linksOf(mine), ...(input.links ?? [])].filter(
    (l, i, all) => all.findIndex((m) => m.url === l.url) === i,
  );
  const stages = [...new Set(reasons.map((r) => String(r.stage)))];
  const marker = `<!-- powerx:publish.pipeline.blocked ${subject} run=${input.runId} attempt=${input.runAttempt} -->`;
  const mentions = [...new Set([...(input.submitter ? [`@${input.submitter.replace(/^@/, '')}`] : []), ...input.mention])];
  const body = [
    marker,
    `### ${subject} is blocked`,
    '',
    `${mentions.join(' ')}: the release pipeline stopped at ${stages.map((s) => code(s)).join(', ')} for commit ${code(input.commit.slice(0, 12))}. This version and commit can no longer be tagged; fix the cause and submit a new version.`,
    '',
    table(['Stage', 'Reason', 'Code'], reasons.map((r) => [r.stage ?? '', r.message, code(r.code)])),
    '',
    links.length > 0 ? `Reports: ${links.map((l) => link(l.title, l.url)).join(' · ')}` : '',
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');

  return {
    subject,
    reasons,
    stages,
    links,
    event: {
      type: 'publish.pipeline.blocked',
      subject,
      data: {
        plugin: input.plugin,
        version: input.version,
        commit: input.commit,
        repository: input.repository,
        run: { id: input.runId, attempt: input.runAttempt, ...(input.runUrl ? { url: input.runUrl } : {}) },
        stages,
        stage: stages[0],
        reasons: reasons.map((r) => ({ stage: r.stage ?? null, code: r.code, message: r.message })),
        reports: links.map((l) => ({ name: l.title, url: l.url })),
        notify: mentions,
      },
    },
    notification: { title: `Release blocked: ${subject}`, body, marker, mentions },
  };
}
