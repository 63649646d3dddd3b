/**
 * OpenAPI path-template matching. A template segment is a literal (`releases`), a whole parameter (`{run_id}`),
 * a mixed segment (`{base}...{head}`) or a multi-segment parameter (GitHub's `x-multi-segment`, e.g. `git/ref/{ref}`
 * with `ref = heads/feature/a`). When several templates match, the most specific wins: comparing segment by segment,
 * literal > mixed > parameter > multi-segment parameter; on a tie the longer template wins.
 */

type Segment =
  | { kind: 'literal'; text: string }
  | { kind: 'mixed'; names: string[]; pattern: RegExp }
  | { kind: 'param'; name: string }
  | { kind: 'multi'; name: string };

const RANK: Record<Segment['kind'], number> = { literal: 3, mixed: 2, param: 1, multi: 0 };

export interface PathTemplate {
  template: string;
  segments: Segment[];
}

export interface PathMatch {
  template: PathTemplate;
  params: Record<string, string>;
  score: number[];
}

export function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compilePathTemplate(template: string, multiSegmentParams: ReadonlySet<string> = new Set()): PathTemplate {
  const segments = splitPath(template).map((raw): Segment => {
    const whole = /^\{([^{}]+)\}$/.exec(raw);
    if (whole) {
      const name = whole[1] as string;
      return multiSegmentParams.has(name) ? { kind: 'multi', name } : { kind: 'param', name };
    }
    if (!raw.includes('{')) return { kind: 'literal', text: raw };
    const names: string[] = [];
    const parts = raw.split(/(\{[^{}]+\})/).filter((p) => p !== '');
    const source = parts
      .map((part, index) => {
        const param = /^\{([^{}]+)\}$/.exec(part);
        if (!param) return escapeRegExp(part);
        names.push(param[1] as string);
        return index === parts.length - 1 ? '(.+)' : '(.+?)';
      })
      .join('');
    return { kind: 'mixed', names, pattern: new RegExp(`^${source}$`, 's') };
  });
  return { template, segments };
}

/** `segments` are already percent-decoded request path segments. */
export function matchPathTemplate(template: PathTemplate, segments: readonly string[]): PathMatch | undefined {
  const params: Record<string, string> = {};
  const score: number[] = [];
  const tpl = template.segments;

  const step = (ti: number, pi: number): boolean => {
    if (ti === tpl.length) return pi === segments.length;
    if (pi >= segments.length) return false;
    const seg = tpl[ti] as Segment;
    const value = segments[pi] as string;
    score[ti] = RANK[seg.kind];
    switch (seg.kind) {
      case 'literal':
        return seg.text === value && step(ti + 1, pi + 1);
      case 'param':
        if (value === '') return false;
        params[seg.name] = value;
        return step(ti + 1, pi + 1);
      case 'mixed': {
        const m = seg.pattern.exec(value);
        if (!m) return false;
        seg.names.forEach((name, i) => (params[name] = m[i + 1] as string));
        return step(ti + 1, pi + 1);
      }
      case 'multi': {
        // Take as many segments as possible while leaving enough for the rest of the template.
        const rest = tpl.length - ti - 1;
        for (let end = segments.length - rest; end > pi; end--) {
          params[seg.name] = segments.slice(pi, end).join('/');
          if (step(ti + 1, end)) return true;
        }
        return false;
      }
    }
  };

  return step(0, 0) ? { template, params: { ...params }, score: score.slice(0, tpl.length) } : undefined;
}

/** Positive when `a` is more specific than `b`. */
export function compareSpecificity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Templates bucketed by their first literal segment, so a lookup only tries plausible candidates. */
export class PathIndex<T> {
  private readonly byFirst = new Map<string, Array<{ template: PathTemplate; value: T }>>();
  private readonly wildcard: Array<{ template: PathTemplate; value: T }> = [];

  add(template: PathTemplate, value: T): void {
    const first = template.segments[0];
    if (first?.kind === 'literal') {
      const bucket = this.byFirst.get(first.text) ?? [];
      bucket.push({ template, value });
      this.byFirst.set(first.text, bucket);
    } else {
      this.wildcard.push({ template, value });
    }
  }

  /** The most specific template matching `segments` among those `accept` allows. */
  lookup(segments: readonly string[], accept: (value: T) => boolean = () => true): (PathMatch & { value: T }) | undefined {
    let best: (PathMatch & { value: T }) | undefined;
    const candidates = [...(this.byFirst.get(segments[0] ?? '') ?? []), ...this.wildcard];
    for (const { template, value } of candidates) {
      if (!accept(value)) continue;
      const m = matchPathTemplate(template, segments);
      if (m && (!best || compareSpecificity(m.score, best.score) > 0)) best = { ...m, value };
    }
    return best;
  }
}
