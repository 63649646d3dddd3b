import { FIRST_SEQ, GENESIS_PREV, headOf, type AuditHead, type AuditRecord } from './record.js';

/**
 * Where audit records live. Implementations: `MemoryAuditStore` (tests), `FileAuditStore` (a JSON-lines
 * file, e.g. the run's bundle), and later a long-term store.
 *
 * Contract:
 * - `head()` is where the log ends now (undefined when empty).
 * - `append(records)` adds a batch that continues `head()` (first seq = head.seq + 1, first prev =
 *   head.hash, same chain; seq 1 and `GENESIS_PREV` when empty) and is all-or-nothing as far as the
 *   medium allows. A batch that does not continue the current head must be refused with
 *   `AuditConflictError` (another writer got there first); `AuditLog` then re-reads the head and re-seals.
 *   Stores with compare-and-swap (a git ref update with the expected SHA) get this for free.
 * - `read()` returns every record in order. Stores never rewrite or drop records.
 */
export interface AuditStore {
  head(): Promise<AuditHead | undefined>;
  append(records: readonly AuditRecord[]): Promise<void>;
  read(): Promise<AuditRecord[]>;
}

/** The batch does not continue the store's head: someone else appended in between. */
export class AuditConflictError extends Error {
  override name = 'AuditConflictError';
  readonly head: AuditHead | undefined;

  constructor(message: string, head: AuditHead | undefined) {
    super(message);
    this.head = head;
  }
}

/** Throws `AuditConflictError` unless `records` form one contiguous run continuing `head`. */
export function assertContinues(head: AuditHead | undefined, records: readonly AuditRecord[]): void {
  let seq = head ? head.seq + 1 : FIRST_SEQ;
  let prev = head ? head.hash : GENESIS_PREV;
  const chain = head?.chain ?? records[0]?.chain;
  for (const record of records) {
    if (record.seq !== seq || record.prev !== prev || record.chain !== chain) {
      const where = head ? `seq ${head.seq} (${head.hash.slice(0, 12)}…)` : 'an empty log';
      throw new AuditConflictError(`record seq ${record.seq} does not continue ${where}`, head);
    }
    seq += 1;
    prev = record.hash;
  }
}

export class MemoryAuditStore implements AuditStore {
  private readonly records: AuditRecord[];

  constructor(initial: readonly AuditRecord[] = []) {
    this.records = structuredClone([...initial]);
  }

  async head(): Promise<AuditHead | undefined> {
    return this.currentHead();
  }

  async append(records: readonly AuditRecord[]): Promise<void> {
    // Check and push without an await in between, so concurrent appends cannot both pass the check.
    assertContinues(this.currentHead(), records);
    this.records.push(...structuredClone(records));
  }

  private currentHead(): AuditHead | undefined {
    const last = this.records[this.records.length - 1];
    return last ? headOf(last) : undefined;
  }

  async read(): Promise<AuditRecord[]> {
    return structuredClone(this.records);
  }
}
