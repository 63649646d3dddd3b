/**
 * The production release plan: what is released (plugin, version, digest, commit), when (the launch window the
 * approvers confirmed, checked again against the allowed windows and freezes), how it goes out (the grey-rollout
 * strategy), how it comes back (rollback target per tenant cohort, whether the data migrations reverse, who to
 * call), what it depends on (resolved dependency versions), and the evidence (gates and approvals with links).
 */
import semver from 'semver';
import { code, link, table, STATUS_ICON } from '../markdown.js';
import type { ApprovalMatrix } from './approval-matrix.js';
import { check, checksTable, type Check } from './checks.js';
import { checkLaunchWindow } from './launch-window.js';
import type { Evidence } from './trail.js';

export interface PlanManifest {
  id: string;
  version: string;
  name?: string;
  host: string;
  runtimes?: Record<string, string>;
  dependencies?: Record<string, string | { range: string; optional?: boolean }>;
  migrations?: { schema: number; minFrom?: number; reversible?: boolean };
}

export interface PlanRelease {
  version: string;
  yanked?: boolean;
  prerelease?: boolean;
  manifest: PlanManifest;
}

export interface PlanTenant {
  id: string;
  tier?: string;
  tags?: string[];
  plugins: readonly { id: string; version: string }[];
}

export interface RolloutStrategyRef {
  file: string;
  name: string;
  description?: string;
  steps?: number;
}

export interface PlanInput {
  evidence: Evidence;
  plugin: string;
  version: string;
  digest: string;
  commit: string;
  repository: string;
  runUrl?: string;
  serverUrl: string;
  manifest: PlanManifest;
  matrix: ApprovalMatrix;
  /** Production tenants (not the test pool). */
  tenants: readonly PlanTenant[];
  /** Releases of this plugin, for the previous versions' migrations. */
  releases: readonly PlanRelease[];
  /** Releases of each dependency, for resolution. */
  dependencyReleases: Readonly<Record<string, readonly PlanRelease[]>>;
  rollout: RolloutStrategyRef;
  now: Date;
}

export interface RollbackCohort {
  cohort: string;
  tenantCount: number;
  tenants: string[];
  /** The version those tenants run now, or null for tenants without the plugin (rollback = uninstall). */
  rollbackTo: string | null;
  migration: { fromSchema: number | null; toSchema: number | null; reversible: boolean; note: string };
}

export interface ResolvedDependency {
  id: string;
  range: string;
  optional: boolean;
  resolved: string | null;
  status: 'resolved' | 'unresolved' | 'optional-missing';
}

export interface ReleasePlan {
  schemaVersion: 1;
  plugin: string;
  name?: string;
  version: string;
  subject: string;
  digest: string;
  commit: string;
  repository: string;
  tag: string;
  run: { id: string; url?: string };
  generatedAt: string;
  submitter: string;
  submittedAt?: string;
  launchWindow: { start: string; end: string } | null;
  rollout: RolloutStrategyRef;
  rollback: { strategy: string; contacts: string[]; cohorts: RollbackCohort[] };
  dependencies: ResolvedDependency[];
  gates: { gate: string; outcome: string; time: string; links: { title: string; url: string }[] }[];
  approvals: { role: string; environment: string; approvers: string[]; approvedAt: string; leadTimeHours?: number }[];
  checks: Check[];
}

const TENANT_SAMPLE = 20;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function linksOf(details: Record<string, unknown>): { title: string; url: string }[] {
  const raw = details.links ?? details.reports;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((l): l is Record<string, unknown> => typeof l === 'object' && l !== null && typeof l.url === 'string')
    .map((l) => ({ title: str(l.title) || str(l.name) || str(l.url), url: str(l.url) }));
}

/** Whether going back from `target` to `previous` undoes the data migration cleanly. */
export function migrationBack(target: PlanManifest['migrations'], previous: PlanManifest['migrations'] | undefined): RollbackCohort['migration'] {
  const toSchema = target?.schema ?? null;
  const fromSchema = previous?.schema ?? null;
  if (toSchema === null || fromSchema === null) {
    return { fromSchema, toSchema, reversible: toSchema === null || target?.reversible === true, note: toSchema === null ? 'the release declares no data migrations' : 'the previous version declares no data schema; restore from backup if the migration fails' };
  }
  if (toSchema === fromSchema) return { fromSchema, toSchema, reversible: true, note: 'same data schema: no migration to reverse' };
  if (toSchema < fromSchema) return { fromSchema, toSchema, reversible: false, note: `the release runs on an older data schema (${toSchema} < ${fromSchema})` };
  const reversible = target?.reversible === true && (target.minFrom ?? 0) <= fromSchema;
  return {
    fromSchema,
    toSchema,
    reversible,
    note: reversible ? `down-migration ${toSchema} → ${fromSchema} is supported` : `schema ${fromSchema} → ${toSchema} cannot be migrated back: restore the tenant's data from the pre-upgrade backup`,
  };
}

function resolveDependency(id: string, spec: string | { range: string; optional?: boolean }, releases: readonly PlanRelease[]): ResolvedDependency {
  const range = typeof spec === 'string' ? spec : spec.range;
  const optional = typeof spec === 'string' ? false : spec.optional === true;
  const candidates = releases.filter((r) => !r.yanked && semver.valid(r.version) && semver.satisfies(r.version, range)).map((r) => r.version);
  const resolved = semver.maxSatisfying(candidates, range);
  return { id, range, optional, resolved, status: resolved ? 'resolved' : optional ? 'optional-missing' : 'unresolved' };
}

export function buildReleasePlan(input: PlanInput): ReleasePlan {
  const { evidence, manifest } = input;
  const subject = `${input.plugin}@${input.version}`;
  const lastApproval = evidence.approvals[evidence.approvals.length - 1];
  const windowText = (() => {
    const w = lastApproval?.details.launchWindow as { start?: string; end?: string } | undefined;
    return w?.start && w.end ? `${w.start}/${w.end}` : undefined;
  })();
  const checks: Check[] = [];
  const window = checkLaunchWindow(windowText, input.matrix, input.now);
  checks.push(...window.checks);
  const contacts = Array.isArray(lastApproval?.details.rollbackContacts) ? (lastApproval.details.rollbackContacts as unknown[]).map(String) : [];
  if (input.matrix.rollbackContacts.required && contacts.length < input.matrix.rollbackContacts.minCount) {
    checks.push(check('rollback-contacts', 'Rollback contacts', 'fail', `the approvals confirmed ${contacts.length} rollback contact(s), ${input.matrix.rollbackContacts.minCount} required`, { code: 'rollback-contacts-missing' }));
  } else {
    checks.push(check('rollback-contacts', 'Rollback contacts', 'pass', contacts.join(', ') || 'none required'));
  }

  const byVersion = new Map(input.releases.map((r) => [r.version, r.manifest]));
  const cohorts = new Map<string, { tenants: string[]; from: string | null }>();
  for (const tenant of input.tenants) {
    const installed = tenant.plugins.find((p) => p.id === input.plugin)?.version ?? null;
    if (installed === input.version) continue;
    const key = installed ?? '(not installed)';
    const entry = cohorts.get(key) ?? { tenants: [], from: installed };
    entry.tenants.push(tenant.id);
    cohorts.set(key, entry);
  }
  const cohortList: RollbackCohort[] = [...cohorts.entries()]
    .sort(([, a], [, b]) => (a.from && b.from ? semver.rcompare(a.from, b.from) : a.from ? -1 : 1))
    .map(([, entry]) => ({
      cohort: entry.from ? `tenants on ${entry.from}` : 'new installs',
      tenantCount: entry.tenants.length,
      tenants: entry.tenants.sort().slice(0, TENANT_SAMPLE),
      rollbackTo: entry.from,
      migration: entry.from
        ? migrationBack(manifest.migrations, byVersion.get(entry.from)?.migrations)
        : { fromSchema: null, toSchema: manifest.migrations?.schema ?? null, reversible: true, note: 'uninstall the plugin; no earlier data to return to' },
    }));

  const dependencies = Object.entries(manifest.dependencies ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, spec]) => resolveDependency(id, spec, input.dependencyReleases[id] ?? []));
  const unresolved = dependencies.filter((d) => d.status === 'unresolved');
  checks.push(
    unresolved.length > 0
      ? check('dependencies', 'Dependencies resolve in the catalog', 'fail', `no catalog release satisfies ${unresolved.map((d) => `${d.id} ${d.range}`).join(', ')}`, { code: 'dependency-unresolved' })
      : check('dependencies', 'Dependencies resolve in the catalog', 'pass', dependencies.length > 0 ? dependencies.map((d) => `${d.id}@${d.resolved ?? '—'}`).join(', ') : 'no dependencies'),
  );

  const irreversible = cohortList.filter((c) => !c.migration.reversible);
  const strategy = [
    `Roll out with the ${input.rollout.name} strategy (${input.rollout.file}); an analysis failure rolls back automatically.`,
    cohortList.some((c) => c.rollbackTo)
      ? `Rollback returns each cohort to the version it runs now (${cohortList.filter((c) => c.rollbackTo).map((c) => c.rollbackTo).join(', ')}).`
      : 'No tenant runs the plugin yet: rollback is an uninstall.',
    irreversible.length > 0
      ? `Data migrations are NOT reversible for ${irreversible.map((c) => c.cohort).join(', ')}: take a backup before the upgrade and restore it on rollback.`
      : 'Data migrations are reversible (or absent) for every cohort.',
  ].join(' ');

  const submitter = str(evidence.submission?.submitter);
  return {
    schemaVersion: 1,
    plugin: input.plugin,
    ...(manifest.name ? { name: manifest.name } : {}),
    version: input.version,
    subject,
    digest: input.digest,
    commit: input.commit,
    repository: input.repository,
    tag: `v${input.version}`,
    run: { id: evidence.runId, ...(input.runUrl ? { url: input.runUrl } : {}) },
    generatedAt: input.now.toISOString(),
    submitter,
    ...(evidence.submittedAt ? { submittedAt: evidence.submittedAt } : {}),
    launchWindow: window.window ? { start: window.window.start.toISOString(), end: window.window.end.toISOString() } : null,
    rollout: input.rollout,
    rollback: { strategy, contacts, cohorts: cohortList },
    dependencies,
    gates: evidence.gates.map((g) => ({ gate: g.gate, outcome: g.outcome, time: g.time, links: linksOf(g.details) })),
    approvals: evidence.approvals.map((a) => ({
      role: a.role,
      environment: a.environment,
      approvers: a.approvers,
      approvedAt: str(a.details.jobStartedAt) || a.time,
      ...(typeof a.details.leadTimeHours === 'number' ? { leadTimeHours: a.details.leadTimeHours } : {}),
    })),
    checks,
  };
}

export function planIsValid(plan: ReleasePlan): boolean {
  return plan.checks.every((c) => c.status !== 'fail');
}

export function renderPlanMarkdown(plan: ReleasePlan): string {
  const lines: string[] = [];
  lines.push(`# Release plan: ${plan.name ? `${plan.name} (${code(plan.plugin)})` : code(plan.plugin)} ${plan.version}`, '');
  lines.push(
    table(
      ['', ''],
      [
        ['Version', `${plan.version} (tag ${code(plan.tag)})`],
        ['Artifact digest', code(plan.digest)],
        ['Commit', code(plan.commit)],
        ['Submitted by', plan.submitter ? `@${plan.submitter}${plan.submittedAt ? ` at ${plan.submittedAt}` : ''}` : '—'],
        ['Launch window', plan.launchWindow ? `${plan.launchWindow.start} – ${plan.launchWindow.end}` : '—'],
        ['Rollout', `${plan.rollout.name} (${code(plan.rollout.file)})${plan.rollout.description ? `: ${plan.rollout.description}` : ''}`],
        ['Run', plan.run.url ? link(`run ${plan.run.id}`, plan.run.url) : plan.run.id],
      ],
    ),
    '',
  );
  lines.push('## Checks', '', checksTable(plan.checks), '');
  lines.push('## Rollback', '', plan.rollback.strategy, '');
  lines.push(`Rollback contacts: ${plan.rollback.contacts.map((c) => (c.includes('@') && !c.startsWith('@') ? c : `@${c.replace(/^@/, '')}`)).join(', ') || '—'}`, '');
  if (plan.rollback.cohorts.length > 0) {
    lines.push(
      table(
        ['Cohort', 'Tenants', 'Roll back to', 'Data schema', 'Reversible', 'Note'],
        plan.rollback.cohorts.map((c) => [
          c.cohort,
          c.tenantCount,
          c.rollbackTo ?? 'uninstall',
          c.migration.fromSchema === null && c.migration.toSchema === null ? '—' : `${c.migration.fromSchema ?? '—'} → ${c.migration.toSchema ?? '—'}`,
          c.migration.reversible ? STATUS_ICON.pass : STATUS_ICON.fail,
          c.migration.note,
        ]),
      ),
      '',
    );
  } else {
    lines.push('No production tenant to roll back.', '');
  }
  lines.push('## Dependencies', '');
  lines.push(
    plan.dependencies.length > 0
      ? table(['Plugin', 'Range', 'Resolved', 'Optional'], plan.dependencies.map((d) => [code(d.id), code(d.range), d.resolved ?? `${STATUS_ICON.fail} ${d.status}`, d.optional ? 'yes' : 'no']))
      : 'None.',
    '',
  );
  lines.push('## Gates', '');
  lines.push(
    table(
      ['Gate', 'Result', 'At', 'Reports'],
      plan.gates.map((g) => [g.gate, `${g.outcome === 'passed' ? STATUS_ICON.pass : STATUS_ICON.fail} ${g.outcome}`, g.time, g.links.map((l) => link(l.title, l.url)).join(', ') || '—']),
    ),
    '',
  );
  lines.push('## Approvals', '');
  lines.push(
    table(
      ['Role', 'Environment', 'Approved by', 'At (job start)', 'Lead time'],
      plan.approvals.map((a) => [a.role, code(a.environment), a.approvers.map((x) => `@${x}`).join(', '), a.approvedAt, a.leadTimeHours !== undefined ? `${a.leadTimeHours} h` : '—']),
    ),
    '',
  );
  return lines.join('\n');
}
