import type { Health, MetricSeries, MetricsQueryResult } from '../types.js';
import { json, type Handler } from './handler-kit.js';
import { badRequest } from './problem.js';
import { parseDuration, seriesFor } from './synthetic-metrics.js';

const MAX_WINDOW_MS = 24 * 3_600_000;

export const queryMetrics: Handler = (ctx, req) => {
  const window = req.query.get('window') ?? '5m';
  const windowMs = parseDuration(window);
  if (windowMs === undefined || windowMs > MAX_WINDOW_MS) {
    throw badRequest('invalid_window', `window ${JSON.stringify(window)} must be a duration such as 30s, 5m or 1h, at most 24h`, [
      { pointer: 'query:window', message: 'not a duration of at most 24h' },
    ]);
  }
  const endText = req.query.get('end');
  const end = endText === null ? req.now.getTime() : Date.parse(endText);
  const tenantId = req.query.get('tenant');
  const plugin = req.query.get('plugin');
  const version = req.query.get('version');
  const series: MetricSeries[] = [];
  for (const tenant of ctx.state.tenants()) {
    if (tenantId !== null && tenant.id !== tenantId) continue;
    for (const installed of tenant.plugins) {
      if ((plugin !== null && installed.id !== plugin) || (version !== null && installed.version !== version)) continue;
      series.push(seriesFor(ctx.seed, tenant, installed, windowMs, end, ctx.faults.badVersion(installed.id, installed.version)));
    }
  }
  const result: MetricsQueryResult = {
    window,
    windowStart: new Date(end - windowMs).toISOString(),
    windowEnd: new Date(end).toISOString(),
    series,
  };
  return json(200, result);
};

export const getHealth: Handler = (ctx) => {
  const health: Health = { status: 'ok', version: 'powerx-simulator/1', uptimeSeconds: Math.round((Date.now() - ctx.startedAt) / 100) / 10 };
  return json(200, health);
};

export const getPrometheusMetrics: Handler = (ctx) => ({
  status: 200,
  body: ctx.prometheus(),
  contentType: 'text/plain; version=0.0.4; charset=utf-8',
});
