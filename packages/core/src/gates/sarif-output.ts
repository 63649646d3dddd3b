/**
 * One SARIF file for `github/codeql-action/upload-sarif`: every input run merged into one run per tool (code
 * scanning rejects two runs of one tool and category in an upload), plus runs for npm audit / OSV findings and
 * licence problems, kept inside GitHub's documented limits.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Finding, Severity } from '../reports/findings.js';
import { resolveUri, resultId, type SarifRunInput } from '../reports/sarif.js';
import { isObject } from '../reports/source.js';
import { workspacePath } from './files.js';
import type { LicenseVerdict } from './licenses.js';
import type { EvaluatedFinding } from './security.js';

type Json = Record<string, unknown>;

/** GitHub's limits for a SARIF upload (docs: "SARIF results exceed limit", "SARIF file is too large"). */
export const SARIF_LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  extensionsPerRun: 100,
  threadFlowLocationsPerResult: 10_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
  /** The upload is the gzip of the file, base64-encoded; kept under 10 MB. */
  uploadBytes: 10_000_000,
} as const;

export interface SarifOutputStats {
  runs: { tool: string; results: number; rules: number }[];
  results: number;
  bytes: number;
  gzipBytes: number;
  /** Size of the upload payload (base64 of the gzip). */
  uploadBytes: number;
  /** What was cut to stay inside the limits. */
  trimmed: string[];
}

export interface SarifOutput {
  log: Json;
  text: string;
  stats: SarifOutputStats;
}

export interface SarifOutputInput {
  /** Runs of the SARIF files read, with their findings (same objects the gate evaluated, by report and index). */
  runs: readonly SarifRunInput[];
  /** The gate's evaluated findings (waivers applied), all sources. */
  findings: readonly EvaluatedFinding[];
  licenses: readonly LicenseVerdict[];
  workspace: string;
  /** Where npm audit and licence results point: the lockfile (with a line per package) or package.json. */
  manifest?: { file: string; lineOf(path: string): number | undefined; pathsOf(name: string, version?: string): string[] };
  toolVersion: string;
  /** Lower limits, for tests; GitHub's are the default. */
  limits?: Partial<SarifLimits>;
}

export type SarifLimits = { -readonly [K in keyof typeof SARIF_LIMITS]: number };
type Limits = SarifLimits;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note', unknown: 'warning' };
/** Representative `security-severity` values inside GitHub's bands, for findings without a score. */
const SCORE: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0', unknown: '5.0' };
const LEVEL_RANK: Record<string, number> = { error: 3, warning: 2, note: 1, none: 0 };

function fingerprint(...parts: (string | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 32);
}

/** Rewrites every artifactLocation under `node` to a plain uri relative to the workspace where possible. */
function normaliseLocations(node: unknown, run: Json, workspace: string): void {
  if (Array.isArray(node)) {
    for (const item of node) normaliseLocations(item, run, workspace);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'artifactLocation' && isObject(value)) {
      const resolved = resolveUri(run, value);
      if (resolved !== undefined) {
        const path = workspacePath(resolved, workspace);
        node[key] = { uri: path.startsWith('/') ? `file://${encodeURI(path)}` : encodeURI(path) };
      }
    } else if (typeof value === 'object') {
      normaliseLocations(value, run, workspace);
    }
  }
}

function capThreadFlows(result: Json, trimmed: Set<string>, limits: Limits): void {
  let budget: number = limits.threadFlowLocationsPerResult;
  for (const flow of Array.isArray(result.codeFlows) ? result.codeFlows : []) {
    for (const thread of isObject(flow) && Array.isArray(flow.threadFlows) ? flow.threadFlows : []) {
      if (!isObject(thread) || !Array.isArray(thread.locations)) continue;
      let locations = thread.locations as unknown[];
      if (locations.length > budget) {
        locations = locations.slice(0, Math.max(budget, 0));
        thread.locations = locations;
        trimmed.add(`thread flow locations beyond ${limits.threadFlowLocationsPerResult.toLocaleString('en')} per result`);
      }
      budget -= locations.length;
    }
  }
}

function capRule(rule: Json, trimmed: Set<string>, limits: Limits): Json {
  const copy = structuredClone(rule);
  const props = isObject(copy.properties) ? copy.properties : undefined;
  if (props && Array.isArray(props.tags) && props.tags.length > limits.tagsPerRule) {
    props.tags = props.tags.slice(0, limits.tagsPerRule);
    trimmed.add(`rule tags beyond ${limits.tagsPerRule} per rule`);
  }
  return copy;
}

interface RunBuilder {
  tool: Json;
  rules: Json[];
  ruleIndex: Map<string, number>;
  extensions: Map<string, Json>;
  results: Json[];
  columnKind?: unknown;
}

function builder(driver: Json): RunBuilder {
  const { rules: _rules, ...rest } = driver;
  return { tool: rest, rules: [], ruleIndex: new Map(), extensions: new Map(), results: [] };
}

function addRule(b: RunBuilder, rule: Json, trimmed: Set<string>, limits: Limits): number {
  const id = String(rule.id);
  const known = b.ruleIndex.get(id);
  if (known !== undefined) return known;
  b.rules.push(capRule(rule, trimmed, limits));
  b.ruleIndex.set(id, b.rules.length - 1);
  return b.rules.length - 1;
}

function suppression(f: EvaluatedFinding | undefined): Json[] | undefined {
  if (!f?.waived) return undefined;
  return [{ kind: 'external', status: 'accepted', justification: `${f.waived.reason} (waived by ${f.waived.approver} until ${f.waived.expires})` }];
}

function ruleOfResult(run: Json, result: Json): Json | undefined {
  const driver = (run.tool as Json).driver as Json;
  const rules = Array.isArray(driver.rules) ? (driver.rules as Json[]) : [];
  if (typeof result.ruleIndex === 'number' && isObject(rules[result.ruleIndex]) && !isObject((result.rule as Json | undefined)?.toolComponent)) return rules[result.ruleIndex];
  const id = typeof result.ruleId === 'string' ? result.ruleId : isObject(result.rule) && typeof result.rule.id === 'string' ? result.rule.id : undefined;
  return id ? rules.find((r) => isObject(r) && r.id === id) : undefined;
}

function fromInputRuns(input: SarifOutputInput, byTool: Map<string, RunBuilder>, evaluated: Map<Finding, EvaluatedFinding>, trimmed: Set<string>, limits: Limits): void {
  for (const entry of input.runs) {
    const run = entry.run;
    const driver = (run.tool as Json).driver as Json;
    const b = byTool.get(entry.tool) ?? builder(driver);
    byTool.set(entry.tool, b);
    if (b.columnKind === undefined && run.columnKind !== undefined) b.columnKind = run.columnKind;
    for (const ext of Array.isArray((run.tool as Json).extensions) ? ((run.tool as Json).extensions as Json[]) : []) {
      if (isObject(ext) && typeof ext.name === 'string' && !b.extensions.has(ext.name)) b.extensions.set(ext.name, ext);
    }
    const findingAt = new Map(entry.findings.map((f) => [f.resultIndex, f.finding]));
    const results = Array.isArray(run.results) ? (run.results as Json[]) : [];
    results.forEach((raw, index) => {
      const result = structuredClone(raw);
      const rule = ruleOfResult(run, raw);
      const message = isObject(result.message) && typeof result.message.text === 'string' ? result.message.text : '';
      const id = resultId(rule, raw, message);
      result.ruleId = id;
      delete result.rule;
      delete result.ruleIndex;
      result.ruleIndex = addRule(b, rule ?? { id }, trimmed, limits);
      if (!isObject(result.message) || typeof result.message.text !== 'string') result.message = { text: message || id };
      normaliseLocations(result, run, input.workspace);
      if (Array.isArray(result.locations) && result.locations.length > limits.locationsPerResult) {
        result.locations = result.locations.slice(0, limits.locationsPerResult);
        trimmed.add(`locations beyond ${limits.locationsPerResult.toLocaleString('en')} per result`);
      }
      capThreadFlows(result, trimmed, limits);
      const finding = findingAt.get(index);
      const suppressions = suppression(finding ? evaluated.get(finding) : undefined);
      if (suppressions) result.suppressions = suppressions;
      b.results.push(result);
    });
  }
}

function location(input: SarifOutputInput, f: { package?: string; installed?: string; location?: Finding['location'] }): Json {
  let file = input.manifest?.file ?? 'package.json';
  let line: number | undefined;
  if (f.package && input.manifest) {
    const path = input.manifest.pathsOf(f.package, f.installed)[0];
    line = path ? input.manifest.lineOf(path) : undefined;
  } else if (f.location) {
    file = workspacePath(f.location.file, input.workspace);
    line = f.location.line;
  }
  const uri = file.startsWith('/') ? `file://${encodeURI(file)}` : encodeURI(file);
  return { physicalLocation: { artifactLocation: { uri }, ...(line ? { region: { startLine: line } } : {}) } };
}

function generatedRun(name: string, informationUri: string, input: SarifOutputInput): RunBuilder {
  return builder({ name, informationUri, version: input.toolVersion, semanticVersion: input.toolVersion });
}

function findingRuns(input: SarifOutputInput, byTool: Map<string, RunBuilder>, trimmed: Set<string>, limits: Limits): void {
  for (const f of input.findings) {
    if (f.source === 'sarif') continue;
    const tool = f.source === 'npm-audit' ? 'npm audit (PowerX security gate)' : 'OSV (PowerX security gate)';
    const b = byTool.get(tool) ?? generatedRun(tool, 'https://github.com/powerx/release-suite/blob/main/docs/gates.md', input);
    byTool.set(tool, b);
    const tags = ['security', 'vulnerability', 'dependency', ...[f.id, ...f.aliases].slice(0, 10)];
    const ruleIndex = addRule(
      b,
      {
        id: f.id,
        name: f.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: f.title },
        ...(f.url ? { helpUri: f.url } : {}),
        help: { text: `${f.title}\n\n${f.url ?? ''}`.trim() },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { 'security-severity': f.score !== undefined ? f.score.toFixed(1) : SCORE[f.severity], tags, ...(f.cvss ? { cvss: f.cvss.vector } : {}) },
      },
      trimmed,
      limits,
    );
    const pkg = f.package ? `${f.package}${f.installed ? `@${f.installed}` : ''}` : 'a dependency';
    const fix = f.fixedIn?.length ? ` Fixed in ${f.fixedIn.join(', ')}.` : f.remediation ? ` ${f.remediation}.` : '';
    b.results.push({
      ruleId: f.id,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text: `${pkg} is affected by ${f.id} (${f.severity}${f.score !== undefined ? `, CVSS ${f.score}` : ''}): ${f.title}.${fix}` },
      locations: [location(input, f)],
      partialFingerprints: { 'powerxFinding/v1': fingerprint(f.id, f.package, f.installed) },
      ...(suppression(f) ? { suppressions: suppression(f) } : {}),
    });
  }
}

function licenseRun(input: SarifOutputInput, byTool: Map<string, RunBuilder>, trimmed: Set<string>, limits: Limits): void {
  const problems = input.licenses.filter((v) => v.action !== 'pass' || v.waived);
  if (problems.length === 0) return;
  const tool = 'PowerX licence policy';
  const b = generatedRun(tool, 'https://github.com/powerx/release-suite/blob/main/docs/gates.md', input);
  byTool.set(tool, b);
  for (const v of problems) {
    const id = `license-${v.status}`;
    const ruleIndex = addRule(
      b,
      {
        id,
        name: `License${v.status[0]!.toUpperCase()}${v.status.slice(1)}`,
        shortDescription: { text: { denied: 'Dependency with a denied licence', unlisted: 'Dependency with a licence outside the allow list', missing: 'Dependency without a licence', invalid: 'Dependency with an invalid licence expression', allowed: 'Dependency licence' }[v.status] },
        defaultConfiguration: { level: v.action === 'fail' ? 'error' : 'warning' },
        properties: { tags: ['license', 'compliance'] },
      },
      trimmed,
      limits,
    );
    b.results.push({
      ruleId: id,
      ruleIndex,
      level: v.action === 'fail' ? 'error' : v.action === 'warn' ? 'warning' : 'note',
      message: { text: `${v.package}@${v.version} ${v.reason}.` },
      locations: [location(input, { package: v.package, installed: v.version })],
      partialFingerprints: { 'powerxLicense/v1': fingerprint(v.package, v.version, v.license) },
      ...(v.waived ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${v.waived.reason} (waived by ${v.waived.approver} until ${v.waived.expires})` }] } : {}),
    });
  }
}

function resultRank(result: Json): number {
  return LEVEL_RANK[String(result.level ?? 'warning')] ?? 2;
}

function serialise(runs: readonly RunBuilder[], limits: Limits): { log: Json; text: string; gzip: number; upload: number } {
  const log: Json = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: runs.map((b) => {
      const referenced = new Set(b.results.map((r) => r.ruleIndex as number));
      // Keep only the rules results refer to, renumbered.
      const keep = b.rules.map((_, i) => i).filter((i) => referenced.has(i));
      const renumber = new Map(keep.map((old, i) => [old, i]));
      const results = b.results.map((r) => ({ ...r, ruleIndex: renumber.get(r.ruleIndex as number) }));
      const extensions = [...b.extensions.values()].slice(0, limits.extensionsPerRun);
      return {
        tool: { driver: { ...b.tool, rules: keep.map((i) => b.rules[i]) }, ...(extensions.length > 0 ? { extensions } : {}) },
        results,
        ...(b.columnKind !== undefined ? { columnKind: b.columnKind } : {}),
      };
    }),
  };
  const text = JSON.stringify(log);
  const gzip = gzipSync(text).length;
  return { log, text, gzip, upload: Math.ceil(gzip / 3) * 4 };
}

/** Lighter rules and results, in the order they are tried when the upload would be too large. */
const SHEDDING: readonly [string, (b: RunBuilder) => void][] = [
  [
    'rule help and full descriptions',
    (b) => {
      for (const rule of b.rules) {
        delete rule.help;
        delete rule.fullDescription;
      }
    },
  ],
  [
    'code snippets, code flows and related locations',
    (b) => {
      for (const result of b.results) {
        delete result.codeFlows;
        delete result.relatedLocations;
        delete result.stacks;
        normaliseSnippets(result);
      }
    },
  ],
];

function normaliseSnippets(node: unknown): void {
  if (Array.isArray(node)) node.forEach(normaliseSnippets);
  else if (isObject(node)) {
    delete node.snippet;
    delete node.contextRegion;
    Object.values(node).forEach(normaliseSnippets);
  }
}

/** Builds the upload SARIF and reports its sizes and anything trimmed to meet the limits. */
export function buildUploadSarif(input: SarifOutputInput): SarifOutput {
  const limits: Limits = { ...SARIF_LIMITS, ...input.limits };
  const trimmed = new Set<string>();
  const evaluated = new Map<Finding, EvaluatedFinding>();
  // The gate's findings were copied from the parsed ones; match them back by identity of their fields.
  const byKey = new Map(input.findings.map((f) => [`${f.report}|${f.tool}|${f.id}|${f.location?.file}|${f.location?.line}|${f.location?.column}`, f]));
  for (const run of input.runs) {
    for (const { finding } of run.findings) {
      const found = byKey.get(`${finding.report}|${finding.tool}|${finding.id}|${finding.location?.file}|${finding.location?.line}|${finding.location?.column}`);
      if (found) evaluated.set(finding, found);
    }
  }
  const byTool = new Map<string, RunBuilder>();
  fromInputRuns(input, byTool, evaluated, trimmed, limits);
  findingRuns(input, byTool, trimmed, limits);
  licenseRun(input, byTool, trimmed, limits);

  let runs = [...byTool.values()];
  if (runs.length > limits.runsPerFile) {
    const dropped = runs.slice(limits.runsPerFile);
    trimmed.add(`runs beyond ${limits.runsPerFile} (dropped ${dropped.map((r) => String(r.tool.name)).join(', ')})`);
    runs = runs.slice(0, limits.runsPerFile);
  }
  for (const b of runs) {
    if (b.results.length > limits.resultsPerRun) {
      // Stable sort: equally severe results keep their order.
      b.results = [...b.results].sort((x, y) => resultRank(y) - resultRank(x)).slice(0, limits.resultsPerRun);
      trimmed.add(`results of ${String(b.tool.name)} beyond ${limits.resultsPerRun.toLocaleString('en')} (least severe dropped)`);
    }
  }
  let out = serialise(runs, limits);
  for (const [what, shed] of SHEDDING) {
    if (out.upload <= limits.uploadBytes) break;
    runs.forEach(shed);
    trimmed.add(what);
    out = serialise(runs, limits);
  }
  while (out.upload > limits.uploadBytes) {
    const largest = runs.reduce((a, b) => (b.results.length > a.results.length ? b : a));
    if (largest.results.length === 0) break;
    largest.results = [...largest.results].sort((x, y) => resultRank(y) - resultRank(x)).slice(0, Math.floor(largest.results.length * 0.8));
    trimmed.add(`least severe results of ${String(largest.tool.name)} (upload over ${limits.uploadBytes.toLocaleString('en')} bytes)`);
    out = serialise(runs, limits);
  }
  const logRuns = out.log.runs as { tool: { driver: Json }; results: unknown[] }[];
  return {
    log: out.log,
    text: out.text,
    stats: {
      runs: logRuns.map((r) => ({ tool: String(r.tool.driver.name), results: r.results.length, rules: (r.tool.driver.rules as unknown[]).length })),
      results: logRuns.reduce((n, r) => n + r.results.length, 0),
      bytes: Buffer.byteLength(out.text),
      gzipBytes: out.gzip,
      uploadBytes: out.upload,
      trimmed: [...trimmed],
    },
  };
}
