import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Durable keyed collections: a snapshot (`state.json`, replaced atomically by write-temp-fsync-rename) plus an
 * append-only journal (`journal.jsonl`) of the changes made since. One `commit` is one journal line, so a group of
 * changes (an operation finishing and the tenant it changed) survives a crash together or not at all. A torn last
 * line, as a crash mid-write leaves, is ignored on load. Journal lines are written synchronously but not fsynced:
 * the simulator survives its process dying, not the machine losing power.
 */

export interface Change {
  collection: string;
  id: string;
  /** The new value; `null` deletes. */
  value: unknown;
}

interface SnapshotFile {
  format: 1;
  seq: number;
  meta: Record<string, unknown>;
  collections: Record<string, Array<[string, unknown]>>;
}

interface JournalLine {
  seq: number;
  changes: Change[];
}

const SNAPSHOT = 'state.json';
const JOURNAL = 'journal.jsonl';
/** Journal lines after which the state is folded into a new snapshot. */
const COMPACT_AFTER = 2000;

export class JournalStore {
  readonly dir: string;
  readonly meta: Record<string, unknown>;
  private readonly collections = new Map<string, Map<string, unknown>>();
  private seq = 0;
  private journalLines = 0;
  private fd: number | undefined;

  private constructor(dir: string, meta: Record<string, unknown>) {
    this.dir = dir;
    this.meta = meta;
  }

  /**
   * Opens the store in `dir`. A new directory is initialised with `initial()` (and its `meta`); an existing one is
   * loaded as it was left, and `initial` is not called.
   */
  static open(dir: string, initial: () => { meta: Record<string, unknown>; collections: Record<string, Array<[string, unknown]>> }): JournalStore {
    mkdirSync(dir, { recursive: true });
    const snapshotPath = join(dir, SNAPSHOT);
    let store: JournalStore;
    if (existsSync(snapshotPath)) {
      const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as SnapshotFile;
      if (snapshot.format !== 1) throw new Error(`${snapshotPath}: unsupported state format ${String(snapshot.format)}`);
      store = new JournalStore(dir, snapshot.meta);
      store.seq = snapshot.seq;
      for (const [name, entries] of Object.entries(snapshot.collections)) store.collections.set(name, new Map(entries));
      store.replayJournal();
    } else {
      const init = initial();
      store = new JournalStore(dir, init.meta);
      for (const [name, entries] of Object.entries(init.collections)) store.collections.set(name, new Map(entries));
    }
    // Folding everything into a fresh snapshot also drops a torn journal line before anything is appended after it.
    store.compact();
    return store;
  }

  get<T>(collection: string, id: string): T | undefined {
    return this.collections.get(collection)?.get(id) as T | undefined;
  }

  /** Values in insertion order (an update keeps an entry's place). */
  values<T>(collection: string): T[] {
    return [...(this.collections.get(collection)?.values() ?? [])] as T[];
  }

  size(collection: string): number {
    return this.collections.get(collection)?.size ?? 0;
  }

  /** Applies the changes in memory and appends them to the journal as one line. */
  commit(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    if (this.fd === undefined) throw new Error('the simulator store is closed');
    this.seq++;
    const line: JournalLine = { seq: this.seq, changes: [...changes] };
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
    this.apply(changes);
    if (++this.journalLines >= COMPACT_AFTER) this.compact();
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private apply(changes: readonly Change[]): void {
    for (const change of changes) {
      let map = this.collections.get(change.collection);
      if (!map) {
        map = new Map();
        this.collections.set(change.collection, map);
      }
      if (change.value === null) map.delete(change.id);
      else map.set(change.id, change.value);
    }
  }

  private replayJournal(): void {
    const path = join(this.dir, JOURNAL);
    if (!existsSync(path)) return;
    for (const text of readFileSync(path, 'utf8').split('\n')) {
      if (text.trim() === '') continue;
      let line: JournalLine;
      try {
        line = JSON.parse(text) as JournalLine;
      } catch {
        break;
      }
      if (line.seq <= this.seq) continue;
      this.apply(line.changes);
      this.seq = line.seq;
    }
  }

  private compact(): void {
    const snapshot: SnapshotFile = {
      format: 1,
      seq: this.seq,
      meta: this.meta,
      collections: Object.fromEntries([...this.collections].map(([name, map]) => [name, [...map]])),
    };
    writeAtomically(join(this.dir, SNAPSHOT), JSON.stringify(snapshot));
    if (this.fd !== undefined) closeSync(this.fd);
    // The snapshot holds everything up to `seq`; lines a crash leaves in the journal after this point are skipped.
    this.fd = openSync(join(this.dir, JOURNAL), 'w');
    this.journalLines = 0;
  }
}

export function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  const fd = openSync(temp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
