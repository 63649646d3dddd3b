import { COVERAGE_METRICS, describeCount, sameCount, totalsOf, type CoverageCount, type CoverageCounts, type CoverageReport, type FileCoverage } from './coverage.js';
import { isObject, parseJsonReport, pointerPart, type JsonReport } from './source.js';

const FORMAT = 'istanbul coverage-summary.json';

function readCount(report: JsonReport, entry: Record<string, unknown>, pointer: string, metric: string): CoverageCount {
  const value = entry[metric];
  const at = `${pointer}/${metric}`;
  if (!isObject(value)) throw report.error(value === undefined ? pointer : at, `${metric} must be an object with total and covered counts`, 'not-istanbul');
  const { total, covered } = value;
  for (const [name, n] of [['total', total], ['covered', covered]] as const) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw report.error(`${at}/${name}`, `${metric}.${name} must be a whole number >= 0`, 'invalid-istanbul');
  }
  if ((covered as number) > (total as number)) throw report.error(`${at}/covered`, `${metric}.covered (${covered}) exceeds ${metric}.total (${total})`, 'invalid-istanbul');
  return { covered: covered as number, total: total as number };
}

function readEntry(report: JsonReport, entry: unknown, pointer: string): CoverageCounts {
  if (!isObject(entry)) throw report.error(pointer, 'must be an object with lines, statements, functions and branches', 'not-istanbul');
  const counts: CoverageCounts = {};
  for (const metric of COVERAGE_METRICS) counts[metric] = readCount(report, entry, pointer, metric);
  return counts;
}

/**
 * Reads istanbul's `json-summary` reporter output: `total` plus one entry per file, each with
 * lines, statements, functions and branches counts. Percentages are recomputed from the counts
 * (`pct` may be the string "Unknown"); extra metrics such as `branchesTrue` are ignored.
 */
export function parseIstanbulSummary(text: string, file: string): CoverageReport {
  const report = parseJsonReport(text, file, FORMAT);
  const root = report.value;
  if (!isObject(root)) throw report.error('', `is not an ${FORMAT}: expected an object keyed by "total" and file paths`, 'not-istanbul');
  const files: FileCoverage[] = [];
  let declared: CoverageCounts | undefined;
  for (const [key, entry] of Object.entries(root)) {
    const counts = readEntry(report, entry, `/${pointerPart(key)}`);
    if (key === 'total') declared = counts;
    else files.push({ path: key.replace(/\\/g, '/'), ...counts });
  }
  if (!declared && files.length === 0) throw report.error('', `is not an ${FORMAT}: it has neither a "total" entry nor file entries`, 'not-istanbul');
  const notes: string[] = [];
  let totals: CoverageCounts;
  if (files.length > 0) {
    totals = totalsOf(files);
    for (const metric of COVERAGE_METRICS) {
      if (declared && !sameCount(declared[metric], totals[metric])) {
        notes.push(`"total".${metric} is ${describeCount(declared[metric]!)} but the files add up to ${describeCount(totals[metric]!)}; the files are counted`);
      }
    }
  } else {
    totals = declared!;
    files.push({ path: '(total)', ...declared! });
    notes.push('the summary has no per-file entries; its "total" is used');
  }
  return { file, format: 'istanbul-summary', metrics: COVERAGE_METRICS, files, totals, notes };
}
