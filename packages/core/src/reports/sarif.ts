import { severityFromLabel, severityFromScore, type Finding, type FindingLocation, type Severity } from './findings.js';
import { isObject, parseJsonReport, type JsonReport } from './source.js';

type Json = Record<string, unknown>;

export interface SarifRunInput {
  /** The run object as the file holds it. */
  run: Json;
  tool: string;
  /** One entry per result that is a finding (kinds pass and notApplicable are not), in result order. */
  findings: { resultIndex: number; finding: Finding }[];
}

export interface SarifReport {
  file: string;
  format: 'sarif';
  runs: SarifRunInput[];
  findings: Finding[];
}

const LEVEL_SEVERITY: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
const LEVELS = new Set(['none', 'note', 'warning', 'error']);
const KINDS = new Set(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']);

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function messageText(message: unknown): string | undefined {
  return isObject(message) ? (str(message.text) ?? str(message.markdown)) : undefined;
}

/** The reportingDescriptor a result refers to, in the driver or an extension. */
function ruleOf(run: Json, result: Json): Json | undefined {
  const tool = run.tool as Json;
  const ref = isObject(result.rule) ? result.rule : undefined;
  let component = tool.driver as Json;
  const componentRef = ref && isObject(ref.toolComponent) ? ref.toolComponent : undefined;
  if (componentRef) {
    const extensions = Array.isArray(tool.extensions) ? (tool.extensions as Json[]) : [];
    const found = typeof componentRef.index === 'number' ? extensions[componentRef.index] : extensions.find((e) => e?.name === componentRef.name);
    if (isObject(found)) component = found;
  }
  const rules = Array.isArray(component.rules) ? (component.rules as unknown[]) : [];
  const index = typeof result.ruleIndex === 'number' && result.ruleIndex >= 0 ? result.ruleIndex : typeof ref?.index === 'number' ? ref.index : -1;
  if (index >= 0 && isObject(rules[index])) return rules[index] as Json;
  const id = str(result.ruleId) ?? str(ref?.id);
  if (!id) return undefined;
  const byId = rules.find((r) => isObject(r) && r.id === id);
  if (byId) return byId as Json;
  // Hierarchical ids ("CA2000/1") name a rule and a sub-rule.
  const base = id.split('/')[0];
  return rules.find((r) => isObject(r) && r.id === base) as Json | undefined;
}

function property(bag: unknown, name: string): unknown {
  return isObject(bag) && isObject(bag.properties) ? bag.properties[name] : undefined;
}

/**
 * `security-severity` as GitHub reads it (a CVSS-like score: ≥9 critical, ≥7 high, ≥4 medium, >0 low);
 * some tools write a word instead (Semgrep's "CRITICAL").
 */
function securitySeverity(value: unknown): { severity: Severity; score?: number } | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))) {
    const score = Number(value);
    if (score >= 0 && score <= 10) return { severity: severityFromScore(score), score };
    return undefined;
  }
  const label = severityFromLabel(value);
  return label ? { severity: label } : undefined;
}

/** Resolves `uriBaseId` through `originalUriBaseIds` (recursively) and strips `file://`. */
export function resolveUri(run: Json, location: unknown): string | undefined {
  if (!isObject(location)) return undefined;
  let uri = str(location.uri);
  if (uri === undefined && typeof location.index === 'number' && Array.isArray(run.artifacts)) {
    const artifact = run.artifacts[location.index];
    if (isObject(artifact) && isObject(artifact.location)) return resolveUri(run, artifact.location);
  }
  if (uri === undefined) return undefined;
  let base = str(location.uriBaseId);
  const bases = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
  for (let depth = 0; base && depth < 10 && !/^[a-z][a-z0-9+.-]*:/i.test(uri); depth++) {
    const entry = bases[base];
    if (!isObject(entry) || !str(entry.uri)) break;
    const prefix = str(entry.uri)!;
    uri = prefix.endsWith('/') ? prefix + uri : `${prefix}/${uri}`;
    base = str(entry.uriBaseId);
  }
  if (uri.startsWith('file://')) uri = uri.replace(/^file:\/\/(localhost)?/, '');
  try {
    uri = decodeURIComponent(uri);
  } catch {
    // keep the raw form
  }
  return uri.replace(/\\/g, '/');
}

function locationOf(run: Json, result: Json): FindingLocation | undefined {
  const locations = Array.isArray(result.locations) ? result.locations : [];
  for (const location of locations) {
    if (!isObject(location) || !isObject(location.physicalLocation)) continue;
    const physical = location.physicalLocation;
    const file = resolveUri(run, physical.artifactLocation);
    if (!file) continue;
    const out: FindingLocation = { file };
    const region = isObject(physical.region) ? physical.region : undefined;
    const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
    const line = num(region?.startLine);
    if (line !== undefined) {
      out.line = line;
      const column = num(region?.startColumn);
      const endLine = num(region?.endLine);
      const endColumn = num(region?.endColumn);
      if (column !== undefined) out.column = column;
      if (endLine !== undefined) out.endLine = endLine;
      if (endColumn !== undefined) out.endColumn = endColumn;
    }
    return out;
  }
  return undefined;
}

/** A result's message: its text, else the rule's message string it names, placeholders filled in. */
function messageOf(rule: Json | undefined, result: Json): string {
  const message = isObject(result.message) ? result.message : {};
  let value = messageText(message);
  if (value === undefined && str(message.id) && rule && isObject(rule.messageStrings)) value = messageText(rule.messageStrings[message.id as string]);
  const args = Array.isArray(message.arguments) ? message.arguments : [];
  return (value ?? '').replace(/\{(\d+)\}/g, (whole, n: string) => (args[Number(n)] !== undefined ? String(args[Number(n)]) : whole));
}

const ADVISORY_ID = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|GO-\d{4}-\d{4,}|RUSTSEC-\d{4}-\d{4,}|PYSEC-\d{4}-\d+|OSV-\d{4}-\d+)$/;

/** Advisory ids among the rule's tags (govulncheck lists the CVE there), so a waiver may name either. */
function advisoryTags(rule: Json | undefined, id: string): string[] {
  const tags = property(rule, 'tags');
  return Array.isArray(tags) ? [...new Set(tags.filter((t): t is string => typeof t === 'string' && ADVISORY_ID.test(t) && t !== id))] : [];
}

function firstLine(value: string): string {
  const line = value.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}...` : line.trim();
}

/** The id a result is known by: its rule id, else the first line of its message (some tools write no rule). */
export function resultId(rule: Json | undefined, result: Json, message: string): string {
  return str(result.ruleId) ?? (isObject(result.rule) ? str(result.rule.id) : undefined) ?? str(rule?.id) ?? (firstLine(message) || 'unnamed-result');
}

function checkShape(report: JsonReport): Json[] {
  const log = report.value;
  if (!isObject(log)) throw report.error('', 'is not a SARIF log: expected an object with "version" and "runs"', 'not-sarif');
  if (log.version !== '2.1.0') {
    throw report.error(log.version === undefined ? '' : '/version', `is not SARIF 2.1.0: "version" is ${JSON.stringify(log.version ?? null)}`, 'not-sarif');
  }
  if (!Array.isArray(log.runs)) throw report.error(log.runs === undefined ? '' : '/runs', 'is not a SARIF log: "runs" must be an array', 'not-sarif');
  log.runs.forEach((run, r) => {
    if (!isObject(run)) throw report.error(`/runs/${r}`, 'each run must be an object', 'not-sarif');
    if (!isObject(run.tool) || !isObject(run.tool.driver) || !str(run.tool.driver.name)) {
      throw report.error(`/runs/${r}`, 'a run needs tool.driver.name', 'not-sarif');
    }
    if (run.results !== undefined && run.results !== null && !Array.isArray(run.results)) throw report.error(`/runs/${r}/results`, '"results" must be an array', 'not-sarif');
    (Array.isArray(run.results) ? run.results : []).forEach((result, i) => {
      if (!isObject(result)) throw report.error(`/runs/${r}/results/${i}`, 'each result must be an object', 'not-sarif');
      if (result.level !== undefined && !LEVELS.has(result.level as string)) {
        throw report.error(`/runs/${r}/results/${i}/level`, `level must be one of none, note, warning, error (got ${JSON.stringify(result.level)})`, 'not-sarif');
      }
      if (result.kind !== undefined && !KINDS.has(result.kind as string)) {
        throw report.error(`/runs/${r}/results/${i}/kind`, `kind must be one of ${[...KINDS].join(', ')} (got ${JSON.stringify(result.kind)})`, 'not-sarif');
      }
    });
  });
  return log.runs as Json[];
}

/**
 * Reads a SARIF 2.1.0 log from any tool, with any number of runs. Each result of kind `fail` (the default),
 * `open` or `review` becomes a finding: its rule is found by `ruleIndex`, `rule` or `ruleId` (extensions
 * included); its level falls back to the rule's `defaultConfiguration`, then to `warning`, as the standard
 * says; severity comes from `security-severity` when the result or rule has one, else from the level.
 */
export function parseSarif(text: string, file: string): SarifReport {
  const report = parseJsonReport(text, file, 'SARIF 2.1.0');
  const runs = checkShape(report);
  const out: SarifReport = { file, format: 'sarif', runs: [], findings: [] };
  for (const run of runs) {
    const driver = (run.tool as Json).driver as Json;
    const tool = str(driver.name)!;
    const entry: SarifRunInput = { run, tool, findings: [] };
    const results = Array.isArray(run.results) ? (run.results as Json[]) : [];
    results.forEach((result, resultIndex) => {
      const kind = (result.kind as string | undefined) ?? 'fail';
      if (kind === 'pass' || kind === 'notApplicable') return;
      const rule = ruleOf(run, result);
      const defaultLevel = isObject(rule?.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined;
      const level = (result.level as string | undefined) ?? (kind === 'fail' ? (defaultLevel ?? 'warning') : 'none');
      const security = securitySeverity(property(result, 'security-severity')) ?? securitySeverity(property(rule, 'security-severity'));
      const message = messageOf(rule, result);
      const id = resultId(rule, result, message);
      const finding: Finding = {
        id,
        aliases: advisoryTags(rule, id),
        source: 'sarif',
        tool,
        title: messageText(rule?.shortDescription) ?? (firstLine(message) || id),
        severity: security?.severity ?? LEVEL_SEVERITY[level] ?? 'medium',
        severitySource: security ? 'security-severity' : 'level',
        report: file,
      };
      if (security?.score !== undefined) finding.score = security.score;
      const url = str(rule?.helpUri);
      if (url) finding.url = url;
      const location = locationOf(run, result);
      if (location) finding.location = location;
      entry.findings.push({ resultIndex, finding });
      out.findings.push(finding);
    });
    out.runs.push(entry);
  }
  return out;
}
