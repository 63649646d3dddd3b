/**
 * What the compat-check and compat-exception actions share: the step's audit log (a JSON-lines file that
 * every step of the job continues) and its event sink. With a subscriptions file the events are delivered
 * (signed webhooks, repository_dispatch, ...); without one they are collected into the step's JSON report.
 */
import { join, resolve } from 'node:path';
import { AuditLog } from '@powerx/core/audit/log.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { CollectingSink, type EventSink, type ReleaseEventInput } from '@powerx/core/events/sink.js';
import { runContext, setSecret, type RunContext } from '@powerx/github/runner.js';

export function openAuditLog(path: string, context: RunContext, secrets: readonly string[]): AuditLog {
  return new AuditLog(new FileAuditStore(path), {
    context: {
      actor: context.actor || 'system',
      run: { id: context.runId || 'local', attempt: context.runAttempt, workflow: context.workflow, commit: context.sha, repository: context.repository, url: context.runUrl || undefined },
    },
    secrets: secrets.filter(Boolean),
  });
}

/** `${RUNNER_TEMP}/<name>`, or the workspace outside a runner. */
export function tempPath(name: string): string {
  return join(process.env.RUNNER_TEMP ?? runContext().workspace, name);
}

export interface StepSink {
  sink: EventSink;
  /** Waits for deliveries; returns what goes into the JSON report. */
  finish(): Promise<{ events: ReleaseEventInput[]; delivery?: unknown }>;
}

export async function openEventSink(options: { subscriptions: string; deliveryLog: string; audit: AuditLog; workspace: string }): Promise<StepSink> {
  if (!options.subscriptions) {
    const sink = new CollectingSink();
    return { sink, finish: async () => ({ events: sink.events }) };
  }
  // Loaded only when delivering: a step without subscriptions does not pay for the delivery stack.
  const [{ readSubscriptions, credentialValues, openDeliveringSink }, { originFromRun }] = await Promise.all([
    import('@powerx/github/delivery/open.js'),
    import('@powerx/core/events/envelope.js'),
  ]);
  const context = runContext();
  const subscriptions = await readSubscriptions(resolve(options.workspace, options.subscriptions), options.subscriptions);
  for (const secret of credentialValues(subscriptions, process.env)) {
    setSecret(secret);
    options.audit.registerSecret(secret);
  }
  const { sink: delivering } = await openDeliveringSink({
    subscriptions,
    logPath: resolve(options.workspace, options.deliveryLog),
    env: process.env,
    origin: originFromRun({ serverUrl: context.serverUrl, repository: context.repository || 'local/local', runId: context.runId || 'local' }),
    ...(context.runId ? { runId: context.runId } : {}),
    audit: options.audit,
    github: { baseUrl: context.apiUrl },
  });
  const published: ReleaseEventInput[] = [];
  const sink: EventSink = {
    async publish(event) {
      published.push(event);
      await delivering.publish(event);
    },
  };
  return {
    sink,
    finish: async () => {
      const delivery = await delivering.close();
      return { events: published, delivery: { counts: delivery.counts, logPath: delivery.logPath, deliveries: delivery.deliveries } };
    },
  };
}
