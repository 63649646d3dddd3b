import { createHash } from 'node:crypto';
import { CloudEvent, HTTP } from 'cloudevents';
import { ConfigError, type ConfigIssue } from '../errors.js';
import { checkEventData, dataSchemaFor, inMemorySource } from './catalog.js';
import type { SourceDocument } from '../config/parse.js';
import type { ReleaseEventInput } from './sink.js';

/** A CloudEvents 1.0 event as the suite sends it (structured JSON mode). */
export interface EventEnvelope {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  dataschema: string;
  tenantid?: string;
  idempotencykey: string;
  tags?: string;
  data: Record<string, unknown>;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

/** Where events come from: the emitting repository and workflow run, never the run attempt. */
export interface EmitOrigin {
  /** `https://github.com/<owner>/<repo>/actions/runs/<run id>`, or a `urn:powerx:` URI outside Actions. */
  source: string;
}

export function originFromRun(run: { serverUrl: string; repository: string; runId: string }): EmitOrigin {
  if (!run.repository || !run.runId) throw new Error('a repository and a run id are needed to name the event source');
  return { source: `${run.serverUrl.replace(/\/+$/, '')}/${run.repository}/actions/runs/${run.runId}` };
}

/**
 * The key of the logical event: type, subject, tenant, source (repository and run id) and the optional
 * discriminator. A re-run attempt of the same job derives the same key, so it is the same event.
 */
export function idempotencyKey(input: Pick<ReleaseEventInput, 'type' | 'subject' | 'tenant' | 'key'>, origin: EmitOrigin): string {
  const logical = JSON.stringify([input.type, input.subject, input.tenant ?? null, origin.source, input.key ?? null]);
  return createHash('sha256').update(logical).digest('hex');
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** `evt_` + 26 Crockford base32 characters (130 bits) of the idempotency key. */
export function eventIdFor(key: string): string {
  const bytes = Buffer.from(key, 'hex');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length === 26) break;
  }
  return `evt_${out}`;
}

const TYPE_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/**
 * Builds and validates the envelope of an event. Throws a ConfigError (nothing is sent) when the type
 * is unknown, the subject or tenant is malformed, or the data does not conform to its schema.
 * `dataSource` keeps file positions when the data was read from a file or an input.
 */
export function buildEnvelope(input: ReleaseEventInput, origin: EmitOrigin, options: { now?: Date; dataSource?: SourceDocument } = {}): EventEnvelope {
  const file = options.dataSource?.file;
  const issues: ConfigIssue[] = [];
  if (!TYPE_PATTERN.test(input.type)) issues.push({ file, pointer: '/type', message: `"${input.type}" is not a dotted event type`, code: 'pattern' });
  if (!input.subject || /\s/.test(input.subject) || input.subject.length > 200) {
    issues.push({ file, pointer: '/subject', message: 'must be a non-empty string without spaces (by convention <plugin>@<version>)', code: 'pattern' });
  }
  if (input.tenant !== undefined && (input.tenant === '' || /[\s,]/.test(input.tenant))) {
    issues.push({ file, pointer: '/tenant', message: 'must be a tenant id without spaces or commas', code: 'pattern' });
  }
  if (input.data === null || typeof input.data !== 'object' || Array.isArray(input.data)) {
    issues.push({ file, pointer: '/data', message: 'must be a JSON object', code: 'type' });
  }
  if (issues.length > 0) throw new ConfigError(issues);
  const dataschema = dataSchemaFor(input.type, { file });
  const dataIssues = checkEventData(input.type, options.dataSource ?? inMemorySource(input.data, `<${input.type} data>`));
  if (dataIssues.length > 0) throw new ConfigError(dataIssues);

  const key = idempotencyKey(input, origin);
  const envelope: EventEnvelope = {
    specversion: '1.0',
    id: eventIdFor(key),
    source: origin.source,
    type: input.type,
    subject: input.subject,
    time: (options.now ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    dataschema,
    ...(input.tenant !== undefined ? { tenantid: input.tenant } : {}),
    idempotencykey: key,
    ...(input.tags && input.tags.length > 0 ? { tags: [...new Set(input.tags)].join(',') } : {}),
    data: input.data,
  };
  return envelope;
}

/** The tags of an envelope as a list. */
export function envelopeTags(envelope: Pick<EventEnvelope, 'tags'>): string[] {
  return envelope.tags ? envelope.tags.split(',').filter((t) => t !== '') : [];
}

/**
 * The exact bytes sent for an envelope: the CloudEvents SDK's structured HTTP serialization, which also
 * checks the envelope against the CloudEvents 1.0 specification.
 */
export function serializeEnvelope(envelope: EventEnvelope): { contentType: string; body: string } {
  const message = HTTP.structured(new CloudEvent<Record<string, unknown>>({ ...envelope }));
  return { contentType: String(message.headers['content-type'] ?? CLOUDEVENTS_CONTENT_TYPE), body: String(message.body) };
}
