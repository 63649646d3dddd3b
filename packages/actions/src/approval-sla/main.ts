import { resolve } from 'node:path';
import { STATUS_ICON } from '@powerx/core/markdown.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { renderOverdueMarkdown } from '@powerx/core/publish/sla.js';
import { appendSummary, getBooleanInput, getInput, info, runContext, setOutput, warning } from '@powerx/github/runner.js';
import { checkSla } from '../release/approvals.js';
import { releaseGitHub } from '../release/github.js';
import { readInputFile } from '../release/files.js';
import { insideWorkspace } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

export async function approvalSla(): Promise<void> {
  const run = runContext();
  const token = getSecretInput('github-token');
  const cwd = insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace);
  const file = getInput('approval-matrix') || 'config/publish/approval_matrix.yaml';
  const matrix = parseApprovalMatrix((await readInputFile('approval-matrix', resolve(cwd, file), file)).toString('utf8'), file);
  const report = await checkSla(releaseGitHub(token, run.apiUrl), run.owner, run.repo, matrix, new Date(), getBooleanInput('remind'));
  const overdue = report.items.filter((i) => i.overdue);
  for (const item of overdue) warning(`run ${item.runId} has waited ${item.waitingHours} h for ${item.environment} (SLA ${item.slaHours} h)`, { title: 'Approval overdue' });
  appendSummary([`### ${overdue.length === 0 ? STATUS_ICON.pass : STATUS_ICON.warn} Approval SLA`, '', renderOverdueMarkdown(report.items), '', ...report.reminded.map((r) => `- reminded the approvers of run ${r.runId} (${r.environment}): ${r.url}`), ''].join('\n'));
  setOutput('waiting', String(report.items.length));
  setOutput('overdue', JSON.stringify(overdue.map((i) => ({ run: i.runId, environment: i.environment, waitingHours: i.waitingHours, slaHours: i.slaHours, url: i.url }))));
  setOutput('reminded', String(report.reminded.length));
  info(`${report.items.length} waiting, ${overdue.length} overdue, ${report.reminded.length} reminded`);
}
