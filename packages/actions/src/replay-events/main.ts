import { glob } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '@powerx/core/errors.js';
import { parseTimeBound } from '@powerx/core/audit/query.js';
import { renderRedeliveryMarkdown } from '@powerx/core/events/report.js';
import type { ReplayQuery } from '@powerx/core/events/replay.js';
import { readDeliveryLogs } from '@powerx/github/delivery/log-file.js';
import { readSubscriptions } from '@powerx/github/delivery/open.js';
import { redeliver, type RedeliveryMode } from '@powerx/github/delivery/redeliver.js';
import { appendSummary, getBooleanInput, getInput, getMultilineInput, info, runContext, setFailed, setOutput, warning } from '@powerx/github/runner.js';
import { failure, openStepSink, readCommonSettings, reportStep, type CommonSettings } from '../events/front.js';
import { writeJson } from '../shared/files.js';

interface Settings extends CommonSettings {
  mode: RedeliveryMode;
  logs: string[];
  query: ReplayQuery;
  dryRun: boolean;
}

function instant(input: string, now: Date): Date | undefined {
  const text = getInput(input);
  return text ? parseTimeBound(text, now, `Input "${input}"`) : undefined;
}

async function readSettings(now: Date): Promise<Settings> {
  const run = runContext();
  const common = readCommonSettings('powerx-events-replay.json', run);
  const mode = getInput('mode') || 'replay';
  if (mode !== 'replay' && mode !== 'redrive') throw ConfigError.single(`Input "mode" must be replay or redrive (got "${mode}")`, {}, 'bad-input');
  const patterns = getMultilineInput('logs');
  const logs = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['powerx-event-logs/**/*.jsonl']) {
    for await (const path of glob(pattern, { cwd: run.workspace })) logs.add(resolve(run.workspace, path));
  }
  const query: ReplayQuery = {};
  const eventId = getInput('event-id');
  const subscriber = getInput('subscriber');
  const since = instant('since', now);
  const until = instant('until', now);
  if (eventId) query.eventId = eventId;
  if (subscriber) query.subscriber = subscriber;
  if (since) query.since = since;
  if (until) query.until = until;
  if (mode === 'replay' && !eventId && !subscriber) throw ConfigError.single('A replay needs input "event-id", or "subscriber" (with "since"/"until" to narrow it)', {}, 'bad-input');
  return { ...common, mode, logs: [...logs].sort(), query, dryRun: getBooleanInput('dry-run') };
}

export async function replayEvents(): Promise<void> {
  const now = new Date();
  const settings = await readSettings(now);
  const run = runContext();
  const { records: history, warnings } = await readDeliveryLogs(settings.logs);
  for (const w of warnings) warning(w.message, { title: 'Delivery log', file: w.file, startLine: w.line });
  info(`read ${history.length} record(s) from ${settings.logs.length} delivery log(s)`);
  const subscriptions = await readSubscriptions(resolve(settings.workspace, settings.subscriptionsFile), settings.subscriptionsFile);
  const result = await redeliver({
    mode: settings.mode,
    history,
    subscriptions,
    query: settings.query,
    now,
    dryRun: settings.dryRun,
    openSink: () => openStepSink(settings, settings.logs, run),
  });
  setOutput('selected', String(result.selected.length));
  info(`${settings.mode}${settings.dryRun ? ' (dry run)' : ''}: ${result.selected.length} delivery(ies) selected, ${result.skipped.length} skipped`);
  if (result.delivery) {
    await reportStep(result.delivery, settings, subscriptions, settings.mode === 'redrive' ? 'Event re-drive' : 'Event replay', { run });
  } else {
    setOutput('delivered', '0');
    setOutput('failed', '0');
    setOutput('pending', '0');
    setOutput('skipped', '0');
    setOutput('log-path', settings.deliveryLog);
    setOutput('report', settings.report);
  }
  await writeJson(settings.report, result);
  if (!result.delivery) appendSummary(renderRedeliveryMarkdown(result, run.runUrl ? { runUrl: run.runUrl } : {}));
  else if (result.skipped.length > 0) appendSummary(renderRedeliveryMarkdown({ ...result, delivery: undefined, dryRun: false, selected: [] }));
  const failed = result.delivery ? failure(result.delivery, settings.failOn) : undefined;
  if (failed) setFailed(failed);
}
