import type { IncomingHttpHeaders } from 'node:http';
import type { Page } from '../types.js';
import type { FaultInjector } from './faults.js';
import type { OperationEngine } from './operations.js';
import { badRequest } from './problem.js';
import type { SimState } from './state.js';

/** What every route handler may use. */
export interface SimContext {
  state: SimState;
  engine: OperationEngine;
  faults: FaultInjector;
  seed: number | string;
  dataDir: string;
  startedAt: number;
  /** Asks the server to crash once the current request has been applied (its response is never sent). */
  requestCrash(): void;
  /** Prometheus text of the simulator's own counters. */
  prometheus(): string;
}

export interface RequestInfo {
  operationId: string;
  method: string;
  /** Path template of the matched operation. */
  template: string;
  /** Request path as received (no query). */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, the raw bytes of a binary body, or undefined. */
  body: unknown;
  now: Date;
}

export interface Reply {
  status: number;
  /** A JSON value, or a string/Buffer sent as is with `contentType`. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export type Handler = (ctx: SimContext, req: RequestInfo) => Reply;

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

export function header(req: RequestInfo, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

export function limitOf(req: RequestInfo): number {
  const raw = req.query.get('limit');
  return raw === null ? 50 : Number(raw);
}

/**
 * One page of `items` (already in cursor order: `keyOf` ascending). The cursor is the opaque form of the last key
 * served, so a page is stable even when items are added after it.
 */
export function paginate<T>(items: readonly T[], keyOf: (item: T) => string, req: RequestInfo): Page<T> {
  const limit = limitOf(req);
  const cursor = req.query.get('cursor');
  let start = 0;
  if (cursor !== null) {
    const after = decodeCursor(cursor);
    start = items.findIndex((item) => keyOf(item) > after);
    if (start < 0) start = items.length;
  }
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  const last = slice[slice.length - 1];
  return { items: slice, nextCursor: more && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

function encodeCursor(key: string): string {
  return Buffer.from(`c1:${key}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('c1:')) throw badRequest('invalid_cursor', 'The cursor is not one this API issued; start again without a cursor', [{ pointer: 'query:cursor', message: 'unknown cursor' }]);
  return text.slice(3);
}

/** Zero-padded so numeric order is string order. */
export const seqKey = (n: number) => String(n).padStart(12, '0');
