import type { ConfigIssue } from '../errors.js';
import { code, table } from '../markdown.js';
import { pointerToPath } from '../errors.js';
import { statusHeading } from './gate.js';

/** Summary of a gate that could not be evaluated: each bad input with its file, line and key. */
export function renderGateError(gate: string, subject: string, issues: readonly ConfigIssue[]): string {
  return [
    statusHeading(gate, 'error', subject),
    '',
    'The gate blocks the release until these inputs are fixed:',
    '',
    table(
      ['Location', 'Key', 'Problem'],
      issues.map((i) => [code([i.file, i.line, i.column].filter((p) => p !== undefined).join(':') || '—'), pointerToPath(i.pointer) || '—', i.message]),
    ),
  ].join('\n');
}
