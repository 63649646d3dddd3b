import { randomUUID } from 'node:crypto';
import semver from 'semver';
import { TERMINAL_OPERATION_STATUSES, type InstalledPlugin, type OperationError, type OperationRequest, type Release, type Tenant } from '../types.js';
import { dependencyProblems, dependentProblems, environmentProblems, migrationProblems } from './compat.js';
import { findReplay } from './idempotency.js';
import { conflict, notFound } from './problem.js';
import type { Change } from './store.js';
import type { Counters, IdempotencyRecord, SimState, StoredOperation } from './state.js';

/**
 * Runs operations asynchronously: accepted as `pending`, `running` after half the delay, finished after the
 * other half. Every step is committed to the store, so a restarted simulator picks up where it stopped.
 */
export class OperationEngine {
  private readonly state: SimState;
  private readonly delayMs: number;
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(state: SimState, delayMs: number) {
    this.state = state;
    this.delayMs = Math.max(0, delayMs);
  }

  /**
   * Accepts (or, for a known key, returns) an operation. Preconditions on the tenant's current state are checked
   * here and answered as problems; compatibility is checked when the operation runs.
   */
  accept(tenantId: string, request: OperationRequest, idempotencyKey: string, fingerprint: string, now: Date): { operation: StoredOperation; replayed: boolean } {
    const replay = findReplay(this.state, idempotencyKey, fingerprint);
    if (replay) {
      const operation = this.state.operation(replay.id);
      if (operation) return { operation, replayed: true };
    }
    const tenant = this.state.tenant(tenantId);
    if (!tenant) throw notFound('tenant_not_found', `Tenant ${tenantId} does not exist`);
    if (!this.state.plugin(request.plugin)) throw notFound('plugin_not_found', `Plugin ${request.plugin} is not in the catalog`);
    this.checkPreconditions(tenant, request);

    const counters = this.state.counters();
    const seq = counters.operations + 1;
    const at = now.toISOString();
    const installed = tenant.plugins.find((p) => p.id === request.plugin);
    const operation: StoredOperation = {
      id: `op_${randomUUID()}`,
      tenantId,
      type: request.type,
      plugin: request.plugin,
      version: request.version,
      fromVersion: installed?.version ?? null,
      status: 'pending',
      createdAt: at,
      updatedAt: at,
      seq,
      idempotencyKey,
    };
    if (request.reason !== undefined) operation.reason = request.reason;
    const record: IdempotencyRecord = { key: idempotencyKey, fingerprint, kind: 'operation', id: operation.id, createdAt: at };
    const nextCounters: Counters = { ...counters, operations: seq };
    this.state.commit([
      { collection: 'operations', id: operation.id, value: operation },
      { collection: 'idempotency', id: idempotencyKey, value: record },
      { collection: 'counters', id: 'main', value: nextCounters },
    ]);
    this.schedule(operation);
    return { operation, replayed: false };
  }

  /** Schedules every operation a previous run left unfinished. */
  resume(): void {
    for (const operation of this.state.operations()) if (!TERMINAL_OPERATION_STATUSES.has(operation.status)) this.schedule(operation);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** True while some operation is pending or running. */
  busy(): boolean {
    return this.state.operations().some((o) => !TERMINAL_OPERATION_STATUSES.has(o.status));
  }

  private checkPreconditions(tenant: Tenant, request: OperationRequest): void {
    const installed = tenant.plugins.find((p) => p.id === request.plugin);
    const running = this.state
      .operations()
      .find((o) => o.tenantId === tenant.id && o.plugin === request.plugin && !TERMINAL_OPERATION_STATUSES.has(o.status));
    if (running) {
      throw conflict('operation_in_progress', `Operation ${running.id} (${running.type} ${running.plugin}@${running.version}) is still ${running.status} on ${tenant.id}; wait for it to finish`);
    }
    if (request.type === 'install') {
      if (installed) throw conflict('already_installed', `${request.plugin}@${installed.version} is already installed on ${tenant.id}; use an upgrade or rollback`);
      if (request.fromVersion !== undefined) throw conflict('version_mismatch', `${request.plugin} is not installed on ${tenant.id}, but fromVersion ${request.fromVersion} was given`);
    } else {
      if (!installed) throw conflict('not_installed', `${request.plugin} is not installed on ${tenant.id}; use an install`);
      if (request.fromVersion !== undefined && request.fromVersion !== installed.version) {
        throw conflict('version_mismatch', `${tenant.id} runs ${request.plugin}@${installed.version}, not ${request.fromVersion}`);
      }
      if (request.type === 'uninstall' && request.version !== installed.version) {
        throw conflict('version_mismatch', `${tenant.id} runs ${request.plugin}@${installed.version}, not ${request.version}`);
      }
    }
    if (request.type === 'uninstall') return;
    const release = this.state.release(request.plugin, request.version);
    if (!release) throw notFound('release_not_found', `${request.plugin} has no release ${request.version}`);
    if (release.yanked) throw conflict('release_yanked', `${request.plugin}@${request.version} was yanked: ${release.yankedReason ?? 'no reason given'}`);
    if (request.type === 'upgrade' && installed && !semver.gt(request.version, installed.version)) {
      throw conflict('not_an_upgrade', `${request.version} is not newer than the installed ${installed.version}; use a rollback`);
    }
    if (request.type === 'rollback' && installed && !semver.lt(request.version, installed.version)) {
      throw conflict('not_a_rollback', `${request.version} is not older than the installed ${installed.version}; use an upgrade`);
    }
  }

  private schedule(operation: StoredOperation): void {
    if (this.stopped) return;
    const half = Math.floor(this.delayMs / 2);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      const current = this.state.operation(operation.id);
      if (!current || TERMINAL_OPERATION_STATUSES.has(current.status)) return;
      if (current.status === 'pending') {
        const running: StoredOperation = { ...current, status: 'running', updatedAt: new Date().toISOString() };
        this.state.commit([{ collection: 'operations', id: running.id, value: running }]);
        this.schedule(running);
      } else {
        this.complete(current);
      }
    }, half);
    this.timers.add(timer);
  }

  private complete(operation: StoredOperation): void {
    const at = new Date().toISOString();
    const tenant = this.state.tenant(operation.tenantId);
    const problems = tenant ? this.problemsOf(tenant, operation) : [{ code: 'tenant_not_found', message: `tenant ${operation.tenantId} no longer exists` }];
    const changes: Change[] = [];
    let finished: StoredOperation;
    if (problems.length > 0 || !tenant) {
      finished = {
        ...operation,
        status: 'failed',
        updatedAt: at,
        completedAt: at,
        error: { code: (problems[0] as OperationError).code, message: problems.map((p) => p.message).join('; ') },
      };
    } else {
      finished = { ...operation, status: 'succeeded', updatedAt: at, completedAt: at };
      changes.push({ collection: 'tenants', id: tenant.id, value: { ...tenant, plugins: applyTo(tenant.plugins, operation, at) } });
    }
    changes.unshift({ collection: 'operations', id: finished.id, value: finished });
    this.state.commit(changes);
  }

  private problemsOf(tenant: Tenant, operation: StoredOperation): OperationError[] {
    const installed = tenant.plugins.find((p) => p.id === operation.plugin);
    const stateChanged = operation.type === 'install' ? installed !== undefined : installed?.version !== operation.fromVersion;
    if (stateChanged) {
      return [{ code: 'state_changed', message: `${operation.plugin} on ${tenant.id} changed since the operation was accepted` }];
    }
    const others = tenant.plugins.filter((p) => p.id !== operation.plugin);
    const releaseOf = (plugin: string, version: string) => this.state.release(plugin, version);
    if (operation.type === 'uninstall') return dependentProblems(others, releaseOf, operation.plugin, undefined);
    const target = this.state.release(operation.plugin, operation.version) as Release;
    const from = installed ? this.state.release(installed.id, installed.version) : undefined;
    return [
      ...environmentProblems(tenant, target),
      ...dependencyProblems(others, target),
      ...dependentProblems(others, releaseOf, operation.plugin, operation.version),
      ...migrationProblems(from, target),
    ];
  }
}

function applyTo(plugins: readonly InstalledPlugin[], operation: StoredOperation, at: string): InstalledPlugin[] {
  const others = plugins.filter((p) => p.id !== operation.plugin);
  if (operation.type === 'uninstall') return others;
  return [...others, { id: operation.plugin, version: operation.version, installedAt: at, status: 'active' as const }].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
}
