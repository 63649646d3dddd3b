import { ConfigError } from '../errors.js';
import { parseJsonLines, type LogLine } from './jsonl.js';
import {
  deriveChainId,
  FIRST_SEQ,
  GENESIS_PREV,
  hashRecord,
  headOf,
  recordShapeProblem,
  type AuditHead,
  type AuditRecord,
} from './record.js';

/**
 * - `edited`: a record's hash does not match its content (or a re-hashed record no longer matches what its
 *   successor committed to).
 * - `reordered`: a seq appears out of order, or a record's prev names a record that comes later.
 * - `deleted`: records are missing inside the log (a seq gap, or the log does not start at seq 1).
 * - `truncated`: the last line was cut off, or records the anchor committed to are gone from the end.
 * - `foreign-chain`: a record belongs to another log.
 * - `malformed`: a line is not JSON, or a record lacks a field or has one of the wrong type.
 */
export type AuditProblemCode = 'edited' | 'reordered' | 'deleted' | 'truncated' | 'foreign-chain' | 'malformed';

export interface AuditProblem {
  code: AuditProblemCode;
  message: string;
  /** 0-based position in the input; equal to the record count when records are missing from the end. */
  index: number;
  /** 1-based line number, for text input. */
  line?: number;
  /** The seq the bad record carries, or the seq that is missing. */
  seq?: number;
}

/** What was known of the log when it was last trusted, e.g. printed in a release or a job summary. */
export interface AuditAnchor {
  /** Hash of the last record at anchoring time. With `count`, it must be the hash of record seq `count`. */
  head?: string;
  /** Number of records at anchoring time; the log may have grown since, never shrunk. */
  count?: number;
  /** The chain id the log must carry. */
  chain?: string;
}

export type VerifyResult =
  | { ok: true; count: number; chain?: string; head?: AuditHead }
  | { ok: false; count: number; problem: AuditProblem };

interface Entry {
  index: number;
  line?: number;
  value?: unknown;
  error?: string;
  partial?: boolean;
}

const HEX64 = /^[0-9a-f]{64}$/;

function checkAnchor(anchor: AuditAnchor): void {
  if (anchor.head !== undefined && !HEX64.test(anchor.head)) {
    throw ConfigError.single('anchor head must be 64 lowercase hex digits', {}, 'bad-anchor');
  }
  if (anchor.count !== undefined && (!Number.isSafeInteger(anchor.count) || anchor.count < 0)) {
    throw ConfigError.single('anchor count must be a non-negative integer', {}, 'bad-anchor');
  }
  if (anchor.count === 0 && anchor.head !== undefined) {
    throw ConfigError.single('an anchor with a head needs a count of at least 1', {}, 'bad-anchor');
  }
}

function toEntries(input: string | readonly unknown[]): Entry[] {
  if (typeof input === 'string') {
    return parseJsonLines(input).map((l: LogLine, index) => ({ index, ...l }));
  }
  return input.map((value, index) => ({ index, value }));
}

function chainOf(entry: Entry): string | undefined {
  const chain = (entry.value as { chain?: unknown } | undefined)?.chain;
  return typeof chain === 'string' ? chain : undefined;
}

function seqOf(entry: Entry): number | undefined {
  const seq = (entry.value as { seq?: unknown } | undefined)?.seq;
  return typeof seq === 'number' ? seq : undefined;
}

/** The chain most records carry, so one spliced-in record is blamed rather than the log around it. */
function homeChain(entries: readonly Entry[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const entry of entries) {
    const chain = chainOf(entry);
    if (chain === undefined) continue;
    const n = (counts.get(chain) ?? 0) + 1;
    counts.set(chain, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) best = chain;
  }
  return best;
}

function short(hash: string): string {
  return hash.slice(0, 12);
}

/**
 * Checks a log (JSON-lines text or parsed records) and reports the first bad record. Without an anchor, a log
 * whose last records were removed cleanly is indistinguishable from a shorter log; pass `count`/`head` from a
 * trusted place to detect that.
 */
export function verify(input: string | readonly unknown[], anchor: AuditAnchor = {}): VerifyResult {
  checkAnchor(anchor);
  const entries = toEntries(input);
  const count = entries.length;
  const home = anchor.chain ?? homeChain(entries);
  const fail = (code: AuditProblemCode, entry: Entry | number, message: string, seq?: number): VerifyResult => {
    const at = typeof entry === 'number' ? { index: entry } : entry;
    const problem: AuditProblem = { code, message, index: at.index };
    if ('line' in at && at.line !== undefined) problem.line = at.line;
    if (seq !== undefined) problem.seq = seq;
    return { ok: false, count, problem };
  };
  const later = (from: number, test: (value: Entry) => boolean): boolean => entries.slice(from + 1).some(test);

  let previous: { entry: Entry; record: AuditRecord } | undefined;
  for (const entry of entries) {
    if (entry.partial) return fail('truncated', entry, 'the last line is incomplete: the log was cut off in the middle of a record');
    if (entry.error !== undefined) return fail('malformed', entry, entry.error);
    const shape = recordShapeProblem(entry.value);
    if (shape !== undefined) return fail('malformed', entry, shape, seqOf(entry));
    const record = entry.value as AuditRecord;
    let actual: string;
    let derived: string;
    try {
      actual = hashRecord(record);
      derived = deriveChainId(record);
    } catch (error) {
      return fail('malformed', entry, (error as Error).message, record.seq);
    }
    if (actual !== record.hash) {
      return fail('edited', entry, `record seq ${record.seq} was edited: its content hashes to ${short(actual)}…, not the recorded ${short(record.hash)}…`, record.seq);
    }
    if (record.chain !== home) {
      return fail('foreign-chain', entry, `record seq ${record.seq} belongs to chain ${record.chain}, not ${home ?? '?'}`, record.seq);
    }
    if (record.seq === FIRST_SEQ && record.prev === GENESIS_PREV && derived !== record.chain) {
      return fail('foreign-chain', entry, `chain id ${record.chain} does not derive from its first record (expected ${derived})`, record.seq);
    }

    const expectedSeq = previous ? previous.record.seq + 1 : FIRST_SEQ;
    const expectedPrev = previous ? previous.record.hash : GENESIS_PREV;
    if (record.seq === expectedSeq && record.prev === expectedPrev) {
      previous = { entry, record };
      continue;
    }
    const after = previous ? `after seq ${previous.record.seq}` : 'at the start of the log';
    const pointsLater = later(entry.index, (e) => (e.value as { hash?: unknown } | undefined)?.hash === record.prev);
    if (record.seq < expectedSeq) {
      return fail('reordered', entry, `seq ${record.seq} comes ${after}: a record was moved or repeated`, record.seq);
    }
    if (record.seq > expectedSeq) {
      const missingComesLater = later(entry.index, (e) => {
        const seq = seqOf(e);
        return chainOf(e) === home && seq !== undefined && seq >= expectedSeq && seq < record.seq;
      });
      if (missingComesLater || pointsLater) {
        return fail('reordered', entry, `seq ${record.seq} comes ${after}, but seq ${expectedSeq} appears later in the log`, record.seq);
      }
      const gap = record.seq - 1 === expectedSeq ? `seq ${expectedSeq} is` : `seqs ${expectedSeq}-${record.seq - 1} are`;
      return fail('deleted', entry, `${gap} missing ${after}`, expectedSeq);
    }
    if (pointsLater) {
      return fail('reordered', entry, `record seq ${record.seq} names as its predecessor a record that comes after it`, record.seq);
    }
    if (!previous) {
      return fail('edited', entry, `record seq ${record.seq} does not start from the genesis value`, record.seq);
    }
    // Both records hash correctly but do not link: the earlier one was rewritten and re-hashed.
    return fail(
      'edited',
      previous.entry,
      `record seq ${previous.record.seq} was rewritten: seq ${record.seq} names ${short(record.prev)}… as its predecessor, but it hashes to ${short(previous.record.hash)}…`,
      previous.record.seq,
    );
  }

  const records = entries.map((e) => e.value as AuditRecord);
  if (anchor.count !== undefined && count < anchor.count) {
    const missing = anchor.count - count;
    return fail('truncated', count, `the anchor expects ${anchor.count} records but the log has ${count}: the last ${missing === 1 ? 'record was' : `${missing} records were`} removed`, count + 1);
  }
  if (anchor.head !== undefined) {
    if (anchor.count !== undefined) {
      const at = records[anchor.count - 1] as AuditRecord;
      if (at.hash !== anchor.head) {
        return fail('truncated', entries[anchor.count - 1] as Entry, `record seq ${at.seq} hashes to ${short(at.hash)}…, but the anchor head is ${short(anchor.head)}…: the log was cut and rewritten from here or earlier`, at.seq);
      }
    } else if (!records.some((r) => r.hash === anchor.head)) {
      const last = records[count - 1];
      return fail('truncated', count, `the anchor head ${short(anchor.head)}… is not in the log${last ? ` (it ends at seq ${last.seq})` : ''}: records were removed from the end`, (last?.seq ?? 0) + 1);
    }
  }
  const last = records[count - 1];
  return last ? { ok: true, count, chain: last.chain, head: headOf(last) } : { ok: true, count };
}
