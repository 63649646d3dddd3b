import { describeCount, totalsOf, type CoverageCount, type CoverageReport, type FileCoverage } from './coverage.js';
import { reportError, stripBom } from './source.js';

/** One source file's details: line number, function name and branch id, each to its execution count. */
interface SourceRecord {
  path: string;
  lines: Map<number, number>;
  functions: Map<string, number>;
  branches: Map<string, number>;
  summary: { LF?: number; LH?: number; FNF?: number; FNH?: number; BRF?: number; BRH?: number };
}

const TAG = /^([A-Z][A-Z0-9_]*):(.*)$/;

function int(value: string | undefined, file: string, line: number, what: string, allowNegative = false): number {
  const n = Number(value?.trim());
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || (!allowNegative && n < 0)) {
    throw reportError(file, `line ${line}: ${what} must be a whole number (got ${JSON.stringify(value ?? '')})`, { line, column: 1 }, 'not-lcov');
  }
  return n;
}

/**
 * Reads an lcov tracefile as geninfo(1) describes it: records from `SF:` to `end_of_record` with
 * DA, FN/FNDA (and lcov 2's FNL/FNA), BRDA and the LF/LH, FNF/FNH, BRF/BRH summaries. Counts come from
 * the detail lines, unique per line, function and branch (repeated entries are merged as lcov merges them);
 * a summary line is used only when a record has no details for it, and a disagreement is noted.
 * Unknown record types are skipped; any other line is an error.
 */
export function parseLcov(text: string, file: string): CoverageReport {
  const lines = stripBom(text).split(/\r?\n/);
  const records = new Map<string, SourceRecord>();
  const notes: string[] = [];
  let current: SourceRecord | undefined;
  const need = (lineNo: number, tag: string): SourceRecord => {
    if (!current) throw reportError(file, `line ${lineNo}: ${tag} outside a record (no SF: line before it)`, { line: lineNo, column: 1 }, 'not-lcov');
    return current;
  };
  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const text = raw.trim();
    if (text === '') continue;
    if (text === 'end_of_record') {
      need(lineNo, 'end_of_record');
      current = undefined;
      continue;
    }
    const match = TAG.exec(text);
    if (!match) {
      throw reportError(file, `line ${lineNo} is not an lcov record line (expected TAG:value or end_of_record): ${JSON.stringify(text.slice(0, 60))}`, { line: lineNo, column: 1 }, 'not-lcov');
    }
    const [, tag, value = ''] = match;
    switch (tag) {
      case 'TN':
      case 'VER':
        break;
      case 'SF': {
        if (value.trim() === '') throw reportError(file, `line ${lineNo}: SF: needs a source file path`, { line: lineNo, column: 1 }, 'not-lcov');
        const path = value.trim().replace(/\\/g, '/');
        current = records.get(path) ?? { path, lines: new Map(), functions: new Map(), branches: new Map(), summary: {} };
        records.set(path, current);
        break;
      }
      case 'DA': {
        const record = need(lineNo, tag);
        const [lineText, countText] = value.split(',');
        const at = int(lineText, file, lineNo, 'DA line number');
        const hits = int(countText, file, lineNo, 'DA execution count', true);
        record.lines.set(at, (record.lines.get(at) ?? 0) + Math.max(hits, 0));
        break;
      }
      case 'FN': {
        const record = need(lineNo, tag);
        // FN:<line>,<name> or (lcov 2) FN:<line>,<end line>,<name>; names may themselves contain commas.
        const withEnd = /^(\d+),(\d+),(.+)$/.exec(value);
        const plain = /^(\d+),(.+)$/.exec(value);
        const name = withEnd?.[3] ?? plain?.[2];
        if (name === undefined) throw reportError(file, `line ${lineNo}: FN must be FN:<line>,<name>`, { line: lineNo, column: 1 }, 'not-lcov');
        if (!record.functions.has(name)) record.functions.set(name, 0);
        break;
      }
      case 'FNDA': {
        const record = need(lineNo, tag);
        const comma = value.indexOf(',');
        if (comma < 0) throw reportError(file, `line ${lineNo}: FNDA must be FNDA:<count>,<name>`, { line: lineNo, column: 1 }, 'not-lcov');
        const hits = int(value.slice(0, comma), file, lineNo, 'FNDA execution count', true);
        const name = value.slice(comma + 1);
        record.functions.set(name, (record.functions.get(name) ?? 0) + Math.max(hits, 0));
        break;
      }
      case 'FNA': {
        // lcov 2: FNL:<index>,<line>[,<end line>] declares a function and FNA:<index>,<count>,<name> counts
        // one of its aliases; aliases share the index, so the index is the function.
        const record = need(lineNo, tag);
        const parts = /^(\d+),(-?\d+),(.+)$/.exec(value);
        if (!parts) throw reportError(file, `line ${lineNo}: FNA must be FNA:<index>,<count>,<name>`, { line: lineNo, column: 1 }, 'not-lcov');
        const key = `#${parts[1]}`;
        record.functions.set(key, (record.functions.get(key) ?? 0) + Math.max(Number(parts[2]), 0));
        break;
      }
      case 'BRDA': {
        const record = need(lineNo, tag);
        const parts = value.split(',');
        if (parts.length < 4) throw reportError(file, `line ${lineNo}: BRDA must be BRDA:<line>,<block>,<branch>,<taken>`, { line: lineNo, column: 1 }, 'not-lcov');
        const taken = parts[parts.length - 1]!.trim();
        const key = `${int(parts[0], file, lineNo, 'BRDA line number')},${parts.slice(1, -1).join(',')}`;
        const hits = taken === '-' ? 0 : int(taken, file, lineNo, 'BRDA taken count', true);
        record.branches.set(key, (record.branches.get(key) ?? 0) + Math.max(hits, 0));
        break;
      }
      case 'LF':
      case 'LH':
      case 'FNF':
      case 'FNH':
      case 'BRF':
      case 'BRH': {
        const record = need(lineNo, tag);
        record.summary[tag] = int(value, file, lineNo, tag);
        break;
      }
      default:
        // Other record types (MCDC, checksums, vendor extensions) do not change the three counts.
        break;
    }
  }
  if (current) notes.push(`the last record (${current.path}) has no end_of_record line`);
  if (records.size === 0) throw reportError(file, 'is not an lcov tracefile: it has no SF: record', { line: 1, column: 1 }, 'not-lcov');
  const files: FileCoverage[] = [];
  for (const record of records.values()) files.push(fileCoverage(record, notes));
  return { file, format: 'lcov', metrics: ['lines', 'branches', 'functions'], files, totals: totalsOf(files), notes };
}

function fromDetails(values: Map<unknown, number>): CoverageCount {
  let covered = 0;
  for (const hits of values.values()) if (hits > 0) covered++;
  return { covered, total: values.size };
}

function fileCoverage(record: SourceRecord, notes: string[]): FileCoverage {
  const pick = (details: Map<unknown, number>, found: number | undefined, hit: number | undefined, what: string): CoverageCount => {
    if (details.size > 0) {
      const count = fromDetails(details);
      if ((found !== undefined && found !== count.total) || (hit !== undefined && hit !== count.covered)) {
        notes.push(`${record.path}: ${what} summary says ${hit ?? '?'}/${found ?? '?'} but the details give ${describeCount(count)}; the details are counted`);
      }
      return count;
    }
    return { covered: Math.min(hit ?? 0, found ?? 0), total: found ?? 0 };
  };
  const s = record.summary;
  return {
    path: record.path,
    lines: pick(record.lines, s.LF, s.LH, 'line'),
    functions: pick(record.functions, s.FNF, s.FNH, 'function'),
    branches: pick(record.branches, s.BRF, s.BRH, 'branch'),
  };
}
