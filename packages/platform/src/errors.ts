import type { Problem } from './types.js';

export interface PlatformErrorInit {
  method: string;
  /** Path and query as sent, without the base URL. */
  path: string;
  /** HTTP status; undefined when no response arrived (network error, timeout, abort). */
  status?: number;
  /** The problem's `code`, or `network_error`, `timeout`, `aborted`, `invalid_response`, `operation_timeout`. */
  code: string;
  detail: string;
  retryable: boolean;
  attempts: number;
  problem?: Problem;
  baseUrl?: string;
  timeoutMs?: number;
  cause?: unknown;
}

/** A failed call to the platform, after any retries. The message says what happened and what to do next. */
export class PlatformError extends Error {
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly code: string;
  readonly detail: string;
  /** Whether trying again later could succeed (5xx, 429, network errors and timeouts). */
  readonly retryable: boolean;
  readonly attempts: number;
  readonly problem: Problem | undefined;

  constructor(init: PlatformErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PlatformError';
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.retryable = init.retryable;
    this.attempts = init.attempts;
    this.problem = init.problem;
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}

function describe(init: PlatformErrorInit): string {
  const what = init.status === undefined ? init.code : `${init.status} ${init.code}`;
  const detail = init.detail.replace(/\.?\s*$/, '.');
  const fieldErrors = init.problem?.errors?.map((e) => `${e.pointer || '(body)'} ${e.message}`).join('; ');
  const parts = [`PowerX platform: ${init.method} ${init.path} failed (${what}): ${detail}`];
  if (fieldErrors) parts.push(`Invalid: ${fieldErrors}.`);
  parts.push(hint(init));
  if (init.attempts > 1) parts.push(`(${init.attempts} attempts)`);
  return parts.filter((p) => p !== '').join(' ');
}

function hint(init: PlatformErrorInit): string {
  switch (init.code) {
    case 'network_error':
      return `Check that the platform is reachable at ${init.baseUrl ?? 'the configured URL'}.`;
    case 'timeout':
      return `No answer within ${init.timeoutMs ?? '?'} ms; check the platform's health or raise the timeout.`;
    case 'aborted':
      return 'The call was cancelled.';
    case 'idempotency_key_reused':
      return 'This Idempotency-Key was already used for a different request; use a new key for a new request.';
    case 'invalid_response':
      return 'The platform answered something this client does not understand; check the base URL.';
    default:
      break;
  }
  const status = init.status ?? 0;
  if (status === 401 || status === 403) return 'Check the platform token.';
  if (status === 404) return 'Check the id: the platform does not know it.';
  if (status === 409) return 'The current state does not allow this; read the resource again before deciding.';
  if (status === 400 || status === 422) return 'Fix the request and try again.';
  if (init.retryable) return 'The platform kept failing; try again later.';
  return '';
}
