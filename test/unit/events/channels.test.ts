import { describe, expect, it } from 'vitest';
import { dispatchRequest, pagerDutyEvent, slackMessage } from '@powerx/core/events/channels.js';
import { buildEnvelope } from '@powerx/core/events/envelope.js';
import { envelope, origin } from './records.js';

describe('channel payloads', () => {
  const e = envelope(1);

  it('nests the envelope under one client_payload key for repository_dispatch', () => {
    const req = dispatchRequest(e);
    expect(req).toEqual({ ok: true, eventType: 'plugin.release.published', clientPayload: { event: e } });
    if (req.ok) expect(Object.keys(req.clientPayload).length).toBeLessThanOrEqual(10);
  });

  it('refuses a repository_dispatch payload of 64 KB or more', () => {
    const big = buildEnvelope({ type: 'plugin.release.published', subject: 'a@1.0.0', data: { plugin: 'a', version: '1.0.0', notes: 'x'.repeat(70_000) } }, origin);
    expect(dispatchRequest(big)).toMatchObject({ ok: false, reason: expect.stringMatching(/takes less than 65536/) });
  });

  it('triggers PagerDuty with a dedup key per PagerDuty subscriber and event', () => {
    const pd = pagerDutyEvent(e, 'oncall', 'R0UTING') as { dedup_key: string; event_action: string; payload: Record<string, unknown> };
    expect(pd.event_action).toBe('trigger');
    expect(pd.dedup_key).toBe(`powerx:oncall:${e.idempotencykey}`);
    expect(pd.payload).toMatchObject({ severity: 'info', source: 'acme/crm-sync', component: 'crm-sync', group: 't1', class: 'plugin.release.published' });
  });

  it('keys delivery alerts by the failing subscriber and resolves them', () => {
    const fire = buildEnvelope({ type: 'event.delivery.failed', subject: 'subscriber/ops', key: '1', data: { reason: 'failure-rate', subscriber: 'ops', state: 'firing' } }, origin);
    const resolve = buildEnvelope({ type: 'event.delivery.failed', subject: 'subscriber/ops', key: '2', data: { reason: 'failure-rate', subscriber: 'ops', state: 'resolved' } }, origin);
    const a = pagerDutyEvent(fire, 'oncall', 'K');
    const b = pagerDutyEvent(resolve, 'oncall', 'K');
    expect(a).toMatchObject({ event_action: 'trigger', dedup_key: 'powerx:oncall:ops:failure-rate', payload: { severity: 'error' } });
    expect(b).toEqual({ routing_key: 'K', event_action: 'resolve', dedup_key: 'powerx:oncall:ops:failure-rate' });
  });

  it('writes a Slack message with text and blocks', () => {
    const msg = slackMessage(e);
    expect(msg.text).toBe('plugin.release.published crm-sync@2.1.0 (tenant t1)');
    expect(JSON.stringify(msg.blocks)).toContain(e.id);
  });
});
