import { STATUS_CODES } from 'node:http';
import type { Problem } from '../types.js';

export const PROBLEM_TYPE_BASE = 'https://powerx.example/problems/';

/** Thrown by handlers; the server answers it as `application/problem+json`. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: Problem['errors'];
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, detail: string, extra: { errors?: Problem['errors']; headers?: Record<string, string> } = {}) {
    super(detail);
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = extra.errors;
    this.headers = extra.headers ?? {};
  }
}

export function problemBody(status: number, code: string, detail: string, errors?: Problem['errors'], instance?: string): Problem {
  const problem: Problem = { type: `${PROBLEM_TYPE_BASE}${code}`, title: STATUS_CODES[status] ?? 'Error', status, detail, code };
  if (instance !== undefined) problem.instance = instance;
  if (errors !== undefined && errors.length > 0) problem.errors = errors;
  return problem;
}

export const notFound = (code: string, detail: string) => new ProblemError(404, code, detail);
export const conflict = (code: string, detail: string) => new ProblemError(409, code, detail);
export const badRequest = (code: string, detail: string, errors?: Problem['errors']) => new ProblemError(400, code, detail, { errors });
