import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AuditLog } from '@powerx/core/audit/log.js';
import {
  decisionAudit,
  decisionEvents,
  notificationIssue,
  renderDecisionMarkdown,
  renderRequestMarkdown,
  requestAudit,
  requestEvent,
} from '@powerx/core/compat/exception-report.js';
import { createRequest, decideRequest, loadExceptionWorkflow, slaStatus, splitList, type ExceptionRequest, type ExceptionWorkflowConfig } from '@powerx/core/compat/exception-workflow.js';
import { loadExceptions, loadMonitoringProfile } from '@powerx/core/compat/inputs.js';
import type { MonitoringProfile } from '@powerx/core/compat/types.js';
import { ConfigError } from '@powerx/core/errors.js';
import type { ReleaseEventInput } from '@powerx/core/events/sink.js';
import { STATUS_ICON, code, table } from '@powerx/core/markdown.js';
import { createGitHubClient, type GitHubClient } from '@powerx/github/octokit.js';
import { appendSummary, getInput, info, runContext, setOutput, warning, type RunContext } from '@powerx/github/runner.js';
import { openAuditLog } from '../shared/audit-log.js';
import { openEventSink } from '../shared/event-sink.js';
import { auditLogPath, deliveryLogPath, tempPath } from '../shared/files.js';
import { isLoopback } from '../shared/loopback.js';
import { getSecretInput } from '../shared/inputs.js';

const STEPS = ['request', 'record', 'sla'] as const;
type Step = (typeof STEPS)[number];
const ISSUE_LABEL = 'powerx-compat-exception';

interface Common {
  step: Step;
  workspace: string;
  configPath: string;
  auditLog: string;
  subscriptions: string;
  deliveryLog: string;
  context: RunContext;
}

function readCommon(): Common {
  const step = getInput('step', { required: true }) as Step;
  if (!STEPS.includes(step)) throw ConfigError.single(`input step: must be one of ${STEPS.join(', ')} (got ${JSON.stringify(step)})`, {}, 'bad-input');
  const context = runContext();
  return {
    step,
    workspace: context.workspace,
    configPath: getInput('config') || 'config/version/exception_workflow.yaml',
    auditLog: auditLogPath(context),
    subscriptions: getInput('subscriptions'),
    deliveryLog: deliveryLogPath(context),
    context,
  };
}

async function loadConfigFile(common: Common): Promise<ExceptionWorkflowConfig> {
  const path = resolve(common.workspace, common.configPath);
  const text = await readFile(path, 'utf8').catch(() => {
    throw ConfigError.single(`exception workflow configuration ${common.configPath} does not exist`, { file: common.configPath }, 'missing-file');
  });
  return loadExceptionWorkflow(text, common.configPath);
}

/** A file in the workspace, or inline YAML/JSON. */
async function readMonitoring(value: string, workspace: string): Promise<MonitoringProfile | undefined> {
  if (!value) return undefined;
  const path = resolve(workspace, value);
  const isFile = !value.includes('\n') && (await stat(path).then((s) => s.isFile()).catch(() => false));
  return isFile ? loadMonitoringProfile(await readFile(path, 'utf8'), value) : loadMonitoringProfile(value, 'input monitoring');
}

function github(context: RunContext): GitHubClient {
  const token = getSecretInput('github-token', { required: true });
  // GitHub asks for spaced-out writes; a loopback server (the GitHub double) does not.
  return createGitHubClient({ token, baseUrl: context.apiUrl, paceWrites: !isLoopback(context.apiUrl) });
}

async function publishAll(common: Common, audit: AuditLog, events: readonly ReleaseEventInput[]): Promise<unknown> {
  const sink = await openEventSink({ subscriptions: common.subscriptions, deliveryLog: common.deliveryLog, audit, workspace: common.workspace, run: common.context });
  for (const event of events) await sink.sink.publish(event);
  return sink.finish();
}

async function request(common: Common): Promise<void> {
  const config = await loadConfigFile(common);
  const monitoring = await readMonitoring(getInput('monitoring'), common.workspace);
  const duration = getInput('duration');
  const made = createRequest(
    {
      plugin: getInput('plugin'),
      versions: getInput('versions'),
      tenants: splitList(getInput('tenants')),
      waive: splitList(getInput('waive')),
      reason: getInput('reason'),
      ...(monitoring ? { monitoring } : {}),
      ...(duration ? { duration } : {}),
      requestedBy: common.context.actor,
      requestedAt: new Date(),
      repository: common.context.repository,
      runId: common.context.runId || 'local',
    },
    config,
  );
  const audit = openAuditLog(common.auditLog, common.context, []);
  await audit.append(requestAudit(made));
  const published = await publishAll(common, audit, [requestEvent(made, config, common.context.runUrl || undefined)]);
  const path = tempPath(`compat-exception-request-${made.record.id}.json`);
  await writeFile(path, JSON.stringify({ request: made, ...(published as object) }, null, 2));
  appendSummary(renderRequestMarkdown(made, config, common.context.runUrl || undefined));
  if (made.capped) warning(made.capped, { title: 'Exception duration capped' });
  info(`requested ${made.record.id}: ${made.record.plugin} ${made.record.versions} on ${made.record.tenants.join(', ')} waiving ${made.record.waive.join(', ')}`);
  setOutput('request', JSON.stringify(made));
  setOutput('exception-id', made.record.id);
  setOutput('chain', JSON.stringify(config.chain.map((s) => s.environment)));
  setOutput('status', 'pending');
  setOutput('audit-log', common.auditLog);
}

function parseRequest(text: string): ExceptionRequest {
  let value: { record?: unknown; durationMs?: unknown; capped?: string };
  try {
    value = JSON.parse(text) as typeof value;
  } catch {
    throw ConfigError.single('input request: is not the JSON the request step wrote (its `request` output)', {}, 'bad-input');
  }
  if (typeof value.durationMs !== 'number' || value.durationMs <= 0) throw ConfigError.single('input request: has no durationMs', {}, 'bad-input');
  const [record] = loadExceptions(JSON.stringify({ exceptions: [value.record] }), 'input request');
  return { record: record!, durationMs: value.durationMs, ...(value.capped ? { capped: value.capped } : {}) };
}

async function orgTwoFactor(octokit: GitHubClient, owner: string): Promise<boolean | undefined> {
  try {
    const { data } = await octokit.rest.orgs.get({ org: owner });
    return data.two_factor_requirement_enabled ?? undefined;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** Comments on the open issue of this exception, or opens one: a re-run never opens a second. Returns its URL and whether it is new. */
async function notifyIssue(octokit: GitHubClient, context: RunContext, exceptionId: string, issue: { title: string; body: string }): Promise<{ url: string; created: boolean }> {
  const { owner, repo } = context;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'open', per_page: 100 });
  const existing = open.find((i) => i.title.includes(exceptionId));
  if (existing) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: existing.number, per_page: 100 });
    if (!comments.some((c) => c.body === issue.body) && existing.body !== issue.body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: issue.body });
    }
    return { url: existing.html_url, created: false };
  }
  const { data } = await octokit.rest.issues.create({ owner, repo, title: issue.title, body: issue.body, labels: [ISSUE_LABEL] });
  return { url: data.html_url, created: true };
}

async function record(common: Common): Promise<void> {
  const config = await loadConfigFile(common);
  const made = parseRequest(getInput('request', { required: true }));
  const { context } = common;
  const octokit = github(context);
  const runId = Number(context.runId);
  const { data: approvals } = await octokit.rest.actions.getReviewsForRun({ owner: context.owner, repo: context.repo, run_id: runId });
  const decision = decideRequest({
    request: made,
    config,
    approvals: approvals.map((a) => ({ state: a.state, user: { login: a.user.login }, environments: a.environments.map((e) => ({ name: e.name })), comment: a.comment })),
    orgTwoFactor: config.requireOrgTwoFactor ? await orgTwoFactor(octokit, context.owner) : undefined,
    approvalId: `${context.repository}/runs/${context.runId}`,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    now: new Date(),
  });
  const r = decision.record;
  const audit = openAuditLog(common.auditLog, context, []);
  await audit.append(decisionAudit(decision));

  let issueUrl: string | undefined;
  const people = [r.requestedBy, ...(r.approval?.stages.map((s) => s.reviewer) ?? [])];
  if (r.status === 'rejected' && config.notifications.onRejected.includes('github-issue')) {
    issueUrl = (await notifyIssue(octokit, context, r.id, notificationIssue(r, 'rejected', `Why: ${(r.reasons ?? []).join('; ')}.`, people, context.runUrl || undefined))).url;
  } else if (decision.slaBreached && config.notifications.onSlaBreach.includes('github-issue')) {
    const detail = `It was decided after ${decision.leadTimeHours} h; the SLA is ${config.slaHours} h.`;
    issueUrl = (await notifyIssue(octokit, context, r.id, notificationIssue(r, 'sla-breached', detail, people, context.runUrl || undefined))).url;
  }
  const published = await publishAll(common, audit, decisionEvents(decision, config, issueUrl ?? (context.runUrl || undefined)));

  const path = resolve(common.workspace, getInput('record-path') || tempPath(`compat-exception-${r.id}.json`));
  await writeFile(path, JSON.stringify({ exceptions: [r] }, null, 2) + '\n');
  await writeFile(tempPath(`compat-exception-${r.id}.report.json`), JSON.stringify({ decision, issueUrl, ...(published as object) }, null, 2));
  appendSummary(renderDecisionMarkdown(decision, config) + (issueUrl ? `\nNotified: ${issueUrl}\n` : ''));
  if (decision.slaBreached) warning(`Exception ${r.id} was decided after ${decision.leadTimeHours} h, past the ${config.slaHours} h SLA`, { title: 'Approval SLA breached' });
  info(`${r.id}: ${r.status}${r.expiresAt ? ` until ${r.expiresAt}` : ''}${r.reasons ? ` (${r.reasons.join('; ')})` : ''}`);
  setOutput('exception-id', r.id);
  setOutput('status', r.status);
  setOutput('record', path);
  setOutput('expires-at', r.expiresAt ?? '');
  setOutput('audit-log', common.auditLog);
  if (issueUrl) setOutput('issue', issueUrl);
}

async function sla(common: Common): Promise<void> {
  const config = await loadConfigFile(common);
  const { context } = common;
  const workflow = getInput('workflow', { required: true });
  const octokit = github(context);
  const now = new Date();
  const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRuns, { owner: context.owner, repo: context.repo, workflow_id: workflow, status: 'waiting', per_page: 100 });
  const rows: { id: string; url: string; title: string; hours: number; environments: string[]; reviewers: string[]; breached: boolean }[] = [];
  for (const run of runs) {
    const { waitingHours, breached } = slaStatus(new Date(run.run_started_at ?? run.created_at), config, now);
    const { data: pending } = await octokit.rest.actions.getPendingDeploymentsForRun({ owner: context.owner, repo: context.repo, run_id: run.id });
    const reviewers = pending.flatMap((p) => p.reviewers.map((r) => (r.reviewer && 'login' in r.reviewer ? r.reviewer.login : r.reviewer && 'slug' in r.reviewer ? `${context.owner}/${r.reviewer.slug}` : ''))).filter(Boolean);
    rows.push({ id: `cx-${run.id}`, url: run.html_url, title: run.display_title, hours: waitingHours, environments: pending.map((p) => p.environment.name ?? ''), reviewers, breached });
  }
  const overdue = rows.filter((r) => r.breached);
  const audit = openAuditLog(common.auditLog, context, []);
  const events: ReleaseEventInput[] = [];
  for (const row of overdue) {
    let fresh = true;
    if (config.notifications.onSlaBreach.includes('github-issue')) {
      const body = `${row.reviewers.map((p) => `@${p}`).join(' ')} the compatibility exception request ${code(row.id)} has waited ${row.hours} h for ${row.environments.map(code).join(', ')}; the SLA is ${config.slaHours} h.\n\nRun: ${row.url}`;
      fresh = (await notifyIssue(octokit, context, row.id, { title: `Compatibility exception ${row.id} waits past its SLA`, body })).created;
    }
    // One report per request: once its issue exists, later checks do not announce it again.
    if (fresh && config.notifications.onSlaBreach.includes('event')) {
      events.push({ type: 'compat.exception.expired', subject: row.id, key: row.id, data: { exceptionId: row.id, url: row.url, reason: 'sla-breached', waitingHours: row.hours, slaHours: config.slaHours, environments: row.environments } });
    }
    await audit.append({ action: 'compat.exception.sla_breached', subject: row.id, outcome: 'overdue', details: { url: row.url, waitingHours: row.hours, slaHours: config.slaHours, environments: row.environments, reviewers: row.reviewers } });
  }
  await publishAll(common, audit, events);
  appendSummary(
    [
      `## ${overdue.length > 0 ? STATUS_ICON.warn : STATUS_ICON.pass} Compatibility exception requests: ${rows.length} waiting, ${overdue.length} past the ${config.slaHours} h SLA`,
      '',
      rows.length === 0
        ? 'No request is waiting for approval.'
        : table(
            ['Request', 'Waiting', 'Environments', 'Reviewers', ''],
            rows.map((r) => [`[${r.id}](${r.url}) ${r.title}`, `${r.hours} h`, r.environments.map(code).join(', '), r.reviewers.join(', '), r.breached ? `${STATUS_ICON.warn} past SLA` : STATUS_ICON.pass]),
          ),
    ].join('\n') + '\n',
  );
  for (const row of overdue) warning(`${row.id} has waited ${row.hours} h for approval (SLA ${config.slaHours} h): ${row.url}`, { title: 'Approval SLA breached' });
  setOutput('waiting', String(rows.length));
  setOutput('overdue', String(overdue.length));
  setOutput('audit-log', common.auditLog);
}

export async function compatException(): Promise<void> {
  const common = readCommon();
  if (common.step === 'request') await request(common);
  else if (common.step === 'record') await record(common);
  else await sla(common);
}
