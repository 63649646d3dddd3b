/**
 * The PowerX platform model, as described by `packages/platform/openapi.yaml`. Names and shapes follow the
 * description's `components.schemas`; keep the two in step.
 */

export type Tier = 'free' | 'standard' | 'enterprise';
export type Severity = 'low' | 'moderate' | 'high' | 'critical';
export type OperationType = 'install' | 'upgrade' | 'rollback' | 'uninstall';
export type OperationStatus = 'pending' | 'running' | 'succeeded' | 'failed';
export type LeaseStatus = 'active' | 'released' | 'expired';
export type InstalledPluginStatus = 'active' | 'disabled' | 'failed';
export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';
export type NotificationChannel = 'email' | 'im' | 'console' | 'webhook';
export type NotificationSeverity = 'info' | 'warning' | 'critical';

export const TERMINAL_OPERATION_STATUSES: ReadonlySet<OperationStatus> = new Set(['succeeded', 'failed']);

/** RFC 9457 problem details; every 4xx/5xx body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: { pointer: string; message: string }[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Health {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
}

export interface InstalledPlugin {
  id: string;
  version: string;
  installedAt: string;
  status: InstalledPluginStatus;
}

export interface Tenant {
  id: string;
  name: string;
  tags: string[];
  tier: Tier;
  region: string;
  url: string;
  hostVersion: string;
  /** Runtime name (`node`, `python`) to installed version. */
  runtimes: Record<string, string>;
  plugins: InstalledPlugin[];
  /** Member of the pool of test tenants that CI leases. */
  testPool: boolean;
}

export interface TenantFilter {
  tag?: string;
  tier?: Tier;
  region?: string;
  testPool?: boolean;
  /** Only tenants that have this plugin installed. */
  plugin?: string;
}

export interface PluginHealth {
  tenantId: string;
  plugin: string;
  version: string;
  status: HealthStatus;
  requestCount: number;
  errorRate: number;
  latencyP95Ms: number;
  window: string;
  checkedAt: string;
  reasons: string[];
}

export type DependencySpec = string | { range: string; optional?: boolean };

export interface Migrations {
  /** Data schema version the release runs on. */
  schema: number;
  /** Oldest schema an upgrade to this release can migrate from. */
  minFrom: number;
  reversible: boolean;
}

export interface PluginManifest {
  id: string;
  version: string;
  name?: string;
  /** node-semver range of host versions. */
  host: string;
  /** Runtime name to node-semver range. */
  runtimes: Record<string, string>;
  /** Plugin id to range (or range + optional). */
  dependencies: Record<string, DependencySpec>;
  migrations: Migrations;
}

export interface Release {
  plugin: string;
  version: string;
  releasedAt: string;
  changelogUrl: string;
  manifest: PluginManifest;
  lts: boolean;
  ltsLine: string | null;
  prerelease: boolean;
  yanked: boolean;
  yankedReason: string | null;
  /** `sha256:<hex>`; null until an artifact is uploaded or a digest registered. */
  digest: string | null;
}

export interface ReleaseRegistration {
  version: string;
  changelogUrl: string;
  manifest: PluginManifest;
  releasedAt?: string;
  lts?: boolean;
  ltsLine?: string;
  digest?: string;
}

export interface Artifact {
  plugin: string;
  version: string;
  digest: string;
  size: number;
  uploadedAt: string;
}

export interface PluginSummary {
  id: string;
  name: string;
  description: string;
  owner: string;
  /** Highest release that is neither a prerelease nor yanked. */
  latestVersion: string | null;
  ltsLine: string | null;
  releaseCount: number;
  advisoryCount: number;
}

export interface Plugin {
  id: string;
  name: string;
  description: string;
  owner: string;
  latestVersion: string | null;
  ltsLine: string | null;
  /** In SemVer order, including prereleases and yanked releases. */
  releases: Release[];
}

export interface Advisory {
  /** GHSA-like id. */
  id: string;
  plugin: string;
  summary: string;
  severity: Severity;
  /** `CVSS:3.1/...` or `CVSS:4.0/...`. */
  cvssVector: string;
  cvssScore: number;
  /** node-semver range of vulnerable versions. */
  affected: string;
  fixedIn: string | null;
  publishedAt: string;
  url: string;
}

export interface OperationRequest {
  type: OperationType;
  plugin: string;
  /** Target version (for `uninstall`, the installed version). */
  version: string;
  /** The version the caller expects installed now. */
  fromVersion?: string;
  reason?: string;
}

export interface OperationError {
  code: string;
  message: string;
}

export interface Operation {
  id: string;
  tenantId: string;
  type: OperationType;
  plugin: string;
  version: string;
  fromVersion: string | null;
  reason?: string;
  status: OperationStatus;
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  error?: OperationError;
}

export interface OperationFilter {
  status?: OperationStatus;
  plugin?: string;
}

export interface LeaseRequest {
  /** Who holds the lease, e.g. `<repository>#<run id>`. */
  holder: string;
  purpose?: string;
  ttlSeconds?: number;
  region?: string;
}

export interface Lease {
  id: string;
  tenantId: string;
  holder: string;
  purpose: string | null;
  status: LeaseStatus;
  ttlSeconds: number;
  acquiredAt: string;
  expiresAt: string;
  renewedAt: string | null;
  releasedAt: string | null;
}

export interface MetricsQuery {
  tenant?: string;
  plugin?: string;
  version?: string;
  /** Duration such as `30s`, `5m`, `1h`; default `5m`. */
  window?: string;
  /** End of the window (ISO date-time); default now. */
  end?: string;
}

export interface MetricSeries {
  tenantId: string;
  plugin: string;
  version: string;
  requestCount: number;
  errorCount: number;
  /** 0..1 */
  errorRate: number;
  latencyP95Ms: number;
  windowStart: string;
  windowEnd: string;
}

export interface MetricsQueryResult {
  window: string;
  windowStart: string;
  windowEnd: string;
  series: MetricSeries[];
}

/** One record of the suite's hash-chained audit trail, as the platform stores it. */
export interface AuditRecord {
  seq: number;
  time: string;
  actor: string;
  /** The run's id, or an object with at least `id` (attempt, workflow, commit, ...). */
  run: string | { id: string | number };
  action: string;
  subject: string | Record<string, unknown>;
  outcome: string;
  details: Record<string, unknown>;
  /** The log the record belongs to. */
  chain?: string;
  prev: string | null;
  hash: string;
}

export interface AuditIngestResult {
  received: number;
  accepted: number;
  duplicate: number;
}

export interface NotificationLink {
  title: string;
  url: string;
}

export interface NotificationRequest {
  channel: NotificationChannel;
  recipients: string[];
  subject: string;
  body: string;
  severity?: NotificationSeverity;
  links?: NotificationLink[];
}

export interface Notification {
  id: string;
  channel: NotificationChannel;
  recipients: string[];
  subject: string;
  body: string;
  severity: NotificationSeverity;
  links: NotificationLink[];
  status: 'queued' | 'sent';
  createdAt: string;
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}
