/**
 * Runs a committed action bundle the way the Actions runner does: `node dist/<action>/index.js`
 * with INPUT_* variables (defaults from action.yml applied), file commands in temp files,
 * the usual GITHUB_* / RUNNER_* context and an event payload at GITHUB_EVENT_PATH.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunActionOptions {
  /** Folder name under actions/. */
  action: string;
  inputs?: Record<string, string>;
  /** Extra environment (secrets passed via `env:`, GITHUB_API_URL of a double, ...). */
  env?: Record<string, string>;
  /** Event name and payload; defaults to a real `workflow_dispatch` example. */
  event?: { name: string; payload: unknown };
  /** Which script of runs: main (default), pre or post. */
  stage?: 'main' | 'pre' | 'post';
  /** STATE_* values saved by an earlier stage (see `result.state`). */
  state?: Record<string, string>;
  /** GITHUB_WORKSPACE and the process cwd; a fresh temp dir when absent. */
  workspace?: string;
  /** Value substituted for `${{ github.token }}` in input defaults. */
  token?: string;
  timeoutMs?: number;
}

export interface ActionResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  env: Record<string, string>;
  state: Record<string, string>;
  commands: WorkflowCommand[];
  annotations: WorkflowCommand[];
  masks: string[];
  /** stdout without workflow commands: what a reader sees in the log. */
  log: string[];
  workspace: string;
  runnerTemp: string;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  runs: { using: string; main?: string; pre?: string; post?: string };
}

export function readActionMetadata(action: string): ActionMetadata {
  return parse(readFileSync(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
}

export function exampleEvent(name: string, index = 0): unknown {
  const require = createRequire(import.meta.url);
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: unknown[] }[];
  const found = all.find((e) => e.name === name);
  if (!found) throw new Error(`no webhook example named ${name}`);
  return found.examples[index];
}

function inputEnv(meta: ActionMetadata, inputs: Record<string, string>, token: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    if (spec.default === undefined) continue;
    const text = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (text.includes('${{')) throw new Error(`harness cannot evaluate the default of input ${name}: ${text}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = text;
  }
  for (const [name, value] of Object.entries(inputs)) {
    if (!(name in (meta.inputs ?? {}))) throw new Error(`action has no input named ${name}`);
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated value for ${name}`);
      out[name!] = body.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`bad file command line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

export function parseWorkflowCommands(stdout: string): { commands: WorkflowCommand[]; log: string[] } {
  const commands: WorkflowCommand[] = [];
  const log: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) {
      if (line !== '') log.push(line);
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return { commands, log };
}

export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const meta = readActionMetadata(options.action);
  if (meta.runs.using !== 'node24') throw new Error(`${options.action} is not a node24 action`);
  const stage = options.stage ?? 'main';
  const script = meta.runs[stage];
  if (!script) throw new Error(`${options.action} has no ${stage} script`);
  const entry = resolve(repoRoot, 'actions', options.action, script);
  if (!existsSync(entry)) throw new Error(`bundle ${entry} does not exist; run npm run build`);

  const temp = mkdtempSync(join(tmpdir(), 'powerx-runner-'));
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  const workspace = options.workspace ?? join(temp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
  };
  for (const [key, path] of Object.entries(files)) if (key !== 'GITHUB_EVENT_PATH') writeFileSync(path, '');
  const event = options.event ?? { name: 'workflow_dispatch', payload: exampleEvent('workflow_dispatch') };
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: options.action.replace(/-/g, '_'),
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'acme/crm-sync',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'plugin-release',
    GITHUB_JOB: 'release',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'powerx-harness',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(temp, 'tool-cache'),
    ...files,
    ...inputEnv(meta, options.inputs ?? {}, options.token ?? ''),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...options.env,
  };

  const child = spawn(process.execPath, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exitCode = await new Promise<number | null>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${options.action} did not finish within ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });

  const { commands, log } = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    log,
    workspace,
    runnerTemp,
  };
}
