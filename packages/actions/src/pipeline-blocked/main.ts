import { resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { code, link, STATUS_ICON, table } from '@powerx/core/markdown.js';
import { parseApprovalMatrix, stageMentions } from '@powerx/core/publish/approval-matrix.js';
import { describeBlock, type JobResults } from '@powerx/core/publish/block.js';
import { parseSubject } from '@powerx/core/publish/checks.js';
import { countBlocks } from '@powerx/core/publish/metrics.js';
import { AUDIT } from '@powerx/core/publish/trail.js';
import { GitBranchAuditStore } from '@powerx/github/audit-branch.js';
import { postNotice } from '@powerx/github/notify.js';
import { appendSummary, getInput, getMultilineInput, info, runContext, setOutput, warning } from '@powerx/github/runner.js';
import { releaseGitHub } from '../release/github.js';
import { releasePlatform, stepKey } from '../release/platform.js';
import { readOptional } from '../release/files.js';
import { readTrail } from '../release/trail.js';
import { openAuditLog } from '../shared/audit-log.js';
import { openEventSink } from '../shared/event-sink.js';
import { auditLogPath, deliveryLogPath, insideWorkspace, tempPath, writeJson } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

export const BLOCKED_LABEL = 'powerx-release-blocked';

function parseJobs(text: string): JobResults {
  if (!text.trim()) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as JobResults;
  } catch {
    // reported below
  }
  throw ConfigError.single('Input "jobs" must be the JSON of the needs context (toJSON(needs))', {}, 'bad-input');
}

export async function pipelineBlocked(): Promise<void> {
  const run = runContext();
  const githubToken = getSecretInput('github-token');
  const platformToken = getSecretInput('platform-token');
  const cwd = insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace);
  const auditPath = auditLogPath(run);
  const branch = getInput('audit-branch');
  const matrixFile = getInput('approval-matrix') || 'config/publish/approval_matrix.yaml';
  const reportPath = resolve(run.workspace, getInput('report') || tempPath('powerx-pipeline-blocked.json'));

  const trail = await readTrail(auditPath, getInput('audit-log') || 'audit log');
  const runId = run.runId || 'local';
  const submit = [...trail.records].reverse().find((r) => r.run.id === runId && r.action === AUDIT.gate && r.details.gate === 'submit');
  const subject = submit?.subject ?? getInput('subject');
  const parsed = parseSubject(subject);
  if (!parsed) throw ConfigError.single('no submission in this run\'s audit log and no subject input (<plugin>@<version>)', {}, 'no-subject');
  const submitter = (typeof submit?.details.submitter === 'string' ? submit.details.submitter : '') || getInput('submitter');

  // QA is told by default: the reviewers of the matrix's qa stage.
  const matrixText = await readOptional(resolve(cwd, matrixFile));
  const matrix = matrixText === undefined ? undefined : parseApprovalMatrix(matrixText, matrixFile);
  const qa = matrix?.stages.filter((s) => s.role === 'qa').flatMap((s) => stageMentions(s, run.owner)) ?? [];
  const mention = [...new Set([...qa, ...getMultilineInput('notify').flatMap((l) => l.split(/[\s,]+/)).filter(Boolean).map((m) => (m.startsWith('@') ? m : `@${m}`))])];

  const block = describeBlock({
    plugin: parsed.plugin,
    version: parsed.version,
    commit: run.sha,
    repository: run.repository,
    runId,
    runAttempt: run.runAttempt,
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    records: trail.records,
    jobs: parseJobs(getInput('jobs')),
    submitter,
    mention,
  });

  const github = githubToken ? releaseGitHub(githubToken, run.apiUrl) : undefined;
  const longTerm = github && branch ? await new GitBranchAuditStore(github, run.owner, run.repo, branch).read() : [];
  const blockTotal = countBlocks(longTerm, parsed.plugin) + 1;

  const audit = openAuditLog(auditPath, run, [githubToken, platformToken]);
  const already = trail.records.find((r) => r.action === AUDIT.blocked && r.run.id === runId && r.run.attempt === run.runAttempt && r.subject === subject);
  const events = await openEventSink({ subscriptions: getInput('subscriptions'), deliveryLog: deliveryLogPath(run), audit, workspace: cwd, run });
  let notice: { issue: number; url: string; action: string } | undefined;
  if (github) {
    notice = await postNotice(github, run.owner, run.repo, { title: block.notification.title, body: block.notification.body, marker: block.notification.marker, label: BLOCKED_LABEL });
    info(`notice ${notice.action}: ${notice.url}`);
  } else {
    warning('no github-token: the submitter and QA were not notified on GitHub', { title: 'Pipeline blocked' });
  }

  // The version was registered at submission; yank it so that no tenant can install a blocked version.
  let yanked = false;
  const platformUrl = getInput('platform-url');
  if (platformUrl && submit?.details.uploaded === true) {
    const platform = releasePlatform(platformUrl, platformToken);
    await platform.yankRelease(parsed.plugin, parsed.version, `release pipeline blocked in ${run.runUrl || `run ${runId}`}: ${block.reasons.map((r) => r.code).join(', ')}`, { idempotencyKey: stepKey(run.repository, runId, run.runAttempt, 'yank') });
    yanked = true;
  }

  if (!already) {
    await events.sink.publish({ ...block.event, key: 'pipeline', data: { ...block.event.data, ...(submitter ? { submitter } : {}), blockTotal } });
    await audit.append({
      action: AUDIT.blocked,
      subject,
      outcome: 'blocked',
      details: {
        stages: block.stages,
        reasons: block.reasons.map((r) => ({ stage: r.stage ?? null, code: r.code, message: r.message })),
        links: block.links,
        notified: block.notification.mentions,
        ...(notice ? { notice: notice.url } : {}),
        yanked,
        blockTotal,
      },
    });
  }
  const delivered = await events.finish();
  await writeJson(reportPath, { stage: 'blocked', commit: run.sha, ...block, blockTotal, notice: notice ?? null, yanked, events: delivered.events });

  appendSummary(
    [
      `### ${STATUS_ICON.fail} ${code(subject)} is blocked`,
      '',
      `This version and commit (${code(run.sha.slice(0, 12))}) can no longer be tagged. ${notice ? `Notified ${block.notification.mentions.join(' ')} in ${link(`issue #${notice.issue}`, notice.url)}.` : ''}${yanked ? ' The version was yanked from the platform catalog.' : ''}`,
      '',
      table(['Stage', 'Reason', 'Code'], block.reasons.map((r) => [r.stage ?? '', r.message, code(r.code)])),
      '',
      `publish.pipeline.block_total: ${blockTotal}`,
      '',
    ].join('\n'),
  );
  setOutput('subject', subject);
  setOutput('reasons', JSON.stringify(block.reasons));
  setOutput('block-total', String(blockTotal));
  setOutput('notice-url', notice?.url ?? '');
  setOutput('event', JSON.stringify(block.event));
  setOutput('report', reportPath);
  setOutput('audit-log', auditPath);
}
