import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildCycloneDx } from '../deps/cyclonedx.js';
import { PACKAGE_JSON, readNpmTree, type DependencyTree } from '../deps/npm-tree.js';
import type { Finding } from '../reports/findings.js';
import { parseNpmAudit } from '../reports/npm-audit.js';
import { parseOsv } from '../reports/osv.js';
import { parseSarif, type SarifRunInput } from '../reports/sarif.js';
import { loadGateConfig, type LoadedGateConfig } from './config.js';
import { findFiles } from './files.js';
import { buildUploadSarif, type SarifOutput } from './sarif-output.js';
import { evaluateSecurityGate, type SecurityGateResult, type SecuritySource } from './security.js';

/** How `npm audit --json` output is obtained. */
export interface NpmAuditInput {
  /** A pre-generated `npm audit --json` file (relative to cwd); wins over running npm. */
  file?: string;
  /** `auto` runs npm audit when the directory is an npm project (has package.json), `always` insists, `never` skips. */
  mode: 'auto' | 'always' | 'never';
  /** Runs `npm audit --json` in the directory and returns its standard output (npm exits 1 when it finds anything). */
  run?: (cwd: string) => Promise<string>;
}

export interface SecurityRunOptions {
  cwd: string;
  config?: string;
  /** SARIF files or globs (any scanner). */
  sarif?: readonly string[];
  /** OSV-Scanner JSON output or OSV records, files or globs. */
  osv?: readonly string[];
  npmAudit: NpmAuditInput;
  now: Date;
  /** Version written into generated SARIF runs and the SBOM's tool entry. */
  toolVersion: string;
  /** CycloneDX spec version of the SBOM. */
  sbomSpecVersion?: '1.5' | '1.6';
}

export interface SecurityRun {
  config: LoadedGateConfig;
  result: SecurityGateResult;
  sarif: SarifOutput;
  /** CycloneDX BOM of the npm dependency tree; undefined when there is none. */
  sbom?: Record<string, unknown>;
  tree?: DependencyTree;
  /** The raw npm audit output when npm was run, to keep as an artifact. */
  npmAuditOutput?: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Files per pattern, so a pattern that matched nothing can be named. */
async function filesOf(patterns: readonly string[], cwd: string, kind: string, missing: { kind: string; pattern: string }[]): Promise<string[]> {
  const all = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const found = await findFiles([pattern, ...patterns.filter((p) => p.startsWith('!'))], cwd);
    if (found.length === 0) missing.push({ kind, pattern });
    for (const f of found) all.add(f);
  }
  return [...all].sort();
}

/**
 * Collects findings from npm audit, SARIF and OSV inputs, reads the npm dependency tree for the licence policy
 * and the SBOM, decides the security gate, and builds the upload SARIF. Reports that are not what they claim
 * are ConfigErrors with their location; inputs that were asked for and not found fail the gate.
 */
export async function runSecurityGate(options: SecurityRunOptions): Promise<SecurityRun> {
  const loaded = await loadGateConfig(options.config, options.cwd);
  const policy = loaded.config.security;
  const tree = await readNpmTree(options.cwd);
  const versionsAt = new Map(tree?.packages.map((p) => [p.path, p.version]) ?? []);
  const sources: SecuritySource[] = [];
  const missing: { kind: string; pattern: string }[] = [];
  const findings: Finding[] = [];
  const sarifRuns: SarifRunInput[] = [];
  let npmAuditOutput: string | undefined;

  const isNpmProject = await exists(resolve(options.cwd, PACKAGE_JSON));
  let auditText: string | undefined;
  let auditFile: string | undefined;
  if (options.npmAudit.file) {
    auditFile = options.npmAudit.file;
    try {
      auditText = await readFile(resolve(options.cwd, auditFile), 'utf8');
    } catch {
      missing.push({ kind: 'npm audit', pattern: auditFile });
    }
  } else if (options.npmAudit.mode === 'always' || (options.npmAudit.mode === 'auto' && isNpmProject)) {
    if (!options.npmAudit.run) throw new Error('npm audit was requested but no way to run it was given');
    auditFile = 'npm audit --json';
    auditText = await options.npmAudit.run(options.cwd);
    npmAuditOutput = auditText;
  }
  if (auditText !== undefined && auditFile) {
    const report = parseNpmAudit(auditText, auditFile, (path) => versionsAt.get(path));
    findings.push(...report.findings);
    sources.push({ kind: 'npm-audit', file: auditFile, findings: report.findings.length, tools: ['npm audit'] });
  }

  for (const file of await filesOf(options.sarif ?? [], options.cwd, 'SARIF', missing)) {
    const report = parseSarif(await readFile(resolve(options.cwd, file), 'utf8'), file);
    findings.push(...report.findings);
    sarifRuns.push(...report.runs);
    sources.push({ kind: 'sarif', file, findings: report.findings.length, tools: [...new Set(report.runs.map((r) => r.tool))] });
  }

  const installedVersions = (ecosystem: string, name: string) =>
    ecosystem === 'npm' && tree ? [...new Set(tree.packages.filter((p) => p.name === name).map((p) => p.version))] : tree ? [] : undefined;
  for (const file of await filesOf(options.osv ?? [], options.cwd, 'OSV', missing)) {
    const report = parseOsv(await readFile(resolve(options.cwd, file), 'utf8'), file, installedVersions);
    findings.push(...report.findings);
    sources.push({ kind: 'osv', file, findings: report.findings.length, tools: [report.format === 'osv-scanner' ? 'osv-scanner' : 'OSV records'] });
  }

  const result = evaluateSecurityGate(policy, {
    config: { file: loaded.file, found: loaded.found },
    findings,
    sources,
    missing,
    ...(tree ? { dependencies: { source: tree.lockfile ?? tree.source, packages: tree.packages } } : {}),
    now: options.now,
  });
  const sarif = buildUploadSarif({
    runs: sarifRuns,
    findings: result.findings,
    licenses: result.licenses.issues,
    workspace: resolve(options.cwd),
    ...(tree
      ? {
          manifest: {
            file: tree.lockfile ?? 'package.json',
            lineOf: (path: string) => tree.lineOf(path),
            pathsOf: (name: string, version?: string) => tree.packages.filter((p) => p.name === name && (!version || p.version === version)).map((p) => p.path),
          },
        }
      : {}),
    toolVersion: options.toolVersion,
  });
  const run: SecurityRun = { config: loaded, result, sarif };
  if (tree) {
    run.tree = tree;
    run.sbom = buildCycloneDx(tree, { now: options.now, tool: { name: 'powerx security-scan', version: options.toolVersion }, ...(options.sbomSpecVersion ? { specVersion: options.sbomSpecVersion } : {}) });
  }
  if (npmAuditOutput !== undefined) run.npmAuditOutput = npmAuditOutput;
  return run;
}
