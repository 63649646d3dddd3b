import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CollectingSink } from '@powerx/core/events/sink.js';
import { parseApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { renderPlanMarkdown } from '@powerx/core/publish/plan.js';
import { DEFAULT_REQUIRED_GATES } from '@powerx/core/publish/trail.js';
import { GitBranchAuditStore } from '@powerx/github/audit-branch.js';
import { cliRequestLog, releaseGitHub } from '@powerx/actions/release/github.js';
import { releasePlatform } from '@powerx/actions/release/platform.js';
import { readOptional } from '@powerx/actions/release/files.js';
import { planRelease } from '@powerx/actions/release/plan-release.js';
import { readTrail } from '@powerx/actions/release/trail.js';
import { openCliAuditLog } from '../audit-log.js';
import { EXIT, processIo, UsageError, type Format, type Io } from '../output.js';

interface PlanFlags {
  cwd: string;
  auditLog: string;
  runId: string;
  commit: string;
  repo?: string;
  matrix: string;
  policies: string;
  strategy?: string;
  gates: string;
  platformUrl?: string;
  platformToken?: string;
  githubToken?: string;
  githubUrl: string;
  auditBranch: string;
  out: string;
  publish?: boolean;
  format: Format;
}

/**
 * `powerx release plan`: the release-plan action's decision on a run's audit log. By default it only writes the
 * plan (or says which evidence is missing); with --publish it also tags and releases, like the action.
 */
export function releaseCommand(io: Io = processIo, now: () => Date = () => new Date()): Command {
  const release = new Command('release').description('Release plans and tag locks');
  release
    .command('plan')
    .description('Write the release plan when the audit log proves every gate passed and every approval was recorded (exit 0 planned or released, 1 refused, 2 bad input)')
    .option('-C, --cwd <dir>', 'the plugin repository (configuration paths are relative to it)', process.cwd())
    .requiredOption('--audit-log <file>', 'the run\'s audit bundle (JSON lines)')
    .requiredOption('--run-id <id>', 'the workflow run whose evidence counts')
    .requiredOption('--commit <sha>', 'the commit being released')
    .option('--repo <owner/name>', 'repository of the tag and release (env GITHUB_REPOSITORY)')
    .option('--matrix <file>', 'approval matrix', 'config/publish/approval_matrix.yaml')
    .option('--policies <file>', 'grey-rollout policies', 'config/version/upgrade_policies.yaml')
    .option('--strategy <name>', 'rollout strategy named in the plan (default: the policies\' defaultStrategy)')
    .option('--gates <list>', 'gates that must have passed', DEFAULT_REQUIRED_GATES.join(','))
    .option('--platform-url <url>', 'PowerX platform API (env POWERX_PLATFORM_URL)', process.env.POWERX_PLATFORM_URL)
    .option('--platform-token <token>', 'platform API token (env POWERX_PLATFORM_TOKEN)', process.env.POWERX_PLATFORM_TOKEN)
    .option('--github-token <token>', 'token for the audit branch, the tag and the release (env GITHUB_TOKEN)', process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN)
    .option('--github-url <url>', 'GitHub API URL (env GITHUB_API_URL)', process.env.GITHUB_API_URL ?? 'https://api.github.com')
    .option('--audit-branch <branch>', 'long-term audit branch consulted for earlier blocks ("" to skip)', 'powerx-audit')
    .option('--out <dir>', 'where release-plan.md and release-plan.json are written', 'powerx-release')
    .option('--publish', 'also create the tag and publish the GitHub release (the action does this)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .action(async (flags: PlanFlags) => {
      if (!flags.platformUrl) throw new UsageError('--platform-url (or POWERX_PLATFORM_URL) is needed for the tenants and the catalog');
      const repoText = flags.repo ?? process.env.GITHUB_REPOSITORY ?? '';
      const [owner = '', repo = ''] = repoText.split('/');
      const needGitHub = flags.publish || flags.auditBranch !== '';
      if (needGitHub && (!owner || !repo)) throw new UsageError(`--repo must be owner/name (got "${repoText}")`);
      if (needGitHub && !flags.githubToken) throw new UsageError('--github-token is needed for the audit branch and --publish (give --audit-branch "" to skip the branch)');
      const at = (p: string) => resolve(flags.cwd, p);
      const matrix = parseApprovalMatrix(await readFile(at(flags.matrix), 'utf8').catch(() => {
        throw new UsageError(`${flags.matrix} does not exist`);
      }), flags.matrix);
      const policiesText = await readOptional(at(flags.policies));
      const auditPath = resolve(flags.auditLog);
      const trail = await readTrail(auditPath, flags.auditLog);
      const github = needGitHub ? releaseGitHub(flags.githubToken!, flags.githubUrl, '--github-token', cliRequestLog) : undefined;
      const longTerm = github && flags.auditBranch ? await new GitBranchAuditStore(github, owner, repo, flags.auditBranch).read() : [];
      const audit = openCliAuditLog(auditPath, { runId: flags.runId, workflow: 'powerx release plan', sha: flags.commit, repository: repoText });
      const events = new CollectingSink();
      const result = await planRelease({
        trail,
        longTerm,
        audit,
        auditPath,
        events,
        matrix,
        ...(policiesText !== undefined ? { rolloutPolicies: { text: policiesText, file: flags.policies } } : {}),
        ...(flags.strategy ? { rolloutStrategy: flags.strategy } : {}),
        requiredGates: flags.gates.split(',').map((g) => g.trim()).filter(Boolean),
        platform: releasePlatform(flags.platformUrl, flags.platformToken ?? '', '--platform-url'),
        ...(github ? { github: { client: github, owner, repo, serverUrl: flags.githubUrl === 'https://api.github.com' ? 'https://github.com' : flags.githubUrl.replace(/\/api\/v3\/?$/, '') } } : {}),
        runId: flags.runId,
        runAttempt: 1,
        repository: repoText,
        commit: flags.commit,
        outDir: resolve(flags.cwd, flags.out),
        dryRun: !flags.publish,
        now: now(),
      });
      if (flags.format === 'json') io.out(JSON.stringify({ ...result, events: events.events }, null, 2));
      else if (flags.format === 'md' && result.plan && result.outcome !== 'refused') io.out(renderPlanMarkdown(result.plan));
      else if (result.outcome === 'refused') {
        io.out(`refused: ${result.subject} cannot be released; no tag was created`);
        for (const m of result.missing) io.out(`  ${m.stage ?? ''} ${m.code}: ${m.message}`);
      } else {
        io.out(`${result.outcome}: ${result.subject}${result.release ? ` ${result.release.url}` : ''}`);
        io.out(`plan: ${result.files.planMarkdown} and ${result.files.planJson}`);
      }
      process.exitCode = result.outcome === 'refused' ? EXIT.failed : EXIT.ok;
    });
  return release;
}
