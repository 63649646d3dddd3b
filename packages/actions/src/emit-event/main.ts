import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseSource, type SourceDocument } from '@powerx/core/config/parse.js';
import { ConfigError } from '@powerx/core/errors.js';
import { getInput, getMultilineInput, info, runContext, setFailed, setOutput } from '@powerx/github/runner.js';
import { failure, openStepSink, readCommonSettings, reportStep, type CommonSettings } from '../events/front.js';

interface Settings extends CommonSettings {
  type: string;
  subject: string;
  tenant?: string;
  key?: string;
  tags?: string[];
  data: Record<string, unknown>;
  dataSource: SourceDocument;
}

async function readData(workspace: string): Promise<SourceDocument> {
  const inline = getInput('data');
  const file = getInput('data-file');
  if (inline && file) throw ConfigError.single('Inputs "data" and "data-file" are exclusive: give one', {}, 'bad-input');
  let text = '{}';
  let name = 'input data';
  if (file) {
    name = relative(workspace, resolve(workspace, file));
    text = await readFile(resolve(workspace, file), 'utf8').catch(() => {
      throw ConfigError.single(`data file ${file} does not exist`, { file: name }, 'missing-file');
    });
  } else if (inline) {
    text = inline;
  }
  const parsed = parseSource(text, name);
  if (!parsed.ok) throw new ConfigError(parsed.issues);
  const value = parsed.source.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw ConfigError.single('event data must be a JSON or YAML object', { file: name, line: 1, column: 1 }, 'type');
  }
  return parsed.source;
}

async function readSettings(): Promise<Settings> {
  const run = runContext();
  const common = readCommonSettings('powerx-events-report.json', run);
  const dataSource = await readData(run.workspace);
  const tenant = getInput('tenant');
  const key = getInput('key');
  const tags = getMultilineInput('tags').flatMap((t) => t.split(',').map((s) => s.trim()).filter(Boolean));
  return {
    ...common,
    type: getInput('type', { required: true }),
    subject: getInput('subject', { required: true }),
    ...(tenant ? { tenant } : {}),
    ...(key ? { key } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    data: dataSource.value as Record<string, unknown>,
    dataSource,
  };
}

export async function emitEvent(): Promise<void> {
  const settings = await readSettings();
  const { sink, subscriptions } = await openStepSink(settings);
  try {
    await sink.publish(
      {
        type: settings.type,
        subject: settings.subject,
        data: settings.data,
        ...(settings.tenant !== undefined ? { tenant: settings.tenant } : {}),
        ...(settings.key !== undefined ? { key: settings.key } : {}),
        ...(settings.tags !== undefined ? { tags: settings.tags } : {}),
      },
      { dataSource: settings.dataSource },
    );
  } finally {
    const report = await sink.close();
    const event = report.events[0];
    if (event) {
      setOutput('event-id', event.eventId);
      info(`event ${event.eventId} (${event.type} ${event.subject}) matched ${event.subscribers.length} subscriber(s)`);
      await reportStep(report, settings, subscriptions, 'Release event', { eventId: event.eventId });
      const failed = failure(report, settings.failOn);
      if (failed) setFailed(failed);
    }
  }
}
