/** The shared vocabulary of the release pipeline's decisions: named checks with a status and a reason. */
import type { SourceLocation } from '../errors.js';
import { STATUS_ICON, code, table } from '../markdown.js';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface Check {
  /** Stable id for machines, e.g. `signature`, `version-newer`, `approval.qa`. */
  id: string;
  title: string;
  status: CheckStatus;
  /** One line a reviewer can act on. */
  message: string;
  /** Machine code of a failure, e.g. `signature-invalid`. */
  code?: string;
  /** Where the problem is, for an annotation. */
  location?: SourceLocation;
}

/** The pipeline stages, in order. `quality` and `security` are the gates' own stages. */
export const STAGES = ['submit', 'test-deploy', 'quality', 'security', 'approval', 'release'] as const;
export type Stage = (typeof STAGES)[number] | (string & {});

export interface Reason {
  code: string;
  message: string;
  stage?: Stage;
}

export function check(id: string, title: string, status: CheckStatus, message: string, extra: Partial<Pick<Check, 'code' | 'location'>> = {}): Check {
  return { id, title, status, message, ...extra };
}

export function failures(checks: readonly Check[]): Reason[] {
  return checks.filter((c) => c.status === 'fail').map((c) => ({ code: c.code ?? c.id, message: c.message }));
}

export function checksTable(checks: readonly Check[]): string {
  return table(
    ['', 'Check', 'Result'],
    checks.map((c) => [STATUS_ICON[c.status], c.title, c.code && c.status === 'fail' ? `${c.message} (${code(c.code)})` : c.message]),
  );
}

export function subjectOf(plugin: string, version: string): string {
  return `${plugin}@${version}`;
}

/** `acme.crm-sync@2.3.0` -> plugin and version; the version is what follows the last `@`. */
export function parseSubject(subject: string): { plugin: string; version: string } | undefined {
  const at = subject.lastIndexOf('@');
  if (at <= 0 || at === subject.length - 1) return undefined;
  return { plugin: subject.slice(0, at), version: subject.slice(at + 1) };
}
