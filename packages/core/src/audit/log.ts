import { ConfigError } from '../errors.js';
import { SecretMasker } from './mask.js';
import { sealRecord, type AuditContent, type AuditHead, type AuditOutcome, type AuditRecord, type AuditRun } from './record.js';
import { AuditConflictError, type AuditStore } from './store.js';

/** Who is writing and from which run; the same for every record a job step appends. */
export interface AuditContext {
  /** GitHub login, or `system`. */
  actor: string;
  run: AuditRun;
}

export interface AuditLogOptions {
  context: AuditContext;
  /** Values to mask wherever they appear (tokens, keys); more can be added with `registerSecret`. */
  secrets?: Iterable<string>;
  clock?: () => Date;
}

export interface AuditEntry {
  action: string;
  subject: string;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
  /** Overrides the context's actor, e.g. the approver of a deployment. */
  actor?: string;
}

const ACTION = /^[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)+$/;
const OUTCOME = /^[a-z][a-z0-9_-]*$/;
const MAX_ATTEMPTS = 5;

function invalid(message: string, pointer: string): ConfigError {
  return ConfigError.single(message, { pointer }, 'invalid-audit-entry');
}

function checkContext(context: AuditContext): void {
  if (typeof context.actor !== 'string' || context.actor === '') throw invalid('actor must be a non-empty string', '/actor');
  const run = context.run;
  if (typeof run?.id !== 'string' || run.id === '') throw invalid('run.id must be a non-empty string', '/run/id');
  if (!Number.isSafeInteger(run.attempt) || run.attempt < 1) throw invalid('run.attempt must be a positive integer', '/run/attempt');
  if (typeof run.workflow !== 'string') throw invalid('run.workflow must be a string', '/run/workflow');
  if (typeof run.commit !== 'string') throw invalid('run.commit must be a string', '/run/commit');
}

function checkEntry(entry: AuditEntry): void {
  if (typeof entry.action !== 'string' || !ACTION.test(entry.action)) {
    throw invalid(`action must be a dotted lowercase verb such as publish.gate.evaluated (got ${JSON.stringify(entry.action)})`, '/action');
  }
  if (typeof entry.subject !== 'string' || entry.subject === '') throw invalid('subject must be a non-empty string', '/subject');
  if (typeof entry.outcome !== 'string' || !OUTCOME.test(entry.outcome)) {
    throw invalid(`outcome must be a lowercase word such as passed or blocked (got ${JSON.stringify(entry.outcome)})`, '/outcome');
  }
  if (entry.actor !== undefined && (typeof entry.actor !== 'string' || entry.actor === '')) throw invalid('actor must be a non-empty string', '/actor');
  if (entry.details !== undefined && (typeof entry.details !== 'object' || entry.details === null || Array.isArray(entry.details))) {
    throw invalid('details must be an object', '/details');
  }
}

/**
 * Appends hash-chained records to a store. Every append starts from the store's current head, so several
 * steps of one job, or a re-run appending to a downloaded bundle, continue one chain. Secrets are masked
 * before a record is sealed; appends from one instance are serialised.
 */
export class AuditLog {
  readonly store: AuditStore;
  private readonly context: AuditContext;
  private readonly masker: SecretMasker;
  private readonly clock: () => Date;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(store: AuditStore, options: AuditLogOptions) {
    checkContext(options.context);
    this.store = store;
    this.context = structuredClone(options.context);
    this.masker = new SecretMasker(options.secrets);
    this.clock = options.clock ?? (() => new Date());
  }

  registerSecret(value: string): void {
    this.masker.registerSecret(value);
  }

  /** Appends one record and returns it as written. */
  async append(entry: AuditEntry): Promise<AuditRecord> {
    const [record] = await this.appendAll([entry]);
    return record as AuditRecord;
  }

  /** Appends several records as one batch (one write to the store). */
  appendAll(entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
    try {
      entries.forEach(checkEntry);
    } catch (error) {
      return Promise.reject(error);
    }
    const run = this.queue.then(() => this.write(entries));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
    if (entries.length === 0) return [];
    for (let attempt = 1; ; attempt++) {
      const records = this.seal(entries, await this.store.head());
      try {
        await this.store.append(records);
        return records;
      } catch (error) {
        if (!(error instanceof AuditConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private seal(entries: readonly AuditEntry[], head: AuditHead | undefined): AuditRecord[] {
    const time = this.clock().toISOString();
    const records: AuditRecord[] = [];
    for (const entry of entries) {
      const masked = this.masker.mask({
        actor: entry.actor ?? this.context.actor,
        run: this.context.run,
        action: entry.action,
        subject: entry.subject,
        outcome: entry.outcome,
        details: entry.details ?? {},
      }) as unknown as Omit<AuditContent, 'time'>;
      const record = sealRecord({ time, ...masked }, head);
      records.push(record);
      head = { seq: record.seq, hash: record.hash, chain: record.chain };
    }
    return records;
  }
}
