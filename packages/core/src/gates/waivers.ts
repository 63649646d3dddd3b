import type { Waiver } from './config.js';

export interface WaiverRef {
  id: string;
  package?: string;
  approver: string;
  reason: string;
  expires: string;
}

export interface WaiverCheck {
  /** The waiver that covers it and has not expired. */
  active?: WaiverRef;
  /** A waiver that would cover it but expired: not waived, reported. */
  expired?: WaiverRef;
}

function ref(waiver: Waiver): WaiverRef {
  return { id: waiver.id, ...(waiver.package ? { package: waiver.package } : {}), approver: waiver.approver, reason: waiver.reason, expires: waiver.expires };
}

/**
 * Finds the waiver for something known by `ids` (an advisory id and its aliases, or `license:<id>` keys) in
 * `pkg`. Ids compare without regard to case; a waiver with a package covers only that package. A waiver
 * expires at its `expires` instant: from then on it no longer applies.
 */
export function checkWaivers(waivers: readonly Waiver[], ids: readonly string[], pkg: string | undefined, now: Date, used?: Set<Waiver>): WaiverCheck {
  const wanted = new Set(ids.map((id) => id.toLowerCase()));
  const result: WaiverCheck = {};
  for (const waiver of waivers) {
    if (!wanted.has(waiver.id.toLowerCase())) continue;
    if (waiver.package !== undefined && waiver.package !== pkg) continue;
    used?.add(waiver);
    if (Date.parse(waiver.expires) > now.getTime()) {
      result.active ??= ref(waiver);
    } else {
      result.expired ??= ref(waiver);
    }
  }
  if (result.active) delete result.expired;
  return result;
}

/** Waivers that covered nothing in this run, for clean-up. */
export function unusedWaivers(waivers: readonly Waiver[], used: ReadonlySet<Waiver>): WaiverRef[] {
  return waivers.filter((w) => !used.has(w)).map(ref);
}
