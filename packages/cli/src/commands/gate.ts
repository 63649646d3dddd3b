import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { formatIssue } from '@powerx/core/errors.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { DEFAULT_GATE_CONFIG_PATH } from '@powerx/core/gates/config.js';
import { renderConditionsText, type GateCondition, type GateStatus } from '@powerx/core/gates/gate.js';
import type { GateContext } from '@powerx/core/gates/outcome.js';
import { renderQualityMarkdown } from '@powerx/core/gates/quality-report.js';
import { runQualityGate } from '@powerx/core/gates/quality-run.js';
import { runGate, type GateRun } from '@powerx/core/gates/run.js';
import { renderSecurityMarkdown } from '@powerx/core/gates/security-report.js';
import { runSecurityGate, type NpmAuditInput, type SecurityRun } from '@powerx/core/gates/security-run.js';
import { resolveSubject } from '@powerx/core/gates/subject.js';
import { renderGateError } from '@powerx/core/gates/gate-error.js';
import { npmAuditRunner } from '@powerx/github/npm-audit.js';
import { writeJson, writeText } from '@powerx/actions/shared/files.js';
import { openCliAuditLog } from '../audit-log.js';
import { EXIT, processIo, UsageError, type Format, type Io } from '../output.js';

const TOOL_VERSION = '0.1.0';

interface CommonFlags {
  cwd: string;
  config: string;
  plugin?: string;
  version?: string;
  manifest: string;
  submitter?: string;
  commit?: string;
  auditLog?: string;
  out?: string;
  format: Format;
}

interface QualityFlags extends CommonFlags {
  coverage: string[];
  junit: string[];
}

interface SecurityFlags extends CommonFlags {
  sarif: string[];
  osv: string[];
  npmAudit: string;
  npmAuditFile?: string;
  npmAuditArgs?: string;
  sarifOutput?: string;
  sbomOutput?: string;
  sbomSpecVersion: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function common(command: Command): Command {
  return command
    .option('-C, --cwd <dir>', 'the plugin directory; configuration and report patterns are relative to it', process.cwd())
    .option('--config <file>', 'gate configuration', DEFAULT_GATE_CONFIG_PATH)
    .option('--plugin <id>', 'plugin id for the audit subject (default: id in the manifest)')
    .option('--version <version>', 'plugin version for the audit subject (default: version in the manifest)')
    .option('--manifest <file>', 'plugin manifest read for id and version', 'powerx-plugin.yaml')
    .option('--submitter <login>', 'GitHub login of the submitter, recorded with the verdict')
    .option('--commit <sha>', 'commit the verdict is about (default: GITHUB_SHA)', process.env.GITHUB_SHA)
    .option('--audit-log <file>', 'append the verdict to this audit log (JSON lines, hash-chained)')
    .option('--out <file>', 'also write the JSON report to this file')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'));
}

async function context(flags: CommonFlags, cwd: string): Promise<GateContext> {
  const commit = flags.commit ?? '';
  const subject = await resolveSubject({ plugin: flags.plugin, version: flags.version, manifest: flags.manifest, cwd, fallback: `local@${commit.slice(0, 12) || 'unknown'}` });
  return { ...subject, commit, repository: process.env.GITHUB_REPOSITORY ?? '', runId: 'local', runAttempt: 1, ...(flags.submitter ? { submitter: flags.submitter } : {}) };
}

/** The `--audit-log`, when given; its records carry the gate's context (a local run of this commit). */
function audit(flags: CommonFlags, ctx: GateContext) {
  if (!flags.auditLog) return undefined;
  return openCliAuditLog(flags.auditLog, { runId: ctx.runId, runAttempt: ctx.runAttempt, workflow: 'powerx gate', sha: ctx.commit, repository: ctx.repository });
}

/** Prints the outcome in the chosen format and sets the exit code: 0 passed, 1 failed, 2 bad input. */
async function finish<R extends { status: GateStatus; conditions: GateCondition[] }>(
  io: Io,
  flags: CommonFlags,
  gate: 'Quality' | 'Security',
  ctx: GateContext,
  outcome: GateRun<R>,
  markdown: (result: R) => string,
): Promise<void> {
  if (flags.out) await writeJson(resolve(flags.out), outcome.json);
  if (outcome.status === 'error') {
    if (flags.format === 'json') io.out(JSON.stringify(outcome.json, null, 2));
    else if (flags.format === 'md') io.out(renderGateError(gate, ctx.subject, outcome.error.issues));
    for (const issue of outcome.error.issues) io.err(`error: ${formatIssue(issue)}`);
    process.exitCode = EXIT.badInput;
    return;
  }
  if (flags.format === 'json') io.out(JSON.stringify(outcome.json, null, 2));
  else if (flags.format === 'md') io.out(markdown(outcome.result));
  else io.out(renderConditionsText(gate, outcome.result.status, outcome.result.conditions, ctx.subject));
  process.exitCode = outcome.result.status === 'passed' ? EXIT.ok : EXIT.failed;
}

export function gateCommand(io: Io = processIo): Command {
  const gate = new Command('gate').description('Decide the quality and security gates of a plugin version, as the quality-gate and security-scan actions do');

  common(gate.command('quality'))
    .description('Coverage and JUnit reports against config/publish/quality_gates.yaml (exit 0 passed, 1 failed, 2 bad input)')
    .option('--coverage <glob>', 'coverage report file or glob (repeatable; default reports.coverage.paths)', collect, [])
    .option('--junit <glob>', 'JUnit XML file or glob (repeatable; default reports.junit.paths)', collect, [])
    .action(async (flags: QualityFlags) => {
      const cwd = resolve(flags.cwd);
      const ctx = await context(flags, cwd);
      const log = audit(flags, ctx);
      const outcome = await runGate(
        'quality',
        async () => {
          const run = await runQualityGate({ cwd, config: flags.config, coverage: flags.coverage, junit: flags.junit });
          const r = run.result;
          return {
            result: r,
            config: { file: run.config.file, found: run.config.found },
            evidence: { reports: [...r.coverage.reports.map((c) => c.file), ...r.tests.reports.map((t) => t.file)], tests: r.tests.totals, coverage: r.coverage.percent },
          };
        },
        { context: ctx, events: new CollectingSink(), now: () => new Date(), ...(log ? { audit: log } : {}) },
      );
      await finish(io, flags, 'Quality', ctx, outcome, (r) => renderQualityMarkdown(r, ctx.subject));
    });

  common(gate.command('security'))
    .description('npm audit, SARIF and OSV findings, waivers and the licence policy (exit 0 passed, 1 failed, 2 bad input)')
    .option('--sarif <glob>', 'SARIF file or glob from any scanner (repeatable)', collect, [])
    .option('--osv <glob>', 'OSV-Scanner JSON or OSV record file or glob (repeatable)', collect, [])
    .addOption(new Option('--npm-audit <when>', 'run npm audit --json: auto (npm projects), true or false').choices(['auto', 'true', 'false']).default('auto'))
    .option('--npm-audit-file <file>', 'read this pre-generated npm audit --json output instead of running npm')
    .option('--npm-audit-args <args>', 'extra npm audit arguments, e.g. --omit=dev')
    .option('--sarif-output <file>', 'write the merged SARIF for code scanning here')
    .option('--sbom-output <file>', 'write the CycloneDX SBOM here')
    .addOption(new Option('--sbom-spec-version <version>', 'CycloneDX version').choices(['1.5', '1.6']).default('1.6'))
    .action(async (flags: SecurityFlags) => {
      const cwd = resolve(flags.cwd);
      const ctx = await context(flags, cwd);
      const log = audit(flags, ctx);
      const mode = ({ auto: 'auto', true: 'always', false: 'never' } as const)[flags.npmAudit as 'auto' | 'true' | 'false'];
      if (!mode) throw new UsageError(`--npm-audit must be auto, true or false (got "${flags.npmAudit}")`);
      const npmAudit: NpmAuditInput = { mode, ...(flags.npmAuditFile ? { file: flags.npmAuditFile } : {}), run: npmAuditRunner({ args: (flags.npmAuditArgs ?? '').split(/\s+/).filter(Boolean) }) };
      let scan: SecurityRun | undefined;
      const outcome = await runGate(
        'security',
        async () => {
          scan = await runSecurityGate({ cwd, config: flags.config, sarif: flags.sarif, osv: flags.osv, npmAudit, now: new Date(), toolVersion: TOOL_VERSION, sbomSpecVersion: flags.sbomSpecVersion as '1.5' | '1.6' });
          const r = scan.result;
          return {
            result: r,
            config: { file: scan.config.file, found: scan.config.found },
            evidence: { counts: r.counts, sources: r.sources.map((s) => ({ kind: s.kind, file: s.file, findings: s.findings })), expiredWaivers: r.waivers.expired },
          };
        },
        { context: ctx, events: new CollectingSink(), now: () => new Date(), ...(log ? { audit: log } : {}) },
      );
      const outputs: { sarif?: { path: string; stats: SecurityRun['sarif']['stats'] }; sbom?: { path: string; components: number; specVersion: string } } = {};
      if (outcome.status !== 'error' && scan) {
        if (flags.sarifOutput) {
          await writeText(resolve(flags.sarifOutput), scan.sarif.text);
          outputs.sarif = { path: flags.sarifOutput, stats: scan.sarif.stats };
        }
        if (flags.sbomOutput && scan.sbom) {
          await writeJson(resolve(flags.sbomOutput), scan.sbom);
          outputs.sbom = { path: flags.sbomOutput, components: (scan.sbom.components as unknown[]).length, specVersion: flags.sbomSpecVersion };
        }
        outcome.json.outputs = {
          sarif: outputs.sarif ? { path: outputs.sarif.path, ...outputs.sarif.stats } : { path: null, ...scan.sarif.stats },
          sbom: outputs.sbom ? { path: outputs.sbom.path, specVersion: outputs.sbom.specVersion, components: outputs.sbom.components } : null,
        };
      }
      await finish(io, flags, 'Security', ctx, outcome, (r) => renderSecurityMarkdown(r, ctx.subject, outputs));
    });

  return gate;
}
