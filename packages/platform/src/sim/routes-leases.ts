import { randomUUID } from 'node:crypto';
import type { LeaseRequest } from '../types.js';
import { header, json, type Handler, type SimContext } from './handler-kit.js';
import { findReplay, requestFingerprint } from './idempotency.js';
import { ProblemError, conflict, notFound } from './problem.js';
import { leaseStatus, publicLease, type IdempotencyRecord, type StoredLease } from './state.js';

const DEFAULT_TTL_SECONDS = 900;

function requireLease(ctx: SimContext, id: string): StoredLease {
  const lease = ctx.state.lease(id);
  if (!lease) throw notFound('lease_not_found', `Lease ${id} does not exist`);
  return lease;
}

export const acquireLease: Handler = (ctx, req) => {
  const key = header(req, 'idempotency-key') as string;
  const replay = findReplay(ctx.state, key, requestFingerprint(req.method, req.path, req.body));
  const now = req.now.getTime();
  if (replay) {
    const lease = ctx.state.lease(replay.id);
    if (lease) return json(201, publicLease(lease, now), { location: `/leases/${lease.id}`, 'idempotent-replayed': 'true' });
  }
  const body = req.body as LeaseRequest;
  const pool = ctx.state
    .tenants()
    .filter((t) => t.testPool && (body.region === undefined || t.region === body.region))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (pool.length === 0) {
    throw conflict('no_test_tenants', `No test-pool tenant${body.region ? ` in ${body.region}` : ''} exists; ask the platform team to add one`);
  }
  const active = ctx.state.leases().filter((l) => leaseStatus(l, now) === 'active');
  const tenant = pool.find((t) => !active.some((l) => l.tenantId === t.id));
  if (!tenant) {
    const poolIds = new Set(pool.map((t) => t.id));
    const soonest = Math.min(...active.filter((l) => poolIds.has(l.tenantId)).map((l) => Date.parse(l.expiresAt)));
    const retryAfter = Math.max(1, Math.ceil((soonest - now) / 1000));
    throw new ProblemError(503, 'no_test_tenant_free', `All ${pool.length} test tenants are leased; the first lease ends in ${retryAfter} s`, {
      headers: { 'retry-after': String(retryAfter) },
    });
  }
  const ttlSeconds = body.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  const lease: StoredLease = {
    id: `ls_${randomUUID()}`,
    tenantId: tenant.id,
    holder: body.holder,
    purpose: body.purpose ?? null,
    ttlSeconds,
    acquiredAt: req.now.toISOString(),
    expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    renewedAt: null,
    releasedAt: null,
  };
  const record: IdempotencyRecord = { key, fingerprint: requestFingerprint(req.method, req.path, req.body), kind: 'lease', id: lease.id, createdAt: lease.acquiredAt };
  ctx.state.commit([
    { collection: 'leases', id: lease.id, value: lease },
    { collection: 'idempotency', id: key, value: record },
  ]);
  return json(201, publicLease(lease, now), { location: `/leases/${lease.id}` });
};

export const getLease: Handler = (ctx, req) => json(200, publicLease(requireLease(ctx, req.params.leaseId as string), req.now.getTime()));

export const listLeases: Handler = (ctx, req) => {
  const now = req.now.getTime();
  const status = req.query.get('status') ?? 'active';
  const items = ctx.state
    .leases()
    .map((l) => publicLease(l, now))
    .filter((l) => l.status === status)
    .reverse();
  return json(200, { items });
};

export const renewLease: Handler = (ctx, req) => {
  const lease = requireLease(ctx, req.params.leaseId as string);
  const now = req.now.getTime();
  const status = leaseStatus(lease, now);
  if (status === 'released') throw conflict('lease_released', `Lease ${lease.id} was released; acquire a new one`);
  if (status === 'expired') throw conflict('lease_expired', `Lease ${lease.id} expired at ${lease.expiresAt}; acquire a new one`);
  const ttlSeconds = (req.body as { ttlSeconds?: number } | undefined)?.ttlSeconds ?? lease.ttlSeconds;
  const renewed: StoredLease = { ...lease, ttlSeconds, renewedAt: req.now.toISOString(), expiresAt: new Date(now + ttlSeconds * 1000).toISOString() };
  ctx.state.commit([{ collection: 'leases', id: lease.id, value: renewed }]);
  return json(200, publicLease(renewed, now));
};

export const releaseLease: Handler = (ctx, req) => {
  const lease = requireLease(ctx, req.params.leaseId as string);
  const now = req.now.getTime();
  if (leaseStatus(lease, now) !== 'active') return json(200, publicLease(lease, now));
  const released: StoredLease = { ...lease, releasedAt: req.now.toISOString() };
  ctx.state.commit([{ collection: 'leases', id: lease.id, value: released }]);
  return json(200, publicLease(released, now));
};
