import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/harness.js';

/** Runs the committed CLI bundle the way `npx powerx` does. */
function powerx(args: string[], cwd = repoRoot, timeout = 120_000) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'packages', 'cli', 'bin', 'powerx.js'), ...args], { cwd, encoding: 'utf8', timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('powerx CLI bundle', () => {
  it('validates the shipped defaults (exit 0)', () => {
    const result = powerx(['config', 'validate', 'config/**/*.yaml', 'examples/powerx-plugin.yaml']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ok {6}config\/publish\/quality_gates\.yaml \(quality_gates\)/);
  });

  it('names file, line, column and key of each error (exit 2), also as JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'powerx-cli-'));
    writeFileSync(join(dir, 'quality_gates.yaml'), 'coverage:\n  lines: 101\n  branchez: 90\n');
    const text = powerx(['config', 'validate', 'quality_gates.yaml'], dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('error   quality_gates.yaml:2:10 coverage.lines must be <= 100');
    expect(text.stdout).toContain('error   quality_gates.yaml:3:3 coverage.branchez is not a known key');
    const json = powerx(['config', 'validate', 'quality_gates.yaml', '--format', 'json'], dir);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ valid: false, errorCount: 2 });
    expect(report.files[0].issues.map((i: { pointer: string; line: number }) => [i.pointer, i.line])).toEqual([
      ['/coverage/lines', 2],
      ['/coverage/branchez', 3],
    ]);
  });

  it('exits 2 on usage errors and 0 on --help', () => {
    expect(powerx(['config', 'validate', '--format', 'xml']).code).toBe(2);
    expect(powerx(['no-such-command']).code).toBe(2);
    const help = powerx(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['config', 'audit', 'demo', 'sim']) expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('runs the demo end to end and leaves a verified audit log', () => {
    const out = mkdtempSync(join(tmpdir(), 'powerx-demo-test-'));
    const result = powerx(['demo', '--out', out], repoRoot, 300_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/audit chain: \d+ records, verified/);
    const verify = powerx(['audit', 'verify', join(out, 'audit.jsonl')]);
    expect(verify.code).toBe(0);
  });
});
