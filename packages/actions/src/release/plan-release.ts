/**
 * Stage 7 for both front-ends: prove from the run's audit trail (and the long-term audit branch) that every gate
 * passed and every approval was recorded, then write the release plan, lock the version tag and publish the
 * GitHub release carrying the plan and the audit bundle. Anything missing: refuse, say what, tag nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditLog } from '@powerx/core/audit/log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';
import { checkConfig } from '@powerx/core/config/load.js';
import { ConfigError } from '@powerx/core/errors.js';
import type { EventSink } from '@powerx/core/events/sink.js';
import type { ApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import type { Reason } from '@powerx/core/publish/checks.js';
import { buildReleasePlan, planIsValid, renderPlanMarkdown, type PlanManifest, type PlanRelease, type ReleasePlan, type RolloutStrategyRef } from '@powerx/core/publish/plan.js';
import { AUDIT, collectEvidence, submissionOf, type Evidence } from '@powerx/core/publish/trail.js';
import type { GitHubClient } from '@powerx/github/octokit.js';
import { ensureAsset, ensureDraftRelease, ensureTag, publishRelease } from '@powerx/github/releases.js';
import type { PlatformClient } from '@powerx/platform/client.js';
import { isPlatformError } from '@powerx/platform/errors.js';
import { precompiled } from '@powerx/core/config/validate.js';
import upgradePoliciesSchema from '@powerx/core/config/validators/config/upgrade_policies.generated.cjs';

export interface PlanReleaseOptions {
  trail: { text: string; records: AuditRecord[] };
  /** Records of the long-term store (other runs), for blocks of this version and commit. */
  longTerm: readonly AuditRecord[];
  audit: AuditLog;
  /** The file behind `audit`: attached to the release as the audit bundle. */
  auditPath: string;
  events: EventSink;
  matrix: ApprovalMatrix;
  rolloutPolicies?: { text: string; file: string };
  rolloutStrategy?: string;
  requiredGates: readonly string[];
  platform: PlatformClient;
  github?: { client: GitHubClient; owner: string; repo: string; serverUrl: string };
  runId: string;
  runAttempt: number;
  runUrl?: string;
  repository: string;
  commit: string;
  outDir: string;
  /** Write the plan but create no tag or release. */
  dryRun: boolean;
  now: Date;
}

export interface PlanReleaseResult {
  outcome: 'released' | 'planned' | 'refused';
  subject: string;
  evidence?: Evidence;
  missing: Reason[];
  plan?: ReleasePlan;
  files: { planJson?: string; planMarkdown?: string; auditBundle?: string };
  tag?: { name: string; commit: string; created: boolean };
  release?: { url: string; assets: { name: string; url: string; action: string }[] };
}

async function releasesOf(platform: PlatformClient, plugin: string): Promise<PlanRelease[]> {
  try {
    const found = await platform.getPlugin(plugin);
    return found.releases.map((r) => ({ version: r.version, yanked: r.yanked, prerelease: r.prerelease, manifest: r.manifest }));
  } catch (error) {
    if (isPlatformError(error) && error.status === 404) return [];
    throw error;
  }
}

function rolloutRef(policies: PlanReleaseOptions['rolloutPolicies'], wanted: string | undefined): RolloutStrategyRef {
  if (!policies) return { file: 'config/version/upgrade_policies.yaml', name: wanted || 'standard', description: 'the file was not found in the repository; the platform default applies' };
  const result = checkConfig<{ defaultStrategy?: string; strategies: Record<string, { description?: string; steps?: unknown[] }> }>(policies.text, policies.file, precompiled(upgradePoliciesSchema));
  if (!result.ok) throw new ConfigError(result.issues);
  const name = wanted || result.value.defaultStrategy || Object.keys(result.value.strategies)[0] || 'standard';
  const strategy = result.value.strategies[name];
  if (!strategy) throw ConfigError.single(`rollout strategy ${name} is not defined (strategies: ${Object.keys(result.value.strategies).join(', ')})`, { file: policies.file, pointer: '/strategies' }, 'unknown-strategy');
  return { file: policies.file, name, ...(strategy.description ? { description: strategy.description } : {}), ...(Array.isArray(strategy.steps) ? { steps: strategy.steps.length } : {}) };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export async function planRelease(o: PlanReleaseOptions): Promise<PlanReleaseResult> {
  const submits = o.trail.records.filter((r) => r.action === AUDIT.gate && r.details.gate === 'submit' && r.run.id === o.runId);
  const submission = submissionOf(o.trail.records, o.runId);
  const subject = submission?.subject ?? submits.at(-1)?.subject ?? 'unknown@unknown';
  const result: PlanReleaseResult = { outcome: 'refused', subject, missing: [], files: {} };
  const refuse = async (missing: Reason[], evidence?: Evidence) => {
    result.missing = missing;
    if (evidence) result.evidence = evidence;
    await o.audit.append({ action: AUDIT.planned, subject, outcome: 'refused', details: { missing: missing.map((m) => ({ code: m.code, message: m.message, ...(m.stage ? { stage: m.stage } : {}) })) } });
    return result;
  };
  if (submits.length === 0) return refuse([{ code: 'submission-missing', stage: 'submit', message: 'no submission in this run\'s audit trail' }]);

  const evidence = collectEvidence({
    records: o.trail.records,
    longTerm: o.longTerm,
    subject,
    commit: o.commit,
    runId: o.runId,
    requiredGates: o.requiredGates,
    requiredApprovals: o.matrix.stages.map((s) => ({ role: s.role, environment: s.environment })),
  });
  if (!evidence.ready || !submission) return refuse(evidence.missing, evidence);

  const plugin = str(submission.details.plugin);
  const version = str(submission.details.version);
  const manifest = submission.details.manifest as unknown as PlanManifest | undefined;
  if (!manifest) return refuse([{ code: 'manifest-missing', stage: 'submit', message: 'the submission record carries no manifest' }], evidence);
  const releases = await releasesOf(o.platform, plugin);
  const dependencyReleases: Record<string, PlanRelease[]> = {};
  for (const id of Object.keys(manifest.dependencies ?? {})) dependencyReleases[id] = await releasesOf(o.platform, id);
  const tenants = await o.platform.listAllTenants({ testPool: false });
  const plan = buildReleasePlan({
    evidence,
    plugin,
    version,
    digest: str(submission.details.digest),
    commit: o.commit,
    repository: o.repository,
    ...(o.runUrl ? { runUrl: o.runUrl } : {}),
    serverUrl: o.github?.serverUrl ?? 'https://github.com',
    manifest,
    matrix: o.matrix,
    tenants: tenants.map((t) => ({ id: t.id, tier: t.tier, tags: t.tags, plugins: t.plugins })),
    releases: releases.filter((r) => r.version !== version),
    dependencyReleases,
    rollout: rolloutRef(o.rolloutPolicies, o.rolloutStrategy),
    now: o.now,
  });
  result.plan = plan;
  result.evidence = evidence;
  await mkdir(o.outDir, { recursive: true });
  const planJson = `${JSON.stringify(plan, null, 2)}\n`;
  const planMarkdown = renderPlanMarkdown(plan);
  result.files.planJson = join(o.outDir, 'release-plan.json');
  result.files.planMarkdown = join(o.outDir, 'release-plan.md');
  await writeFile(result.files.planJson, planJson);
  await writeFile(result.files.planMarkdown, planMarkdown);
  if (!planIsValid(plan)) {
    return refuse(
      plan.checks.filter((c) => c.status === 'fail').map((c) => ({ code: c.code ?? c.id, stage: 'release', message: c.message })),
      evidence,
    );
  }

  await o.audit.append({
    action: AUDIT.planned,
    subject,
    outcome: 'recorded',
    details: {
      planSha256: createHash('sha256').update(planJson).digest('hex'),
      launchWindow: plan.launchWindow,
      rollbackContacts: plan.rollback.contacts,
      cohorts: plan.rollback.cohorts.map((c) => ({ cohort: c.cohort, tenants: c.tenantCount, rollbackTo: c.rollbackTo, reversible: c.migration.reversible })),
      dependencies: plan.dependencies.map((d) => ({ id: d.id, range: d.range, resolved: d.resolved })),
      rollout: plan.rollout.name,
      gates: plan.gates.map((g) => ({ gate: g.gate, outcome: g.outcome })),
      approvals: plan.approvals.map((a) => ({ role: a.role, approvers: a.approvers })),
    },
  });
  result.outcome = 'planned';
  if (o.dryRun || !o.github) return result;

  const { client, owner, repo } = o.github;
  const tag = await ensureTag(client, owner, repo, { tag: plan.tag, commit: o.commit, message: `${subject}\n\nsha256 ${plan.digest}\nReleased by ${o.runUrl ?? `run ${o.runId}`}` });
  result.tag = { name: tag.tag, commit: tag.commit, created: tag.created };
  await o.audit.append({ action: AUDIT.tagged, subject, outcome: tag.created ? 'created' : 'confirmed', details: { tag: tag.tag, commit: tag.commit } });
  const releaseUrl = `${o.github.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/releases/tag/${encodeURIComponent(plan.tag)}`;
  const published = await o.audit.append({
    action: AUDIT.published,
    subject,
    outcome: 'published',
    details: { plugin, version, tag: plan.tag, commit: o.commit, releaseUrl, digest: plan.digest, assets: ['release-plan.md', 'release-plan.json', 'audit-bundle.jsonl'] },
  });

  // The bundle attached to the release ends with the record of its own publication.
  const bundle = await readFile(o.auditPath, 'utf8');
  result.files.auditBundle = join(o.outDir, 'audit-bundle.jsonl');
  await writeFile(result.files.auditBundle, bundle);
  const anchor = `Audit bundle: ${published.seq} records, chain ${published.chain}, head ${published.hash}. Verify with \`powerx audit verify audit-bundle.jsonl --count ${published.seq} --head ${published.hash}\`.`;
  const release = await ensureDraftRelease(client, owner, repo, { tag: plan.tag, name: `${plan.name ?? plugin} ${version}`, body: `${planMarkdown}\n\n${anchor}\n`, prerelease: version.includes('-') });
  const assets = [
    await ensureAsset(client, owner, repo, release, 'release-plan.md', Buffer.from(planMarkdown), 'text/markdown'),
    await ensureAsset(client, owner, repo, release, 'release-plan.json', Buffer.from(planJson), 'application/json'),
    await ensureAsset(client, owner, repo, release, 'audit-bundle.jsonl', Buffer.from(bundle), 'application/x-ndjson'),
  ];
  const url = await publishRelease(client, owner, repo, release);
  result.release = { url, assets: assets.map((a) => ({ name: a.name, url: a.url, action: a.action })) };
  await o.events.publish({
    type: 'plugin.release.published',
    subject,
    data: {
      plugin,
      version,
      tag: plan.tag,
      commit: o.commit,
      releaseUrl: url,
      channel: version.includes('-') ? 'prerelease' : 'stable',
      digest: plan.digest,
      launchWindow: plan.launchWindow,
      rollout: plan.rollout.name,
    },
  });
  result.outcome = 'released';
  return result;
}
