/** Stage 8 for every front-end: the run's bundle to the long-term audit branch, the metrics, the artifact retention. */
import { AuditLog } from '@powerx/core/audit/log.js';
import { parseSubject } from '@powerx/core/publish/checks.js';
import { countBlocks, pipelineMetrics, type PipelineMetrics } from '@powerx/core/publish/metrics.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { GitBranchAuditStore, describeBundle, withFiles } from '@powerx/github/audit-branch.js';
import type { GitHubClient } from '@powerx/github/octokit.js';
import type { PlatformClient } from '@powerx/platform/client.js';
import { artifactRetention, type Retention } from '@powerx/github/retention.js';
import type { Trail } from './trail.js';

/** What the scenario asks audit records to survive. */
export const MIN_RETENTION_DAYS = 180;
/** GitHub's default and the public-repository maximum, used when the setting cannot be read. */
export const FALLBACK_RETENTION_DAYS = 90;

export interface ArchiveOptions {
  github: GitHubClient;
  owner: string;
  repo: string;
  /** Empty: no long-term store. */
  branch: string;
  trail: Trail;
  subject?: string;
  run: { id: string; attempt: number; commit: string; workflow: string; actor: string; repository: string; url?: string };
  secrets: string[];
  /** Also hand the records to the platform's audit service (idempotent by record hash). */
  platform?: PlatformClient;
}

export interface ArchiveResult {
  subject: string;
  retention: Retention & { days: number; enough: boolean };
  archived?: { path: string; sha256: string; already: boolean; location: string };
  platform?: { accepted: number; duplicates: number };
  metrics: PipelineMetrics;
}

const INGEST_BATCH = 1000;

export async function archiveRun(o: ArchiveOptions): Promise<ArchiveResult> {
  const subject = o.trail.records.find((r) => r.run.id === o.run.id && r.action === AUDIT.gate && r.details.gate === 'submit')?.subject || o.subject || `${o.run.repository}@${o.run.commit.slice(0, 12)}`;
  const plugin = parseSubject(subject)?.plugin ?? subject;
  const setting = await artifactRetention(o.github, o.owner, o.repo);
  const days = setting.maximumAllowedDays ?? setting.days ?? FALLBACK_RETENTION_DAYS;
  const store = o.branch ? new GitBranchAuditStore(o.github, o.owner, o.repo, o.branch) : undefined;
  const longTerm = store ? await store.read() : [];
  const metrics = pipelineMetrics(o.trail.records, subject, o.run.id, countBlocks(longTerm.filter((r) => r.run.id !== o.run.id), plugin));
  const result: ArchiveResult = { subject, retention: { ...setting, days, enough: days >= MIN_RETENTION_DAYS }, metrics };
  if (o.platform) {
    const ingested = { accepted: 0, duplicates: 0 };
    for (let i = 0; i < o.trail.records.length; i += INGEST_BATCH) {
      const batch = o.trail.records.slice(i, i + INGEST_BATCH);
      const answer = await o.platform.ingestAuditRecords(batch, { idempotencyKey: `audit/${batch.at(-1)!.hash}` });
      ingested.accepted += answer.accepted;
      ingested.duplicates += answer.duplicate;
    }
    result.platform = ingested;
  }
  if (!store) return result;
  const bundle = describeBundle(o.trail.text, subject, o.run.id, o.run.attempt, o.run.commit);
  const existing = longTerm.find((r) => r.action === AUDIT.archived && r.details.path === bundle.path && r.details.sha256 === bundle.sha256);
  if (!existing) {
    const log = new AuditLog(withFiles(store, { [bundle.path]: o.trail.text }, `audit: archive ${subject} run ${o.run.id} attempt ${o.run.attempt}`), {
      context: { actor: o.run.actor || 'system', run: { id: o.run.id, attempt: o.run.attempt, workflow: o.run.workflow, commit: o.run.commit, repository: o.run.repository, ...(o.run.url ? { url: o.run.url } : {}) } },
      secrets: o.secrets,
    });
    await log.append({ action: AUDIT.archived, subject, outcome: 'recorded', details: { ...bundle, metrics: { ...metrics } } });
  }
  result.archived = { path: bundle.path, sha256: bundle.sha256, already: existing !== undefined, location: store.location };
  return result;
}
