import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { verify } from '@powerx/core/audit/verify.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { startSimulator } from '@powerx/platform/sim/server.js';
import { startGitHubDouble } from '@powerx/github/double/server.js';
import { DEMO_STAGES } from '../demo/stages.js';
import type { DemoContext } from '../demo/stage.js';
import { EXIT, processIo, type Io } from '../output.js';

export function demoCommand(io: Io = processIo): Command {
  return new Command('demo')
    .description('Run every stage of the suite against an embedded PowerX simulator and GitHub double, then print where the reports are')
    .option('--out <dir>', 'directory for reports, plans and the audit log (default: a new temporary directory)')
    .option('--stage <names...>', `run only these stages (${DEMO_STAGES.map((s) => s.name).join(', ')})`)
    .action(async (options: { out?: string; stage?: string[] }) => {
      process.exitCode = await runDemo(options, io);
    });
}

export async function runDemo(options: { out?: string; stage?: string[] }, io: Io): Promise<number> {
  const workDir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), 'powerx-demo-'));
  mkdirSync(workDir, { recursive: true });
  const stages = options.stage ? DEMO_STAGES.filter((s) => options.stage!.includes(s.name)) : DEMO_STAGES;
  const unknown = (options.stage ?? []).filter((n) => !DEMO_STAGES.some((s) => s.name === n));
  if (unknown.length > 0) {
    io.err(`error: unknown stage ${unknown.join(', ')}; stages are ${DEMO_STAGES.map((s) => s.name).join(', ')}`);
    return EXIT.badInput;
  }

  const platformToken = 'demo-platform-token';
  const simulator = await startSimulator({ dataDir: join(workDir, 'simulator'), token: platformToken, operationDelayMs: 20 });
  const github = await startGitHubDouble();
  const context: DemoContext = {
    platformUrl: simulator.url,
    platformToken,
    githubUrl: github.url,
    githubToken: 'demo-github-token',
    repository: 'acme/crm-sync',
    workDir,
    auditPath: join(workDir, 'audit.jsonl'),
    io,
  };
  io.out(`PowerX simulator on ${simulator.url}, GitHub double on ${github.url}`);
  io.out(`work directory ${workDir}\n`);
  const artifacts: Record<string, string> = {};
  let failed = false;
  try {
    for (const stage of stages) {
      io.out(`== ${stage.name}`);
      const started = Date.now();
      try {
        const result = await stage.run(context);
        for (const line of result.lines) io.out(`   ${line}`);
        for (const [label, path] of Object.entries(result.artifacts)) artifacts[`${stage.name}: ${label}`] = path;
        io.out(`   (${Date.now() - started} ms)\n`);
      } catch (error) {
        failed = true;
        io.err(`   stage ${stage.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  } finally {
    await github.close();
    await simulator.close();
  }

  const records = await new FileAuditStore(context.auditPath).read().catch(() => []);
  const verdict = verify(records);
  artifacts['audit log'] = context.auditPath;
  writeFileSync(join(workDir, 'demo-summary.json'), JSON.stringify({ stages: stages.map((s) => s.name), artifacts, audit: verdict }, null, 2));
  io.out('== where things are');
  for (const [label, path] of Object.entries(artifacts)) io.out(`   ${label}: ${path}`);
  io.out(`   audit chain: ${verdict.ok ? `${verdict.count} records, verified` : `BROKEN: ${verdict.problem.message}`} (powerx audit verify ${context.auditPath})`);
  return failed || !verdict.ok ? EXIT.failed : EXIT.ok;
}
