import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/harness.js';

function pluginRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-plugin-repo-'));
  cpSync(join(repoRoot, 'config'), join(dir, 'config'), { recursive: true });
  cpSync(join(repoRoot, 'examples', 'powerx-plugin.yaml'), join(dir, 'powerx-plugin.yaml'));
  return dir;
}

describe('validate-config bundle', () => {
  it('passes a repository whose configuration is valid', async () => {
    const result = await runAction({ action: 'validate-config', workspace: pluginRepo() });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.valid).toBe('true');
    expect(result.outputs['error-count']).toBe('0');
    expect(result.annotations).toEqual([]);
    // every default file plus the manifest, each listed in the summary
    expect(result.summary).toContain('Configuration is valid');
    for (const file of ['powerx-plugin.yaml', 'config/publish/quality_gates.yaml', 'config/events/subscriptions.yaml']) {
      expect(result.summary).toContain(file);
    }
  });

  it('annotates every error on its file and line, summarises them and fails the step', async () => {
    const repo = pluginRepo();
    const gates = join(repo, 'config', 'publish', 'quality_gates.yaml');
    const text = readFileSync(gates, 'utf8').replace(/^ {2}lines: 90$/m, '  lines: 101');
    writeFileSync(gates, text);
    const line = text.split('\n').findIndex((l) => l === '  lines: 101') + 1;
    writeFileSync(join(repo, 'powerx-plugin.yaml'), 'id: acme.crm-sync\nversion: 2.4.0\nname: CRM Sync\nhost: ">=3.2.0"\nhosts: typo\n');
    mkdirSync(join(repo, 'config', 'extra'));
    writeFileSync(join(repo, 'config', 'extra', 'notes.yaml'), 'not: suite config\n');

    const result = await runAction({ action: 'validate-config', workspace: repo });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.valid).toBe('false');
    expect(result.outputs['error-count']).toBe('2');
    const errors = result.annotations.filter((a) => a.command === 'error');
    expect(errors).toContainEqual({
      command: 'error',
      properties: { title: 'Invalid quality_gates', file: 'config/publish/quality_gates.yaml', line: String(line), col: '10' },
      message: 'coverage.lines must be <= 100',
    });
    expect(errors).toContainEqual({
      command: 'error',
      properties: { title: 'Invalid powerx-plugin', file: 'powerx-plugin.yaml', line: '5', col: '1' },
      message: 'hosts is not a known key',
    });
    expect(errors.at(-1)!.message).toMatch(/2 configuration error\(s\)/);
    expect(result.summary).toContain('Configuration has 2 errors');
    expect(result.summary).toContain(`| \`config/publish/quality_gates.yaml:${line}:10\` | coverage.lines | must be <= 100 |`);
    // a YAML file that is not suite configuration is skipped, not an error
    expect(result.summary).not.toContain('notes.yaml');
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.files.filter((f: { valid: boolean }) => !f.valid).map((f: { file: string }) => f.file).sort()).toEqual(['config/publish/quality_gates.yaml', 'powerx-plugin.yaml']);
  });

  it('reports a named file that does not exist, and can leave the step green on request', async () => {
    const result = await runAction({
      action: 'validate-config',
      workspace: pluginRepo(),
      inputs: { files: 'config/publish/missing.yaml', 'fail-on-error': 'false' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.valid).toBe('false');
    expect(result.annotations).toEqual([
      { command: 'error', properties: { title: 'Invalid configuration', file: 'config/publish/missing.yaml' }, message: 'file not found' },
    ]);
  });

  it('rejects a bad boolean input with a message naming the input', async () => {
    const result = await runAction({ action: 'validate-config', workspace: pluginRepo(), inputs: { 'fail-on-error': 'maybe' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toEqual(['Input "fail-on-error" must be true or false (got "maybe")']);
  });
});
