/** Renderings of verification results and record lists, shared by the CLI and actions. */
import { table } from '../markdown.js';
import type { AuditRecord } from './record.js';
import type { VerifyResult } from './verify.js';

/** The outcome of verifying one file: a result, or why the file could not be read. */
export type FileVerification = { file: string } & (VerifyResult | { ok: false; error: string });

export function isTampered(entry: FileVerification): boolean {
  return !entry.ok && 'problem' in entry;
}

/** Control characters from a log must not reach a terminal as escape sequences. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderVerifyText(results: readonly FileVerification[]): string {
  return results
    .map((r) => {
      const file = printable(r.file);
      if (r.ok) {
        const head = r.head ? `, chain ${r.head.chain}, head seq ${r.head.seq} ${r.head.hash}` : '';
        return `OK        ${file}: ${r.count} record${r.count === 1 ? '' : 's'} verified${head}`;
      }
      if ('error' in r) return `ERROR     ${file}: ${printable(r.error)}`;
      const p = r.problem;
      const where = p.line !== undefined ? `:${p.line}` : `[${p.index}]`;
      return `TAMPERED  ${file}${where}: ${p.code}: ${printable(p.message)}`;
    })
    .join('\n');
}

function runLabel(record: AuditRecord): string {
  return `${record.run.id}#${record.run.attempt}`;
}

const COLUMNS = ['seq', 'time', 'actor', 'action', 'subject', 'outcome', 'run'] as const;

function row(record: AuditRecord): string[] {
  return [String(record.seq), record.time, record.actor, record.action, record.subject, record.outcome, runLabel(record)];
}

/** A plain aligned table. */
export function renderRecordsText(records: readonly AuditRecord[]): string {
  if (records.length === 0) return '(no records)';
  const rows = [COLUMNS.map((c) => c.toUpperCase()), ...records.map((r) => row(r).map(printable))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((cells) => (cells[i] as string).length)));
  return rows.map((cells) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ')).join('\n');
}

/** A Markdown table; the run cell links to the run when the record carries its URL. */
export function renderRecordsMarkdown(records: readonly AuditRecord[]): string {
  if (records.length === 0) return '_No records._';
  return table(
    COLUMNS,
    records.map((r) => {
      const cells = row(r).map(printable);
      const url = r.run.url;
      if (url && /^https?:\/\//.test(url)) cells[6] = `[${(cells[6] as string).replace(/[[\]]/g, '')}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
      return cells;
    }),
  );
}
