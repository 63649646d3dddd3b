import { resolve } from 'node:path';
import { code, link, STATUS_ICON, table } from '@powerx/core/markdown.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { DEFAULT_REQUIRED_GATES } from '@powerx/core/publish/trail.js';
import { GitBranchAuditStore } from '@powerx/github/audit-branch.js';
import { appendSummary, error, getBooleanInput, getInput, getMultilineInput, info, runContext, setFailed, setOutput } from '@powerx/github/runner.js';
import { releaseGitHub } from '../release/github.js';
import { releasePlatform } from '../release/platform.js';
import { readInputFile, readOptional } from '../release/files.js';
import { planRelease, type PlanReleaseResult } from '../release/plan-release.js';
import { readTrail } from '../release/trail.js';
import { openAuditLog } from '../shared/audit-log.js';
import { openEventSink } from '../shared/event-sink.js';
import { auditLogPath, deliveryLogPath, insideWorkspace, tempPath } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';
import { renderPlanMarkdown } from '@powerx/core/publish/plan.js';

function render(result: PlanReleaseResult): string {
  if (result.outcome === 'refused') {
    return [
      `### ${STATUS_ICON.fail} Release of ${code(result.subject)} refused`,
      '',
      'The audit trail does not prove that every gate passed and every approval was recorded; no tag was created.',
      '',
      table(['Stage', 'Missing or failed', 'Code'], result.missing.map((m) => [m.stage ?? '', m.message, code(m.code)])),
      '',
    ].join('\n');
  }
  const head = result.release
    ? `### ${STATUS_ICON.pass} ${code(result.subject)} released: ${link(result.tag?.name ?? 'release', result.release.url)}`
    : `### ${STATUS_ICON.pass} Release plan for ${code(result.subject)} written (no tag: dry run)`;
  return [head, '', renderPlanMarkdown(result.plan!).replace(/^# /m, '#### '), ''].join('\n');
}

export async function releasePlan(): Promise<void> {
  const run = runContext();
  const platformToken = getSecretInput('platform-token');
  const githubToken = getSecretInput('github-token');
  const cwd = insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace);
  const matrixFile = getInput('approval-matrix') || 'config/publish/approval_matrix.yaml';
  const policiesFile = getInput('upgrade-policies') || 'config/version/upgrade_policies.yaml';
  const auditPath = auditLogPath(run);
  const branch = getInput('audit-branch');
  const outDir = resolve(run.workspace, getInput('output-dir') || tempPath('powerx-release'));
  const dryRun = getBooleanInput('dry-run');
  const requiredGates = getMultilineInput('required-gates').flatMap((l) => l.split(',')).map((g) => g.trim()).filter(Boolean);

  const matrix = parseApprovalMatrix((await readInputFile('approval-matrix', resolve(cwd, matrixFile), matrixFile)).toString('utf8'), matrixFile);
  const policiesText = await readOptional(resolve(cwd, policiesFile));
  const trail = await readTrail(auditPath, getInput('audit-log') || 'audit log');
  const github = releaseGitHub(githubToken, run.apiUrl);
  const longTerm = branch ? await new GitBranchAuditStore(github, run.owner, run.repo, branch).read() : [];
  const audit = openAuditLog(auditPath, run, [platformToken, githubToken]);
  const events = await openEventSink({ subscriptions: getInput('subscriptions'), deliveryLog: deliveryLogPath(run), audit, workspace: cwd, run });

  const result = await planRelease({
    trail,
    longTerm,
    audit,
    auditPath,
    events: events.sink,
    matrix,
    ...(policiesText !== undefined ? { rolloutPolicies: { text: policiesText, file: policiesFile } } : {}),
    ...(getInput('rollout-strategy') ? { rolloutStrategy: getInput('rollout-strategy') } : {}),
    requiredGates: requiredGates.length > 0 ? requiredGates : [...DEFAULT_REQUIRED_GATES],
    platform: releasePlatform(getInput('platform-url'), platformToken),
    github: { client: github, owner: run.owner, repo: run.repo, serverUrl: run.serverUrl },
    runId: run.runId || 'local',
    runAttempt: run.runAttempt,
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    repository: run.repository,
    commit: run.sha,
    outDir,
    dryRun,
    now: new Date(),
  });
  const delivered = await events.finish();

  for (const m of result.missing) error(m.message, { title: `Release refused: ${m.stage ?? 'evidence'}` });
  appendSummary(render(result));
  setOutput('outcome', result.outcome);
  setOutput('released', String(result.outcome === 'released'));
  setOutput('subject', result.subject);
  setOutput('tag', result.tag?.name ?? '');
  setOutput('release-url', result.release?.url ?? '');
  setOutput('plan-json', result.files.planJson ?? '');
  setOutput('plan-markdown', result.files.planMarkdown ?? '');
  setOutput('audit-bundle', result.files.auditBundle ?? '');
  setOutput('missing', JSON.stringify(result.missing));
  setOutput('events', JSON.stringify(delivered.events));
  setOutput('audit-log', auditPath);
  info(`release of ${result.subject}: ${result.outcome}${result.release ? ` (${result.release.url})` : ''}`);
  if (result.outcome === 'refused') setFailed(`Release refused: ${result.missing.map((m) => m.message).join('; ')}`);
}
