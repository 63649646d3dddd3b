import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditCommand } from '@powerx/cli/commands/audit.js';
import { UsageError, type Io } from '@powerx/cli/output.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { AuditLog } from '@powerx/core/audit/log.js';
import type { AuditRecord } from '@powerx/core/audit/record.js';

const dir = mkdtempSync(join(tmpdir(), 'powerx-audit-cli-'));
const good = join(dir, 'good.jsonl');
const NOW = new Date('2026-11-22T12:00:00Z');
let records: AuditRecord[] = [];

beforeAll(async () => {
  let t = Date.parse('2026-11-22T08:00:00Z');
  const log = new AuditLog(new FileAuditStore(good), {
    context: { actor: 'alice', run: { id: '9001', attempt: 1, workflow: 'plugin-release', commit: 'c0ffee', url: 'https://github.com/acme/crm-sync/actions/runs/9001' } },
    clock: () => new Date((t += 3_600_000)),
  });
  records = await log.appendAll([
    { action: 'publish.request.validated', subject: 'acme.crm-sync@2.3.0', outcome: 'passed' },
    { action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.3.0', outcome: 'failed', details: { gate: 'coverage', actual: 89.9 } },
  ]);
  records.push(await log.append({ action: 'publish.pipeline.blocked', subject: 'acme.crm-sync@2.3.0', outcome: 'blocked', actor: 'system' }));
  records.push(await log.append({ action: 'rollout.batch.started', subject: 'tenant-\u001b[31mred', outcome: 'started' }));
});

let exitCode: typeof process.exitCode;
beforeEach(() => {
  exitCode = process.exitCode;
  process.exitCode = undefined;
});
afterEach(() => {
  process.exitCode = exitCode;
});

async function run(...args: string[]): Promise<{ code: typeof process.exitCode; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text) };
  await auditCommand(io, () => NOW).parseAsync(args, { from: 'user' });
  const code = process.exitCode;
  process.exitCode = undefined;
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tamperedCopy(name: string, edit: (text: string) => string): string {
  const path = join(dir, name);
  writeFileSync(path, edit(readFileSync(good, 'utf8')));
  return path;
}

describe('powerx audit verify', () => {
  it('exits 0 for an intact log and says how far it verified', async () => {
    const last = records[3] as AuditRecord;
    const result = await run('verify', good);
    expect(result).toEqual({ code: 0, out: `OK        ${good}: 4 records verified, chain ${last.chain}, head seq 4 ${last.hash}`, err: '' });
    const json = await run('verify', good, '--count', '4', '--head', last.hash, '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ ok: true, files: [{ file: good, ok: true, count: 4, chain: last.chain, head: { seq: 4, hash: last.hash, chain: last.chain } }] });
  });

  it('exits 1 and names the first bad line when a record was edited', async () => {
    const edited = tamperedCopy('edited.jsonl', (text) => text.replace('"actual":89.9', '"actual":90'));
    const result = await run('verify', edited);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`^TAMPERED  ${edited.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: edited: record seq 2 was edited: its content hashes to [0-9a-f]{12}…, not the recorded [0-9a-f]{12}…$`));
  });

  it('exits 1 when the anchor shows records removed from the end', async () => {
    const cut = tamperedCopy('cut.jsonl', (text) => text.split('\n').slice(0, 3).join('\n') + '\n');
    expect((await run('verify', cut)).code).toBe(0);
    const result = await run('verify', cut, '--count', '4', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).files[0].problem).toEqual({ code: 'truncated', index: 3, seq: 4, message: 'the anchor expects 4 records but the log has 3: the last record was removed' });
  });

  it('verifies several files on their own; tampering outranks an unreadable file', async () => {
    const swapped = tamperedCopy('swapped.jsonl', (text) => {
      const ls = text.split('\n');
      return [ls[0], ls[2], ls[1], ls[3], ''].join('\n');
    });
    const missing = join(dir, 'missing.jsonl');
    const result = await run('verify', good, swapped, missing, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { ok: boolean; files: { file: string; ok: boolean; problem?: { code: string; index: number }; error?: string }[] };
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.ok, f.problem?.code ?? f.error])).toEqual([
      [good, true, undefined],
      [swapped, false, 'reordered'],
      [missing, false, 'no such file'],
    ]);
    const text = await run('verify', missing);
    expect(text).toEqual({ code: 2, out: `ERROR     ${missing}: no such file`, err: '' });
  });

  it('treats a malformed option as bad input', async () => {
    await expect(run('verify', good, '--count', 'four')).rejects.toThrow(UsageError);
    await expect(run('verify', good, '--head', 'abc')).rejects.toThrow('--head must be a record hash');
    await expect(run('verify', good, good, '--count', '4')).rejects.toThrow('give a single file');
    await expect(run('verify', good, '--format', 'md')).rejects.toThrow('--format must be one of text, json');
  });
});

describe('powerx audit show', () => {
  it('prints a readable table with control characters made visible', async () => {
    const result = await run('show', good);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        'SEQ  TIME                      ACTOR   ACTION                     SUBJECT               OUTCOME  RUN',
        '1    2026-11-22T09:00:00.000Z  alice   publish.request.validated  acme.crm-sync@2.3.0   passed   9001#1',
        '2    2026-11-22T09:00:00.000Z  alice   publish.gate.evaluated     acme.crm-sync@2.3.0   failed   9001#1',
        '3    2026-11-22T10:00:00.000Z  system  publish.pipeline.blocked   acme.crm-sync@2.3.0   blocked  9001#1',
        '4    2026-11-22T11:00:00.000Z  alice   rollout.batch.started      tenant-\\u001b[31mred  started  9001#1',
        '4 of 4 records shown',
      ].join('\n'),
    );
  });

  it('filters by action prefix, subject, outcome and time', async () => {
    const seqs = async (...args: string[]) => (JSON.parse((await run('show', good, '--format', 'json', ...args)).out) as { records: AuditRecord[] }).records.map((r) => r.seq);
    expect(await seqs('--action', 'publish')).toEqual([1, 2, 3]);
    expect(await seqs('--action', 'publish.gate')).toEqual([2]);
    expect(await seqs('--subject', 'acme.crm-sync')).toEqual([1, 2, 3]);
    expect(await seqs('--outcome', 'failed,blocked')).toEqual([2, 3]);
    expect(await seqs('--since', '2h')).toEqual([3, 4]);
    expect(await seqs('--since', '2026-11-22T09:30:00Z', '--until', '2026-11-22T11:00:00Z')).toEqual([3]);
    expect(await seqs('--actor', 'system')).toEqual([3]);
    await expect(run('show', good, '--since', 'last tuesday')).rejects.toThrow('--since must be an ISO 8601 date or time');
  });

  it('renders Markdown for job summaries, linking the run', async () => {
    const result = await run('show', good, '--format', 'md', '--outcome', 'blocked');
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        '✅ chain verified (4 records)',
        '',
        '| seq | time | actor | action | subject | outcome | run |',
        '|---|---|---|---|---|---|---|',
        '| 3 | 2026-11-22T10:00:00.000Z | system | publish.pipeline.blocked | acme.crm-sync@2.3.0 | blocked | [9001#1](https://github.com/acme/crm-sync/actions/runs/9001) |',
      ].join('\n'),
    );
  });

  it('still shows a damaged log, warns, and exits 1', async () => {
    const broken = tamperedCopy('broken.jsonl', (text) => text.replace('"outcome":"blocked"', '"outcome":"passed"'));
    const result = await run('show', broken, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { verification: { ok: boolean; problem: { code: string; line: number } }; total: number; records: AuditRecord[] };
    expect(report.verification.problem).toMatchObject({ code: 'edited', line: 3 });
    expect(report.total).toBe(4);
    expect(report.records[2]?.outcome).toBe('passed');
    expect(result.err).toContain(`warning: the log does not verify: TAMPERED  ${broken}:3: edited`);
  });

  it('exits 2 for a missing file', async () => {
    const missing = join(dir, 'nope.jsonl');
    expect(await run('show', missing)).toEqual({ code: 2, out: '', err: `error: ${missing}: no such file` });
  });
});
