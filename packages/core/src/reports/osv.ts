import semver from 'semver';
import { tryCvss, type CvssScore } from './cvss.js';
import { severityFromLabel, severityFromScore, severityRank, type Finding, type Severity } from './findings.js';
import { isObject, parseJsonReport, type JsonReport } from './source.js';

type Json = Record<string, unknown>;

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvAffected {
  ecosystem: string;
  name: string;
  purl?: string;
  ranges: { type: string; events: OsvEvent[] }[];
  versions: string[];
  /** Every `fixed` event of its ranges. */
  fixed: string[];
}

/** One OSV record (osv.dev schema), reduced to what the gate needs. */
export interface OsvRecord {
  id: string;
  aliases: string[];
  summary: string;
  severity: Severity;
  severitySource: Finding['severitySource'];
  score?: number;
  cvss?: CvssScore;
  affected: OsvAffected[];
  url: string;
}

export interface OsvReport {
  file: string;
  format: 'osv-scanner' | 'osv-record';
  findings: Finding[];
  records: OsvRecord[];
}

/** Installed versions of a package in the dependency tree, for matching standalone OSV records; undefined when unknown. */
export type InstalledVersions = (ecosystem: string, name: string) => string[] | undefined;

const CVSS_PREFERENCE = ['CVSS_V4', 'CVSS_V3', 'CVSS_V2'];

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}

function bestCvss(severity: unknown): CvssScore | undefined {
  const entries = Array.isArray(severity) ? severity.filter(isObject) : [];
  for (const type of CVSS_PREFERENCE) {
    for (const entry of entries) {
      if (entry.type !== type) continue;
      const parsed = tryCvss(entry.score);
      if (parsed) return parsed;
    }
  }
  return undefined;
}

function labelOf(record: Json): Severity | undefined {
  const db = isObject(record.database_specific) ? record.database_specific : {};
  const fromDb = severityFromLabel(db.severity);
  if (fromDb) return fromDb;
  // Distribution advisories carry a word in severity[] (type "Ubuntu") or in ecosystem_specific.
  for (const entry of Array.isArray(record.severity) ? record.severity.filter(isObject) : []) {
    if (!String(entry.type).startsWith('CVSS')) {
      const label = severityFromLabel(entry.score);
      if (label) return label;
    }
  }
  return undefined;
}

/**
 * Reads one OSV record. `id` and `modified` are required by the schema; severity is the advisory's own
 * label (`database_specific.severity`), else the rating of its best CVSS vector (v4, then v3, then v2),
 * else critical for malicious-package records (`MAL-` ids), else unknown.
 */
export function readOsvRecord(report: JsonReport, value: unknown, pointer: string): OsvRecord {
  if (!isObject(value)) throw report.error(pointer, 'an OSV record must be an object', 'not-osv');
  const id = str(value.id);
  if (!id) throw report.error(pointer, 'an OSV record needs an "id"', 'not-osv');
  if (!str(value.modified)) throw report.error(pointer, `OSV record ${id} needs a "modified" timestamp`, 'not-osv');
  if (value.affected !== undefined && !Array.isArray(value.affected)) throw report.error(`${pointer}/affected`, `OSV record ${id}: "affected" must be an array`, 'not-osv');
  const affected: OsvAffected[] = [];
  (Array.isArray(value.affected) ? value.affected : []).forEach((entry, i) => {
    const at = `${pointer}/affected/${i}`;
    if (!isObject(entry)) throw report.error(at, 'each affected entry must be an object', 'not-osv');
    const pkg = isObject(entry.package) ? entry.package : undefined;
    const ranges = (Array.isArray(entry.ranges) ? entry.ranges : []).map((range, r) => {
      if (!isObject(range) || !str(range.type) || !Array.isArray(range.events)) {
        throw report.error(`${at}/ranges/${r}`, 'a range needs a "type" and an "events" array', 'not-osv');
      }
      return { type: range.type as string, events: range.events.filter(isObject).map((e) => e as OsvEvent) };
    });
    const out: OsvAffected = {
      ecosystem: str(pkg?.ecosystem) ?? '',
      name: str(pkg?.name) ?? '',
      ranges,
      versions: strings(entry.versions),
      fixed: [...new Set(ranges.flatMap((r) => r.events.map((e) => e.fixed).filter((f): f is string => typeof f === 'string')))],
    };
    if (str(pkg?.purl)) out.purl = pkg!.purl as string;
    affected.push(out);
  });
  const cvss = bestCvss(value.severity) ?? affectedCvss(value.affected);
  const label = labelOf(value);
  const references = Array.isArray(value.references) ? value.references.filter(isObject) : [];
  const advisory = references.find((r) => r.type === 'ADVISORY' && str(r.url));
  const record: OsvRecord = {
    id,
    aliases: strings(value.aliases),
    summary: str(value.summary) ?? str(value.details)?.split('\n').find((l) => l.trim() !== '')?.trim() ?? id,
    severity: label ?? cvss?.severity ?? (id.startsWith('MAL-') ? 'critical' : 'unknown'),
    severitySource: label ? 'label' : cvss ? 'cvss' : id.startsWith('MAL-') ? 'malicious' : 'none',
    affected,
    url: str(advisory?.url) ?? `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
  };
  if (cvss) {
    record.cvss = cvss;
    record.score = cvss.score;
  }
  return record;
}

function affectedCvss(affected: unknown): CvssScore | undefined {
  for (const entry of Array.isArray(affected) ? affected.filter(isObject) : []) {
    const found = bestCvss(entry.severity);
    if (found) return found;
  }
  return undefined;
}

function compareVersions(type: string, ecosystem: string, a: string, b: string): number | undefined {
  if (type === 'SEMVER' || (type === 'ECOSYSTEM' && ecosystem === 'npm')) {
    const x = semver.valid(a, { loose: true });
    const y = semver.valid(b, { loose: true });
    if (!x || !y) return undefined;
    return semver.compare(x, y, { loose: true });
  }
  return undefined;
}

/**
 * Whether `version` is affected, evaluated as the OSV schema describes: listed in `versions`, or inside a
 * range from an `introduced` event up to a `fixed` (exclusive) or `last_affected` (inclusive) event.
 * SEMVER ranges (and npm ECOSYSTEM ranges) are compared with semver; others can only match `versions`.
 * Returns undefined when the range cannot be evaluated.
 */
export function isAffected(affected: OsvAffected, version: string): boolean | undefined {
  if (affected.versions.includes(version)) return true;
  let undecided = false;
  for (const range of affected.ranges) {
    const result = inRange(range, affected.ecosystem, version);
    if (result === true) return true;
    if (result === undefined) undecided = true;
  }
  return undecided && affected.versions.length === 0 ? undefined : false;
}

function inRange(range: OsvAffected['ranges'][number], ecosystem: string, version: string): boolean | undefined {
  const points: { kind: keyof OsvEvent; at: string }[] = [];
  for (const event of range.events) {
    for (const kind of ['introduced', 'fixed', 'last_affected', 'limit'] as const) if (typeof event[kind] === 'string') points.push({ kind, at: event[kind]! });
  }
  const cmp = (a: string, b: string) => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersions(range.type, ecosystem, a, b));
  for (const p of points) if (cmp(version, p.at) === undefined) return undefined;
  points.sort((a, b) => cmp(a.at, b.at) ?? 0);
  let affected = false;
  for (const point of points) {
    const c = cmp(version, point.at)!;
    if (point.kind === 'introduced') {
      if (c >= 0) affected = true;
      else break;
    } else if (point.kind === 'fixed' || point.kind === 'limit') {
      if (c >= 0) affected = false;
      else break;
    } else if (point.kind === 'last_affected') {
      if (c > 0) affected = false;
      else break;
    }
  }
  return affected;
}

function findingOf(record: OsvRecord, report: string, source: Finding['source'], pkg: { name?: string; ecosystem?: string; version?: string }): Finding {
  const finding: Finding = {
    id: record.id,
    aliases: record.aliases,
    source,
    tool: 'osv-scanner',
    title: record.summary,
    severity: record.severity,
    severitySource: record.severitySource,
    url: record.url,
    report,
  };
  if (source === 'osv-record') finding.tool = 'OSV';
  if (record.score !== undefined) finding.score = record.score;
  if (record.cvss) finding.cvss = { version: record.cvss.version, vector: record.cvss.vector };
  if (pkg.name) finding.package = pkg.name;
  if (pkg.ecosystem) finding.ecosystem = pkg.ecosystem;
  if (pkg.version) finding.installed = pkg.version;
  const fixed = record.affected.filter((a) => a.name === pkg.name && (!pkg.ecosystem || a.ecosystem === pkg.ecosystem)).flatMap((a) => a.fixed);
  if (fixed.length > 0) finding.fixedIn = [...new Set(fixed)];
  return finding;
}

/** osv-scanner's JSON output: results / packages / vulnerabilities, with `groups` joining aliases. */
function fromScanner(report: JsonReport, root: Json): OsvReport {
  if (!Array.isArray(root.results)) throw report.error('/results', '"results" must be an array', 'not-osv');
  const findings: Finding[] = [];
  const records: OsvRecord[] = [];
  root.results.forEach((result, r) => {
    const at = `/results/${r}`;
    if (!isObject(result)) throw report.error(at, 'each result must be an object', 'not-osv');
    const sourcePath = isObject(result.source) ? str(result.source.path) : undefined;
    const packages = Array.isArray(result.packages) ? result.packages : [];
    packages.forEach((entry, p) => {
      const pat = `${at}/packages/${p}`;
      if (!isObject(entry) || !isObject(entry.package)) throw report.error(pat, 'each package entry needs a "package" object', 'not-osv');
      const pkg = { name: str(entry.package.name), ecosystem: str(entry.package.ecosystem), version: str(entry.package.version) ?? str(entry.package.commit) };
      const vulns = (Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities : []).map((v, i) => readOsvRecord(report, v, `${pat}/vulnerabilities/${i}`));
      records.push(...vulns);
      const byId = new Map(vulns.map((v) => [v.id, v]));
      const groups = (Array.isArray(entry.groups) ? entry.groups.filter(isObject) : []).map((g) => ({ ids: strings(g.ids), aliases: strings(g.aliases), max: g.max_severity }));
      const grouped = new Set(groups.flatMap((g) => g.ids));
      for (const v of vulns) if (!grouped.has(v.id)) groups.push({ ids: [v.id], aliases: v.aliases, max: undefined });
      for (const group of groups) {
        const members = group.ids.map((id) => byId.get(id)).filter((v): v is OsvRecord => v !== undefined);
        if (members.length === 0) continue;
        const worst = [...members].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (b.score ?? -1) - (a.score ?? -1))[0]!;
        const finding = findingOf({ ...worst, id: members[0]!.id }, report.file, 'osv-scanner', pkg);
        finding.aliases = [...new Set([...group.aliases, ...members.flatMap((m) => [m.id, ...m.aliases])])].filter((a) => a !== finding.id);
        const max = typeof group.max === 'string' && group.max.trim() !== '' ? Number(group.max) : typeof group.max === 'number' ? group.max : NaN;
        if (finding.severitySource === 'none' && Number.isFinite(max) && max >= 0 && max <= 10) {
          finding.severity = severityFromScore(max);
          finding.severitySource = 'cvss';
          finding.score = max;
        }
        if (sourcePath) finding.location = { file: sourcePath.replace(/\\/g, '/') };
        findings.push(finding);
      }
    });
  });
  return { file: report.file, format: 'osv-scanner', findings, records };
}

/**
 * Reads OSV data: osv-scanner's JSON output, a single OSV record, a JSON array of records, or an osv.dev
 * query answer (`{"vulns": [...]}`). Standalone records become findings for the installed versions they
 * affect when `installed` can say which versions are installed; otherwise one finding per affected package.
 */
export function parseOsv(text: string, file: string, installed?: InstalledVersions): OsvReport {
  const report = parseJsonReport(text, file, 'OSV-Scanner JSON or OSV record');
  const root = report.value;
  if (isObject(root) && root.results !== undefined) return fromScanner(report, root);
  let list: { value: unknown; pointer: string }[];
  if (Array.isArray(root)) list = root.map((value, i) => ({ value, pointer: `/${i}` }));
  else if (isObject(root) && Array.isArray(root.vulns)) list = root.vulns.map((value, i) => ({ value, pointer: `/vulns/${i}` }));
  else if (isObject(root) && root.id !== undefined) list = [{ value: root, pointer: '' }];
  else throw report.error('', 'is neither OSV-Scanner output ("results") nor an OSV record ("id", "modified", "affected")', 'not-osv');
  const records = list.map(({ value, pointer }) => readOsvRecord(report, value, pointer));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (record: OsvRecord, affected: OsvAffected, version?: string) => {
    const key = `${record.id}|${affected.ecosystem}|${affected.name}|${version ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(findingOf(record, file, 'osv-record', { name: affected.name, ecosystem: affected.ecosystem, ...(version ? { version } : {}) }));
  };
  for (const record of records) {
    for (const affected of record.affected) {
      const versions = installed?.(affected.ecosystem, affected.name);
      if (versions === undefined) add(record, affected);
      else for (const version of versions) if (isAffected(affected, version) !== false) add(record, affected, version);
    }
  }
  return { file, format: 'osv-record', findings, records };
}
