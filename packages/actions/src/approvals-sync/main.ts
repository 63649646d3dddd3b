import { resolve } from 'node:path';
import { code, STATUS_ICON } from '@powerx/core/markdown.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { renderDriftMarkdown } from '@powerx/core/publish/environments.js';
import { appendSummary, error, getInput, info, runContext, setFailed, setOutput, warning } from '@powerx/github/runner.js';
import { syncEnvironments } from '../release/approvals.js';
import { releaseGitHub } from '../release/github.js';
import { readInputFile } from '../release/files.js';
import { insideWorkspace } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

export async function approvalsSync(): Promise<void> {
  const run = runContext();
  const token = getSecretInput('github-token');
  const mode = getInput('mode') || 'sync';
  if (mode !== 'sync' && mode !== 'check') throw new Error(`Input "mode" must be sync or check (got "${mode}")`);
  const cwd = insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace);
  const file = getInput('approval-matrix') || 'config/publish/approval_matrix.yaml';
  const matrix = parseApprovalMatrix((await readInputFile('approval-matrix', resolve(cwd, file), file)).toString('utf8'), file);
  const results = await syncEnvironments(releaseGitHub(token, run.apiUrl), run.owner, run.repo, matrix, mode === 'sync');
  const drift = results.flatMap((r) => r.drift);
  const manual = results.flatMap((r) => r.manual);
  for (const d of drift) (mode === 'check' ? error : warning)(`${d.environment} ${d.field}: the matrix says ${d.expected}, GitHub has ${d.actual}`, { title: 'Approval environment drift', file });
  for (const m of manual) warning(m, { title: 'Change by hand' });
  const applied = results.filter((r) => r.applied).map((r) => r.environment);
  appendSummary(
    [
      `### ${drift.length === 0 ? STATUS_ICON.pass : STATUS_ICON.fail} Approval environments (${mode})`,
      '',
      applied.length > 0 ? `Updated ${applied.map((e) => code(e)).join(', ')} from ${code(file)}.` : `Nothing ${mode === 'sync' ? 'to update' : 'changed'}.`,
      '',
      renderDriftMarkdown(drift, results.map((r) => r.environment)),
      '',
      ...manual.map((m) => `- ${STATUS_ICON.warn} ${m}`),
      '',
    ].join('\n'),
  );
  setOutput('drift', JSON.stringify(drift));
  setOutput('in-sync', String(drift.length === 0));
  setOutput('updated', JSON.stringify(applied));
  info(`${results.length} environment(s): ${drift.length} drifted setting(s) ${mode === 'sync' ? 'left after sync' : 'found'}`);
  if (drift.length > 0) setFailed(`${drift.length} approval environment setting(s) differ from ${file}${mode === 'sync' ? ' after sync (see the manual changes)' : ''}`);
}
