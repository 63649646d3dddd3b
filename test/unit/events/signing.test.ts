import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, originFromRun, serializeEnvelope } from '@powerx/core/events/envelope.js';
import { generateSigningSecret, parseSigningSecrets, signatureMatches, webhookHeaders } from '@powerx/core/events/signing.js';
import { MemorySeenIds, verifyDelivery } from '@powerx/core/events/verify.js';

const origin = originFromRun({ serverUrl: 'https://github.com', repository: 'acme/crm-sync', runId: '7' });
const envelope = buildEnvelope({ type: 'plugin.release.published', subject: 'crm-sync@2.3.0', tenant: 't1', data: { plugin: 'crm-sync', version: '2.3.0' } }, origin);
const { body, contentType } = serializeEnvelope(envelope);

function signed(secret: string, now = new Date()) {
  return { 'content-type': contentType, ...webhookHeaders(parseSigningSecrets(secret), envelope.id, body, now) };
}

describe('Standard Webhooks signing, interoperable with the standardwebhooks library', () => {
  it('produces deliveries that Webhook.verify accepts', () => {
    const secret = generateSigningSecret();
    const headers = signed(secret);
    expect(headers['webhook-id']).toBe(envelope.id);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with every secret during a rotation, so receivers holding either verify', () => {
    const oldSecret = generateSigningSecret();
    const newSecret = generateSigningSecret();
    const headers = signed(`${oldSecret} ${newSecret}`);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow(/No matching signature/);
  });

  it('signs exactly the bytes sent: a changed body fails their verification', () => {
    const secret = generateSigningSecret();
    const headers = signed(secret);
    expect(() => new Webhook(secret).verify(body.replace('2.3.0', '2.3.1'), headers)).toThrow(/No matching signature/);
  });

  it('verifies what the standardwebhooks library signs', async () => {
    const secret = generateSigningSecret();
    const now = new Date();
    const signature = new Webhook(secret).sign(envelope.id, now, body);
    const result = await verifyDelivery({
      body,
      headers: { 'Content-Type': contentType, 'Webhook-Id': envelope.id, 'Webhook-Timestamp': String(Math.floor(now.getTime() / 1000)), 'Webhook-Signature': signature },
      secret,
    });
    expect(result).toMatchObject({ ok: true, id: envelope.id, duplicate: false });
    if (result.ok) expect(result.event.data).toEqual({ plugin: 'crm-sync', version: '2.3.0' });
  });

  it('rejects secrets not in whsec_ form, naming the problem without echoing the value', () => {
    expect(() => parseSigningSecrets('hunter2')).toThrow(/does not start with whsec_/);
    expect(() => parseSigningSecrets('whsec_c2hvcnQ=')).toThrow(/24\.\.64 bytes/);
    expect(() => parseSigningSecrets(`${generateSigningSecret()} whsec_!!`)).toThrow(/secret 2 is not base64/);
  });

  it('matches in constant time only v1 signatures', () => {
    const keys = parseSigningSecrets(generateSigningSecret());
    const ts = 1_700_000_000;
    const good = webhookHeaders(keys, 'id1', 'x', new Date(ts * 1000))['webhook-signature'];
    expect(signatureMatches(keys, 'id1', ts, 'x', good)).toBe(true);
    expect(signatureMatches(keys, 'id1', ts, 'x', good.replace('v1,', 'v2,'))).toBe(false);
    expect(signatureMatches(keys, 'id2', ts, 'x', good)).toBe(false);
  });
});

describe('verifyDelivery (for receivers)', () => {
  const secret = generateSigningSecret();

  it('accepts a fresh delivery and flags a repeated id as a duplicate', async () => {
    const seen = new MemorySeenIds();
    const first = await verifyDelivery({ body, headers: signed(secret), secret, seen });
    const again = await verifyDelivery({ body, headers: signed(secret), secret, seen });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
  });

  it('enforces the 5-minute timestamp tolerance both ways', async () => {
    const old = await verifyDelivery({ body, headers: signed(secret, new Date(Date.now() - 301_000)), secret });
    const future = await verifyDelivery({ body, headers: signed(secret, new Date(Date.now() + 301_000)), secret });
    const edge = await verifyDelivery({ body, headers: signed(secret, new Date(Date.now() - 290_000)), secret });
    expect(old).toMatchObject({ ok: false, reason: 'timestamp-too-old' });
    expect(future).toMatchObject({ ok: false, reason: 'timestamp-too-new' });
    expect(edge.ok).toBe(true);
  });

  it('rejects a wrong secret, missing headers, and an id that is not the event’s', async () => {
    expect(await verifyDelivery({ body, headers: signed(generateSigningSecret()), secret })).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifyDelivery({ body, headers: { 'content-type': contentType }, secret })).toMatchObject({ ok: false, reason: 'missing-headers' });
    const keys = parseSigningSecrets(secret);
    const other = { 'content-type': contentType, ...webhookHeaders(keys, 'evt_00000000000000000000000000', body, new Date()) };
    expect(await verifyDelivery({ body, headers: other, secret })).toMatchObject({ ok: false, reason: 'invalid-event' });
  });

  it('rejects a correctly signed body that is not a valid release event', async () => {
    const keys = parseSigningSecrets(secret);
    const bogus = JSON.stringify({ ...envelope, data: { plugin: 'x', version: 'nope' } });
    const headers = { 'content-type': contentType, ...webhookHeaders(keys, envelope.id, bogus, new Date()) };
    expect(await verifyDelivery({ body: bogus, headers, secret })).toMatchObject({ ok: false, reason: 'invalid-event', message: expect.stringMatching(/\/data\/version/) });
  });
});
