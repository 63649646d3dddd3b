import type { Subscriber } from './subscriptions.js';

/** What matching looks at: the event's type, its tenant (if any) and the tenant's tags. */
export interface MatchInput {
  type: string;
  tenant?: string | undefined;
  tags?: readonly string[];
}

const globs = new Map<string, RegExp>();

/** `*` matches any characters, dots included: `plugin.*`, `*.blocked`, `*`. */
export function typeMatches(pattern: string, type: string): boolean {
  let re = globs.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    globs.set(pattern, re);
  }
  return re.test(type);
}

export type MatchVerdict = { matches: true } | { matches: false; reason: 'disabled' | 'type' | 'tenant' | 'tags' };

/**
 * Tenant isolation: an event of tenant T reaches a subscriber only if it lists T or says `all: true`;
 * an event with no tenant reaches only `all: true` subscribers.
 */
export function matchSubscriber(subscriber: Pick<Subscriber, 'enabled' | 'filter'>, event: MatchInput): MatchVerdict {
  if (!subscriber.enabled) return { matches: false, reason: 'disabled' };
  const filter = subscriber.filter;
  if (!filter.types.some((p) => typeMatches(p, event.type))) return { matches: false, reason: 'type' };
  if (filter.all !== true) {
    if (event.tenant === undefined || !(filter.tenants ?? []).includes(event.tenant)) return { matches: false, reason: 'tenant' };
  }
  if (filter.tags && filter.tags.length > 0) {
    const tags = new Set(event.tags ?? []);
    if (event.tenant === undefined || !filter.tags.every((t) => tags.has(t))) return { matches: false, reason: 'tags' };
  }
  return { matches: true };
}

export function matchSubscribers<S extends Pick<Subscriber, 'enabled' | 'filter'>>(subscribers: readonly S[], event: MatchInput): S[] {
  return subscribers.filter((s) => matchSubscriber(s, event).matches);
}
