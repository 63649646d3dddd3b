import { Command, Option } from 'commander';
import { renderSubmissionMarkdown, submissionReport } from '@powerx/core/publish/submission.js';
import { cliRequestLog, releaseGitHub } from '@powerx/actions/release/github.js';
import { releasePlatform } from '@powerx/actions/release/platform.js';
import { submitRelease } from '@powerx/actions/release/submit.js';
import { dispatchWorkflow } from '@powerx/github/workflow-dispatch.js';
import { EXIT, processIo, UsageError, type Format, type Io } from '../output.js';

interface CreateFlags {
  cwd: string;
  manifest: string;
  artifact?: string;
  signature: string[];
  keyHint?: string;
  version?: string;
  policy: string;
  platformUrl?: string;
  platformToken?: string;
  repo?: string;
  workflow: string;
  ref: string;
  githubToken?: string;
  githubUrl: string;
  launchWindow?: string;
  rollbackContacts?: string;
  dryRun?: boolean;
  format: Format;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function repoOf(flags: CreateFlags): [string, string] {
  const repo = flags.repo ?? process.env.GITHUB_REPOSITORY ?? '';
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(repo);
  if (!match) throw new UsageError(`--repo must be owner/name (got "${repo}")`);
  return [match[1]!, match[2]!];
}

/**
 * `powerx publish create`: the submission preflight on the developer's machine (manifest, version, digest,
 * signature), then the release workflow started with workflow_dispatch; prints the run's URL. The upload itself
 * happens in the workflow's first stage, from the built artifact.
 */
export function publishCommand(io: Io = processIo, now: () => Date = () => new Date()): Command {
  const publish = new Command('publish').description('Submit a plugin version for release');
  publish
    .command('create')
    .description('Run the submission preflight locally, then start the release workflow and print its run URL (exit 0 started, 1 blocked, 2 bad input)')
    .option('-C, --cwd <dir>', 'the plugin repository', process.cwd())
    .option('--manifest <file>', 'plugin manifest', 'powerx-plugin.yaml')
    .option('--artifact <file>', 'the artifact (default: artifact.path of the manifest)')
    .option('--signature <file>', 'a Sigstore bundle or detached signature (repeatable; default: artifact.signature of the manifest)', collect, [])
    .option('--key-hint <name>', 'policy key a detached signature was made with')
    .option('--version <version>', 'the version released; must equal the manifest\'s')
    .option('--policy <file>', 'signature policy', 'config/publish/signature_policy.yaml')
    .option('--platform-url <url>', 'PowerX platform API, for the version check (env POWERX_PLATFORM_URL)', process.env.POWERX_PLATFORM_URL)
    .option('--platform-token <token>', 'platform API token (env POWERX_PLATFORM_TOKEN)', process.env.POWERX_PLATFORM_TOKEN)
    .option('--repo <owner/name>', 'repository whose release workflow runs (env GITHUB_REPOSITORY)')
    .option('--workflow <file>', 'the release workflow', 'plugin-release.yml')
    .option('--ref <ref>', 'branch or tag the workflow runs on', 'main')
    .option('--github-token <token>', 'token that may dispatch the workflow (env GITHUB_TOKEN or GH_TOKEN)', process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN)
    .option('--github-url <url>', 'GitHub API URL (env GITHUB_API_URL)', process.env.GITHUB_API_URL ?? 'https://api.github.com')
    .option('--launch-window <interval>', 'proposed launch window, an ISO 8601 interval, for the approvers to confirm')
    .option('--rollback-contacts <list>', 'rollback contacts for the approvers to confirm, comma separated')
    .option('--dry-run', 'run the preflight only; start nothing')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text'))
    .action(async (flags: CreateFlags) => {
      if (!flags.platformUrl) throw new UsageError('--platform-url (or POWERX_PLATFORM_URL) is needed to check the version against the catalog');
      const [owner, repo] = repoOf(flags);
      if (!flags.dryRun && !flags.githubToken) throw new UsageError('--github-token (or GITHUB_TOKEN) is needed to start the release workflow; use --dry-run for the preflight only');
      const github = flags.githubToken ? releaseGitHub(flags.githubToken, flags.githubUrl, '--github-token', cliRequestLog) : undefined;
      const submitter = github ? (await github.rest.users.getAuthenticated()).data.login : (process.env.USER ?? '');
      const result = await submitRelease({
        cwd: flags.cwd,
        manifest: flags.manifest,
        artifact: flags.artifact ?? '',
        signatures: flags.signature,
        keyHint: flags.keyHint ?? '',
        version: flags.version ?? '',
        policy: flags.policy,
        changelogUrl: '',
        repository: `${owner}/${repo}`,
        submitter,
        upload: false,
        platform: releasePlatform(flags.platformUrl, flags.platformToken ?? '', '--platform-url'),
        key: 'cli',
        now: now(),
      });
      const { decision } = result;
      let run: { runId?: number; runUrl?: string } | undefined;
      if (decision.outcome === 'passed' && !flags.dryRun && github) {
        const inputs: Record<string, string> = { version: decision.version, submitter };
        if (flags.launchWindow) inputs['launch-window'] = flags.launchWindow;
        if (flags.rollbackContacts) inputs['rollback-contacts'] = flags.rollbackContacts;
        run = await dispatchWorkflow(github, owner, repo, { workflow: flags.workflow, ref: flags.ref, inputs });
      }
      const report = submissionReport(decision, { signaturePolicy: result.policyFile, workflow: run ? { workflow: flags.workflow, ref: flags.ref, ...run } : null });
      if (flags.format === 'json') io.out(JSON.stringify(report, null, 2));
      else if (flags.format === 'md') io.out(renderSubmissionMarkdown(decision));
      else {
        for (const c of decision.checks) io.out(`${c.status.padEnd(4)}  ${c.title}: ${c.message}`);
        if (decision.outcome !== 'passed') io.out(`blocked: ${decision.subject} cannot be submitted`);
        else if (run) io.out(`release workflow started: ${run.runUrl ?? `${flags.workflow} on ${flags.ref} (GitHub returned no run URL)`}`);
        else io.out(`preflight passed for ${decision.subject} (dry run: nothing started)`);
      }
      process.exitCode = decision.outcome === 'passed' ? EXIT.ok : EXIT.failed;
    });
  return publish;
}
