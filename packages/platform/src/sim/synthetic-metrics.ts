import type { HealthStatus, InstalledPlugin, MetricSeries, Tenant, Tier } from '../types.js';
import { DEFAULT_BAD_VERSION_ERROR_RATE, DEFAULT_BAD_VERSION_LATENCY_MS, type BadVersionFault } from './faults.js';
import { hash32 } from '@powerx/core/random.js';

/**
 * Metrics are computed, not recorded: a healthy baseline that depends only on (seed, tenant, plugin, version),
 * scaled by the window, plus the effect of faults. The same state and faults always give the same numbers.
 */

const TIER_TRAFFIC: Record<Tier, number> = { free: 0.5, standard: 1, enterprise: 3 };

export interface Baseline {
  requestsPerMinute: number;
  errorRate: number;
  latencyP95Ms: number;
}

export function baseline(seed: number | string, tenant: Tenant, plugin: string, version: string): Baseline {
  const h = hash32(`${String(seed)}|${tenant.id}|${plugin}|${version}`);
  return {
    requestsPerMinute: Math.round((20 + (h % 400)) * TIER_TRAFFIC[tenant.tier]),
    // Healthy: below 1%.
    errorRate: ((h >>> 9) % 90) / 10_000,
    latencyP95Ms: 80 + ((h >>> 17) % 170),
  };
}

export function parseDuration(text: string): number | undefined {
  const match = /^([1-9][0-9]{0,5})(s|m|h)$/.exec(text);
  if (!match) return undefined;
  const unit = match[2] === 's' ? 1_000 : match[2] === 'm' ? 60_000 : 3_600_000;
  return Number(match[1]) * unit;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function seriesFor(
  seed: number | string,
  tenant: Tenant,
  installed: InstalledPlugin,
  windowMs: number,
  windowEnd: number,
  bad: BadVersionFault | undefined,
): MetricSeries {
  const base = baseline(seed, tenant, installed.id, installed.version);
  const requestCount = installed.status === 'disabled' ? 0 : Math.round((base.requestsPerMinute * windowMs) / 60_000);
  let errorRate = base.errorRate;
  let latency = base.latencyP95Ms;
  if (installed.status === 'failed') errorRate = 1;
  if (bad) {
    errorRate += bad.errorRate ?? DEFAULT_BAD_VERSION_ERROR_RATE;
    latency += bad.latencyMs ?? DEFAULT_BAD_VERSION_LATENCY_MS;
  }
  errorRate = requestCount === 0 ? 0 : round4(Math.min(1, errorRate));
  return {
    tenantId: tenant.id,
    plugin: installed.id,
    version: installed.version,
    requestCount,
    errorCount: Math.round(requestCount * errorRate),
    errorRate,
    latencyP95Ms: latency,
    windowStart: new Date(windowEnd - windowMs).toISOString(),
    windowEnd: new Date(windowEnd).toISOString(),
  };
}

export const DEGRADED_ERROR_RATE = 0.05;
export const UNHEALTHY_ERROR_RATE = 0.2;

export function healthOf(installed: InstalledPlugin, series: MetricSeries): { status: HealthStatus; reasons: string[] } {
  const reasons: string[] = [];
  let status: HealthStatus = 'healthy';
  if (installed.status === 'failed') {
    status = 'unhealthy';
    reasons.push('the plugin failed to start');
  } else if (installed.status === 'disabled') {
    status = 'degraded';
    reasons.push('the plugin is disabled');
  }
  if (series.errorRate > UNHEALTHY_ERROR_RATE) {
    status = 'unhealthy';
    reasons.push(`error rate ${(series.errorRate * 100).toFixed(2)}% is above ${UNHEALTHY_ERROR_RATE * 100}%`);
  } else if (series.errorRate > DEGRADED_ERROR_RATE) {
    if (status === 'healthy') status = 'degraded';
    reasons.push(`error rate ${(series.errorRate * 100).toFixed(2)}% is above ${DEGRADED_ERROR_RATE * 100}%`);
  }
  return { status, reasons };
}
