/** Where a step's files are: inside the workspace, or under the runner's temp directory; JSON reports written there. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { getInput, runContext, type RunContext } from '@powerx/github/runner.js';

/**
 * The job's audit log unless the workflow passes one, under `RUNNER_TEMP`: every step of the job (and the CLI in a
 * `run:` step) appends to this one file, and the workflows upload it from there.
 */
export const DEFAULT_AUDIT_LOG = 'powerx-audit/audit.jsonl';

/**
 * The job's delivery log unless the workflow passes one, under `RUNNER_TEMP`: every step that publishes events (and
 * the CLI in a `run:` step) continues this one file, and the workflows upload it as a `powerx-event-log-*` artifact,
 * the name prefix `actions/collect-event-logs` downloads for the re-drive and the replay.
 */
export const DEFAULT_DELIVERY_LOG = 'powerx-events/delivery-log.jsonl';

/** `${RUNNER_TEMP}/<name>`, or the workspace outside a runner. */
export function tempPath(name: string, run?: RunContext): string {
  return join(process.env.RUNNER_TEMP ?? (run ?? runContext()).workspace, name);
}

/** The `audit-log` input resolved against the workspace, or `${RUNNER_TEMP}/powerx-audit/audit.jsonl`. */
export function auditLogPath(run: RunContext = runContext()): string {
  return resolve(run.workspace, getInput('audit-log') || tempPath(DEFAULT_AUDIT_LOG, run));
}

/** The `delivery-log` input resolved against the workspace, or `${RUNNER_TEMP}/powerx-events/delivery-log.jsonl`. */
export function deliveryLogPath(run: RunContext = runContext()): string {
  return resolve(run.workspace, getInput('delivery-log') || tempPath(DEFAULT_DELIVERY_LOG, run));
}

/** The absolute path of an input's value, which must not leave the workspace. */
export function insideWorkspace(input: string, value: string, workspace: string): string {
  const path = resolve(workspace, value);
  const rel = relative(workspace, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw ConfigError.single(`Input "${input}" must stay inside the workspace (got ${value})`, {}, 'bad-input');
  return path;
}

/** Writes a file, creating its directory. */
export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** Writes pretty JSON with a final newline (reports), creating the directory. */
export function writeJson(path: string, value: unknown): Promise<void> {
  return writeText(path, `${JSON.stringify(value, null, 2)}\n`);
}
