import { isAbsolute, resolve } from 'node:path';
import { runSecurityGate, type NpmAuditInput, type SecurityRun } from '@powerx/core/gates/security-run.js';
import { renderSecurityMarkdown } from '@powerx/core/gates/security-report.js';
import type { EvaluatedFinding, SecurityGateResult } from '@powerx/core/gates/security.js';
import { renderGateError } from '@powerx/core/gates/gate-error.js';
import { runGate } from '@powerx/core/gates/run.js';
import { ConfigError } from '@powerx/core/errors.js';
import { npmAuditRunner } from '@powerx/github/npm-audit.js';
import { appendSummary, error, getInput, getMultilineInput, info, notice, runContext, setFailed, setOutput, warning, type AnnotationProperties } from '@powerx/github/runner.js';
import { annotationPath, gateContext, newSink, readGateSettings, relocate, setGateOutputs, type GateSettings } from '../gates/front.js';
import { openAuditLog } from '../shared/audit-log.js';
import { tempPath, writeJson, writeText } from '../shared/files.js';

const TOOL_VERSION = '0.1.0';
/** GitHub shows at most 10 annotations of each kind per step. */
const PER_KIND = 10;

interface ScanSettings extends GateSettings {
  sarif: string[];
  osv: string[];
  npmAudit: NpmAuditInput['mode'];
  npmAuditFile: string;
  npmAuditArgs: string[];
  sarifOutput: string;
  sbomOutput: string;
  sbomSpecVersion: '1.5' | '1.6';
}

function readSettings(): ScanSettings {
  const run = runContext();
  const base = readGateSettings('security', run);
  const mode = getInput('npm-audit') || 'auto';
  const modes: Record<string, NpmAuditInput['mode']> = { auto: 'auto', true: 'always', false: 'never' };
  if (!(mode in modes)) throw ConfigError.single(`Input "npm-audit" must be auto, true or false (got "${mode}")`, {}, 'bad-input');
  const spec = getInput('sbom-spec-version') || '1.6';
  if (spec !== '1.5' && spec !== '1.6') throw ConfigError.single(`Input "sbom-spec-version" must be 1.5 or 1.6 (got "${spec}")`, {}, 'bad-input');
  return {
    ...base,
    sarif: getMultilineInput('sarif'),
    osv: getMultilineInput('osv'),
    npmAudit: modes[mode]!,
    npmAuditFile: getInput('npm-audit-file'),
    npmAuditArgs: getInput('npm-audit-args').split(/\s+/).filter(Boolean),
    sarifOutput: resolve(run.workspace, getInput('sarif-output') || tempPath('powerx-security.sarif', run)),
    sbomOutput: resolve(run.workspace, getInput('sbom-output') || tempPath('powerx-sbom.cdx.json', run)),
    sbomSpecVersion: spec,
  };
}

function findingLocation(f: EvaluatedFinding, run: SecurityRun, settings: ScanSettings): AnnotationProperties {
  if (f.location && f.source === 'sarif') {
    const file = f.location.file;
    const absolute = isAbsolute(file) ? file : resolve(settings.workingDirectory, file);
    const rel = annotationPath(absolute, settings);
    if (isAbsolute(rel)) return {};
    return { file: rel, ...(f.location.line ? { startLine: f.location.line, endLine: f.location.endLine ?? f.location.line } : {}), ...(f.location.column ? { startColumn: f.location.column } : {}) };
  }
  if (f.package && run.tree?.lockfile) {
    const node = run.tree.packages.find((p) => p.name === f.package && (!f.installed || p.version === f.installed));
    const line = node ? run.tree.lineOf(node.path) : undefined;
    return { file: annotationPath(run.tree.lockfile, settings), ...(line ? { startLine: line } : {}) };
  }
  return {};
}

function annotate(result: SecurityGateResult, run: SecurityRun, settings: ScanSettings): void {
  const counts = { error: 0, warning: 0, notice: 0 };
  const emit = (kind: keyof typeof counts, message: string, props: AnnotationProperties) => {
    if (counts[kind] >= PER_KIND) return;
    counts[kind]++;
    (kind === 'error' ? error : kind === 'warning' ? warning : notice)(message, props);
  };
  for (const v of result.licenses.issues.filter((x) => x.action === 'fail' && !x.waived)) {
    const node = run.tree?.packages.find((p) => p.path === v.path);
    const line = node && run.tree ? run.tree.lineOf(node.path) : undefined;
    emit('error', `${v.package}@${v.version} ${v.reason}`, { title: `Licence ${v.status}`, ...(run.tree?.lockfile ? { file: annotationPath(run.tree.lockfile, settings), ...(line ? { startLine: line } : {}) } : {}) });
  }
  for (const f of result.findings) {
    const kind = f.blocking ? 'error' : f.waived ? 'notice' : f.severity === 'high' || f.severity === 'critical' || f.severity === 'medium' ? 'warning' : 'notice';
    const pkg = f.package ? ` in ${f.package}${f.installed ? `@${f.installed}` : ''}` : '';
    emit(kind, `${f.id}${pkg}: ${f.title} (${f.severity}${f.score !== undefined ? `, CVSS ${f.score}` : ''}). ${f.why}${f.url ? ` ${f.url}` : ''}`, {
      title: `${f.tool}: ${f.severity} ${f.id}`,
      ...findingLocation(f, run, settings),
    });
  }
}

export async function securityScan(): Promise<void> {
  const run = runContext();
  const settings = readSettings();
  const context = await gateContext(settings, run);
  const sink = newSink();
  let scan: SecurityRun | undefined;
  const outcome = await runGate(
    'security',
    async () => {
      scan = await runSecurityGate({
        cwd: settings.workingDirectory,
        config: settings.config,
        sarif: settings.sarif,
        osv: settings.osv,
        npmAudit: { mode: settings.npmAudit, ...(settings.npmAuditFile ? { file: settings.npmAuditFile } : {}), run: npmAuditRunner({ args: settings.npmAuditArgs }) },
        now: new Date(),
        toolVersion: TOOL_VERSION,
        sbomSpecVersion: settings.sbomSpecVersion,
      });
      const r = scan.result;
      return {
        result: r,
        config: { file: scan.config.file, found: scan.config.found },
        evidence: {
          counts: r.counts,
          sources: r.sources.map((s) => ({ kind: s.kind, file: s.file, findings: s.findings })),
          blocking: r.findings.filter((f) => f.blocking).slice(0, 20).map((f) => ({ id: f.id, package: f.package ?? null, installed: f.installed ?? null, severity: f.severity })),
          waived: r.findings.filter((f) => f.waived).map((f) => ({ id: f.id, package: f.package ?? null, approver: f.waived!.approver, expires: f.waived!.expires, reason: f.waived!.reason })),
          expiredWaivers: r.waivers.expired,
          licenses: { source: r.licenses.source, counts: r.licenses.counts, denied: r.licenses.issues.filter((v) => v.status === 'denied' && !v.waived).map((v) => `${v.package}@${v.version} (${v.license})`) },
        },
      };
    },
    { context, audit: openAuditLog(settings.auditLog, run), events: sink, now: () => new Date() },
  );
  if (outcome.status !== 'error' && scan) {
    await writeText(settings.sarifOutput, scan.sarif.text);
    if (scan.sbom) await writeJson(settings.sbomOutput, scan.sbom);
    outcome.json.outputs = {
      sarif: { path: settings.sarifOutput, ...scan.sarif.stats },
      sbom: scan.sbom ? { path: settings.sbomOutput, specVersion: settings.sbomSpecVersion, components: (scan.sbom.components as unknown[]).length } : null,
    };
  }
  await writeJson(settings.report, outcome.json);
  setGateOutputs(outcome, settings, sink.events);
  if (outcome.status === 'error') {
    setOutput('sarif', '');
    setOutput('sbom', '');
    const relocated = relocate(outcome.error, settings);
    appendSummary(renderGateError('Security', context.subject, relocated.issues));
    throw relocated;
  }
  const result = outcome.result;
  const s = scan!;
  annotate(result, s, settings);
  appendSummary(
    renderSecurityMarkdown(result, context.subject, {
      sarif: { path: annotationPath(settings.sarifOutput, settings), stats: s.sarif.stats },
      ...(s.sbom ? { sbom: { path: annotationPath(settings.sbomOutput, settings), components: (s.sbom.components as unknown[]).length, specVersion: settings.sbomSpecVersion } } : {}),
    }),
  );
  setOutput('sarif', settings.sarifOutput);
  setOutput('sbom', s.sbom ? settings.sbomOutput : '');
  setOutput('findings', String(result.counts.total));
  setOutput('blocking', String(result.counts.blocking));
  setOutput('denied-licenses', String(result.licenses.issues.filter((v) => v.status === 'denied' && !v.waived).length));
  info(`security gate ${result.status} for ${context.subject}: ${result.counts.total} findings, ${result.counts.blocking} blocking, ${result.counts.waived} waived`);
  if (result.status === 'failed' && settings.failOnBlock) setFailed(`Security gate failed: ${result.reasons.map((r) => r.message).join('; ')}`);
}
