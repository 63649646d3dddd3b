/**
 * The seam every capability publishes release events through. The events capability provides the
 * sink that builds CloudEvents and delivers them to subscribers; without it, events are collected
 * into the step's JSON report so nothing is silently lost.
 */
export interface ReleaseEventInput {
  /** Dotted type, e.g. `compat.check.blocked`, `publish.pipeline.blocked`, `plugin.release.published`. */
  type: string;
  /** `<plugin>@<version>`. */
  subject: string;
  /** The tenant the event concerns; events without one reach only subscribers of all tenants. */
  tenant?: string;
  data: Record<string, unknown>;
}

export interface EventSink {
  publish(event: ReleaseEventInput): Promise<void>;
}

/** Keeps events in memory; the front-end writes them to its report. */
export class CollectingSink implements EventSink {
  readonly events: ReleaseEventInput[] = [];

  async publish(event: ReleaseEventInput): Promise<void> {
    this.events.push(event);
  }
}
