/** What the quality-gate and security-scan actions share: settings, the gate's context, report and outputs. */
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { DEFAULT_GATE_CONFIG_PATH } from '@powerx/core/gates/config.js';
import type { ReleaseEventInput } from '@powerx/core/events/sink.js';
import type { GateContext } from '@powerx/core/gates/outcome.js';
import type { GateRun } from '@powerx/core/gates/run.js';
import { resolveSubject } from '@powerx/core/gates/subject.js';
import { getBooleanInput, getInput, runContext, setOutput, type RunContext } from '@powerx/github/runner.js';
import { auditLogPath, insideWorkspace, tempPath } from '../shared/files.js';

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

export function readGateSettings(gate: 'quality' | 'security', run: RunContext = runContext()): GateSettings {
  return {
    workspace: run.workspace,
    workingDirectory: insideWorkspace('working-directory', getInput('working-directory') || '.', run.workspace),
    config: getInput('config') || DEFAULT_GATE_CONFIG_PATH,
    plugin: getInput('plugin'),
    version: getInput('version'),
    manifest: getInput('manifest') || 'powerx-plugin.yaml',
    submitter: getInput('submitter'),
    auditLog: auditLogPath(run),
    report: resolve(run.workspace, getInput('report') || tempPath(`powerx-${gate}-gate.json`, run)),
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
