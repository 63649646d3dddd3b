import { formatIssue, pointerToPath } from '../errors.js';
import { STATUS_ICON, code, table } from '../markdown.js';
import type { ValidationReport } from './files.js';

export function renderValidationMarkdown(report: ValidationReport): string {
  const lines = [`### ${report.valid ? STATUS_ICON.pass : STATUS_ICON.fail} Configuration ${report.valid ? 'is valid' : `has ${report.errorCount} error${report.errorCount === 1 ? '' : 's'}`}`, ''];
  if (report.files.length === 0) {
    lines.push('No suite configuration files were found.');
    return lines.join('\n');
  }
  lines.push(
    table(
      ['File', 'Kind', 'Status', 'Errors'],
      report.files.map((f) => [code(f.file), f.kind ?? '—', f.valid ? `${STATUS_ICON.pass} valid` : `${STATUS_ICON.fail} invalid`, f.issues.length]),
    ),
  );
  const issues = report.files.flatMap((f) => f.issues);
  if (issues.length > 0) {
    lines.push(
      '',
      table(
        ['Location', 'Key', 'Problem'],
        issues.map((i) => [code([i.file, i.line, i.column].filter((p) => p !== undefined).join(':')), pointerToPath(i.pointer) || '—', i.message]),
      ),
    );
  }
  return lines.join('\n');
}

export function renderValidationText(report: ValidationReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.valid) lines.push(`ok      ${file.file} (${file.kind})`);
    else for (const issue of file.issues) lines.push(`error   ${formatIssue(issue)}`);
  }
  lines.push(report.valid ? `${report.files.length} file(s) valid` : `${report.errorCount} error(s) in ${report.files.filter((f) => !f.valid).length} file(s)`);
  return lines.join('\n');
}
