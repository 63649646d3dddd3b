/**
 * The vendor compatibility matrix, indexed: rules grouped by plugin with their ranges parsed once, so a
 * check looks at the rules of its plugin (and `*`) only. Built once per matrix object and reused.
 */
import { DEFAULT_BLOCK_THRESHOLD, DEFAULT_MAX_AGE_HOURS, DEFAULT_WEIGHTS, type CompatMatrix, type ConflictCode, type MatrixRule } from './types.js';
import { parseRange, satisfies, type Version, type VersionRange } from './semver.js';

export interface IndexedRule {
  /** Position in `rules`, for messages (`rule 12`). */
  index: number;
  rule: MatrixRule;
  versions: VersionRange;
  host: VersionRange;
}

/** The strongest statement the matrix makes about one plugin version on one host. */
export interface MatrixMatch {
  verdict: 'incompatible' | 'compatible' | 'untested' | 'none';
  /** The deciding rule (absent for `none`). */
  rule?: IndexedRule;
}

const STRENGTH = { compatible: 1, untested: 2, incompatible: 3 } as const;

export class MatrixIndex {
  readonly matrix: CompatMatrix;
  readonly weights: Readonly<Record<ConflictCode, number>>;
  readonly blockThreshold: number;
  readonly maxAgeHours: number;
  private readonly byPlugin = new Map<string, IndexedRule[]>();

  constructor(matrix: CompatMatrix) {
    this.matrix = matrix;
    this.weights = { ...DEFAULT_WEIGHTS, ...matrix.weights };
    this.blockThreshold = matrix.thresholds?.block ?? DEFAULT_BLOCK_THRESHOLD;
    this.maxAgeHours = matrix.maxAgeHours ?? DEFAULT_MAX_AGE_HOURS;
    (matrix.rules ?? []).forEach((rule, index) => {
      const indexed: IndexedRule = {
        index,
        rule,
        versions: parseRange(rule.versions, { what: `matrix rules[${index}].versions`, pointer: `/rules/${index}/versions` }),
        host: parseRange(rule.host, { what: `matrix rules[${index}].host`, pointer: `/rules/${index}/host` }),
      };
      const list = this.byPlugin.get(rule.plugin);
      if (list) list.push(indexed);
      else this.byPlugin.set(rule.plugin, [indexed]);
    });
  }

  /** Rules about `plugin` (its own, then `*`) that cover `version`, in file order within each group. */
  rulesFor(plugin: string, version: Version): IndexedRule[] {
    const own = this.byPlugin.get(plugin) ?? [];
    const any = plugin === '*' ? [] : (this.byPlugin.get('*') ?? []);
    return [...own, ...any].filter((r) => satisfies(version, r.versions)).sort((a, b) => a.index - b.index);
  }

  /** Hours since `generatedAt` at `now` (never negative). */
  stalenessHours(now: Date): number {
    const generated = Date.parse(this.matrix.generatedAt);
    if (Number.isNaN(generated)) return Number.POSITIVE_INFINITY;
    return Math.max(0, (now.getTime() - generated) / 3_600_000);
  }
}

/** Incompatible wins over untested over compatible; among equals the first rule in the file decides. */
export function strongestMatch(rules: readonly IndexedRule[], host: Version): MatrixMatch {
  let best: IndexedRule | undefined;
  for (const rule of rules) {
    if (!satisfies(host, rule.host)) continue;
    if (!best || STRENGTH[rule.rule.verdict] > STRENGTH[best.rule.verdict]) best = rule;
    if (best.rule.verdict === 'incompatible') break;
  }
  return best ? { verdict: best.rule.verdict, rule: best } : { verdict: 'none' };
}

const indexes = new WeakMap<CompatMatrix, MatrixIndex>();

/** The index of a matrix object, built on first use. */
export function matrixIndex(matrix: CompatMatrix): MatrixIndex {
  let index = indexes.get(matrix);
  if (!index) {
    index = new MatrixIndex(matrix);
    indexes.set(matrix, index);
  }
  return index;
}
