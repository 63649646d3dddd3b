import semver from 'semver';
import type { Advisory, Artifact, AuditRecord, Lease, LeaseStatus, Notification, Operation, Release, Tenant } from '../types.js';
import type { PluginInfo, SeedData } from './seed.js';
import type { JournalStore, Change } from './store.js';

/** An operation as the simulator keeps it: its public shape plus bookkeeping. */
export interface StoredOperation extends Operation {
  /** Creation order, for listing and cursors. */
  seq: number;
  idempotencyKey: string;
}

export interface IdempotencyRecord {
  key: string;
  /** Hash of method, path and canonical body of the first request. */
  fingerprint: string;
  kind: 'operation' | 'lease' | 'notification';
  id: string;
  createdAt: string;
}

export type StoredLease = Omit<Lease, 'status'>;

export interface StoredArtifact extends Artifact {
  /** File name under `<dataDir>/artifacts`. */
  file: string;
}

export interface StoredAuditRecord {
  /** Arrival order. */
  n: number;
  record: AuditRecord;
}

export interface StoredNotification extends Notification {
  seq: number;
}

export interface Counters {
  operations: number;
  audit: number;
  notifications: number;
}

export const releaseKey = (plugin: string, version: string) => `${plugin}@${version}`;

/** Typed access to the simulator's durable collections. Values are replaced, never mutated in place. */
export class SimState {
  readonly store: JournalStore;

  constructor(store: JournalStore) {
    this.store = store;
  }

  static collectionsFrom(seed: SeedData): Record<string, Array<[string, unknown]>> {
    const counters: Counters = { operations: 0, audit: 0, notifications: 0 };
    return {
      tenants: seed.tenants.map((t) => [t.id, t]),
      plugins: seed.plugins.map((p) => [p.id, p]),
      releases: seed.releases.map((r) => [releaseKey(r.plugin, r.version), r]),
      advisories: seed.advisories.map((a) => [a.id, a]),
      counters: [['main', counters]],
    };
  }

  commit(changes: readonly Change[]): void {
    this.store.commit(changes);
  }

  tenant(id: string): Tenant | undefined {
    return this.store.get<Tenant>('tenants', id);
  }
  tenants(): Tenant[] {
    return this.store.values<Tenant>('tenants');
  }

  plugin(id: string): PluginInfo | undefined {
    return this.store.get<PluginInfo>('plugins', id);
  }
  plugins(): PluginInfo[] {
    return this.store.values<PluginInfo>('plugins').sort((a, b) => a.id.localeCompare(b.id));
  }

  release(plugin: string, version: string): Release | undefined {
    return this.store.get<Release>('releases', releaseKey(plugin, version));
  }
  /** A plugin's releases in SemVer order. */
  releases(plugin: string): Release[] {
    return this.store
      .values<Release>('releases')
      .filter((r) => r.plugin === plugin)
      .sort((a, b) => semver.compare(a.version, b.version));
  }

  advisories(plugin: string): Advisory[] {
    return this.store
      .values<Advisory>('advisories')
      .filter((a) => a.plugin === plugin)
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  }

  artifact(plugin: string, version: string): StoredArtifact | undefined {
    return this.store.get<StoredArtifact>('artifacts', releaseKey(plugin, version));
  }

  operation(id: string): StoredOperation | undefined {
    return this.store.get<StoredOperation>('operations', id);
  }
  operations(): StoredOperation[] {
    return this.store.values<StoredOperation>('operations');
  }

  idempotency(key: string): IdempotencyRecord | undefined {
    return this.store.get<IdempotencyRecord>('idempotency', key);
  }

  lease(id: string): StoredLease | undefined {
    return this.store.get<StoredLease>('leases', id);
  }
  leases(): StoredLease[] {
    return this.store.values<StoredLease>('leases');
  }

  auditRecord(hash: string): StoredAuditRecord | undefined {
    return this.store.get<StoredAuditRecord>('audit', hash);
  }
  auditRecords(): StoredAuditRecord[] {
    return this.store.values<StoredAuditRecord>('audit');
  }

  notification(id: string): StoredNotification | undefined {
    return this.store.get<StoredNotification>('notifications', id);
  }
  notifications(): StoredNotification[] {
    return this.store.values<StoredNotification>('notifications');
  }

  counters(): Counters {
    return this.store.get<Counters>('counters', 'main') ?? { operations: 0, audit: 0, notifications: 0 };
  }
}

export function leaseStatus(lease: StoredLease, now: number): LeaseStatus {
  if (lease.releasedAt !== null) return 'released';
  return Date.parse(lease.expiresAt) <= now ? 'expired' : 'active';
}

export function publicLease(lease: StoredLease, now: number): Lease {
  return { ...lease, status: leaseStatus(lease, now) };
}

export function publicOperation(operation: StoredOperation): Operation {
  const { seq: _seq, idempotencyKey: _key, ...rest } = operation;
  return rest;
}

export function publicNotification(notification: StoredNotification): Notification {
  const { seq: _seq, ...rest } = notification;
  return rest;
}

export function publicArtifact(artifact: StoredArtifact): Artifact {
  const { file: _file, ...rest } = artifact;
  return rest;
}
