/**
 * The compatibility guard's data: what a check reads (a plugin manifest, one tenant, the catalog, the
 * vendor matrix, exception records, the time) and what it returns (a verdict with located conflicts).
 * Every input is a plain object, so the platform's responses and the CLI's files feed it alike.
 */

/** A dependency: a range, or a range that need not be installed (but must match when it is). */
export type DependencySpec = string | { range: string; optional?: boolean };

export interface Migrations {
  /** Data-schema version this plugin version runs on. */
  schema: number;
  /** Oldest data schema an upgrade to this version can migrate from (default 0: any). */
  minFrom?: number;
  /** Whether this version's down-migrations return to any schema >= minFrom (default false). */
  reversible?: boolean;
}

/** `powerx-plugin.yaml`, and the manifest of every release in the catalog. */
export interface PluginManifest {
  id: string;
  version: string;
  name?: string;
  /** node-semver range of PowerX host versions. */
  host: string;
  /** Runtime name -> node-semver range, e.g. `node: ">=20"`. */
  runtimes?: Record<string, string>;
  dependencies?: Record<string, DependencySpec>;
  migrations?: Migrations;
}

/** A tenant as the platform describes it (`GET /tenants/{id}`); extra fields are ignored. */
export interface TenantContext {
  id: string;
  hostVersion: string;
  runtimes: Record<string, string>;
  plugins: readonly { id: string; version: string }[];
}

export interface CatalogRelease {
  version: string;
  yanked?: boolean;
  manifest: PluginManifest;
}

/** A plugin with its releases, as the platform's `GET /plugins/{id}` returns it. */
export interface CatalogPlugin {
  id: string;
  releases: readonly CatalogRelease[];
}

export interface Catalog {
  plugins: readonly CatalogPlugin[];
}

export type MatrixVerdict = 'incompatible' | 'compatible' | 'untested';
export type Severity = 'error' | 'warning';

export interface MatrixRule {
  /** Plugin id, or `*` for every plugin. */
  plugin: string;
  /** Plugin versions the rule covers. */
  versions: string;
  /** Host versions the rule covers. */
  host: string;
  verdict: MatrixVerdict;
  reason?: string;
  /** Overrides the severity of the conflict the rule raises. */
  severity?: Severity;
}

/** `config/version/compat_matrix.yaml`. */
export interface CompatMatrix {
  /** RFC 3339 date-time. */
  generatedAt: string;
  maxAgeHours?: number;
  rules?: readonly MatrixRule[];
  weights?: Partial<Record<ConflictCode, number>>;
  thresholds?: { block?: number };
}

export const ERROR_CODES = [
  'host-mismatch',
  'runtime-missing',
  'runtime-mismatch',
  'dependency-missing',
  'dependency-mismatch',
  'dependent-broken',
  'migration-path-missing',
  'migration-irreversible',
  'matrix-incompatible',
] as const;

export const WARNING_CODES = ['untested', 'major-jump', 'optional-dependency-mismatch', 'matrix-stale', 'prerelease'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type ConflictCode = ErrorCode | WarningCode;

/** Risk each code adds when the matrix does not say otherwise (the schema's defaults say the same). */
export const DEFAULT_WEIGHTS: Readonly<Record<ConflictCode, number>> = {
  'host-mismatch': 80,
  'runtime-missing': 80,
  'runtime-mismatch': 60,
  'dependency-missing': 70,
  'dependency-mismatch': 60,
  'dependent-broken': 60,
  'migration-path-missing': 90,
  'migration-irreversible': 70,
  'matrix-incompatible': 80,
  untested: 15,
  'major-jump': 20,
  'optional-dependency-mismatch': 10,
  'matrix-stale': 10,
  prerelease: 15,
};

export const DEFAULT_BLOCK_THRESHOLD = 50;
export const DEFAULT_MAX_AGE_HOURS = 168;

/** An analysis metric in the rollout analysis format (config/schemas/analysis.schema.json). */
export interface MonitoringMetric {
  name: string;
  provider: { powerx: { metric: 'requestCount' | 'errorRate' | 'latencyP95Ms'; window?: string; aggregate?: string } };
  interval?: string;
  initialDelay?: string;
  count?: number;
  successCondition?: string;
  failureCondition?: string;
  failureLimit?: number;
  inconclusiveLimit?: number;
  consecutiveErrorLimit?: number;
}

export interface MonitoringProfile {
  description?: string;
  metrics: readonly MonitoringMetric[];
}

export interface ApprovalStage {
  environment: string;
  role: string;
  /** GitHub login of the reviewer who decided. */
  reviewer: string;
  state: 'approved' | 'rejected';
  comment?: string;
}

/** The approval read back from `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`. */
export interface ExceptionApproval {
  /** `<owner>/<repo>/runs/<run id>`: the run whose environments carried the chain. */
  id: string;
  runUrl?: string;
  approvers: readonly string[];
  stages: readonly ApprovalStage[];
}

export type ExceptionStatus = 'pending' | 'approved' | 'rejected';

/** A stored exception: a request and, once decided, its approval. */
export interface ExceptionRecord {
  id: string;
  plugin: string;
  /** Plugin versions covered (node-semver range). */
  versions: string;
  tenants: readonly string[];
  /** Conflict codes waived. */
  waive: readonly ConflictCode[];
  /** Why the risk is acceptable. */
  reason: string;
  monitoring?: MonitoringProfile;
  /** What a failed analysis during the exceptional run does. */
  onFailure?: 'rollback' | 'alert';
  status: ExceptionStatus;
  /** Why a request was rejected. */
  reasons?: string[];
  requestedBy: string;
  requestedAt: string;
  decidedAt?: string;
  expiresAt?: string;
  approval?: ExceptionApproval;
}

/** One finding of a check. */
export interface Conflict {
  code: ConflictCode;
  severity: Severity;
  /** What the conflict is about: `host`, `runtime node`, a plugin id, `data schema`, ... */
  subject: string;
  required: string;
  actual: string;
  message: string;
  remediation: string;
  /** Risk this conflict adds. */
  weight: number;
  /** Covered by the exception the check used. */
  waived: boolean;
  /** JSON pointer of the manifest field at fault, for annotations (absent when the manifest is not at fault). */
  field?: string;
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export type Verdict = 'pass' | 'warn' | 'exception' | 'block';

export interface ExceptionUse {
  id: string;
  approvalId: string;
  approvers: readonly string[];
  expiresAt: string;
  waived: readonly ConflictCode[];
  monitoring: MonitoringProfile;
  /** What a failed monitoring analysis does (default rollback). */
  onFailure: 'rollback' | 'alert';
}

/** An exception that names this plugin and tenant but could not be used, and why. */
export interface ExceptionRefusal {
  id: string;
  reason: string;
  /** The exception has expired (reported as `compat.exception.expired`). */
  expired: boolean;
}

export type Operation = 'install' | 'upgrade' | 'downgrade' | 'reinstall';

export interface CompatResult {
  tenant: string;
  plugin: string;
  version: string;
  operation: Operation;
  /** Installed version before the operation, when there is one. */
  from?: string;
  verdict: Verdict;
  risk: { score: number; level: RiskLevel };
  conflicts: Conflict[];
  exception?: ExceptionUse;
  /** Exceptions that matched this plugin and tenant but were not usable. */
  refusedExceptions?: ExceptionRefusal[];
  /** Checks that could not be made, e.g. a catalog without the installed version's manifest. */
  notes?: string[];
}

/** Everything one check reads. */
export interface CompatInput {
  manifest: PluginManifest;
  tenant: TenantContext;
  catalog: Catalog;
  matrix: CompatMatrix;
  exceptions: readonly ExceptionRecord[];
  now: Date;
}
