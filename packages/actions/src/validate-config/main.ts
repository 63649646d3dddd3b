import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { validateConfigFiles } from '@powerx/core/config/files.js';
import { renderValidationMarkdown } from '@powerx/core/config/report.js';
import { pointerToPath } from '@powerx/core/errors.js';
import { appendSummary, error, getBooleanInput, getInput, getMultilineInput, info, runContext, setFailed, setOutput } from '@powerx/github/runner.js';

interface Settings {
  patterns: string[];
  workingDirectory: string;
  failOnError: boolean;
}

function readSettings(): Settings {
  const context = runContext();
  return {
    patterns: getMultilineInput('files'),
    workingDirectory: resolve(context.workspace, getInput('working-directory') || '.'),
    failOnError: getBooleanInput('fail-on-error'),
  };
}

export async function validateConfig(): Promise<void> {
  const settings = readSettings();
  const report = await validateConfigFiles(settings.patterns, settings.workingDirectory);
  const workspace = runContext().workspace;
  for (const file of report.files) {
    for (const issue of file.issues) {
      const path = pointerToPath(issue.pointer);
      error(`${path ? `${path} ` : ''}${issue.message}`, {
        title: `Invalid ${file.kind ?? 'configuration'}`,
        file: relative(workspace, join(settings.workingDirectory, file.file)),
        startLine: issue.line,
        startColumn: issue.column,
      });
    }
    info(`${file.valid ? 'valid  ' : 'invalid'} ${file.file}${file.kind ? ` (${file.kind})` : ''}`);
  }
  const reportPath = join(process.env.RUNNER_TEMP ?? settings.workingDirectory, 'powerx-config-report.json');
  await writeFile(reportPath, JSON.stringify(report, null, 2));
  appendSummary(renderValidationMarkdown(report));
  setOutput('valid', String(report.valid));
  setOutput('error-count', String(report.errorCount));
  setOutput('report', reportPath);
  if (!report.valid && settings.failOnError) {
    setFailed(`${report.errorCount} configuration error(s); see the annotations and the job summary`);
  }
}
