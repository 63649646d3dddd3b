/**
 * A step's event delivery: the subscriptions file read and its credentials masked (in the log and the audit
 * records), and the delivering sink opened on the step's delivery log. The records already in that log (an
 * earlier step of the job, or the earlier attempt of a re-run that downloaded it) and in `historyPaths` are the
 * history, so an event a subscriber acknowledged is never sent to it again.
 */
import { resolve } from 'node:path';
import type { AuditLog } from '@powerx/core/audit/log.js';
import { originFromRun } from '@powerx/core/events/envelope.js';
import { credentialValues, openDeliveringSink, readSubscriptions } from '@powerx/github/delivery/open.js';
import { runContext, setSecret, warning, type RunContext } from '@powerx/github/runner.js';
import { isLoopback } from './loopback.js';

export interface StepDeliveryOptions {
  workspace: string;
  /** The subscriptions file as the workflow names it, relative to the workspace. */
  subscriptions: string;
  /** The step's delivery log (relative to the workspace, or absolute): continued, and read as history. */
  deliveryLog: string;
  /** More delivery logs to read as history (earlier runs, for replay and re-drive). */
  historyPaths?: readonly string[];
  audit: AuditLog;
  run?: RunContext;
}

export async function openStepDelivery(options: StepDeliveryOptions) {
  const run = options.run ?? runContext();
  const subscriptions = await readSubscriptions(resolve(options.workspace, options.subscriptions), options.subscriptions);
  for (const secret of credentialValues(subscriptions, process.env)) {
    setSecret(secret);
    options.audit.registerSecret(secret);
  }
  const opened = await openDeliveringSink({
    subscriptions,
    logPath: resolve(options.workspace, options.deliveryLog),
    ...(options.historyPaths ? { historyPaths: options.historyPaths } : {}),
    env: process.env,
    origin: originFromRun({ serverUrl: run.serverUrl, repository: run.repository || 'local/local', runId: run.runId || 'local' }),
    ...(run.runId ? { runId: run.runId } : {}),
    audit: options.audit,
    // GitHub asks for spaced-out writes; a loopback API (the GitHub double) does not.
    github: { baseUrl: run.apiUrl, paceWrites: !isLoopback(run.apiUrl) },
  });
  for (const w of opened.warnings) warning(w.message, { title: 'Delivery log', file: w.file, startLine: w.line });
  return { ...opened, subscriptions };
}
