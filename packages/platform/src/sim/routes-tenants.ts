import type { PluginHealth, Tenant } from '../types.js';
import { json, paginate, type Handler, type SimContext } from './handler-kit.js';
import { notFound } from './problem.js';
import { healthOf, seriesFor } from './synthetic-metrics.js';

const HEALTH_WINDOW = '5m';
const HEALTH_WINDOW_MS = 5 * 60_000;

export function requireTenant(ctx: SimContext, tenantId: string): Tenant {
  const tenant = ctx.state.tenant(tenantId);
  if (!tenant) throw notFound('tenant_not_found', `Tenant ${tenantId} does not exist`);
  return tenant;
}

export const listTenants: Handler = (ctx, req) => {
  const tag = req.query.get('tag');
  const tier = req.query.get('tier');
  const region = req.query.get('region');
  const testPool = req.query.get('testPool');
  const plugin = req.query.get('plugin');
  const tenants = ctx.state
    .tenants()
    .filter(
      (t) =>
        (tag === null || t.tags.includes(tag)) &&
        (tier === null || t.tier === tier) &&
        (region === null || t.region === region) &&
        (testPool === null || t.testPool === (testPool === 'true')) &&
        (plugin === null || t.plugins.some((p) => p.id === plugin)),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
  return json(200, paginate(tenants, (t) => t.id, req));
};

export const getTenant: Handler = (ctx, req) => json(200, requireTenant(ctx, req.params.tenantId as string));

export const getTenantPluginHealth: Handler = (ctx, req) => {
  const tenant = requireTenant(ctx, req.params.tenantId as string);
  const pluginId = req.params.pluginId as string;
  const installed = tenant.plugins.find((p) => p.id === pluginId);
  if (!installed) throw notFound('plugin_not_installed', `${pluginId} is not installed on ${tenant.id}`);
  const end = req.now.getTime();
  const series = seriesFor(ctx.seed, tenant, installed, HEALTH_WINDOW_MS, end, ctx.faults.badVersion(installed.id, installed.version));
  const { status, reasons } = healthOf(installed, series);
  const health: PluginHealth = {
    tenantId: tenant.id,
    plugin: installed.id,
    version: installed.version,
    status,
    requestCount: series.requestCount,
    errorRate: series.errorRate,
    latencyP95Ms: series.latencyP95Ms,
    window: HEALTH_WINDOW,
    checkedAt: req.now.toISOString(),
    reasons,
  };
  return json(200, health);
};
