import { Command } from 'commander';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { parseJsonLines } from '@powerx/core/audit/jsonl.js';
import { parseTimeBound, queryRecords, type AuditQuery } from '@powerx/core/audit/query.js';
import { isAuditRecord, type AuditRecord } from '@powerx/core/audit/record.js';
import {
  isTampered,
  printable,
  renderRecordsMarkdown,
  renderRecordsText,
  renderVerifyText,
  type FileVerification,
} from '@powerx/core/audit/report.js';
import { verify, type AuditAnchor } from '@powerx/core/audit/verify.js';
import { EXIT, parseFormat, processIo, UsageError, type Io } from '../output.js';

interface VerifyOptions {
  branch?: string;
  head?: string;
  count?: string;
  chain?: string;
  format: string;
}

interface ShowOptions {
  action?: string;
  subject?: string;
  outcome?: string;
  actor?: string;
  since?: string;
  until?: string;
  format: string;
}

function parseAnchor(options: VerifyOptions, files: readonly string[]): AuditAnchor {
  const anchor: AuditAnchor = {};
  if (options.head !== undefined) {
    if (!/^[0-9a-f]{64}$/.test(options.head)) throw new UsageError(`--head must be a record hash: 64 lowercase hex digits (got "${options.head}")`);
    anchor.head = options.head;
  }
  if (options.count !== undefined) {
    if (!/^\d+$/.test(options.count) || (options.head !== undefined && Number(options.count) === 0)) {
      throw new UsageError(`--count must be a whole number${options.head !== undefined ? ' of at least 1 with --head' : ''} (got "${options.count}")`);
    }
    anchor.count = Number(options.count);
  }
  if (options.chain !== undefined) anchor.chain = options.chain;
  if (Object.keys(anchor).length > 0 && files.length > 1) throw new UsageError('--head, --count and --chain describe one log: give a single file');
  return anchor;
}

async function readLog(file: string): Promise<string | { error: string }> {
  try {
    const text = await new FileAuditStore(file).readText();
    return text ?? { error: 'no such file' };
  } catch (error) {
    return { error: `cannot read: ${(error as Error).message}` };
  }
}

async function verifyFile(file: string, anchor: AuditAnchor): Promise<FileVerification> {
  const text = await readLog(file);
  if (typeof text !== 'string') return { file, ok: false, error: text.error };
  return { file, ...verify(text, anchor) };
}

/** `owner/repo@branch` on GitHub (GITHUB_API_URL, GITHUB_TOKEN): the chain and every archived bundle. */
async function verifyBranch(spec: string): Promise<FileVerification[]> {
  const match = /^([^/\s]+)\/([^@\s]+)@(\S+)$/.exec(spec);
  if (!match) throw new UsageError(`--branch must be owner/repo@branch (got "${spec}")`);
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN;
  if (!token) throw new UsageError('--branch reads GitHub: set GITHUB_TOKEN');
  const [{ createGitHubClient }, { GitBranchAuditStore, verifyAuditBranch }] = await Promise.all([import('@powerx/github/octokit.js'), import('@powerx/github/audit-branch.js')]);
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  return verifyAuditBranch(new GitBranchAuditStore(createGitHubClient({ token, log: quiet }), match[1]!, match[2]!, match[3]!));
}

/** Exit code for a set of results: a detected tampering (1) outranks a file that could not be read (2). */
function exitCodeFor(results: readonly FileVerification[]): number {
  if (results.some(isTampered)) return EXIT.failed;
  if (results.some((r) => !r.ok)) return EXIT.badInput;
  return EXIT.ok;
}

function buildQuery(options: ShowOptions, now: Date): AuditQuery {
  const query: AuditQuery = {};
  if (options.action !== undefined) query.action = options.action;
  if (options.subject !== undefined) query.subject = options.subject;
  if (options.actor !== undefined) query.actor = options.actor;
  if (options.outcome !== undefined) query.outcome = options.outcome.split(',').map((o) => o.trim()).filter((o) => o !== '');
  try {
    if (options.since !== undefined) query.since = parseTimeBound(options.since, now, '--since');
    if (options.until !== undefined) query.until = parseTimeBound(options.until, now, '--until');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return query;
}

export function auditCommand(io: Io = processIo, now: () => Date = () => new Date()): Command {
  const audit = new Command('audit').description('Verify and read hash-chained audit logs (JSON lines)');

  audit
    .command('verify')
    .description('Check that audit logs are intact: exit 0 intact, 1 tampered (edited, reordered, deleted, truncated, foreign or malformed records), 2 bad input such as a missing file (with several files, 1 outranks 2)')
    .argument('[file...]', 'audit logs (JSON lines); each is verified on its own')
    .option('--branch <owner/repo@branch>', 'also verify a long-term audit branch: its chain and every archived bundle (token from GITHUB_TOKEN, API from GITHUB_API_URL)')
    .option('--head <hash>', 'trusted hash of the last record (with --count: of record seq <count>); detects records removed from the end')
    .option('--count <n>', 'trusted record count; the log may have grown since, never shrunk')
    .option('--chain <id>', 'trusted chain id the log must carry')
    .option('--format <format>', 'text or json', 'text')
    .action(async (files: string[], options: VerifyOptions) => {
      const format = parseFormat(options.format, ['text', 'json']);
      const anchor = parseAnchor(options, files);
      const results: FileVerification[] = [];
      if (files.length === 0 && !options.branch) throw new UsageError('give audit log files, --branch, or both');
      for (const file of files) results.push(await verifyFile(file, anchor));
      if (options.branch) results.push(...(await verifyBranch(options.branch)));
      const code = exitCodeFor(results);
      if (format === 'json') io.out(JSON.stringify({ ok: code === EXIT.ok, files: results }, null, 2));
      else io.out(renderVerifyText(results));
      process.exitCode = code;
    });

  audit
    .command('show')
    .description('Print the records of an audit log as a table, filtered; warns (exit 1) when the log does not verify')
    .argument('<file>', 'audit log (JSON lines)')
    .option('--action <prefix>', 'dotted action prefix, e.g. publish.gate')
    .option('--subject <subject>', 'subject; without @version it matches every version')
    .option('--outcome <outcomes>', 'outcome, or several separated by commas')
    .option('--actor <login>', 'actor')
    .option('--since <time>', 'ISO 8601 date/time (UTC unless an offset is given) or a duration back from now: 30m, 24h, 7d')
    .option('--until <time>', 'upper bound (exclusive), same forms as --since')
    .option('--format <format>', 'text, json or md', 'text')
    .action(async (file: string, options: ShowOptions) => {
      const format = parseFormat(options.format);
      const query = buildQuery(options, now());
      const text = await readLog(file);
      if (typeof text !== 'string') {
        io.err(`error: ${printable(file)}: ${text.error}`);
        process.exitCode = EXIT.badInput;
        return;
      }
      const verification: FileVerification = { file, ...verify(text) };
      // Show what can be read even from a damaged log; the verification status says how far to trust it.
      const all = parseJsonLines(text)
        .map((line) => line.value)
        .filter((value): value is AuditRecord => isAuditRecord(value));
      const records = queryRecords(all, query);
      if (format === 'json') {
        io.out(JSON.stringify({ file, verification, total: all.length, records }, null, 2));
      } else if (format === 'md') {
        const status = verification.ok ? `✅ chain verified (${verification.count} records)` : `❌ ${renderVerifyText([verification])}`;
        io.out(`${status}\n\n${renderRecordsMarkdown(records)}`);
      } else {
        io.out(renderRecordsText(records));
        io.out(`${records.length} of ${all.length} records shown`);
      }
      if (!verification.ok) {
        io.err(`warning: the log does not verify: ${renderVerifyText([verification])}`);
        process.exitCode = EXIT.failed;
      } else process.exitCode = EXIT.ok;
    });

  return audit;
}
