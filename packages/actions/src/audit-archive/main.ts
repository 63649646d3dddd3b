import { resolve } from 'node:path';
import { code, STATUS_ICON } from '@powerx/core/markdown.js';
import { renderMetricsMarkdown } from '@powerx/core/publish/metrics.js';
import { appendSummary, getInput, info, runContext, setOutput, warning } from '@powerx/github/runner.js';
import { MIN_RETENTION_DAYS, archiveRun } from '../release/archive.js';
import { releaseGitHub } from '../release/github.js';
import { releasePlatform } from '../release/platform.js';
import { readTrail } from '../release/trail.js';
import { auditLogPath, tempPath, writeJson } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

export async function auditArchive(): Promise<void> {
  const run = runContext();
  const githubToken = getSecretInput('github-token');
  const platformToken = getSecretInput('platform-token');
  const platformUrl = getInput('platform-url');
  const auditPath = auditLogPath(run);
  const branch = getInput('audit-branch');
  const metricsPath = resolve(run.workspace, getInput('metrics') || tempPath('powerx-metrics.json'));
  const trail = await readTrail(auditPath, getInput('audit-log') || 'audit log');
  const runId = run.runId || 'local';
  const result = await archiveRun({
    github: releaseGitHub(githubToken, run.apiUrl),
    owner: run.owner,
    repo: run.repo,
    branch,
    trail,
    subject: getInput('subject'),
    run: { id: runId, attempt: run.runAttempt, commit: run.sha, workflow: run.workflow, actor: run.actor, repository: run.repository, ...(run.runUrl ? { url: run.runUrl } : {}) },
    secrets: [githubToken],
    ...(platformUrl ? { platform: releasePlatform(platformUrl, platformToken) } : {}),
  });

  const { retention, archived, metrics, subject } = result;
  if (retention.unknownBecause) warning(`${retention.unknownBecause}; the audit artifact is kept ${retention.days} days`, { title: 'Audit retention' });
  if (!retention.enough) {
    warning(`workflow artifacts are kept at most ${retention.days} days here (public repositories: 90); audit records must be kept ${MIN_RETENTION_DAYS} days, which the audit branch${branch ? ` ${branch}` : ''} and the release assets do`, { title: 'Audit retention' });
  }
  if (!branch) warning('no audit-branch: the audit bundle is kept only as a workflow artifact and a release asset', { title: 'Audit retention' });
  const lines = [
    `${retention.enough ? STATUS_ICON.pass : STATUS_ICON.warn} Audit artifact retention: ${retention.days} days${retention.maximumAllowedDays ? ` (the repository allows up to ${retention.maximumAllowedDays})` : ''}.`,
    ...(result.platform ? [`${STATUS_ICON.pass} Platform audit service: ${result.platform.accepted} record(s) stored, ${result.platform.duplicates} already there.`] : []),
    ...(archived ? [`${STATUS_ICON.pass} Bundle ${archived.already ? 'was already archived' : 'archived'} on branch ${code(branch)} at ${code(archived.path)} (sha256 ${code(archived.sha256.slice(0, 16))}…).`] : []),
  ];
  await writeJson(metricsPath, { subject, run: { id: runId, attempt: run.runAttempt, url: run.runUrl || null }, commit: run.sha, generatedAt: new Date().toISOString(), metrics });
  appendSummary([`### Audit trail of ${code(subject)}`, '', ...lines.map((l) => `- ${l}`), '', '#### Pipeline metrics', '', renderMetricsMarkdown(metrics), ''].join('\n'));
  info(`archived ${subject}: ${JSON.stringify(metrics)}`);
  setOutput('retention-days', String(retention.days));
  setOutput('bundle-path', archived?.path ?? '');
  setOutput('bundle-sha256', archived?.sha256 ?? '');
  setOutput('metrics', JSON.stringify(metrics));
  setOutput('platform-ingested', result.platform ? String(result.platform.accepted) : '');
  setOutput('metrics-file', metricsPath);
  setOutput('audit-log', auditPath);
}
