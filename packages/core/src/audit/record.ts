import { createHash } from 'node:crypto';
import { canonicalize, type JsonObject } from './canonical.js';

/** The GitHub Actions run that wrote a record. */
export interface AuditRun {
  /** `GITHUB_RUN_ID`, or an id the caller chooses outside Actions (e.g. `local`). */
  id: string;
  /** `GITHUB_RUN_ATTEMPT`, starting at 1. */
  attempt: number;
  /** Workflow name or path. */
  workflow: string;
  /** Commit SHA the run built. */
  commit: string;
  /** `owner/name`. */
  repository?: string;
  /** Link to the run. */
  url?: string;
}

/** Usual outcomes; any lowercase word is accepted. */
export type AuditOutcome =
  | 'passed'
  | 'failed'
  | 'blocked'
  | 'approved'
  | 'rejected'
  | 'recorded'
  | 'started'
  | 'succeeded'
  | 'skipped'
  | 'waived'
  | (string & {});

/**
 * One line of the log. `seq` starts at 1 and grows by one; `prev` is the previous record's `hash`
 * (`GENESIS_PREV` for the first); `chain` names the log and is derived from its first record;
 * `hash` is the SHA-256 (hex) of the canonical JSON of every other field.
 */
export interface AuditRecord {
  seq: number;
  /** ISO 8601, UTC (`Z`). */
  time: string;
  /** GitHub login, or `system`. */
  actor: string;
  run: AuditRun;
  /** Dotted verb, e.g. `publish.gate.evaluated`. */
  action: string;
  /** What the action was about, e.g. `acme.crm-sync@2.3.0` or a tenant id. */
  subject: string;
  outcome: AuditOutcome;
  /** Reasons, evidence links, measured values. Secrets are masked before the record is sealed. */
  details: JsonObject;
  chain: string;
  prev: string;
  hash: string;
}

/** Where a log currently ends: what the next record must continue from. */
export interface AuditHead {
  seq: number;
  hash: string;
  chain: string;
}

/** The content a writer supplies; seq, chain, prev and hash are computed. */
export type AuditContent = Pick<AuditRecord, 'time' | 'actor' | 'run' | 'action' | 'subject' | 'outcome' | 'details'>;

export const GENESIS_PREV = '0'.repeat(64);
export const FIRST_SEQ = 1;

const FIELD_ORDER = ['seq', 'time', 'actor', 'run', 'action', 'subject', 'outcome', 'details', 'chain', 'prev', 'hash'] as const;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 hex of the canonical JSON of the record without its `hash` field (extra fields included). */
export function hashRecord(record: Omit<AuditRecord, 'hash'> | AuditRecord): string {
  const { hash: _hash, ...rest } = record as AuditRecord;
  return sha256(canonicalize(rest));
}

/** A chain id commits to the first record's content: 32 hex digits of SHA-256 over it without chain and hash. */
export function deriveChainId(first: Omit<AuditRecord, 'hash' | 'chain'> | AuditRecord): string {
  const { hash: _hash, chain: _chain, ...rest } = first as AuditRecord;
  return sha256(canonicalize(rest)).slice(0, 32);
}

/** Computes seq, chain, prev and hash so the record continues `head` (or starts a new chain). */
export function sealRecord(content: AuditContent, head: AuditHead | undefined): AuditRecord {
  const seq = head ? head.seq + 1 : FIRST_SEQ;
  const prev = head ? head.hash : GENESIS_PREV;
  const base = { seq, ...content, prev };
  const chain = head ? head.chain : deriveChainId(base);
  const unsealed = { ...base, chain };
  return orderFields({ ...unsealed, hash: hashRecord(unsealed) });
}

export function headOf(record: AuditRecord): AuditHead {
  return { seq: record.seq, hash: record.hash, chain: record.chain };
}

function orderFields(record: AuditRecord): AuditRecord {
  const entries: [string, unknown][] = FIELD_ORDER.map((key) => [key, record[key]]);
  for (const [key, value] of Object.entries(record)) {
    if (!(FIELD_ORDER as readonly string[]).includes(key)) entries.push([key, value]);
  }
  return Object.fromEntries(entries) as unknown as AuditRecord;
}

/** One JSON line (without the newline), known fields first in a readable order; unknown fields are kept. */
export function serializeRecord(record: AuditRecord): string {
  return JSON.stringify(orderFields(record));
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/** Why `value` is not a well-formed record, or undefined when it is. Says nothing about the hash. */
export function recordShapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'a record must be a JSON object';
  for (const field of FIELD_ORDER) {
    if (!Object.hasOwn(value, field)) return `missing field "${field}"`;
  }
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < FIRST_SEQ) return '"seq" must be a positive integer';
  if (typeof value.time !== 'string' || !ISO_UTC.test(value.time) || Number.isNaN(Date.parse(value.time))) {
    return '"time" must be an ISO 8601 UTC timestamp';
  }
  for (const field of ['actor', 'action', 'subject', 'outcome', 'chain'] as const) {
    if (!nonEmptyString(value[field])) return `"${field}" must be a non-empty string`;
  }
  if (!isObject(value.details)) return '"details" must be an object';
  for (const field of ['prev', 'hash'] as const) {
    if (typeof value[field] !== 'string' || !HEX64.test(value[field])) return `"${field}" must be 64 lowercase hex digits`;
  }
  const run = value.run;
  if (!isObject(run)) return '"run" must be an object';
  for (const field of ['id', 'workflow', 'commit'] as const) {
    if (typeof run[field] !== 'string') return `"run.${field}" must be a string`;
  }
  if (!Number.isSafeInteger(run.attempt) || (run.attempt as number) < 1) return '"run.attempt" must be a positive integer';
  for (const field of ['repository', 'url'] as const) {
    if (run[field] !== undefined && typeof run[field] !== 'string') return `"run.${field}" must be a string`;
  }
  return undefined;
}

export function isAuditRecord(value: unknown): value is AuditRecord {
  return recordShapeProblem(value) === undefined;
}
