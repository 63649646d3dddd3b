import { ConfigError, type ConfigIssue } from '../errors.js';
import { parseSource, type SourceDocument } from '../config/parse.js';
import { parseDuration } from './duration.js';
import { precompiled } from '../config/validate.js';
import subscriptionsSchema from '../config/validators/config/subscriptions.generated.cjs';

export type Channel = 'webhook' | 'repository_dispatch' | 'slack' | 'pagerduty';

export interface SubscriberFilter {
  types: string[];
  /** Tenant ids; absent when `all` is true. */
  tenants?: string[];
  all?: true;
  /** The event's tenant must carry every one of these tags. */
  tags?: string[];
}

/** A subscriber with the defaults folded in and durations in milliseconds. */
export interface Subscriber {
  id: string;
  description?: string;
  channel: Channel;
  target?: string;
  secretEnv: string;
  filter: SubscriberFilter;
  enabled: boolean;
  timeoutMs: number;
  retry: { scheduleMs: number[]; maxAttempts: number; stepBudgetMs: number };
  rateLimit: { perSecond: number; burst: number };
  circuitBreaker: { failureThreshold: number; cooldownMs: number };
  maxInFlight: number;
  /** Where the subscriber is declared, for errors that concern it. */
  location: { file: string; line?: number; column?: number; pointer: string };
}

export interface AlertThresholds {
  failureRate: number;
  windowMs: number;
  minAttempts: number;
  latencyMs: number;
  signatureRejections: boolean;
}

export interface Subscriptions {
  file: string;
  subscribers: Subscriber[];
  alerts: AlertThresholds;
}

interface RawRetry {
  schedule?: string[];
  maxAttempts?: number;
  stepBudget?: string;
}

interface RawSubscriber {
  id: string;
  description?: string;
  channel: Channel;
  target?: string;
  secretEnv: string;
  filter: SubscriberFilter;
  rateLimit?: { perSecond: number; burst: number };
  retry?: RawRetry;
  timeout?: string;
  maxInFlight?: number;
  enabled: boolean;
}

interface RawSubscriptions {
  defaults: {
    timeout: string;
    retry: Required<RawRetry>;
    rateLimit: { perSecond: number; burst?: number };
    circuitBreaker: { failureThreshold: number; cooldown: string };
    maxInFlight: number;
  };
  alerts: { failureRate: number; window: string; latency: string; signatureRejections: boolean; minAttempts: number };
  subscribers: RawSubscriber[];
}

/**
 * Reads `config/events/subscriptions.yaml` (or any file of that kind): schema validation with located
 * errors, then the rules a schema cannot say (unique ids). Throws a ConfigError listing every problem.
 */
export function parseSubscriptions(text: string, file: string): Subscriptions {
  const parsed = parseSource(text, file);
  if (!parsed.ok) throw new ConfigError(parsed.issues);
  const source = parsed.source;
  const issues = precompiled(subscriptionsSchema)(source);
  if (issues.length > 0) throw new ConfigError(issues);
  const raw = source.value as RawSubscriptions;
  const duplicates = duplicateIds(raw, source);
  if (duplicates.length > 0) throw new ConfigError(duplicates);
  return resolve(raw, source);
}

function duplicateIds(raw: RawSubscriptions, source: SourceDocument): ConfigIssue[] {
  const seen = new Map<string, number>();
  const issues: ConfigIssue[] = [];
  raw.subscribers.forEach((s, i) => {
    const first = seen.get(s.id);
    const pointer = `/subscribers/${i}/id`;
    if (first !== undefined) {
      issues.push({ file: source.file, ...source.locate(pointer), pointer, message: `duplicates the id of subscribers[${first}]`, code: 'duplicate-id' });
    } else {
      seen.set(s.id, i);
    }
  });
  return issues;
}

function resolve(raw: RawSubscriptions, source: SourceDocument): Subscriptions {
  const d = raw.defaults;
  const subscribers = raw.subscribers.map((s, i): Subscriber => {
    const retry = { ...d.retry, ...s.retry };
    const rate = s.rateLimit ?? d.rateLimit;
    const pointer = `/subscribers/${i}`;
    return {
      id: s.id,
      ...(s.description !== undefined ? { description: s.description } : {}),
      channel: s.channel,
      ...(s.target !== undefined ? { target: s.target } : {}),
      secretEnv: s.secretEnv,
      filter: s.filter,
      enabled: s.enabled,
      timeoutMs: parseDuration(s.timeout ?? d.timeout),
      retry: { scheduleMs: retry.schedule.map(parseDuration), maxAttempts: retry.maxAttempts, stepBudgetMs: parseDuration(retry.stepBudget) },
      rateLimit: { perSecond: rate.perSecond, burst: rate.burst ?? 1 },
      circuitBreaker: { failureThreshold: d.circuitBreaker.failureThreshold, cooldownMs: parseDuration(d.circuitBreaker.cooldown) },
      maxInFlight: s.maxInFlight ?? d.maxInFlight,
      location: { file: source.file, ...source.locate(pointer), pointer },
    };
  });
  const a = raw.alerts;
  return {
    file: source.file,
    subscribers,
    alerts: {
      failureRate: a.failureRate,
      windowMs: parseDuration(a.window),
      minAttempts: a.minAttempts,
      latencyMs: parseDuration(a.latency),
      signatureRejections: a.signatureRejections,
    },
  };
}

/** The credentials of enabled subscribers, read from `env`; every missing one is a located issue. */
export function resolveCredentials(subscriptions: Subscriptions, env: Readonly<Record<string, string | undefined>>): Map<string, string> {
  const found = new Map<string, string>();
  const issues: ConfigIssue[] = [];
  for (const s of subscriptions.subscribers) {
    if (!s.enabled) continue;
    const value = env[s.secretEnv];
    if (value === undefined || value.trim() === '') {
      issues.push({
        file: s.location.file,
        line: s.location.line,
        column: s.location.column,
        pointer: `${s.location.pointer}/secretEnv`,
        message: `subscriber ${s.id}: environment variable ${s.secretEnv} is not set (pass the secret to the step with env:)`,
        code: 'missing-secret',
      });
    } else {
      found.set(s.id, value.trim());
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return found;
}
