/**
 * The compatibility engine: one plugin version against one tenant, with the rules of the compatibility
 * guard (host, runtimes, dependencies, dependents, data migrations, vendor matrix), a risk score, a
 * verdict, exceptions and remediation. Pure: everything it reads is in its input.
 *
 * `checkCompat(input)` checks one tenant. `createCompatChecker(input)` prepares once (parsed ranges,
 * the matrix rules of the plugin, per-host matrix answers) and then checks any number of tenants.
 */
import { catalogIndex } from './catalog.js';
import { chooseException } from './exceptions.js';
import { matrixIndex } from './matrix.js';
import { remediate } from './remediation.js';
import { riskLevel, riskScore } from './risk.js';
import { compatContext, decide, evaluate, prepareManifest, prepareTenant } from './rules.js';
import type { Catalog, CompatInput, CompatMatrix, CompatResult, ExceptionRecord, PluginManifest, TenantContext } from './types.js';

export interface CompatCheckerInput {
  manifest: PluginManifest;
  catalog: Catalog;
  matrix: CompatMatrix;
  exceptions: readonly ExceptionRecord[];
  now: Date;
}

export interface CompatChecker {
  readonly plugin: string;
  readonly version: string;
  check(tenant: TenantContext): CompatResult;
}

/** Prepares a manifest for checking many tenants. Throws `ConfigError` for any invalid version or range. */
export function createCompatChecker(input: CompatCheckerInput): CompatChecker {
  const ctx = compatContext(catalogIndex(input.catalog), matrixIndex(input.matrix), input.now);
  const target = prepareManifest(input.manifest, ctx.matrix);
  const byTenant = new Map<string, ExceptionRecord[]>();
  for (const record of input.exceptions) {
    if (record.plugin !== input.manifest.id) continue;
    for (const tenant of record.tenants) byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), record]);
  }
  const remediation = remediate(target, ctx);
  return {
    plugin: input.manifest.id,
    version: target.version.version,
    check(tenant) {
      const t = prepareTenant(tenant);
      const evaluation = evaluate(target, t, ctx);
      const { conflicts } = evaluation;
      const withoutException = decide(conflicts, ctx.matrix.blockThreshold, false);
      const candidates = byTenant.get(tenant.id) ?? [];
      let decision: ReturnType<typeof chooseException> | undefined;
      if (candidates.length > 0 && withoutException === 'block') {
        decision = chooseException(candidates, target.version, conflicts, ctx.matrix.blockThreshold, ctx.now);
        if (decision.use) for (const c of conflicts) c.waived = decision.waived.has(c.code);
      }
      const verdict = decision?.use ? decide(conflicts, ctx.matrix.blockThreshold, true) : withoutException;
      if (conflicts.length > 0) remediation.explain(t, evaluation);
      const score = riskScore(conflicts);
      const result: CompatResult = {
        tenant: tenant.id,
        plugin: input.manifest.id,
        version: target.version.version,
        operation: evaluation.operation,
        verdict,
        risk: { score, level: riskLevel(score) },
        conflicts,
      };
      if (evaluation.from) result.from = evaluation.from.version;
      if (decision?.use) result.exception = decision.use;
      if (decision && decision.refused.length > 0) result.refusedExceptions = decision.refused;
      if (evaluation.notes.length > 0) result.notes = evaluation.notes;
      return result;
    },
  };
}

/** Checks one plugin version against one tenant. */
export function checkCompat(input: CompatInput): CompatResult {
  return createCompatChecker(input).check(input.tenant);
}
