import type { FaultInjector } from './faults.js';
import { leaseStatus, type SimState } from './state.js';
import { seriesFor } from './synthetic-metrics.js';

/** Prometheus text exposition format 0.0.4. */

type Labels = Record<string, string>;

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function sample(name: string, labels: Labels, value: number): string {
  const entries = Object.entries(labels);
  const text = entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
  return `${name}${text} ${Number.isFinite(value) ? String(value) : 'NaN'}`;
}

class Exposition {
  private readonly lines: string[] = [];

  family(name: string, type: 'counter' | 'gauge', help: string, samples: ReadonlyArray<[Labels, number]>): void {
    this.lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) this.lines.push(sample(name, labels, value));
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** Requests served, by route template, method and status. Kept in memory: counters restart with the process. */
export class RequestCounters {
  private readonly counts = new Map<string, number>();

  add(route: string, method: string, status: number): void {
    const key = JSON.stringify([route, method, String(status)]);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  samples(): Array<[Labels, number]> {
    return [...this.counts].map(([key, value]) => {
      const [route, method, status] = JSON.parse(key) as [string, string, string];
      return [{ route, method, status }, value];
    });
  }
}

const WINDOW_MS = 5 * 60_000;

export function renderPrometheus(input: {
  state: SimState;
  faults: FaultInjector;
  requests: RequestCounters;
  seed: number | string;
  startedAt: number;
  now: number;
}): string {
  const { state, faults, now } = input;
  const out = new Exposition();
  out.family('powerx_sim_http_requests_total', 'counter', 'HTTP requests served, by route template, method and status.', input.requests.samples());
  out.family(
    'powerx_sim_faults_injected_total',
    'counter',
    'Injected errors, by route and whether the request had been applied.',
    [...faults.injected].map(([key, value]) => {
      const [route, phase] = key.split('|') as [string, string];
      return [{ route, phase }, value];
    }),
  );

  const byTypeStatus = new Map<string, number>();
  for (const o of state.operations()) byTypeStatus.set(`${o.type}|${o.status}`, (byTypeStatus.get(`${o.type}|${o.status}`) ?? 0) + 1);
  out.family(
    'powerx_sim_operations',
    'gauge',
    'Operations known to the platform, by type and current status.',
    [...byTypeStatus].map(([key, value]) => {
      const [type, status] = key.split('|') as [string, string];
      return [{ type, status }, value];
    }),
  );

  const leases = state.leases().filter((l) => leaseStatus(l, now) === 'active').length;
  out.family('powerx_sim_leases_in_use', 'gauge', 'Active test-tenant leases.', [[{}, leases]]);
  out.family('powerx_sim_test_pool_size', 'gauge', 'Tenants in the test pool.', [[{}, state.tenants().filter((t) => t.testPool).length]]);

  const requests: Array<[Labels, number]> = [];
  const errors: Array<[Labels, number]> = [];
  const ratios: Array<[Labels, number]> = [];
  const latencies: Array<[Labels, number]> = [];
  for (const tenant of state.tenants()) {
    for (const installed of tenant.plugins) {
      const s = seriesFor(input.seed, tenant, installed, WINDOW_MS, now, faults.badVersion(installed.id, installed.version));
      const labels = { tenant: tenant.id, plugin: installed.id, version: installed.version };
      requests.push([labels, s.requestCount]);
      errors.push([labels, s.errorCount]);
      ratios.push([labels, s.errorRate]);
      latencies.push([labels, s.latencyP95Ms / 1000]);
    }
  }
  out.family('powerx_sim_plugin_requests_5m', 'gauge', 'Plugin requests over the last 5 minutes, per tenant, plugin and version.', requests);
  out.family('powerx_sim_plugin_errors_5m', 'gauge', 'Failed plugin requests over the last 5 minutes.', errors);
  out.family('powerx_sim_plugin_error_ratio_5m', 'gauge', 'Failed share of plugin requests over the last 5 minutes (0..1).', ratios);
  out.family('powerx_sim_plugin_latency_p95_seconds', 'gauge', '95th percentile plugin request latency over the last 5 minutes.', latencies);
  out.family(
    'powerx_sim_bad_version',
    'gauge',
    'Plugin versions the simulator treats as bad (1 while the fault is set).',
    faults.get().badVersions.map((b) => [{ plugin: b.plugin, version: b.version }, 1]),
  );
  out.family('powerx_sim_uptime_seconds', 'gauge', 'Seconds since the simulator started.', [[{}, Math.round((now - input.startedAt) / 1000)]]);
  return out.toString();
}
