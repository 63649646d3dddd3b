/** What both gates report: conditions with threshold, actual value and status, and the reasons a gate failed. */
import { STATUS_ICON, code, table } from '../markdown.js';

export type ConditionStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface GateCondition {
  /** Stable id, e.g. `coverage.lines`, `tests.failed`, `findings.blocking`. */
  id: string;
  title: string;
  status: ConditionStatus;
  /** How actual is compared with threshold: at least, at most, or must be present. */
  comparison: '>=' | '<=' | 'present';
  threshold: number | string | null;
  actual: number | string | null;
  unit?: 'percent' | 'count' | 'ratio';
  /** One line a reviewer can act on. */
  detail?: string;
}

export interface GateReason {
  code: string;
  message: string;
}

export type GateStatus = 'passed' | 'failed';

export function gateStatus(conditions: readonly GateCondition[]): GateStatus {
  return conditions.some((c) => c.status === 'fail') ? 'failed' : 'passed';
}

/** The first condition of every gate: its configuration file was read. A gate without configuration never passes. */
export function configCondition(config: { file: string; found: boolean }): GateCondition {
  return {
    id: 'config',
    title: 'Gate configuration',
    comparison: 'present',
    threshold: 'present',
    actual: config.found ? config.file : 'missing',
    status: config.found ? 'pass' : 'fail',
    detail: config.found ? `read ${config.file}` : `${config.file} was not found; a gate without configuration never passes`,
  };
}

/** A failed condition as a reason: its id as the code, its detail (or title) as the message. */
export function reasonsOf(conditions: readonly GateCondition[]): GateReason[] {
  return conditions.filter((c) => c.status === 'fail').map((c) => ({ code: c.id, message: c.detail ?? `${c.title} failed` }));
}

/** Floors to `digits` decimals so a value below a threshold never prints as equal to it (89.996% -> 89.99%). */
export function floorTo(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.floor(value * factor + 1e-9) / factor;
}

export function formatValue(value: number | string | null, unit?: GateCondition['unit']): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (unit === 'percent') return `${floorTo(value)}%`;
  if (unit === 'ratio') return `${floorTo(value * 100)}%`;
  return String(value);
}

export function formatThreshold(condition: GateCondition): string {
  if (condition.threshold === null) return '—';
  if (condition.comparison === 'present') return String(condition.threshold);
  const symbol = condition.comparison === '>=' ? '≥' : '≤';
  return `${symbol} ${formatValue(condition.threshold, condition.unit)}`;
}

const STATUS_TEXT: Record<ConditionStatus, string> = {
  pass: `${STATUS_ICON.pass} pass`,
  fail: `${STATUS_ICON.fail} fail`,
  warn: `${STATUS_ICON.warn} warn`,
  skip: `${STATUS_ICON.skip} skip`,
};

export function conditionsTable(conditions: readonly GateCondition[]): string {
  return table(
    ['Condition', 'Threshold', 'Actual', 'Status', 'Detail'],
    conditions.map((c) => [`${c.title} ${code(c.id)}`, formatThreshold(c), formatValue(c.actual, c.unit), STATUS_TEXT[c.status], c.detail ?? '']),
  );
}

export function statusHeading(gate: string, status: GateStatus | 'error', subject?: string): string {
  const icon = status === 'passed' ? STATUS_ICON.pass : STATUS_ICON.fail;
  const word = status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'could not be evaluated';
  return `### ${icon} ${gate} gate ${word}${subject ? ` for ${code(subject)}` : ''}`;
}

const TEXT_STATUS: Record<ConditionStatus, string> = { pass: 'pass', fail: 'FAIL', warn: 'warn', skip: 'skip' };

/** Plain-text lines for a terminal: one per condition, then the verdict. */
export function renderConditionsText(gate: string, status: GateStatus, conditions: readonly GateCondition[], subject?: string): string {
  const width = Math.max(...conditions.map((c) => c.id.length));
  const lines = conditions.map((c) => `${TEXT_STATUS[c.status].padEnd(4)}  ${c.id.padEnd(width)}  ${formatValue(c.actual, c.unit).padStart(8)}  (${formatThreshold(c)})${c.detail ? `  ${c.detail}` : ''}`);
  lines.push(`${gate} gate ${status}${subject ? ` for ${subject}` : ''}`);
  return lines.join('\n');
}
