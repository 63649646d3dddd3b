/** Reading the run's audit trail (the JSON-lines bundle every stage appends to), verified before it is trusted. */
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { verify } from '@powerx/core/audit/verify.js';
import { ConfigError } from '@powerx/core/errors.js';

export interface Trail {
  text: string;
  records: AuditRecord[];
}

/** The trail's records; an absent log is empty, a log that does not verify is refused. */
export async function readTrail(path: string, display = path): Promise<Trail> {
  const store = new FileAuditStore(path);
  const text = (await store.readText()) ?? '';
  const result = verify(text);
  if (!result.ok) {
    throw ConfigError.single(`the audit log does not verify (${result.problem.code}: ${result.problem.message}); it cannot serve as evidence`, { file: display, ...(result.problem.line ? { line: result.problem.line } : {}) }, 'audit-tampered');
  }
  return { text, records: await store.read() };
}
