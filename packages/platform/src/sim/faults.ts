import { createRandom, type Random } from '@powerx/core/random.js';

/** One rule of injected trouble for the routes it matches (first matching rule wins). */
export interface RouteFault {
  /** `METHOD /path/{template}` as in the description; `*` for the method or path matches any (`*`, `GET *`). */
  route: string;
  /** Share of matching requests answered with `status`. */
  errorRate?: number;
  status?: 500 | 503 | 429;
  /** Share of injected errors sent after the request was applied (its response is lost). Default 0.5. */
  afterApplyRatio?: number;
  /** Added before the request is handled. */
  latencyMs?: number;
}

export interface BadVersionFault {
  plugin: string;
  version: string;
  /** Added to the error rate of every tenant running this version. Default 0.35. */
  errorRate?: number;
  /** Added to the p95 latency. Default 250 ms. */
  latencyMs?: number;
}

export interface SimFaults {
  routes?: RouteFault[];
  /** Accept this many more operations, then crash without answering the last one. */
  crashAfterOperations?: number | null;
  badVersions?: BadVersionFault[];
}

export type FaultPhase = 'before' | 'after';

export interface FaultDecision {
  latencyMs: number;
  error?: { status: number; phase: FaultPhase };
}

export const DEFAULT_BAD_VERSION_ERROR_RATE = 0.35;
export const DEFAULT_BAD_VERSION_LATENCY_MS = 250;

/** Holds the faults in force and rolls the (seeded) dice for each request. */
export class FaultInjector {
  private faults: Required<SimFaults> = { routes: [], crashAfterOperations: null, badVersions: [] };
  private operationsSinceSet = 0;
  private readonly random: Random;
  readonly injected = new Map<string, number>();

  constructor(seed: number | string, initial: SimFaults = {}) {
    this.random = createRandom(`faults:${String(seed)}`);
    this.set(initial);
  }

  get(): Required<SimFaults> {
    return structuredClone(this.faults);
  }

  set(faults: SimFaults): void {
    for (const rule of faults.routes ?? []) parseRoute(rule.route);
    this.faults = {
      routes: structuredClone(faults.routes ?? []),
      crashAfterOperations: faults.crashAfterOperations ?? null,
      badVersions: structuredClone(faults.badVersions ?? []),
    };
    this.operationsSinceSet = 0;
  }

  decide(method: string, template: string): FaultDecision {
    const rule = this.faults.routes.find((r) => routeMatches(r.route, method, template));
    if (!rule) return { latencyMs: 0 };
    const decision: FaultDecision = { latencyMs: rule.latencyMs ?? 0 };
    if ((rule.errorRate ?? 0) > 0 && this.random.next() < (rule.errorRate ?? 0)) {
      const phase: FaultPhase = this.random.next() < (rule.afterApplyRatio ?? 0.5) ? 'after' : 'before';
      decision.error = { status: rule.status ?? 500, phase };
      const key = `${method} ${template}|${phase}`;
      this.injected.set(key, (this.injected.get(key) ?? 0) + 1);
    }
    return decision;
  }

  badVersion(plugin: string, version: string): BadVersionFault | undefined {
    return this.faults.badVersions.find((b) => b.plugin === plugin && b.version === version);
  }

  /** Called once per newly accepted operation; true when the simulator must crash now. */
  operationAccepted(): boolean {
    this.operationsSinceSet++;
    const limit = this.faults.crashAfterOperations;
    return limit !== null && this.operationsSinceSet >= limit;
  }

  injectedCount(phase?: FaultPhase): number {
    let total = 0;
    for (const [key, count] of this.injected) if (phase === undefined || key.endsWith(`|${phase}`)) total += count;
    return total;
  }
}

function parseRoute(route: string): { method: string; path: string } {
  const text = route.trim();
  if (text === '*') return { method: '*', path: '*' };
  const match = /^([A-Za-z]+|\*)\s+(\S+)$/.exec(text) ?? /^()(\/\S*)$/.exec(text);
  if (!match) throw new Error(`fault route ${JSON.stringify(route)} is not "METHOD /path", "METHOD *", "/path" or "*"`);
  return { method: (match[1] || '*').toUpperCase(), path: match[2] as string };
}

function routeMatches(route: string, method: string, template: string): boolean {
  const rule = parseRoute(route);
  return (rule.method === '*' || rule.method === method.toUpperCase()) && (rule.path === '*' || rule.path === template);
}

/** `"POST /tenants/{tenantId}/operations=0.3"` (CLI form) -> route and number. */
export function parseRouteAssignment(text: string, what: string): { route: string; value: number } {
  const at = text.lastIndexOf('=');
  const route = at > 0 ? text.slice(0, at).trim() : '*';
  const raw = at > 0 ? text.slice(at + 1) : text;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0) throw new Error(`${what} ${JSON.stringify(text)}: expected [route=]number, e.g. "POST /tenants/{tenantId}/operations=0.3"`);
  parseRoute(route);
  return { route, value };
}

/** `"acme.crm-sync@2.1.0"` or `"acme.crm-sync@2.1.0=0.5"` -> a bad version. */
export function parseBadVersion(text: string): BadVersionFault {
  const match = /^([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+)@([0-9][0-9A-Za-z.+-]*?)(?:=([0-9.]+))?$/.exec(text.trim());
  if (!match) throw new Error(`bad version ${JSON.stringify(text)}: expected plugin@version[=errorRate], e.g. acme.crm-sync@2.1.0`);
  const fault: BadVersionFault = { plugin: match[1] as string, version: match[2] as string };
  if (match[3] !== undefined) fault.errorRate = Math.min(1, Number(match[3]));
  return fault;
}
