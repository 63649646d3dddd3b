/**
 * The seam every capability publishes release events through. The events capability provides the
 * sink that builds CloudEvents and delivers them to subscribers (`createDeliveringSink` in
 * `@powerx/github/delivery/sink.js`); without it, events are collected into the step's JSON report
 * so nothing is silently lost.
 */
export interface ReleaseEventInput {
  /** Dotted type, e.g. `compat.check.blocked`, `publish.pipeline.blocked`, `plugin.release.published`. */
  type: string;
  /** `<plugin>@<version>`. */
  subject: string;
  /** The tenant the event concerns; events without one reach only subscribers of all tenants. */
  tenant?: string;
  data: Record<string, unknown>;
  /**
   * Distinguishes logical events that share type, subject and tenant within one workflow run (for
   * example the batch number of `plugin.upgrade.batch.completed`). Part of the idempotency key.
   */
  key?: string;
  /** Tags that subscription filters can match (`filter.tags`). */
  tags?: string[];
}

export interface EventSink {
  /**
   * Accepts an event. A delivering sink validates it against its type's schema (throwing a
   * ConfigError if it does not conform: such an event is never sent) and delivers in the background.
   */
  publish(event: ReleaseEventInput): Promise<void>;
  /** Waits until every accepted event is delivered or recorded as pending/failed. Call before the step ends. */
  flush?(): Promise<unknown>;
}

/** Keeps events in memory; the front-end writes them to its report. */
export class CollectingSink implements EventSink {
  readonly events: ReleaseEventInput[] = [];

  async publish(event: ReleaseEventInput): Promise<void> {
    this.events.push(event);
  }
}
