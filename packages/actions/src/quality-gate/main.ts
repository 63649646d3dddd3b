import { isAbsolute } from 'node:path';
import { runQualityGate, type QualityRun } from '@powerx/core/gates/quality-run.js';
import { QUALITY_CONDITION_SETTING, type QualityGateResult } from '@powerx/core/gates/quality.js';
import { renderQualityMarkdown } from '@powerx/core/gates/quality-report.js';
import { renderGateError } from '@powerx/core/gates/gate-error.js';
import { runGate } from '@powerx/core/gates/run.js';
import { appendSummary, error, getMultilineInput, info, runContext, setFailed, setOutput, warning } from '@powerx/github/runner.js';
import { annotationPath, gateContext, newSink, readGateSettings, relocate, setGateOutputs, type GateSettings } from '../gates/front.js';
import { openAuditLog } from '../shared/audit-log.js';
import { writeJson } from '../shared/files.js';

/** GitHub shows at most 10 error annotations per step. */
const MAX_ERRORS = 10;

function annotate(result: QualityGateResult, loaded: QualityRun['config'], settings: GateSettings): void {
  let errors = 0;
  for (const condition of result.conditions.filter((c) => c.status === 'fail')) {
    const pointer = QUALITY_CONDITION_SETTING[condition.id];
    const at = pointer ? loaded.locate(pointer) : undefined;
    error(condition.detail ?? `${condition.title} failed`, {
      title: `Quality gate: ${condition.title}`,
      ...(at ? { file: annotationPath(loaded.file, settings), startLine: at.line, startColumn: at.column } : {}),
    });
    errors++;
  }
  for (const failure of result.tests.failures) {
    if (errors >= MAX_ERRORS) break;
    const inWorkspace = failure.file && !isAbsolute(failure.file) && !/^[A-Za-z]:[\\/]/.test(failure.file);
    error(`${failure.status === 'error' ? 'Errored' : 'Failed'}: ${[failure.suite, failure.name].filter(Boolean).join(' › ')}${failure.message ? `\n${failure.message}` : ''}`, {
      title: 'Failed test',
      ...(inWorkspace ? { file: annotationPath(failure.file!, settings), ...(failure.line ? { startLine: failure.line } : {}) } : { file: annotationPath(failure.report, settings), startLine: failure.reportLine }),
    });
    errors++;
  }
  for (const skipped of result.skipped.slice(0, 5)) warning(`Left out of the gate: ${skipped.reason}`, { title: 'Not a report of this kind', file: annotationPath(skipped.file, settings) });
  for (const report of [...result.coverage.reports, ...result.tests.reports]) {
    for (const note of report.notes.slice(0, 3)) warning(note, { title: 'Report inconsistency', file: annotationPath(report.file, settings) });
  }
}

export async function qualityGate(): Promise<void> {
  const run = runContext();
  const settings = readGateSettings('quality', run);
  const coverage = getMultilineInput('coverage');
  const junit = getMultilineInput('junit');
  const context = await gateContext(settings, run);
  const sink = newSink();
  let loaded: QualityRun['config'] | undefined;
  const outcome = await runGate(
    'quality',
    async () => {
      const evaluated = await runQualityGate({ cwd: settings.workingDirectory, config: settings.config, coverage, junit });
      loaded = evaluated.config;
      const r = evaluated.result;
      return {
        result: r,
        config: { file: evaluated.config.file, found: evaluated.config.found },
        evidence: { reports: [...r.coverage.reports.map((c) => c.file), ...r.tests.reports.map((t) => t.file)], tests: r.tests.totals, coverage: r.coverage.percent },
      };
    },
    { context, audit: openAuditLog(settings.auditLog, run), events: sink, now: () => new Date() },
  );
  await writeJson(settings.report, outcome.json);
  setGateOutputs(outcome, settings, sink.events);
  if (outcome.status === 'error') {
    const relocated = relocate(outcome.error, settings);
    appendSummary(renderGateError('Quality', context.subject, relocated.issues));
    throw relocated;
  }
  const result = outcome.result;
  annotate(result, loaded!, settings);
  appendSummary(renderQualityMarkdown(result, context.subject));
  setOutput('pass-rate', result.metrics['publish.test.pass_rate'] ?? '');
  setOutput('coverage-percent', result.metrics['publish.coverage.percent'] ?? '');
  setOutput('metrics', JSON.stringify(result.metrics));
  info(`quality gate ${result.status} for ${context.subject}: ${result.conditions.map((c) => `${c.id}=${c.status}`).join(' ')}`);
  if (result.status === 'failed' && settings.failOnBlock) {
    setFailed(`Quality gate failed: ${result.reasons.map((r) => r.message).join('; ')}`);
  }
}
