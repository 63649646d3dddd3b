/**
 * The event sink of a step that publishes events as a side effect of its decision (compat, release). With a
 * subscriptions file the events are delivered (signed webhooks, repository_dispatch, ...) through the step's
 * delivery log, so a re-run sends nothing a subscriber already acknowledged; without one they are collected
 * into the step's JSON report.
 */
import type { AuditLog } from '@powerx/core/audit/log.js';
import { CollectingSink, type EventSink, type ReleaseEventInput } from '@powerx/core/events/sink.js';
import type { RunContext } from '@powerx/github/runner.js';

export interface StepSink {
  sink: EventSink;
  /** Waits for deliveries; returns what goes into the JSON report. */
  finish(): Promise<{ events: ReleaseEventInput[]; delivery?: unknown }>;
}

export async function openEventSink(options: { subscriptions: string; deliveryLog: string; audit: AuditLog; workspace: string; run?: RunContext }): Promise<StepSink> {
  if (!options.subscriptions) {
    const sink = new CollectingSink();
    return { sink, finish: async () => ({ events: sink.events }) };
  }
  // Loaded only when delivering: a step without subscriptions does not pay for the delivery stack.
  const { openStepDelivery } = await import('./delivery.js');
  const { sink: delivering } = await openStepDelivery(options);
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
