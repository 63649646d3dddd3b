import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@powerx/core/errors.js';
import { canonicalize, findDuplicateKey } from '@powerx/core/audit/canonical.js';
import { FileAuditStore } from '@powerx/core/audit/file-store.js';
import { serializeRecords } from '@powerx/core/audit/jsonl.js';
import { AuditLog, type AuditContext } from '@powerx/core/audit/log.js';
import { isSecretName, MASK, nameWords, SecretMasker } from '@powerx/core/audit/mask.js';
import { parseTimeBound, queryRecords } from '@powerx/core/audit/query.js';
import {
  deriveChainId,
  GENESIS_PREV,
  hashRecord,
  sealRecord,
  serializeRecord,
  type AuditContent,
  type AuditHead,
  type AuditRecord,
} from '@powerx/core/audit/record.js';
import { AuditConflictError, MemoryAuditStore } from '@powerx/core/audit/store.js';
import { verify, type AuditAnchor, type AuditProblemCode } from '@powerx/core/audit/verify.js';
import { createRandom } from '@powerx/core/random.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const context: AuditContext = {
  actor: 'alice',
  run: { id: '9001', attempt: 1, workflow: 'plugin-release', commit: 'c0ffee', repository: 'acme/crm-sync', url: 'https://github.com/acme/crm-sync/actions/runs/9001' },
};

function steppingClock(start = Date.parse('2026-11-22T06:00:00.000Z'), stepMs = 1000): () => Date {
  let t = start - stepMs;
  return () => new Date((t += stepMs));
}

async function buildLog(n: number, ctx: AuditContext = context): Promise<AuditRecord[]> {
  const store = new MemoryAuditStore();
  const log = new AuditLog(store, { context: ctx, clock: steppingClock() });
  for (let i = 0; i < n; i++) {
    await log.append({ action: 'publish.gate.evaluated', subject: `acme.crm-sync@2.3.${i}`, outcome: i % 2 ? 'failed' : 'passed', details: { gate: `g${i}`, n: i } });
  }
  return store.read();
}

const lines = (records: readonly AuditRecord[]) => records.map(serializeRecord);
const text = (ls: readonly string[]) => ls.map((l) => `${l}\n`).join('');

function problemOf(result: ReturnType<typeof verify>) {
  if (result.ok) throw new Error('expected the log to fail verification');
  return result.problem;
}

describe('canonical JSON (RFC 8785 style)', () => {
  it('matches the RFC 8785 example', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalize(input)).toBe('{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}');
  });

  it('sorts keys by UTF-16 code units, not by code points', () => {
    const input = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    expect(canonicalize(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes numbers in the shortest round-trip form (RFC 8785 appendix B)', () => {
    const fromBits = (hex: string) => {
      const view = new DataView(new ArrayBuffer(8));
      view.setBigUint64(0, BigInt(`0x${hex}`));
      return view.getFloat64(0);
    };
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of vectors) expect([bits, canonicalize(fromBits(bits))]).toEqual([bits, expected]);
    expect(canonicalize([1e21, 1e20, -0, 0.1, 0.1 + 0.2, 1e-7, 100, 1.5e300])).toBe('[1e+21,100000000000000000000,0,0.1,0.30000000000000004,1e-7,100,1.5e+300]');
  });

  it('has no whitespace and escapes strings like JSON.stringify, keeping non-ASCII literal', () => {
    expect(canonicalize({ b: [1, { d: 'x y', c: '\u0000\u001f\t"\\' }], a: 'é中😀' })).toBe('{"a":"é中😀","b":[1,{"c":"\\u0000\\u001f\\t\\"\\\\","d":"x y"}]}');
    expect(canonicalize({ '': 1, __proto__x: 2 })).toBe('{"":1,"__proto__x":2}');
    expect(canonicalize(JSON.parse('{"__proto__":{"a":1}}'))).toBe('{"__proto__":{"a":1}}');
  });

  it('rejects what is not plain JSON, naming where', () => {
    const cases: [unknown, string, string][] = [
      [{ a: Number.NaN }, '/a', 'number NaN is not allowed in JSON'],
      [{ a: [1, Number.POSITIVE_INFINITY] }, '/a/1', 'number Infinity is not allowed in JSON'],
      [{ a: undefined }, '/a', 'undefined is not a JSON value'],
      [[undefined], '/0', 'undefined is not a JSON value'],
      [{ 'a/b': 1n }, '/a~1b', 'bigint is not a JSON value'],
      [{ d: new Date(0) }, '/d', 'Date is not a plain JSON object'],
      [{ s: 'x\ud800' }, '/s', 'string contains a lone UTF-16 surrogate'],
    ];
    for (const [value, pointer, message] of cases) {
      try {
        canonicalize(value);
        expect.unreachable(`accepted ${pointer}`);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).issues[0]).toMatchObject({ pointer, message, code: 'non-canonical-json' });
      }
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => canonicalize(cycle)).toThrow('circular reference');
    const shared = [1];
    expect(canonicalize({ a: shared, b: shared })).toBe('{"a":[1],"b":[1]}');
  });

  it('finds duplicate keys that JSON.parse would silently merge', () => {
    expect(findDuplicateKey('{"a":1,"b":{"a":2},"c":[{"a":1},{"a":2}]}')).toBeUndefined();
    expect(findDuplicateKey('{"a":1,"b":2,"a":3}')).toBe('a');
    expect(findDuplicateKey('{"x":{"k":"a","\\u006b":"b"}}')).toBe('k');
    expect(findDuplicateKey('{"s":"{\\"a\\":1,\\"a\\":2}"}')).toBeUndefined();
  });
});

const sampleContent: AuditContent = {
    time: '2026-11-22T06:00:00.000Z',
    actor: 'alice',
    run: { id: '123', attempt: 1, workflow: 'release', commit: 'abc' },
    action: 'publish.gate.evaluated',
    subject: 'acme.crm-sync@2.3.0',
    outcome: 'passed',
    details: { coverage: 91.5 },
};

describe('records and chaining', () => {
  const content = sampleContent;

  it('seals the first record from the genesis value with a chain id and hash over its canonical form', () => {
    const record = sealRecord(content, undefined);
    const zeros = '0'.repeat(64);
    const withoutChain = `{"action":"publish.gate.evaluated","actor":"alice","details":{"coverage":91.5},"outcome":"passed","prev":"${zeros}","run":{"attempt":1,"commit":"abc","id":"123","workflow":"release"},"seq":1,"subject":"acme.crm-sync@2.3.0","time":"2026-11-22T06:00:00.000Z"}`;
    const chain = sha256(withoutChain).slice(0, 32);
    const canonical = `{"action":"publish.gate.evaluated","actor":"alice","chain":"${chain}","details":{"coverage":91.5},"outcome":"passed","prev":"${zeros}","run":{"attempt":1,"commit":"abc","id":"123","workflow":"release"},"seq":1,"subject":"acme.crm-sync@2.3.0","time":"2026-11-22T06:00:00.000Z"}`;
    expect(record).toEqual({ seq: 1, ...content, chain, prev: GENESIS_PREV, hash: sha256(canonical) });
    expect(GENESIS_PREV).toBe(zeros);
    expect(deriveChainId(record)).toBe(chain);
    expect(hashRecord(record)).toBe(record.hash);
    expect(Object.keys(record)).toEqual(['seq', 'time', 'actor', 'run', 'action', 'subject', 'outcome', 'details', 'chain', 'prev', 'hash']);
    expect(serializeRecord(record)).toBe(
      `{"seq":1,"time":"2026-11-22T06:00:00.000Z","actor":"alice","run":{"id":"123","attempt":1,"workflow":"release","commit":"abc"},"action":"publish.gate.evaluated","subject":"acme.crm-sync@2.3.0","outcome":"passed","details":{"coverage":91.5},"chain":"${chain}","prev":"${zeros}","hash":"${record.hash}"}`,
    );
  });

  it('links each record to the previous one', async () => {
    const records = await buildLog(4);
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(records.map((r) => r.prev)).toEqual([GENESIS_PREV, records[0]?.hash, records[1]?.hash, records[2]?.hash]);
    expect(new Set(records.map((r) => r.chain)).size).toBe(1);
    expect(records.map((r) => r.time)).toEqual(['2026-11-22T06:00:00.000Z', '2026-11-22T06:00:01.000Z', '2026-11-22T06:00:02.000Z', '2026-11-22T06:00:03.000Z']);
    expect(records[0]).toMatchObject({ actor: 'alice', run: context.run, action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.3.0', outcome: 'passed', details: { gate: 'g0', n: 0 } });
    const result = verify(text(lines(records)), { count: 4, head: records[3]?.hash as string, chain: records[0]?.chain as string });
    expect(result).toEqual({ ok: true, count: 4, chain: records[0]?.chain, head: { seq: 4, hash: records[3]?.hash, chain: records[0]?.chain } });
    expect(verify(records)).toMatchObject({ ok: true, count: 4 });
    expect(verify('')).toEqual({ ok: true, count: 0 });
  });

  it('lets the entry override the actor and keeps appends from one writer in order', async () => {
    const store = new MemoryAuditStore();
    const log = new AuditLog(store, { context, clock: steppingClock() });
    const written = await Promise.all([
      log.append({ action: 'publish.approval.recorded', subject: 'acme.crm-sync@2.3.0', outcome: 'approved', actor: 'bob' }),
      log.append({ action: 'publish.approval.recorded', subject: 'acme.crm-sync@2.3.0', outcome: 'approved', actor: 'carol' }),
      log.appendAll([
        { action: 'release.tag.created', subject: 'acme.crm-sync@2.3.0', outcome: 'recorded' },
        { action: 'release.plan.written', subject: 'acme.crm-sync@2.3.0', outcome: 'recorded' },
      ]),
    ]);
    expect(written.flat().map((r) => [r.seq, r.actor])).toEqual([[1, 'bob'], [2, 'carol'], [3, 'alice'], [4, 'alice']]);
    expect(verify(await store.read())).toMatchObject({ ok: true, count: 4 });
  });

  it('two writers on one store converge: a stale batch is refused and re-sealed', async () => {
    const store = new MemoryAuditStore();
    const a = new AuditLog(store, { context, clock: steppingClock() });
    const b = new AuditLog(store, { context: { ...context, actor: 'system' }, clock: steppingClock() });
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).append({ action: 'rollout.batch.started', subject: `tenant-${i}`, outcome: 'started' })));
    const records = await store.read();
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(records.map((r) => r.subject)).size).toBe(6);
    expect(verify(records)).toMatchObject({ ok: true, count: 6 });

    const stale = records[5] as AuditRecord;
    await expect(store.append([stale])).rejects.toBeInstanceOf(AuditConflictError);
    await expect(store.append([{ ...stale, seq: 7 }])).rejects.toThrow('record seq 7 does not continue seq 6');
  });

  it('rejects entries that would make a misleading record', async () => {
    const log = new AuditLog(new MemoryAuditStore(), { context });
    await expect(log.append({ action: 'Publish', subject: 'x', outcome: 'passed' })).rejects.toThrow('action must be a dotted lowercase verb');
    await expect(log.appendAll([{ action: 'a.b', subject: 'x', outcome: 'passed' }, { action: 'a', subject: 'x', outcome: 'passed' }])).rejects.toBeInstanceOf(ConfigError);
    expect(await log.store.read()).toEqual([]);
    await expect(log.append({ action: 'publish.gate.evaluated', subject: '', outcome: 'passed' })).rejects.toThrow('subject must be a non-empty string');
    await expect(log.append({ action: 'publish.gate.evaluated', subject: 'x', outcome: 'Passed!' })).rejects.toBeInstanceOf(ConfigError);
    await expect(log.append({ action: 'publish.gate.evaluated', subject: 'x', outcome: 'passed', details: { ratio: 0 / 0 } })).rejects.toThrow('number NaN cannot be recorded');
    expect(() => new AuditLog(new MemoryAuditStore(), { context: { ...context, run: { ...context.run, attempt: 0 } } })).toThrow('run.attempt must be a positive integer');
  });
});

describe('file store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-audit-'));

  it('creates parent directories, appends JSON lines and continues the chain across writers', async () => {
    const path = join(dir, 'nested', 'deeper', 'audit.jsonl');
    const store = new FileAuditStore(path);
    expect(await store.head()).toBeUndefined();
    expect(await store.read()).toEqual([]);
    expect(await store.readText()).toBeUndefined();

    const step1 = new AuditLog(store, { context, clock: steppingClock() });
    await step1.appendAll([
      { action: 'publish.request.validated', subject: 'acme.crm-sync@2.3.0', outcome: 'passed' },
      { action: 'publish.signature.verified', subject: 'acme.crm-sync@2.3.0', outcome: 'passed' },
    ]);
    // A later step, or a re-run that downloaded the bundle, opens the same file anew.
    const step2 = new AuditLog(new FileAuditStore(path), { context: { ...context, run: { ...context.run, attempt: 2 } }, clock: steppingClock(Date.parse('2026-11-23T00:00:00Z')) });
    const third = await step2.append({ action: 'publish.gate.evaluated', subject: 'acme.crm-sync@2.3.0', outcome: 'failed' });

    const raw = readFileSync(path, 'utf8');
    expect(raw.endsWith('\n')).toBe(true);
    expect(raw.split('\n')).toHaveLength(4);
    const records = await store.read();
    expect(records.map((r) => [r.seq, r.run.attempt, r.action])).toEqual([
      [1, 1, 'publish.request.validated'],
      [2, 1, 'publish.signature.verified'],
      [3, 2, 'publish.gate.evaluated'],
    ]);
    expect(third).toEqual(records[2]);
    expect(await store.head()).toEqual({ seq: 3, hash: third.hash, chain: records[0]?.chain });
    expect(verify(raw, { count: 3, head: third.hash })).toMatchObject({ ok: true, count: 3 });
  });

  it('serialises concurrent writers on one file within a process', async () => {
    const path = join(dir, 'concurrent.jsonl');
    const a = new AuditLog(new FileAuditStore(path), { context, clock: steppingClock() });
    const b = new AuditLog(new FileAuditStore(path), { context: { ...context, actor: 'system' }, clock: steppingClock() });
    await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).append({ action: 'rollout.batch.started', subject: `tenant-${i}`, outcome: 'started' })));
    const records = await new FileAuditStore(path).read();
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(verify(readFileSync(path, 'utf8'))).toMatchObject({ ok: true, count: 8 });
  });

  it('reads the head from the end of a large file', async () => {
    const path = join(dir, 'large.jsonl');
    const log = new AuditLog(new FileAuditStore(path), { context, clock: steppingClock() });
    const big = 'x'.repeat(150_000);
    await log.append({ action: 'compat.report.written', subject: 's', outcome: 'recorded', details: { big } });
    await log.append({ action: 'compat.report.written', subject: 's', outcome: 'recorded', details: { big } });
    const last = await log.append({ action: 'compat.report.written', subject: 's', outcome: 'recorded', details: { big } });
    expect(await new FileAuditStore(path).head()).toEqual({ seq: 3, hash: last.hash, chain: last.chain });
    expect(verify(readFileSync(path, 'utf8'))).toMatchObject({ ok: true, count: 3 });
  });

  it('refuses to continue a log whose last line is incomplete or edited', async () => {
    const path = join(dir, 'cut.jsonl');
    const records = await buildLog(2);
    const full = text(lines(records));
    writeFileSync(path, full.slice(0, -20));
    const log = new AuditLog(new FileAuditStore(path), { context });
    await expect(log.append({ action: 'a.b', subject: 's', outcome: 'passed' })).rejects.toMatchObject({ issues: [{ file: path, code: 'truncated' }] });
    expect(readFileSync(path, 'utf8')).toBe(full.slice(0, -20));

    writeFileSync(path, full.replace('"outcome":"failed"', '"outcome":"passed"'));
    await expect(new FileAuditStore(path).head()).rejects.toMatchObject({ issues: [{ file: path, line: 2, code: 'bad-head', message: 'the last record cannot be continued: its hash does not match its content' }] });

    writeFileSync(path, `${full}not json\n`);
    await expect(new FileAuditStore(path).read()).rejects.toMatchObject({ issues: [{ file: path, line: 3, code: 'malformed' }] });
    expect(existsSync(path)).toBe(true);
  });
});

describe('verify names each kind of tampering', () => {
  it('edited: a changed field', async () => {
    const ls = lines(await buildLog(5));
    ls[2] = (ls[2] as string).replace('"outcome":"passed"', '"outcome":"failed"');
    expect(problemOf(verify(text(ls)))).toMatchObject({ code: 'edited', index: 2, line: 3, seq: 3 });
  });

  it('edited: a record rewritten with a fresh hash no longer matches what its successor committed to', async () => {
    const records = await buildLog(5);
    const forged = { ...(records[1] as AuditRecord), outcome: 'passed' };
    forged.hash = hashRecord(forged);
    records[1] = forged;
    const problem = problemOf(verify(text(lines(records))));
    expect(problem).toMatchObject({ code: 'edited', index: 1, line: 2, seq: 2 });
    expect(problem.message).toMatch(/^record seq 2 was rewritten: seq 3 names [0-9a-f]{12}… as its predecessor, but it hashes to [0-9a-f]{12}…$/);
  });

  it('reordered: two records swapped', async () => {
    const ls = lines(await buildLog(5));
    [ls[1], ls[3]] = [ls[3] as string, ls[1] as string];
    expect(problemOf(verify(text(ls)))).toEqual({ code: 'reordered', index: 1, line: 2, seq: 4, message: 'seq 4 comes after seq 1, but seq 2 appears later in the log' });
    const adjacent = lines(await buildLog(3));
    [adjacent[1], adjacent[2]] = [adjacent[2] as string, adjacent[1] as string];
    expect(problemOf(verify(text(adjacent)))).toMatchObject({ code: 'reordered', index: 1, seq: 3 });
  });

  it('reordered: a record repeated', async () => {
    const ls = lines(await buildLog(3));
    ls.splice(2, 0, ls[1] as string);
    expect(problemOf(verify(text(ls)))).toEqual({ code: 'reordered', index: 2, line: 3, seq: 2, message: 'seq 2 comes after seq 2: a record was moved or repeated' });
  });

  it('deleted: a middle record, the first record', async () => {
    const ls = lines(await buildLog(5));
    expect(problemOf(verify(text([...ls.slice(0, 2), ...ls.slice(3)])))).toEqual({ code: 'deleted', index: 2, line: 3, seq: 3, message: 'seq 3 is missing after seq 2' });
    expect(problemOf(verify(text([...ls.slice(0, 1), ...ls.slice(3)])))).toMatchObject({ code: 'deleted', index: 1, seq: 2, message: 'seqs 2-3 are missing after seq 1' });
    expect(problemOf(verify(text(ls.slice(1))))).toEqual({ code: 'deleted', index: 0, line: 1, seq: 1, message: 'seq 1 is missing at the start of the log' });
  });

  it('truncated: the last record deleted, detected with an anchor', async () => {
    const records = await buildLog(5);
    const cut = text(lines(records).slice(0, 4));
    const head = (records[4] as AuditRecord).hash;
    expect(verify(cut)).toMatchObject({ ok: true, count: 4 });
    expect(problemOf(verify(cut, { count: 5 }))).toEqual({ code: 'truncated', index: 4, seq: 5, message: 'the anchor expects 5 records but the log has 4: the last record was removed' });
    expect(problemOf(verify(cut, { head }))).toMatchObject({ code: 'truncated', index: 4, seq: 5 });
    expect(problemOf(verify(text(lines(records).slice(0, 2)), { count: 5, head }))).toMatchObject({ code: 'truncated', index: 2, message: expect.stringContaining('the last 3 records were removed') });
    // The log may grow after the anchor was taken.
    expect(verify(text(lines(records)), { count: 3, head: (records[2] as AuditRecord).hash })).toMatchObject({ ok: true, count: 5 });
    expect(verify(text(lines(records)), { head: (records[2] as AuditRecord).hash })).toMatchObject({ ok: true });
    expect(problemOf(verify(text(lines(records)), { count: 4, head }))).toMatchObject({ code: 'truncated', index: 3, seq: 4 });
  });

  it('truncated: the last line cut in half', async () => {
    const full = text(lines(await buildLog(5)));
    const cut = full.slice(0, full.length - 60);
    expect(problemOf(verify(cut))).toEqual({ code: 'truncated', index: 4, line: 5, message: 'the last line is incomplete: the log was cut off in the middle of a record' });
    // Only the final newline missing: nothing was lost.
    expect(verify(full.slice(0, -1))).toMatchObject({ ok: true, count: 5 });
    expect(verify(full.replace(/\n/g, '\r\n'))).toMatchObject({ ok: true, count: 5 });
  });

  it('foreign-chain: a record of another log spliced in, or the wrong log', async () => {
    const ours = await buildLog(5);
    const theirs = await buildLog(5, { ...context, run: { ...context.run, id: '777' } });
    expect(theirs[0]?.chain).not.toBe(ours[0]?.chain);
    const ls = lines(ours);
    ls.splice(2, 0, serializeRecord(theirs[2] as AuditRecord));
    expect(problemOf(verify(text(ls)))).toEqual({ code: 'foreign-chain', index: 2, line: 3, seq: 3, message: `record seq 3 belongs to chain ${theirs[0]?.chain}, not ${ours[0]?.chain}` });
    const replaced = lines(ours);
    replaced[3] = serializeRecord(theirs[3] as AuditRecord);
    expect(problemOf(verify(text(replaced)))).toMatchObject({ code: 'foreign-chain', index: 3 });
    expect(problemOf(verify(text(lines(theirs)), { chain: ours[0]?.chain as string }))).toMatchObject({ code: 'foreign-chain', index: 0, seq: 1 });
  });

  it('foreign-chain: a chain id that does not derive from its first record', async () => {
    const forged = sealRecord(sampleContent, undefined);
    const relabelled = { ...forged, chain: 'f'.repeat(32) };
    relabelled.hash = hashRecord(relabelled);
    expect(problemOf(verify([relabelled]))).toMatchObject({ code: 'foreign-chain', index: 0, message: `chain id ${'f'.repeat(32)} does not derive from its first record (expected ${forged.chain})` });
  });

  it('malformed: not JSON, empty lines, missing or mistyped fields, duplicate keys, non-finite numbers', async () => {
    const ls = lines(await buildLog(3));
    const at = (replacement: string) => {
      const copy = [...ls];
      copy[1] = replacement;
      return problemOf(verify(text(copy)));
    };
    expect(at('not json')).toMatchObject({ code: 'malformed', index: 1, line: 2, message: expect.stringMatching(/^not JSON/) });
    expect(at('')).toMatchObject({ code: 'malformed', index: 1, message: 'empty line' });
    expect(at('[1,2]')).toMatchObject({ code: 'malformed', index: 1, message: 'a record must be a JSON object' });
    const record = JSON.parse(ls[1] as string) as Record<string, unknown>;
    const { actor: _actor, ...noActor } = record;
    expect(at(JSON.stringify(noActor))).toMatchObject({ code: 'malformed', index: 1, seq: 2, message: 'missing field "actor"' });
    expect(at(JSON.stringify({ ...record, seq: '2' }))).toMatchObject({ code: 'malformed', message: '"seq" must be a positive integer' });
    expect(at(JSON.stringify({ ...record, time: '22/11/2026' }))).toMatchObject({ code: 'malformed', message: '"time" must be an ISO 8601 UTC timestamp' });
    expect(at(JSON.stringify({ ...record, run: { ...(record.run as object), attempt: 0 } }))).toMatchObject({ code: 'malformed', message: '"run.attempt" must be a positive integer' });
    expect(at((ls[1] as string).replace('{"seq":2,', '{"seq":2,"outcome":"passed",'))).toMatchObject({ code: 'malformed', message: 'duplicate key "outcome"' });
    expect(at((ls[1] as string).replace('"n":1', '"n":1e999'))).toMatchObject({ code: 'malformed', message: expect.stringContaining('number Infinity is not allowed in JSON') });
    expect(problemOf(verify([null]))).toMatchObject({ code: 'malformed', index: 0 });
    expect(problemOf(verify(`${text(ls)}\n`))).toMatchObject({ code: 'malformed', index: 3, line: 4, message: 'empty line' });
  });

  it('reports the first problem when there are several', async () => {
    const ls = lines(await buildLog(6));
    ls[4] = 'garbage';
    [ls[1], ls[2]] = [ls[2] as string, ls[1] as string];
    expect(problemOf(verify(text(ls)))).toMatchObject({ code: 'reordered', index: 1 });
  });

  it('rejects a meaningless anchor as bad input', () => {
    expect(() => verify('', { head: 'abc' })).toThrow(ConfigError);
    expect(() => verify('', { count: -1 })).toThrow('anchor count must be a non-negative integer');
    expect(() => verify('', { count: 0, head: '0'.repeat(64) })).toThrow('an anchor with a head needs a count of at least 1');
  });
});

describe('secret masking', () => {
  it('splits names into words', () => {
    expect(nameWords('clientSecretID')).toEqual(['client', 'secret', 'id']);
    expect(nameWords('APIKey')).toEqual(['api', 'key']);
    expect(nameWords('x-api-key')).toEqual(['x', 'api', 'key']);
    expect(nameWords('GITHUB_TOKEN')).toEqual(['github', 'token']);
    expect(nameWords('oauth2Token')).toEqual(['oauth', '2', 'token']);
  });

  it('masks values under secret-looking names and leaves harmless names alone', () => {
    const secret = [
      'secret', 'token', 'password', 'passphrase', 'key', 'credential', 'credentials', 'authorization', 'Authorization', 'cookie', 'Set-Cookie',
      'apiKey', 'api_key', 'x-api-key', 'APIKey', 'apikey', 'GITHUB_TOKEN', 'clientSecret', 'client_secret', 'dbPassword', 'privateKey',
      'private-key', 'signingKey', 'sshKeys', 'accessTokens', 'tokenValue', 'auth', 'bearer', 'webhookSecret', 'npm_auth_token', 'secretKeyPem',
    ];
    const harmless = [
      'idempotencyKey', 'publicKey', 'keyId', 'dedupKey', 'dedupeKey', 'cacheKey', 'sortKey', 'idempotency_key', 'public-key', 'key_id',
      'tokenType', 'secretName', 'keyFingerprint', 'passwordExpiresAt', 'tokenExpiresAt', 'apiKeyId', 'publicKeyPem', 'monkey', 'keyboard',
      'author', 'tokenizer', 'subject', 'coverage', 'unknownKeys', 'secretsConfigured',
    ];
    expect(secret.filter((name) => !isSecretName(name))).toEqual([]);
    expect(harmless.filter((name) => isSecretName(name))).toEqual([]);
  });

  it('masks at any depth, keeping structure and null', () => {
    const masker = new SecretMasker();
    const input = {
      gate: 'coverage',
      token: 'ghs_abc',
      nested: { list: [{ password: 'hunter2', user: 'bob' }, { credentials: { user: 'u', pass: 'p' } }], apiKey: 12345, idempotencyKey: 'op-1' },
      headers: { Authorization: 'Bearer abc', Accept: 'application/json' },
      secret: null,
      keyId: 'k-1',
    };
    expect(masker.mask(input)).toEqual({
      gate: 'coverage',
      token: MASK,
      nested: { list: [{ password: MASK, user: 'bob' }, { credentials: MASK }], apiKey: MASK, idempotencyKey: 'op-1' },
      headers: { Authorization: MASK, Accept: 'application/json' },
      secret: null,
      keyId: 'k-1',
    });
    expect(input.nested.list[0]?.password).toBe('hunter2');
  });

  it('replaces registered values wherever they occur, longest first, line by line for multi-line values', () => {
    const masker = new SecretMasker(['s3cr3t']);
    masker.registerSecret('s3cr3t-long');
    masker.registerSecret('');
    masker.registerSecret('-----BEGIN KEY-----\nAAAABBBBCCCC\n-----END KEY-----');
    expect(masker.mask({ log: ['curl -u me:s3cr3t-long https://x', { deep: { note: 'a s3cr3t b s3cr3t' } }], 's3cr3t': 1, body: 'line AAAABBBBCCCC here' })).toEqual({
      log: ['curl -u me:*** https://x', { deep: { note: 'a *** b ***' } }],
      '***': 1,
      body: 'line *** here',
    });
    expect(masker.maskString('')).toBe('');
  });

  it('masks GitHub tokens and URL passwords by pattern', () => {
    const masker = new SecretMasker();
    const pat = `ghp_${'a1B2'.repeat(9)}`;
    expect(masker.maskString(`token ${pat} used`)).toBe('token *** used');
    expect(masker.maskString(`github_pat_${'x'.repeat(30)}`)).toBe('***');
    expect(masker.maskString('see https://bot:pa55@git.example.com/repo.git and https://example.com/a@b')).toBe('see https://bot:***@git.example.com/repo.git and https://example.com/a@b');
  });

  it('produces plain JSON: drops undefined properties, converts dates, keeps __proto__ as data', () => {
    const masker = new SecretMasker();
    const out = masker.mask(JSON.parse('{"__proto__":{"polluted":true},"a":1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(masker.mask({ a: undefined, d: new Date(Date.UTC(2026, 10, 22)) })).toEqual({ d: '2026-11-22T00:00:00.000Z' });
    expect(() => masker.mask({ a: [undefined] })).toThrow('undefined cannot be recorded');
    expect(() => masker.mask({ m: new Map() })).toThrow('Map cannot be recorded');
  });

  it('the writer masks before sealing: the secret never reaches the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'powerx-audit-mask-'));
    const path = join(dir, 'audit.jsonl');
    const log = new AuditLog(new FileAuditStore(path), { context, secrets: ['tok-123456'], clock: steppingClock() });
    log.registerSecret('platform-pw-987');
    const record = await log.append({
      action: 'deploy.tenant.leased',
      subject: 'tenant tok-123456',
      outcome: 'recorded',
      details: { request: { headers: { authorization: 'Bearer tok-123456' }, body: 'pw=platform-pw-987' }, clientSecret: 'zzz', publicKey: 'ssh-ed25519 AAAA' },
    });
    expect(record.subject).toBe('tenant ***');
    expect(record.details).toEqual({ request: { headers: { authorization: MASK }, body: 'pw=***' }, clientSecret: MASK, publicKey: 'ssh-ed25519 AAAA' });
    const raw = readFileSync(path, 'utf8');
    for (const leaked of ['tok-123456', 'platform-pw-987', 'zzz']) expect(raw).not.toContain(leaked);
    expect(verify(raw)).toMatchObject({ ok: true, count: 1 });
  });
});

describe('query', () => {
  it('filters by action prefix, subject, outcome, actor and time', async () => {
    const store = new MemoryAuditStore();
    const log = new AuditLog(store, { context, clock: steppingClock(Date.parse('2026-11-22T00:00:00Z'), 3_600_000) });
    const entries = [
      ['publish.gate.evaluated', 'acme.crm-sync@2.3.0', 'passed'],
      ['publish.gateway.called', 'acme.crm-sync@2.3.0', 'recorded'],
      ['publish.pipeline.blocked', 'acme.crm-sync@2.3.1', 'blocked'],
      ['rollout.batch.started', 'tenant-7', 'started'],
      ['publish.gate', 'acme.crm-sync-extra@1.0.0', 'failed'],
    ] as const;
    for (const [action, subject, outcome] of entries) await log.append({ action, subject, outcome, actor: outcome === 'failed' ? 'bob' : undefined });
    const records = await store.read();
    const seqs = (q: Parameters<typeof queryRecords>[1]) => queryRecords(records, q).map((r) => r.seq);
    expect(seqs({ action: 'publish.gate' })).toEqual([1, 5]);
    expect(seqs({ action: 'publish' })).toEqual([1, 2, 3, 5]);
    expect(seqs({ subject: 'acme.crm-sync' })).toEqual([1, 2, 3]);
    expect(seqs({ subject: 'acme.crm-sync@2.3.1' })).toEqual([3]);
    expect(seqs({ outcome: ['blocked', 'failed'] })).toEqual([3, 5]);
    expect(seqs({ actor: 'bob' })).toEqual([5]);
    expect(seqs({ since: new Date('2026-11-22T01:00:00Z'), until: new Date('2026-11-22T03:00:00Z') })).toEqual([2, 3]);
    expect(seqs({ action: 'publish', outcome: 'passed', since: new Date('2026-11-22T00:00:00Z') })).toEqual([1]);
  });

  it('parses time bounds', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(parseTimeBound('24h', now).toISOString()).toBe('2026-11-21T12:00:00.000Z');
    expect(parseTimeBound('7d', now).toISOString()).toBe('2026-11-15T12:00:00.000Z');
    expect(parseTimeBound('30m', now).toISOString()).toBe('2026-11-22T11:30:00.000Z');
    expect(parseTimeBound('2026-11-01', now).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(parseTimeBound('2026-11-01T10:00', now).toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(parseTimeBound('2026-11-01T10:00:00+02:00', now).toISOString()).toBe('2026-11-01T08:00:00.000Z');
    expect(() => parseTimeBound('yesterday', now, '--since')).toThrow('--since must be an ISO 8601 date or time, or a duration such as 24h or 7d (got "yesterday")');
    expect(() => parseTimeBound('2026-13-45', now)).toThrow(ConfigError);
  });
});

// ---- property test -------------------------------------------------------------------------------------


type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T,>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const ALPHABET = ['a', 'z', 'Q', '0', ' ', '"', '\\', '/', '\n', '\t', '\u0001', 'é', '中', '😀', '\u2028', '€', '~'];
const randomString = (rng: Rng) => Array.from({ length: int(rng, 0, 8) }, () => pick(rng, ALPHABET)).join('');
const NUMBERS = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 5e-324, 1.7976931348623157e308, 123456789.123, -42.5, 2 ** 53];

function randomValue(rng: Rng, depth: number): unknown {
  const kind = int(rng, 0, depth > 2 ? 3 : 5);
  switch (kind) {
    case 0:
      return randomString(rng);
    case 1:
      return rng() < 0.5 ? pick(rng, NUMBERS) : int(rng, -1000, 1000);
    case 2:
      return rng() < 0.5;
    case 3:
      return null;
    case 4:
      return Array.from({ length: int(rng, 0, 3) }, () => randomValue(rng, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: int(rng, 0, 3) }, () => [`f${randomString(rng)}`, randomValue(rng, depth + 1)]));
  }
}

function randomLog(rng: Rng, n: number, runId: string): AuditRecord[] {
  const records: AuditRecord[] = [];
  let head: AuditHead | undefined;
  let time = Date.parse('2026-01-01T00:00:00Z') + int(rng, 0, 1e9);
  for (let i = 0; i < n; i++) {
    time += int(rng, 0, 5000);
    const record = sealRecord(
      {
        time: new Date(time).toISOString(),
        actor: pick(rng, ['alice', 'bob', 'system']),
        run: { id: runId, attempt: int(rng, 1, 3), workflow: 'plugin-release', commit: 'c0ffee' },
        action: pick(rng, ['publish.gate.evaluated', 'publish.pipeline.blocked', 'rollout.batch.started', 'events.delivery.sent']),
        subject: pick(rng, ['acme.crm-sync@2.3.0', 'tenant-42', randomString(rng) || 'x']),
        outcome: pick(rng, ['passed', 'failed', 'blocked', 'approved', 'recorded']),
        details: Object.fromEntries(Array.from({ length: int(rng, 0, 4) }, (_, k) => [`k${k}${randomString(rng)}`, randomValue(rng, 1)])) as AuditRecord['details'],
      },
      head,
    );
    records.push(record);
    head = { seq: record.seq, hash: record.hash, chain: record.chain };
  }
  return records;
}

interface Tampered {
  text: string;
  anchor: AuditAnchor;
  code: AuditProblemCode;
  index: number;
  what: string;
}

function flipHex(rng: Rng, hex: string): string {
  const i = int(rng, 0, hex.length - 1);
  const c = hex[i] === '0' ? '1' : '0';
  return hex.slice(0, i) + c + hex.slice(i + 1);
}

function editRecord(rng: Rng, record: AuditRecord): [AuditRecord, string] {
  const copy = structuredClone(record) as AuditRecord & Record<string, unknown>;
  const field = pick(rng, ['seq', 'time', 'actor', 'run.attempt', 'run.commit', 'action', 'subject', 'outcome', 'details', 'chain', 'prev', 'hash']);
  switch (field) {
    case 'seq':
      copy.seq += int(rng, 1, 3);
      break;
    case 'time':
      copy.time = new Date(Date.parse(copy.time) + int(rng, 1, 1e6)).toISOString();
      break;
    case 'run.attempt':
      copy.run.attempt += 1;
      break;
    case 'run.commit':
      copy.run.commit += 'f';
      break;
    case 'details': {
      const keys = Object.keys(copy.details);
      const key = keys.length > 0 && rng() < 0.7 ? pick(rng, keys) : `added${keys.length}`;
      const before = key in copy.details ? canonicalize(copy.details[key]) : undefined;
      let next = randomValue(rng, 1);
      while (canonicalize(next) === before) next = randomValue(rng, 1);
      copy.details[key] = next as never;
      break;
    }
    case 'chain':
    case 'prev':
    case 'hash':
      copy[field] = flipHex(rng, copy[field]);
      break;
    default:
      copy[field as 'actor'] = `${copy[field as 'actor']}${pick(rng, ['x', '!', 'é'])}`;
  }
  return [copy, field];
}

function tamper(rng: Rng, records: AuditRecord[], foreign: AuditRecord[]): Tampered {
  const n = records.length;
  const ls = lines(records);
  const kind = pick(rng, ['edited', 'reordered', 'deleted', 'truncated-anchor', 'truncated-cut', 'foreign-chain', 'malformed'] as const);
  const fullAnchor = rng() < 0.5 ? { count: n, head: (records[n - 1] as AuditRecord).hash } : {};
  switch (kind) {
    case 'edited': {
      const k = int(rng, 0, n - 1);
      const [edited, field] = editRecord(rng, records[k] as AuditRecord);
      ls[k] = JSON.stringify(edited);
      return { text: text(ls), anchor: fullAnchor, code: 'edited', index: k, what: `edit ${field} of #${k}` };
    }
    case 'reordered': {
      const i = int(rng, 0, n - 2);
      const j = int(rng, i + 1, n - 1);
      if (rng() < 0.5) {
        [ls[i], ls[j]] = [ls[j] as string, ls[i] as string];
        return { text: text(ls), anchor: fullAnchor, code: 'reordered', index: i, what: `swap #${i} #${j}` };
      }
      const [from, to] = rng() < 0.5 ? [i, j] : [j, i];
      const [moved] = ls.splice(from, 1);
      ls.splice(to, 0, moved as string);
      return { text: text(ls), anchor: fullAnchor, code: 'reordered', index: i, what: `move #${from} to #${to}` };
    }
    case 'deleted': {
      const k = int(rng, 0, n - 2);
      const m = int(rng, 1, Math.min(3, n - 1 - k));
      ls.splice(k, m);
      return { text: text(ls), anchor: fullAnchor, code: 'deleted', index: k, what: `delete ${m} at #${k}` };
    }
    case 'truncated-anchor': {
      const m = int(rng, 1, Math.min(3, n));
      const head = (records[n - 1] as AuditRecord).hash;
      const anchor = pick(rng, [{ count: n }, { head }, { count: n, head }]);
      return { text: text(ls.slice(0, n - m)), anchor, code: 'truncated', index: n - m, what: `drop last ${m} with ${Object.keys(anchor).join('+')}` };
    }
    case 'truncated-cut': {
      const last = ls[n - 1] as string;
      const keep = int(rng, 1, last.length - 1);
      return { text: text(ls.slice(0, n - 1)) + last.slice(0, keep), anchor: fullAnchor, code: 'truncated', index: n - 1, what: `cut last line at ${keep}` };
    }
    case 'foreign-chain': {
      const alien = serializeRecord(pick(rng, foreign));
      if (n >= 3 && rng() < 0.5) {
        const k = int(rng, 0, n - 1);
        ls[k] = alien;
        return { text: text(ls), anchor: fullAnchor, code: 'foreign-chain', index: k, what: `replace #${k} with a foreign record` };
      }
      const k = int(rng, 0, n);
      ls.splice(k, 0, alien);
      return { text: text(ls), anchor: fullAnchor, code: 'foreign-chain', index: k, what: `insert a foreign record at #${k}` };
    }
    case 'malformed': {
      const k = int(rng, 0, n - 1);
      const record = JSON.parse(ls[k] as string) as Record<string, unknown>;
      const field = pick(rng, ['seq', 'time', 'actor', 'run', 'action', 'subject', 'outcome', 'details', 'chain', 'prev', 'hash']);
      const variants = [
        () => 'not json at all',
        () => '',
        () => (ls[k] as string).slice(0, int(rng, 1, (ls[k] as string).length - 1)),
        () => JSON.stringify(Object.fromEntries(Object.entries(record).filter(([key]) => key !== field))),
        () => JSON.stringify({ ...record, [field]: field === 'details' ? [] : field === 'seq' ? -1 : 42 }),
        () => '42',
      ];
      ls[k] = pick(rng, variants)();
      return { text: text(ls), anchor: fullAnchor, code: 'malformed', index: k, what: `malformed #${k}` };
    }
  }
}

describe('property: every random tampering is caught and named', () => {
  it('verifies untampered logs and catches one random tampering in each of 3000 logs', () => {
    const seed = Number(process.env.AUDIT_PROPERTY_SEED ?? 20261122);
    const rng = createRandom(seed).next;
    const failures: string[] = [];
    const seen = new Map<string, number>();
    for (let iteration = 0; iteration < 3000; iteration++) {
      const n = int(rng, 2, 12);
      const records = randomLog(rng, n, `run-${iteration}`);
      const foreign = randomLog(rng, int(rng, 1, 4), `other-${iteration}`);
      const clean = verify(text(lines(records)), { count: n, head: (records[n - 1] as AuditRecord).hash, chain: records[0]?.chain as string });
      if (!clean.ok) failures.push(`#${iteration}: clean log rejected: ${JSON.stringify(clean.problem)}`);
      const t = tamper(rng, records, foreign);
      seen.set(t.code, (seen.get(t.code) ?? 0) + 1);
      const result = verify(t.text, t.anchor);
      if (result.ok || result.problem.code !== t.code || result.problem.index !== t.index) {
        failures.push(`#${iteration} (${t.what}): expected ${t.code} at ${t.index}, got ${result.ok ? 'ok' : `${result.problem.code} at ${result.problem.index}: ${result.problem.message}`}`);
      }
    }
    expect(failures.slice(0, 10), `seed ${seed}`).toEqual([]);
    expect([...seen.keys()].sort()).toEqual(['deleted', 'edited', 'foreign-chain', 'malformed', 'reordered', 'truncated']);
    for (const count of seen.values()) expect(count).toBeGreaterThan(200);
  });
});

describe('writer and verifier agree on every random log written through a file', () => {
  it('round-trips random details through FileAuditStore', async () => {
    const rng = createRandom(7).next;
    const dir = mkdtempSync(join(tmpdir(), 'powerx-audit-rt-'));
    const path = join(dir, 'audit.jsonl');
    const log = new AuditLog(new FileAuditStore(path), { context, clock: steppingClock() });
    const written: AuditRecord[] = [];
    for (let i = 0; i < 50; i++) {
      written.push(await log.append({ action: 'events.delivery.sent', subject: randomString(rng) || 's', outcome: 'recorded', details: { v: randomValue(rng, 0) } }));
    }
    expect(await new FileAuditStore(path).read()).toEqual(written);
    expect(verify(readFileSync(path, 'utf8'), { count: 50, head: written[49]?.hash as string })).toMatchObject({ ok: true, count: 50 });
    appendFileSync(path, serializeRecords([{ ...(written[49] as AuditRecord), seq: 51 }]));
    expect(problemOf(verify(readFileSync(path, 'utf8')))).toMatchObject({ code: 'edited', index: 50 });
  });
});
