import { readFile } from 'node:fs/promises';
import { ConfigError } from '@powerx/core/errors.js';
import type { AuditLog } from '@powerx/core/audit/log.js';
import type { EmitOrigin } from '@powerx/core/events/envelope.js';
import type { LogRecord } from '@powerx/core/events/log.js';
import { parseSubscriptions, type Subscriptions } from '@powerx/core/events/subscriptions.js';
import { FileDeliveryLog, readDeliveryLogs } from './log-file.js';
import { createDeliveringSink, type DeliveringSink } from './sink.js';
import type { DispatchOptions } from './dispatch.js';
import type { ConfigIssue } from '@powerx/core/errors.js';

/** Reads a subscriptions file; a missing file is bad input naming the file. */
export async function readSubscriptions(path: string, display = path): Promise<Subscriptions> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw ConfigError.single(`subscriptions file ${display} does not exist`, { file: display }, 'missing-file');
  }
  return parseSubscriptions(text, display);
}

/** Every credential value of enabled subscribers (space-separated parts too), for masking in logs. */
export function credentialValues(subscriptions: Subscriptions, env: Readonly<Record<string, string | undefined>>): string[] {
  const values = new Set<string>();
  for (const s of subscriptions.subscribers) {
    const value = s.enabled ? env[s.secretEnv]?.trim() : undefined;
    if (!value) continue;
    values.add(value);
    for (const part of value.split(/\s+/)) if (part) values.add(part);
  }
  return [...values];
}

export interface OpenSinkOptions {
  subscriptions: Subscriptions;
  /** The step's delivery log: continued if it exists (its records count as history). */
  logPath: string;
  /** More logs to read as history (earlier runs, for replay and re-drive). */
  historyPaths?: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  origin: EmitOrigin;
  runId?: string;
  audit?: AuditLog;
  github?: DispatchOptions;
}

/**
 * The delivering sink as the front-ends open it: history from the existing delivery log (so a re-run
 * never sends an acknowledged event again) plus any other logs given, and the log file continued.
 */
export async function openDeliveringSink(options: OpenSinkOptions): Promise<{ sink: DeliveringSink; history: LogRecord[]; warnings: ConfigIssue[] }> {
  const { records: history, warnings } = await readDeliveryLogs([options.logPath, ...(options.historyPaths ?? []).filter((p) => p !== options.logPath)], { optional: true });
  const sink = createDeliveringSink({
    subscriptions: options.subscriptions,
    secrets: options.env,
    log: new FileDeliveryLog(options.logPath),
    origin: options.origin,
    history,
    ...(options.runId !== undefined ? { runId: options.runId } : {}),
    ...(options.audit ? { audit: options.audit } : {}),
    ...(options.github ? { github: options.github } : {}),
  });
  return { sink, history, warnings };
}
