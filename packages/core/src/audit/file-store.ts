import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import { parseJsonLines, serializeRecords } from './jsonl.js';
import { hashRecord, headOf, recordShapeProblem, type AuditHead, type AuditRecord } from './record.js';
import { assertContinues, type AuditStore } from './store.js';

const TAIL_CHUNK = 64 * 1024;

/**
 * Appends to one path from this process run one at a time, so the continuity check and the write cannot
 * interleave. Separate processes are not coordinated: give each concurrent job its own file.
 */
const pending = new Map<string, Promise<unknown>>();

async function exclusively<T>(key: string, task: () => Promise<T>): Promise<T> {
  const before = pending.get(key) ?? Promise.resolve();
  const run = before.then(task, task);
  const settled = run.catch(() => undefined);
  pending.set(key, settled);
  try {
    return await run;
  } finally {
    if (pending.get(key) === settled) pending.delete(key);
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * A JSON-lines file: one record per line, each batch written with a single `appendFile`. A missing file is
 * an empty log. Reading the head only reads the end of the file, so appending stays cheap as the log grows.
 */
export class FileAuditStore implements AuditStore {
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  /** The raw text, or undefined when the file does not exist. */
  async readText(): Promise<string | undefined> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async head(): Promise<AuditHead | undefined> {
    const tail = await this.lastLine();
    if (tail === undefined) return undefined;
    const [line, text] = tail;
    const value = parseJsonLines(`${text}\n`)[0];
    const problem = value?.error ?? recordShapeProblem(value?.value);
    if (problem !== undefined) throw this.error(`the last record cannot be continued: ${problem}`, line, 'bad-head');
    const record = value?.value as AuditRecord;
    if (hashRecord(record) !== record.hash) throw this.error('the last record cannot be continued: its hash does not match its content', line, 'bad-head');
    return headOf(record);
  }

  async append(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    await exclusively(resolve(this.path), async () => {
      assertContinues(await this.head(), records);
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, serializeRecords(records), 'utf8');
    });
  }

  async read(): Promise<AuditRecord[]> {
    const text = (await this.readText()) ?? '';
    return parseJsonLines(text).map((line) => {
      const problem = line.error ?? recordShapeProblem(line.value);
      if (problem !== undefined) throw this.error(problem, line.line, 'malformed');
      return line.value as AuditRecord;
    });
  }

  private error(message: string, line: number | undefined, code: string): ConfigError {
    return ConfigError.single(message, line === undefined ? { file: this.path } : { file: this.path, line }, code);
  }

  /** The last line (without its newline) and its 1-based number when cheap to know, or undefined for an empty log. */
  private async lastLine(): Promise<[number | undefined, string] | undefined> {
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      if (size === 0) return undefined;
      let chunk = Math.min(size, TAIL_CHUNK);
      for (;;) {
        const buffer = Buffer.alloc(chunk);
        await handle.read(buffer, 0, chunk, size - chunk);
        if (buffer[chunk - 1] !== 0x0a) throw this.error('the log ends with an incomplete line (an interrupted write?)', undefined, 'truncated');
        const start = buffer.lastIndexOf(0x0a, chunk - 2) + 1;
        if (start > 0 || chunk === size) {
          const text = buffer.subarray(start, chunk - 1).toString('utf8');
          return [chunk === size ? buffer.subarray(0, start).filter((b) => b === 0x0a).length + 1 : undefined, text.replace(/\r$/, '')];
        }
        chunk = Math.min(size, chunk * 2);
      }
    } finally {
      await handle.close();
    }
  }
}
