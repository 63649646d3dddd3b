import { isConfigError, formatIssue } from '@powerx/core/errors.js';
import { error, setFailed } from '@powerx/github/runner.js';

/**
 * The one try/catch of every action: bad input becomes annotations on the right file and line,
 * anything else a single failure message. Stack traces stay out of the log.
 */
export async function runStep(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (caught) {
    if (isConfigError(caught)) {
      for (const issue of caught.issues) {
        error(formatIssue(issue), { title: 'Invalid input', file: issue.file, startLine: issue.line, startColumn: issue.column });
      }
      process.exitCode = 1;
      return;
    }
    setFailed(caught instanceof Error ? caught.message : String(caught));
  }
}
