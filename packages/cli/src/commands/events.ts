import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { parseTimeBound } from '@powerx/core/audit/query.js';
import { parseSource } from '@powerx/core/config/parse.js';
import { ConfigError } from '@powerx/core/errors.js';
import { originFromRun, type EmitOrigin } from '@powerx/core/events/envelope.js';
import { filterAttempts, filterDeliveries, type AttemptStatus, type LogFilter, type Trigger } from '@powerx/core/events/log.js';
import { deliveryMetrics } from '@powerx/core/events/metrics.js';
import {
  metricsTable,
  renderAttemptsMarkdown,
  renderAttemptsText,
  renderDeliveriesMarkdown,
  renderDeliveriesText,
  renderDeliveryMarkdown,
  renderDeliveryText,
  renderRedeliveryMarkdown,
  renderRedeliveryText,
  type DeliveryReport,
} from '@powerx/core/events/report.js';
import type { ReplayQuery } from '@powerx/core/events/replay.js';
import { readDeliveryLogs } from '@powerx/github/delivery/log-file.js';
import { openDeliveringSink, readSubscriptions } from '@powerx/github/delivery/open.js';
import { redeliver, type RedeliveryMode } from '@powerx/github/delivery/redeliver.js';
import { runContext } from '@powerx/github/runner.js';
import { DEFAULT_DELIVERY_LOG, tempPath } from '@powerx/actions/shared/files.js';
import { openCliAuditLog } from '../audit-log.js';
import { EXIT, processIo, UsageError, type Format, type Io } from '../output.js';

/**
 * Where `powerx events` keeps its delivery log when not told otherwise: the actions' default,
 * `$RUNNER_TEMP/powerx-events/delivery-log.jsonl` (the current directory outside a runner), so a `run:` step and the
 * suite's actions in one job continue one log, which the workflow uploads for the re-drive.
 */
export function defaultEventLog(): string {
  return tempPath(DEFAULT_DELIVERY_LOG);
}
const DEFAULT_SUBSCRIPTIONS = 'config/events/subscriptions.yaml';

type FailOn = 'never' | 'failed' | 'pending';

interface SinkFlags {
  subscriptions: string;
  log: string;
  auditLog?: string;
  format: Format;
  failOn: FailOn;
}

interface EmitFlags extends SinkFlags {
  type: string;
  subject: string;
  tenant?: string;
  data?: string;
  dataFile?: string;
  key?: string;
  tag: string[];
  runId?: string;
}

interface LogFlags {
  tenant?: string;
  subscriber?: string;
  status?: AttemptStatus;
  type?: string;
  event?: string;
  trigger?: Trigger;
  since?: string;
  until?: string;
  view: 'attempts' | 'deliveries';
  format: Format;
}

interface RedeliverFlags extends SinkFlags {
  from: string[];
  eventId?: string;
  subscriber?: string;
  since?: string;
  until?: string;
  dryRun?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];
const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text');
const failOnOption = () => new Option('--fail-on <when>', 'exit 1 when deliveries failed for good (failed), or also when some are pending (pending)').choices(['never', 'failed', 'pending']).default('never');

/** Inside GitHub Actions the source is the run (so a re-run is the same event); elsewhere `--run-id` or a fresh id. */
function originFor(runId: string | undefined, env: NodeJS.ProcessEnv = process.env): { origin: EmitOrigin; runId: string } {
  if (env.GITHUB_REPOSITORY && (runId ?? env.GITHUB_RUN_ID)) {
    const id = runId ?? env.GITHUB_RUN_ID!;
    return { origin: originFromRun({ serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com', repository: env.GITHUB_REPOSITORY, runId: id }), runId: id };
  }
  const id = runId ?? randomUUID();
  return { origin: { source: `urn:powerx:cli:${id}` }, runId: id };
}

/** The run `--audit-log` records carry: the events' run id and, in Actions, the attempt, workflow and commit. */
function auditRun(runId: string) {
  const run = runContext();
  return { runId, runAttempt: run.runAttempt, workflow: run.workflow || 'powerx events', sha: run.sha };
}

async function readData(flags: EmitFlags): Promise<ReturnType<typeof parseSource>> {
  if (flags.data !== undefined && flags.dataFile !== undefined) throw new UsageError('--data and --data-file are exclusive');
  let text = flags.data ?? '{}';
  let name = '--data';
  if (flags.dataFile !== undefined) {
    name = flags.dataFile;
    text = await readFile(resolve(flags.dataFile), 'utf8').catch(() => {
      throw ConfigError.single(`data file ${flags.dataFile} does not exist`, { file: flags.dataFile }, 'missing-file');
    });
  }
  return parseSource(text, name);
}

function exitFor(report: DeliveryReport, failOn: FailOn): number {
  const { failed, pending } = report.counts;
  if (failOn === 'failed' && failed > 0) return EXIT.failed;
  if (failOn === 'pending' && failed + pending > 0) return EXIT.failed;
  return EXIT.ok;
}

function printReport(io: Io, report: DeliveryReport, format: Format, title: string): void {
  if (format === 'json') io.out(JSON.stringify(report, null, 2));
  else if (format === 'md') io.out(renderDeliveryMarkdown(report, { title }));
  else io.out(renderDeliveryText(report));
}

function time(value: string | undefined, now: Date, flag: string): Date | undefined {
  return value === undefined ? undefined : parseTimeBound(value, now, flag);
}

async function emit(flags: EmitFlags, io: Io): Promise<number> {
  const parsed = await readData(flags);
  if (!parsed.ok) throw new ConfigError(parsed.issues);
  const data = parsed.source.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw ConfigError.single('event data must be a JSON or YAML object', { file: parsed.source.file }, 'type');
  const { origin, runId } = originFor(flags.runId);
  const subscriptions = await readSubscriptions(resolve(flags.subscriptions), flags.subscriptions);
  const audit = flags.auditLog ? openCliAuditLog(flags.auditLog, auditRun(runId)) : undefined;
  const { sink, warnings } = await openDeliveringSink({ subscriptions, logPath: resolve(flags.log), env: process.env, origin, runId, ...(audit ? { audit } : {}) });
  for (const w of warnings) io.err(`warning: ${w.file}:${w.line} ${w.message}`);
  const tags = flags.tag.flatMap((t) => t.split(',').map((s) => s.trim()).filter(Boolean));
  try {
    await sink.publish(
      {
        type: flags.type,
        subject: flags.subject,
        data: data as Record<string, unknown>,
        ...(flags.tenant !== undefined ? { tenant: flags.tenant } : {}),
        ...(flags.key !== undefined ? { key: flags.key } : {}),
        ...(tags.length > 0 ? { tags } : {}),
      },
      { dataSource: parsed.source },
    );
  } catch (error) {
    await sink.close();
    throw error;
  }
  const report = await sink.close();
  printReport(io, report, flags.format, 'Release event');
  return exitFor(report, flags.failOn);
}

async function showLog(files: string[], flags: LogFlags, io: Io): Promise<number> {
  const paths = files.length > 0 ? files : [defaultEventLog()];
  const { records, warnings } = await readDeliveryLogs(paths.map((p) => resolve(p))).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw ConfigError.single(`delivery log ${error.path ?? paths.join(', ')} does not exist`, { file: error.path ?? paths[0]! }, 'missing-file');
    throw error;
  });
  for (const w of warnings) io.err(`warning: ${w.file}:${w.line} ${w.message}`);
  const now = new Date();
  const filter: LogFilter = {
    ...(flags.tenant !== undefined ? { tenant: flags.tenant } : {}),
    ...(flags.subscriber !== undefined ? { subscriber: flags.subscriber } : {}),
    ...(flags.status !== undefined ? { status: flags.status } : {}),
    ...(flags.type !== undefined ? { type: flags.type } : {}),
    ...(flags.event !== undefined ? { eventId: flags.event } : {}),
    ...(flags.trigger !== undefined ? { trigger: flags.trigger } : {}),
  };
  const since = time(flags.since, now, '--since');
  const until = time(flags.until, now, '--until');
  if (since) filter.since = since;
  if (until) filter.until = until;
  const attempts = filterAttempts(records, filter);
  // Metrics cover the selected attempts (and the events they belong to).
  const ids = new Set(attempts.map((a) => a.eventId));
  const metrics = deliveryMetrics([...records.filter((r) => r.record === 'event' && ids.has(r.eventId)), ...attempts]);
  if (flags.view === 'deliveries') {
    const deliveries = filterDeliveries(records, filter);
    if (flags.format === 'json') io.out(JSON.stringify({ deliveries, metrics }, null, 2));
    else if (flags.format === 'md') io.out(`${renderDeliveriesMarkdown(deliveries)}\n\n${metricsTable(metrics)}`);
    else io.out(`${renderDeliveriesText(deliveries)}\n${deliveries.length} deliver${deliveries.length === 1 ? 'y' : 'ies'}`);
    return EXIT.ok;
  }
  if (flags.format === 'json') io.out(JSON.stringify({ attempts, metrics }, null, 2));
  else if (flags.format === 'md') io.out(`${renderAttemptsMarkdown(attempts)}\n\n${metricsTable(metrics)}`);
  else io.out(`${renderAttemptsText(attempts)}\n${attempts.length} attempt(s); success ${metrics['event.delivery.success_total']}, retries ${metrics['event.delivery.retry_total']}, p95 latency ${metrics['event.delivery.latency_p95'] ?? '-'} ms, duplicates ${metrics['event.delivery.duplicate_total']}`);
  return EXIT.ok;
}

async function runRedelivery(mode: RedeliveryMode, flags: RedeliverFlags, io: Io): Promise<number> {
  const now = new Date();
  const from = (flags.from.length > 0 ? flags.from : [defaultEventLog()]).map((p) => resolve(p));
  const query: ReplayQuery = {};
  if (flags.eventId !== undefined) query.eventId = flags.eventId;
  if (flags.subscriber !== undefined) query.subscriber = flags.subscriber;
  const since = time(flags.since, now, '--since');
  const until = time(flags.until, now, '--until');
  if (since) query.since = since;
  if (until) query.until = until;
  if (mode === 'replay' && query.eventId === undefined && query.subscriber === undefined) throw new UsageError('replay needs --event-id, or --subscriber (with --since/--until to narrow it)');
  const { records: history, warnings } = await readDeliveryLogs(from, { optional: true });
  for (const w of warnings) io.err(`warning: ${w.file}:${w.line} ${w.message}`);
  const subscriptions = await readSubscriptions(resolve(flags.subscriptions), flags.subscriptions);
  const { origin, runId } = originFor(undefined);
  const result = await redeliver({
    mode,
    history,
    subscriptions,
    query,
    now,
    dryRun: flags.dryRun === true,
    openSink: async () => {
      const audit = flags.auditLog ? openCliAuditLog(flags.auditLog, auditRun(runId)) : undefined;
      const { sink } = await openDeliveringSink({ subscriptions, logPath: resolve(flags.log), historyPaths: from, env: process.env, origin, runId, ...(audit ? { audit } : {}) });
      return { sink, ...(audit ? { audit } : {}) };
    },
  });
  if (flags.format === 'json') io.out(JSON.stringify(result, null, 2));
  else if (flags.format === 'md') io.out(renderRedeliveryMarkdown(result));
  else io.out(renderRedeliveryText(result));
  return result.delivery ? exitFor(result.delivery, flags.failOn) : EXIT.ok;
}

function sinkOptions(command: Command, logHelp: string): Command {
  return command
    .option('--subscriptions <file>', 'subscriptions file', DEFAULT_SUBSCRIPTIONS)
    .option('--log <file>', logHelp, defaultEventLog())
    .option('--audit-log <file>', 'append audit records of every decision to this audit log')
    .addOption(failOnOption())
    .addOption(formatOption());
}

export function eventsCommand(io: Io = processIo): Command {
  const events = new Command('events').description('Publish release events, read the delivery log, replay and re-drive deliveries');

  sinkOptions(
    events
      .command('emit')
      .description('Publish one event to every matching subscriber (credentials from the environment variables the subscriptions name)')
      .requiredOption('--type <type>', 'event type, e.g. plugin.release.published')
      .requiredOption('--subject <subject>', '<plugin>@<version>')
      .option('--tenant <tenant>', 'tenant the event concerns (omit for an event of all tenants)')
      .option('--data <json-or-yaml>', 'event data object')
      .option('--data-file <file>', 'file holding the event data (JSON or YAML)')
      .option('--key <discriminator>', 'distinguishes events with the same type, subject and tenant in one run')
      .option('--tag <tag>', 'tenant tag for filter.tags (repeatable)', collect, [])
      .option('--run-id <id>', 'logical run the event belongs to (default: GITHUB_RUN_ID, else a new id); the same run id makes the same event'),
    'delivery log to continue (JSON lines)',
  ).action(async (flags: EmitFlags) => {
    process.exitCode = await emit(flags, io);
  });

  events
    .command('log')
    .description('Show delivery attempts (or the state of each delivery) from delivery logs, filtered')
    .argument('[files...]', `delivery logs (default ${defaultEventLog()})`)
    .option('--tenant <tenant>', 'only this tenant')
    .option('--subscriber <id>', 'only this subscriber')
    .addOption(new Option('--status <status>', 'only this status').choices(['delivered', 'retrying', 'pending', 'failed']))
    .option('--type <type>', 'only this event type (* globs)')
    .option('--event <id>', 'only this event id')
    .addOption(new Option('--trigger <trigger>', 'only attempts made by this trigger').choices(['scheduled', 'manual', 'redrive']))
    .option('--since <time>', 'from this time: ISO 8601, or a duration ago such as 1h')
    .option('--until <time>', 'until this time: ISO 8601, or a duration ago')
    .addOption(new Option('--view <view>', 'one line per attempt, or per event and subscriber with its current status').choices(['attempts', 'deliveries']).default('attempts'))
    .addOption(formatOption())
    .action(async (files: string[], flags: LogFlags) => {
      process.exitCode = await showLog(files, flags, io);
    });

  sinkOptions(
    events
      .command('replay')
      .description('Send logged events again, keeping their ids: one event, or the failed and pending deliveries of a subscriber; prints the count first')
      .option('--from <file>', `delivery logs to read (repeatable; default ${defaultEventLog()})`, collect, [])
      .option('--event-id <id>', 'replay this event')
      .option('--subscriber <id>', 'only this subscriber (without --event-id: its failed and pending deliveries)')
      .option('--since <time>', 'last attempt at or after this time (ISO 8601 or a duration ago)')
      .option('--until <time>', 'last attempt at or before this time')
      .option('--dry-run', 'only count and list what would be sent'),
    'delivery log the new attempts are appended to',
  ).action(async (flags: RedeliverFlags) => {
    process.exitCode = await runRedelivery('replay', flags, io);
  });

  sinkOptions(
    events
      .command('redrive')
      .description('Send the pending deliveries that are due (what the scheduled event-redrive workflow runs)')
      .option('--from <file>', `delivery logs to read (repeatable; default ${defaultEventLog()})`, collect, [])
      .option('--dry-run', 'only count and list what would be sent'),
    'delivery log the new attempts are appended to',
  ).action(async (flags: RedeliverFlags) => {
    process.exitCode = await runRedelivery('redrive', flags, io);
  });

  return events;
}
