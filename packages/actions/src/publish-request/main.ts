import { resolve } from 'node:path';
import { renderSubmissionMarkdown, submissionReport } from '@powerx/core/publish/submission.js';
import { appendSummary, error, getBooleanInput, getInput, getMultilineInput, info, runContext, setFailed, setOutput } from '@powerx/github/runner.js';
import { releasePlatform, stepKey } from '../release/platform.js';
import { recordSubmission, submitRelease, type SubmitOptions } from '../release/submit.js';
import { openAuditLog } from '../shared/audit-log.js';
import { auditLogPath, insideWorkspace, tempPath, writeJson } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

/** What submitRelease reads from the plugin's files and inputs, plus the platform and what the step writes. */
interface Settings extends Omit<SubmitOptions, 'repository' | 'platform' | 'key' | 'now'> {
  platformUrl: string;
  platformToken: string;
  auditLog: string;
  report: string;
  failOnBlock: boolean;
}

function readSettings(): Settings {
  const run = runContext();
  const platformToken = getSecretInput('platform-token');
  return {
    cwd: insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace),
    manifest: getInput('manifest') || 'powerx-plugin.yaml',
    artifact: getInput('artifact'),
    signatures: getMultilineInput('signature'),
    keyHint: getInput('key-hint'),
    version: getInput('version'),
    policy: getInput('signature-policy') || 'config/publish/signature_policy.yaml',
    changelogUrl: getInput('changelog-url'),
    platformUrl: getInput('platform-url'),
    platformToken,
    submitter: getInput('submitter') || process.env.GITHUB_TRIGGERING_ACTOR || run.actor,
    upload: getBooleanInput('upload'),
    auditLog: auditLogPath(run),
    report: resolve(run.workspace, getInput('report') || tempPath('powerx-publish-request.json')),
    failOnBlock: getBooleanInput('fail-on-block'),
  };
}

export async function publishRequest(): Promise<void> {
  const settings = readSettings();
  const run = runContext();
  const submittedAt = new Date();
  const result = await submitRelease({
    ...settings,
    repository: run.repository,
    platform: releasePlatform(settings.platformUrl, settings.platformToken),
    key: stepKey(run.repository, run.runId, run.runAttempt, 'publish-request'),
    now: submittedAt,
  });
  const { decision } = result;
  const audit = openAuditLog(settings.auditLog, run, [settings.platformToken]);
  const record = await recordSubmission(audit, result, run.runUrl || undefined);

  const report = submissionReport(decision, { submittedAt: submittedAt.toISOString(), upload: result.upload ?? null, signaturePolicy: result.policyFile, audit: { seq: record.seq, hash: record.hash, log: settings.auditLog } });
  await writeJson(settings.report, report);

  for (const c of decision.checks.filter((c) => c.status === 'fail')) {
    error(c.message, { title: `Submission: ${c.title}`, ...(c.location?.file ? { file: c.location.file, startLine: c.location.line, startColumn: c.location.column } : {}) });
  }
  appendSummary(renderSubmissionMarkdown(decision, result.upload));
  setOutput('outcome', decision.outcome);
  setOutput('passed', String(decision.outcome === 'passed'));
  setOutput('plugin', decision.plugin);
  setOutput('version', decision.version);
  setOutput('subject', decision.subject);
  setOutput('digest', `sha256:${decision.digest}`);
  setOutput('submitter', decision.submitter);
  setOutput('submitted-at', submittedAt.toISOString());
  setOutput('reasons', JSON.stringify(decision.reasons));
  setOutput('report', settings.report);
  setOutput('audit-log', settings.auditLog);
  info(`submission ${decision.subject} ${decision.outcome}: ${decision.checks.map((c) => `${c.id}=${c.status}`).join(' ')}`);
  if (decision.outcome !== 'passed' && settings.failOnBlock) setFailed(`Submission blocked: ${decision.reasons.map((r) => r.message).join('; ')}`);
}
