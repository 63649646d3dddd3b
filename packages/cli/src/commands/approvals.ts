import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { renderDriftMarkdown } from '@powerx/core/publish/environments.js';
import { renderOverdueMarkdown } from '@powerx/core/publish/sla.js';
import { checkSla, syncEnvironments } from '@powerx/actions/release/approvals.js';
import { cliRequestLog, releaseGitHub } from '@powerx/actions/release/github.js';
import { EXIT, processIo, UsageError, type Format, type Io } from '../output.js';

interface Flags {
  repo?: string;
  matrix: string;
  githubToken?: string;
  githubUrl: string;
  format: Format;
}

function withCommon(command: Command): Command {
  return command
    .option('--repo <owner/name>', 'the plugin repository (env GITHUB_REPOSITORY)')
    .option('--matrix <file>', 'approval matrix', 'config/publish/approval_matrix.yaml')
    .option('--github-token <token>', 'token (env GITHUB_TOKEN or GH_TOKEN)', process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN)
    .option('--github-url <url>', 'GitHub API URL (env GITHUB_API_URL)', process.env.GITHUB_API_URL ?? 'https://api.github.com')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'));
}

async function open(flags: Flags) {
  const repoText = flags.repo ?? process.env.GITHUB_REPOSITORY ?? '';
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(repoText);
  if (!match) throw new UsageError(`--repo must be owner/name (got "${repoText}")`);
  if (!flags.githubToken) throw new UsageError('--github-token (or GITHUB_TOKEN) is needed');
  const text = await readFile(flags.matrix, 'utf8').catch(() => {
    throw new UsageError(`${flags.matrix} does not exist`);
  });
  return { owner: match[1]!, repo: match[2]!, matrix: parseApprovalMatrix(text, flags.matrix), client: releaseGitHub(flags.githubToken, flags.githubUrl, '--github-token', cliRequestLog) };
}

export function approvalsCommand(io: Io = processIo, now: () => Date = () => new Date()): Command {
  const approvals = new Command('approvals').description('The approval chain: GitHub environments with required reviewers, and its SLA');
  const environments = (apply: boolean) => async (flags: Flags) => {
    const { owner, repo, matrix, client } = await open(flags);
    const results = await syncEnvironments(client, owner, repo, matrix, apply);
    const drift = results.flatMap((r) => r.drift);
    if (flags.format === 'json') io.out(JSON.stringify({ repository: `${owner}/${repo}`, inSync: drift.length === 0, environments: results }, null, 2));
    else if (flags.format === 'md') io.out(renderDriftMarkdown(drift, results.map((r) => r.environment)));
    else {
      for (const r of results) io.out(`${r.environment}: ${r.applied ? 'updated; ' : ''}${r.drift.length === 0 ? 'matches the matrix' : r.drift.map((d) => `${d.field} is ${d.actual}, the matrix says ${d.expected}`).join('; ')}`);
      for (const m of results.flatMap((r) => r.manual)) io.out(`change by hand: ${m}`);
    }
    process.exitCode = drift.length === 0 ? EXIT.ok : EXIT.failed;
  };
  withCommon(approvals.command('sync').description('Create or update the approval environments from the matrix (exit 1 when something still differs, e.g. a setting the API cannot change)')).action(environments(true));
  withCommon(approvals.command('check').description('Report how the approval environments drifted from the matrix (exit 0 in sync, 1 drift)')).action(environments(false));
  withCommon(approvals.command('remind').description('Report runs waiting for approval past the SLA and remind their approvers (exit 0; --dry-run reports only)'))
    .option('--dry-run', 'report only; post no reminder')
    .action(async (flags: Flags & { dryRun?: boolean }) => {
      const { owner, repo, matrix, client } = await open(flags);
      const report = await checkSla(client, owner, repo, matrix, now(), !flags.dryRun);
      if (flags.format === 'json') io.out(JSON.stringify(report, null, 2));
      else if (flags.format === 'md') io.out(renderOverdueMarkdown(report.items));
      else {
        for (const i of report.items) io.out(`run ${i.runId} ${i.environment}: ${i.why}${i.remind && !flags.dryRun ? ' (reminded)' : ''}`);
        if (report.items.length === 0) io.out('no run is waiting for approval');
      }
      process.exitCode = EXIT.ok;
    });
  return approvals;
}
