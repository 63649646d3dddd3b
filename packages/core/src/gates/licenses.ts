import satisfies from 'spdx-satisfies';
import type { DependencyNode } from '../deps/npm-tree.js';
import type { PolicyAction, SecurityPolicy } from './config.js';
import { checkWaivers, type WaiverRef } from './waivers.js';

export type LicenseStatus = 'allowed' | 'denied' | 'unlisted' | 'missing' | 'invalid';

export interface LicenseVerdict {
  package: string;
  version: string;
  path: string;
  license?: string;
  status: LicenseStatus;
  /** What the policy does with it (denied always fails unless waived). */
  action: PolicyAction;
  reason: string;
  waived?: WaiverRef;
  waiverExpired?: WaiverRef;
}

/** The simple licences (with any exception) an expression is made of: `(MIT OR GPL-2.0-only WITH X)` -> MIT, GPL-2.0-only WITH X. */
export function licenseLeaves(expression: string): string[] {
  const tokens = expression.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const leaves: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^(AND|OR)$/i.test(token)) continue;
    if (/^WITH$/i.test(token)) {
      if (leaves.length > 0 && tokens[i + 1]) leaves[leaves.length - 1] += ` WITH ${tokens[++i]}`;
      continue;
    }
    leaves.push(token);
  }
  return [...new Set(leaves)];
}

function safeSatisfies(expression: string, approved: readonly string[]): boolean | undefined {
  if (approved.length === 0) return false;
  try {
    return satisfies(expression, [...approved]);
  } catch {
    return undefined;
  }
}

function isValidExpression(expression: string): boolean {
  return safeSatisfies(expression, ['MIT']) !== undefined;
}

/**
 * Classifies one licence expression. Denied: every way of satisfying the expression needs a denied licence
 * (`GPL-3.0-only OR MIT` is not denied, `GPL-3.0-only AND MIT` is). Allowed: some way of satisfying it uses
 * only allowed licences (`-or-later` and `+` ranges as spdx-satisfies reads them). Otherwise unlisted; with
 * an empty allow list, anything not denied passes.
 */
export function classifyLicense(expression: string | undefined, policy: SecurityPolicy['licenses']): { status: LicenseStatus; action: PolicyAction; reason: string } {
  if (expression === undefined || expression.trim() === '') return { status: 'missing', action: policy.onMissing, reason: 'declares no licence' };
  const text = expression.trim();
  if (/^UNLICEN[SC]ED$/i.test(text)) return { status: 'unlisted', action: unlistedAction(policy), reason: 'is UNLICENSED (no permission to use it is granted)' };
  if (/^SEE LICEN[SC]E IN /i.test(text)) return { status: 'unlisted', action: unlistedAction(policy), reason: `has a custom licence (${text})` };
  if (!isValidExpression(text)) return { status: 'invalid', action: unlistedAction(policy), reason: `declares "${text}", which is not an SPDX licence expression` };
  if (policy.deny.length > 0) {
    const leaves = licenseLeaves(text);
    const free = leaves.filter((leaf) => safeSatisfies(leaf, policy.deny) !== true);
    if (!safeSatisfies(text, free)) {
      const denied = leaves.filter((leaf) => safeSatisfies(leaf, policy.deny) === true);
      return { status: 'denied', action: 'fail', reason: `is ${text}; ${denied.join(', ')} ${denied.length === 1 ? 'is' : 'are'} denied and no alternative avoids ${denied.length === 1 ? 'it' : 'them'}` };
    }
  }
  if (policy.allow.length === 0) return { status: 'allowed', action: 'pass', reason: `is ${text} (not denied)` };
  if (safeSatisfies(text, policy.allow)) return { status: 'allowed', action: 'pass', reason: `is ${text}` };
  return { status: 'unlisted', action: policy.onUnlisted, reason: `is ${text}, which is in neither the allow nor the deny list` };
}

function unlistedAction(policy: SecurityPolicy['licenses']): PolicyAction {
  return policy.allow.length === 0 ? 'warn' : policy.onUnlisted;
}

/** Applies the licence policy to every package (dev-only packages unless `includeDev`), waivers included. */
export function checkLicenses(packages: readonly DependencyNode[], policy: SecurityPolicy, now: Date, used?: Set<SecurityPolicy['waivers'][number]>): LicenseVerdict[] {
  const verdicts: LicenseVerdict[] = [];
  for (const node of packages) {
    if (node.dev && !policy.licenses.includeDev) continue;
    const { status, action, reason } = classifyLicense(node.license, policy.licenses);
    const verdict: LicenseVerdict = { package: node.name, version: node.version, path: node.path, status, action, reason };
    if (node.license) verdict.license = node.license;
    if (action !== 'pass') {
      const keys = node.license ? [`license:${node.license}`, ...licenseLeaves(node.license).map((l) => `license:${l}`)] : ['license:NONE'];
      const waiver = checkWaivers(policy.waivers, keys, node.name, now, used);
      if (waiver.active) verdict.waived = waiver.active;
      if (waiver.expired) verdict.waiverExpired = waiver.expired;
    }
    verdicts.push(verdict);
  }
  return verdicts;
}
