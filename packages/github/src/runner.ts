/**
 * Runner I/O: the workflow-command and file-command contract of the GitHub Actions runner.
 *
 * The output is byte-compatible with `@actions/core` (a test compares them). We do not import
 * `@actions/core` itself in bundles because it statically loads an HTTP stack for OIDC that
 * triples an action's cold start; nothing here needs the network.
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export class InputError extends Error {
  readonly input: string;

  constructor(input: string, message: string) {
    super(`Input "${input}" ${message}`);
    this.name = 'InputError';
    this.input = input;
  }
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function fileCommand(variable: string, key: string, value: string): boolean {
  const path = process.env[variable];
  if (!path) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
  }
  appendFileSync(path, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function getInput(name: string, options: { required?: boolean; trimWhitespace?: boolean } = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  if (options.required && !value) throw new InputError(name, 'is required and was not supplied');
  return options.trimWhitespace === false ? value : value.trim();
}

export function getBooleanInput(name: string, options: { required?: boolean } = {}): boolean {
  const value = getInput(name, options);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE', ''].includes(value)) return false;
  throw new InputError(name, `must be true or false (got "${value}")`);
}

export function getMultilineInput(name: string, options: { required?: boolean } = {}): string[] {
  return getInput(name, options)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function setOutput(name: string, value: unknown): void {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (!fileCommand('GITHUB_OUTPUT', name, text)) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, text);
  }
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (!fileCommand('GITHUB_ENV', name, value)) issueCommand('set-env', { name }, value);
}

export function saveState(name: string, value: string): void {
  if (!fileCommand('GITHUB_STATE', name, value)) issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function setSecret(secret: string): void {
  if (secret) issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

function annotate(kind: 'error' | 'warning' | 'notice', message: string, props: AnnotationProperties): void {
  issueCommand(
    kind,
    {
      title: props.title,
      file: props.file,
      line: props.startLine,
      endLine: props.endLine,
      col: props.startColumn,
      endColumn: props.endColumn,
    },
    message,
  );
}

export const error = (message: string, props: AnnotationProperties = {}) => annotate('error', message, props);
export const warning = (message: string, props: AnnotationProperties = {}) => annotate('warning', message, props);
export const notice = (message: string, props: AnnotationProperties = {}) => annotate('notice', message, props);

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** GitHub rejects step summaries over 1 MiB; keep well inside it. */
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

/** Appends Markdown to the job summary. Returns false when there is no summary file (outside Actions). */
export function appendSummary(markdown: string): boolean {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return false;
  let text = markdown.endsWith(EOL) ? markdown : markdown + EOL;
  if (Buffer.byteLength(text) > SUMMARY_LIMIT) {
    text = Buffer.from(text).subarray(0, SUMMARY_LIMIT).toString('utf8') + `${EOL}${EOL}_Summary truncated at 1 MiB._${EOL}`;
  }
  appendFileSync(path, text, 'utf8');
  return true;
}

export interface RunContext {
  repository: string;
  owner: string;
  repo: string;
  runId: string;
  runAttempt: number;
  workflow: string;
  job: string;
  sha: string;
  ref: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  eventPath: string | undefined;
  workspace: string;
  runUrl: string;
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    repository,
    owner,
    repo,
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : '',
  };
}
