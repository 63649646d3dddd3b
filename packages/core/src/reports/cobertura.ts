import { describeCount, sameCount, totalsOf, type CoverageCount, type CoverageReport, type FileCoverage } from './coverage.js';
import { reportError } from './source.js';
import { childElements, parseXmlReport, type XmlElement, type XmlReport } from './xml.js';

interface LineData {
  hits: number;
  branch?: CoverageCount;
}

interface FileData {
  lines: Map<number, LineData>;
  /** Method key -> covered. */
  methods: Map<string, boolean>;
}

/** `condition-coverage="50% (1/2)"` -> 1 of 2. */
function conditionCoverage(value: string | undefined): CoverageCount | undefined {
  const match = value && /\((\d+)\s*\/\s*(\d+)\)/.exec(value);
  if (!match) return undefined;
  const covered = Number(match[1]);
  const total = Number(match[2]);
  return covered <= total ? { covered, total } : undefined;
}

function readLines(xml: XmlReport, container: XmlElement | undefined, into: Map<number, LineData> | undefined): { any: boolean; hit: boolean } {
  let any = false;
  let hit = false;
  for (const lines of container ? childElements(container, 'lines') : []) {
    for (const line of childElements(lines, 'line')) {
      const number = Number(line.attributes.number);
      const hits = Number(line.attributes.hits);
      if (!Number.isInteger(number) || number < 0) {
        throw reportError(xml.file, `<line> needs a whole number "number" attribute (got ${JSON.stringify(line.attributes.number ?? '')})`, { line: xml.lineOf(line), column: 1 }, 'invalid-cobertura');
      }
      if (!Number.isFinite(hits)) {
        throw reportError(xml.file, `<line number="${number}"> needs a numeric "hits" attribute (got ${JSON.stringify(line.attributes.hits ?? '')})`, { line: xml.lineOf(line), column: 1 }, 'invalid-cobertura');
      }
      any = true;
      if (hits > 0) hit = true;
      if (!into) continue;
      // coverlet writes branch="True".
      const branch = /^true$/i.test(line.attributes.branch ?? '') ? conditionCoverage(line.attributes['condition-coverage']) : undefined;
      const previous = into.get(number);
      const merged: LineData = { hits: Math.max(previous?.hits ?? 0, hits) };
      const best = [previous?.branch, branch].filter((b): b is CoverageCount => b !== undefined).sort((a, b) => b.total - a.total || b.covered - a.covered)[0];
      if (best) merged.branch = best;
      into.set(number, merged);
    }
  }
  return { any, hit };
}

/**
 * Reads Cobertura XML (coverage-04.dtd) as Cobertura, coverage.py, gcovr, coverlet and others write it:
 * `<coverage>` / `<packages>` / `<package>` / `<classes>` / `<class filename>` with `<lines>` and
 * `<methods>`. Lines are counted once per file and line number (classes sharing a file are merged),
 * branches from `condition-coverage="NN% (covered/total)"`, a method is covered when its `hits` (istanbul) or any of its
 * lines ran.
 * The root's `lines-valid` / `branches-valid` figures are compared with the details and a mismatch is noted.
 */
export function parseCobertura(text: string, file: string): CoverageReport {
  const xml = parseXmlReport(text, file, 'Cobertura XML (<coverage>)');
  const root = xml.root;
  if (root.name !== 'coverage') {
    throw reportError(file, `is not a Cobertura report: the root element is <${root.name}>, expected <coverage>`, { line: xml.lineOf(root), column: 1 }, 'not-cobertura');
  }
  const packages = childElements(root, 'packages');
  if (packages.length === 0) {
    throw reportError(file, 'is not a Cobertura report: <coverage> has no <packages> element', { line: xml.lineOf(root), column: 1 }, 'not-cobertura');
  }
  const byFile = new Map<string, FileData>();
  for (const pkgs of packages) {
    for (const pkg of childElements(pkgs, 'package')) {
      for (const classes of childElements(pkg, 'classes')) {
        for (const cls of childElements(classes, 'class')) readClass(xml, cls, byFile);
      }
    }
  }
  const files: FileCoverage[] = [];
  for (const [path, data] of byFile) {
    const lines: CoverageCount = { covered: 0, total: data.lines.size };
    const branches: CoverageCount = { covered: 0, total: 0 };
    for (const line of data.lines.values()) {
      if (line.hits > 0) lines.covered++;
      if (line.branch) {
        branches.covered += line.branch.covered;
        branches.total += line.branch.total;
      }
    }
    const functions: CoverageCount = { covered: [...data.methods.values()].filter(Boolean).length, total: data.methods.size };
    files.push({ path, lines, branches, functions });
  }
  const totals = totalsOf(files);
  const notes: string[] = [];
  const declared = (covered: string, valid: string): CoverageCount | undefined => {
    const c = Number(root.attributes[covered]);
    const v = Number(root.attributes[valid]);
    return root.attributes[valid] !== undefined && Number.isInteger(c) && Number.isInteger(v) ? { covered: c, total: v } : undefined;
  };
  for (const [metric, claim] of [
    ['lines', declared('lines-covered', 'lines-valid')],
    ['branches', declared('branches-covered', 'branches-valid')],
  ] as const) {
    const counted = totals[metric] ?? { covered: 0, total: 0 };
    if (claim && !sameCount(claim, counted)) notes.push(`<coverage> says ${metric} ${describeCount(claim)} but the <line> elements give ${describeCount(counted)}; the lines are counted`);
  }
  return { file, format: 'cobertura', metrics: ['lines', 'branches', 'functions'], files, totals, notes };
}

function readClass(xml: XmlReport, cls: XmlElement, byFile: Map<string, FileData>): void {
  const filename = cls.attributes.filename;
  if (filename === undefined || filename.trim() === '') {
    throw reportError(xml.file, `<class name="${cls.attributes.name ?? ''}"> has no filename attribute`, { line: xml.lineOf(cls), column: 1 }, 'invalid-cobertura');
  }
  const path = filename.trim().replace(/\\/g, '/');
  const data = byFile.get(path) ?? { lines: new Map(), methods: new Map() };
  byFile.set(path, data);
  // Method lines repeat the class's lines; they count only when a producer writes them alone.
  const classLines = readLines(xml, cls, data.lines);
  for (const methods of childElements(cls, 'methods')) {
    for (const method of childElements(methods, 'method')) {
      const key = `${cls.attributes.name ?? ''}::${method.attributes.name ?? ''}${method.attributes.signature ?? ''}`;
      const { any, hit } = readLines(xml, method, classLines.any ? undefined : data.lines);
      // istanbul's Cobertura reporter gives methods their own hit count.
      const hits = method.attributes.hits !== undefined ? Number(method.attributes.hits) : NaN;
      const covered = Number.isFinite(hits) ? hits > 0 : any ? hit : Number(method.attributes['line-rate']) > 0;
      data.methods.set(key, (data.methods.get(key) ?? false) || covered);
    }
  }
}
