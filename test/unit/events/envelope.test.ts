import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HTTP } from 'cloudevents';
import { describe, expect, it } from 'vitest';
import { parseSource } from '@powerx/core/config/parse.js';
import { ConfigError } from '@powerx/core/errors.js';
import { EVENT_TYPES, checkEnvelope, inMemorySource } from '@powerx/core/events/catalog.js';
import { buildEnvelope, eventIdFor, idempotencyKey, originFromRun, serializeEnvelope } from '@powerx/core/events/envelope.js';
import { repoRoot } from '../../support/harness.js';

const origin = originFromRun({ serverUrl: 'https://github.com', repository: 'acme/crm-sync', runId: '4242' });
const release = { type: 'plugin.release.published', subject: 'crm-sync@2.3.0', tenant: 't-acme', data: { plugin: 'crm-sync', version: '2.3.0' } };

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('event catalog', () => {
  it('has a schema for every type the issue and the other capabilities name', () => {
    for (const type of [
      'plugin.release.published',
      'publish.pipeline.blocked',
      'event.delivery.failed',
      'compat.check.blocked',
      'compat.exception.requested',
      'compat.exception.approved',
      'compat.exception.rejected',
      'compat.exception.expired',
      'plugin.upgrade.batch.completed',
      'plugin.upgrade.rolled_back',
      'version.recommendation.created',
    ]) {
      expect(EVENT_TYPES).toContain(type);
    }
  });

  it('lists exactly the schema files under config/events/schemas', () => {
    const files = readdirSync(join(repoRoot, 'config', 'events', 'schemas'))
      .filter((f) => f.endsWith('.schema.json') && f !== 'cloudevent.schema.json')
      .map((f) => f.replace(/\.schema\.json$/, ''))
      .sort();
    expect([...EVENT_TYPES].sort()).toEqual(files);
  });
});

describe('idempotency key and event id', () => {
  it('derives the same key and id for the same logical event (a re-run attempt of the same run)', () => {
    const a = buildEnvelope(release, origin, { now: new Date('2026-01-01T00:00:00Z') });
    const b = buildEnvelope(release, origin, { now: new Date('2026-01-01T00:05:00Z') });
    expect(a.idempotencykey).toBe(b.idempotencykey);
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^evt_[0-9a-z]{26}$/);
    expect(a.time).not.toBe(b.time);
  });

  it('differs by run id, type, subject, tenant and discriminator', () => {
    const base = idempotencyKey(release, origin);
    const otherRun = originFromRun({ serverUrl: 'https://github.com', repository: 'acme/crm-sync', runId: '4243' });
    expect(idempotencyKey(release, otherRun)).not.toBe(base);
    expect(idempotencyKey({ ...release, subject: 'crm-sync@2.3.1' }, origin)).not.toBe(base);
    expect(idempotencyKey({ ...release, tenant: 't-other' }, origin)).not.toBe(base);
    expect(idempotencyKey({ ...release, tenant: undefined }, origin)).not.toBe(base);
    expect(idempotencyKey({ ...release, type: 'publish.pipeline.blocked' }, origin)).not.toBe(base);
    expect(idempotencyKey({ ...release, key: 'batch-2' }, origin)).not.toBe(base);
  });

  it('names the repository and run in source, never the attempt', () => {
    expect(origin.source).toBe('https://github.com/acme/crm-sync/actions/runs/4242');
  });

  it('maps distinct keys to distinct ids', () => {
    const ids = new Set(Array.from({ length: 2000 }, (_, i) => eventIdFor(idempotencyKey({ ...release, key: String(i) }, origin))));
    expect(ids.size).toBe(2000);
  });
});

describe('buildEnvelope', () => {
  it('builds a CloudEvents 1.0 envelope with the extensions', () => {
    const e = buildEnvelope({ ...release, tags: ['eu', 'gold', 'eu'] }, origin);
    expect(e).toMatchObject({
      specversion: '1.0',
      source: origin.source,
      type: 'plugin.release.published',
      subject: 'crm-sync@2.3.0',
      datacontenttype: 'application/json',
      dataschema: 'https://powerx.dev/schemas/events/plugin.release.published.schema.json',
      tenantid: 't-acme',
      tags: 'eu,gold',
    });
    expect(checkEnvelope(inMemorySource(e))).toEqual([]);
  });

  it('leaves tenantid out for an event of no tenant', () => {
    const e = buildEnvelope({ ...release, tenant: undefined }, origin);
    expect('tenantid' in e).toBe(false);
  });

  it('rejects an unknown type with the known types in the message', () => {
    const error = configError(() => buildEnvelope({ ...release, type: 'plugin.release.exploded' }, origin));
    expect(error.issues[0]).toMatchObject({ pointer: '/type', code: 'unknown-event-type' });
    expect(error.message).toMatch(/known types: .*plugin\.release\.published/);
  });

  it('rejects data that fails its schema: never sent', () => {
    const error = configError(() => buildEnvelope({ ...release, data: { plugin: 'crm-sync', version: 'latest' } }, origin));
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/version', code: 'pattern' })]);
    const missing = configError(() => buildEnvelope({ type: 'publish.pipeline.blocked', subject: 'a@1.0.0', data: {} }, origin));
    expect(missing.issues[0]).toMatchObject({ pointer: '/reasons', message: 'is required' });
  });

  it('locates errors in data read from a file', () => {
    const parsed = parseSource('plugin: crm-sync\nversion: 2.3\n', 'event.yaml');
    if (!parsed.ok) throw new Error('parse');
    const error = configError(() => buildEnvelope({ ...release, data: parsed.source.value as Record<string, unknown> }, origin, { dataSource: parsed.source }));
    expect(error.issues[0]).toMatchObject({ file: 'event.yaml', line: 2, pointer: '/version' });
  });

  it('rejects a subject with spaces and a tenant with a comma', () => {
    const error = configError(() => buildEnvelope({ ...release, subject: 'crm sync', tenant: 'a,b' }, origin));
    expect(error.issues.map((i) => i.pointer)).toEqual(['/subject', '/tenant']);
  });
});

describe('serialization (CloudEvents SDK)', () => {
  it('serializes to structured JSON that HTTP.toEvent parses back to the same event', () => {
    const e = buildEnvelope(release, origin);
    const { contentType, body } = serializeEnvelope(e);
    expect(contentType).toMatch(/^application\/cloudevents\+json/);
    const parsed = HTTP.toEvent({ headers: { 'content-type': contentType }, body });
    expect(Array.isArray(parsed)).toBe(false);
    const event = parsed as unknown as Record<string, unknown>;
    expect(event.id).toBe(e.id);
    expect(event.tenantid).toBe('t-acme');
    expect(event.idempotencykey).toBe(e.idempotencykey);
    expect(event.data).toEqual(e.data);
    expect(JSON.parse(body)).toEqual(e);
  });

  it('checkEnvelope reports a tampered envelope', () => {
    const e = { ...buildEnvelope(release, origin), id: 'not-an-id' };
    expect(checkEnvelope(inMemorySource(e)).map((i) => i.pointer)).toEqual(['/id']);
    const badData = { ...buildEnvelope(release, origin), data: { plugin: 'x', version: 'v' } };
    expect(checkEnvelope(inMemorySource(badData)).map((i) => i.pointer)).toEqual(['/data/version']);
  });
});
