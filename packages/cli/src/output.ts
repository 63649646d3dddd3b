import { isConfigError, formatIssue } from '@powerx/core/errors.js';

/** Exit codes shared by every command: the same as the matching action's outcome. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

export type Format = 'text' | 'json' | 'md';

export function parseFormat(value: string, allowed: readonly Format[] = ['text', 'json', 'md']): Format {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as Format;
}

/** A mistake in how the command was called; reported without a stack trace, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Prints an error the user can act on and returns the exit code: 2 for bad input, 1 otherwise. */
export function reportFatal(error: unknown, io: Io = processIo): number {
  if (isConfigError(error)) {
    for (const issue of error.issues) io.err(`error: ${formatIssue(issue)}`);
    return EXIT.badInput;
  }
  if (error instanceof UsageError) {
    io.err(`error: ${error.message}`);
    return EXIT.badInput;
  }
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) return (error as { exitCode?: number }).exitCode ?? EXIT.badInput;
  io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.POWERX_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT.failed;
}
