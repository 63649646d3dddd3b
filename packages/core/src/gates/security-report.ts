import { STATUS_ICON, code, details, link, table } from '../markdown.js';
import { conditionsTable, statusHeading } from './gate.js';
import type { SarifOutputStats } from './sarif-output.js';
import type { EvaluatedFinding, SecurityGateResult } from './security.js';

const SEVERITY_ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜', unknown: '❔' };
const MAX_ROWS = 50;

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

export interface SecurityOutputs {
  sarif?: { path: string; stats: SarifOutputStats };
  sbom?: { path: string; components: number; specVersion: string };
}

function status(f: EvaluatedFinding): string {
  if (f.waived) return `${STATUS_ICON.skip} waived by @${f.waived.approver} until ${f.waived.expires.slice(0, 10)}`;
  if (f.blocking) return `${STATUS_ICON.fail} blocks (${f.why})`;
  return `${STATUS_ICON.info} below the gate`;
}

function where(f: EvaluatedFinding): string {
  if (f.package) return `${code(f.package)}${f.installed ? ` ${f.installed}` : ''}`;
  if (f.location) return `${code(f.location.file)}${f.location.line ? `:${f.location.line}` : ''}`;
  return '—';
}

/** The job summary: verdict, conditions, findings with links, licence problems, waivers, outputs. */
export function renderSecurityMarkdown(result: SecurityGateResult, subject?: string, outputs: SecurityOutputs = {}): string {
  const parts = [statusHeading('Security', result.status, subject), ''];
  if (result.reasons.length > 0) parts.push('**Blocking:**', '', ...result.reasons.map((r) => `- ${r.message} (${code(r.code)})`), '');
  parts.push(conditionsTable(result.conditions), '');
  const c = result.counts;
  parts.push(
    `**Findings:** ${c.total} (${Object.entries(c.bySeverity)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ') || 'none'}); ${c.blocking} blocking, ${c.waived} waived. Sources: ${result.sources.map((s) => `${s.kind} ${code(s.file)} (${s.findings})`).join(', ') || 'none'}.`,
    '',
  );
  if (result.findings.length > 0) {
    const rows = result.findings.slice(0, MAX_ROWS).map((f) => [
      `${SEVERITY_ICON[f.severity] ?? ''} ${f.severity}`,
      f.url ? link(f.id, f.url) : code(f.id),
      where(f),
      f.fixedIn?.join(', ') ?? f.remediation ?? '—',
      f.score !== undefined ? String(f.score) : '—',
      f.alsoReportedBy ? `${f.tool}, ${f.alsoReportedBy.join(', ')}` : f.tool,
      status(f),
    ]);
    const heading = `Findings (${result.findings.length}${result.findings.length > MAX_ROWS ? `, the ${MAX_ROWS} most severe shown` : ''})`;
    const body = table(['Severity', 'Advisory', 'Package / location', 'Fixed in', 'CVSS', 'Reported by', 'Status'], rows);
    parts.push(result.counts.blocking > 0 ? `#### ${heading}\n\n${body}` : details(heading, body), '');
  }
  const l = result.licenses;
  if (l.source === null) {
    parts.push('_Licences: no npm dependency tree (package-lock.json or node_modules) was found._', '');
  } else {
    parts.push(`**Licences:** ${l.checked} packages from ${code(l.source)}: ${Object.entries(l.counts).map(([k, n]) => `${n} ${k}`).join(', ')}.`, '');
    if (l.issues.length > 0) {
      const body = table(
        ['Package', 'Version', 'Licence', 'Status', 'Policy'],
        l.issues.slice(0, MAX_ROWS).map((v) => [code(v.package), v.version, v.license ? code(v.license) : '—', v.status, v.waived ? `waived by @${v.waived.approver}` : v.action]),
      );
      parts.push(l.issues.some((v) => v.action === 'fail' && !v.waived) ? `#### Licence problems\n\n${body}` : details(`Licence notes (${l.issues.length})`, body), '');
    }
  }
  const w = result.waivers;
  if (w.applied.length + w.expired.length + w.unused.length > 0) {
    const rows = [
      ...w.applied.map((x) => ['applied', code(x.id), x.package ?? 'any', `@${x.approver}`, x.expires, x.reason]),
      ...w.expired.map((x) => [`${STATUS_ICON.warn} expired`, code(x.id), x.package ?? 'any', `@${x.approver}`, x.expires, x.reason]),
      ...w.unused.map((x) => ['unused', code(x.id), x.package ?? 'any', `@${x.approver}`, x.expires, x.reason]),
    ];
    parts.push(details(`Waivers (${rows.length})`, table(['State', 'Id', 'Package', 'Approver', 'Expires', 'Reason'], rows)), '');
  }
  const out: string[] = [];
  if (outputs.sarif) {
    const s = outputs.sarif.stats;
    out.push(
      `- SARIF for code scanning: ${code(outputs.sarif.path)}: ${s.runs.length} run(s) (${s.runs.map((r) => `${r.tool}: ${r.results}`).join(', ') || 'none'}), ${size(s.uploadBytes)} to upload (limit 10 MB)${s.trimmed.length > 0 ? `; trimmed: ${s.trimmed.join('; ')}` : ''}`,
    );
  }
  if (outputs.sbom) out.push(`- CycloneDX ${outputs.sbom.specVersion} SBOM: ${code(outputs.sbom.path)} (${outputs.sbom.components} components)`);
  if (out.length > 0) parts.push('**Outputs:**', '', ...out);
  return parts.join('\n');
}
