import type { AuditEntry, AuditLog } from '@powerx/core/audit/log.js';
import type { SourceDocument } from '@powerx/core/config/parse.js';
import { ConfigError, isConfigError, type ConfigIssue } from '@powerx/core/errors.js';
import { evaluateAlerts, type AlertVerdict } from '@powerx/core/events/alerts.js';
import { buildEnvelope, envelopeTags, type EmitOrigin, type EventEnvelope } from '@powerx/core/events/envelope.js';
import { deliveryKey, disabledSubscribers, foldDeliveries, type AlertRecord, type DeliveryState, type LogRecord, type Trigger } from '@powerx/core/events/log.js';
import { matchSubscribers } from '@powerx/core/events/match.js';
import { deliveryMetrics } from '@powerx/core/events/metrics.js';
import type { DeliveryReport, DeliveryRow } from '@powerx/core/events/report.js';
import type { ReplayCandidate, Skipped } from '@powerx/core/events/replay.js';
import type { EventSink, ReleaseEventInput } from '@powerx/core/events/sink.js';
import { SecretFormatError } from '@powerx/core/events/signing.js';
import { resolveCredentials, type Subscriber, type Subscriptions } from '@powerx/core/events/subscriptions.js';
import { BodyCache, PagerDutyChannel, SlackChannel, WebhookChannel, type DeliveryChannel } from './channels.js';
import type { DispatchOptions } from './dispatch.js';
import { Dispatcher, type FinalDelivery } from './dispatcher.js';
import type { DeliveryLogWriter } from './log-file.js';

export interface DeliveringSinkOptions {
  subscriptions: Subscriptions;
  /** Where credentials are read from by name (`secretEnv`): the step's environment. */
  secrets: Readonly<Record<string, string | undefined>>;
  log: DeliveryLogWriter;
  /** The emitting repository and run: the CloudEvents `source` and part of the idempotency key. */
  origin: EmitOrigin;
  /** repository_dispatch settings (API URL, pacing, client factory). */
  github?: DispatchOptions;
  /** Records already in the delivery log (earlier steps, or the earlier attempt of a re-run). */
  history?: readonly LogRecord[];
  audit?: AuditLog;
  runId?: string;
  /** Tags of a tenant, for `filter.tags` (e.g. from the platform); an event's own `tags` win. */
  tenantTags?: (tenant: string) => Promise<readonly string[]> | readonly string[];
  /** Announce failed deliveries and alerts as `event.delivery.failed` events (default true). */
  announceFailures?: boolean;
  clock?: () => number;
  random?: () => number;
  /** Called for every delivery that reached delivered, pending or failed. */
  onDelivery?: (final: FinalDelivery) => void;
}

export type { DeliveryReport, DeliveryRow };

export interface DeliveringSink extends EventSink {
  /** Accepts an event (see EventSink); `dataSource` keeps file positions for errors in data read from a file. */
  publish(event: ReleaseEventInput, options?: { dataSource?: SourceDocument }): Promise<void>;
  /** Validates and matches without delivering: the envelope and the subscribers it would reach. */
  plan(event: ReleaseEventInput, options?: { dataSource?: SourceDocument }): Promise<{ envelope: EventEnvelope; subscribers: string[]; acknowledged: string[] }>;
  /** Sends logged events again (manual replay or scheduled re-drive), keeping their ids. */
  redeliver(candidates: readonly ReplayCandidate[], trigger: 'manual' | 'redrive'): void;
  /** Closes deliveries that can no longer be made (subscriber removed or gone) as failed. */
  abandon(skipped: readonly Skipped[], trigger: 'manual' | 'redrive'): void;
  /** Waits for every delivery, evaluates alerts, and returns what happened in this step. */
  flush(): Promise<DeliveryReport>;
  /** Flushes, closes connections and the log. */
  close(): Promise<DeliveryReport>;
}

function channelFor(subscriber: Subscriber, credential: string, bodies: BodyCache, github: DispatchOptions | undefined): DeliveryChannel {
  switch (subscriber.channel) {
    case 'webhook':
      return new WebhookChannel(subscriber, credential, bodies);
    case 'slack':
      return new SlackChannel(subscriber, credential);
    case 'pagerduty':
      return new PagerDutyChannel(subscriber, credential);
    case 'repository_dispatch':
      return lazyDispatchChannel(subscriber, credential, github);
  }
}

/** Octokit is loaded only when a repository_dispatch delivery is actually made (it costs cold start). */
function lazyDispatchChannel(subscriber: Subscriber, credential: string, github: DispatchOptions | undefined): DeliveryChannel {
  let channel: Promise<DeliveryChannel> | undefined;
  let opened: DeliveryChannel | undefined;
  return {
    async send(envelope, now) {
      channel ??= import('./dispatch.js').then(({ DispatchChannel }) => (opened = new DispatchChannel(subscriber, credential, github)));
      return (await channel).send(envelope, now);
    },
    close() {
      opened?.close();
    },
  };
}

function credentialIssue(subscriber: Subscriber, message: string): ConfigIssue {
  return {
    file: subscriber.location.file,
    line: subscriber.location.line,
    column: subscriber.location.column,
    pointer: `${subscriber.location.pointer}/secretEnv`,
    message: `subscriber ${subscriber.id}: the value of ${subscriber.secretEnv} ${message}`,
    code: 'bad-secret',
  };
}

/** One channel per enabled subscriber; credentials are checked here so a bad one fails before anything is sent. */
function openChannels(options: DeliveringSinkOptions, bodies: BodyCache): Map<string, DeliveryChannel> {
  const credentials = resolveCredentials(options.subscriptions, options.secrets);
  const channels = new Map<string, DeliveryChannel>();
  const issues: ConfigIssue[] = [];
  for (const subscriber of options.subscriptions.subscribers) {
    const credential = credentials.get(subscriber.id);
    if (credential === undefined) continue;
    options.audit?.registerSecret(credential);
    try {
      if (subscriber.channel === 'slack' && !/^https:\/\//.test(credential) && !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(credential)) {
        throw new SecretFormatError('is not an https:// Slack incoming-webhook URL');
      }
      channels.set(subscriber.id, channelFor(subscriber, credential, bodies, options.github));
    } catch (error) {
      if (error instanceof SecretFormatError) issues.push(credentialIssue(subscriber, error.message));
      else throw error;
    }
  }
  if (issues.length > 0) {
    for (const channel of channels.values()) channel.close();
    throw new ConfigError(issues);
  }
  return channels;
}

/**
 * The EventSink that delivers: builds CloudEvents, matches subscriptions (tenant isolation), delivers
 * through webhook / Slack / PagerDuty / repository_dispatch with retries, writes the delivery log,
 * announces failures and alerts as `event.delivery.failed`, and audits its decisions.
 * `publish` returns once the event is accepted; `flush` (or `close`) waits for the deliveries.
 */
export function createDeliveringSink(options: DeliveringSinkOptions): DeliveringSink {
  const bodies = new BodyCache();
  const channels = openChannels(options, bodies);
  const clock = options.clock ?? Date.now;
  const announce = options.announceFailures ?? true;
  const history = options.history ?? [];
  const historyStates: Map<string, DeliveryState> = foldDeliveries(history);
  const disabled = new Set(disabledSubscribers(history).keys());
  const accepted = new Map<string, DeliveryReport['events'][number]>();
  const rows: DeliveryRow[] = [];
  const audits: Promise<unknown>[] = [];
  const announcements: Promise<unknown>[] = [];
  const subscribersById = new Map(options.subscriptions.subscribers.map((s) => [s.id, s]));
  const alerts: AlertVerdict[] = [];
  const perEventRows = new Map<string, DeliveryRow[]>();

  const audit = (entry: AuditEntry) => {
    if (options.audit) audits.push(options.audit.append(entry));
  };

  const row = (envelope: EventEnvelope, subscriber: string, trigger: Trigger, fields: Pick<DeliveryRow, 'status' | 'attempts' | 'lastStatusCode' | 'lastError' | 'nextAttemptAt'>): DeliveryRow => {
    const r: DeliveryRow = {
      eventId: envelope.id,
      type: envelope.type,
      subject: envelope.subject,
      tenant: envelope.tenantid ?? null,
      subscriber,
      channel: subscribersById.get(subscriber)?.channel ?? 'webhook',
      trigger,
      status: fields.status,
      attempts: fields.attempts,
      lastStatusCode: fields.lastStatusCode,
      ...(fields.lastError !== undefined ? { lastError: fields.lastError } : {}),
      ...(fields.nextAttemptAt !== undefined ? { nextAttemptAt: fields.nextAttemptAt } : {}),
    };
    rows.push(r);
    const list = perEventRows.get(envelope.id) ?? [];
    list.push(r);
    perEventRows.set(envelope.id, list);
    return r;
  };

  const dispatcher = new Dispatcher({
    subscribers: options.subscriptions.subscribers,
    channels,
    log: options.log,
    ...(options.runId !== undefined ? { runId: options.runId } : {}),
    clock,
    ...(options.random ? { random: options.random } : {}),
    onFinal: (final) => {
      row(final.envelope, final.subscriber, final.trigger, final);
      options.onDelivery?.(final);
      const announceIt = final.status === 'failed' && (final.reason !== 'subscriber-gone' || final.lastStatusCode === 410);
      if (announce && announceIt && final.envelope.type !== 'event.delivery.failed') {
        announcements.push(announceFailure(final));
      }
    },
    onDisabled: (subscriber, reason) => {
      disabled.add(subscriber);
      audit({ action: 'events.subscriber.disabled', subject: subscriber, outcome: 'disabled', details: { reason } });
    },
    onEventSettled: (eventId) => {
      bodies.forget(eventId);
      const event = accepted.get(eventId);
      const list = perEventRows.get(eventId) ?? [];
      if (event && list.length > 0) {
        const statuses = list.map((r) => r.status);
        const outcome = statuses.every((s) => s === 'delivered' || s === 'skipped') ? 'delivered' : statuses.some((s) => s === 'failed') ? 'failed' : 'pending';
        audit({
          action: 'events.delivery.completed',
          subject: event.subject,
          outcome,
          details: { eventId, type: event.type, tenant: event.tenant, deliveries: Object.fromEntries(list.map((r) => [r.subscriber, { status: r.status, attempts: r.attempts, lastStatusCode: r.lastStatusCode }])) },
        });
      }
    },
  });

  async function announceFailure(final: FinalDelivery): Promise<void> {
    const reason = final.reason ?? 'exhausted';
    await publishInternal({
      type: 'event.delivery.failed',
      subject: final.envelope.subject,
      ...(final.envelope.tenantid !== undefined ? { tenant: final.envelope.tenantid } : {}),
      key: `${final.eventId}:${final.subscriber}`,
      data: {
        reason,
        subscriber: final.subscriber,
        eventId: final.eventId,
        eventType: final.envelope.type,
        attempts: final.attempts,
        lastStatus: final.lastStatusCode,
        ...(final.lastError !== undefined ? { lastError: final.lastError } : {}),
      },
    }).catch(() => undefined);
  }

  async function plan(event: ReleaseEventInput, planOptions: { dataSource?: SourceDocument } = {}) {
    const envelope = buildEnvelope(event, options.origin, { now: new Date(clock()), ...(planOptions.dataSource ? { dataSource: planOptions.dataSource } : {}) });
    const tags = event.tags ?? (event.tenant !== undefined && options.tenantTags ? await options.tenantTags(event.tenant) : envelopeTags(envelope));
    let matched = matchSubscribers(
      options.subscriptions.subscribers.filter((s) => !disabled.has(s.id)),
      { type: envelope.type, tenant: envelope.tenantid, tags },
    ).map((s) => s.id);
    // A delivery failure is never announced to the subscriber it is about.
    if (envelope.type === 'event.delivery.failed') matched = matched.filter((id) => id !== envelope.data.subscriber);
    const acknowledged = matched.filter((id) => historyStates.get(deliveryKey(envelope.id, id))?.acknowledged);
    return { envelope, subscribers: matched, acknowledged };
  }

  async function publishInternal(event: ReleaseEventInput, publishOptions: { dataSource?: SourceDocument } = {}): Promise<void> {
    let planned: Awaited<ReturnType<typeof plan>>;
    try {
      planned = await plan(event, publishOptions);
    } catch (error) {
      if (isConfigError(error)) {
        audit({ action: 'events.event.rejected', subject: event.subject || 'unknown', outcome: 'rejected', details: { type: event.type, issues: error.issues.map((i) => ({ pointer: i.pointer ?? '', message: i.message })) } });
      }
      throw error;
    }
    const { envelope, subscribers, acknowledged } = planned;
    if (accepted.has(envelope.id)) return;
    const summary = { eventId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenantid ?? null, subscribers };
    accepted.set(envelope.id, summary);
    options.log.append({ record: 'event', time: new Date(clock()).toISOString(), eventId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenantid ?? null, subscribers, envelope });
    audit({ action: 'events.event.accepted', subject: envelope.subject, outcome: 'recorded', details: { eventId: envelope.id, type: envelope.type, tenant: envelope.tenantid ?? null, subscribers, alreadyAcknowledged: acknowledged } });
    for (const id of subscribers) {
      const state = historyStates.get(deliveryKey(envelope.id, id));
      if (state?.acknowledged) {
        row(envelope, id, 'scheduled', { status: 'skipped', attempts: state.attempts, lastStatusCode: state.lastStatusCode });
        continue;
      }
      void dispatcher.deliver({ envelope, subscriber: id, trigger: 'scheduled', attempts: state?.attempts ?? 0 });
    }
    if (subscribers.length > 0 && subscribers.every((id) => acknowledged.includes(id))) {
      audit({ action: 'events.delivery.completed', subject: envelope.subject, outcome: 'delivered', details: { eventId: envelope.id, type: envelope.type, alreadyAcknowledged: acknowledged } });
    }
  }

  async function evaluate(): Promise<void> {
    const records = [...history, ...options.log.records];
    const verdicts = evaluateAlerts(records, options.subscriptions.alerts, new Date(clock()));
    for (const verdict of verdicts) {
      alerts.push(verdict);
      const time = new Date(clock()).toISOString();
      const event: ReleaseEventInput = {
        type: 'event.delivery.failed',
        subject: `subscriber/${verdict.subscriber}`,
        key: `alert:${verdict.subscriber}:${verdict.kind}:${verdict.state}:${time}`,
        data: {
          reason: verdict.kind,
          subscriber: verdict.subscriber,
          state: verdict.state,
          window: verdict.window,
          threshold: verdict.threshold,
          ...(verdict.kind === 'failure-rate' ? { failureRate: verdict.value } : verdict.kind === 'latency' ? { latencyP95Ms: verdict.value } : {}),
          message: verdict.message,
        },
      };
      const { envelope } = await plan(event);
      const record: AlertRecord = { record: 'alert', time, subscriber: verdict.subscriber, kind: verdict.kind, state: verdict.state, value: verdict.value, threshold: verdict.threshold, eventId: envelope.id };
      options.log.append(record);
      audit({ action: `events.alert.${verdict.state}`, subject: verdict.subscriber, outcome: verdict.state, details: { kind: verdict.kind, value: verdict.value, threshold: verdict.threshold, window: verdict.window, eventId: envelope.id } });
      if (announce) await publishInternal(event);
    }
  }

  let evaluated = false;
  async function flush(): Promise<DeliveryReport> {
    // Announcements publish more events; wait until nothing new is started.
    for (;;) {
      await dispatcher.idle();
      const pending = announcements.splice(0);
      if (pending.length === 0) break;
      await Promise.all(pending);
    }
    if (!evaluated) {
      evaluated = true;
      await evaluate();
      await dispatcher.idle();
    }
    await Promise.all(audits.splice(0));
    return report();
  }

  function report(): DeliveryReport {
    const count = (status: DeliveryRow['status']) => rows.filter((r) => r.status === status).length;
    return {
      events: [...accepted.values()],
      deliveries: [...rows],
      counts: { events: accepted.size, delivered: count('delivered'), pending: count('pending'), failed: count('failed'), skipped: count('skipped') },
      alerts: [...alerts],
      metrics: deliveryMetrics(options.log.records),
      logPath: options.log.path ?? null,
    };
  }

  return {
    publish: (event, publishOptions) => publishInternal(event, publishOptions),
    plan,
    redeliver(candidates, trigger) {
      for (const c of candidates) {
        if (!channels.has(c.subscriber)) throw new Error(`subscriber ${c.subscriber} is not enabled`);
        const { envelope } = c.event;
        if (!accepted.has(envelope.id)) {
          accepted.set(envelope.id, { eventId: envelope.id, type: envelope.type, subject: envelope.subject, tenant: envelope.tenantid ?? null, subscribers: c.event.subscribers });
        }
        void dispatcher.deliver({ envelope, subscriber: c.subscriber, trigger, attempts: c.attempts });
      }
    },
    abandon(skipped, trigger) {
      const now = new Date(clock()).toISOString();
      for (const s of skipped) {
        if (s.reason === 'acknowledged' || s.reason === 'unknown-event') continue;
        const state = historyStates.get(deliveryKey(s.eventId, s.subscriber));
        options.log.append({
          record: 'attempt',
          time: now,
          eventId: s.eventId,
          subscriber: s.subscriber,
          channel: state?.channel ?? subscribersById.get(s.subscriber)?.channel ?? 'webhook',
          tenant: state?.tenant ?? null,
          type: state?.type ?? 'unknown',
          attempt: state?.attempts ?? 0,
          trigger,
          sent: false,
          status: 'failed',
          statusCode: null,
          latencyMs: null,
          sincePublishMs: 0,
          error: s.reason === 'disabled' ? 'not sent: subscriber disabled' : 'not sent: subscriber no longer configured',
          ...(options.runId !== undefined ? { runId: options.runId } : {}),
        });
      }
    },
    flush,
    async close() {
      try {
        return await flush();
      } finally {
        dispatcher.close();
        await options.log.close();
      }
    },
  };
}
