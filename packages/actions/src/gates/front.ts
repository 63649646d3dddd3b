/** What the quality-gate and security-scan actions share: settings, run context, audit log, outputs. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { ConfigError } from '@powerx/core/errors.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { DEFAULT_GATE_CONFIG_PATH } from '@powerx/core/gates/config.js';
import type { ReleaseEventInput } from '@powerx/core/events/sink.js';
import type { GateContext } from '@powerx/core/gates/outcome.js';
import type { GateRun } from '@powerx/core/gates/run.js';
import { resolveSubject } from '@powerx/core/gates/subject.js';
import { getBooleanInput, getInput, runContext, setOutput, type RunContext } from '@powerx/github/runner.js';

export interface GateSettings {
  workspace: string;
  /** Absolute; configuration and report patterns are relative to it. */
  workingDirectory: string;
  config: string;
  plugin: string;
  version: string;
  manifest: string;
  submitter: string;
  auditLog: string;
  report: string;
  failOnBlock: boolean;
}

function insideWorkspace(input: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  const rel = relative(workspace, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw ConfigError.single(`Input "${input}" must stay inside the workspace (got ${value})`, {}, 'bad-input');
  return path;
}

export function readGateSettings(gate: 'quality' | 'security', run: RunContext = runContext()): GateSettings {
  const temp = process.env.RUNNER_TEMP ?? run.workspace;
  return {
    workspace: run.workspace,
    workingDirectory: insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace),
    config: getInput('config') || DEFAULT_GATE_CONFIG_PATH,
    plugin: getInput('plugin'),
    version: getInput('version'),
    manifest: getInput('manifest') || 'powerx-plugin.yaml',
    submitter: getInput('submitter'),
    auditLog: resolve(run.workspace, getInput('audit-log') || join(temp, 'powerx-audit', 'audit.jsonl')),
    report: resolve(run.workspace, getInput('report') || join(temp, `powerx-${gate}-gate.json`)),
    failOnBlock: getBooleanInput('fail-on-block'),
  };
}

export async function gateContext(settings: GateSettings, run: RunContext = runContext()): Promise<GateContext> {
  const subject = await resolveSubject({
    plugin: settings.plugin,
    version: settings.version,
    manifest: settings.manifest,
    cwd: settings.workingDirectory,
    fallback: `${run.repository || 'local'}@${run.sha.slice(0, 12) || 'unknown'}`,
  });
  return {
    ...subject,
    commit: run.sha,
    repository: run.repository,
    runId: run.runId || 'local',
    runAttempt: run.runAttempt,
    ...(run.runId ? { runUrl: run.runUrl } : {}),
    ...(settings.submitter ? { submitter: settings.submitter } : {}),
  };
}

export function openAudit(settings: GateSettings, run: RunContext = runContext()): AuditLog {
  return new AuditLog(new FileAuditStore(settings.auditLog), {
    context: {
      actor: process.env.GITHUB_ACTOR || 'system',
      run: { id: run.runId || 'local', attempt: run.runAttempt, workflow: run.workflow, commit: run.sha, repository: run.repository, ...(run.runId ? { url: run.runUrl } : {}) },
    },
  });
}

export function newSink(): CollectingSink {
  return new CollectingSink();
}

/** A path the gate reported (relative to the working directory) as the workspace-relative path annotations need. */
export function annotationPath(file: string, settings: GateSettings): string {
  const absolute = resolve(settings.workingDirectory, file);
  const rel = relative(settings.workspace, absolute);
  return (rel.startsWith('..') || isAbsolute(rel) ? file : rel).split('\\').join('/');
}

/** Issues of a bad report or config, re-located for annotations, with nothing lost. */
export function relocate(error: ConfigError, settings: GateSettings): ConfigError {
  return new ConfigError(error.issues.map((i) => (i.file ? { ...i, file: annotationPath(i.file, settings) } : i)));
}

export async function writeReport(settings: GateSettings, json: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(settings.report), { recursive: true });
  await writeFile(settings.report, `${JSON.stringify(json, null, 2)}\n`);
}

/** Outputs every gate sets: status, passed, report path, reasons, the blocked event and audit records. */
export function setGateOutputs(run: GateRun<unknown>, settings: GateSettings, events: readonly ReleaseEventInput[]): void {
  setOutput('status', run.status);
  setOutput('passed', String(run.status === 'passed'));
  setOutput('report', settings.report);
  setOutput('audit-log', settings.auditLog);
  setOutput('reasons', JSON.stringify(run.json.reasons ?? []));
  const blocked = events.find((e) => e.type === 'publish.pipeline.blocked');
  setOutput('blocked-event', blocked ? JSON.stringify(blocked) : '');
}
