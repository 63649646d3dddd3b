import type { OperationRequest } from '../types.js';
import { header, json, paginate, seqKey, type Handler } from './handler-kit.js';
import { requestFingerprint } from './idempotency.js';
import { notFound } from './problem.js';
import { publicOperation } from './state.js';
import { requireTenant } from './routes-tenants.js';

export const createOperation: Handler = (ctx, req) => {
  const tenantId = req.params.tenantId as string;
  const key = header(req, 'idempotency-key') as string;
  const fingerprint = requestFingerprint(req.method, req.path, req.body);
  const { operation, replayed } = ctx.engine.accept(tenantId, req.body as OperationRequest, key, fingerprint, req.now);
  if (!replayed && ctx.faults.operationAccepted()) ctx.requestCrash();
  const headers: Record<string, string> = { location: `/operations/${operation.id}` };
  if (replayed) headers['idempotent-replayed'] = 'true';
  return json(202, publicOperation(operation), headers);
};

export const getOperation: Handler = (ctx, req) => {
  const operation = ctx.state.operation(req.params.operationId as string);
  if (!operation) throw notFound('operation_not_found', `Operation ${req.params.operationId as string} does not exist`);
  return json(200, publicOperation(operation));
};

export const listTenantOperations: Handler = (ctx, req) => {
  const tenant = requireTenant(ctx, req.params.tenantId as string);
  const status = req.query.get('status');
  const plugin = req.query.get('plugin');
  const operations = ctx.state
    .operations()
    .filter((o) => o.tenantId === tenant.id && (status === null || o.status === status) && (plugin === null || o.plugin === plugin));
  const page = paginate(operations, (o) => seqKey(o.seq), req);
  return json(200, { items: page.items.map(publicOperation), nextCursor: page.nextCursor });
};
