/** What a route handler of the GitHub double receives and returns, and the small helpers every area shares. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ShapeContext } from '../shapes.js';
import { DoubleError, type GitHubState, type RepoRecord } from '../state.js';

export interface DoubleSettings {
  /** Create a queued run for each workflow_dispatch (default true). */
  createRunsOnDispatch: boolean;
}

export interface RouteContext {
  state: GitHubState;
  shape: ShapeContext;
  /** Login of the authenticated user. */
  viewer: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, a Buffer for binary uploads, or undefined. */
  body: unknown;
  /** Path and query of the request as received, for pagination links. */
  requestPath: string;
  settings: DoubleSettings;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => RouteResult;

/** Handlers keyed by the operationId of GitHub's description (`repos/get-environment`). */
export type RouteTable = Record<string, RouteHandler>;

export function ok(body: unknown, status = 200, headers?: Record<string, string>): RouteResult {
  return headers ? { status, body, headers } : { status, body };
}

export function noContent(): RouteResult {
  return { status: 204 };
}

export function repoOf(ctx: RouteContext): RepoRecord {
  const repo = ctx.state.findRepo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw DoubleError.notFound();
  return repo;
}

export function intParam(ctx: RouteContext, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isInteger(value)) throw DoubleError.notFound();
  return value;
}

export function queryString(ctx: RouteContext, name: string): string | undefined {
  const v = ctx.query[name];
  return Array.isArray(v) ? v[v.length - 1] : v;
}

export function bodyObject(ctx: RouteContext): Record<string, unknown> {
  const b = ctx.body;
  return typeof b === 'object' && b !== null && !Array.isArray(b) && !Buffer.isBuffer(b) ? (b as Record<string, unknown>) : {};
}

/** `per_page` (max 100, default 30) and `page`, with a `Link` header like GitHub's. */
export function paginate<T>(ctx: RouteContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(queryString(ctx, 'per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(queryString(ctx, 'page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number) => {
    const url = new URL(ctx.requestPath, ctx.shape.api);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
  if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}
