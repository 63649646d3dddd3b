/**
 * Where a report's findings belong in the files a person edits: one annotation per manifest field and
 * conflict code (with the tenants it affects), on the line of that field; staleness on the matrix's
 * `generatedAt` line.
 */
import { parseSource } from '../config/parse.js';
import type { CompatReport } from './report.js';

export interface FileAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file: string;
  line?: number;
  column?: number;
}

function locator(text: string | undefined, file: string): (pointer: string) => { line?: number; column?: number } {
  if (text === undefined) return () => ({});
  const parsed = parseSource(text, file);
  return parsed.ok ? (pointer) => parsed.source.locate(pointer) : () => ({});
}

const MAX_TENANTS_NAMED = 10;

export function reportAnnotations(report: CompatReport, manifest: { file: string; text?: string }, matrix?: { file: string; text?: string }): FileAnnotation[] {
  const groups = new Map<string, { level: FileAnnotation['level']; code: string; field: string; tenants: string[]; message: string }>();
  for (const r of report.results) {
    for (const c of r.conflicts) {
      if (c.field === undefined) continue;
      const level = c.severity === 'error' && !c.waived ? 'error' : c.waived ? 'notice' : 'warning';
      const key = `${c.code}|${c.field}|${level}`;
      const group = groups.get(key);
      if (group) group.tenants.push(r.tenant);
      else groups.set(key, { level, code: c.code, field: c.field, tenants: [r.tenant], message: c.message });
    }
  }
  const locate = locator(manifest.text, manifest.file);
  const annotations: FileAnnotation[] = [];
  for (const g of groups.values()) {
    const named = g.tenants.slice(0, MAX_TENANTS_NAMED).join(', ') + (g.tenants.length > MAX_TENANTS_NAMED ? `, and ${g.tenants.length - MAX_TENANTS_NAMED} more` : '');
    const example = g.tenants.length === 1 ? g.message : `${g.message} (first of ${g.tenants.length})`;
    annotations.push({
      level: g.level,
      title: `${g.code}${g.level === 'notice' ? ' (waived by an exception)' : ''} on ${g.tenants.length} tenant(s)`,
      message: `${named}: ${example}`,
      file: manifest.file,
      ...locate(g.field),
    });
  }
  if (matrix && report.matrix.stale) {
    annotations.push({
      level: 'warning',
      title: 'matrix-stale',
      message: `The compat matrix was generated ${report.matrix.stalenessHours} h ago (limit ${report.matrix.maxAgeHours} h); regenerate it.`,
      file: matrix.file,
      ...locator(matrix.text, matrix.file)('/generatedAt'),
    });
  }
  return annotations;
}
