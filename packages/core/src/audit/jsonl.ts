import { findDuplicateKey } from './canonical.js';
import { serializeRecord, type AuditRecord } from './record.js';

/** One line of a JSON-lines log: its parsed value, or why it could not be parsed. */
export interface LogLine {
  /** 1-based line number. */
  line: number;
  value?: unknown;
  error?: string;
  /** The last line had no newline and is not valid JSON: the write was cut off. */
  partial?: boolean;
}

/**
 * Splits and parses JSON lines. Every line the writer produces ends with `\n`, so a final line without one
 * that does not parse is reported as partial; a final line without one that does parse is accepted, since
 * nothing of it was lost. CRLF endings are tolerated (the hash covers the parsed content, not the bytes).
 */
export function parseJsonLines(text: string): LogLine[] {
  if (text === '') return [];
  const pieces = text.split('\n');
  const terminated = pieces[pieces.length - 1] === '';
  if (terminated) pieces.pop();
  return pieces.map((raw, i): LogLine => {
    const line = i + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const last = i === pieces.length - 1;
    if (content.trim() === '') return { line, error: 'empty line' };
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      if (last && !terminated) return { line, error: 'incomplete last line', partial: true };
      return { line, error: `not JSON (${(error as Error).message})` };
    }
    const duplicate = findDuplicateKey(content);
    if (duplicate !== undefined) return { line, error: `duplicate key "${duplicate}"` };
    return { line, value };
  });
}

export function serializeRecords(records: readonly AuditRecord[]): string {
  return records.map((record) => `${serializeRecord(record)}\n`).join('');
}
