import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from '@actions/core';
import * as runner from '@powerx/github/runner.js';
import { parseFileCommands, parseWorkflowCommands } from '../support/harness.js';

/** Captures what a function prints and writes to the file commands, with the random delimiters normalised. */
function capture(fn: () => void): { stdout: string; output: string; state: string } {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-runner-test-'));
  const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STATE: join(dir, 'state') };
  for (const path of Object.values(files)) writeFileSync(path, '');
  const saved = { ...process.env };
  Object.assign(process.env, files);
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
    process.env = saved;
  }
  const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
  return { stdout, output: norm(readFileSync(files.GITHUB_OUTPUT, 'utf8')), state: norm(readFileSync(files.GITHUB_STATE, 'utf8')) };
}

const awkward = 'multi\nline: 100%, a,b\r\nend';

describe('runner I/O is byte-compatible with @actions/core', () => {
  let exitCode: typeof process.exitCode;
  beforeEach(() => {
    exitCode = process.exitCode;
  });
  afterEach(() => {
    process.exitCode = exitCode;
  });

  const cases: [string, (api: typeof runner | typeof core) => void][] = [
    ['error annotation with every property', (api) => api.error(awkward, { title: 'T: a,b', file: 'dir/a,b:c.yaml', startLine: 7, endLine: 8, startColumn: 5, endColumn: 9 })],
    ['warning and notice', (api) => (api.warning('w%'), api.notice('n\n2', { file: 'x.yaml', startLine: 1 }))],
    ['mask, debug, info', (api) => (api.setSecret('s3cr3t%'), api.debug('d:1'), api.info('plain text'))],
    ['groups', (api) => (api.startGroup('Group, one'), api.endGroup())],
    ['outputs and state', (api) => (api.setOutput('report', awkward), api.setOutput('count', '3'), api.saveState('lease', 'L-1'))],
    ['setFailed', (api) => api.setFailed('it broke: 50%')],
  ];

  it.each(cases)('%s', (_name, call) => {
    const ours = capture(() => call(runner));
    const theirs = capture(() => call(core as unknown as typeof runner));
    expect(ours).toEqual(theirs);
    expect(ours.stdout + ours.output + ours.state).not.toBe('');
  });

  it('round-trips through the harness parsers', () => {
    const result = capture(() => {
      runner.error(awkward, { file: 'a,b.yaml', startLine: 3, startColumn: 2 });
      runner.setOutput('json', { a: [1, 2] });
    });
    const { commands } = parseWorkflowCommands(result.stdout);
    expect(commands[0]).toEqual({ command: 'error', properties: { file: 'a,b.yaml', line: '3', col: '2' }, message: awkward });
    expect(parseFileCommands(result.output.replace(/DELIM/g, 'ghadelimiter_x'))).toEqual({ json: '{"a":[1,2]}' });
  });

  it('reads inputs like the runner passes them', () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '  sub  ';
    process.env.INPUT_FLAG = 'TRUE';
    process.env.INPUT_BAD = 'yes';
    process.env.INPUT_LIST = 'a\n\n  b  \n';
    try {
      expect(runner.getInput('working-directory')).toBe('sub');
      expect(runner.getBooleanInput('flag')).toBe(true);
      expect(() => runner.getBooleanInput('bad')).toThrow(/Input "bad" must be true or false/);
      expect(runner.getMultilineInput('list')).toEqual(['a', 'b']);
      expect(() => runner.getInput('missing', { required: true })).toThrow(/Input "missing" is required/);
    } finally {
      for (const k of ['INPUT_WORKING-DIRECTORY', 'INPUT_FLAG', 'INPUT_BAD', 'INPUT_LIST']) delete process.env[k];
    }
  });
});
