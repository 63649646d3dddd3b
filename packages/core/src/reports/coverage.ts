/** Coverage shared by the istanbul, lcov and Cobertura readers. */

export type CoverageFormat = 'istanbul-summary' | 'lcov' | 'cobertura';
export const COVERAGE_METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

export interface CoverageCount {
  covered: number;
  total: number;
}

export type CoverageCounts = Partial<Record<CoverageMetric, CoverageCount>>;

export interface FileCoverage extends CoverageCounts {
  /** As the report names it, with `/` separators. */
  path: string;
}

export interface CoverageReport {
  file: string;
  format: CoverageFormat;
  /** Metrics this format can carry; the others are absent from every file and from the totals. */
  metrics: readonly CoverageMetric[];
  files: FileCoverage[];
  totals: CoverageCounts;
  /** Disagreements between summary figures and the details, and similar remarks. */
  notes: string[];
}

/** Percentage 0..100, or undefined when nothing was measured (0 of 0). */
export function percent(count: CoverageCount | undefined): number | undefined {
  if (!count || count.total === 0) return undefined;
  return (count.covered / count.total) * 100;
}

export function addCounts(a: CoverageCount | undefined, b: CoverageCount | undefined): CoverageCount | undefined {
  if (!a) return b && { ...b };
  if (!b) return { ...a };
  return { covered: a.covered + b.covered, total: a.total + b.total };
}

/** Sums the files' counts, metric by metric; a metric no file carries stays absent. */
export function totalsOf(files: readonly CoverageCounts[]): CoverageCounts {
  const totals: CoverageCounts = {};
  for (const file of files) {
    for (const metric of COVERAGE_METRICS) {
      const sum = addCounts(totals[metric], file[metric]);
      if (sum) totals[metric] = sum;
    }
  }
  return totals;
}

export function sameCount(a: CoverageCount | undefined, b: CoverageCount | undefined): boolean {
  return a?.covered === b?.covered && a?.total === b?.total;
}

export function describeCount(count: CoverageCount): string {
  return `${count.covered}/${count.total}`;
}
