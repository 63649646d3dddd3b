import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { code, STATUS_ICON } from '@powerx/core/markdown.js';
import { parseSubject } from '@powerx/core/publish/checks.js';
import { countBlocks, pipelineMetrics, renderMetricsMarkdown } from '@powerx/core/publish/metrics.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { GitBranchAuditStore, describeBundle, withFiles } from '@powerx/github/audit-branch.js';
import { artifactRetention } from '@powerx/github/retention.js';
import { appendSummary, getInput, info, runContext, setOutput, setSecret, warning } from '@powerx/github/runner.js';
import { tempPath } from '../compat-shared.js';
import { releaseGitHub } from '../release/clients.js';
import { readTrail } from '../release/trail.js';

/** What the scenario asks audit records to survive. */
export const MIN_RETENTION_DAYS = 180;
/** GitHub's default and the public-repository maximum, used when the setting cannot be read. */
const FALLBACK_RETENTION_DAYS = 90;

export async function auditArchive(): Promise<void> {
  const run = runContext();
  const githubToken = getInput('github-token');
  setSecret(githubToken);
  const auditPath = resolve(run.workspace, getInput('audit-log') || tempPath('powerx-audit/audit.jsonl'));
  const branch = getInput('audit-branch');
  const metricsPath = resolve(run.workspace, getInput('metrics') || tempPath('powerx-metrics.json'));
  const trail = await readTrail(auditPath, getInput('audit-log') || 'audit log');
  const runId = run.runId || 'local';
  const subject = trail.records.find((r) => r.run.id === runId && r.action === AUDIT.gate && r.details.gate === 'submit')?.subject || getInput('subject') || `${run.repository}@${run.sha.slice(0, 12)}`;
  const plugin = parseSubject(subject)?.plugin ?? subject;
  const github = releaseGitHub(githubToken, run.apiUrl);
  const lines: string[] = [];

  // Artifacts: the longest retention the repository allows; warn when it is under what the audit trail needs.
  const retention = await artifactRetention(github, run.owner, run.repo);
  const days = retention.maximumAllowedDays ?? retention.days ?? FALLBACK_RETENTION_DAYS;
  if (retention.unknownBecause) warning(`${retention.unknownBecause}; the audit artifact is kept ${days} days`, { title: 'Audit retention' });
  if (days < MIN_RETENTION_DAYS) {
    warning(`workflow artifacts are kept at most ${days} days here (public repositories: 90); audit records must be kept ${MIN_RETENTION_DAYS} days, which the audit branch${branch ? ` ${branch}` : ''} and the release assets do`, { title: 'Audit retention' });
  }
  lines.push(`${days >= MIN_RETENTION_DAYS ? STATUS_ICON.pass : STATUS_ICON.warn} Audit artifact retention: ${days} days${retention.maximumAllowedDays ? ` (the repository allows up to ${retention.maximumAllowedDays})` : ''}.`);

  // Long term: the bundle and its archive record in one commit on the append-only branch.
  const store = branch ? new GitBranchAuditStore(github, run.owner, run.repo, branch) : undefined;
  const longTerm = store ? await store.read() : [];
  const metrics = pipelineMetrics(trail.records, subject, runId, countBlocks(longTerm.filter((r) => r.run.id !== runId), plugin));
  let archived: { path: string; sha256: string; commit?: string; already: boolean } | undefined;
  if (store) {
    const bundle = describeBundle(trail.text, subject, runId, run.runAttempt, run.sha);
    const existing = longTerm.find((r) => r.action === AUDIT.archived && r.details.path === bundle.path && r.details.sha256 === bundle.sha256);
    if (existing) {
      archived = { path: bundle.path, sha256: bundle.sha256, already: true };
    } else {
      const log = new AuditLog(withFiles(store, { [bundle.path]: trail.text }, `audit: archive ${subject} run ${runId} attempt ${run.runAttempt}`), {
        context: { actor: run.actor || 'system', run: { id: runId, attempt: run.runAttempt, workflow: run.workflow, commit: run.sha, repository: run.repository, ...(run.runUrl ? { url: run.runUrl } : {}) } },
        secrets: [githubToken],
      });
      await log.append({ action: AUDIT.archived, subject, outcome: 'recorded', details: { ...bundle, metrics: { ...metrics } } });
      archived = { path: bundle.path, sha256: bundle.sha256, already: false };
    }
    lines.push(`${STATUS_ICON.pass} Bundle ${archived.already ? 'was already' : ''} archived on branch ${code(branch)} at ${code(archived.path)} (sha256 ${code(archived.sha256.slice(0, 16))}…).`.replace('  ', ' '));
  } else {
    warning('no audit-branch: the audit bundle is kept only as a workflow artifact and a release asset', { title: 'Audit retention' });
  }

  await mkdir(dirname(metricsPath), { recursive: true });
  await writeFile(metricsPath, `${JSON.stringify({ subject, run: { id: runId, attempt: run.runAttempt, url: run.runUrl || null }, commit: run.sha, generatedAt: new Date().toISOString(), metrics }, null, 2)}\n`);
  appendSummary([`### Audit trail of ${code(subject)}`, '', ...lines.map((l) => `- ${l}`), '', '#### Pipeline metrics', '', renderMetricsMarkdown(metrics), ''].join('\n'));
  info(`archived ${subject}: ${JSON.stringify(metrics)}`);
  setOutput('retention-days', String(days));
  setOutput('bundle-path', archived?.path ?? '');
  setOutput('bundle-sha256', archived?.sha256 ?? '');
  setOutput('metrics', JSON.stringify(metrics));
  setOutput('metrics-file', metricsPath);
  setOutput('audit-log', auditPath);
}
